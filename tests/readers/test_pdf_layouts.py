"""PDF layouts LibreOffice makes of ordinary documents (tests/fixtures/README.md):
columns whose lines do not share baselines, a one-column page with a table.  The
expected text is the hand-written source's, read here without our readers."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aligner.readers import read_document
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _source_paragraphs(fodt: Path) -> list[str]:
    """The headings and paragraphs of a .fodt in document order, one string each
    (a table's cells one by one)."""
    body = etree.parse(str(fodt)).getroot().find(f"{{{_OFFICE}}}body")
    assert body is not None
    return [" ".join("".join(el.itertext()).split()) for el in body.iter()
            if el.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]


def _paragraphs(name: str, lang: str) -> list[str]:
    return read_document(FIXTURES / name, lang=lang).text.split("\n\n")


def test_columns_whose_baselines_differ_are_read_one_after_the_other() -> None:
    """Headings move the left column's lines a few points off the right column's:
    a right-column line set a little higher came first and was taken for a piece of
    the left column's line beside it (``1. Introduction d'administration a-t-il…``)."""
    assert _paragraphs("columns-fr.pdf", "fr") == _source_paragraphs(
        FIXTURES / "src" / "columns-fr.fodt")


def test_a_one_column_page_with_a_table_is_not_two_columns() -> None:
    """The table's third column and the paragraphs' short last lines left a gutter
    free: each paragraph lost its last line, and the column ``Time (s)`` went below
    the next heading.  The rows read as rows, the paragraphs whole."""
    paragraphs = _paragraphs("table-en.pdf", "en")
    source = _source_paragraphs(FIXTURES / "src" / "table-en.fodt")
    cells = source.index("Program")
    rows = [" ".join(source[i:i + 3]) for i in range(cells, cells + 9, 3)]
    assert paragraphs == source[:cells] + rows + source[cells + 9:]


def test_a_table_s_numbers_at_a_page_break_are_no_page_numbers() -> None:
    """A bare number in a table's row near the bottom or top of a page went as a page
    number (``Poires`` without ``340``).  The page numbers, alone on their row and
    running on from page to page, still go."""
    doc = read_document(FIXTURES / "table-pages-fr.pdf", lang="fr")
    sentences = [s.text for s in segment_document(doc).segments]
    source = _source_paragraphs(FIXTURES / "src" / "table-pages-fr.fodt")
    cells = source.index("Pommes")
    rows = [" ".join(source[i:i + 2]) for i in range(cells, cells + 8, 2)]
    assert sentences == source[:cells] + rows + source[cells + 8:]


def test_entries_of_one_shape_at_each_page_s_top_and_foot_stay() -> None:
    """Each page of the log starts and ends with an entry at the same heights
    (``Entry 25: …``, ``Entry 49: …``): alike but for their numbers, which neither
    repeat nor count with the page, they were taken for running lines and five of
    the sixty entries went.  The running header and the page numbers still go.
    (Sentences, not paragraphs: lines of one length, spaced alike, give no sign of
    where a paragraph ends.)"""
    doc = read_document(FIXTURES / "entries-en.pdf", lang="en")
    assert [s.text for s in segment_document(doc).segments] == _source_paragraphs(
        FIXTURES / "src" / "entries-en.fodt")


def _sentences(name: str, lang: str) -> list[tuple[str, str]]:
    doc = read_document(FIXTURES / name, lang=lang)
    return [(s.text, doc.blocks[s.block].part.value) for s in segment_document(doc).segments]


def test_a_pdf_s_lists_read_as_the_docx_of_the_same_source() -> None:
    """Word and LibreOffice number a list themselves: the DOCX reader gives an item
    without its label, and the PDF of the same source held it as text (``1. Light
    the lamp …``, ``• Two loaves …``, ``a) He rang …``), which an aligner then paired
    with the other side's item without one.  The PDF reader leaves the labels out
    too, each item a paragraph of its own, part ``list``."""
    pdf = _sentences("lists-en.pdf", "en")
    assert pdf == _sentences("lists-en.docx", "en")
    assert ("Two loaves of bread.", "list") in pdf
    assert ("The keeper kept all 3 rules for twenty years.", "body") in pdf


def test_a_list_right_after_a_heading_loses_its_first_label_too() -> None:
    """The heading above the first item ends with no stop and does not hang right of
    it, so ``1.`` stayed on the first item alone; a heading is set larger, a gap away."""
    assert _sentences("steps-es.pdf", "es")[2:6] == [
        ("Pasos de instalación", "heading"),
        ("Corte la corriente en el cuadro eléctrico.", "list"),
        ("Retire el aparato antiguo de la pared.", "list"),
        ("Fije la base nueva con dos tornillos.", "list")]


def test_a_centred_title_over_two_lines_is_one_heading() -> None:
    """LibreOffice centres the title, too wide for one line, its first line near the
    margins: its second line (``Brava``) looked like an indented paragraph, and the
    German and Spanish PDFs of a novel had two headings where the English had one."""
    assert _sentences("title-wrap-de.pdf", "de")[:2] == [
        ("Der Wärter von Punta Brava", "heading"), ("Helena Marsh", "body")]


def test_a_footnote_label_set_apart_from_its_note_is_left_out() -> None:
    """LibreOffice's default note style hangs the label: pdfminer gives it as a line
    of its own beside the note, which the page-number rule took before it asked for
    a number alone on its row.  The label goes as a label, as DOCX and ODT leave it."""
    assert _paragraphs("footnotes-hanging-en.pdf", "en")[-2:] == [
        "For professional use, contact customer service.", "2024 figures, not audited."]


def test_a_french_compound_broken_at_its_own_hyphen_keeps_it() -> None:
    """French has no word list: a hyphen at a line end is a compound's own when both
    parts are words the document writes whole elsewhere (``nord-``/``est`` read
    ``nordest``), and a hyphenation otherwise (``gouver-``/``nement``) or where the
    document writes the joined word (``pour-``/``suivre``, ``poursuivre``)."""
    seg = segment_document(read_document(FIXTURES / "compounds-fr.pdf", lang="fr"))
    assert [s.text for s in seg.segments] == [
        "Le vent du nord souffle sur la vallée, et la rivière coule vers l’est.",
        "Le système est installé dans les parcelles du nord-est de la commune depuis "
        "longtemps.",
        "Après la pause de midi, le maire a pris la parole devant la porte de la mairie.",
        "La réunion aura lieu cet après-midi dans la grande salle.",
        "Le porte-parole du gouvernement a répondu.",
        "Nous allons poursuivre le travail, et pour suivre les chantiers nous irons sur "
        "place.",
        "Il faut poursuivre les efforts engagés.",
    ]


def test_a_paragraph_goes_on_past_a_page_break_after_a_wrapped_short_line() -> None:
    """The first page's last line is short: the next word did not fit on it, and the
    page broke there (``His successor`` / ``burned most of them.``)."""
    seg = segment_document(read_document(FIXTURES / "notes-carried-en.pdf", lang="en"))
    assert "His successor burned most of them." in [s.text for s in seg.segments]


def test_justified_columns_of_long_words_are_running_text() -> None:
    """Justifying narrow columns of German compounds stretches a line's spaces so wide
    that pdfminer cuts the line into pieces (``Der`` / ``Betreiber`` / ``meldet`` /
    ``jede``, ``sowie`` / ``die``): taken for a table's cells, each such line was a
    paragraph of its own, part table, and cut its sentence (25 segments, 10 of them
    table, for 12 sentences).  Each paragraph reads whole, as in the source."""
    assert _paragraphs("columns-de.pdf", "de") == _source_paragraphs(
        FIXTURES / "src" / "columns-de.fodt")
    sentences = _sentences("columns-de.pdf", "de")
    assert len(sentences) == 12
    assert {part for _, part in sentences} == {"body"}
    assert ("Die Gefährdungsbeurteilung umfasst auch die Lärmschutzmaßnahmen sowie die "
            "Unfallverhütungsvorschriften.", "body") in sentences


def test_a_ragged_column_that_wrapped_before_the_column_break_runs_on() -> None:
    """The left column ends short (``Die Aufbewahrungsfrist für``): ``Prüfprotokolle``,
    at the top of the right column, did not fit.  The paragraph ended there and cut
    its sentence in two; it runs on, as across a page break."""
    assert _paragraphs("columns-left-de.pdf", "de") == _source_paragraphs(
        FIXTURES / "src" / "columns-left-de.fodt")


def test_a_suspended_hyphen_at_a_line_end_keeps_its_space() -> None:
    """A hyphen that stands for the rest of a compound, at a line end before a word
    that coordinates (``Be-`` / ``und Entladevorschriften``), lost the line break's
    space (``Be-und``), and ``Lager-bzw.`` even ended a sentence; a word hyphenated
    at the line end is still joined."""
    seg = segment_document(read_document(FIXTURES / "suspended-de.pdf", lang="de"))
    assert [s.text for s in seg.segments] == [
        "Im Hafen gelten eigene Be- und Entladevorschriften für Gefahrgut.",
        "Die Ein- oder Ausfuhr ist anzumelden.",
        "Die Lager- bzw. Transportkosten trägt der Käufer.",
        "Die Kündigungsfrist beträgt drei Monate.",
    ]


def test_a_raised_exponent_is_kept_and_a_raised_note_call_left_out() -> None:
    """superscripts-de.pdf, LibreOffice's PDF of superscripts-de.docx (Word superscripts):
    before, every small raised digit was taken for a note's call and left out, and
    ``10⁹/l`` read ``10/l``, ``mg/m²`` ``mg/m``.  A call after a word still goes; the
    subscript of ``CO₂``, set lowered, is a subscript digit (before, a plain ``2``)."""
    doc = read_document(FIXTURES / "superscripts-de.pdf", lang="de")
    assert list(segment_document(doc).sentences) == [
        "Dosierung",
        "Die empfohlene Dosis beträgt 75 mg/m² Körperoberfläche.",
        "Vor jedem Zyklus müssen mindestens 1,5 × 10⁹/l Neutrophile vorliegen.",
        "Die Lösung enthält CO₂ und wird bei 2 °C bis 8 °C gelagert.",
        "Die Wirksamkeit wurde in zwei Studien belegt.",
    ]


def test_a_lowered_digit_of_a_formula_is_a_subscript_and_others_stay_plain() -> None:
    """subscripts-en.pdf, LibreOffice's PDF of a DOCX with subscripts (pandoc's ``H~2~O``):
    the digits set small and lowered after an element or a bracket read as subscripts,
    as the DOCX's do in a TMX; after a lower-case letter (a variable's index, a log's
    base) they stay plain digits."""
    doc = read_document(FIXTURES / "subscripts-en.pdf", lang="en")
    assert list(segment_document(doc).sentences) == [
        "Storage",
        "Water is H₂O, and the gas above it is CO₂.",
        "Calcium hydroxide, Ca(OH)₂, takes up CO₂ from the air.",
        "Glucose, C₆H₁₂O₆, is stored at 2 °C to 8 °C.",
        "The two groups had n1 = 40 and n2 = 38 patients, on a log2 scale.",
    ]
