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

Where a table's cells are padded, its rows stand further apart than the lines of a
cell that wraps, and the spacing tells them, where the rule above cannot: a heading
row whose every cell wraps (no cell empty on its second line), a cell that wraps in
the first column (``Kinder von 6`` / ``bis 11 Jahren`` read as two rows).  When the
gaps between a table's lines fall in two sets, some a cell's line gap and two or more
clearly wider, a line at the narrow gap goes on in its row (each piece in a cell's
column), and a line at the wide one is a row, its first cell empty or not.  A line
just above the table's first row at the narrow gap is the top of its cells: a
heading row set at its foot has its one cell of two lines start a line above the
others (``Maximum`` / ``Patient group Body weight Dose daily dose``).  A table whose
cells have no padding keeps the rule above.  A word too long for its cell is broken
at the cell's edge with no hyphen (``Patientengrup`` / ``pe``): where a cell's line
is one word and as wide, to a letter, as the widest line that starts where it does,
the join is :data:`~.pdflines.CELL_CUT`, and the word is whole again where the
document or the word list knows it (:meth:`aligner.lang.linebreaks.Breaks.cut`).

LibreOffice and Word repeat a table's heading row at the top of each page the table
runs on to; read twice, it was a paragraph that no other format has.  A row that
opens a page (or column) and repeats, text for text, the first row of the table that
ran on to it is left out, as running headers are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from aligner.readers.pdflines import CELL_BREAK, CELL_CUT, HEADING, Line, Placed
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


def _wraps(above: Sequence[Placed], row: Sequence[Placed], opens_page: bool,
           close: bool | None) -> list[int] | None:
    """For each piece of ``row``, the cell of the table row ``above`` that it goes on
    with, or None when ``row`` is no such line.  ``opens_page``: ``row`` is the first of
    its page; ``close``: whether ``row`` stands as close to ``above`` as a cell's lines
    stand together, or as far as the table's rows stand apart (None: the table's gaps
    do not tell, :func:`_spacing`)."""
    first = min(above, key=lambda p: p.line.x0)
    page = row[0].page
    broke = opens_page and page == above[-1].page + 1  # the page broke inside the row
    if (close is False or not (close or _is_row(above))
            or (page != above[-1].page and not broke)
            or any(p.page != page or p.column != first.column for p in row)):
        return None
    h = min(p.line.height for p in above)
    if close is None:
        if not broke and not -0.5 * h < _gap(above, row) < 0.5 * h:
            return None  # a line below the row, not the rest of the row opening a page
        if min(p.line.x0 for p in row) <= first.line.x1:
            return None  # a new row fills its first cell
    cells = [_cell_of(above, p.line) for p in row]
    return None if None in cells else [c for c in cells if c is not None]


def _gap(above: Sequence[Placed], row: Sequence[Placed]) -> float:
    return min(p.line.y0 for p in above) - max(p.line.y1 for p in row)


def _tables(rows: Sequence[Sequence[Placed]]) -> list[tuple[range, int]]:
    """The runs of ``rows`` that are one table on one page and column, each with the
    index of its first table row: the lines above that row that may be the tops of its
    cells, the row, and each line below that stands less than a line below the one
    before it and whose pieces each lie in a cell's column of the last table row above
    it (a row whose cells stand too close to pass for a table's, among them)."""
    out: list[tuple[range, int]] = []
    n = 0
    while n < len(rows):
        if not _is_row(rows[n]):
            n += 1
            continue
        head, start, m = rows[n], n, n + 1
        while (start > (out[-1][0].stop if out else 0)
               and _in(head, rows[start - 1], rows[start], rows[start - 1])
               and not _larger(rows[start - 1], rows[start])):
            start -= 1
        while m < len(rows) and _in(head, rows[m - 1], rows[m], rows[m]):
            head = rows[m] if _is_row(rows[m]) else head
            m += 1
        out.append((range(start, m), n))
        n = m
    return out


