"""The banded DP kernel compiled with numba: the fallback when the C kernel
(``_dpc.c``) was not built.  Same computation, same parameter slots
(:mod:`aligner.align.kernel_slots`); see :mod:`aligner.align.dp` for the model.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from aligner.align._encoder_numba import encoder_cost
from aligner.align._numba import njit
from aligner.align.kernel_slots import (
    KINDS,
    MARK_AFTER_END,
    MARK_AFTER_OPEN,
    MARK_CONTINUES,
    MARK_PARAGRAPH,
    N_STATS,
    NO_MOVE,
    P_CONT,
    P_ENC_REWARD,
    P_END_MIS,
    P_LAM_ENC,
    P_LAM_LEN,
    P_LAM_LEX,
    P_LEN_CAP,
    P_MEMBER,
    P_MU,
    P_NULL,
    P_PAR,
    P_PAR_MIS,
    P_RATIO,
    P_SMOOTH,
    P_SUPPORT,
    P_SUPPORT_MIN,
    P_VAR,
    REACH,
)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@njit(cache=True, nogil=True)
def _support_penalty(
    r0: int, r1: int, ptr: npt.NDArray[np.int64], ids: npt.NDArray[np.int64],
    w: npt.NDArray[np.float64], cs_mass: npt.NDArray[np.float64],
    other: npt.NDArray[np.float64], params: npt.NDArray[np.float64],
    sup_out: npt.NDArray[np.float64], at: int,
) -> float:
    """Penalty for the sentences r0..r1-1 of one side that the other side's summed
    features (``other``) barely overlap; short sentences weigh less.  Each one's
    support (the share of its features ``other`` covers) goes to ``sup_out[at:]``."""
    lam_sup, tau = params[P_SUPPORT], params[P_SUPPORT_MIN]
    mu, smooth = params[P_MU], params[P_SMOOTH]
    pen = 0.0
    for r in range(r0, r1):
        ovk = 0.0
        for k in range(ptr[r], ptr[r + 1]):
            ov = other[ids[k]]
            ovk += w[k] if w[k] < ov else ov
        mk = cs_mass[r + 1] - cs_mass[r]
        sup = ovk / (mk + smooth)
        sup_out[at + r - r0] = sup
        if sup < tau:
            pen += lam_sup * (tau - sup) / tau * (mk / mu if mk < mu else 1.0)
    return float(pen)


@njit(cache=True, nogil=True)
def _overlap(
    i0: int, i1: int, j0: int, j1: int,
    s_ptr: npt.NDArray[np.int64], s_ids: npt.NDArray[np.int64], s_w: npt.NDArray[np.float64],
    t_ptr: npt.NDArray[np.int64], t_ids: npt.NDArray[np.int64], t_w: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    params: npt.NDArray[np.float64],
    sc_s: npt.NDArray[np.float64], sc_t: npt.NDArray[np.float64],
    out: npt.NDArray[np.float64], sup: npt.NDArray[np.float64],
) -> float:
    """sum_f min(S[f], T[f]) over the union of the groups' features.

    For a group of several sentences, also the penalty for members the other
    side does not support (``out[2]``): a sentence merged into a bead should
    share something with the other side, otherwise it is unaligned material
    (a caption, a page header) and belongs in a null bead.  Each member's
    support goes to ``sup``, and how many there are to ``out[3]``.
    """
    for k in range(s_ptr[i0], s_ptr[i1]):
        sc_s[s_ids[k]] += s_w[k]
    for k in range(t_ptr[j0], t_ptr[j1]):
        sc_t[t_ids[k]] += t_w[k]
    pen = 0.0
    n_sup = 0
    judge = params[P_SUPPORT] > 0.0 or params[P_MEMBER] > 0.0
    if judge and i1 - i0 > 1:
        pen += _support_penalty(i0, i1, s_ptr, s_ids, s_w, cs_smass, sc_t, params, sup, 0)
        n_sup = i1 - i0
    if judge and j1 - j0 > 1:
        pen += _support_penalty(j0, j1, t_ptr, t_ids, t_w, cs_tmass, sc_s, params, sup, n_sup)
        n_sup += j1 - j0
    out[2] = pen if params[P_SUPPORT] > 0.0 else 0.0
    acc = 0.0
    for k in range(t_ptr[j0], t_ptr[j1]):
        f = t_ids[k]
        tv = sc_t[f]
        if tv > 0.0:
            sv = sc_s[f]
            acc += sv if sv < tv else tv
            sc_t[f] = 0.0
    for k in range(s_ptr[i0], s_ptr[i1]):
        sc_s[s_ids[k]] = 0.0
    out[3] = n_sup
    return acc


@njit(cache=True, nogil=True)
def _length_cost(
    i0: int, i1: int, j0: int, j1: int,
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    params: npt.NDArray[np.float64],
) -> float:
    """Gale & Church's squared normalised length difference of the two groups, capped."""
    ratio = params[P_RATIO]
    ls = cs_slen[i1] - cs_slen[i0]
    lt = cs_tlen[j1] - cs_tlen[j0]
    mean = (ls * ratio + lt) * 0.5
    delta = (lt - ls * ratio) / np.sqrt(params[P_VAR] * mean + 1.0)
    cost = 0.5 * delta * delta
    return float(cost if cost < params[P_LEN_CAP] else params[P_LEN_CAP])


