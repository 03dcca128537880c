"""Footnotes out of a PDF's body (pure; :mod:`.pdflayout` reads them after the body).

A footnote stands at the foot of its page, so on the page it falls between the last
line of one page and the first of the next, where a paragraph running on from page to
page was cut in two (``Seine Möbel hatte er`` / note / ``mitgenommen, …``).  And the
page breaks of a translation fall elsewhere: read where they stand, the notes of two
languages come in different places, which an alignment, monotone, cannot pair.  The
DOCX, ODT and EPUB readers read notes after the body; so does the PDF reader, for the
notes it recognises.

The reader (:mod:`.pdf`) marks the line that starts a note: the one whose label it
left out, a number matched by a raised mark higher on the page in larger text.  The
note goes on in the lines below it in its column, of its size, each less than a
line's height below the last; their indent (a hanging one, under the note's text
rather than its label) starts no paragraph.  A table's row ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.readers.pdflines import Placed

_SIZE = 0.2  # a note's lines differ in height by less than this share


def _goes_on(note: Sequence[Placed], p: Placed) -> bool:
    """Whether line ``p`` goes on with the note whose lines so far are ``note``."""
    first, last = note[0].line, note[-1].line
    return (p.page == note[-1].page and p.column == note[-1].column and not p.line.cells
            and abs(p.line.height - first.height) <= _SIZE * first.height
            and last.y0 - last.height < p.line.y1 <= last.y1 - 0.5 * last.height)


def split_notes(placed: Sequence[Placed]) -> tuple[list[Placed], list[list[Placed]]]:
    """The lines of the body, and those of each footnote, all in reading order."""
    body: list[Placed] = []
    notes: list[list[Placed]] = []
    reading: list[Placed] | None = None  # the note being read
    for p in placed:
        if p.line.note and not p.line.cells:
            reading = [p]
            notes.append(reading)
        elif reading is not None and _goes_on(reading, p):
            reading.append(p)
        else:
            reading = None
            body.append(p)
    return body, notes
