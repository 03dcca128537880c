"""What the DP kernel needs of the sentence embeddings of a pair, for one band.

The kernel scores a bead of up to ``REACH`` sentences a side by the cosine of the
two sides' *summed* sentence embeddings (each sentence is encoded once; a
multi-sentence side is the normalised sum of its sentences' unit vectors, as
Bertalign's first pass does, rather than the encoding of the joined text).
That cosine needs only dot products:

    cos(sum u_r, sum v_c) = sum_{r,c} u_r.v_c / sqrt(|sum u_r|^2 |sum v_c|^2)

with ``|sum u_r|^2 = a + 2 sum_{r<r'} u_r.u_r'``.  So this module computes, with
batched matrix products, the dot product of every source sentence with every
target sentence a bead in the band can pair it with, and each sentence's dot
products with its next ``REACH - 1`` neighbours -- O(n * band width) numbers, never
the n x m matrix.

The distance ``1 - cos`` is normalised by the sides' *typical* distance to the
other text (Vecalign, Thompson & Koehn 2019, divides by the distance to random
sentences): here a sentence's mean distance to all sentences of the other side,
``1 - u.mean(v)``, which needs no sampling.  A model whose unrelated sentences
sit close together, or a language it knows less well, then counts the same.

A translator sometimes moves a clause across a sentence boundary: the last clause of
one sentence opens the next sentence of the translation.  A bead that ends there cuts
the clause from its translation, and the kernels charge it (``P_ENC_CROSS``) by how
much closer the last clause of its last sentence is to the other side's next sentence
than to its own, or the first clause of the next sentence to its own last sentence
than to the other side's next one -- for which each sentence of several clauses has
vectors for the start of its first clause and the end of its last one too
(:func:`edge_clauses`; a sentence of one clause gets zero vectors, whose dot products
are 0: no evidence), and the kernel's arrays get four more blocks of dot products, laid
out as the sentences': each source sentence's last clause with the targets in the
band, each source sentence with the targets' last clauses, each source sentence with
the targets' first clauses, and each source sentence's first clause with the targets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from aligner.align.dp import EncArrays
from aligner.align.features import IntArray
from aligner.align.kernel_slots import REACH

BoolArray = npt.NDArray[np.bool_]
# matched pairs (source, target indices), then per sentence: has it a counterpart?
Matches = tuple[IntArray, IntArray, BoolArray, BoolArray]

# For a bead's confidence (bead_distances), a sentence's typical distance to the other
# side is shrunk towards the model's typical distance between unrelated sentences, counted
# as PRIOR_WEIGHT sentences (0.7 % of the estimate on a side of 1,500 sentences, half on
# one of 10): on a short other side the mean is mostly the sentence's own translation --
# with one sentence a side, only it -- which made a translation look as far as an
# unrelated sentence.  On the 14 DEV documents the mean distance of a sentence to the
# other side is 0.82-0.96.  (The DP's term keeps the plain mean: with the prior it, too,
# the DEV rows move by at most 0.001, but an unrelated line rides into a bead of a
# six-sentence pair, tests/align/test_aligner.py.)
PRIOR_DISTANCE = 0.9
PRIOR_WEIGHT = 10.0
_BLOCK = 256  # source rows per matrix product
# each sentence's last-clause vector, source (n x d) and target (m x d), then its first
Clauses = tuple[npt.NDArray[np.floating], npt.NDArray[np.floating], npt.NDArray[np.floating],
                npt.NDArray[np.floating]]
CLAUSE_WORDS = 8  # how much of a first or last clause is read (edge_clauses)
# where a clause ends: a comma, semicolon or colon (Latin, CJK, Arabic) and its spaces
_CLAUSE_END = re.compile(r"(?<=[,;:\uff0c\uff1b\uff1a\u3001\u060c\u061b])\s*")


def edge_clauses(sentences: Sequence[str]) -> tuple[list[str], list[str]]:
    """For each sentence of more than one clause, the start of its first clause and the
    end of its last: their first and last ``CLAUSE_WORDS`` words, or in a text written
    without spaces ``2 * CLAUSE_WORDS`` characters -- the parts next to the sentence's
    edges, which is what the neighbouring sentence of a translation takes when a clause
    moves across (whole last clauses scored the same on DEV).  A sentence of one clause
    gets ``""`` for both (no evidence either way)."""
    firsts, lasts = [], []
    for sentence in sentences:
        parts = [part for part in _CLAUSE_END.split(sentence.strip()) if part.strip()]
        if len(parts) < 2:
            firsts.append("")
            lasts.append("")
            continue
        first, last = parts[0].split(), parts[-1].split()
        firsts.append(" ".join(first[:CLAUSE_WORDS]) if len(first) > 1
                      else parts[0][:2 * CLAUSE_WORDS])
        lasts.append(" ".join(last[-CLAUSE_WORDS:]) if len(last) > 1
                     else parts[-1][-2 * CLAUSE_WORDS:])
    return firsts, lasts


def _float32(x: npt.NDArray[np.floating]) -> npt.NDArray[np.float32]:
    return np.ascontiguousarray(x, dtype=np.float32)


def typical_distances(e: npt.NDArray[np.floating], other: npt.NDArray[np.floating],
                      prior_weight: float = 0.0) -> npt.NDArray[np.float64]:
    """Per sentence of ``e``: its typical distance to the other side -- ``1 -`` its mean
    cosine with the other side's sentences -- shrunk towards ``PRIOR_DISTANCE`` as if
    ``prior_weight`` more sentences at that distance were there."""
    m = len(other)
    if len(e) == 0:
        return np.zeros(0)
    mean = _float32(other).mean(axis=0) if m else np.zeros(e.shape[1], dtype=np.float32)
    dist = (1.0 - _float32(e) @ mean).astype(np.float64)
    if prior_weight <= 0:
        return dist
    out: npt.NDArray[np.float64] = (prior_weight * PRIOR_DISTANCE + m * dist) / (prior_weight + m)
    return out


def _own_side(e: npt.NDArray[np.floating], other: npt.NDArray[np.floating]
              ) -> npt.NDArray[np.float64]:
    """Per sentence: its typical distance to the other side, then its dot products with
    the next 1 .. REACH - 1 sentences of its own side (0 past the end)."""
    n = len(e)
    out = np.zeros((n, REACH), dtype=np.float64)
    if n == 0:
        return out
    e32 = _float32(e)
    out[:, 0] = typical_distances(e32, other)
    for d in range(1, REACH):
        if d < n:
            out[: n - d, d] = np.einsum("ij,ij->i", e32[: n - d], e32[d:])
    return out


def reach_columns(lo: IntArray, hi: IntArray, m: int) -> tuple[IntArray, IntArray]:
    """First and last target column (inclusive) that a bead over source sentence r can
    pair with it, given the band rows ``lo``/``hi`` of nodes 0..n.

    A bead from node (pi, pj) to (i, j) covers sources pi..i-1 and targets pj..j-1
    with i - pi <= REACH; so for source r, pi is in r-REACH+1..r (pj >= lo[pi]) and i
    in r+1..r+REACH (j - 1 <= hi[i] - 1).
    """
    n = len(lo) - 1
    rows = np.arange(n, dtype=np.int64)
    first = lo[rows].copy()
    last = hi[rows + 1].copy()
    for d in range(1, REACH):
        first = np.minimum(first, lo[np.maximum(rows - d, 0)])
        last = np.maximum(last, hi[np.minimum(rows + 1 + d, n)])
    return np.clip(first, 0, m), np.clip(last - 1, -1, m - 1)


def encoder_band(es: npt.NDArray[np.floating], et: npt.NDArray[np.floating],
                 lo: IntArray, hi: IntArray,
                 clauses: Clauses | None = None) -> EncArrays:
    """The kernel's encoder arrays (``e_ptr``, ``e_lo``, ``e_dot``, ``s_enc``, ``t_enc``)
    for unit-vector embeddings ``es`` (n x d) and ``et`` (m x d) and a band; with
    ``clauses`` (the unit vectors of each sentence's last clause, n x d and m x d, then
    of each sentence's first clause), ``e_dot`` holds their four blocks after the
    sentences' own."""
    n, m = len(es), len(et)
    first, last = reach_columns(lo, hi, m)
    count = np.maximum(last - first + 1, 0)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(count, out=ptr[1:])
    et32 = _float32(et)

    def dots(x: npt.NDArray[np.floating], y32: npt.NDArray[np.float32]
             ) -> npt.NDArray[np.float32]:
        out = np.zeros(int(ptr[-1]), dtype=np.float32)
        for r0 in range(0, n, _BLOCK):
            r1 = min(n, r0 + _BLOCK)
            if not count[r0:r1].any():
                continue
            c0 = int(first[r0:r1][count[r0:r1] > 0].min())
            c1 = int(last[r0:r1].max()) + 1
            block = _float32(x[r0:r1]) @ y32[c0:c1].T  # (r1 - r0) x (c1 - c0)
            k = count[r0:r1]
            rows = np.repeat(np.arange(r1 - r0), k)
            cols = np.repeat(first[r0:r1] - c0, k) + (
                np.arange(int(k.sum())) - np.repeat(ptr[r0:r1] - ptr[r0], k))
            out[ptr[r0]:ptr[r1]] = block[rows, cols]
        return out

    parts = [dots(es, et32)]
    if clauses is not None:
        last_s, last_t, first_s, first_t = clauses
        parts += [dots(last_s, et32), dots(es, _float32(last_t)), dots(es, _float32(first_t)),
                  dots(first_s, et32)]
    dot = np.concatenate(parts) if ptr[-1] > 0 else np.zeros(1, dtype=np.float32)
    return (ptr, first.astype(np.int64), dot, _own_side(es, et32).ravel(),
            _own_side(et32, es).ravel())


def bead_distances(es: npt.NDArray[np.floating], et: npt.NDArray[np.floating],
                   a: IntArray, b: IntArray, s0: IntArray, t0: IntArray,
                   cos: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Each bead's encoder distance ``1 - cos`` relative to its sentences' typical
    distance to the other text -- as the kernel normalises it, but with the typical
    distance shrunk towards ``PRIOR_DISTANCE`` (``PRIOR_WEIGHT``) -- about 1 for sides
    no closer than unrelated sentences, near 0 for a close translation; NaN for a null
    bead."""
    def typical(e: npt.NDArray[np.floating], other: npt.NDArray[np.floating],
                first: IntArray, size: IntArray) -> npt.NDArray[np.float64]:
        if len(e) == 0:
            return np.ones(len(first))
        cum = np.concatenate([[0.0], np.cumsum(typical_distances(e, other, PRIOR_WEIGHT))])
        out: npt.NDArray[np.float64] = (cum[first + size] - cum[first]) / np.maximum(size, 1)
        return out

    base = 0.5 * (typical(es, et, s0, a) + typical(et, es, t0, b))
    out = (1.0 - cos) / np.maximum(base, 0.05)
    return np.where((a > 0) & (b > 0), out, np.nan)


def matches(es: npt.NDArray[np.floating], et: npt.NDArray[np.floating], *,
            pair_distance: float = 0.7, near_distance: float = 0.9,
            max_cells: int = 4_000_000) -> Matches | None:
    """What the encoder finds between two short texts, with distances relative to the
    sentences' typical distance (the shrunk one of :func:`bead_distances`, about 1
    between unrelated sentences): the sentence pairs (i, j) that are each other's
    nearest neighbour closer than ``pair_distance``, and per sentence of each side
    whether any sentence of the other side is closer than ``near_distance``.  None
    when the n x m product would exceed ``max_cells``.  (On the DEV sets in the model's
    languages, 90 % of the gold 1-1 beads lie at 0.13-0.82, and two sentences drawn at
    random at about 1, at 0.76-0.84 or more in 95 % of draws; Icelandic, which the
    model does not know, puts half of its gold beads above 0.87.)"""
    n, m = len(es), len(et)
    if n == 0 or m == 0 or n * m > max_cells:
        return None
    cos = _float32(es) @ _float32(et).T
    base = 0.5 * (typical_distances(es, et, PRIOR_WEIGHT)[:, None]
                  + typical_distances(et, es, PRIOR_WEIGHT)[None, :])
    rel = (1.0 - cos) / np.maximum(base, 0.05)
    best_j = cos.argmax(axis=1)
    rows = np.flatnonzero(cos.argmax(axis=0)[best_j] == np.arange(n))
    cols = best_j[rows]
    keep = rel[rows, cols] < pair_distance
    near = rel < near_distance
    near_s: BoolArray = np.any(near, axis=1)
    near_t: BoolArray = np.any(near, axis=0)
    return rows[keep].astype(np.int64), cols[keep].astype(np.int64), near_s, near_t
