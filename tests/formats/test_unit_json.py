"""A saved alignment's record of each unit and its inline codes: read back as written,
checked, and a file from before them read as it always was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.errors import FormatError
from aligner.formats import export_alignment
from aligner.formats.alignment_json import (
    alignment_from_json,
    alignment_to_json,
    read_alignment_json,
)
from aligner.formats.tmx import read_tmx
from aligner.formats.units import export_rows
from aligner.model import InlineCode, TagKind
from aligner.unitrecord import Annotations, UnitRecord
from tests._tools import assert_valid_tmx

# A saved alignment as the tool wrote it from a TMX before beads kept their unit: the
# sentences hold the placeholders, the beads a score of 1.0 for an unscored unit.
OLD = {"src_lang": "es-ES", "tgt_lang": "en-US", "src_name": "mem.tmx",
       "tgt_name": "mem.tmx", "settings": {"converted-from": "mem.tmx"},
       "src_sentences": ["Pulse {1}Aceptar{/1}.", "Gracias."],
       "tgt_sentences": ["Press {1}OK{/1}.", "Thank you."],
       "beads": [{"src": [0], "tgt": [0], "score": 1.0, "signals": {}},
                 {"src": [1], "tgt": [1], "score": 0.87, "signals": {}}]}


def test_a_file_without_records_or_codes_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(OLD), encoding="utf-8")
    old = read_alignment_json(path)
    assert [b.unit for b in old.beads] == [None, None]
    assert (old.src_codes, old.tgt_codes) == ((), ())
    assert old.src_sentences[0] == "Pulse {1}Aceptar{/1}."  # the text it holds
    rows = [r for r in export_rows(old, codes=True) if r is not None]
    assert [r.props["x-score"] for r in rows] == ["1.0000", "0.8700"]  # as it always did
    assert "unit" not in json.dumps(alignment_to_json(old))


def test_records_and_codes_are_read_back_as_written() -> None:
    record = UnitRecord(Annotations((("tuid", "7"),), (("x-client", "ACME"),), ("n",)),
                        tgt=Annotations(props=(("x-style", "formal"),)))
    data: dict[str, Any] = json.loads(json.dumps(OLD))
    data["src_sentences"][0] = "Pulse Aceptar."
    data["src_codes"] = [[0, 6, "open", "x=1", "<b>"], [0, 13, "close", "x=1", "</b>"]]
    data["beads"][1]["unit"] = {"attributes": {"tuid": "7"}, "props": [["x-client", "ACME"]],
                                "notes": ["n"], "tgt": {"props": [["x-style", "formal"]]}}
    data["beads"][0]["unit"] = {}  # a unit that said nothing: still a unit
    back = alignment_from_json(data)
    assert [b.unit for b in back.beads] == [UnitRecord(), record]
    assert back.src_codes[0] == (InlineCode(6, TagKind.OPEN, "x=1", "<b>"),
                                 InlineCode(13, TagKind.CLOSE, "x=1", "</b>"))
    assert alignment_to_json(back) == data


def test_an_unscored_unit_of_a_memory_gets_no_score(tmp_path: Path) -> None:
    data: dict[str, Any] = json.loads(json.dumps(OLD))
    data["beads"][0]["unit"] = {}
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    export_alignment(read_alignment_json(tmp_path / "a.json"), tmp_path / "a.tmx")
    assert "x-score" not in read_tmx(tmp_path / "a.tmx")[0].props


def _with(key: str, value: Any, bead: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(OLD))
    (data if bead is None else data["beads"][bead])[key] = value
    return data


@pytest.mark.parametrize(("data", "message"), [
    (_with("src_codes", {}), "src_codes: expected a list of"),
    (_with("src_codes", [[0, 0, "half", "k", ""]]), r"src_codes\[0\]: expected \[sentence, "
     "offset, kind, key, code\\] with a kind of open, close, standalone$"),
    (_with("tgt_codes", [[0, 99, "open", "k", ""]]), r"tgt_codes\[0\]: expected a sentence "
     "index and an offset inside it"),
    (_with("tgt_codes", [[0, 3, "open", "k", ""], [0, 1, "close", "k", ""]]),
     r"tgt_codes\[1\]: expected .* after the sentence's codes before it"),
    (_with("unit", [], bead=1), r"beads\[1\].unit: expected an object"),
    (_with("unit", {"attributes": {"tuid": 7}}, bead=1),
     r"beads\[1\].unit.attributes: expected an object of strings"),
    (_with("unit", {"props": [["x-client"]]}, bead=1),
     r"beads\[1\].unit.props: expected a list of \[type, value\]"),
    (_with("unit", {"src": {"notes": "n"}}, bead=0),
     r"beads\[0\].unit.src.notes: expected a list of strings"),
])
def test_a_record_or_code_edited_by_hand_is_refused(data: Any, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        alignment_from_json(data, path="a.json")


# A memory whose codes say more than their native code: a pair's type (on its bpt), a
# ph's type and assoc, an hi's and an it's type; the last ph says nothing.
TYPED = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
 adminlang="en" srclang="es" datatype="plaintext"/>
<body>
<tu tuid="1">
<tuv xml:lang="es"><seg>Pulse <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Aceptar<ept
 i="1">&lt;/b&gt;</ept><ph x="2" type="lb" assoc="p">&lt;br/&gt;</ph>y <hi
 type="italic">salga</hi><it pos="begin" x="3" type="x-mark">&lt;u&gt;</it>.<ph
 x="4">&lt;img/&gt;</ph></seg></tuv>
<tuv xml:lang="en"><seg>Press <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>OK<ept
 i="1">&lt;/b&gt;</ept><ph x="2" type="lb" assoc="p">&lt;br/&gt;</ph>and <hi
 type="italic">leave</hi><it pos="begin" x="3" type="x-mark">&lt;u&gt;</it>.<ph
 x="4">&lt;img/&gt;</ph></seg></tuv>
</tu>
</body>
</tmx>
"""

