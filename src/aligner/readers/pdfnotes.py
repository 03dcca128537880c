"""Footnotes out of a PDF's body (pure; :mod:`.pdflayout` reads them after the body).

A footnote stands at the foot of its page, so on the page it falls between the last
line of one page and the first of the next, where a paragraph running on from page to
page was cut in two (``Seine Möbel hatte er`` / note / ``mitgenommen, …``).  And the
page breaks of a translation fall elsewhere: read where they stand, the notes of two
languages come in different places, which an alignment, monotone, cannot pair.  The
DOCX, ODT and EPUB readers read notes after the body; so does the PDF reader, for the
notes it recognises.

The reader (:mod:`.pdf`) marks the line that starts a note: the one whose label it
left out, a number matched by a raised mark higher on the page in larger text, or a
raised number answering a call at the page's foot, whatever its size (:mod:`.pdffoot`).  The
note goes on in the lines below it in its column, of its size, each less than a
line's height below the last; their indent (a hanging one, under the note's text
rather than its label) starts no paragraph.  A table's row ends it.  A note too long
for the foot of its page goes on at the foot of the next, without a label: lines of
the note's size there, apart below the page's text and before its own notes, are the
note's rest when its last line ended no sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.readers.pdflines import Placed, ends_sentence

_SIZE = 0.1  # a note's lines differ in height by less than this share (10 and 12 pt do by 0.2)


def _goes_on(note: Sequence[Placed], p: Placed) -> bool:
    """Whether line ``p`` goes on with the note whose lines so far are ``note``."""
    first, last = note[0].line, note[-1].line
    return (p.page == note[-1].page and p.column == note[-1].column and not p.line.cells
            and abs(p.line.height - first.height) < _SIZE * first.height
            and last.y0 - last.height < p.line.y1 <= last.y1 - 0.5 * last.height)


def _carried_over(body: Sequence[Placed], note: Sequence[Placed]) -> int:
    """How many lines at the end of ``body`` are the rest of ``note``, carried over to
    the foot of the next page: lines of the note's size standing apart below the
    page's text (or all there is of it), when the note's last line ends no sentence."""
    if not body or ends_sentence(note[-1].line.text):
        return 0
    end, size = body[-1], note[0].line.height
    n = 0
    while (n < len(body) and (p := body[-1 - n]).page == end.page
           and p.column == end.column and not p.line.cells
           and abs(p.line.height - size) < _SIZE * size):
        n += 1
    if n == 0 or end.page != note[-1].page + 1:
        return 0
    if n < len(body) and (above := body[-1 - n]).page == end.page:
        top = body[-n].line
        if above.column == end.column and above.line.y0 - top.y1 < 0.5 * size:
            return 0  # it goes on from the text above it: the page's own small print
    return n


def split_notes(placed: Sequence[Placed]) -> tuple[list[Placed], list[list[Placed]]]:
    """The lines of the body, and those of each footnote, all in reading order."""
    body: list[Placed] = []
    notes: list[list[Placed]] = []
    reading: list[Placed] | None = None  # the note being read

    def carry() -> None:
        if notes and (n := _carried_over(body, notes[-1])):
            notes[-1].extend(body[-n:])
            del body[-n:]

    for p in placed:
        if body and p.page != body[-1].page:
            carry()  # a page without notes of its own ends
        if p.line.note and not p.line.cells:
            carry()
            reading = [p]
            notes.append(reading)
        elif reading is not None and _goes_on(reading, p):
            reading.append(p)
        else:
            reading = None
            body.append(p)
    carry()
    return body, notes
