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
