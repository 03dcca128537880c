"""Sentence alignment: features -> anchors -> banded DP -> lexicon -> banded DP.

Pass 1 aligns with length, cognates, numbers, punctuation, names and any
evidence the user gave (glossary, dictionary, machine translation).  From
its confident beads word-translation tables are learned for *this* document
pair, both ways (IBM Model 1 over co-occurrence in beads, each bead counting a
word once), and pass 2 realigns in a band around the first path with the
tables added: a source word meets its translations among the target words
and a target word its translations among the source words.

A long pair (two segments' worth of source sentences or more) is first cut at
sure anchor nodes into segments, which worker processes align independently.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing as mp
import os
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import connection
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import numpy as np
import numpy.typing as npt

from aligner import __version__
from aligner.align import band as bandmod
from aligner.align import kernel_slots as slots
from aligner.align.dp import banded_dp
from aligner.align.features import (
    TOKEN_RE,
    Csr,
    FloatArray,
    Ids,
    IntArray,
    TokenizedSide,
    Vocabulary,
    assemble,
    expand,
    fold_text,
    sorted_runs,
    tokenize,
    unique_counts,
    weight_rows,
    word_keys,
)
from aligner.align.kernel_slots import KINDS
from aligner.align.model1 import model1
from aligner.errors import ResourceError
from aligner.model import Alignment, Bead

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Tunable defaults; the same for every language pair."""

    len_var: float = 8.0
    lam_len: float = 1.0
    lam_lex: float = 14.0
    null_extra: float = 3.0
    smooth: float = 1.0
    par_pen: float = 1.5
    len_cap: float = 25.0
    prior_12: float = 2.5
    prior_22: float = 5.0
    prior_13: float = 5.0
    anchor_window: int = 2000
    min_width: int = 12
    max_width: int = 60
    second_pass_width: int = 8
    lexicon_min_count: int = 2
    lexicon_min_prob: float = 0.1
    lexicon_top: int = 3
    lexicon_iterations: int = 5
    passes: int = 2
    adapt_priors: bool = True
    short_prefix_weight: float = 0.0
    skeleton_weight: float = 0.3
    mt_weight: float = 1.0
    support_pen: float = 1.0
    support_min: float = 0.05
    member_shortfall: float = 1.0  # pass 2 on: members charged by their own support
    null_run_discount: float = 1.0  # each further sentence of a run of unaligned ones
    max_features: int = 0  # > 0: a sentence keeps only its heaviest features
    segment: int = 20_000  # pairs of 2 segments or more are cut into segments this long
    cut_block: int = 100  # source sentences on each side of a cut searched for anchors
    cut_search: int = 500  # target sentences on each side of the expected cut
    prior_strength: float = 60.0

    def describe(self) -> dict[str, str]:
        return {k: str(getattr(self, k)) for k in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Optional extra evidence.  Term pairs: (source phrase, target phrase)."""

    term_pairs: Sequence[tuple[str, str]] = ()
    src_mt: Sequence[str] | None = None


def _phrase_hits(sentences: Sequence[str], phrases: Sequence[str]) -> tuple[IntArray, IntArray]:
    """(sentence, phrase index) for every phrase found in a sentence (folded, whole words)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k, phrase in enumerate(phrases):
        key = f" {' '.join(_words(phrase))} "
        if key.strip():
            existing = auto.get(key, ())
            auto.add_word(key, (*existing, k))
    rows: list[int] = []
    idx: list[int] = []
    if len(auto) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    auto.make_automaton()
    for i, sent in enumerate(sentences):
        for _, ks in auto.iter(f" {' '.join(_words(sent))} "):
            rows.extend([i] * len(ks))
            idx.extend(ks)
    return np.asarray(rows, dtype=np.int64), np.asarray(idx, dtype=np.int64)


def _words(text: str) -> list[str]:
    return [t for t in TOKEN_RE.findall(fold_text(text)) if t[0].isalnum()]


@dataclass
class _Side:
    sentences: Sequence[str]
    tok: TokenizedSide
    keys: Csr  # word id -> cognate key ids and weights
    lengths: FloatArray
    paragraphs: npt.NDArray[np.int8]


def _lengths_and_paragraphs(
    sentences: Sequence[str], paragraph_starts: frozenset[int] | None
) -> tuple[FloatArray, npt.NDArray[np.int8]]:
    lengths = np.array([len(s.strip()) for s in sentences], dtype=np.float64)
    par = np.zeros(len(sentences), dtype=np.int8)
    for i in paragraph_starts or ():
        if 0 <= i < len(sentences):
            par[i] = 1
    return lengths, par


def _cumsum(x: FloatArray) -> FloatArray:
    out = np.zeros(len(x) + 1, dtype=np.float64)
    np.cumsum(x, out=out[1:])
    return out


@dataclass
class _Inputs:
    src: _Side
    tgt: _Side
    n_keys: int
    n_words: int
    mt: TokenizedSide | None
    terms: tuple[tuple[IntArray, IntArray], tuple[IntArray, IntArray]] | None
    n_terms: int


Entries = tuple[IntArray, Ids, FloatArray]  # rows, feature ids, values

_CHUNK = 20_000  # sentences assembled at a time: bounds the temporary arrays


def _slice(tok: TokenizedSide, r0: int, r1: int) -> tuple[IntArray, npt.NDArray[np.int32]]:
    """(row, word id) of the tokens of rows r0..r1-1."""
    a, b = int(tok.ptr[r0]), int(tok.ptr[r1])
    rows = np.repeat(np.arange(r0, r1, dtype=np.int64), np.diff(tok.ptr[r0:r1 + 1]))
    return rows, tok.ids[a:b]


def _terms_in(terms: tuple[IntArray, IntArray], r0: int, r1: int, base: int) -> Entries:
    rows, idx = terms
    inside = (rows >= r0) & (rows < r1)
    return rows[inside], base + idx[inside], np.ones(int(inside.sum()))


def _src_entries(inp: _Inputs, lexicon: Lexicon | None, opts: AlignOptions,
                 r0: int, r1: int) -> list[Entries]:
    K, V = inp.n_keys, inp.n_words
    rows, ids = _slice(inp.src.tok, r0, r1)
    own = expand(rows, ids, inp.src.keys)
    parts: list[Entries] = [own]
    if lexicon is not None:  # its words' translations, and the words themselves
        word = inp.src.tok.is_word[ids]
        r, t, p = expand(rows[word], ids[word], lexicon.forward)
        parts.append((r, K + t, p))
        parts.append((rows[word], _source_words(inp) + ids[word], np.ones(int(word.sum()))))
    if inp.mt is not None:
        m_rows, m_ids = _slice(inp.mt, r0, r1)
        word = inp.mt.is_word[m_ids]
        parts.append((m_rows[word], K + m_ids[word], np.full(int(word.sum()), opts.mt_weight)))
        r, f, v = expand(m_rows, m_ids, inp.tgt.keys)
        new = ~np.isin(r * (K + 1) + f, own[0] * (K + 1) + own[1])  # a key counts once
        parts.append((r[new], f[new], v[new]))
    if inp.terms is not None:
        parts.append(_terms_in(inp.terms[0], r0, r1, K + V))
    return parts


def _tgt_entries(inp: _Inputs, lexicon: Lexicon | None, r0: int, r1: int) -> list[Entries]:
    K, V = inp.n_keys, inp.n_words
    rows, ids = _slice(inp.tgt.tok, r0, r1)
    parts: list[Entries] = [expand(rows, ids, inp.tgt.keys)]
    if lexicon is not None or inp.mt is not None:
        word = inp.tgt.tok.is_word[ids]
        parts.append((rows[word], K + ids[word], np.ones(int(word.sum()))))
        if lexicon is not None:  # the source words its words translate
            r, f, p = expand(rows[word], ids[word], lexicon.backward)
            parts.append((r, _source_words(inp) + f, p))
    if inp.terms is not None:
        parts.append(_terms_in(inp.terms[1], r0, r1, K + V))
    return parts


def _assemble_chunked(n_rows: int, n_feats: int,
                      entries: Callable[[int, int], list[Entries]]) -> Csr:
    ptrs: list[IntArray] = []
    ids: list[IntArray] = []
    vals: list[FloatArray] = []
    offset = 0
    for r0 in range(0, max(n_rows, 1), _CHUNK):
        r1 = min(n_rows, r0 + _CHUNK)
        parts = entries(r0, r1)
        chunk = assemble(r1 - r0, np.concatenate([p[0] for p in parts]) - r0,
                         np.concatenate([p[1] for p in parts]),
                         np.concatenate([p[2] for p in parts]), n_feats)
        ptrs.append(chunk.ptr[1:] + offset)
        ids.append(chunk.ids)
        vals.append(chunk.values)
        offset += len(chunk.ids)
    ptr = np.concatenate([np.zeros(1, dtype=np.int64), *ptrs]) if ptrs else np.zeros(1)
    return Csr(ptr.astype(np.int64), np.concatenate(ids) if ids else np.zeros(0, np.int64),
               np.concatenate(vals) if vals else np.zeros(0))


def _source_words(inp: _Inputs) -> int:
    """First feature id of the source-word block (after keys, target words, terms)."""
    return inp.n_keys + inp.n_words + inp.n_terms


def _feature_rows(inp: _Inputs, lexicon: Lexicon | None, opts: AlignOptions
                  ) -> tuple[Csr, Csr, int]:
    """Feature rows of both sides in the shared space (before idf weighting).

    With a lexicon, words meet both ways: a source word's translations in the
    target-word block, a target word's in the source-word block.  Assembled a
    chunk of sentences at a time so that the temporary arrays stay small on
    long documents.
    """
    n_feats = _source_words(inp) + (len(inp.src.tok.vocab) if lexicon is not None else 0)
    s_csr = _assemble_chunked(len(inp.src.sentences), n_feats,
                              lambda r0, r1: _src_entries(inp, lexicon, opts, r0, r1))
    t_csr = _assemble_chunked(len(inp.tgt.sentences), n_feats,
                              lambda r0, r1: _tgt_entries(inp, lexicon, r0, r1))
    return s_csr, t_csr, n_feats


@dataclass
class _Problem:
    s: Csr
    t: Csr
    n_features: int
    cs_slen: FloatArray
    cs_tlen: FloatArray
    cs_smass: FloatArray
    cs_tmass: FloatArray
    s_par: npt.NDArray[np.int8]
    t_par: npt.NDArray[np.int8]
    params: FloatArray
    priors: FloatArray


def _problem(
    inp: _Inputs, rows: tuple[Csr, Csr, int], opts: AlignOptions, lam_lex: float, ratio: float,
    kind_counts: Counter[tuple[int, int]] | None = None,
) -> _Problem:
    s_raw, t_raw, n_feats = rows
    s, t = weight_rows([s_raw, t_raw], n_feats, top=opts.max_features)
    null_cost = 0.5 * lam_lex + opts.null_extra
    masses = np.concatenate([s.mass, t.mass])
    mu = float(masses.mean()) if len(masses) and masses.mean() > 0 else 1.0
    params = np.zeros(slots.N_PARAMS, dtype=np.float64)
    params[slots.P_RATIO] = ratio
    params[slots.P_VAR] = opts.len_var
    params[slots.P_LAM_LEN] = opts.lam_len
    params[slots.P_LAM_LEX] = lam_lex
    params[slots.P_NULL] = null_cost
    params[slots.P_SMOOTH] = opts.smooth
    params[slots.P_PAR] = opts.par_pen
    params[slots.P_LEN_CAP] = opts.len_cap
    params[slots.P_MU] = mu
    # members' support is judged only once a lexicon gives words a chance to match
    params[slots.P_SUPPORT] = opts.support_pen if kind_counts is not None else 0.0
    params[slots.P_SUPPORT_MIN] = opts.support_min
    params[slots.P_MEMBER] = opts.member_shortfall if kind_counts is not None else 0.0
    priors = default_priors(opts) if kind_counts is None else adapted_priors(opts, kind_counts)
    return _Problem(
        s, t, n_feats, _cumsum(inp.src.lengths), _cumsum(inp.tgt.lengths),
        _cumsum(s.mass), _cumsum(t.mass), inp.src.paragraphs, inp.tgt.paragraphs, params,
        priors,
    )


def _inputs(
    src: Sequence[str], tgt: Sequence[str], src_pars: frozenset[int] | None,
    tgt_pars: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
) -> _Inputs:
    keys = Vocabulary()
    s_tok = tokenize(src)
    t_vocab = Vocabulary()
    t_tok = tokenize(tgt, t_vocab)
    mt = tokenize(ev.src_mt, t_vocab) if ev.src_mt is not None else None
    if mt is not None:  # the MT added words to the target vocabulary
        t_tok = TokenizedSide(t_tok.ptr, t_tok.ids, t_vocab, mt.is_word)
    s_keys = word_keys(s_tok.vocab, keys, short_weight=opts.short_prefix_weight,
                       skeleton_weight=opts.skeleton_weight)
    t_keys = word_keys(t_vocab, keys, short_weight=opts.short_prefix_weight,
                       skeleton_weight=opts.skeleton_weight)
    terms = None
    if ev.term_pairs:
        terms = (_phrase_hits(src, [a for a, _ in ev.term_pairs]),
                 _phrase_hits(tgt, [b for _, b in ev.term_pairs]))
    s_len, s_par = _lengths_and_paragraphs(src, src_pars)
    t_len, t_par = _lengths_and_paragraphs(tgt, tgt_pars)
    return _Inputs(
        _Side(src, s_tok, s_keys, s_len, s_par), _Side(tgt, t_tok, t_keys, t_len, t_par),
        len(keys), len(t_vocab), mt, terms, len(ev.term_pairs),
    )


def default_priors(opts: AlignOptions) -> npt.NDArray[np.float64]:
    """Cost added per bead kind: 0 for 1-1 and single null beads; a run of ``k``
    unaligned sentences on one side costs ``(k - 1) * null_run_discount`` less than
    ``k`` single null beads (a run of captions or a missing paragraph is one event);
    a larger bead costs more the rarer it is."""
    def prior(a: int, b: int) -> float:
        if a == 0 or b == 0:
            return -(a + b - 1) * opts.null_run_discount
        if (a, b) == (1, 1):
            return 0.0
        if (a, b) in ((1, 2), (2, 1)):
            return opts.prior_12
        if (a, b) == (2, 2):
            return opts.prior_22
        if (a, b) in ((1, 3), (3, 1)):
            return opts.prior_13
        return opts.prior_13 + opts.prior_12  # 2-3, 3-2, 1-4, 4-1
    return np.array([prior(int(a), int(b)) for a, b in KINDS], dtype=np.float64)


def adapted_priors(
    opts: AlignOptions, counts: Counter[tuple[int, int]]
) -> npt.NDArray[np.float64]:
    """Kind priors re-estimated from the first pass (a Dirichlet-smoothed EM step).

    A document translated with many sentence splits (a literary translation
    turning one long Chinese sentence into three English ones) makes 1-3
    beads cheap; a close technical translation keeps them expensive.
    """
    base = default_priors(opts)
    full = (KINDS > 0).all(axis=1)  # KINDS[0], 1-1, is the first of them
    observed = np.array([counts.get((int(a), int(b)), 0) for a, b in KINDS[full]],
                        dtype=np.float64)
    # pseudo-counts proportional to the default probabilities
    smoothed = observed + np.exp(-base[full]) * opts.prior_strength
    prob = smoothed / smoothed.sum()
    out = base.copy()  # null beads keep theirs
    out[full] = np.maximum(np.log(prob[0]) - np.log(prob), 0.0)
    return out


def length_ratio(
    s_len: FloatArray, t_len: FloatArray, s0: IntArray, a: IntArray, t0: IntArray, b: IntArray,
) -> float:
    """Target/source length ratio of the aligned material.

    Pairs are given as arrays: source sentences ``s0 .. s0 + a - 1`` with target
    sentences ``t0 .. t0 + b - 1``.  Estimated from matched pairs (anchors, or
    confident beads) rather than from whole-text totals, which unaligned
    material (site chrome, a missing chapter) would skew.  Falls back to the
    totals with fewer than 5 pairs.
    """
    cs, ct = _cumsum(s_len), _cumsum(t_len)
    ls = cs[s0 + a] - cs[s0]
    lt = ct[t0 + b] - ct[t0]
    ok = (a > 0) & (b > 0) & (ls > 0) & (lt > 0)
    if ok.sum() >= 5:
        return float(np.exp(np.median(np.log(lt[ok] / ls[ok]))))
    total_s, total_t = float(s_len.sum()), float(t_len.sum())
    return total_t / total_s if total_s > 0 and total_t > 0 else 1.0


@dataclass(frozen=True, slots=True)
class _Path:
    """A DP path as arrays, one entry per bead: bead ``k`` joins source sentences
    ``s0[k] .. s0[k] + a[k] - 1`` with target sentences ``t0[k] .. t0[k] + b[k] - 1``."""

    a: IntArray
    b: IntArray
    s0: IntArray
    t0: IntArray
    len_cost: FloatArray
    sim: FloatArray
    margin: FloatArray  # how much cheaper than leaving the sentences unaligned, in (0, 1)

    def nodes(self) -> tuple[IntArray, IntArray]:
        """Every node the path passes, with a node on each row a multi-row bead spans."""
        extra = np.maximum(self.a - 1, 0)
        inner_i = np.repeat(self.s0, extra) + (
            np.arange(int(extra.sum()), dtype=np.int64)
            - np.repeat(np.cumsum(extra) - extra, extra) + 1)
        inner_j = np.repeat(self.t0, extra)
        ends_i = np.concatenate([[0], self.s0 + self.a])
        ends_j = np.concatenate([[0], self.t0 + self.b])
        return np.concatenate([ends_i, inner_i]), np.concatenate([ends_j, inner_j])


def _run_dp(p: _Problem, n: int, m: int, lo: IntArray, hi: IntArray) -> _Path:
    """The best path through the band.

    The margin -- how much cheaper a bead is than leaving its sentences
    unaligned, through a logistic -- picks the beads the next pass learns from;
    it is not the confidence reported to users (:func:`confidence`).
    """
    kinds, stats = banded_dp(
        n, m, lo, hi, p.s.ptr, p.s.ids, p.s.values, p.t.ptr, p.t.ids, p.t.values,
        p.cs_slen, p.cs_tlen, p.cs_smass, p.cs_tmass, p.s_par, p.t_par,
        p.params, p.priors, p.n_features,
    )
    a, b = KINDS[kinds, 0], KINDS[kinds, 1]
    null = (a == 0) | (b == 0)
    if (null & (a + b > 1)).any():  # a run of unaligned sentences: one null bead each
        k = np.where(null, a + b, 1)
        stats = np.repeat(stats / k[:, None], k, axis=0)
        a = np.repeat(np.where(null, np.minimum(a, 1), a), k)
        b = np.repeat(np.where(null, np.minimum(b, 1), b), k)
    s_end, t_end = np.cumsum(a), np.cumsum(b)
    if len(kinds) == 0 or (s_end[-1], t_end[-1]) != (n, m):  # pragma: no cover
        raise RuntimeError("alignment path does not reach the end of both texts")
    cost, null_alt = stats[:, 0], stats[:, 3]
    margin = np.where((a > 0) & (b > 0), 1.0 / (1.0 + np.exp(-(null_alt - cost) / 2.0)), 0.0)
    return _Path(a, b, s_end - a, t_end - b, stats[:, 1].copy(), stats[:, 2].copy(), margin)


# Confidence = P(bead is right), a logistic model of the bead's evidence.  The four
# weights were fitted once (logistic regression) to whether each non-null bead of the
# DEV alignments in shared/bench/align is in the gold; in bins of predicted confidence
# the observed accuracy then matches (0.5-0.7: 0.58, 0.7-0.8: 0.80, 0.9-0.95: 0.93).
# They are global constants, the same for every language pair and document.
_CONF_BIAS, _CONF_SIM, _CONF_LEN, _CONF_SIZE = 2.62, 0.37, -0.89, -1.14


def confidences(a: IntArray, b: IntArray, length_cost: FloatArray, sim: FloatArray,
                typical: float) -> FloatArray:
    """Probability-like confidence in [0, 1] of each bead (0 for a null bead).

    Lexical similarity counts relative to the document's typical (median) bead, so a
    pair of languages with few shared words is not distrusted throughout.
    """
    rel = sim / typical if typical > 0 else np.ones(len(sim))
    z = (_CONF_BIAS + _CONF_SIM * np.log(rel + 0.05)
         + _CONF_LEN * np.minimum(length_cost, 5.0) + _CONF_SIZE * (a + b - 2))
    return np.where((a > 0) & (b > 0), 1.0 / (1.0 + np.exp(-z)), 0.0)


def confidence(n_src: int, n_tgt: int, length_cost: float, sim: float, typical: float) -> float:
    """:func:`confidences` of one bead."""
    return float(confidences(np.array([n_src]), np.array([n_tgt]), np.array([length_cost]),
                             np.array([sim]), typical)[0])


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
    inp: _Inputs, path: _Path, opts: AlignOptions, *, max_beads: int = 8000,
    max_pairs: int = 1_500_000,
) -> Lexicon | None:
    """Word-translation tables from co-occurrence in confident beads.

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
    src, tgt = inp.src.tok, inp.tgt.tok

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


def _align_pair(
    src: Sequence[str], tgt: Sequence[str], src_paragraph_starts: frozenset[int] | None,
    tgt_paragraph_starts: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
    report: Progress,
) -> _Path:
    """The two-pass alignment of a whole (not too long) pair of sentence lists."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:  # every sentence is a null bead
        a = np.concatenate([np.ones(n, dtype=np.int64), np.zeros(m, dtype=np.int64)])
        zero = np.zeros(n + m)
        return _Path(a, 1 - a, np.cumsum(a) - a, np.cumsum(1 - a) - (1 - a), zero, zero, zero)
    inp = _inputs(src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev, opts)
    report("features", 0.1)

    rows = _feature_rows(inp, None, opts)
    pts = bandmod.windowed_anchor_points(rows[0], rows[1], window=opts.anchor_window)
    anchors = bandmod.chain(bandmod.supported(pts, (m / n)))
    lo, hi = bandmod.band_from_anchors(
        n, m, anchors, min_width=opts.min_width, max_width=opts.max_width
    )
    anchor_i = np.array([i for i, _ in anchors], dtype=np.int64)
    anchor_j = np.array([j for _, j in anchors], dtype=np.int64)
    ones = np.ones(len(anchors), dtype=np.int64)
    ratio = length_ratio(inp.src.lengths, inp.tgt.lengths, anchor_i, ones, anchor_j, ones)
    problem = _problem(inp, rows, opts, opts.lam_lex, ratio)
    del rows  # the unweighted rows: memory matters on long documents
    report("pass 1", 0.3)
    path = _run_dp(problem, n, m, lo, hi)

    for k in range(opts.passes - 1):
        lexicon = learn_lexicon(inp, path, opts)
        del problem
        report(f"pass {k + 2}", 0.3 + 0.6 * (k + 1) / opts.passes)
        rows = _feature_rows(inp, lexicon, opts)
        kinds = Counter(zip(path.a.tolist(), path.b.tolist(), strict=True))
        sure = path.margin >= 0.5
        ratio = length_ratio(inp.src.lengths, inp.tgt.lengths, path.s0[sure], path.a[sure],
                             path.t0[sure], path.b[sure])
        problem = _problem(inp, rows, opts, opts.lam_lex, ratio,
                           kinds if opts.adapt_priors else None)
        del rows
        lo, hi = bandmod.band_around_path(n, m, *path.nodes(), width=opts.second_pass_width)
        path = _run_dp(problem, n, m, lo, hi)
    report("done", 1.0)
    return path


