"""Footnotes told by where they stand, whatever their size (pure; :mod:`.pdf` asks).

:mod:`.pdf` takes a line for a note's first when its label matches a mark higher on
the page in larger text: a note set smaller than the text citing it.  pandoc's
default DOCX sets its notes in the body's size, and LibreOffice's PDF of it keeps
that, the labels raised as the calls are: those notes stayed in the body, between the
halves of a paragraph cut by the page break (``El`` / six notes / ``gobierno …``).
So a note is also told by its place: at the foot of a page, below the body and set
apart from it (by a separator rule, which Word, LibreOffice and LaTeX draw, or a gap
of one and a half lines), to the page's end, lines that open with a raised number (or
``*†‡``) matching a call made above it on the page -- or on the page before, not yet
answered there: a note whose call stands on a page's last line is moved whole to the
next page.  Between the notes only lines of the notes' size stand (a note's further
lines); after them, the page's footer.  A label set on the baseline in the note's
size, the note as large as the text (LibreOffice's Arabic notes whose style sizes
only Latin text smaller: ``1الأرقام …``), counts below a separator rule only.  A
list numbered in raised digits, or an exponent at a line's start, is no note: it
answers no call, or stands in the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_SIZE = 0.1  # a note's lines differ in size by less than this share
_APART = 1.5  # without a rule, a gap of this many lines sets the notes apart


@dataclass(frozen=True, slots=True)
class Row:
    """A text line of a page as this rule sees it (PDF points, ``y`` grows upwards)."""

    y0: float
    y1: float
    size: float  # the usual size of its text
    #: the number (or symbol) it opens with, raised above its baseline, else ""
    label: str = ""
    #: the note calls it makes (raised marks after its start), each with its text's size
    calls: tuple[str, ...] = ()
    #: whether its label is raised, or set smaller than the text: a label on the
    #: baseline in the text's size is one only below a separator rule
    raised: bool = True


def _apart(row: Row, above: Sequence[Row], rules: Iterable[float]) -> bool:
    """Whether ``row`` stands apart below the lines ``above`` it: a rule between, or a gap
    (not for a label on the baseline in the text's size, which a paragraph opening
    with a number has too)."""
    if not above:
        return True
    bottom = min(r.y0 for r in above)
    if any(row.y1 <= y <= bottom for y in rules):
        return True
    return row.raised and bottom - row.y1 > _APART * row.size


def _foot(rows: Sequence[Row], size: float, starts: set[int]) -> bool:
    """Whether ``rows`` (top to bottom) hold notes only, then maybe the page's footer:
    each a note's first line (in ``starts``) or a line of the notes' ``size``."""
    same = [i in starts or abs(r.size - size) < _SIZE * size for i, r in enumerate(rows)]
    while same and not same[-1]:
        same.pop()  # a running footer or a page number, in its own size
    return all(same)


def note_starts(rows: Sequence[Row], rules: Iterable[float],
                pending: Iterable[str] = ()) -> tuple[set[int], set[str]]:
    """Which of a page's ``rows`` start footnotes by their place (their indices), and
    the calls made on the page that no note there answers (``pending`` for the next).

    ``rules`` are the heights of the page's horizontal rules; ``pending`` the calls of
    the page before that no note answered there."""
    rules = list(rules)
    order = sorted(range(len(rows)), key=lambda i: -rows[i].y1)
    waiting = set(pending)
    found: set[int] = set()
    for n, i in enumerate(order):
        row = rows[i]
        if not row.label or found:
            continue
        cited = any(row.label in rows[j].calls for j in order[:n])
        if not (cited or row.label in waiting):
            continue
        above = [rows[j] for j in order[:n] if rows[j].y0 >= row.y1 - 0.5 * row.size]
        if not _apart(row, above, rules):
            continue
        below = order[n:]
        starts = _answered(rows, below, order[:n], waiting)
        if i in starts and _foot([rows[j] for j in below],
                                 row.size, {k for k, j in enumerate(below) if j in starts}):
            found = starts
    labels = {rows[i].label for i in found}
    calls = {c for i in order if i not in found for c in rows[i].calls}
    return found, calls - labels


def _answered(rows: Sequence[Row], foot: Sequence[int], body: Sequence[int],
              waiting: set[str]) -> set[int]:
    """The lines of ``foot`` whose labels answer a call of the ``body`` lines (or of
    the page before, ``waiting``), each call answered once."""
    calls = [c for j in body for c in rows[j].calls] + sorted(waiting)
    out: set[int] = set()
    for i in foot:
        if rows[i].label and rows[i].label in calls:
            calls.remove(rows[i].label)
            out.add(i)
    return out
