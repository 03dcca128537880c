"""Converting between exchange formats keeps what each unit said about itself.

A unit's sentence numbers, score and review are its own: converting a TMX to
XLIFF (or back, or to TSV/CSV) carries them as they were, and a unit that had
none -- a TM from another tool -- gets none, not its position in the file or a
confidence of 1.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from aligner.formats import export_sources, load_source, load_units
from aligner.formats.units import TranslationUnit
from aligner.formats.xliff import MDA, NS

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "saved-alignment.json"
OWN = ("x-score", "x-src-sentences", "x-tgt-sentences", "x-reviewed", "x-src-document",
       "x-tgt-document")


def _foreign_tmx(path: Path, props: list[dict[str, str]]) -> None:
    """A TMX as another tool writes it: one unit per entry of ``props``, with those props."""
    tus = "".join(
        "<tu>" + "".join(f'<prop type="{k}">{escape(v)}</prop>' for k, v in p.items())
        + f'<tuv xml:lang="es"><seg>Frase {i}.</seg></tuv>'
        f'<tuv xml:lang="en"><seg>Sentence {i}.</seg></tuv></tu>\n'
        for i, p in enumerate(props))
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="other" '
        'creationtoolversion="1" segtype="sentence" o-tmf="other" adminlang="en" srclang="es" '
        f'datatype="plaintext"/><body>\n{tus}</body></tmx>\n', encoding="utf-8")


def _own(unit: TranslationUnit, kept: tuple[str, ...] = OWN) -> dict[str, str]:
    return {k: v for k, v in unit.props.items() if k in kept}


def _convert(path: Path, suffix: str, **langs: str) -> Path:
    out = path.with_name(f"{path.stem}-{suffix.lstrip('.')}{suffix}")
    export_sources([load_source(path, **langs)], out)
    return out


def test_tmx_to_xliff_keeps_each_units_sentence_numbers(tmp_path: Path) -> None:
    tmx = tmp_path / "example.tmx"
    export_sources([load_source(EXAMPLE)], tmx)
    xlf = _convert(tmx, ".xlf")
    assert [(u.props["x-src-sentences"], u.props["x-tgt-sentences"])
            for u in load_units(xlf).units] == [("1", "1"), ("2", "2"), ("3-4", "3")]
    back = _convert(xlf, ".tmx")
    assert [u.props["x-src-sentences"] for u in load_units(back).units] == ["1", "2", "3-4"]


def test_a_foreign_unit_keeps_its_numbers_and_gets_no_made_up_ones(tmp_path: Path) -> None:
    tmx = tmp_path / "other.tmx"
    _foreign_tmx(tmx, [{"x-src-sentences": "10-12", "x-tgt-sentences": "9"}, {}])
    xlf = _convert(tmx, ".xlf")
    assert [_own(u) for u in load_units(xlf).units] == [
        {"x-src-sentences": "10-12", "x-tgt-sentences": "9"}, {}]
    assert [_own(u) for u in load_units(_convert(xlf, ".tmx")).units] == [
        {"x-src-sentences": "10-12", "x-tgt-sentences": "9"}, {}]


def test_a_unit_without_a_score_is_written_without_one(tmp_path: Path) -> None:
    tmx = tmp_path / "other.tmx"
    _foreign_tmx(tmx, [{}, {"x-score": "0.5"}])
    assert _convert(tmx, ".tsv", src_lang="es", tgt_lang="en").read_text(
        encoding="utf-8").splitlines() == [
            "Frase 0.\tSentence 0.\t", "Frase 1.\tSentence 1.\t0.5000"]
    assert _convert(tmx, ".csv").read_text(encoding="utf-8-sig").splitlines() == [
        "es,en,score", "Frase 0.,Sentence 0.,", "Frase 1.,Sentence 1.,0.5000"]
    assert "x-score" not in load_units(_convert(tmx, ".xlf")).units[0].props


def test_a_reviewed_unit_stays_reviewed_in_another_format(tmp_path: Path) -> None:
    tmx = tmp_path / "other.tmx"
    _foreign_tmx(tmx, [{"x-reviewed": "edited", "x-score": "0.1000"}, {"x-score": "0.9000"}])
    xlf = tmp_path / "reviewed.xlf"
    report = export_sources([load_source(tmx)], xlf, reviewed_only=True, min_score=0.5)
    assert report.units_written == 1
    assert [_own(u) for u in load_units(xlf).units] == [
        {"x-reviewed": "edited", "x-score": "0.1000"}]


def test_several_inputs_keep_their_own_sentence_numbers(tmp_path: Path) -> None:
    xlf = tmp_path / "twice.xlf"
    export_sources([load_source(EXAMPLE), load_source(EXAMPLE)], xlf)
    assert [u.props["x-src-sentences"] for u in load_units(xlf).units] == [
        "1", "2", "3-4", "1", "2", "3-4"]


_RANGE = st.one_of(st.none(), st.builds(lambda a, n: f"{a}-{a + n}" if n else str(a),
                                        st.integers(1, 900), st.integers(0, 3)))
_SCORE = st.one_of(st.none(), st.integers(0, 10_000).map(lambda k: f"{k / 10_000:.4f}"))
_DOC = st.sampled_from([None, "a.docx", "b.html"])
_UNIT = st.builds(
    lambda src, tgt, score, review, src_doc, tgt_doc: {k: v for k, v in (
        ("x-src-sentences", src), ("x-tgt-sentences", tgt), ("x-score", score),
        ("x-reviewed", review), ("x-src-document", src_doc), ("x-tgt-document", tgt_doc))
        if v is not None},
    _RANGE, _RANGE, _SCORE, st.sampled_from([None, "confirmed", "edited"]), _DOC, _DOC)


@settings(max_examples=40, deadline=None)
@given(units=st.lists(_UNIT, min_size=1, max_size=5),
       path=st.lists(st.sampled_from([".xlf", ".tmx", ".tsv", ".csv"]), min_size=1, max_size=4))
def test_any_chain_of_conversions_keeps_what_the_units_had(
        units: list[dict[str, str]], path: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        current = Path(tmp) / "start.tmx"
        _foreign_tmx(current, units)
        expected = units
        for step, suffix in enumerate(path):
            out = Path(tmp) / f"{step}{suffix}"
            export_sources([load_source(current, src_lang="es", tgt_lang="en")], out)
            if suffix in (".tsv", ".csv"):  # a score column and nothing more
                expected = [{k: v for k, v in u.items() if k == "x-score"} for u in expected]
            current = out
        read = load_units(current, src_lang="es", tgt_lang="en").units
        assert [_own(u) for u in read] == expected


def test_a_unit_with_no_properties_gets_no_empty_metadata_in_xliff(tmp_path: Path) -> None:
    # the XLIFF 2 Metadata module: a metaGroup holds at least one meta
    tmx = tmp_path / "other.tmx"
    _foreign_tmx(tmx, [{}, {"x-score": "0.5000"}])
    xlf = _convert(tmx, ".xlf")
    text = xlf.read_text(encoding="utf-8")
    assert '<mda:metaGroup category="aligner"/>' not in text
    assert text.count("<mda:metadata>") == 1  # the second unit's score
    assert [_own(u) for u in load_units(xlf).units] == [{}, {"x-score": "0.5000"}]


def test_the_file_units_were_read_from_is_no_document_of_theirs(tmp_path: Path) -> None:
    tmx = tmp_path / "memory.tmx"
    _foreign_tmx(tmx, [{}, {}])
    xlf = _convert(tmx, ".xlf")
    (file_el,) = etree.parse(str(xlf)).getroot()
    assert file_el.get("original") is None  # optional in XLIFF 2
    assert "memory.tmx" not in "".join(m.text or "" for m in file_el.iter(f"{{{MDA}}}meta")
                                       if m.get("type") != "signature")
    back = etree.parse(str(_convert(xlf, ".tmx"))).getroot()
    assert [p.get("type") for p in back.iter("prop")] == ["x-aligner-signature"]


def test_an_xliff_naming_its_source_document_only_names_no_target_one(tmp_path: Path) -> None:
    xlf = tmp_path / "strings.xlf"
    xlf.write_text(
        f'<xliff xmlns="{NS}" version="2.0" srcLang="en" trgLang="ar"><file id="f" '
        'original="ui/strings.html"><unit id="u"><segment><source>Save</source><target>حفظ'
        "</target></segment></unit></file></xliff>", encoding="utf-8")
    tmx = etree.parse(str(_convert(xlf, ".tmx"))).getroot()
    header, (tu,) = tmx.find("header"), tmx.iterfind("body/tu")
    assert [(p.get("type"), p.text) for p in header.iter("prop")][1:] == [
        ("x-src-document", "ui/strings.html")]
    assert [(p.get("type"), p.text) for p in tu.iter("prop")] == [
        ("x-src-document", "ui/strings.html")]
