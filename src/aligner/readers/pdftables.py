"""Tables in a PDF's lines (pure; :mod:`.pdflayout` calls it): a cell that wraps, and
a heading row repeated after a page break.

A table's row is pieces of one height set wide apart (its cells), which the layout
reads as one paragraph.  A cell too narrow for its text goes on in the lines below,
the row's other cells empty there; read as lines, its rest was a paragraph of its own
after the row (``4 March 9.5 north-west, 2`` / ``strong``), and a word hyphenated
inside the cell stayed broken (``avista-`` / ``dos``).  Such a line joins the cell
above it: it starts right of the row's first cell (a new row fills its first cell),
each of its pieces lies within one cell's column (from that cell's start to the next
one's), and it stands less than half a line below the row -- or it opens the next
page, right after the row that ended the page before (LibreOffice splits a row at a
page break, and the rest of a cell that wraps goes on there: ``martes a domingo,`` /
``10:00-19:00`` was a paragraph of its own, the hours read as another row's).  The
cell's text and its rest are kept apart by :data:`~.pdflines.CELL_BREAK`, which
:mod:`aligner.lang.linebreaks` decides as a line end (``avista-`` + ``dos`` is
``avistados``).

LibreOffice and Word repeat a table's heading row at the top of each page the table
runs on to; read twice, it was a paragraph that no other format has.  A row that
opens a page (or column) and repeats, text for text, the first row of the table that
ran on to it is left out, as running headers are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from aligner.readers.pdflines import CELL_BREAK, Line, Placed
from aligner.readers.pdflists import lone_label


def _is_row(row: Sequence[Placed]) -> bool:
    """Whether the pieces of one row are a table's cells: two or more, set wide apart."""
    pieces = sorted((p.line for p in row), key=lambda li: li.x0)
    if lone_label(pieces[0].text):
        return False  # a list's label, hanging apart from its item's text
    return len(pieces) > 1 and any(
        b.x0 - a.x1 > 1.5 * min(a.height, b.height) for a, b in itertools.pairwise(pieces))


def _cell_of(row: Sequence[Placed], piece: Line) -> int | None:
    """The index in ``row`` of the cell whose column holds ``piece``: from the cell's
    start to the next cell's (the last one's to the edge of the page's column)."""
    starts = sorted(p.line.x0 for p in row)
    for i, cell in enumerate(row):
        end = next((x for x in starts if x > cell.line.x0), cell.right)
        if cell.line.x0 - 0.5 * cell.line.height <= piece.x0 and piece.x1 <= end:
            return i
    return None


def _wraps(above: Sequence[Placed], row: Sequence[Placed], opens_page: bool
           ) -> list[int] | None:
    """For each piece of ``row``, the cell of the table row ``above`` that it goes on
    with, or None when ``row`` is no such line.  ``opens_page``: ``row`` is the first of
    its page."""
    first = min(above, key=lambda p: p.line.x0)
    page = row[0].page
    broke = opens_page and page == above[-1].page + 1  # the page broke inside the row
    if (not _is_row(above) or (page != above[-1].page and not broke)
            or any(p.page != page or p.column != first.column for p in row)):
        return None
    h = min(p.line.height for p in above)
    gap = min(p.line.y0 for p in above) - max(p.line.y1 for p in row)
    if not broke and not -0.5 * h < gap < 0.5 * h:
        return None  # a line below the row, not the rest of the row opening a page
    if min(p.line.x0 for p in row) <= first.line.x1:
        return None
    cells = [_cell_of(above, p.line) for p in row]
    return None if None in cells else [c for c in cells if c is not None]


def wrapped_cells(rows: Sequence[Sequence[Placed]]) -> list[list[Placed]]:
    """``rows`` (the pieces of each, left to right) with the lines that go on with a
    cell of the table row above them joined to that cell (the module docstring)."""
    out: list[list[Placed]] = []
    for n, row in enumerate(rows):
        opens_page = n > 0 and rows[n - 1][0].page != row[0].page
        cells = _wraps(out[-1], row, opens_page) if out else None
        if cells is None:
            out.append(list(row))
            continue
        above = out[-1]
        for i, piece in zip(cells, row, strict=True):
            a, b = above[i].line, piece.line
            line = Line(f"{a.text}{CELL_BREAK}{b.text}", min(a.x0, b.x0), min(a.y0, b.y0),
                        max(a.x1, b.x1), a.y1, a.cells or b.cells, a.note)
            above[i] = replace(above[i], line=line)
    return out


def repeated_headings(lines: Sequence[Placed]) -> list[Placed]:
    """``lines`` (in reading order) without the repeats of a table's first row that open
    a page or a column the table runs on to."""
    out: list[Placed] = []
    first: str | None = None  # the first row of the table being read
    for p in lines:
        prev = out[-1] if out else None
        if not p.line.cells:
            first = None
        elif prev is None or not prev.line.cells:
            first = p.line.text
        elif (p.page, p.column) != (prev.page, prev.column) and p.line.text == first:
            continue
        out.append(p)
    return out
