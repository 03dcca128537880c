"""Tables in a PDF (readers/pdftables.py): cells that wrap and heading rows repeated
after a page break, on hand-made lines and on a PDF LibreOffice made
(tests/fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

from aligner.model import BlockKind, Part
from aligner.readers import read_document
from aligner.readers.pdflayout import paragraphs
from aligner.readers.pdflines import Line, Page
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in segment_document(read_document(FIXTURES / name,
                                                           lang=lang)).segments]


def test_a_cell_that_wraps_stays_in_its_row() -> None:
    """The rest of a cell, on the line below its row with the row's other cells empty,
    was a paragraph of its own after the row; a word hyphenated inside the cell was
    not joined."""
    page = Page(420.0, 595.0, (
        Line("Date", 59, 241, 90, 253), Line("Oil (litres) Wind", 138, 241, 245, 253),
        Line("Ships sight-", 288, 241, 350, 253), Line("ed", 288, 227, 300, 239),
        Line("4 March", 59, 214, 100, 226), Line("9.5 north-west,", 192, 214, 264, 226),
        Line("2", 288, 214, 294, 226), Line("strong", 212, 200, 240, 212),
        Line("5 March", 59, 186, 100, 198), Line("9.0 calm", 192, 186, 240, 198),
        Line("0", 288, 186, 294, 198),
    ))
    assert [p.text for p in paragraphs([page])] == [
        "Date Oil (litres) Wind Ships sighted", "4 March 9.5 north-west, strong 2",
        "5 March 9.0 calm 0"]


def test_a_row_whose_cell_wraps_is_part_table_and_no_heading() -> None:
    """A row with a cell of two lines is twice as tall as the text, which made it a
    heading (the heading row and the first rows of each table of a novel's PDFs); a
    table's row is part ``table``, as the DOCX and ODT readers give its cells."""
    page = Page(420.0, 595.0, (
        Line("The keeper kept a log.", 59, 270, 250, 282),
        Line("4 March", 59, 214, 100, 226), Line("9.5 north-west,", 192, 214, 264, 226),
        Line("2", 288, 214, 294, 226), Line("strong", 212, 200, 240, 212),
        Line("5 March", 59, 186, 100, 198), Line("9.0 calm", 192, 186, 240, 198),
        Line("0", 288, 186, 294, 198),
    ))
    assert [(p.kind, p.part) for p in paragraphs([page])] == [
        (BlockKind.PARAGRAPH, Part.BODY), (BlockKind.PARAGRAPH, Part.TABLE),
        (BlockKind.PARAGRAPH, Part.TABLE)]


def test_a_pdf_table_s_wrapped_cells_read_in_their_rows() -> None:
    sentences = _sentences("table-wrap-es.pdf", "es")
    assert sentences[2:5] == ["Fecha Aceite (litros) Viento Barcos avistados",
                              "3 de marzo 9,5 noroeste, fuerte 2", "4 de marzo 9,0 noroeste 0"]
    assert "6 de marzo 10,0 sur, temporal 1" in sentences
    assert "11 de marzo 10,5 noroeste, temporal 1" in sentences


def test_a_heading_row_repeated_after_a_page_break_is_read_once() -> None:
    """LibreOffice repeats a table's heading row at the top of each page the table runs
    on to: it was read each time, a paragraph no other format has."""
    one = Page(420.0, 595.0, (
        Line("Date", 59, 241, 90, 253), Line("Wind", 192, 241, 230, 253),
        Line("4 March", 59, 214, 100, 226), Line("north-west", 192, 214, 250, 226),
    ))
    two = Page(420.0, 595.0, (
        Line("Date", 59, 512, 90, 524), Line("Wind", 192, 512, 230, 524),
        Line("5 March", 59, 485, 100, 497), Line("calm", 192, 485, 220, 497),
        Line("Nobody read the extra columns.", 59, 460, 250, 472),
    ))
    assert [p.text for p in paragraphs([one, two])] == [
        "Date Wind", "4 March north-west", "5 March calm", "Nobody read the extra columns."]


def test_a_pdf_table_s_heading_row_is_read_once() -> None:
    assert _sentences("table-wrap-es.pdf", "es") == [
        "Marta anotaba cada día el aceite gastado, el viento y los barcos que pasaban por "
        "delante del faro.",
        "Las anotaciones de marzo, copiadas tal como ella las escribió, dan una idea de su "
        "método:",
        "Fecha Aceite (litros) Viento Barcos avistados",
        "3 de marzo 9,5 noroeste, fuerte 2", "4 de marzo 9,0 noroeste 0",
        "5 de marzo 8,5 calma 5", "6 de marzo 10,0 sur, temporal 1", "7 de marzo 9,5 sur 3",
        "8 de marzo 9,0 oeste, flojo 4", "9 de marzo 8,5 calma 2", "10 de marzo 9,5 norte 0",
        "11 de marzo 10,5 noroeste, temporal 1", "12 de marzo 9,0 norte 6",
        "13 de marzo 8,0 calma 3", "14 de marzo 9,5 este 2",
        "Nadie en la autoridad leyó nunca las columnas de más.",
    ]


def test_a_row_split_by_a_page_break_goes_on_at_the_next_page_s_top() -> None:
    """The page broke inside a row: the rest of its wrapped cell opens the next page
    (``10:00-19:00``), where it was a paragraph of its own and the hours seemed the
    next row's.  A row that opens the next page with its first cell filled is a new
    row."""
    one = Page(420.0, 595.0, (
        Line("The museums open daily.", 59, 300, 250, 312),
        Line("Name", 59, 241, 90, 253), Line("Hours", 192, 241, 230, 253),
        Line("Price", 288, 241, 320, 253),
        Line("Lighthouse", 59, 214, 110, 226), Line("Tuesday to Sunday,", 192, 214, 280, 226),
        Line("3 €", 288, 214, 300, 226),
    ))
    two = Page(420.0, 595.0, (
        Line("10:00-19:00", 192, 560, 250, 572),
        Line("Theatre", 59, 540, 100, 552), Line("daily", 192, 540, 220, 552),
        Line("17 €", 288, 540, 305, 552),
    ))
    assert [p.text for p in paragraphs([one, two])] == [
        "The museums open daily.", "Name Hours Price",
        "Lighthouse Tuesday to Sunday, 10:00-19:00 3 €", "Theatre daily 17 €"]


def test_a_row_s_lines_stand_closer_together_than_the_rows_stand_apart() -> None:
    """Where a table's cells are padded, the lines of one row stand closer together than
    the rows stand apart: a heading row whose every cell wraps (no cell empty on its
    second line) and a cell that wraps in the first column were rows of their own."""
    page = Page(420.0, 595.0, (
        Line("Patient", 59, 300, 95, 312), Line("Maximum", 192, 300, 240, 312),
        Line("group", 59, 286, 88, 298), Line("Dose", 140, 286, 165, 298),
        Line("daily dose", 192, 286, 245, 298),
        Line("Adults", 59, 268, 90, 280), Line("2.5 mg", 140, 268, 170, 280),
        Line("10 mg", 192, 268, 220, 280),
        Line("Children 6 to", 59, 250, 120, 262), Line("0.1 mg/kg", 140, 250, 185, 262),
        Line("4 mg", 192, 250, 215, 262),
        Line("11 years", 59, 236, 100, 248),
        Line("Adolescents", 59, 218, 115, 230), Line("2.5 mg", 140, 218, 170, 230),
        Line("5 mg", 192, 218, 215, 230),
        Line("The tablets are swallowed whole.", 59, 190, 250, 202),
    ))
    assert [p.text for p in paragraphs([page])] == [
        "Patient group Dose Maximum daily dose", "Adults 2.5 mg 10 mg",
        "Children 6 to 11 years 0.1 mg/kg 4 mg", "Adolescents 2.5 mg 5 mg",
        "The tablets are swallowed whole."]


def test_rows_apart_keep_a_row_whose_first_cell_is_empty_apart() -> None:
    """Where the rows stand further apart than a cell's lines, a line at a row's
    distance is a row, though its first cell is empty (``Saturday 9 €`` went into the
    theatre's row)."""
    page = Page(420.0, 595.0, (
        Line("Name", 59, 300, 90, 312), Line("Hours", 140, 300, 170, 312),
        Line("Price", 220, 300, 245, 312),
        Line("Lighthouse", 59, 283, 110, 295), Line("Tuesday to", 140, 283, 190, 295),
        Line("3 €", 220, 283, 235, 295),
        Line("Sunday", 140, 269, 175, 281),
        Line("Theatre", 59, 252, 100, 264), Line("daily", 140, 252, 165, 264),
        Line("17 €", 220, 252, 240, 264),
        Line("Saturday", 140, 235, 180, 247), Line("9 €", 220, 235, 235, 247),
    ))
    assert [p.text for p in paragraphs([page])] == [
        "Name Hours Price", "Lighthouse Tuesday to Sunday 3 €", "Theatre daily 17 €",
        "Saturday 9 €"]


def _cut_words() -> Page:
    return Page(420.0, 595.0, (
        Line("Die Dosis richtet sich nach dem Körpergewicht.", 59, 330, 280, 342),
        Line("Patientengru", 59, 300, 131, 312), Line("Körpergewi", 140, 300, 195, 312),
        Line("Dosis", 220, 300, 245, 312),
        Line("ppe", 59, 286, 77, 298), Line("cht", 140, 286, 155, 298),
        Line("Erwachsene", 59, 268, 118, 280), Line("ab 50 kg", 140, 268, 180, 280),
        Line("2 mg", 220, 268, 242, 280),
        Line("Kinder", 59, 250, 92, 262), Line("20 bis 40 kg", 140, 250, 193, 262),
        Line("0,1 mg/kg", 220, 250, 262, 262),
    ))


def test_a_word_too_long_for_its_cell_joins_where_its_pieces_make_a_word() -> None:
    """LibreOffice breaks a word too long for its cell at the cell's edge, with no
    hyphen (``Körpergewi`` / ``cht``): the word is joined where the document writes it
    whole or the word list knows it, and keeps a space when nothing tells."""
    assert [p.text for p in paragraphs([_cut_words()])][1] == (
        "Patientengru ppe Körpergewicht Dosis")
    words = {"Patientengruppe": -14.9, "Dosis": -11.0}.get
    assert [p.text for p in paragraphs([_cut_words()], words)][1] == (
        "Patientengruppe Körpergewicht Dosis")


def test_a_pdf_table_with_padded_cells_reads_a_row_a_paragraph() -> None:
    assert _sentences("table-cells-de.pdf", "de") == [
        "Die Dosis von Solvarin richtet sich nach dem Alter und dem Körpergewicht.",
        "Die folgende Tabelle nennt die üblichen Mengen:",
        "Patientengruppe Körpergewicht Dosis Höchste Tagesdosis",
        "Erwachsene ab 50 kg 2 mg 8 mg",
        "Kinder von 6 bis 11 Jahren 20 bis 40 kg 0,1 mg/kg 4 mg",
        "Jugendliche von 12 bis 17 Jahren über 40 kg 1 mg 6 mg",
        "Die Lösung ist in zwei Packungen erhältlich:",
        "Packung Inhalt Haltbarkeit nach dem Öffnen",
        "Flasche 100 ml 30 Tage", "Tube 20 g 6 Monate",
        "Nicht über 25 °C lagern.",
    ]


def test_a_heading_set_larger_just_above_a_table_is_no_top_of_its_cells() -> None:
    """``4. Figures at a glance`` in 13 pt, two points above a table of 12 pt cells
    whose padding sets the rows further apart than a cell's lines (an NGO's report,
    walk s40), was read as the top of the first row's cells: ``4. Figures at a glance
    Indicator Target Share``, part table."""
    page = Page(595.0, 842.0, (
        Line("4. Figures at a glance", 57, 419.7, 174, 432.7),
        Line("Indicator", 57, 405.7, 100, 417.7), Line("Target", 177, 405.7, 208, 417.7),
        Line("Share", 298, 405.7, 330, 417.7),
        Line("Beneficiaries", 57, 386.3, 120, 398.3), Line("15,000", 177, 386.3, 210, 398.3),
        Line("83%", 298, 386.3, 318, 398.3),
        Line("Households receiving", 57, 366.8, 164, 378.8),
        Line("3,500", 177, 366.8, 204, 378.8), Line("91%", 298, 366.8, 318, 378.8),
        Line("cash assistance", 57, 353.0, 129, 365.0),
        Line("Water, sanitation and", 57, 333.6, 161, 345.6),
        Line("2,000", 177, 333.6, 204, 345.6), Line("82%", 298, 333.6, 318, 345.6),
        Line("hygiene kits", 57, 319.8, 115, 331.8),
    ))
    assert [(p.text, p.part) for p in paragraphs([page])] == [
        ("4. Figures at a glance", Part.BODY), ("Indicator Target Share", Part.TABLE),
        ("Beneficiaries 15,000 83%", Part.TABLE),
        ("Households receiving cash assistance 3,500 91%", Part.TABLE),
        ("Water, sanitation and hygiene kits 2,000 82%", Part.TABLE)]


def test_a_right_to_left_table_s_row_reads_its_cells_right_to_left() -> None:
    """Each cell is read apart: a row's cells of Western digits in an Arabic table ran
    together as one left-to-right number run (``الميزانية 75% 20,000``)."""
    page = Page(595.0, 842.0, (
        Line("البند", 418, 406, 450, 418), Line("المستهدف", 177, 406, 230, 418),
        Line("النسبة", 57, 406, 90, 418),
        Line("الميزانية", 418, 386, 470, 398), Line("20,000", 177, 386, 210, 398),
        Line("75%", 57, 386, 80, 398),
    ))
    assert [p.text for p in paragraphs([page])] == [
        "البند المستهدف النسبة", "الميزانية 20,000 75%"]


def test_a_cell_that_wraps_beside_cells_centred_across_its_lines_stays_in_its_row() -> None:
    """LibreOffice's HTML import centres a cell's text vertically: beside a first cell
    that wraps, the row's other cells stand half a line lower, across the gap between
    its two lines, and read as a row of their own, the cell's rest going on with them
    (``Spindle motor output (continuous`` / ``kW 7.5 rating)``)."""
    page = Page(595.0, 842.0, (
        Line("Maximum spindle speed", 58, 185, 176, 197), Line("rpm 12,000", 256, 185, 310, 197),
        Line("Spindle motor output (continuous", 58, 153, 223, 165),
        Line("kW 7.5", 256, 146, 307, 158),
        Line("rating)", 58, 140, 90, 152),
        Line("Maximum spindle torque", 58, 108, 180, 120), Line("Nm 35", 256, 108, 300, 120),
    ))
    assert [p.text for p in paragraphs([page])] == [
        "Maximum spindle speed rpm 12,000", "Spindle motor output (continuous rating) kW 7.5",
        "Maximum spindle torque Nm 35"]


def test_a_pdf_cell_that_wraps_beside_centred_cells_reads_in_its_row() -> None:
    """``cells-en.pdf``: LibreOffice's HTML import, ``Table feed rate (in continuous`` /
    ``operation)`` beside ``m/min`` and ``0.5 - 25`` centred across both lines."""
    sentences = _sentences("cells-en.pdf", "en")
    assert "Table feed rate (in continuous operation) m/min 0.5 - 25" in sentences
    assert "Coolant tank L 8" in sentences
    assert not [s for s in sentences if s.startswith("operation)")]
