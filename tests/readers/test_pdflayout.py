"""The PDF layout rules on hand-made lines (no PDF needed)."""

from __future__ import annotations

import pytest

from aligner.lang.linebreaks import suspending_words
from aligner.model import BlockKind
from aligner.readers.pdflayout import Breaks, paragraphs
from aligner.readers.pdflines import Line, Page

# A tiny unigram model: log probabilities of the words it knows.
_PROBS = {"revolucionario": -12.0, "constantemente": -11.0, "constante": -11.5,
          "mente": -9.6, "cívico": -13.0, "militar": -10.0, "well": -7.0, "known": -9.2,
          "wellknown": -18.0}


def _breaks(*texts: str) -> Breaks:
    return Breaks(list(texts), _PROBS.get)


@pytest.mark.parametrize(("line", "nxt", "joined"), [
    ("el proceso revolu-", "cionario avanzó", True),  # one word in the word list
    ("buscaron constante-", "mente limitar", True),  # likelier as one word than two
    ("el golpe cívico-", "militar de 1973", False),  # no such word as cívicomilitar
    ("a well-", "known fact", False),  # wellknown is rarer than well and known together
    ("Schnei-", "der murió", True),  # nobody knows either part: hyphenation
    ("the anti-", "Allende forces", False),  # goes on in upper case
    ("soft\u00ad", "hyphen", True),
    ("no hyphen", "here", False),
])
def test_hyphenation(line: str, nxt: str, joined: bool) -> None:
    assert _breaks(line, nxt).hyphenation(line, nxt) is joined


# German, as its word list (spacy-lookups-data's de_lexeme_prob) has it: nouns with
# their capital, and a lower-case form of one only as a rare word.
_GERMAN = {"Leinentuch": -15.6, "Leinen": -12.2, "leinen": -15.7, "Tuch": -11.8,
           "tuch": -15.3, "Passagieren": -13.1, "Passa": -16.7, "passa": -17.6,
           "gieren": -15.3, "Mail": -11.0, "deutsch": -10.8, "französische": -12.9}


@pytest.mark.parametrize(("line", "nxt", "joined"), [
    # The joined word is in the list with its capital: before, only ``leinentuch`` was
    # asked for, unknown, against ``leinen`` and ``tuch``, and the hyphen stayed.
    ("mit einem trockenen Leinen-", "tuch reinigen", True),
    ("mit 212 Passa-", "gieren an Bord", True),
    ("die deutsch-", "französische Grenze", False),  # no such word as deutschfranzösisch
    ("per E-", "Mail", False),  # a real hyphen goes on in upper case
    ("am Max-", "Planck-Institut", False),
])
def test_a_german_noun_is_looked_up_with_its_capital(line: str, nxt: str,
                                                     joined: bool) -> None:
    assert Breaks([line, nxt], _GERMAN.get).hyphenation(line, nxt) is joined


def test_the_document_decides_first() -> None:
    # The document writes "well-known" inside a line: keep; "cívicomilitar": join.
    assert not _breaks("a well-known man", "x").hyphenation("the well-", "known")
    assert _breaks("el cívicomilitar", "x").hyphenation("el cívico-", "militar")


def test_joins() -> None:
    b = _breaks("x")
    assert b.join("revolu-", "cionario") == "revolucionario"
    assert b.join("cívico-", "militar") == "cívico-militar"
    assert b.join("one", "two") == "one two"
    assert b.join("予算が承認され", "た。") == "予算が承認された。"  # CJK wraps without a space
    assert b.join("地区", "欧洲", wrapped=False) == "地区 欧洲"  # a short line: table cells
    assert b.join("a spaced -", "dash") == "a spaced - dash"
    # Dashes: as the document writes a closing dash inside its lines.
    assert _breaks("road—is not", "x").join("the road—", "is") == "the road—is"
    assert _breaks("—el tanquetazo— que", "x").join("tanquetazo—", "que") == \
        "tanquetazo— que"


@pytest.mark.parametrize(("lang", "line", "nxt", "joined"), [
    ("de", "die Be-", "und Entladevorschriften", "die Be- und Entladevorschriften"),
    ("de", "die Sicherheits-", "oder Gesundheitsschutz", "die Sicherheits- oder Gesundheitsschutz"),
    ("de", "Lager-", "bzw. Transportkosten", "Lager- bzw. Transportkosten"),
    ("nl", "de in-", "en uitvoer", "de in- en uitvoer"),
    ("en", "pre-", "and post-war", "pre- and post-war"),
    ("de", "Kündigungs-", "frist", "Kündigungsfrist"),  # hyphenated: joined
    ("de", "die Un-", "ordnung", "die Unordnung"),  # no coordinating word: as before
    ("fr", "les micro-", "et nanotechnologies", "les micro- et nanotechnologies"),
])
def test_a_hyphen_before_a_coordinating_word_stands_for_a_word(
        lang: str, line: str, nxt: str, joined: str) -> None:
    """``Be-`` / ``und Entladevorschriften`` read ``Be-und``: a hyphen before a word
    that coordinates (the language's ``suspended.txt``) keeps the break's space."""
    assert Breaks([line, nxt], _PROBS.get, suspending_words(lang)).join(line, nxt) == joined