def _larger(above: Sequence[Placed], row: Sequence[Placed]) -> bool:
    """Whether the line ``above`` is set larger than ``row`` (a heading over the table,
    ``4. Figures at a glance`` in 13 pt over 12 pt cells): no top of its cells, which
    are set in one size."""
    return (min(p.line.height for p in above)
            > HEADING * max(p.line.height for p in row))


def _in(head: Sequence[Placed], above: Sequence[Placed], row: Sequence[Placed],
        new: Sequence[Placed]) -> bool:
    """Whether two lines, ``above`` and ``row`` less than a line below it, are of the
    table of the row ``head`` on its page and column, the line ``new`` (one of them)
    within its cells' columns."""
    h = min(p.line.height for p in above)
    return (all((p.page, p.column) == (head[0].page, head[0].column) for p in [*above, *row])
            and -0.5 * h < _gap(above, row) < h
            and all(_cell_of(head, p.line) is not None for p in new))


# How far the gaps between a table's lines may differ, in a line's height, and be one
# spacing (pdfminer's positions are rounded to a tenth of a point or so) ...
_SAME = 0.1
# ... and how much further apart the rows must stand than a cell's lines to be told
# from them: a cell's padding, above and below its text.
_APART = 0.2


def _spacing(rows: Sequence[Sequence[Placed]], table: range, first: int) -> dict[int, bool]:
    """For each line of ``table`` after its first, whether it stands as close to the
    line above as the lines of one cell stand together (True) or as far as the table's
    rows stand apart (False) -- empty when the gaps below the table's ``first`` row do
    not fall in two such sets: two or more apart by ``_APART`` more than the closest
    lines (there, or a line above the first row and the row), every other gap within
    ``_SAME`` of those.  A cell's padding sets a table's rows further apart than the
    lines of a cell that wraps; a table whose cells have none cannot tell them.  The
    gaps between the lines above the first row are no evidence: they may be the
    paragraphs before the table."""
    h = min(p.line.height for n in table for p in rows[n])
    gaps = {n: _gap(rows[n - 1], rows[n]) for n in table[1:]}
    below = [g for n, g in gaps.items() if n > first]
    if not below:
        return {}
    least = min(below + [gaps[n] for n in (first,) if n in gaps])
    far = [g for g in below if g > least + _SAME * h]
    if len(far) < 2 or min(far) < least + _APART * h:
        return {}
    return {n: g <= least + _SAME * h for n, g in gaps.items()}


def _at_edge(rows: Sequence[Sequence[Placed]], table: range) -> set[tuple[int, int]]:
    """The pieces of ``table`` (row, index) that reach their cell's right edge: as wide,
    to a letter, as the widest piece that starts where they do (a column's cells)."""
    pieces = [(n, i, p.line) for n in table for i, p in enumerate(rows[n])]
    out: set[tuple[int, int]] = set()
    for n, i, line in pieces:
        edge = max(o.x1 for _, _, o in pieces if abs(o.x0 - line.x0) < 0.5 * line.height)
        letter = (line.x1 - line.x0) / max(len(line.text), 1)
        if line.x1 >= edge - letter:
            out.add((n, i))
    return out


def _centred(rows: Sequence[Sequence[Placed]]) -> list[list[Placed]]:
    """``rows`` with a cell that wraps beside cells set vertically centred made one
    row: the centred cells stand half a line lower, across the gap between the
    wrapped cell's lines, and read as a row of their own between them (``Spindle
    motor output (continuous`` / ``kW 7.5`` / ``rating)``, and the cell's rest went on
    with them: ``kW 7.5 rating)``); the rule of the module docstring, the row's other
    cells empty beside the rest, does not hold there.  A line is such cells when it
    overlaps the lines above and below it, all three in one column of a page, the
    one below less than half a line below the one above and starting where it
    does, and each of its pieces right of both; the line below then goes on with
    the cells of the line above (each of its pieces within one's column), as
    :func:`wrapped_cells` joins a cell's rest."""
    out = [list(row) for row in rows]
    n = 1
    while n + 1 < len(out):
        above, mid, below = out[n - 1], out[n], out[n + 1]
        h = min(p.line.height for p in [*above, *below])
        place = {(p.page, p.column) for p in [*above, *mid, *below]}
        if (len(place) == 1
                and min(p.line.x0 for p in mid) > max(p.line.x1 for p in [*above, *below])
                and all(_overlap(mid, other) > 0 for other in (above, below))
                and -0.5 * h < _gap(above, below) < 0.5 * h
                and abs(min(p.line.x0 for p in above) - min(p.line.x0 for p in below))
                < 0.5 * h):
            row = sorted([*above, *mid], key=lambda p: p.line.x0)
            cells = [_cell_of(row, p.line) for p in below]
            if None not in cells:
                for i, piece in zip(cells, below, strict=True):
                    if i is not None:
                        row[i] = replace(row[i], line=_joined(row[i].line, piece.line,
                                                              False))
                out[n - 1:n + 2] = [row]
        n += 1
    return out


