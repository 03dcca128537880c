"""Each exported unit names the heading it stands under (``x-src-section``,
``x-tgt-section``): a TMX prop, an XLIFF metadata entry -- from a pair of files, a saved
alignment and a collection, and again when the memory is read back and exported.
Expected sections written by hand from the texts below."""

from __future__ import annotations

from pathlib import Path

from aligner.formats.sections import MAX_SECTION, note_of, section_of
from aligner.formats.tmx import read_tmx
from aligner.formats.units import (
    PROP_SRC_PART,
    PROP_SRC_SECTION,
    PROP_TGT_PART,
    PROP_TGT_SECTION,
)
from aligner.formats.xliff import read_xliff
from aligner.model import Part
from tests._tools import assert_valid_tmx
from tests.collection.conftest import batch_es_en, run

B, H = Part.BODY, Part.HEADING

# Our own text: a title, two paragraphs, a second heading, one more paragraph.
ES = ("# El puerto\n\nEl barco llegó tarde. La gente esperaba en el muelle.\n\n"
      "## Segunda parte\n\nNadie sabía nada del capitán.\n")
EN = ("# The harbour\n\nThe ship arrived late. People were waiting on the quay.\n\n"
      "## Part two\n\nNobody knew anything about the captain.\n")
#: by hand: the section of each unit's source and target
EXPECTED = [("El puerto", "The harbour")] * 3 + [("Segunda parte", "Part two")] * 2


def test_a_unit_stands_under_the_last_heading_before_its_first_sentence() -> None:
    sentences = ("Prólogo", "Uno.", "Dos.", "Capítulo 3.", "El mar", "Tres.", "Cuatro.")
    parts = (H, B, B, H, H, B, B)
    assert section_of(sentences, parts, (0,)) == "Prólogo"  # a heading is its own section
    assert section_of(sentences, parts, (1, 2)) == "Prólogo"
    assert section_of(sentences, parts, (2, 3)) == "Prólogo"  # the first sentence decides
    # a heading written as two sentences in a row is named whole, from either of them
    assert section_of(sentences, parts, (4,)) == "Capítulo 3. El mar"
    assert section_of(sentences, parts, (6,)) == "Capítulo 3. El mar"


def test_two_headings_in_a_row_are_two_sections_and_a_note_names_none() -> None:
    """A legal translator's walk: the title (Heading 1) and § 1's heading (Heading 2) were
    glued into one section, and a footnote got the last body heading as its section."""
    sentences = ("Werkvertrag", "§ 1 Gegenstand", "Der Vertrag gilt.", "§ 2 Vergütung",
                 "Sie ist fällig.", "Abweichend von § 634a gilt dies.")
    parts = (H, H, B, H, B, Part.FOOTNOTE)
    paragraphs = frozenset({0, 1, 2, 3, 4, 5})  # each sentence a paragraph of its own
    assert section_of(sentences, parts, (0,), paragraphs) == "Werkvertrag"
    assert section_of(sentences, parts, (2,), paragraphs) == "§ 1 Gegenstand"
    assert section_of(sentences, parts, (4,), paragraphs) == "§ 2 Vergütung"
    assert section_of(sentences, parts, (5,), paragraphs) == ""  # where its mark is: unknown
    assert note_of(parts, (5,)) == "footnote"
    assert note_of(parts, (4, 5)) == ""  # the first sentence decides
    assert note_of((), (0,)) == ""
    # without paragraph starts (a side read without them) a run is one heading, as before
    assert section_of(sentences, parts, (2,)) == "Werkvertrag § 1 Gegenstand"


def test_no_section_before_the_first_heading_or_without_parts() -> None:
    sentences = ("Uno.", "Título", "Dos.")
    assert section_of(sentences, (B, H, B), (0,)) == ""
    assert section_of(sentences, (B, H, B), (2,)) == "Título"
    assert section_of(sentences, (), (2,)) == ""  # a side read without structure
    assert section_of(sentences, (B, H, B), ()) == ""  # the empty side of a null bead


