"""Lexicon learning: word-translation tables learned from a first-pass path.

IBM Model 1 both ways (:mod:`aligner.align.model1`) over the confident beads of
one document pair; the next pass adds the tables to the feature rows
(:mod:`aligner.align.problem`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aligner.align.features import (
    Csr,
    FloatArray,
    IntArray,
    TokenizedSide,
    sorted_runs,
    unique_counts,
)
from aligner.align.model1 import model1
from aligner.align.options import AlignOptions
from aligner.align.path import BeadPath


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A word-translation table learned for one document pair, both ways: ``forward``
    maps a source word id to target word ids, ``backward`` a target word id to source
    word ids, each entry weighted by how strongly the two words go together."""

    forward: Csr
    backward: Csr


def _top_entries(rows: IntArray, cols: IntArray, weight: FloatArray, n_rows: int,
                 top: int) -> Csr:
    """A CSR table of the (row, col, weight) entries keeping each row's ``top`` heaviest."""
    order = np.lexsort((-weight, rows))
    rows, cols, weight = rows[order], cols[order], weight[order]
    ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=ptr[1:])
    keep = np.arange(len(rows), dtype=np.int64) - ptr[rows] < top
    ptr[1:] = np.cumsum(np.bincount(rows[keep], minlength=n_rows))
    return Csr(ptr, cols[keep].astype(np.int64), weight[keep].astype(np.float64))


def learn_lexicon(
    src: TokenizedSide, tgt: TokenizedSide, path: BeadPath, opts: AlignOptions, *,
    max_beads: int = 8000, max_pairs: int = 1_500_000,
) -> Lexicon | None:
    """Word-translation tables from co-occurrence in confident beads of ``path``
    over the tokens ``src`` and ``tgt``.

    The beads of up to two sentences a side that the path is sure of are the
    training pairs of IBM Model 1, run both ways (``p(t | s)`` and ``p(s | t)``,
    ``lexicon_iterations`` EM steps each); each bead counts a word once (the union
    of its sentences).  A word pair found in at least ``lexicon_min_count`` beads
    is kept when the geometric mean of its two probabilities is at least
    ``lexicon_min_prob``: Model 1 explains each word by the words it co-occurs
    with, so a frequent word that goes with everything (Dice's weakness) gets a
    small share, and the geometric mean keeps pairs both directions agree on.
    Each word keeps its ``lexicon_top`` best translations, each way.
    """
    chosen = np.flatnonzero((path.a > 0) & (path.b > 0) & (path.a <= 2) & (path.b <= 2)
                            & (path.margin >= 0.5))
    if len(chosen) > max_beads:
        step = len(chosen) / max_beads
        chosen = chosen[(np.arange(max_beads) * step).astype(np.int64)]
    if len(chosen) < 10:
        return None

    def bead_words(side: TokenizedSide, first: IntArray, size: IntArray) -> Csr:
        """Distinct words of each group of consecutive sentences (vectorised).

        A word found once in the whole text cannot co-occur in ``lexicon_min_count``
        >= 2 beads, so those are left out before pairs are formed.
        """
        w = side
        counts = w.ptr[first + size] - w.ptr[first]
        bead = np.repeat(np.arange(len(first), dtype=np.int64), counts)
        starts = np.cumsum(counts) - counts
        pos = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(starts, counts)
        ids = w.ids[np.repeat(w.ptr[first], counts) + pos]
        n_v = len(side.vocab)
        frequent = np.bincount(w.ids, minlength=n_v) >= min(opts.lexicon_min_count, 2)
        keep = side.is_word[ids] & frequent[ids]
        code, _ = unique_counts(bead[keep] * n_v + ids[keep])
        ptr = np.zeros(len(first) + 1, dtype=np.int64)
        np.cumsum(np.bincount(code // n_v, minlength=len(first)), out=ptr[1:])
        return Csr(ptr, code % n_v, np.ones(len(code)))

    sb = bead_words(src, path.s0[chosen], path.a[chosen])
    tb = bead_words(tgt, path.t0[chosen], path.b[chosen])
    pairs_per_bead = np.diff(sb.ptr) * np.diff(tb.ptr)
    total = int(pairs_per_bead.sum())
    if total > max_pairs:  # keep memory flat: an evenly spaced sample of the beads
        keep_every = -(-total // max_pairs)
        chosen = chosen[::keep_every]
        sb = bead_words(src, path.s0[chosen], path.a[chosen])
        tb = bead_words(tgt, path.t0[chosen], path.b[chosen])
    # Every (source entry, target entry) of the same bead, bead by bead.  An entry
    # of sb (tb) is one source (target) word of one bead: a Model 1 group.
    bead_of = sb.row_of_entries()
    per_entry = np.diff(tb.ptr)[bead_of]
    s_entry = np.repeat(np.arange(len(sb.ids), dtype=np.int64), per_entry)
    t_entry = np.repeat(tb.ptr[bead_of], per_entry) + (
        np.arange(len(s_entry), dtype=np.int64)
        - np.repeat(np.cumsum(per_entry) - per_entry, per_entry))
    n_s, n_t = len(src.vocab), len(tgt.vocab)
    order, codes, first = sorted_runs(sb.ids[s_entry] * n_t + tb.ids[t_entry])
    key = np.empty(len(codes), dtype=np.int64)
    key[order] = np.cumsum(first) - 1
    words = codes[first]
    key_s, key_t = words // n_t, words % n_t
    n_keys = len(words)
    p_ts = model1(key, n_keys, t_entry, len(tb.ids), key_s, opts.lexicon_iterations)
    p_st = model1(key, n_keys, s_entry, len(sb.ids), key_t, opts.lexicon_iterations)
    weight = np.sqrt(p_ts * p_st)
    beads = np.diff(np.flatnonzero(np.append(first, True)))  # beads each pair occurs in
    keep = (beads >= opts.lexicon_min_count) & (weight >= opts.lexicon_min_prob)
    if not keep.any():
        return None
    key_s, key_t, weight = key_s[keep], key_t[keep], weight[keep]
    return Lexicon(_top_entries(key_s, key_t, weight, n_s, opts.lexicon_top),
                   _top_entries(key_t, key_s, weight, n_t, opts.lexicon_top))