def _page(*lines: Line) -> Page:
    return Page(400.0, 600.0, tuple(lines))


def test_a_centred_title_that_wraps_is_one_heading() -> None:
    """The title's second line is centred under its first, which starts near the
    margin: no indented paragraph.  An indented paragraph after a full line still
    starts one."""
    body = [Line(f"Body text of the page, line {n}.", 50, 400 - 14 * n, 350, 411 - 14 * n)
            for n in range(4)]
    title = [Line("Der Wärter von Punta", 58, 520, 342, 548),
             Line("Brava", 162, 488, 238, 516)]
    indented = Line("An indented paragraph.", 80, 330, 250, 341)
    paras = paragraphs([_page(*title, *body, indented)])
    assert [(p.text, p.kind) for p in paras] == [
        ("Der Wärter von Punta Brava", BlockKind.HEADING),
        (" ".join(li.text for li in body), BlockKind.PARAGRAPH),
        ("An indented paragraph.", BlockKind.PARAGRAPH)]


def _column(x0: float, x1: float, texts: list[str], top: float = 500) -> list[Line]:
    return [Line(t, x0, top - 14 * i - 11, x1 if i < len(texts) - 1 else x0 + 60,
                 top - 14 * i) for i, t in enumerate(texts)]


def test_two_columns_read_column_by_column() -> None:
    title = Line("A title across both columns", 100, 530, 300, 546)
    left = _column(40, 190, ["left one", "left two", "left three", "left four."])
    right = _column(210, 360, ["right one", "right two", "right three", "right four."])
    paras = paragraphs([_page(title, *sorted(left + right, key=lambda li: -li.y1))])
    assert [(p.text, p.kind) for p in paras] == [
        ("A title across both columns", BlockKind.HEADING),
        ("left one left two left three left four.", BlockKind.PARAGRAPH),
        ("right one right two right three right four.", BlockKind.PARAGRAPH)]


def test_a_paragraph_goes_on_across_a_page_break() -> None:
    full = [Line(f"line {i} goes on and on", 40, 500 - 14 * i, 360, 511 - 14 * i)
            for i in range(5)]
    end = Line("the end.", 40, 500, 120, 511)
    paras = paragraphs([_page(*full[:-1], Line("broken revolu-", 40, 444, 360, 455)),
                        _page(Line("cionario here", 40, 514, 360, 525), end)])
    assert len(paras) == 1
    assert "revolucionario here the end." in paras[0].text


def test_a_line_short_because_its_next_word_went_to_the_next_page_runs_on() -> None:
    """A page's last line is short when the word after it did not fit, the page breaking
    after the wrap (``His successor`` / ``burned most of them.``): a short line before a
    page break ended its paragraph all the same.  One that ends a sentence still does."""
    def pages(last: str, first: str) -> list[Page]:
        return [_page(Line("He wrote little and spelled badly, but he never", 40, 514, 360, 525),
                      Line(last, 40, 500, 310, 511)),
                _page(Line(first, 40, 514, 40 + 6 * len(first), 525))]

    assert [p.text for p in paragraphs(pages("missed a night, and his entries mention",
                                             "shearwaters only."))] == [
        "He wrote little and spelled badly, but he never missed a night, and his entries "
        "mention shearwaters only."]
    assert len(paragraphs(pages("missed a night, and his entries end.", "Shearwaters."))) == 2
    assert len(paragraphs(pages("missed a night, and his entries mention", "all."))) == 2


def test_a_short_document_s_paragraph_gaps_are_not_its_line_gap() -> None:
    """Two headings of nearly one size and one-line paragraphs, in Japanese (no capital
    says where a paragraph starts): most gaps are paragraph gaps, so the line gap is
    measured where a full line runs on."""
    lines = [Line("年次報告書", 72, 681, 152, 697), Line("はじめに", 72, 654, 128, 668),
             Line("委員会は三月にジュネーブで開催され、予算が承認され", 72, 631, 360, 643),
             Line("た。", 72, 617, 96, 629),
             Line("第一項目。", 72, 594, 132, 606), Line("第二項目。", 72, 578, 132, 590)]
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "年次報告書", "はじめに", "委員会は三月にジュネーブで開催され、予算が承認された。",
        "第一項目。", "第二項目。"]