# Each code of a seg of TYPED written afresh, as (element, its attributes but i and x),
# by hand: the hi is a bpt/ept pair without native code, its type on the bpt; an ept
# has no type in TMX.
TYPED_CODES = [("bpt", {"type": "bold"}), ("ept", {}), ("ph", {"type": "lb", "assoc": "p"}),
               ("bpt", {"type": "italic"}), ("ept", {}),
               ("it", {"pos": "begin", "type": "x-mark"}), ("ph", {})]


def seg_codes(path: Path) -> list[list[tuple[str, dict[str, str]]]]:
    """Each seg's codes in a TMX: (element, its attributes but ``i`` and ``x``)."""
    return [[(str(code.tag), {k: v for k, v in code.attrib.items() if k not in ("i", "x")})
             for code in seg] for seg in etree.parse(str(path)).getroot().iter("seg")]


def test_a_code_s_type_and_assoc_go_through_the_saved_alignment(tmp_path: Path) -> None:
    (tmp_path / "mem.tmx").write_text(TYPED, encoding="utf-8")
    for args in (("mem.tmx", "-o", "mem.json"), ("mem.json", "-o", "back.tmx")):
        result = CliRunner().invoke(cli, ["export", *(str(tmp_path / a) if a != "-o" else a
                                                      for a in args)])
        assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "mem.json").read_text(encoding="utf-8"))
    # the attributes a sixth item; a code without any written as before, in five
    assert saved["src_codes"] == [
        [0, 6, "open", "x=1", "<b>", {"type": "bold"}], [0, 13, "close", "x=1", "</b>"],
        [0, 13, "standalone", "x=2", "<br/>", {"type": "lb", "assoc": "p"}],
        [0, 15, "open", "hi:italic", "", {"type": "italic"}],
        [0, 20, "close", "hi:italic", ""],
        [0, 20, "open", "x=3", "<u>", {"type": "x-mark"}],
        [0, 21, "standalone", "x=4", "<img/>"]]
    assert_valid_tmx(tmp_path / "back.tmx")
    assert seg_codes(tmp_path / "back.tmx") == [TYPED_CODES, TYPED_CODES]


def test_a_code_s_attributes_read_back_as_written() -> None:
    data = _with("src_codes", [[0, 6, "standalone", "x=1", "<br/>", {"type": "lb"}],
                               [0, 7, "standalone", "x=2", "<hr/>"]])
    back = alignment_from_json(data)
    assert back.src_codes[0] == (
        InlineCode(6, TagKind.STANDALONE, "x=1", "<br/>", (("type", "lb"),)),
        InlineCode(7, TagKind.STANDALONE, "x=2", "<hr/>"))
    assert alignment_to_json(back)["src_codes"] == data["src_codes"]


@pytest.mark.parametrize("attributes", [["type", "lb"], {"type": 1}, "lb", {"typ": "lb"}])
def test_a_code_s_attributes_edited_by_hand_are_refused(attributes: Any) -> None:
    data = _with("src_codes", [[0, 6, "standalone", "x=1", "<br/>", attributes]])
    with pytest.raises(FormatError, match=r"src_codes\[0\]\[5\]: expected the code's "
                       "attributes, an object of strings named type, assoc, xliff2:type, "):
        alignment_from_json(data, path="a.json")
