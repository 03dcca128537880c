"""A memory taken through the saved alignment (``export mem.tmx -o mem.json``, the way
to ``aligner review``) and back to TMX keeps each unit: its attributes (those it had
from its header too), props, notes, the props of its ``tuv``s and its inline codes,
and a unit without a score gains none.  The memory and the units expected back are
written by hand; the units are compared after parsing, inheritance from the header
resolved, never as the tool's bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.formats.xliff import read_xliff
from aligner.model import TagKind
from tests._tools import assert_valid_tmx

MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="Trados" creationtoolversion="9" segtype="sentence" o-tmf="tw"
 adminlang="en-US" srclang="es-ES" datatype="plaintext" creationdate="20200101T000000Z"/>
<body>
<tu tuid="7" creationdate="20210304T101112Z" creationid="ana" changedate="20220101T000000Z">
<prop type="x-score">0.8700</prop>
<tuv xml:lang="es-ES"><seg>El tren sale a las ocho.</seg></tuv>
<tuv xml:lang="en-US"><seg>The train leaves at eight.</seg></tuv>
</tu>
<tu tuid="8">
<tuv xml:lang="es-ES"><seg>Sin puntuación aquí.</seg></tuv>
<tuv xml:lang="en-US"><seg>No score here.</seg></tuv>
</tu>
<tu tuid="9">
<tuv xml:lang="es-ES"><seg>Pulse <bpt i="1" x="1">&lt;b&gt;</bpt>Aceptar<ept
 i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>ahora.</seg></tuv>
<tuv xml:lang="en-US"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>OK<ept
 i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>now.</seg></tuv>
</tu>
<tu tuid="10">
<prop type="x-client">ACME</prop>
<note>Checked by legal.</note>
<tuv xml:lang="es-ES"><prop type="x-style">formal</prop><seg>Gracias.</seg></tuv>
<tuv xml:lang="en-US"><seg>Thank you.</seg></tuv>
</tu>
</body>
</tmx>
"""

# What each unit must be after the trip, by hand: the header's creationtool,
# creationtoolversion and creationdate are the units' (TMX 1.4b inheritance);
# ``i``/``x`` are compared by the pairing they make, not their numbers.
TRADOS = {"creationtool": "Trados", "creationtoolversion": "9"}
EXPECTED: list[dict[str, Any]] = [
    {"attributes": {**TRADOS, "tuid": "7", "creationdate": "20210304T101112Z",
                    "creationid": "ana", "changedate": "20220101T000000Z"},
     "props": [("x-score", "0.8700")], "notes": [],
     "tuvs": [("es-ES", [], [], ["El tren sale a las ocho."]),
              ("en-US", [], [], ["The train leaves at eight."])]},
    {"attributes": {**TRADOS, "tuid": "8", "creationdate": "20200101T000000Z"},
     "props": [], "notes": [],  # no x-score: the unit had none
     "tuvs": [("es-ES", [], [], ["Sin puntuación aquí."]),
              ("en-US", [], [], ["No score here."])]},
    {"attributes": {**TRADOS, "tuid": "9", "creationdate": "20200101T000000Z"},
     "props": [], "notes": [],
     "tuvs": [("es-ES", [], [], ["Pulse ", ("bpt", "<b>", "i1", "x1"), "Aceptar",
                                 ("ept", "</b>", "i1", None), ("ph", "<br/>", None, "x2"),
                                 "ahora."]),
              ("en-US", [], [], ["Press ", ("bpt", "<b>", "i1", "x1"), "OK",
                                 ("ept", "</b>", "i1", None), ("ph", "<br/>", None, "x2"),
                                 "now."])]},
    {"attributes": {**TRADOS, "tuid": "10", "creationdate": "20200101T000000Z"},
     "props": [("x-client", "ACME")], "notes": ["Checked by legal."],
     "tuvs": [("es-ES", [("x-style", "formal")], [], ["Gracias."]),
              ("en-US", [], [], ["Thank you."])]},
]