@njit(cache=True, nogil=True)
def _boundary(params: npt.NDArray[np.float64], mark: int) -> float:
    """What a line boundary inside a group adds: a paragraph start a penalty, a line
    that continues the one before it (a sentence split inside brackets) a bonus."""
    return float(params[P_PAR] if mark == MARK_PARAGRAPH
                 else -params[P_CONT] if mark == MARK_CONTINUES else 0.0)


@njit(cache=True, nogil=True)
def _end_mismatch(i1: int, j1: int, s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
                  params: npt.NDArray[np.float64]) -> float:
    """What a bead (a null bead too) ending before source ``i1`` and target ``j1`` adds:
    ``P_END_MIS`` when the path's cut there falls mid-sentence on one side (after a
    comma, a semicolon) and at a sentence or paragraph end on the other; ``P_PAR_MIS``
    when it falls at a paragraph end on one side only."""
    s = s_par[i1] if i1 < s_par.shape[0] else 0
    t = t_par[j1] if j1 < t_par.shape[0] else 0
    s_end = s in (MARK_AFTER_END, MARK_PARAGRAPH)
    t_end = t in (MARK_AFTER_END, MARK_PARAGRAPH)
    cost = 0.0
    if (s == MARK_AFTER_OPEN and t_end) or (s_end and t == MARK_AFTER_OPEN):
        cost = float(params[P_END_MIS])
    if (s == MARK_PARAGRAPH) != (t == MARK_PARAGRAPH):
        cost += float(params[P_PAR_MIS])
    return cost


@njit(cache=True, nogil=True)
def bead_cost(
    i0: int, i1: int, j0: int, j1: int,
    s_ptr: npt.NDArray[np.int64], s_ids: npt.NDArray[np.int64], s_w: npt.NDArray[np.float64],
    t_ptr: npt.NDArray[np.int64], t_ids: npt.NDArray[np.int64], t_w: npt.NDArray[np.float64],
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: npt.NDArray[np.float64], prior: float,
    sc_s: npt.NDArray[np.float64], sc_t: npt.NDArray[np.float64],
    out: npt.NDArray[np.float64], sup: npt.NDArray[np.float64],
    e_ptr: Ints, e_lo: Ints, e_dot: npt.NDArray[np.float32], s_enc: Floats, t_enc: Floats,
) -> float:
    """Cost of the bead src[i0:i1] <-> tgt[j0:j1]; ``out`` gets (len_cost, sim) and in
    ``out[4]`` the encoder's cosine.  A null bead of several sentences (a run of
    unaligned sentences on one side) costs theirs apart plus its prior (<= 0)."""
    a = i1 - i0
    b = j1 - j0
    out[4] = 0.0
    if a == 0 or b == 0:
        out[0] = 0.0
        out[1] = 0.0
        return float(params[P_NULL] * (a + b) + prior
                     + _end_mismatch(i1, j1, s_par, t_par, params))
    len_cost = _length_cost(i0, i1, j0, j1, cs_slen, cs_tlen, params)
    ov = _overlap(i0, i1, j0, j1, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_smass, cs_tmass,
                  params, sc_s, sc_t, out, sup)
    mass = 0.5 * ((cs_smass[i1] - cs_smass[i0]) + (cs_tmass[j1] - cs_tmass[j0]))
    sim = ov / (mass + params[P_SMOOTH])
    # the members' shortfall: a member is charged by its own support where that is
    # below the bead's similarity, not by the bead's (a caption merged into a
    # well-matched bead would otherwise ride on its neighbours' evidence)
    shortfall = 0.0
    for k in range(int(out[3])):
        if sup[k] < sim:
            shortfall += sim - sup[k]
    cost = (params[P_LAM_LEN] * len_cost
            + params[P_LAM_LEX] * 0.5 * ((1.0 - sim) * (a + b) + params[P_MEMBER] * shortfall)
            + prior + out[2])
    s_pars = 0
    t_pars = 0
    for k in range(i0 + 1, i1):
        cost += _boundary(params, s_par[k])
        s_pars += s_par[k] == MARK_PARAGRAPH
    for k in range(j0 + 1, j1):
        cost += _boundary(params, t_par[k])
        t_pars += t_par[k] == MARK_PARAGRAPH
    # a paragraph start inside the group that the other side's group does not match is
    # a paragraph end on one side only, as at a bead's end (_end_mismatch)
    cost += params[P_PAR_MIS] * abs(s_pars - t_pars)
    cost += _end_mismatch(i1, j1, s_par, t_par, params)
    if params[P_LAM_ENC] > 0.0:
        cost += encoder_cost(i0, i1, j0, j1, params, e_ptr, e_lo, e_dot, s_enc, t_enc, out)
    out[0] = len_cost
    out[1] = sim
    return float(cost)


