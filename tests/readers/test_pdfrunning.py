"""Running headers, footers and page numbers on hand-made lines (no PDF needed)."""

from __future__ import annotations

import pytest

from aligner.readers.pdflines import Line, Page
from aligner.readers.pdfrunning import drop_running


def _page(*lines: Line) -> Page:
    return Page(400.0, 600.0, tuple(lines))


def test_running_header_and_page_numbers_go() -> None:
    pages = [_page(Line("Boletín de la oficina", 100, 570, 300, 580),
                   Line("Body text of the page.", 50, 400, 350, 410),
                   Line(str(n), 195, 20, 205, 30))
             for n in (1, 2, 3)]
    assert [[li.text for li in p] for p in drop_running(pages)] == \
        [["Body text of the page."]] * 3


def test_a_bare_number_that_runs_on_no_sequence_stays() -> None:
    """Page numbers alone on their row, running on at one height, go; a bare number at
    another page's top that continues no sequence (a table's cell) stays, and so does
    one beside another piece of its row."""
    pages = [_page(Line("Body text of the page.", 50, 400, 350, 410),
                   Line(str(n), 195, 20, 205, 30)) for n in (1, 2, 3)]
    pages[1] = _page(Line("42", 50, 560, 62, 570), *pages[1].lines)
    pages[2] = _page(Line("Pommes", 50, 530, 90, 540), Line("3", 200, 530, 206, 540),
                     *pages[2].lines)
    assert [[li.text for li in p] for p in drop_running(pages)] == [
        ["Body text of the page."], ["42", "Body text of the page."],
        ["Pommes", "3", "Body text of the page."]]


def test_a_heading_that_is_a_bare_number_stays() -> None:
    """``2024`` set larger than the text near the top of the page is a heading; the
    page number, at the text's size, goes."""
    page = _page(Line("2024", 50, 560, 90, 576), Line("Body text of the page.", 50, 400, 350, 410),
                 Line("More body text.", 50, 386, 250, 396), Line("1", 195, 20, 205, 30))
    assert [li.text for li in drop_running([page])[0]] == [
        "2024", "Body text of the page.", "More body text."]


def test_a_title_at_the_header_height_of_one_page_stays() -> None:
    pages = [_page(Line("Chile 73", 100, 570, 300, 580), Line("Chile 73", 100, 540, 300, 552)),
             _page(Line("Chile 73", 100, 570, 300, 580), Line("More text.", 50, 400, 350, 410))]
    assert [[li.text for li in p] for p in drop_running(pages)] == [["Chile 73"], ["More text."]]


def test_body_lines_of_one_shape_at_the_top_of_each_page_stay() -> None:
    """A log whose pages each start with an entry (``Entry 14: …``, ``Entry 27: …``)
    at one height: the lines match by shape, digits read as one symbol, but neither
    repeats a text of another page nor counts with the page.  They went as a running
    header; the header above them, the same on every page, still goes."""
    pages = [_page(Line("The Keeper of Punta Brava", 100, 570, 300, 580),
                   Line(f"Entry {n}: the keeper noted the wind.", 50, 540, 300, 552),
                   Line("Body text of the page.", 50, 400, 350, 410))
             for n in (1, 14, 27, 40)]
    assert [[li.text for li in p] for p in drop_running(pages)] == [
        [f"Entry {n}: the keeper noted the wind.", "Body text of the page."]
        for n in (1, 14, 27, 40)]


@pytest.mark.parametrize("headers", [
    ["Page 1 of 4", "Page 2 of 4", "Page 3 of 4", "Page 4 of 4"],  # counts with the page
    ["Chapter 1", "Chapter 1", "Chapter 2", "Chapter 2"],  # repeats page after page
    ["12 The Keeper", "Chapter 2", "14 The Keeper", "Chapter 2"],  # every other page
])
def test_running_lines_with_numbers_go(headers: list[str]) -> None:
    pages = [_page(Line(h, 100, 570, 300, 580), Line("Body text of the page.", 50, 400, 350, 410))
             for h in headers]
    assert [[li.text for li in p] for p in drop_running(pages)] == \
        [["Body text of the page."]] * 4


def test_a_column_that_starts_each_page_alike_is_body_text() -> None:
    """Two pages whose left column starts with the same sentence at the same height
    (a document that repeats a paragraph), the right column with other text, the
    second page's right column empty: the left column's first lines went as a
    running header, and on the first page the right column, no longer starting
    beside the left, was taken for no column at all.  Beside body text on its row a
    line is body text, on every page; the header above both columns still goes."""
    def page(right: list[str]) -> Page:
        return _page(Line("Amtsblatt", 150, 575, 250, 585),
                     Line("Der Hersteller gibt die", 20, 540, 190, 552),
                     Line("Kennzeichnung an.", 20, 526, 150, 538),
                     *(Line(t, 210, 540 - 14 * i, 380, 552 - 14 * i)
                       for i, t in enumerate(right)),
                     Line("Body text of the page.", 20, 300, 190, 312))
    pages = [page(["Die Behörde prüft", "die Verfahren."]), page([])]
    assert [[li.text for li in p] for p in drop_running(pages)] == [
        ["Der Hersteller gibt die", "Kennzeichnung an.", "Die Behörde prüft",
         "die Verfahren.", "Body text of the page."],
        ["Der Hersteller gibt die", "Kennzeichnung an.", "Body text of the page."]]


_BODY = tuple(Line(f"Line {n} of the leaflet's only page, in the text's size.", 50,
                   500 - 12 * n, 350, 510 - 12 * n) for n in range(6))


@pytest.mark.parametrize(("footer", "goes"), [
    (Line("Vía de la Plata · 1", 50, 30, 150, 40), True),  # the page's number, set apart
    (Line("1 | Guía de Lugo", 50, 30, 150, 40), True),
    (Line("Turismo de Galicia", 50, 30, 130, 38), True),  # smaller than the text
    (Line("The office opens at nine.", 50, 30, 200, 40), False),  # text's size, no number
    (Line("Open from May to October 1", 50, 30, 200, 40), False),  # no separator
    (Line("Figures of 2026, not audited.", 50, 30, 200, 38, note=True), False),  # a note
])
def test_a_one_page_document_s_footer(footer: Line, goes: bool) -> None:
    """A one-page document repeats nothing, so its footer went into the text (and, in
    a two-column page, into a sentence: ``… recorrer en x · 1`` / ``bicicleta.``).  A
    line in the bottom margin below all the text, alone on its row, more than two
    lines below the text and set smaller than it or carrying the page's number set
    apart, is the footer."""
    kept = [li.text for li in drop_running([_page(*_BODY, footer)])[0]]
    assert kept == [li.text for li in _BODY] + ([] if goes else [footer.text])


def test_a_number_line_near_the_text_is_no_footer() -> None:
    """Low on the page but set with the text's line gap: the text goes on there."""
    body = [Line(li.text, li.x0, li.y0 - 380, li.x1, li.y1 - 380) for li in _BODY]
    page = _page(*body, Line("Vía de la Plata · 1", 50, 46, 150, 56))
    assert len(drop_running([page])[0]) == len(page.lines)
