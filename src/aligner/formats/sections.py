"""The section a unit stands in: the text of the heading above its first sentence.

A document read with its structure (DOCX, ODT, EPUB, HTML, Markdown, PDF) says which
sentences are headings (:attr:`Alignment.src_parts <aligner.model.Alignment.src_parts>`).
An export names, on every unit under a heading, the heading's text (TMX ``prop``,
XLIFF metadata: ``x-src-section``, ``x-tgt-section``), so that whoever reads a memory
or builds a corpus from it knows which chapter a unit comes from.  A heading written
as several sentences in a row (``Chapter 3.`` ``The Harbour``) is named whole; a
unit before the first heading, or of a side with no headings, names none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from aligner.model import Part

#: A heading longer than this is cut at a word and ends with an ellipsis: a section's
#: name, not a paragraph (a reader that took a long bold line for a heading).
MAX_SECTION = 200

# The last side's heading runs, as (parts, run starts, run ends): an export asks for
# one bead after another of one alignment, so the runs are found once a side.
_last: list[tuple[Sequence[Part], list[int], list[int]]] = []


def _runs(parts: Sequence[Part]) -> tuple[list[int], list[int]]:
    """The first and the one-past-last sentence index of each run of heading sentences."""
    cached = _last[0] if _last else None  # read once: another thread may replace it
    if cached is not None and cached[0] is parts:
        return cached[1], cached[2]
    starts: list[int] = []
    ends: list[int] = []
    for k, part in enumerate(parts):
        if part is not Part.HEADING:
            continue
        if ends and ends[-1] == k:
            ends[-1] = k + 1
        else:
            starts.append(k)
            ends.append(k + 1)
    _last[:] = [(parts, starts, ends)]
    return starts, ends


def section_of(sentences: Sequence[str], parts: Sequence[Part],
               indices: Sequence[int]) -> str:
    """The heading that the first of ``indices`` stands under (or is part of), its
    sentences joined by a space and its white space made single; ``""`` for none."""
    if not parts or not indices:
        return ""
    starts, ends = _runs(parts)
    at = bisect_right(starts, indices[0]) - 1
    if at < 0:
        return ""
    text = " ".join(" ".join(sentences[k].split())
                    for k in range(starts[at], min(ends[at], len(sentences))))
    if len(text) > MAX_SECTION:
        cut = text.rfind(" ", 0, MAX_SECTION)
        text = text[:cut if cut > MAX_SECTION // 2 else MAX_SECTION].rstrip() + "\u2026"
    return text