@njit(cache=True, nogil=True)
def _lower_bound(
    i0: int, i1: int, j0: int, j1: int,
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: npt.NDArray[np.float64],
) -> float:
    """A lower bound of :func:`bead_cost` (without prior) for a non-null bead.

    The overlap can never exceed the smaller side's mass, which bounds the
    similarity from above; the length cost is exact, the encoder's term is at least
    minus its reward, the continuation bonuses count in full, the other terms (the end
    mismatch among them) are >= 0.
    """
    ms = cs_smass[i1] - cs_smass[i0]
    mt = cs_tmass[j1] - cs_tmass[j0]
    best_sim = (ms if ms < mt else mt) / (0.5 * (ms + mt) + params[P_SMOOTH])
    lex = params[P_LAM_LEX] * (1.0 - best_sim) * ((i1 - i0) + (j1 - j0)) * 0.5
    len_cost = _length_cost(i0, i1, j0, j1, cs_slen, cs_tlen, params)
    enc = -params[P_ENC_REWARD] if params[P_LAM_ENC] > 0.0 else 0.0
    cont = 0.0
    for k in range(i0 + 1, i1):
        if s_par[k] == MARK_CONTINUES:
            cont += params[P_CONT]
    for k in range(j0 + 1, j1):
        if t_par[k] == MARK_CONTINUES:
            cont += params[P_CONT]
    return float(params[P_LAM_LEN] * len_cost + lex + enc - cont)