def _beads(path: _Path, i0: int = 0, j0: int = 0) -> list[Bead]:
    """Beads of a path (shifted by ``i0``, ``j0``), with confidence and signals."""
    aligned = (path.a > 0) & (path.b > 0)
    typical = float(np.median(path.sim[aligned])) if aligned.any() else 0.0
    conf = np.round(confidences(path.a, path.b, path.len_cost, path.sim, typical), 4)
    rel = np.round(path.sim / typical, 4) if typical > 0 else np.zeros(len(path.sim))
    return [
        Bead(tuple(range(s0, s0 + a)), tuple(range(t0, t0 + b)), c,
             {"length_cost": lc, "lexical": sim, "lexical_vs_typical": r})
        for a, b, s0, t0, c, lc, sim, r in zip(
            path.a.tolist(), path.b.tolist(), (path.s0 + i0).tolist(), (path.t0 + j0).tolist(),
            conf.tolist(), np.round(path.len_cost, 4).tolist(), np.round(path.sim, 4).tolist(),
            rel.tolist(), strict=True)
    ]


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
    inp = _inputs(src[s0:s1], tgt[t0:t1], None, None, Evidence(), opts)
    rows = _feature_rows(inp, None, opts)
    points = bandmod.chain(bandmod.supported(bandmod.anchor_points(rows[0], rows[1]), ratio))
    inner = [(a, b) for a, b in points if a > 0 and b > 0]
    if len(inner) < 3:
        return None
    a, b = min(inner, key=lambda p: abs(p[0] + s0 - i))
    return a + s0, b + t0


