"""The positioned text lines of PDF pages, which :mod:`.pdf` makes and :mod:`.pdflayout` lays
out (pure geometry, no pdfminer)."""

from __future__ import annotations

from dataclasses import dataclass

#: In a line's text: a cell of a table's row goes on in the line below there
#: (:mod:`.pdftables`); the break is decided as a line end is (:mod:`aligner.lang.linebreaks`).
CELL_BREAK = "\n"
#: As :data:`CELL_BREAK`, where the cell's line above reached the cell's right edge with
#: one word: a word too long for the cell may go on below, cut with no hyphen
#: (``Patientengrup`` / ``pe``); :meth:`aligner.lang.linebreaks.Breaks.cut` decides.
CELL_CUT = "\r"
#: A line this many times the usual height is set larger: a heading (a bare number so
#: set is no page number).
BIG = 1.15
#: A line this many times as tall as the one after it is set in a larger size: a
#: heading set a little larger than the text (13 pt over 12 pt, 1.08 times) keeps its
#: number (no list's label) and is no top of a table's cells below it.  A line's
#: height is its font's size, one for every line of one size.
HEADING = 1.05
_FINAL = ".!?…:\"'”’»)]。！？」』）"  # and the CJK stops and closers


@dataclass(frozen=True, slots=True)
class Line:
    """One text line: its text and box in PDF points (``y`` grows upwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    cells: bool = False  # pieces of one row set wide apart: a table's row, its own paragraph
    note: bool = False  # starts a footnote: the reader found (and left out) its label
    #: the widths of the spaces between the words of the line, left to right: a
    #: justified line's are all one width, which is how :mod:`.pdflayout` tells its
    #: pieces from a table's cells
    spaces: tuple[float, ...] = ()
    #: blank room at the box's start and end: a space's glyph the line starts or ends
    #: with (LibreOffice draws spaces), which the gaps between pieces leave out
    lead: float = 0.0
    trail: float = 0.0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Placed:
    """A line in reading order: its page, its column there and the column's bounds."""

    line: Line
    page: int
    column: int  # 0 spans the page, 1 left, 2 right
    left: float  # the column's bounds on this page
    right: float


def same_row(a: Line, b: Line) -> bool:
    """Whether two boxes share more than half the height of the lower one."""
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.height, b.height)


def apart(a: Line, b: Line) -> float:
    """The horizontal distance between two boxes (negative where they overlap)."""
    return max(a.x0, b.x0) - min(a.x1, b.x1)


def full(p: Placed, ems: float = 2.0) -> bool:
    """Whether the line reaches the right margin (less than ``ems`` of its height, or
    8 % of the column, short of it)."""
    return p.line.x1 >= p.right - max(ems * p.line.height, 0.08 * (p.right - p.left))


def ends_sentence(text: str) -> bool:
    """Whether a line's text ends as a sentence does (a stop, a closing quote)."""
    return bool(text.strip()) and text.rstrip()[-1] in _FINAL