@njit(cache=True, nogil=True)
def banded_dp(
    n: int, m: int, lo: npt.NDArray[np.int64], hi: npt.NDArray[np.int64],
    s_ptr: npt.NDArray[np.int64], s_ids: npt.NDArray[np.int64], s_w: npt.NDArray[np.float64],
    t_ptr: npt.NDArray[np.int64], t_ids: npt.NDArray[np.int64], t_w: npt.NDArray[np.float64],
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: npt.NDArray[np.float64], priors: npt.NDArray[np.float64], n_features: int,
    e_ptr: Ints, e_lo: Ints, e_dot: npt.NDArray[np.float32], s_enc: Floats, t_enc: Floats,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Best path through the band over every bead kind of :data:`KINDS`.

    Returns the kinds of the beads from start to end and, per bead, its cost,
    length cost, similarity, the cost of its sentences as null beads, the
    encoder's cosine and NaN (the posterior, which only the MBR kernel knows).
    """
    width = 0
    for i in range(n + 1):
        w = hi[i] - lo[i] + 1
        if w > width:
            width = w
    inf = np.inf
    # A move reaches back at most REACH rows, so the costs live in a ring of
    # REACH + 1 rows (row i at i % ring); only the 1-byte backpointers are kept
    # for every row.
    n_kinds = KINDS.shape[0]
    ring = REACH + 1
    cost = np.full((ring, width), inf)
    back = np.full((n + 1, width), NO_MOVE, dtype=np.int8)
    sc_s = np.zeros(n_features + 1)
    sc_t = np.zeros(n_features + 1)
    out = np.zeros(5)
    sup = np.zeros(2 * REACH)
    cost[0, 0] = 0.0  # lo[0] == 0
    for i in range(n + 1):
        row = i % ring
        if i > 0:
            cost[row, :] = inf
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                continue
            best = inf
            arg = NO_MOVE
            for k in range(n_kinds):
                a = KINDS[k, 0]
                b = KINDS[k, 1]
                pi = i - a
                pj = j - b
                if pi < 0 or pj < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = cost[pi % ring, pj - lo[pi]]
                if prev == inf:
                    continue
                # Prune before the (costly) overlap: a lower bound of this bead's
                # cost from length, prior and the best possible overlap.
                if a > 0 and b > 0 and best < inf and prev + priors[k] + _lower_bound(
                    pi, i, pj, j, cs_slen, cs_tlen, cs_smass, cs_tmass, s_par, t_par, params
                ) >= best:
                    continue
                c = prev + bead_cost(
                    pi, i, pj, j, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w,
                    cs_slen, cs_tlen, cs_smass, cs_tmass, s_par, t_par,
                    params, priors[k], sc_s, sc_t, out, sup, e_ptr, e_lo, e_dot, s_enc, t_enc,
                )
                if c < best:
                    best = c
                    arg = k
            cost[row, j - lo[i]] = best
            back[i, j - lo[i]] = arg
    return _path_out(n, m, lo, back, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_slen,
                     cs_tlen, cs_smass, cs_tmass, s_par, t_par, params, priors, sc_s, sc_t,
                     out, sup, e_ptr, e_lo, e_dot, s_enc, t_enc)


@njit(cache=True, nogil=True)
def _path_out(
    n: int, m: int, lo: npt.NDArray[np.int64], back: npt.NDArray[np.int8],
    s_ptr: npt.NDArray[np.int64], s_ids: npt.NDArray[np.int64], s_w: npt.NDArray[np.float64],
    t_ptr: npt.NDArray[np.int64], t_ids: npt.NDArray[np.int64], t_w: npt.NDArray[np.float64],
    cs_slen: npt.NDArray[np.float64], cs_tlen: npt.NDArray[np.float64],
    cs_smass: npt.NDArray[np.float64], cs_tmass: npt.NDArray[np.float64],
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: npt.NDArray[np.float64], priors: npt.NDArray[np.float64],
    sc_s: npt.NDArray[np.float64], sc_t: npt.NDArray[np.float64],
    out: npt.NDArray[np.float64], sup: npt.NDArray[np.float64],
    e_ptr: Ints, e_lo: Ints, e_dot: npt.NDArray[np.float32], s_enc: Floats, t_enc: Floats,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """The path that ``back`` (per node, the kind of the move into it) leads to from
    ``(n, m)``: its kinds and, per bead, the statistics :func:`banded_dp` returns."""
    # Walk back from (n, m).
    path = np.empty(n + m, dtype=np.int64)
    steps = 0
    i = n
    j = m
    while i > 0 or j > 0:
        k = back[i, j - lo[i]]
        if k == NO_MOVE:  # cannot happen when the band connects (0,0) to (n,m)
            return path[:0], np.zeros((0, N_STATS))
        path[steps] = k
        steps += 1
        i -= KINDS[k, 0]
        j -= KINDS[k, 1]
    kinds = path[:steps][::-1].copy()
    # Per bead, forward: cost, length cost, similarity, the cost of leaving its sentences
    # unaligned instead (here so callers need no second kernel); the MBR kernel's posterior.
    stats = np.zeros((steps, N_STATS))
    i = 0
    j = 0
    for b in range(steps):
        k = kinds[b]
        a = KINDS[k, 0]
        c = KINDS[k, 1]
        stats[b, 0] = bead_cost(
            i, i + a, j, j + c, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w,
            cs_slen, cs_tlen, cs_smass, cs_tmass, s_par, t_par,
            params, priors[k], sc_s, sc_t, out, sup, e_ptr, e_lo, e_dot, s_enc, t_enc,
        )
        stats[b, 1] = out[0]
        stats[b, 2] = out[1]
        stats[b, 4] = out[4]
        stats[b, 5] = np.nan
        if a > 0 and c > 0:
            stats[b, 3] = bead_cost(
                i, i + a, j, j, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_slen, cs_tlen,
                cs_smass, cs_tmass, s_par, t_par, params, 0.0, sc_s, sc_t, out, sup,
                e_ptr, e_lo, e_dot, s_enc, t_enc,
            ) + bead_cost(
                i + a, i + a, j, j + c, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_slen,
                cs_tlen, cs_smass, cs_tmass, s_par, t_par, params, 0.0, sc_s, sc_t, out, sup,
                e_ptr, e_lo, e_dot, s_enc, t_enc,
            )
        else:
            stats[b, 3] = stats[b, 0]
        i += a
        j += c
    return kinds, stats
