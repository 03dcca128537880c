"""The section a unit stands in: the text of the heading above its first sentence.

A document read with its structure (DOCX, ODT, EPUB, HTML, Markdown, PDF) says which
sentences are headings (:attr:`Alignment.src_parts <aligner.model.Alignment.src_parts>`).
An export names, on every unit under a heading, the heading's text (TMX ``prop``,
XLIFF metadata: ``x-src-section``, ``x-tgt-section``), so that whoever reads a memory
or builds a corpus from it knows which chapter a unit comes from.  A heading written
as several sentences in a row (``Chapter 3.`` ``The Harbour``, one paragraph) is named
whole; two headings in a row, each a paragraph of its own (a title, then its first
section's heading), are two: a unit names the nearest, the one it stands right under.
A unit before the first heading, or of a side with no headings, names none, and so does
a unit in a document's footnotes or endnotes: where its mark stands is not known, and
the heading last read above it is that of another text (the export says it is a note:
:func:`note_of`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from aligner.model import Part

#: A heading longer than this is cut at a word and ends with an ellipsis: a section's
#: name, not a paragraph (a reader that took a long bold line for a heading).
MAX_SECTION = 200

#: The notes a unit may stand in, which an export names (``x-src-part``: ``footnote``).
NOTES = (Part.FOOTNOTE, Part.ENDNOTE)

# The last side's heading runs, as (parts, paragraph starts, run starts, run ends): an
# export asks for one bead after another of one alignment, so the runs are found once
# a side.
_last: list[tuple[Sequence[Part], Collection[int], list[int], list[int]]] = []


def _runs(parts: Sequence[Part], paragraphs: Collection[int]) -> tuple[list[int], list[int]]:
    """The first and the one-past-last sentence index of each run of heading sentences,
    a run cut where a paragraph starts (``paragraphs``: the indices opening one)."""
    cached = _last[0] if _last else None  # read once: another thread may replace it
    if cached is not None and cached[0] is parts and cached[1] is paragraphs:
        return cached[2], cached[3]
    starts: list[int] = []
    ends: list[int] = []
    for k, part in enumerate(parts):
        if part is not Part.HEADING:
            continue
        if ends and ends[-1] == k and k not in paragraphs:
            ends[-1] = k + 1
        else:
            starts.append(k)
            ends.append(k + 1)
    _last[:] = [(parts, paragraphs, starts, ends)]
    return starts, ends


def note_of(parts: Sequence[Part], indices: Sequence[int]) -> str:
    """``footnote`` or ``endnote`` when the first of ``indices`` is in a document's notes,
    else ``""``."""
    if not indices or indices[0] >= len(parts) or parts[indices[0]] not in NOTES:
        return ""
    return parts[indices[0]].value


def section_of(sentences: Sequence[str], parts: Sequence[Part],
               indices: Sequence[int], paragraphs: Collection[int] = frozenset()) -> str:
    """The heading that the first of ``indices`` stands under (or is part of), its
    sentences joined by a space and its white space made single; ``""`` for none and for
    a unit in the notes.  ``paragraphs``: the sentence indices that open a paragraph
    (:attr:`Alignment.src_paragraph_starts <aligner.model.Alignment.src_paragraph_starts>`),
    which part two headings in a row."""
    if not parts or not indices or note_of(parts, indices):
        return ""
    starts, ends = _runs(parts, paragraphs)
    at = bisect_right(starts, indices[0]) - 1
    if at < 0:
        return ""
    text = " ".join(" ".join(sentences[k].split())
                    for k in range(starts[at], min(ends[at], len(sentences))))
    if len(text) > MAX_SECTION:
        cut = text.rfind(" ", 0, MAX_SECTION)
        text = text[:cut if cut > MAX_SECTION // 2 else MAX_SECTION].rstrip() + "\u2026"
    return text
