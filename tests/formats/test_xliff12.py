"""XLIFF 1.2 writer (no XLIFF 1.2 schema offline: a golden file written by hand,
structural tests, our reader, and OmegaT and translate-toolkit in their own tests)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from aligner import __version__
from aligner.formats.units import PROP_REVIEWED, UnitFile, file_alignment
from aligner.formats.xliff import load_xliff, read_xliff
from aligner.formats.xliff12 import NS12, write_xliff12, write_xliff12_documents
from tests.formats.conftest import FIXED_DATE, SAMPLE, SAMPLE_PAIRS
from tests.formats.strategies import XML_TEXT, one_to_one, translations
from tests.formats.test_xliff_inline import xliff_units

GOLDEN = Path(__file__).parent / "golden"
X = f"{{{NS12}}}"


def _canonical(path: Path) -> bytes:
    """The document in canonical XML without comments: namespace declarations made
    once, attribute order and quoting fixed (the writer declares the namespace again
    on each element it streams; a file written by hand does not)."""
    parser = etree.XMLParser(remove_comments=True)
    return etree.tostring(etree.parse(str(path), parser), method="c14n")


def test_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "sample.xlf"
    report = write_xliff12(SAMPLE, out, min_score=0.5, creation_date=FIXED_DATE)
    golden = tmp_path / "golden.xlf"
    golden.write_text((GOLDEN / "sample12.xlf").read_text(encoding="utf-8")
                      .replace("@VERSION@", __version__), encoding="utf-8")
    assert _canonical(out) == _canonical(golden)
    assert (report.units_written, report.below_min_score) == (4, 1)


def test_structure_and_read_back(tmp_path: Path) -> None:
    out = tmp_path / "a.xlf"
    write_xliff12(SAMPLE, out)
    root = etree.parse(str(out)).getroot()
    assert (root.tag, root.get("version")) == (f"{X}xliff", "1.2")
    (file_el,) = root
    # original, source-language and datatype are required by XLIFF 1.2
    assert [file_el.get(a) for a in ("original", "source-language", "target-language",
                                     "datatype")] == ["sample.es.txt", "es", "en", "plaintext"]
    assert [c.tag for c in file_el] == [f"{X}header", f"{X}body"]
    units = file_el.find(f"{X}body").findall(f"{X}trans-unit")  # type: ignore[union-attr]
    assert [[c.tag for c in u][:2] for u in units] == [[f"{X}source", f"{X}target"]] * len(
        SAMPLE_PAIRS)
    read = read_xliff(out)
    assert [(u.source, u.target) for u in read] == SAMPLE_PAIRS
    assert read[2].props == {"x-score": "0.7500", "x-src-document": "sample.es.txt",
                             "x-tgt-document": "sample.en.txt", "x-src-sentences": "3-4",
                             "x-tgt-sentences": "3"}


def test_a_reviewed_bead_is_signed_off_and_approved(tmp_path: Path) -> None:
    alignment = replace(one_to_one([("Hola.", "Hello."), ("Adiós.", "Bye.")]),
                        unit_props=({PROP_REVIEWED: "confirmed"}, {}))
    out = tmp_path / "r.xlf"
    write_xliff12(alignment, out)
    units = etree.parse(str(out)).getroot().iter(f"{X}trans-unit")
    assert [(u.get("approved"), u.find(f"{X}target").get("state"))  # type: ignore[union-attr]
            for u in units] == [("yes", "signed-off"), (None, "translated")]
    assert [u.props for u in read_xliff(out)] == [{PROP_REVIEWED: "confirmed"}, {}]


def test_units_that_named_no_document_get_an_empty_original(tmp_path: Path) -> None:
    units = UnitFile((), "es", "en", name="memory.tmx")
    alignment = file_alignment(replace(units, units=read_xliff(_one(tmp_path))))
    out = tmp_path / "o.xlf"
    write_xliff12(alignment, out)
    (file_el,) = etree.parse(str(out)).getroot()
    assert file_el.get("original") == ""  # required; the file read from is no document
    assert read_xliff(out)[0].props == {}


def _one(tmp_path: Path) -> Path:
    path = tmp_path / "one.xlf"
    path.write_text(f'<xliff version="1.2" xmlns="{NS12}"><file original="" '
                    'source-language="es" target-language="en" datatype="plaintext"><body>'
                    '<trans-unit id="1"><source>Hola.</source><target>Hello.</target>'
                    "</trans-unit></body></file></xliff>", encoding="utf-8")
    return path


def test_one_file_per_document_named_in_each_unit(tmp_path: Path) -> None:
    out = tmp_path / "d.xlf"
    one = one_to_one([("Uno.", "One.")])
    write_xliff12_documents([("a/doc1", one), ("a/doc2", one)], out)
    assert len(etree.parse(str(out)).getroot()) == 2
    assert [u.props["x-document"] for u in read_xliff(out)] == ["a/doc1", "a/doc2"]


@settings(max_examples=100, deadline=None)
@given(pairs=st.lists(st.tuples(XML_TEXT, XML_TEXT), max_size=8))
def test_round_trip(tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
                    ) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.xlf"
    write_xliff12(one_to_one(pairs), out)
    assert [(u.source, u.target) for u in read_xliff(out)] == translations(pairs)


@settings(max_examples=60, deadline=None)
@given(units=xliff_units())
def test_xliff_codes_round_trip_through_xliff12(
        tmp_path_factory: pytest.TempPathFactory, units: str) -> None:
    """An XLIFF 2 unit's codes written as XLIFF 1.2 read back the same: text, tags and
    native codes (but a character XML forbids, which 1.2 has no <cp> for)."""
    work = tmp_path_factory.mktemp("codes12")
    first = work / "in.xlf"
    first.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
                     f'srcLang="es" trgLang="en"><file id="f">{units}</file></xliff>',
                     encoding="utf-8")
    read = load_xliff(first)
    write_xliff12(file_alignment(UnitFile(read.units, "es", "en", name=str(first))),
                  work / "out.xlf")
    again = load_xliff(work / "out.xlf")

    def shown(u: object) -> object:
        tags = [replace(t, code=t.code.replace("\x01", ""))
                for t in (*u.src_tags, *u.tgt_tags)]  # type: ignore[attr-defined]
        return u.source, u.target, tags  # type: ignore[attr-defined]

    assert [shown(u) for u in again.units] == [shown(u) for u in read.units]


# An XLIFF 1.2 unit whose codes have a ctype (an assoc): of a g, a bpt (TMX's ulined is
# 1.2's underlined), an x, a ph and an it; the last x says nothing.
CTYPES = (
    f'<xliff version="1.2" xmlns="{NS12}"><file original="a" source-language="es" '
    'target-language="en" datatype="plaintext"><body><trans-unit id="1">'
    '<source>Pulse <g id="1" ctype="bold">Aceptar</g><bpt id="2" ctype="underlined">'
    '&lt;u&gt;</bpt>ya<ept id="2">&lt;/u&gt;</ept><x id="3" ctype="lb"/><ph id="4" '
    'ctype="image" assoc="f">&lt;img/&gt;</ph><it id="5" pos="open" ctype="x-mark">|</it>'
    '<x id="6"/></source><target>Press <g id="1" ctype="bold">OK</g><bpt id="2" '
    'ctype="underlined">&lt;u&gt;</bpt>now<ept id="2">&lt;/u&gt;</ept><x id="3" ctype="lb"/>'
    '<ph id="4" ctype="image" assoc="f">&lt;img/&gt;</ph><it id="5" pos="open" '
    'ctype="x-mark">|</it><x id="6"/></target></trans-unit></body></file></xliff>')


def test_a_ctype_is_a_tmx_type_and_back(tmp_path: Path) -> None:
    from aligner.formats.tmx import load_tmx, write_tmx
    from tests._tools import assert_valid_tmx
    from tests.formats.test_unit_json import seg_codes

    (tmp_path / "in.xlf").write_text(CTYPES, encoding="utf-8")
    write_tmx(file_alignment(load_xliff(tmp_path / "in.xlf")), tmp_path / "out.tmx")
    assert_valid_tmx(tmp_path / "out.tmx")
    codes = [("bpt", {"type": "bold"}), ("ept", {}), ("bpt", {"type": "ulined"}), ("ept", {}),
             ("ph", {"type": "lb"}), ("ph", {"assoc": "f", "type": "image"}),
             ("it", {"pos": "begin", "type": "x-mark"}), ("ph", {})]
    assert seg_codes(tmp_path / "out.tmx") == [codes, codes]
    # and the TMX written to XLIFF 1.2: each ctype and assoc again
    write_xliff12(file_alignment(load_tmx(tmp_path / "out.tmx")), tmp_path / "back.xlf")
    (unit,) = etree.parse(str(tmp_path / "back.xlf")).getroot().iter(f"{X}trans-unit")
    for side in (unit.find(f"{X}source"), unit.find(f"{X}target")):
        assert side is not None
        assert [(etree.QName(c).localname, c.get("ctype"), c.get("assoc")) for c in side] == [
            ("g", "bold", None), ("bpt", "underlined", None), ("ept", None, None),
            ("x", "lb", None), ("ph", "image", "f"), ("it", "x-mark", None), ("x", None, None)]


def test_a_tmx_type_xliff_1_2_has_no_value_for_is_no_ctype(tmp_path: Path) -> None:
    """1.2 defines bold, italic, underlined and link for a code that opens or closes,
    image, pb and lb for a standalone one, and x-... for any: a TMX font, or a bold
    ph, has no ctype there."""
    from aligner.formats.tmx import load_tmx

    (tmp_path / "in.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="es"><seg><bpt i="1" type="font">'
        '&lt;f&gt;</bpt>a<ept i="1">&lt;/f&gt;</ept><ph type="bold">*</ph><hi type="link">'
        'b</hi></seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    write_xliff12(file_alignment(load_tmx(tmp_path / "in.tmx")), tmp_path / "out.xlf")
    source = next(etree.parse(str(tmp_path / "out.xlf")).getroot().iter(f"{X}source"))
    assert [(etree.QName(c).localname, c.get("ctype")) for c in source] == [
        ("bpt", None), ("ept", None), ("ph", None), ("g", "link")]


def test_a_source_left_untranslated_is_a_trans_unit_without_target(tmp_path: Path) -> None:
    """untranslated: SAMPLE's 1-0 bead is a trans-unit with a source, an empty target
    that needs translation, and its sentence number but no score; the others are as
    without it; read back, a unit with an empty target."""
    out = tmp_path / "a.xlf"
    assert write_xliff12(SAMPLE, out, untranslated=True).units_written == 6
    units = etree.parse(str(out)).getroot().findall(f".//{X}trans-unit")
    assert [u.get("id") for u in units] == ["u1", "u2", "u3", "u4", "u5", "u7"]
    assert [c.tag for c in units[3]] == [f"{X}source", f"{X}target", f"{X}context-group"]
    assert units[3].findtext(f"{X}source") == "Sin traducción."
    target = units[3].find(f"{X}target")
    assert target is not None and (target.get("state"), target.text, len(target)) == (
        "needs-translation", None, 0)
    assert {c.get("context-type"): c.text for c in units[3].iter(f"{X}context")} == {
        "x-src-document": "sample.es.txt", "x-tgt-document": "sample.en.txt",
        "x-src-sentences": "5"}
    assert [u.findtext(f"{X}target") for u in units if u is not units[3]] == [
        t for _, t in SAMPLE_PAIRS]
    assert [(u.source, u.target) for u in load_xliff(out).units][3] == ("Sin traducción.", "")