_UNIT_ATTRIBUTES = ("tuid", "creationtool", "creationtoolversion", "creationdate",
                    "creationid", "changedate", "changeid")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units(path: Path) -> list[dict[str, Any]]:
    """Each ``tu`` of a TMX as what it says: its attributes with the header's defaults,
    props, notes and its ``tuv``s' language, props, notes and ``seg`` content."""
    root = etree.parse(str(path)).getroot()
    header = root.find("header")
    assert header is not None
    out = []
    for tu in root.iter("tu"):
        attributes = {name: value for name in _UNIT_ATTRIBUTES
                      if (value := tu.get(name, header.get(name))) is not None}
        out.append({"attributes": attributes, "props": _props(tu), "notes": _notes(tu),
                    "tuvs": [(tuv.get(_XML_LANG), _props(tuv), _notes(tuv),
                              _seg(tuv.find("seg"))) for tuv in tu.iter("tuv")]})
    return out


def _props(el: etree._Element) -> list[tuple[str, str]]:
    return [(p.get("type"), p.text) for p in el.iterchildren("prop")]


def _notes(el: etree._Element) -> list[str]:
    return [n.text for n in el.iterchildren("note")]


def _seg(seg: etree._Element | None) -> list[Any]:
    """Text and codes in order; a code's ``i`` and ``x`` renamed by first appearance in
    the unit's segment, so that the pairing is compared, not the numbers."""
    assert seg is not None
    names: dict[tuple[str, str], str] = {}

    def name(kind: str, value: str | None) -> str | None:
        if value is None:
            return None
        return names.setdefault((kind, value), f"{kind}{sum(k == kind for k, _ in names) + 1}")

    out: list[Any] = [seg.text] if seg.text else []
    for code in seg:
        out.append((code.tag, "".join(code.itertext()), name("i", code.get("i")),
                    name("x", code.get("x"))))
        if code.tail:
            out.append(code.tail)
    return out


def export(*args: str) -> str:
    result = CliRunner().invoke(cli, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_memory_through_the_saved_alignment_comes_back_unit_for_unit(tmp_path: Path) -> None:
    memory = tmp_path / "mem.tmx"
    memory.write_text(MEMORY, encoding="utf-8")
    said = export(str(memory), "-o", str(tmp_path / "mem.json"))
    assert "not written to json" not in said and "placeholder text" not in said
    export(str(tmp_path / "mem.json"), "-o", str(tmp_path / "back.tmx"))
    assert_valid_tmx(tmp_path / "back.tmx")
    assert units(tmp_path / "back.tmx") == EXPECTED
    # and it says what TMX to TMX says of the same memory
    export(str(memory), "-o", str(tmp_path / "direct.tmx"))
    assert units(tmp_path / "direct.tmx") == EXPECTED


def test_the_saved_alignment_holds_plain_sentences_and_the_codes_beside_them(
        tmp_path: Path) -> None:
    memory = tmp_path / "mem.tmx"
    memory.write_text(MEMORY, encoding="utf-8")
    export(str(memory), "-o", str(tmp_path / "mem.json"))
    data = json.loads((tmp_path / "mem.json").read_text(encoding="utf-8"))
    assert data["src_sentences"][2] == "Pulse Aceptarahora."  # what the editor shows
    assert data["tgt_codes"] == [[2, 6, "open", "x=1", "<b>"], [2, 8, "close", "x=1", "</b>"],
                                 [2, 8, "standalone", "x=2", "<br/>"]]
    assert data["beads"][1]["unit"]["attributes"]["tuid"] == "8"
    assert data["beads"][3]["unit"]["src"] == {"props": [["x-style", "formal"]]}


def test_the_codes_go_from_the_saved_alignment_to_xliff_as_codes(tmp_path: Path) -> None:
    memory = tmp_path / "mem.tmx"
    memory.write_text(MEMORY, encoding="utf-8")
    export(str(memory), "-o", str(tmp_path / "mem.json"))
    for version in ("xliff", "xliff12"):
        out = tmp_path / f"{version}.xlf"
        export(str(tmp_path / "mem.json"), "-o", str(out), "--format", version)
        unit = read_xliff(out)[2]
        assert unit.source == "Pulse {1}Aceptar{/1}{2/}ahora."
        assert unit.target == "Press {1}OK{/1}{2/}now."
        assert [(t.kind, t.code) for t in unit.tgt_tags] == [
            (TagKind.OPEN, "<b>"), (TagKind.CLOSE, "</b>"), (TagKind.STANDALONE, "<br/>")]
