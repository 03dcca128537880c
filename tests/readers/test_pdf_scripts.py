"""PDF text layers beyond Latin script: right-to-left text back in reading order
(aligner.readers.bidi), Chinese and Japanese without the typesetter's spaces; each
fixture reads as its Markdown source reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.readers import read_document
from aligner.readers.bidi import final_marks_last, is_rtl, logical_order
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("visual", "logical"), [
    # each line as a PDF draws it, left to right (written out by hand), and as it reads
    ("ةنجللا ريرقت", "تقرير اللجنة"),
    ("ءاسم 5 ةعاسلا يف", "في الساعة 5 مساء"),
    ("رانيد نويلم 1.2 اهردق", "قدرها 1.2 مليون دينار"),
    ("ديدجلا UNESCO عورشم", "مشروع UNESCO الجديد"),
    ("The word مالس means peace.", "The word سلام means peace."),
    ("plain text, 3.5 km", "plain text, 3.5 km"),
])
def test_a_line_drawn_left_to_right_in_reading_order(visual: str, logical: str) -> None:
    assert logical_order(list(visual)) == logical


def test_glyphs_not_characters_are_reordered() -> None:
    # lam-alef is one glyph whose text is already in reading order: "لا" stays "لا"
    assert logical_order(["ا", "ل", "ج", "ر", " ", "لا"]) == "لا رجلا"
    # a combining mark is drawn before its letter: reversed, it follows it again
    assert logical_order(list("\u064bءاسم")) == "مساء\u064b"


def test_direction_and_final_marks() -> None:
    assert is_rtl("في الساعة 5 PM") and not is_rtl("at five في") and not is_rtl("3.5")
    assert final_marks_last(". عاد الجميع") == "عاد الجميع."
    assert final_marks_last("«عاد» الجميع") == "«عاد» الجميع"


def _sentences(path: Path) -> list[str]:
    return [" ".join(s.text.split()) for s in
            segment_document(read_document(path, lang="ar")).segments]


def test_an_arabic_pdf_reads_as_its_source() -> None:
    """Set right to left: the PDF's sentences are the Markdown source's, word for word,
    numbers, the Latin word and the question mark where they belong."""
    assert _sentences(FIXTURES / "rtl.pdf") == _sentences(FIXTURES / "src" / "rtl.md")


def test_arabic_set_left_to_right_reads_except_around_a_latin_word() -> None:
    """Typed without its direction, the text is drawn as a left-to-right paragraph:
    every sentence reads as in the source but those next to the Latin word, whose
    runs such a paragraph draws in another order (noted in docs/readers.md)."""
    source = _sentences(FIXTURES / "src" / "rtl.md")
    read = _sentences(FIXTURES / "rtl-ltr-set.pdf")
    assert len(read) == len(source)
    assert [s for s in read if "UNESCO" not in s and s != "الجديد."] == [
        s for s in source if "UNESCO" not in s and "الصيف" not in s]


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_a_chinese_or_japanese_pdf_reads_as_its_source(lang: str) -> None:
    """No space where a line wrapped or where the typesetter set a number apart from
    the characters (``于 2023 年``), no footnote mark (small, raised) at the start of the
    next sentence: the PDF's sentences are the Markdown source's, its note last."""
    def sentences(path: Path) -> list[str]:
        return [s.text for s in segment_document(read_document(path, lang=lang)).segments]

    assert sentences(FIXTURES / f"cjk-{lang}.pdf") == sentences(
        FIXTURES / "src" / f"cjk-{lang}.md")