def _overlap(a: Sequence[Placed], b: Sequence[Placed]) -> float:
    """How far the lines ``a`` and ``b`` share a height (negative: apart)."""
    return (min(max(p.line.y1 for p in a), max(p.line.y1 for p in b))
            - max(min(p.line.y0 for p in a), min(p.line.y0 for p in b)))


def wrapped_cells(rows: Sequence[Sequence[Placed]]) -> list[list[Placed]]:
    """``rows`` (the pieces of each, left to right) with the lines that go on with a
    cell of the table row above them joined to that cell, and the lines above a
    table's row that are the tops of its cells joined to them (the module docstring),
    cells set centred beside a cell that wraps first put in its row (:func:`_centred`)."""
    rows = _centred(rows)
    close: dict[int, bool] = {}
    edge: set[tuple[int, int]] = set()
    tops: set[int] = set()  # the lines above a table's first row
    for table, first in _tables(rows):
        close.update(_spacing(rows, table, first))
        edge |= _at_edge(rows, table)
        tops.update(range(table.start, first))

    def cut(at: tuple[int, int]) -> bool:
        # a word too long for its cell, cut where the cell ended (LibreOffice breaks
        # it with no hyphen): the join decides (:data:`.pdflines.CELL_CUT`)
        return at in edge and " " not in rows[at[0]][at[1]].line.text.strip()

    out: list[list[Placed]] = []
    tails: list[list[tuple[int, int]]] = []  # each cell's last line, as (row, index)
    starts: list[int] = []  # each row's first line
    for n, row in enumerate(rows):
        opens_page = n > 0 and rows[n - 1][0].page != row[0].page
        # the spacing tells a wrapped cell below the table's first row (above it, the
        # tops of its cells join it, below)
        spacing = close.get(n) if n - 1 not in tops else None
        cells = _wraps(out[-1], row, opens_page, spacing) if out else None
        if cells is not None:
            above, tail = out[-1], tails[-1]
            for k, (i, piece) in enumerate(zip(cells, row, strict=True)):
                above[i] = replace(above[i], line=_joined(above[i].line, piece.line,
                                                          cut(tail[i])))
                tail[i] = (n, k)
            continue
        merged, top = list(row), n
        # lines as close above a table's row as a cell's lines stand together are the
        # tops of its cells (a heading row whose cells sit at its foot, ``Maximum`` /
        # ``daily dose``)
        while (out and starts[-1] == top - 1 and top - 1 in tops and close.get(top)
               and None not in (ups := [_cell_of(row, p.line) for p in out[-1]])):
            for k, (j, piece) in enumerate(zip(ups, out.pop(), strict=True)):
                if j is not None:
                    merged[j] = replace(merged[j], line=_joined(piece.line, merged[j].line,
                                                                cut((top - 1, k))))
            tails.pop()
            starts.pop()
            top -= 1
        out.append(merged)
        tails.append([(n, i) for i in range(len(row))])
        starts.append(top)
    return out


def _joined(a: Line, b: Line, cut: bool) -> Line:
    """A cell's line ``a`` and the line ``b`` below it as one; ``cut``: ``a`` may end in
    a word that the cell's edge cut."""
    return Line(f"{a.text}{CELL_CUT if cut else CELL_BREAK}{b.text}", min(a.x0, b.x0),
                min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1), a.cells or b.cells,
                a.note)


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
