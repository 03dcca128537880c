"""Regions of a pair that are aligned apart: the body with the body, the notes with the notes.

Readers of structured formats put a document's footnotes and endnotes after its body
(:class:`aligner.model.Part`).  Aligned as one list, a body sentence may be paired with
a note: where a translator left out the bibliography that ends the body, its entries
were paired with the first footnotes, which cite the same books (``Bengoa, José.`` with
``Cf. Bengoa, José.``).  So when *both* sides end with notes, each side is cut where its
notes begin and the pieces are aligned region by region; the notes follow the body on
both sides, so the joined beads are still in order and cover every sentence once.

When only one side has notes, the pair is aligned whole, as before: the other side may
hold the same notes as body text (a PDF whose footnotes were not recognised, a plain
text), and there they would have nothing to be aligned with.  Footnotes and endnotes are
one region, unless both sides have both: then three (body, footnotes, endnotes).

A region's starts are sentence indices, one per region after the first (the body), as
many on each side; no starts is one region, the whole pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.align.options import Progress
from aligner.model import Part

#: The parts that make a side's notes region.
NOTE_PARTS = frozenset({Part.FOOTNOTE, Part.ENDNOTE})


def _note_starts(parts: Sequence[Part]) -> tuple[int, int | None] | None:
    """Where the run of notes that ends the side begins, and where its endnotes begin
    when footnotes come before them (None: no footnotes then endnotes); None when the
    side does not end with notes, or is notes alone (no body to keep apart)."""
    first = len(parts)
    while first > 0 and parts[first - 1] in NOTE_PARTS:
        first -= 1
    if first == 0 or first == len(parts):
        return None
    end = len(parts)
    while end > first and parts[end - 1] is Part.ENDNOTE:
        end -= 1
    # footnotes, then endnotes only; endnotes among footnotes make one region of notes
    if end == first or end == len(parts) or Part.ENDNOTE in parts[first:end]:
        return first, None
    return first, end


def note_regions(src_parts: Sequence[Part], tgt_parts: Sequence[Part]
                 ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each side's region starts (see the module's docstring) for sentences of these
    parts: where the notes begin on both sides, and where the endnotes do when both
    sides have footnotes and then endnotes; ``((), ())`` unless both end with notes."""
    src, tgt = _note_starts(src_parts), _note_starts(tgt_parts)
    if src is None or tgt is None:
        return (), ()
    if src[1] is not None and tgt[1] is not None:
        return (src[0], src[1]), (tgt[0], tgt[1])
    return (src[0],), (tgt[0],)


def region_spans(starts: Sequence[int], n: int) -> list[tuple[int, int]]:
    """The ``[start, end)`` span of each region of a side of ``n`` sentences."""
    bounds = [0, *starts, n]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def within(starts: frozenset[int] | None, lo: int, hi: int) -> frozenset[int] | None:
    """The paragraph starts among sentences ``[lo, hi)``, counted from ``lo``."""
    return None if starts is None else frozenset(x - lo for x in starts if lo <= x < hi)


def check_regions(src_starts: Sequence[int], tgt_starts: Sequence[int], n: int, m: int
                  ) -> tuple[str, str] | None:
    """What is wrong with a pair's region starts (as many on each side, ascending, each
    inside its side): the side (``src``, ``tgt``) and the problem; None when nothing is."""
    if len(src_starts) != len(tgt_starts):
        return ("src" if src_starts else "tgt",
                f"{len(src_starts)} region starts on the source side but "
                f"{len(tgt_starts)} on the target side")
    for starts, size, side in ((src_starts, n, "src"), (tgt_starts, m, "tgt")):
        if any(not 0 < a < size for a in starts) or list(starts) != sorted(set(starts)):
            return side, (f"the {'source' if side == 'src' else 'target'} side's region "
                          f"starts must ascend, each once, between 1 and {size - 1}: got "
                          f"{list(starts)}")
    return None


def region_progress(report: Progress, k: int, regions: int, sizes: tuple[int, int, int]
                    ) -> Progress:
    """``report`` for the ``k``-th of ``regions`` regions, which holds the sentences
    ``sizes[0]`` to ``sizes[1]`` of ``sizes[2]``: its stages named after it, its
    fractions a share of the whole."""
    if regions == 1:
        return report
    lo, hi, total = sizes
    name = "body" if k == 0 else "notes" if regions == 2 else ("footnotes", "endnotes")[k - 1]
    return lambda stage, frac: report(f"{name}: {stage}", (lo + frac * (hi - lo)) / total)