def test_a_chinese_line_that_breaks_before_closing_marks_wrapped() -> None:
    """失 cannot end the line when 望。”此 stand together after it (no line starts
    with 。 or ”, and the quote keeps the next character): the line ends three and a
    half characters short of the margin, but the text ran on, with no space."""
    lines = [Line("董事长说：“我们会继续努力，不让用户失", 72, 668, 495, 680),
             Line("望。”此外，公司还推出了新的写作工具，这个工具上线一个月就有了十",
                  72, 654, 537, 666),
             Line("万名用户。", 72, 640, 132, 652)]
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "董事长说：“我们会继续努力，不让用户失望。”此外，公司还推出了新的写作工具，"
        "这个工具上线一个月就有了十万名用户。"]


def test_a_line_short_because_the_next_word_did_not_fit_runs_on() -> None:
    """A line ends short of the margin, before a capital: a paragraph end only if the
    next line's first word would have fitted in the room left (6 points a character
    here, the column 40-360).  ``Петербурге.`` (66 points) does not fit in 40; the
    words bound by no-break spaces go on as one; ``Dann`` (30) fits in 200."""
    lines = [Line("Das Verlagshaus wurde 1991 in Sankt-", 40, 500, 320, 511),
             Line("Petersburg gegründet und wächst seit Jahren ohne Pause weiter", 40, 486,
                  358, 497),
             Line("bis heute, geleitet von", 40, 472, 300, 483),
             Line("Prof.\u00a0Dr.\u00a0Ahmet Yılmaz und seinen Leuten, die dort arbeiten",
                  40, 458, 358, 469),
             Line("mit Freude.", 40, 444, 160, 455),
             Line("Dann kam der Winter, und alles wurde anders als gedacht.", 40, 430, 358,
                  441)]
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "Das Verlagshaus wurde 1991 in Sankt-Petersburg gegründet und wächst seit Jahren "
        "ohne Pause weiter bis heute, geleitet von Prof. Dr. Ahmet Yılmaz und "
        "seinen Leuten, die dort arbeiten mit Freude.",
        "Dann kam der Winter, und alles wurde anders als gedacht."]


def test_a_table_row_stands_alone() -> None:
    """Cells set wide apart on one row are one paragraph of their own, whether pdfminer
    gave them as pieces or as one line (``cells``), even in a script without capitals."""
    rows = [Line("地区", 72, 560, 96, 572), Line("销售", 270, 560, 294, 572),
            Line("欧洲 1200台", 72, 542, 315, 554, cells=True),
            Line("会议于下午6点结束。", 72, 524, 190, 536)]
    assert [p.text for p in paragraphs([_page(*rows)])] == [
        "地区 销售", "欧洲 1200台", "会议于下午6点结束。"]


def test_a_line_across_both_columns_after_them_stands_apart() -> None:
    # the left column's paragraph ends a sentence: a short last line that ends none
    # before a column break, the next word too long for the room it leaves, wrapped
    left = _column(40, 190, ["left one", "left two", "left three", "left four."])
    right = _column(210, 360, ["right one", "right two", "right three", "right four"])
    last = right[-1]
    right[-1] = Line(last.text, last.x0, last.y0, 360, last.y1)  # full: it could run on
    across = Line("and a line across both", 40, 420, 360, 431)
    paras = paragraphs([_page(*sorted(left + right, key=lambda li: -li.y1), across)])
    assert [p.text for p in paras] == [
        "left one left two left three left four.",
        "right one right two right three right four", "and a line across both"]


def test_a_short_line_before_a_column_break_that_wrapped_runs_on() -> None:
    """Ragged-right columns: the left column ends short, at no sentence's end, because
    the next word (``Prüfprotokolle``) did not fit in the room left; the paragraph
    goes on in the right column, as it does across a page break.  Before, it ended
    there and cut its sentence."""
    left = [*(Line("eins zwei drei vier fünf sechs", 40, 500 - 14 * i, 186, 511 - 14 * i)
              for i in range(5)), Line("Aufbewahrungsfrist für", 40, 430, 160, 441)]
    right = [Line("Prüfprotokolle beträgt zehn Jahre.", 210, 500, 300, 511),
             *(Line("Die Prüfung ist zu dokumentieren.", 210, 486 - 14 * i, 356, 497 - 14 * i)
               for i in range(5))]
    paras = paragraphs([_page(*sorted(left + right, key=lambda li: -li.y1))])
    assert [p.text for p in paras] == [
        " ".join(["eins zwei drei vier fünf sechs"] * 5)
        + " Aufbewahrungsfrist für Prüfprotokolle beträgt zehn Jahre.",
        " ".join(["Die Prüfung ist zu dokumentieren."] * 5)]


