"""Footnote calls and labels on a PDF page's text lines (pdfminer's, from :mod:`.pdf`):
a call is a digit (or ``*†‡``) set small and raised after the text that cites it; a
note opens with its label, raised as the calls are, or in the note's size on its
baseline; :mod:`.pdffoot` and :mod:`.pdfnotes` decide which lines are notes.  A line
of right-to-left text opens at its right end (:func:`reading`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from aligner.readers.bidi import is_rtl
from aligner.readers.pdffoot import Row
from aligner.readers.pdfscripts import exponent_of


def note_mark(item: Any, line: Any, body: float) -> bool:
    """Whether a glyph is a note's reference mark: a digit (or ``*†‡``) set well
    smaller than the line's text and raised above its baseline (``会议。¹``,
    ``Geneva.¹``).  Left out, as the DOCX and ODT readers leave reference marks out
    of the sentence; the note itself is read after the body (:mod:`.pdfnotes`)."""
    if not mark_text(item.get_text()):
        return False
    size = getattr(item, "size", None)
    if size is None:
        return False
    return bool(size < 0.75 * body and item.y0 > line.y0 + 0.2 * body)


# A note's reference mark found on a page: its text, the bottom of its line, and
# the size of that line's text.
Mark = tuple[str, float, float]


def line_marks(line: Any) -> list[Mark]:
    """The note marks of a text line (:func:`note_mark`), a run of mark glyphs as one
    (``12``); an exponent is none (:func:`~aligner.readers.pdfscripts.exponent_of`)."""
    body = body_size(line)
    found, before = [], ""
    for is_mark, run in itertools.groupby(line, key=lambda item: note_mark(item, line, body)):
        text = "".join(item.get_text() for item in run)
        if is_mark and not exponent_of(before):
            found.append((text, line.y0, body))
        before += text
    return found


def note_label(line: Any, marks: Sequence[Mark]) -> int:
    """How many glyphs at the start of a text line are the label of the footnote it
    starts (with the space after it), else 0.  LibreOffice sets a note's number in
    the note's own size, on its baseline, apart from its text (``1 1868年に…``), so
    the small raised marks that :func:`note_mark` leaves out do not take it.  It is
    the label when a mark of the same number stands higher on the page, in a line
    whose text is larger than this line's: a note's text is set smaller than the
    text that cites it.  A paragraph, a heading or a list item that starts with a
    number (``1 Introduction``, ``3 apples``) is set in the text's size or larger.
    A label wider than the note style's hanging indent (``100`` in pandoc's) touches
    the note's first letter, with no space between (``100Note 100 …``)."""
    from pdfminer.layout import LTChar

    items = reading(line)
    n = 0
    while n < len(items) and isinstance(items[n], LTChar) and mark_text(items[n].get_text()):
        n += 1
    after = items[n].get_text() if 0 < n < len(items) - 1 else ""
    if not (after.isspace() or after.isalpha()):
        return 0
    label, body = "".join(item.get_text() for item in items[:n]), body_size(line)
    if any(text == label and y > line.y1 and body < 0.95 * size for text, y, size in marks):
        return n + 1 if after.isspace() else n
    return 0


def foot_row(line: Any, marks: Sequence[Mark]) -> Row:
    """A text line as :func:`.pdffoot.note_starts` sees it: the raised number it opens
    with (or the label :func:`note_label` found in the note's size, or else a number
    on its baseline, :func:`baseline_label`), and its calls."""
    body = body_size(line)
    items = reading(line)
    n = next((k for k, item in enumerate(items) if not note_mark(item, line, body)), len(items))
    after = items[n].get_text() if n < len(items) else " "
    label = "".join(item.get_text() for item in items[:n])
    if not (n and (after.isspace() or after.isalpha())):
        label = ""
    raised = bool(label) or bool(note_label(line, marks) or label_alone(line, marks))
    if not label and (raised or baseline_label(line)):
        label = "".join(itertools.takewhile(mark_text, (item.get_text() for item in items)))
    calls = [text for text, _, _ in line_marks(line)]
    if n:  # the raised label opens the line: no call
        calls = calls[:-1] if rtl(line) else calls[1:]
    return Row(line.y0, line.y1, body, label, tuple(calls), raised)


def baseline_label(line: Any) -> int:
    """How many glyphs open a text line, in reading order, as a number on the text's
    baseline in the text's size and the space after it (``1الأرقام …``, ``2 The …``),
    else 0: a footnote's label in a note set as large as the text that cites it (an
    Arabic note whose style sizes only Latin text smaller), which only its place
    tells (:func:`.pdffoot.note_starts`: below a separator rule)."""
    from pdfminer.layout import LTChar

    items = reading(line)
    body = body_size(line)
    n = 0
    while (n < len(items) and isinstance(items[n], LTChar) and mark_text(items[n].get_text())
           and not note_mark(items[n], line, body)):
        n += 1
    after = items[n].get_text() if 0 < n < len(items) - 1 else ""
    if not (after.isspace() or after.isalpha()):
        return 0
    return n + 1 if after.isspace() else n


def rtl(line: Any) -> bool:
    """Whether a pdfminer text line reads right to left (:func:`.bidi.is_rtl`)."""
    return is_rtl("".join(item.get_text() for item in line))


def reading(line: Any) -> list[Any]:
    """A pdfminer text line's glyphs (and spaces) from where it starts to be read: a
    right-to-left line's from its right end (:mod:`.pdf` puts such a line's glyphs
    left to right), so that a note's label opens it."""
    items = list(line)
    if not rtl(line):
        return items
    end = _end(items)
    return items[:end][::-1] + items[end:]


def unlabelled(line: Any, skip: int) -> list[Any]:
    """A pdfminer text line's glyphs (and spaces) as they stand, but the first ``skip``
    in reading order (a note's label, :func:`reading`)."""
    items = list(line)
    if not rtl(line):
        return items[skip:]
    end = _end(items)
    return items[:end - skip] + items[end:]


def _end(items: Sequence[Any]) -> int:
    """Where a line's glyphs end: before the line break pdfminer puts after them."""
    end = len(items)
    while end and items[end - 1].get_text() == "\n":
        end -= 1
    return end


def rules(layout: Any) -> list[float]:
    """The heights of a page's horizontal rules (a footnote separator is one)."""
    from pdfminer.layout import LTLine, LTRect

    return [(item.y0 + item.y1) / 2 for item in layout if isinstance(item, (LTLine, LTRect))
            and item.height < 2 and item.width > 20]


def label_alone(line: Any, marks: Sequence[Mark]) -> bool:
    """Whether a text line is a footnote's label alone, set apart from its note (a
    hanging indent, LibreOffice's default): by the rule of :func:`note_label`."""
    label, body = line.get_text().strip(), body_size(line)
    return mark_text(label) and any(
        text == label and y > line.y1 and body < 0.95 * size for text, y, size in marks)


def beside(label: Any, line: Any) -> bool:
    """Whether a text line stands on a label's row, right of it."""
    overlap = min(label.y1, line.y1) - max(label.y0, line.y0)
    return bool(overlap > 0.5 * min(label.height, line.height) and line.x0 >= label.x1)


def mark_text(text: str) -> bool:
    return bool(text) and all(c.isdigit() or c in "*†‡" for c in text)


def body_size(line: Any) -> float:
    """The usual glyph size of a text line (the median of its letters' sizes)."""
    sizes = sorted(c.size for c in line if hasattr(c, "size") and c.get_text().isalnum())
    return sizes[len(sizes) // 2] if sizes else 0.0