def _find_cuts(src: Sequence[str], tgt: Sequence[str], opts: AlignOptions
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


_Job = tuple[Sequence[str], Sequence[str], frozenset[int] | None, frozenset[int] | None,
             Evidence, AlignOptions]
_Bounds = tuple[int, int, int, int]


def _keep_freed_memory() -> None:
    """Let the C allocator keep freed memory for reuse (glibc only; a no-op elsewhere).

    A segment allocates and frees large numpy temporaries over and over; by
    default glibc maps each one afresh and hands it back, and every page is
    faulted in and zeroed again.  A worker lives for one segment, so holding
    on to its heap costs nothing afterwards.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
    mallopt(m_mmap_threshold, 32 << 20)  # the largest glibc allows
    mallopt(m_trim_threshold, 1 << 30)
    mallopt(m_top_pad, 64 << 20)


def _align_segment(job: _Job, bounds: _Bounds) -> _Path:
    """Align the segment ``src[i0:i1]`` / ``tgt[j0:j1]`` of a job."""
    src, tgt, src_pars, tgt_pars, ev, opts = job
    i0, i1, j0, j1 = bounds

    def shifted(starts: frozenset[int] | None, a: int, b: int) -> frozenset[int] | None:
        return None if starts is None else frozenset(x - a for x in starts if a <= x < b)

    sub_ev = Evidence(ev.term_pairs, None if ev.src_mt is None else ev.src_mt[i0:i1])
    return _align_pair(src[i0:i1], tgt[j0:j1], shifted(src_pars, i0, i1),
                       shifted(tgt_pars, j0, j1), sub_ev, opts, lambda _s, _f: None)


def _segment_child(job: _Job, bounds: _Bounds, conn: Connection) -> None:
    """Body of a forked worker: align one segment and send the path back.

    Everything inherited from the parent is frozen out of the garbage
    collector's reach (a collection would visit, and so copy, every object),
    and the collector stays off: the child lives for one segment, and what
    little cyclic garbage it makes goes when it exits.
    """
    gc.freeze()
    gc.disable()
    _keep_freed_memory()
    try:
        conn.send(("ok", _align_segment(job, bounds)))
    except BaseException:  # reported by the parent, which raises it
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def _forked(job: _Job, segments: Iterator[_Bounds], workers: int
            ) -> Iterator[tuple[_Bounds, _Path]]:
    """Align segments in child processes forked from this thread, at most
    ``workers`` at a time; results come back in segment order.

    A fresh process per segment gives back everything it allocated when it
    exits; forking only from a process's one thread (never from a pool's
    helper thread, and never while other threads run) keeps a child from
    inheriting a lock that another thread held at the moment of the fork.  The
    next segment's cut is searched for while the children work.
    """
    ctx = mp.get_context("fork")
    running: dict[int, tuple[Connection, BaseProcess]] = {}
    finished: dict[int, _Path] = {}
    started: list[_Bounds] = []
    pending = iter(segments)
    more = True
    next_out = 0  # the first segment not yet given back
    try:
        while more or running or finished:
            while more and len(running) < workers:
                bounds = next(pending, None)
                if bounds is None:
                    more = False
                    break
                receive, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_segment_child, args=(job, bounds, send), daemon=True)
                proc.start()
                send.close()
                running[len(started)] = (receive, proc)
                started.append(bounds)
            while next_out in finished:
                yield started[next_out], finished.pop(next_out)
                next_out += 1
            if not running:
                continue
            ready = connection.wait([receive for receive, _ in running.values()])
            for k in [k for k, (receive, _) in running.items() if receive in ready]:
                receive, child = running.pop(k)
                try:
                    status, payload = receive.recv()
                except EOFError:  # the child died without a word
                    status, payload = "died", None
                receive.close()
                child.join()
                what = f"source sentences {started[k][0]:,}-{started[k][1] - 1:,}"
                if status == "died":
                    code = child.exitcode or 0
                    how = f"was killed by signal {-code}" if code < 0 else f"exited ({code})"
                    raise ResourceError(f"the worker process aligning {what} {how}; the "
                                        "machine may be short of memory")
                if status != "ok":
                    raise RuntimeError(f"aligning {what} failed in a worker process:\n"
                                       f"{payload}")
                finished[k] = payload
    finally:
        for receive, child in running.values():
            child.terminate()
            child.join()
            receive.close()


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _align_segments(
    src: Sequence[str], tgt: Sequence[str], src_paragraph_starts: frozenset[int] | None,
    tgt_paragraph_starts: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
    report: Progress,
) -> list[Bead]:
    """A long pair cut into segments of about ``opts.segment`` source sentences at
    sure anchor nodes (:func:`_find_cuts`), each aligned on its own -- in forked
    worker processes where the platform forks -- so memory is that of a segment
    per worker and time is shared by the processor's cores.  The length ratio,
    lexicon and kind priors adapt to each segment.
    """
    job: _Job = (src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev, opts)
    n = len(src)
    report(f"aligning {n:,} source sentences in segments", 0.0)
    out: list[Bead] = []
    segments = (
        (i0, i1, j0, j1)
        for (i0, j0), (i1, j1) in itertools.pairwise(_find_cuts(src, tgt, opts))
    )
    workers = _workers()
    # A daemonic process (itself a worker) may not start processes, and a process
    # with other threads running may not fork safely: a child could inherit a lock
    # one of them holds.  Both align the segments one after another.
    if (workers > 1 and "fork" in mp.get_all_start_methods()
            and not mp.current_process().daemon and threading.active_count() == 1):
        results = _forked(job, segments, workers)
    else:
        results = ((seg, _align_segment(job, seg)) for seg in segments)
    # A million beads hold no reference cycles; the garbage collector would only
    # walk them over and over as they accumulate.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        for (i0, i1, j0, _), path in results:
            out.extend(_beads(path, i0, j0))
            report(f"aligned {i1:,}/{n:,} source sentences", i1 / n)
    finally:
        if gc_was_on:
            gc.enable()
    return out


def align_sentences(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str,
    tgt_lang: str,
    src_paragraph_starts: frozenset[int] | None = None,
    tgt_paragraph_starts: frozenset[int] | None = None,
    evidence: Evidence | None = None,
    options: AlignOptions | None = None,
    src_name: str = "<source>",
    tgt_name: str = "<target>",
    progress: Progress | None = None,
) -> Alignment:
    """Align two sentence lists; every index appears in exactly one bead, in order."""
    opts = options or AlignOptions()
    ev = evidence or Evidence()
    n = len(src)
    settings = {
        "aligner": f"aligner {__version__}",
        "src_lang": src_lang,
        "tgt_lang": tgt_lang,
        "evidence": ",".join(
            x for x, on in (("terms", bool(ev.term_pairs)), ("mt", ev.src_mt is not None)) if on
        ) or "none",
        **opts.describe(),
    }
    report = progress or (lambda _stage, _frac: None)
    if n < 2 * opts.segment:
        out = _beads(_align_pair(src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev,
                                   opts, report))
    else:
        out = _align_segments(src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev, opts,
                             report)
    return Alignment(tuple(src), tuple(tgt), tuple(out), src_lang, tgt_lang, src_name,
                     tgt_name, settings)
