"""Anchor points and the search band around them.

Anchors are features that occur in exactly one source and exactly one target
sentence (hapax legomena on both sides: names, numbers, rare cognates,
translated rare words).  Each gives a point ``(i, j)``; the points that are
supported by a nearby, consistent neighbour are chained into the longest
increasing sequence, which becomes the centre line of the band.  Between two
consecutive anchors the true path must stay in the rectangle they span, so the
band is that rectangle (plus slack), capped at ``max_width`` around the centre
line.  With no anchors the band follows the diagonal.
"""

from __future__ import annotations

import bisect
import itertools

import numpy as np
import numpy.typing as npt

from aligner.align.features import Csr


def anchor_points(src: Csr, tgt: Csr, s0: int = 0, s1: int | None = None,
                  t0: int = 0, t1: int | None = None) -> list[tuple[int, int]]:
    """Points ``(i, j)`` for features found in exactly one sentence on each side.

    Only source rows ``[s0, s1)`` and target rows ``[t0, t1)`` are looked at
    (default: all).  A feature id occurs at most once per row (rows are summed
    bags), so "once among the rows" means "in exactly one sentence".
    """
    s1 = src.rows if s1 is None else s1
    t1 = tgt.rows if t1 is None else t1
    s_ids = src.ids[src.ptr[s0]:src.ptr[s1]]
    t_ids = tgt.ids[tgt.ptr[t0]:tgt.ptr[t1]]
    s_rows = np.repeat(np.arange(s0, s1, dtype=np.int64), np.diff(src.ptr[s0:s1 + 1]))
    t_rows = np.repeat(np.arange(t0, t1, dtype=np.int64), np.diff(tgt.ptr[t0:t1 + 1]))
    n_feats = int(max(s_ids.max(initial=-1), t_ids.max(initial=-1))) + 1
    once = (np.bincount(s_ids, minlength=n_feats) == 1) & (
        np.bincount(t_ids, minlength=n_feats) == 1)
    feats = np.flatnonzero(once)
    return sorted(zip(_row_of(once, s_ids, s_rows)[feats].tolist(),
                      _row_of(once, t_ids, t_rows)[feats].tolist(), strict=True))


def _row_of(wanted: npt.NDArray[np.bool_], ids: npt.NDArray[np.int64],
            rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """For each feature id (indexing ``wanted``), the row of its (single) entry."""
    out = np.zeros(len(wanted), dtype=np.int64)
    mask = wanted[ids]
    out[ids[mask]] = rows[mask]
    return out


def windowed_anchor_points(src: Csr, tgt: Csr, *, window: int) -> list[tuple[int, int]]:
    """Anchor points from features unique *locally*, in windows along the diagonal.

    Globally unique words are rare in long or repetitive texts (a book that
    repeats its chapter headings, a file concatenated twice); within a window
    of a few thousand sentences they are plentiful.  Windows overlap by half
    and the target window is the proportional stretch widened by half a
    window on each side.
    """
    n, m = src.rows, tgt.rows
    points = set(anchor_points(src, tgt))
    if n <= window:
        return sorted(points)
    for a in range(0, n, window // 2):
        b = min(n, a + window)
        t0 = max(0, int(a * m / n) - window // 2)
        t1 = min(m, int(b * m / n) + window // 2)
        points.update(anchor_points(src, tgt, a, b, t0, t1))
    return sorted(points)


def supported(points: list[tuple[int, int]], ratio: float, *, reach: int = 12,
              tol: float = 3.0) -> list[tuple[int, int]]:
    """Keep points with a neighbour within ``reach`` rows on a consistent diagonal."""
    keep = []
    rows = [p[0] for p in points]
    for k, (i, j) in enumerate(points):
        lo = bisect.bisect_left(rows, i - reach)
        hi = bisect.bisect_right(rows, i + reach)
        for q in range(lo, hi):
            if q == k:
                continue
            i2, j2 = points[q]
            if i2 == i and j2 == j:
                continue
            if abs((j2 - j) - (i2 - i) * ratio) <= tol + 0.5 * abs(i2 - i):
                keep.append((i, j))
                break
    return keep


def chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest sequence of points strictly increasing in both coordinates."""
    if not points:
        return []
    pts = sorted(points, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # tails[k] = smallest j ending an increasing run of length k+1
    tail_idx: list[int] = []
    prev = [-1] * len(pts)
    for k, (_, j) in enumerate(pts):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos > 0 else -1
    out = []
    k = tail_idx[-1]
    while k >= 0:
        out.append(pts[k])
        k = prev[k]
    out.reverse()
    # strictly increasing in i too (sorting by -j within a row guarantees it)
    return out


def band_from_anchors(
    n: int, m: int, anchors: list[tuple[int, int]], *, min_width: int, max_width: int,
    slack: int = 3,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Per-row column ranges ``lo[i]..hi[i]`` for rows ``0..n``."""
    pts = [(0, 0), *[(i, j) for i, j in anchors if 0 < i < n and 0 < j < m], (n, m)]
    lo = np.zeros(n + 1, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for (i0, j0), (i1, j1) in itertools.pairwise(pts):
        span = max(i1 - i0, 1)
        for i in range(i0, i1 + 1):
            centre = j0 + (j1 - j0) * (i - i0) / span
            a = max(j0 - slack, int(centre) - max_width)
            b = min(j1 + slack, int(centre + 0.999) + max_width)
            a = min(a, int(centre) - min_width)
            b = max(b, int(centre + 0.999) + min_width)
            if i == i0:  # the row is shared with the segment before: keep both ranges
                lo[i] = min(lo[i], a)
                hi[i] = max(hi[i], b)
            else:
                lo[i] = a
                hi[i] = b
    return _repair(lo, hi, m)


def band_around_path(
    n: int, m: int, path_i: npt.NDArray[np.int64], path_j: npt.NDArray[np.int64], *,
    width: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Band of ``width`` around the nodes ``(path_i[k], path_j[k])`` of an earlier path
    (which has a node on every row)."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    np.minimum.at(lo, path_i, path_j - width)
    np.maximum.at(hi, path_i, path_j + width)
    return _repair(lo, hi, m)


def _repair(
    lo: npt.NDArray[np.int64], hi: npt.NDArray[np.int64], m: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Clip to [0, m], make both bounds non-decreasing and consecutive rows overlap.

    Overlap (``lo[i+1] <= hi[i]``) plus monotone bounds make every node of the
    band reachable from (0, 0) and let (n, m) be reached.
    """
    n = len(lo) - 1
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    lo[0] = 0
    hi[n] = m
    hi = np.maximum.accumulate(hi)
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # non-decreasing from the end
    for i in range(1, n + 1):
        if lo[i] > hi[i - 1]:
            lo[i] = hi[i - 1]
    lo = np.minimum(lo, hi)
    return lo.astype(np.int64), hi.astype(np.int64)
