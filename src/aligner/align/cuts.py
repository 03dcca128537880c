"""Cutting a long pair: nodes the alignment surely passes, found at anchors.

A pair too long to align at once is cut at such nodes into segments that are
aligned independently (see :func:`aligner.align.aligner._align_segments`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.align import band as bandmod
from aligner.align.options import AlignOptions, Evidence
from aligner.align.problem import build_inputs, feature_rows


def _cut_near(src: Sequence[str], tgt: Sequence[str], i: int, j: int, ratio: float,
              opts: AlignOptions, search: int) -> tuple[int, int] | None:
    """A node ``(i', j')`` near source sentence ``i`` that the alignment surely passes:
    an anchor (a feature found once in a block of source sentences around ``i`` and
    once in a block of ``search`` target sentences on each side of the expected ``j``)
    with consistent anchors beside it.  None when the blocks share no such anchors."""
    n, m = len(src), len(tgt)
    s0, s1 = max(0, i - opts.cut_block), min(n, i + opts.cut_block)
    t0, t1 = max(0, j - search), min(m, j + search)
    if s1 <= s0 or t1 <= t0:
        return None
    inp = build_inputs(src[s0:s1], tgt[t0:t1], None, None, Evidence(), opts)
    rows = feature_rows(inp, None, opts)
    points = bandmod.chain(bandmod.supported(bandmod.anchor_points(rows[0], rows[1]), ratio))
    inner = [(a, b) for a, b in points if a > 0 and b > 0]
    if len(inner) < 3:
        return None
    a, b = min(inner, key=lambda p: abs(p[0] + s0 - i))
    return a + s0, b + t0


def find_cuts(src: Sequence[str], tgt: Sequence[str], opts: AlignOptions
               ) -> Iterator[tuple[int, int]]:
    """Nodes about every ``opts.segment`` source sentences that cut a long pair into
    segments aligned independently, from ``(0, 0)`` to ``(n, m)``; found in order,
    each expected where the ratio of the segment before points (searched wider when
    not found there).  A generator: segments can be aligned while the next cut is
    being looked for."""
    n, m = len(src), len(tgt)
    pi, pj = 0, 0
    yield pi, pj
    ratio = m / n
    target = opts.segment
    while target + opts.segment // 2 < n:
        expect = pj + round((target - pi) * ratio)
        found = None
        for search in (opts.cut_search, 4 * opts.cut_search):
            found = _cut_near(src, tgt, target, expect, ratio, opts, search)
            if found is not None and found[0] > pi and found[1] >= pj:
                break
            found = None
        if found is not None:
            ratio = max(0.1, min(10.0, (found[1] - pj + 1) / (found[0] - pi + 1)))
            pi, pj = found
            yield found
            target = pi + opts.segment
        else:  # no anchor here: this segment grows by half its length
            target += max(1, opts.segment // 2)
    yield n, m
