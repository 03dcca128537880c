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


def test_a_numbers_terminator_stays_with_it() -> None:
    # "ב־30%." drawn left to right: the period leftmost, then 30% as it reads; the
    # percent sign once went to the other side of the number (ב־%30)
    assert logical_order(list(".30%־ב ולע")) == "עלו ב־30%."
    assert logical_order(list("12$ וריחמ")) == "מחירו 12$"


def test_no_space_is_put_next_to_a_combining_mark() -> None:
    """pdfminer puts a space where a glyph stands apart from the one before; a combining
    mark is set over its letter, and the space it got split كتابًا (كتاب ًا)."""
    from pdfminer.layout import LTAnno

    from aligner.readers.pdf import _glyphs

    class Glyph:
        def __init__(self, text: str) -> None:
            self.text, self.size, self.y0, self.x0, self.x1, self.height = text, 10.0, 0, 0, 0, 10

        def get_text(self) -> str:
            return self.text

    line = [Glyph("ا"), Glyph("\u064b"), LTAnno(" "), Glyph("ب"), LTAnno(" "), Glyph("ت")]
    assert _glyphs(line) == ["ا", "\u064b", "ب", " ", "ت"]


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


def test_a_chinese_line_wrapping_next_to_a_number_or_latin_word_takes_no_space() -> None:
    """A line of Chinese text that wraps between a number or a Latin word and a Chinese
    character ran on: ``1,150``/``万元`` read ``1,150 万元``, ``高速``/``GPU`` ``高速 GPU``."""
    seg = segment_document(read_document(FIXTURES / "wraps-cjk.pdf", lang="zh"))
    assert [s.text for s in seg.segments] == [
        "项目总预算为一千二百万元，实际支出为1,150万元。",
        "新的计算集群将于明年投入使用，型号为高速GPU集群。",
        "团队使用了开源工具，包括PyTorch等软件。",
        "当社は新サーバーを導入し、Googleとの共同研究を始めました。",
    ]


def _segments(path: Path, lang: str) -> list[tuple[str, str]]:
    seg = segment_document(read_document(path, lang=lang))
    return [(s.text, seg.document.blocks[s.block].part.value) for s in seg.segments]


def test_curly_quotes_of_a_fallback_font_stay_where_they_are_drawn() -> None:
    """LibreOffice takes a Chinese line's curly quotes from another font (DejaVu Sans)
    and draws them after the rest of their run: pdfminer made each a line of its own,
    which came out at the end of its row (``工具樱 “ ” “``) or as a sentence ``“ ”``,
    and ``……`` left its place.  Each glyph now goes where it stands on its line."""
    assert _segments(FIXTURES / "quotes-zh.pdf", "zh") == [
        ("新产品说明会", "heading"),
        ("董事长在会上表示：“产品质量是我们最大的优势。我们会继续努力，不让用户失望。”", "body"),
        ("此外，公司还推出了名为“樱花AI”的写作工具，这个工具上线一个月就有了十万名用户。", "body"),
        ("市场部经理说：“竞争越来越激烈，改进界面的工作已经迫在眉睫……明年我们计划在三个城市"
         "开设体验店。”", "body"),
        ("她还提到，“樱花AI”的下一个版本将支持语音输入。", "body"),
    ]


def test_a_heading_keeps_the_number_it_starts_with() -> None:
    """The heading's space comes from a fallback font, drawn first: pdfminer cut ``2024``
    off the heading, and near the top of the page a bare number went as a page
    number (``年度活動報告書``).  The space between wide characters is kept here,
    where the font draws one (the source has it)."""
    assert _segments(FIXTURES / "heading-ja.pdf", "ja") == [
        ("2024年度 活動報告書", "heading"),
        ("本報告書は当社の一年間の活動をまとめたものです。", "body"),
        ("新しい工場が完成し、生産量は前年より増えました。", "body"),
        ("第3章 来年の計画", "heading"),
        ("来年は海外の二つの都市に事務所を開く予定です。", "body"),
    ]


def test_glyphs_of_a_missing_font_read_as_their_actual_text() -> None:
    """LibreOffice on a machine without a Japanese font draws every character it cannot
    show with one box glyph, whose text is the first such character (``【``), and gives
    each other box its character in an ``/ActualText`` span, which pdfminer dropped:
    the page read ``【【【【【【【【``.  Written by hand from the source."""
    assert _segments(FIXTURES / "nofont-ja.pdf", "ja") == [
        ("【書類名】明細書", "body"),
        ("【０００１】本発明は、放熱装置に関する。", "body"),
        ("特許文献1（特開2019－123456号公報）には、筐体にヒートシンクを取り付けた構成が"
         "開示されている。", "body"),
        ("【０００２】しかし、放熱効率が低下するという問題があった。", "body"),
    ]


def test_a_chinese_pdf_made_without_a_chinese_font_reads_as_its_source() -> None:
    """The same with Chinese, which was refused as a broken text layer (委委委委…)."""
    def sentences(path: Path) -> list[str]:
        return [s.text for s in segment_document(read_document(path, lang="zh")).segments]

    assert sentences(FIXTURES / "broken-text-zh.pdf") == sentences(
        FIXTURES / "src" / "cjk-zh.md")