def test_white_space_is_made_single_and_a_long_heading_is_cut_at_a_word() -> None:
    assert section_of(("Un\n  título\t largo",), (H,), (0,)) == "Un título largo"
    long = " ".join(["palabra"] * 60)  # 479 characters
    named = section_of((long, "Uno."), (H, B), (1,))
    assert named.endswith("palabra\u2026") and len(named) <= MAX_SECTION + 1
    assert named[:-1] == " ".join(["palabra"] * (len(named[:-1]) // 8 + 1))


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    for lang, text in (("es", ES), ("en", EN)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"puerto.{lang}.md").write_text(text, encoding="utf-8")
    return tmp_path / "es" / "puerto.es.md", tmp_path / "en" / "puerto.en.md"


def _sections(path: Path) -> list[tuple[str, str]]:
    units = read_tmx(path) if path.suffix == ".tmx" else read_xliff(path)
    return [(u.props.get(PROP_SRC_SECTION, ""), u.props.get(PROP_TGT_SECTION, ""))
            for u in units]


def test_exports_of_the_pair_the_saved_alignment_and_the_collection_name_sections(
        tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path)
    saved = tmp_path / "puerto.json"
    code, _, stderr = run("align", str(src), str(tgt), "--encoder", "none", "-o", str(saved))
    assert code == 0, stderr
    db = batch_es_en(tmp_path, tmp_path / "c.db")
    for source, name in ((saved, "pair"), (db, "whole")):
        for suffix, more in ((".tmx", []), (".xlf", []), (".xlf", ["--format", "xliff12"])):
            out = tmp_path / f"{name}{len(more)}{suffix}"
            code, _, stderr = run("export", str(source), "-o", str(out), *more)
            assert code == 0, stderr
            assert _sections(out) == EXPECTED, (name, out.name)
            if suffix == ".tmx":
                assert_valid_tmx(out)
    # read back and exported again, each unit keeps its own (once, not twice)
    again = tmp_path / "again.tmx"
    code, _, stderr = run("export", str(tmp_path / "pair0.tmx"), "-o", str(again))
    assert code == 0, stderr
    assert _sections(again) == EXPECTED
    assert again.read_text(encoding="utf-8").count('type="x-src-section"') == 5


def test_a_plain_text_pair_names_no_section(tmp_path: Path) -> None:
    (tmp_path / "a.es.txt").write_text("El barco llegó.\n\nNadie sabía.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("The ship came.\n\nNobody knew.\n", encoding="utf-8")
    out = tmp_path / "a.tmx"
    code, _, stderr = run("align", str(tmp_path / "a.es.txt"), str(tmp_path / "a.en.txt"),
                          "--encoder", "none", "-o", str(out))
    assert code == 0, stderr
    assert "x-src-section" not in out.read_text(encoding="utf-8")


def test_a_footnote_unit_says_it_is_one_and_names_no_section(tmp_path: Path) -> None:
    """A DOCX pair whose last unit is a footnote: ``x-src-part``/``x-tgt-part`` say
    ``footnote`` in the TMX and the XLIFF, and no body heading is its section."""
    from tests.pipeline.test_paragraph_numbers import _docx

    src = _docx(tmp_path / "a.es.docx", ["Primera cláusula.", "La renta es de 500 euros."],
                "Índice publicado por el Instituto.")
    tgt = _docx(tmp_path / "a.en.docx", ["First clause.", "The rent is 500 euros."],
                "Index published by the Institute.")
    for out in (tmp_path / "a.tmx", tmp_path / "a.xlf"):
        code, _, stderr = run("align", str(src), str(tgt), "--encoder", "none", "-o", str(out))
        assert code == 0, stderr
        units = read_tmx(out) if out.suffix == ".tmx" else read_xliff(out)
        assert [(u.props.get(PROP_SRC_PART), u.props.get(PROP_TGT_PART)) for u in units] == [
            (None, None), (None, None), ("footnote", "footnote")]
        assert units[2].target == "Index published by the Institute."
        assert PROP_SRC_SECTION not in units[2].props
