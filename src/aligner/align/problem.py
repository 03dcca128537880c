"""What one DP pass solves: inputs, feature rows, parameter vector, bead-kind priors.

The inputs of a pair (tokens, cognate keys, lengths, paragraph starts and the
user's evidence) become feature rows of both sides in one shared space (with a
learned lexicon from pass 2 on); weighted, with the kernel's parameter vector
filled slot by slot (:mod:`aligner.align.kernel_slots`) and a prior per bead
kind, they are the :class:`Problem` the banded DP kernel takes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from aligner.align import kernel_slots as slots
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
    tokenize,
    weight_rows,
    word_keys,
)
from aligner.align.kernel_slots import KINDS
from aligner.align.lexicon import Lexicon
from aligner.align.marks import line_marks
from aligner.align.options import AlignOptions, Evidence


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
    marks: npt.NDArray[np.int8]  # aligner.align.marks.line_marks


def _lengths_and_marks(
    sentences: Sequence[str], paragraph_starts: frozenset[int] | None
) -> tuple[FloatArray, npt.NDArray[np.int8]]:
    """Each line's length, and its mark (:func:`aligner.align.marks.line_marks`)."""
    lengths = np.array([len(s.strip()) for s in sentences], dtype=np.float64)
    return lengths, line_marks(sentences, paragraph_starts)


def _cumsum(x: FloatArray) -> FloatArray:
    out = np.zeros(len(x) + 1, dtype=np.float64)
    np.cumsum(x, out=out[1:])
    return out


@dataclass
class Inputs:
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


def _src_entries(inp: Inputs, lexicon: Lexicon | None, opts: AlignOptions,
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


def _tgt_entries(inp: Inputs, lexicon: Lexicon | None, r0: int, r1: int) -> list[Entries]:
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


def _source_words(inp: Inputs) -> int:
    """First feature id of the source-word block (after keys, target words, terms)."""
    return inp.n_keys + inp.n_words + inp.n_terms


def feature_rows(inp: Inputs, lexicon: Lexicon | None, opts: AlignOptions
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
class Problem:
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


#: Two texts whose paragraph counts differ by less than this share (of the larger) keep
#: their paragraphs: a translation's paragraph ends are then the source's.
PARAGRAPHS_KEPT = 0.2


def paragraphs_agree(s_marks: npt.NDArray[np.int8], t_marks: npt.NDArray[np.int8]) -> bool:
    """Whether both texts have paragraphs, about as many (:data:`PARAGRAPHS_KEPT`): then
    a bead that ends a paragraph on one side only costs ``par_mismatch``."""
    ns = int(np.count_nonzero(s_marks == slots.MARK_PARAGRAPH))
    nt = int(np.count_nonzero(t_marks == slots.MARK_PARAGRAPH))
    return min(ns, nt) >= 1 and min(ns, nt) >= (1.0 - PARAGRAPHS_KEPT) * max(ns, nt)


def build_problem(
    inp: Inputs, rows: tuple[Csr, Csr, int], opts: AlignOptions, lam_lex: float, ratio: float,
    kind_counts: Counter[tuple[int, int]] | None = None, *, encoder: bool = False,
    clauses: bool = False,
) -> Problem:
    """The DP problem of one pass; ``encoder``: the pair has sentence embeddings, so
    the encoder's term is on (its arrays are made per band, :mod:`semantic`);
    ``clauses``: it has last-clause embeddings too, so the crossing cost is on."""
    s_raw, t_raw, n_feats = rows
    s, t = weight_rows([s_raw, t_raw], n_feats, top=opts.max_features)
    null_cost = 0.5 * lam_lex + opts.null_extra + (opts.enc_null if encoder else 0.0)
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
    params[slots.P_CONT] = opts.cont_bonus
    params[slots.P_END_MIS] = opts.enc_end_mismatch if encoder else opts.end_mismatch
    params[slots.P_PAR_MIS] = opts.par_mismatch if paragraphs_agree(
        inp.src.marks, inp.tgt.marks) else 0.0
    # the kernels read the clauses' blocks of the encoder's arrays only when this is on
    params[slots.P_ENC_CROSS] = opts.enc_cross if clauses else 0.0
    params[slots.P_ENC_CROSS_MIN] = opts.enc_cross_min
    params[slots.P_LEN_CAP] = opts.len_cap
    params[slots.P_MU] = mu
    # members' support is judged only once a lexicon gives words a chance to match
    params[slots.P_SUPPORT] = opts.support_pen if kind_counts is not None else 0.0
    params[slots.P_SUPPORT_MIN] = opts.support_min
    params[slots.P_MEMBER] = opts.member_shortfall if kind_counts is not None else 0.0
    params[slots.P_LAM_ENC] = opts.lam_enc if encoder else 0.0
    params[slots.P_ENC_REWARD] = opts.enc_reward if encoder else 0.0
    params[slots.P_ENC_MEMBER] = opts.enc_member
    priors = default_priors(opts) if kind_counts is None else adapted_priors(opts, kind_counts)
    return Problem(
        s, t, n_feats, _cumsum(inp.src.lengths), _cumsum(inp.tgt.lengths),
        _cumsum(s.mass), _cumsum(t.mass), inp.src.marks, inp.tgt.marks, params,
        priors,
    )


def build_inputs(
    src: Sequence[str], tgt: Sequence[str], src_pars: frozenset[int] | None,
    tgt_pars: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
) -> Inputs:
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
    s_len, s_par = _lengths_and_marks(src, src_pars)
    t_len, t_par = _lengths_and_marks(tgt, tgt_pars)
    return Inputs(
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
        # 2-3, 3-2, 1-4, 4-1; each sentence more (1-5, 5-1, 3-3) costs prior_12 more
        return opts.prior_13 + opts.prior_12 * (a + b - 4)
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
    fallback: float | None = None,
) -> float:
    """Target/source length ratio of the aligned material.

    Pairs are given as arrays: source sentences ``s0 .. s0 + a - 1`` with target
    sentences ``t0 .. t0 + b - 1``.  Estimated from matched pairs (anchors, or
    confident beads) rather than from whole-text totals, which unaligned
    material (site chrome, a missing chapter) would skew.  With fewer than 5
    pairs: ``fallback`` if given, else the ratio of the totals.
    """
    cs, ct = _cumsum(s_len), _cumsum(t_len)
    ls = cs[s0 + a] - cs[s0]
    lt = ct[t0 + b] - ct[t0]
    ok = (a > 0) & (b > 0) & (ls > 0) & (lt > 0)
    if ok.sum() >= 5:
        return float(np.exp(np.median(np.log(lt[ok] / ls[ok]))))
    if fallback is not None:
        return fallback
    total_s, total_t = float(s_len.sum()), float(t_len.sum())
    return total_t / total_s if total_s > 0 and total_t > 0 else 1.0
