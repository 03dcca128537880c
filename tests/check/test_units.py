"""The pair file: one tab per line, escapes, errors naming the line."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from aligner.check import run_checks
from aligner.check.units import Unit, parse_pairs, read_pairs, text_tags, units_from_alignment
from aligner.errors import FormatError, InputError
from aligner.model import Alignment, Bead, Part
from aligner.textutil import escape_cell


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("", []),
        ("a\tb\n", [Unit("a", "b")]),
        ("a\tb", [Unit("a", "b")]),
        ("a\t\n", [Unit("a", "")]),
        ("\ufeffa\tb\r\nc\td\r\n", [Unit("a", "b"), Unit("c", "d")]),
        ("a\tb\n\n\r\n", [Unit("a", "b")]),  # blank lines at the end of the file
        ("a\\tb\tc\\nd\n", [Unit("a\tb", "c\nd")]),
        ("a\\\\tb\tC:\\dir\n", [Unit("a\\tb", "C:\\dir")]),  # unknown escape kept
        # what align --format tsv and export -o X.tsv write: the score is the confidence
        ("a\tb\t0.9700\nc\td\t\n", [Unit("a", "b", 0.97), Unit("c", "d")]),
    ],
)
def test_parse_pairs(text: str, units: list[Unit]) -> None:
    assert list(parse_pairs(text)) == units


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("a\tb\nno tab here\n", 2, "found 1 column (no tab)"),
        ("a\tb\t0.5\td\n", 1, "4 columns"),
        ("a\tb\tc\n", 1, "the score, a number from 0 to 1; found 'c'"),  # OmegaT comment
        ("a\tb\t1.5\n", 1, "found '1.5'"),
        ("a\tb\n\nc\td\n", 2, "found a blank line"),  # a blank line is not a unit
    ],
)
def test_bad_lines_are_named(text: str, line: int, what: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_pairs(text, path="p.tsv")
    assert (info.value.path, info.value.line) == ("p.tsv", line)
    assert what in info.value.message


def test_read_pairs_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_pairs(tmp_path / "none.tsv")


# a leading BOM is dropped as a file-encoding mark, so cells do not start with one
cells = st.text(alphabet=st.characters(blacklist_characters="\ufeff"))


@given(st.lists(st.tuples(cells, cells), max_size=5))
@example([("", "<A>"), ("a\tb", "c\\n")])
def test_escaped_cells_read_back(pairs: list[tuple[str, str]]) -> None:
    # the cells' text; a cell holding markup (<A>) is read with its tags too, so the
    # units are compared by their text (comparing whole units failed on '<A>')
    text = "".join(f"{escape_cell(s)}\t{escape_cell(t)}\n" for s, t in pairs)
    assert [(u.source, u.target) for u in parse_pairs(text)] == pairs


def test_units_from_alignment_join_sentences() -> None:
    alignment = Alignment(
        src_sentences=("Uno.", "Dos.", "Tres."), tgt_sentences=("One. Two.", "Three."),
        beads=(Bead((0, 1), (0,), 0.8), Bead((2,), (1,), 0.3), Bead((), (), 0.0)),
        src_lang="es", tgt_lang="en",
    )
    assert units_from_alignment(alignment) == (
        Unit("Uno. Dos.", "One. Two.", 0.8), Unit("Tres.", "Three.", 0.3), Unit("", "", 0.0)
    )


@given(st.sampled_from(["zh", "ja", "es", "en", "ar", "th"]),
       st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=5))
def test_checked_units_are_the_exported_units(lang: str, sentences: list[str]) -> None:
    """A unit's text is what TMX, XLIFF, TSV and CSV write for the bead, in any language
    (Chinese and Japanese sentences join without a space in both, but for two sentences
    of a spaced script, and after a sentence that ends in no stop -- a cell, a heading
    --, which keep one)."""
    from aligner.formats.units import export_rows

    n = len(sentences)
    alignment = Alignment(tuple(sentences), tuple(reversed(sentences)),
                          (Bead(tuple(range(n)), tuple(range(n)), 0.9),), lang, lang)
    (unit,) = units_from_alignment(alignment)
    rows = [(r.source, r.target) for r in export_rows(alignment) if r is not None]
    # a unit of whitespace only (every sentence "\r") is no translation unit: not written
    assert rows == ([] if not unit.source.strip() else [(unit.source, unit.target)])
    separators = (sum((_spaced(a[-1]) and _spaced(b[0])) or a.rstrip(_CLOSERS)[-1:] not in _STOPS
                      for a, b in pairwise(sentences))
                  if lang in ("zh", "ja") else n - 1)
    assert len(unit.source) == sum(map(len, sentences)) + separators


# written for this test: the stops that end a Chinese or Japanese sentence inside its
# paragraph, and the quotes and brackets that may close after one
_STOPS = frozenset("。！？.!?．｡…")
_CLOSERS = "」』）)］]】〉》〕\"'”’"


def _spaced(c: str) -> bool:
    """Not whitespace, not wide (Han, kana, full-width forms) nor half-width katakana."""
    return not c.isspace() and unicodedata.east_asian_width(c) not in ("W", "F", "H")


XLIFF2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:'
          'names:tc:xliff:document:2.0" srcLang="en" trgLang="de"><file id="f1">'
          '<unit id="menu.folder"><segment><source>Move to folder</source><target>In Mappe '
          'verschieben</target></segment></unit>'
          '<unit id="u2"><segment><source>Open</source><target>Öffnen</target></segment></unit>'
          '</file></xliff>\n')
XLIFF12 = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:'
           'names:tc:xliff:document:1.2"><file original="s.json" source-language="en" '
           'target-language="de" datatype="plaintext"><body>'
           '<trans-unit id="login.title"><source>Sign in</source><target>Anmelden</target>'
           '</trans-unit><trans-unit id=""><source>Open</source><target>Öffnen</target>'
           '</trans-unit></body></file></xliff>\n')


@pytest.mark.parametrize(("content", "labels"), [
    (XLIFF2, ["id menu.folder", "id u2"]),
    (XLIFF12, ["id login.title", None]),  # an empty id names nothing
])
def test_an_xliff_unit_is_labelled_by_its_id(tmp_path: Path, content: str,
                                              labels: list[str | None]) -> None:
    """The id is the key a developer or a TMS finds a string by, as a TMX tuid is."""
    from aligner.check.units import units_from_records
    from aligner.formats import load_units

    path = tmp_path / "ui.xlf"
    path.write_text(content, encoding="utf-8")
    assert [u.label for u in units_from_records(load_units(path).units)] == labels


def _documents(settings: dict[str, str] | None = None) -> Alignment:
    # source paragraphs [0, 1] [2] [3]; target [0] [1, 2] [3] [4]
    return Alignment(("A.", "B.", "C.", "D."), ("a.", "b.", "c.", "x.", "d."),
                     (Bead((0,), (0,)), Bead((1,), (1, 2)), Bead((2,), ()), Bead((), (3,)),
                      Bead((3,), (4,))), "es", "en", settings=settings or {},
                     src_paragraph_starts=frozenset({0, 2, 3}),
                     tgt_paragraph_starts=frozenset({0, 1, 3, 4}))


def test_a_unit_of_aligned_documents_knows_its_paragraphs() -> None:
    from aligner.check.output import unit_name

    units = units_from_alignment(_documents())
    assert [u.paragraphs for u in units] == [(1, 1), (1, 2), (2, None), (None, 3), (3, 4)]
    assert [unit_name(n, u) for n, u in enumerate(units)] == [
        "unit 0 (paragraph 1)", "unit 1 (paragraph 1, target paragraph 2)",
        "unit 2 (paragraph 2)", "unit 3 (target paragraph 3)",
        "unit 4 (paragraph 3, target paragraph 4)"]


def test_units_of_a_memory_or_without_structure_have_no_paragraphs() -> None:
    memory = _documents({"converted-from": "mem.tmx"})
    bare = Alignment(("A.",), ("a.",), (Bead((0,), (0,)),), "es", "en")
    assert {u.paragraphs for u in units_from_alignment(memory)} == {None}
    assert {u.paragraphs for u in units_from_alignment(bare)} == {None}


def test_a_findings_json_and_csv_say_the_paragraphs() -> None:
    from aligner.check import CheckResult
    from aligner.check.output import finding_dict, to_csv
    from aligner.model import Finding, Severity

    units = units_from_alignment(_documents())
    finding = Finding("number-mismatch", Severity.ERROR, 1, "numbers differ")
    d = finding_dict(finding, units[1])
    assert (d["src_paragraph"], d["tgt_paragraph"]) == (1, 2)
    row = to_csv(CheckResult((finding,), units=units)).splitlines()[1]
    assert row.endswith(",1,2,,,,")  # no subtitle cues: src_cue ... tgt_time empty


def _joined_list_and_a_note() -> Alignment:
    # the reader joined a lead-in and its three items (paragraphs 2-5) into one
    # paragraph: the sentence after them is the original's paragraph 6, not the third
    # paragraph start; then a footnote (paragraph 7), where the target has its third
    # sentence too
    return Alignment(("A.", "Se obliga a: a) x; b) y; c) z.", "C 500.", "Nota."),
                     ("A.", "It must: a) x; b) y; c) z.", "C 600.", "Note."),
                     tuple(Bead((k,), (k,)) for k in range(4)), "es", "en",
                     src_paragraph_starts=frozenset({0, 1, 2, 3}),
                     tgt_paragraph_starts=frozenset({0, 1, 2, 3}),
                     src_paragraphs=(1, 2, 6, 7), tgt_paragraphs=(1, 2, 6, 7),
                     src_parts=(Part.BODY, Part.BODY, Part.BODY, Part.FOOTNOTE),
                     tgt_parts=(Part.BODY, Part.BODY, Part.FOOTNOTE, Part.FOOTNOTE))


def test_findings_name_the_reader_s_paragraph_numbers_and_a_note() -> None:
    """A sworn translator's walk: after a list the DOCX reader joined, every finding
    was four paragraphs off the document (and the sentences JSONL), and a footnote's
    did not say it was one."""
    from aligner.check.output import finding_dict, unit_name
    from aligner.model import Finding, Severity

    units = units_from_alignment(_joined_list_and_a_note())
    assert [u.paragraphs for u in units] == [(1, 1), (2, 2), (6, 6), (7, 7)]
    assert [unit_name(n, u) for n, u in enumerate(units)] == [
        "unit 0 (paragraph 1)", "unit 1 (paragraph 2)",
        "unit 2 (paragraph 6, target paragraph 6 (footnote))",
        "unit 3 (footnote, paragraph 7)"]
    d = finding_dict(Finding("untranslated", Severity.ERROR, 3, "untranslated"), units[3])
    assert (d["src_paragraph"], d["tgt_paragraph"], d["src_part"], d["tgt_part"]) == (
        7, 7, "footnote", "footnote")
    body = finding_dict(Finding("number-mismatch", Severity.ERROR, 1, "x"), units[1])
    assert "src_part" not in body and "tgt_part" not in body


def test_a_plain_text_s_lines_are_counted_not_numbered_by_their_blank_line_paragraph(
) -> None:
    # a text reader numbers paragraphs up to a blank line: three lines, one paragraph;
    # a finding still names the line's block, as before
    lines = Alignment(("A.", "B.", "C."), ("a.", "b.", "c."),
                      tuple(Bead((k,), (k,)) for k in range(3)), "es", "en",
                      src_paragraph_starts=frozenset({0, 1, 2}),
                      tgt_paragraph_starts=frozenset({0, 1, 2}),
                      src_paragraphs=(1, 1, 1), tgt_paragraphs=(1, 1, 2))
    assert [u.paragraphs for u in units_from_alignment(lines)] == [(1, 1), (2, 2), (3, 3)]


def test_paragraph_numbers_the_alignment_lacks_are_counted_from_its_starts() -> None:
    # one side's numbers unknown (0) or of other sentences: that side counts its starts
    alignment = replace(_joined_list_and_a_note(), src_paragraphs=(1, 2, 0, 7),
                        tgt_paragraphs=(1, 2, 6))
    assert [u.paragraphs for u in units_from_alignment(alignment)] == [
        (1, 1), (2, 2), (3, 3), (4, 4)]


@pytest.mark.parametrize(("text", "tags"), [
    ("Line one<br/>Line two<BR>", [("standalone", "br", "<br/>"), ("standalone", "br", "<BR>")]),
    ('Press <b>Ctrl+S</b> or <a href="/en/help" class=x>help</a>.',
     [("open", "b", "<b>"), ("close", "b", "</b>"), ("open", "a", '<a href="/en/help" class=x>'),
      ("close", "a", "</a>")]),
    # OmegaT's shortcuts stay theirs; prose and addresses are no tags
    ("<b0>x</b0>", [("open", "b0", "<b0>"), ("close", "b0", "</b0>")]),
    ("if a <b and c> d, a < b, <john@example.com>, </b/>", []),
])
def test_markup_written_as_text_is_tags(text: str, tags: list[tuple[str, str, str]]) -> None:
    assert [(t.kind.value, t.key, t.code) for t in text_tags(text)] == tags


def test_markup_of_a_pair_file_is_compared() -> None:
    """A user-interface string keeps its markup as text: a dropped <br/>, a renamed
    <b>, a link to another page keeps its tag (the address is translated)."""
    units = parse_pairs("Line one<br/>Line two\tLinha um Linha dois\n"
                        "Press <b>Save</b>.\tPressione <strong>Salvar</strong>.\n"
                        'See <a href="/en/">help</a>.\tVeja a <a href="/pt/">ajuda</a>.\n'
                        "<b>Bold</b> and <i>italic</i>\t<i>Itálico</i> e <b>negrito</b>\n")
    result = run_checks(units, glossary=None, src_lang="en", tgt_lang="pt")
    assert [(f.unit, f.code, f.message) for f in result.findings
            if f.code.startswith("tag")] == [
        (0, "tag-mismatch", "inline tags differ: missing in the target: <br/>"),
        (1, "tag-mismatch", "inline tags differ: missing in the target: <b>, </b>; "
                            "not in the source: <strong>, </strong>"),
        (3, "tag-order", "inline tags in another order: source <b>, </b>, <i>, </i>; "
                         "target <i>, </i>, <b>, </b>"),
    ]
