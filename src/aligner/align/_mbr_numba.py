"""The minimum-Bayes-risk kernel compiled with numba: the fallback for the C kernel's
``aligner_banded_mbr`` (``_dpc.c``, whose comment explains the computation), used when
the C kernel was not built.  It reads the bead costs of :mod:`aligner.align._dp_numba`.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from aligner.align._dp_numba import Floats, Ints, _lower_bound, _path_out, bead_cost
from aligner.align._numba import njit
from aligner.align.kernel_slots import KINDS, N_STATS, NO_MOVE, REACH


@njit(cache=True, nogil=True)
def _soft_min(x: float, y: float, temp: float) -> float:
    """``-temp * log(exp(-x / temp) + exp(-y / temp))``."""
    if x == np.inf:
        return y
    if y == np.inf:
        return x
    low = x if x < y else y
    high = y if x < y else x
    return float(low - temp * np.log1p(np.exp(-(high - low) / temp)))


@njit(cache=True, nogil=True)
def banded_mbr(
    n: int, m: int, lo: npt.NDArray[np.int64], hi: npt.NDArray[np.int64],
    s_ptr: npt.NDArray[np.int64], s_ids: npt.NDArray[np.int64], s_w: npt.NDArray[np.float64],
    t_ptr: npt.NDArray[np.int64], t_ids: npt.NDArray[np.int64], t_w: npt.NDArray[np.float64],
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: npt.NDArray[np.float64], priors: npt.NDArray[np.float64], n_features: int,
    e_ptr: Ints, e_lo: Ints, e_dot: npt.NDArray[np.float32], s_enc: Floats, t_enc: Floats,
    temp: float, lam: float,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Minimum-Bayes-risk path through the band: the C kernel's ``aligner_banded_mbr``
    (read its comment), computed the same way."""
    inf = np.inf
    n_kinds = KINDS.shape[0]
    margin = 15.0 * temp  # as in C: moves weighing < e^-15 of their node are left out
    off = np.zeros(n + 2, dtype=np.int64)
    width = 0
    for i in range(n + 1):
        w = hi[i] - lo[i] + 1
        off[i + 1] = off[i] + w
        if w > width:
            width = w
    cells = off[n + 1]
    move = np.full((cells, n_kinds), inf, dtype=np.float32)
    fwd = np.full(cells, inf)
    bwd = np.full(cells, inf)
    null_post = np.zeros(n + m + 1)
    sc_s = np.zeros(n_features + 1)
    sc_t = np.zeros(n_features + 1)
    out = np.zeros(5)
    sup = np.zeros(2 * REACH)
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            cell = off[i] + j - lo[i]
            if i == 0 and j == 0:
                fwd[0] = 0.0
                continue
            best = inf
            for k in range(n_kinds):
                a = KINDS[k, 0]
                b = KINDS[k, 1]
                pi = i - a
                pj = j - b
                if pi < 0 or pj < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = fwd[off[pi] + pj - lo[pi]]
                if prev == inf:
                    continue
                if k > 0 and a > 0 and b > 0 and best < inf and prev + priors[k] + _lower_bound(
                    pi, i, pj, j, cs_slen, cs_tlen, cs_smass, cs_tmass, s_par, t_par, params
                ) >= best + margin:
                    continue
                c = bead_cost(
                    pi, i, pj, j, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w,
                    cs_slen, cs_tlen, cs_smass, cs_tmass, s_par, t_par,
                    params, priors[k], sc_s, sc_t, out, sup, e_ptr, e_lo, e_dot, s_enc, t_enc,
                )
                move[cell, k] = c
                if prev + c < best:
                    best = prev + c
            acc = inf
            for k in range(n_kinds):  # two-sided moves: within the margin of the final best
                if move[cell, k] < inf:  # (as in C, whose lower bound prunes more)
                    pi = i - KINDS[k, 0]
                    pj = j - KINDS[k, 1]
                    via = fwd[off[pi] + pj - lo[pi]] + float(move[cell, k])
                    if pi < i and pj < j and via >= best + margin:
                        move[cell, k] = inf
                    else:
                        acc = _soft_min(acc, via, temp)
            fwd[cell] = acc
    for i in range(n, -1, -1):
        for j in range(hi[i], lo[i] - 1, -1):
            cell = off[i] + j - lo[i]
            if i == n and j == m:
                bwd[cell] = 0.0
                continue
            acc = inf
            for k in range(n_kinds):
                ni = i + KINDS[k, 0]
                nj = j + KINDS[k, 1]
                if ni > n or nj < lo[ni] or nj > hi[ni]:
                    continue
                nc = off[ni] + nj - lo[ni]
                if move[nc, k] < inf and bwd[nc] < inf:
                    acc = _soft_min(acc, bwd[nc] + float(move[nc, k]), temp)
            bwd[cell] = acc
    total = fwd[off[n] + m - lo[n]]
    if total == inf:  # the band does not connect (0, 0) to (n, m)
        return np.zeros(0, dtype=np.int64), np.zeros((0, N_STATS))
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            cell = off[i] + j - lo[i]
            after = bwd[cell]
            for k in range(n_kinds):
                if move[cell, k] == inf or after == inf:
                    move[cell, k] = -1.0
                    continue
                a = KINDS[k, 0]
                b = KINDS[k, 1]
                pi = i - a
                pj = j - b
                post = np.exp(-(fwd[off[pi] + pj - lo[pi]] + float(move[cell, k]) + after
                                - total) / temp)
                move[cell, k] = post
                if b == 0:
                    for x in range(pi, i):
                        null_post[x] += post
                if a == 0:
                    for x in range(pj, j):
                        null_post[n + x] += post
    back = np.full((n + 1, width), NO_MOVE, dtype=np.int8)
    gain_to = fwd  # reused: each cell's best expected gain
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            cell = off[i] + j - lo[i]
            if i == 0 and j == 0:
                gain_to[0] = 0.0
                continue
            best = -inf
            arg = NO_MOVE
            for k in range(n_kinds):
                a = KINDS[k, 0]
                b = KINDS[k, 1]
                if move[cell, k] < 0.0 or ((a == 0 or b == 0) and a + b > 1):
                    continue  # runs: their sentences one by one gain the same
                pi = i - a
                pj = j - b
                prev = gain_to[off[pi] + pj - lo[pi]]
                if prev == -inf:
                    continue
                if b == 0:
                    gain = null_post[pi] - lam
                elif a == 0:
                    gain = null_post[n + pj] - lam
                else:
                    gain = float(move[cell, k]) - lam
                if prev + gain > best + 1e-9:  # near ties: the first kind, as in C
                    best = prev + gain
                    arg = k
            gain_to[cell] = best
            back[i, j - lo[i]] = arg
    kinds, stats = _path_out(n, m, lo, back, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_slen,
                             cs_tlen, cs_smass, cs_tmass, s_par, t_par, params, priors, sc_s,
                             sc_t, out, sup, e_ptr, e_lo, e_dot, s_enc, t_enc)
    i = 0
    j = 0
    for q in range(len(kinds)):  # each kept bead's posterior (no runs on this path)
        a = KINDS[kinds[q], 0]
        b = KINDS[kinds[q], 1]
        if b == 0:
            stats[q, 5] = null_post[i]
        elif a == 0:
            stats[q, 5] = null_post[n + j]
        else:
            stats[q, 5] = float(move[off[i + a] + j + b - lo[i + a], kinds[q]])
        i += a
        j += b
    return kinds, stats