def test_a_hindi_pdf_reads_as_its_source() -> None:
    """LibreOffice with Lohit Devanagari, no space glyphs drawn (s38 walk 2, item 8): no
    space inside ड्रिप, whose cluster's text the first of its glyphs carries; a space
    after a word that ends in a vowel sign (किसानों को), which were glued; ें back
    before the ग it is set over (करेंगी, which read करगेंी)."""
    def sentences(path: Path) -> list[str]:
        return [s.text for s in segment_document(read_document(path, lang="hi")).segments]

    assert sentences(FIXTURES / "devanagari-hi.pdf") == sentences(
        FIXTURES / "src" / "devanagari-hi.md")


def test_a_space_after_a_clusters_glyphs_without_text_that_reach_the_next() -> None:
    from pdfminer.layout import LTAnno

    from aligner.readers.pdf import _glyphs

    class Glyph:
        def __init__(self, text: str, x0: float, x1: float) -> None:
            self.text, self.size, self.y0, self.height = text, 12.0, 0, 12
            self.x0, self.x1 = x0, x1

        def get_text(self) -> str:
            return self.text

    # as LibreOffice draws ड्रिप: the cluster's text on its first glyph, two without
    # text (one of no width), then प where the second ends; a word gap after सिंचाई
    line = [Glyph("ड्रि", 399.0, 402.1), Glyph("", 402.1, 409.49), Glyph("", 408.1, 408.1),
            LTAnno(" "), Glyph("प", 409.5, 415.8), LTAnno(" "), Glyph("स", 419.5, 425.0)]
    assert "".join(_glyphs(line)) == "ड्रिप स"


# An Arabic report typed in LibreOffice (tests/fixtures/src/report-ar.fodt), each
# sentence, part and table row written by hand from the source: the headings keep their
# numbers, a mark (shadda, damma, kasratan) stays on its letter, a line with a mark set
# high is no larger text, the table's cells read right to left, the footnote is a note
# without its label.
_REPORT_AR = [
    ("١. توزيع المساعدات", "heading"),
    ("نسّق الفريق الميداني توزيع المساعدات في ثلاث قرى خلال شهر أبريل، وسُلّمت الحصص "
     "الغذائية إلى ٤٢٠ أسرة تعيش في مبانٍ غير مكتملة.", "body"),
    ("وقد أُجري تقييم سريع للاحتياجات في القرى الثلاث قبل بدء التوزيع.", "body"),
    ("ووُزّعت البطانيات على العائلات النازحة قبل موجة البرد.", "body"),
    ("وأعاد الفريق لمّ شمل ١٢ طفلا مع أسرهم.", "body"),
    ("٢. الأرقام", "heading"),
    ("البند المستهدف النسبة", "table"),
    ("الأسر ٥٠٠ ٨٤٪", "table"),
    ("الميزانية (دولار) 20,000 75%", "table"),
    ("الأرقام أولية وستراجع في التقرير النهائي.", "footnote"),
]


@pytest.mark.parametrize("name", ["report-ar.pdf", "report-ar-right.pdf"])
def test_an_arabic_report_typed_in_libreoffice_reads_as_typed(name: str) -> None:
    """An Arabic translator's report (walk s40): before, ``نسّق`` read ``نّسق`` and
    ``سُلّمت`` ``ُسلّمت`` (a mark sorted by its own edge, which lies inside its letter,
    came after it, and reversed onto the letter before); ``١. ملخص`` read ``ملخص١.``
    (a line's runs are drawn in reading order, and were taken as drawn) and a heading
    ran on into its paragraph or lost its number as a list's label; a line whose
    damma was set high was taken for a heading (``… على تلبية`` / ``احتياجاتها …``);
    ``٪٨٣``; the row of Western digits read ``75% 20,000``; the note read
    ``1الأرقام …`` in the body.  Set flush left (LibreOffice's default alignment) and
    flush right alike."""
    assert _segments(FIXTURES / name, "ar") == _REPORT_AR


def test_a_right_to_left_letter_s_marks_go_before_it_where_they_are_drawn() -> None:
    from aligner.readers.pdfgaps import placed

    class Glyph:
        def __init__(self, text: str, x0: float, x1: float) -> None:
            self.text, self.x0, self.x1 = text, x0, x1

        def get_text(self) -> str:
            return self.text

    # سُلّ as LibreOffice draws it, left to right: the shadda (no width, inside the
    # lam's box) before the lam, the damma before the sin
    drawn = [Glyph("\u0651", 277.7, 277.7), Glyph("ل", 276.9, 280.0),
             Glyph("\u064f", 282.0, 282.0), Glyph("س", 280.0, 290.0)]
    assert [g.get_text() for g in placed([drawn])] == ["\u0651", "ل", "\u064f", "س"]
    assert logical_order([g.get_text() for g in placed([drawn])]) == "سُلّ"


def test_a_glyph_from_a_fallback_font_drawn_after_its_run_reads_where_it_stands() -> None:
    """``cells-ja.pdf``: the ``⁻`` of ``min⁻¹`` comes from a fallback font, drawn after
    the ``¹`` in one pdfminer line, which read ``min ¹⁻`` (``pdftotext`` reads it right)."""
    sentences = [s.text for s in segment_document(read_document(
        FIXTURES / "cells-ja.pdf", lang="ja")).segments]
    assert "砥石軸の回転数 min⁻¹ 1,800" in sentences
    assert "砥石軸は1,800 min⁻¹で回転します。" in sentences
    assert not [s for s in sentences if "¹⁻" in s]
