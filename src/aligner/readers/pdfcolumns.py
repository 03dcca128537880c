"""Which lines of a PDF page are set in two columns (pure; :mod:`.pdflayout` calls it).

A page may be in columns only in part: a title, a two-column section, then a
paragraph or a boxed notice across the page, a footer (LibreOffice's sections).  So
the page is cut into bands at the lines that cross its gutter (an x in the middle
third of the text area that most lines leave free), and each band is judged alone;
before, one band with text on one side only (the footer below the full-width
paragraph) made the whole page one column, read across the gutter line by line.

In a band, lines of one side set wholly above the other side's first line (a
heading over the left column) are read first, across the page; lines of one side
set below a gap under the other side's last line, when the two columns end level
(a balanced section, then a heading), are read last.  What is left is in two
columns when both sides hold text, start together and read as running text: at
least half of a side's lines reach to within a quarter of its width from its right
edge, and no strip inside a side is left free by all its lines (:func:`_split`).
A table's columns leave a gutter free too, but its rows are read across
(:mod:`.pdftables`): its cell columns leave such strips, and a gutter wider than
the left side is a table's too.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from aligner.readers.pdflines import Line, same_row

# A column of running text: this share of its lines reach near its right edge ...
_FULL_SHARE = 0.5
# ... that is, to within this share of the column's width (ragged-right text too).
_RAGGED = 0.25
# Columns of prose so many rows long, of so many words a row (a median), read across
# the page: a doubt to tell.
_DOUBT_ROWS = 3
_PROSE_WORDS = 4


def gutter(lines: Sequence[Line]) -> float | None:
    """An x in the middle third of the text area crossed by the fewest lines, with
    text on both sides of it (three lines left of it, one right: a text's end run on
    from the left column may be its right column)."""
    if len(lines) < 6:
        return None
    lo, hi = min(li.x0 for li in lines), max(li.x1 for li in lines)
    best: tuple[int, float] | None = None
    steps = 60
    for i in range(steps + 1):
        x = lo + (hi - lo) * (1 / 3 + i / (3 * steps))
        crossing = sum(li.x0 < x < li.x1 for li in lines)
        left = sum(li.x1 <= x for li in lines)
        right = sum(li.x0 >= x for li in lines)
        if left >= 3 and right >= 1 and (best is None or crossing < best[0]):
            best = (crossing, x)
    return None if best is None else best[1]


def columns(order: Sequence[Line]) -> tuple[list[tuple[Line, int]], float | None, bool]:
    """The lines of a page (top to bottom) in reading order, each with its column (0
    across the page, 1 left, 2 right), the gutter (None when no band is in columns),
    and whether the order of some band is in doubt (:func:`_band`)."""
    x = gutter(order)
    if x is None:
        return [(li, 0) for li in order], None, False
    out: list[tuple[Line, int]] = []
    doubt = False
    bands: list[list[Line]] = [[]]
    for li in order:
        if li.x0 < x < li.x1:
            bands.append([li])  # a line across the gutter, a band of its own
            bands.append([])
        else:
            bands[-1].append(li)
    for band in bands:
        read, doubtful = _band(band, x) if band else ([], False)
        out += read
        doubt = doubt or doubtful
    return out, (x if any(c for _, c in out) else None), doubt


def _band(band: Sequence[Line], x: float) -> tuple[list[tuple[Line, int]], bool]:
    """A band's lines in reading order with their columns (the module docstring), and
    whether its order is in doubt: read as one column, a side leaving a strip free or
    the gutter wide, though each side reads as prose (:func:`_prose`): three columns."""
    across = [(li, 0) for li in band]
    left = [li for li in band if li.x1 <= x]
    right = [li for li in band if li.x0 >= x]
    if not left or not right:
        return across, False
    top = min(max(li.y1 for li in left), max(li.y1 for li in right))
    above = [li for li in band if li.y0 >= top]
    rest = [li for li in band if li.y0 < top]
    left = [li for li in rest if li.x1 <= x]
    right = [li for li in rest if li.x0 >= x]
    if not left or not right:
        return across, False
    below = _below(left, right) or _below(right, left)
    left = [li for li in left if li not in below]
    right = [li for li in right if li not in below]
    h = statistics.median(li.height for li in rest)
    if abs(max(li.y1 for li in left) - max(li.y1 for li in right)) > 2 * h:
        return across, False
    if not (_full(left)[1] and _full(right)[1]):
        return across, False
    width = max(li.x1 for li in left) - min(li.x0 for li in left)
    if (min(li.x0 for li in right) - max(li.x1 for li in left) > width
            or _split(left) is not None or _split(right) is not None):
        return across, _prose(left) and _prose(right)
    return ([(li, 0) for li in above] + [(li, 1) for li in left] + [(li, 2) for li in right]
            + [(li, 0) for li in below]), False


def _below(side: Sequence[Line], other: Sequence[Line]) -> list[Line]:
    """The last lines of ``side`` that stand below ``other``'s last line after a gap
    wider than ``side``'s line gaps, when ``side``'s line before that gap ends level
    with ``other`` (within one and a half lines): what follows a balanced two-column
    section (a heading, a footer), not a column that runs on down the page."""
    bottom = min(li.y0 for li in other)
    lines = sorted(side, key=lambda li: -li.y1)
    gaps = [a.y0 - b.y1 for a, b in itertools.pairwise(lines)]
    usual = statistics.median(gaps) if gaps else 0.0
    for i, (a, b) in enumerate(itertools.pairwise(lines)):
        if (b.y1 <= bottom and abs(a.y0 - bottom) <= 1.5 * a.height
                and a.y0 - b.y1 > usual + 0.5 * a.height):
            return lines[i + 1:]
    return []


def _full(side: Sequence[Line]) -> tuple[int, bool]:
    """How many rows a side of a band has, and whether at least half of them reach to
    within a quarter of the side's width from its right edge (running text does)."""
    rows: list[list[Line]] = []
    for li in sorted(side, key=lambda li: (-li.y1, li.x0)):
        if rows and same_row(rows[-1][0], li):
            rows[-1].append(li)
        else:
            rows.append([li])
    lo = min(li.x0 for li in side)
    hi = max(li.x1 for li in side)
    reach = hi - _RAGGED * (hi - lo)
    return len(rows), sum(max(li.x1 for li in row) >= reach
                          for row in rows) >= _FULL_SHARE * len(rows)


def _split(side: Sequence[Line]) -> float | None:
    """Where the lines of a side leave a vertical strip free inside it (half a line
    wide or more), text on both sides of it, or None: a table's cell columns do, a
    column of running text does not (some line of it crosses every x, however
    justifying cut its other lines into pieces)."""
    reach: float | None = None
    for li in sorted(side, key=lambda li: li.x0):
        if reach is not None and li.x0 - reach > 0.5 * li.height:
            return li.x0
        reach = li.x1 if reach is None else max(reach, li.x1)
    return None


def _prose(side: Sequence[Line]) -> bool:
    """Whether a side reads as columns of prose, split where it leaves a strip free
    (a third column): each part three rows or more, most of them full, of four words
    or more (a table's cells, which also leave strips, hold a word or two)."""
    at = _split(side)
    parts = [side] if at is None else [[li for li in side if li.x1 <= at],
                                       [li for li in side if li.x0 >= at]]
    for part in parts:
        if not part:
            return False
        rows, full = _full(part)
        words = statistics.median(len(li.text.split()) for li in part)
        if rows < _DOUBT_ROWS or not full or words < _PROSE_WORDS:
            return False
    return True
