"""The sentence encoder's term of a bead's cost, compiled with numba: part of the
fallback kernel of ``_dp_numba.py`` (the C kernel's ``encoder_cost`` in ``_dpc.c`` is
the same computation; :mod:`aligner.align.semantic` makes its arrays).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from aligner.align._numba import njit
from aligner.align.kernel_slots import (
    P_ENC_CROSS,
    P_ENC_CROSS_MIN,
    P_ENC_MEMBER,
    P_ENC_REWARD,
    P_LAM_ENC,
    REACH,
)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@njit(cache=True, nogil=True)
def crossing_cost(i1: int, j1: int, params: Floats, e_ptr: Ints, e_lo: Ints,
                  e_dot: npt.NDArray[np.float32]) -> float:
    """What an aligned bead ending before source ``i1`` and target ``j1`` adds when its
    end cuts a clause from the sentence that translates it (see ``_dpc.c``'s
    ``crossing_cost``; ``e_dot`` then holds the clauses' four blocks after the sentences')."""
    n = e_ptr.shape[0] - 1
    n_band = e_ptr[n]
    r = i1 - 1
    first = e_lo[r]
    count = e_ptr[r + 1] - e_ptr[r]
    x = -9.0
    if j1 - 1 >= first and j1 < first + count:
        at = n_band + e_ptr[r] - first
        # np.float64, not float(): numba's float() of a float32 stays a float32
        x1 = np.float64(e_dot[at + j1]) - np.float64(e_dot[at + j1 - 1])
        x = x1 if x1 > x else x
    if i1 < n and j1 - 1 >= first and j1 - 1 < first + count:
        first2 = e_lo[i1]
        count2 = e_ptr[i1 + 1] - e_ptr[i1]
        if j1 - 1 >= first2 and j1 - 1 < first2 + count2:
            x2 = (np.float64(e_dot[2 * n_band + e_ptr[i1] + j1 - 1 - first2])
                  - np.float64(e_dot[2 * n_band + e_ptr[r] + j1 - 1 - first]))
            x = x2 if x2 > x else x
    if i1 < n:
        first2 = e_lo[i1]
        count2 = e_ptr[i1 + 1] - e_ptr[i1]
        if j1 >= first and j1 < first + count and j1 >= first2 and j1 < first2 + count2:
            y1 = (np.float64(e_dot[3 * n_band + e_ptr[r] + j1 - first])
                  - np.float64(e_dot[3 * n_band + e_ptr[i1] + j1 - first2]))
            x = y1 if y1 > x else x
        if j1 - 1 >= first2 and j1 < first2 + count2:
            at2 = 4 * n_band + e_ptr[i1] - first2
            y2 = np.float64(e_dot[at2 + j1 - 1]) - np.float64(e_dot[at2 + j1])
            x = y2 if y2 > x else x
    excess = x - params[P_ENC_CROSS_MIN]
    return float(params[P_ENC_CROSS] * excess if excess > 0.0 else 0.0)


@njit(cache=True, nogil=True)
def encoder_cost(
    i0: int, i1: int, j0: int, j1: int, params: Floats, e_ptr: Ints, e_lo: Ints,
    e_dot: npt.NDArray[np.float32], s_enc: Floats, t_enc: Floats, out: Floats,
) -> float:
    """The encoder's term (see ``_dpc.c``'s ``encoder_cost``); ``out[4]`` gets the cosine.
    Each member is charged the bead's distance plus ``P_ENC_MEMBER`` times how far its
    own distance to the other side's sum exceeds it."""
    a = i1 - i0
    b = j1 - j0
    by_src = np.zeros(REACH)
    by_tgt = np.zeros(REACH)
    dot = 0.0
    ns = 0.0
    nt = 0.0
    base = 0.0
    for r in range(i0, i1):
        first = e_lo[r]
        count = e_ptr[r + 1] - e_ptr[r]
        for c in range(j0, j1):
            if c >= first and c < first + count:
                d = float(e_dot[e_ptr[r] + c - first])
                by_src[r - i0] += d
                by_tgt[c - j0] += d
        dot += by_src[r - i0]
        base += s_enc[REACH * r] / a
        ns += 1.0
        for r2 in range(r + 1, i1):
            ns += 2.0 * s_enc[REACH * r + (r2 - r)]
    for c in range(j0, j1):
        base += t_enc[REACH * c] / b
        nt += 1.0
        for c2 in range(c + 1, j1):
            nt += 2.0 * t_enc[REACH * c + (c2 - c)]
    ns = np.sqrt(ns if ns > 1e-6 else 1e-6)
    nt = np.sqrt(nt if nt > 1e-6 else 1e-6)
    cos = dot / (ns * nt)
    out[4] = cos
    dist = 0.0
    for k in range(a):
        own = by_src[k] / nt
        dist += 1.0 - cos + (params[P_ENC_MEMBER] * (cos - own) if own < cos else 0.0)
    for k in range(b):
        own = by_tgt[k] / ns
        dist += 1.0 - cos + (params[P_ENC_MEMBER] * (cos - own) if own < cos else 0.0)
    base *= 0.5
    cross = (crossing_cost(i1, j1, params, e_ptr, e_lo, e_dot) if params[P_ENC_CROSS] > 0.0
             else 0.0)
    return float(params[P_LAM_ENC] * 0.5 * dist / (base if base > 0.05 else 0.05)
                 - params[P_ENC_REWARD] + cross)