def test_a_justified_line_cut_at_a_space_glyph_is_running_text() -> None:
    """pdfminer cut a justified line where LibreOffice drew a space's glyph, in the
    middle of a stretched gap: the second piece starts with it (``lead``).  Measured
    glyph to glyph, the gaps between the pieces are one width, and the line is
    running text, no table's row; each box stays as pdfminer gives it."""
    lines = [Line("Der Betreiber meldet jede Störung der", 56.8, 719, 212.6, 731),
             Line("Die", 56.8, 705, 74.1, 717),
             Line("Ein-", 99.1, 705, 144.7, 717, lead=25.0),
             Line("und", 194.6, 705, 212.6, 717),
             Line("Ausfuhr an.", 56.8, 691, 130.0, 703)]
    paras = paragraphs([_page(*lines)])
    assert [(p.text, p.part.value) for p in paras] == [
        ("Der Betreiber meldet jede Störung der Die Ein- und Ausfuhr an.", "body")]


def test_a_right_column_of_one_line_is_a_column() -> None:
    """The last page of a two-column text: its end runs on from the left column to
    one line at the top of the right.  Three lines were asked of each side, so the
    page was one column, and the line was joined to the left column's first, as a
    table's row (``Die Behörde prüft … Adressen und Max-Planck-Institute.``)."""
    left = _column(40, 190, ["left one", "left two", "left three", "left four",
                             "left five", "left six."])
    right = [Line("and its last line.", 210, 489, 300, 500)]
    left[-2:] = [Line("left five", 40, 433, 190, 444), Line("and the", 40, 419, 190, 430)]
    paras = paragraphs([_page(*sorted(left + right, key=lambda li: -li.y1))])
    assert [(p.text, p.part.value) for p in paras] == [
        ("left one left two left three left four left five and the and its last line.",
         "body")]


def test_a_patent_paragraph_number_opens_a_paragraph() -> None:
    """``…500 μm or less.`` reaches the margin, then ``[0014]`` on a line of its own and
    the paragraph it numbers, with no gap: the number went with the paragraph before,
    and the segmenter took it for a reference (``… or less. [0014]``)."""
    lines = [Line("The sheet 18 is made of a silicone resin containing boron", 50, 500, 350, 511),
             Line("nitride, and it is 100 μm or more and 500 μm or less.", 50, 486, 350, 497),
             Line("[0014]", 50, 472, 86, 483),
             Line("The thermal conductivity of the sheet is 5 W/(m·K) or", 50, 458, 350, 469),
             Line("more.", 50, 444, 80, 455)]
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "The sheet 18 is made of a silicone resin containing boron nitride, and it is "
        "100 μm or more and 500 μm or less.",
        "[0014]",
        "The thermal conductivity of the sheet is 5 W/(m·K) or more."]


@pytest.mark.parametrize(("spaces", "text"), [
    # the hyphen 1.1 pt from its word, the word spaces 3 pt: hyphenation, joined
    ((3.0, 3.1, 2.9, 1.1), "Los precios son válidos para la temporada de 2027."),
    # a dash set a word space from the word: a free-standing dash, kept
    ((3.0, 3.1, 2.9, 3.0), "Los precios son váli - dos para la temporada de 2027."),
])
def test_a_line_end_hyphen_set_closer_than_a_word_space_is_the_word_s(
        spaces: tuple[float, ...], text: str) -> None:
    lines = (Line("Los precios son váli -", 72, 700, 300, 712, spaces=spaces),
             Line("dos para la temporada de 2027.", 72, 686, 220, 698, spaces=(3.0,) * 4))
    paras = paragraphs([Page(595, 842, lines)], {"válidos": -12.0}.get)
    assert [p.text for p in paras] == [text]


def test_a_short_arabic_line_whose_next_word_fits_ends_its_paragraph() -> None:
    """Arabic has no capitals to start a sentence with: a short heading line in the
    text's size ran on into the paragraph under it (``المأوى والحماية سُلّمت …``), where
    a line that wrapped (the next word would not have fitted) still runs on."""
    lines = [Line("المأوى والحماية", 40, 500, 120, 511),
             Line("سُلّمت مجموعات المأوى إلى ٧٤٠ عائلة تعيش في مبانٍ غير مكتملة وحدد", 40, 486,
                  358, 497),
             Line("فريق الحماية ٨٦ طفلا.", 40, 472, 200, 483)]
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "المأوى والحماية",
        "سُلّمت مجموعات المأوى إلى ٧٤٠ عائلة تعيش في مبانٍ غير مكتملة وحدد فريق الحماية ٨٦ طفلا."]
