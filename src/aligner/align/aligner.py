"""Sentence alignment: features -> anchors -> banded DP -> lexicon -> banded DP.

Pass 1 aligns with length, cognates, numbers, punctuation, names and any
evidence the user gave (glossary, dictionary, machine translation).  From
its confident beads a word-translation table is learned for *this* document
pair (Dice coefficient over co-occurrence in beads, as hunalign's realign
does, but over bead unions and weighted by idf), and pass 2 realigns in a
band around the first path with the table added.  Each signal's weight
depends on how well it separates aligned pairs from shifted ones in pass 1.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from aligner import __version__
from aligner.align import band as bandmod
from aligner.align.dp import KINDS, banded_dp, bead_cost
from aligner.align.features import (
    SparseRows,
    Tokens,
    Vocabulary,
    idf,
    to_sparse,
    tokenize,
)
from aligner.model import Alignment, Bead

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Tunable defaults; the same for every language pair."""

    len_var: float = 6.8
    lam_len: float = 1.0
    lam_lex: float = 12.0
    null_extra: float = 3.0
    smooth: float = 0.5
    par_pen: float = 1.5
    len_cap: float = 25.0
    prior_12: float = 2.5
    prior_22: float = 5.0
    prior_13: float = 5.0
    min_width: int = 12
    max_width: int = 60
    second_pass_width: int = 8
    lexicon_min_count: int = 2
    lexicon_min_dice: float = 0.2
    lexicon_top: int = 3
    passes: int = 2
    adapt_priors: bool = True
    additive: bool = False
    max_features: int = 40
    prior_strength: float = 20.0

    def describe(self) -> dict[str, str]:
        return {k: str(getattr(self, k)) for k in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Optional extra evidence.  Term pairs: (source phrase, target phrase)."""

    term_pairs: Sequence[tuple[str, str]] = ()
    src_mt: Sequence[str] | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


def _phrase_hits(sentences: Sequence[str], phrases: Sequence[str]) -> list[list[int]]:
    """For each sentence, the indices of phrases it contains (folded, word-bounded)."""
    folded = [f" {' '.join(w for w in _words(s))} " for s in sentences]
    keys = [f" {' '.join(_words(p))} " for p in phrases]
    hits: list[list[int]] = [[] for _ in sentences]
    if not keys:
        return hits
    try:
        import ahocorasick

        auto = ahocorasick.Automaton()
        for k, key in enumerate(keys):
            if key.strip():
                existing = auto.get(key, None)
                auto.add_word(key, ((*existing, k) if existing else (k,)))
        auto.make_automaton()
        for i, text in enumerate(folded):
            for _, ks in auto.iter(text):
                hits[i].extend(ks)
    except ImportError:  # pragma: no cover - pyahocorasick is a dependency
        for i, text in enumerate(folded):
            hits[i] = [k for k, key in enumerate(keys) if key.strip() and key in text]
    return hits


def _words(text: str) -> list[str]:
    from aligner.align.features import _TOKEN_RE, fold_text

    return [t for t in _TOKEN_RE.findall(fold_text(text)) if t[0].isalnum()]


@dataclass
class _Side:
    sentences: Sequence[str]
    tokens: Tokens
    lengths: npt.NDArray[np.float64]
    paragraphs: npt.NDArray[np.int8]


def _side(sentences: Sequence[str], paragraph_starts: frozenset[int] | None) -> _Side:
    toks = tokenize(sentences)
    lengths = np.array([len(s.strip()) for s in sentences], dtype=np.float64)
    par = np.zeros(len(sentences), dtype=np.int8)
    for i in paragraph_starts or ():
        if 0 <= i < len(sentences):
            par[i] = 1
    return _Side(sentences, toks, lengths, par)


def _cumsum(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    out = np.zeros(len(x) + 1, dtype=np.float64)
    np.cumsum(x, out=out[1:])
    return out


def _feature_rows(
    src: _Side,
    tgt: _Side,
    *,
    lexicon: Mapping[str, Sequence[tuple[str, float]]],
    term_hits: tuple[list[list[int]], list[list[int]]] | None,
    mt_tokens: Tokens | None,
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Feature bags for both sides in the shared space (before idf weighting)."""
    s_rows: list[dict[str, float]] = []
    for i in range(len(src.sentences)):
        row: dict[str, float] = {}
        for k in src.tokens.keys[i]:
            row[k] = row.get(k, 0.0) + 1.0
        for w in src.tokens.words[i]:
            for t, p in lexicon.get(w, ()):
                f = "w" + t
                row[f] = row.get(f, 0.0) + p
        if mt_tokens is not None:
            for w in mt_tokens.words[i]:
                f = "w" + w
                row[f] = row.get(f, 0.0) + 1.0
            for k in mt_tokens.keys[i]:
                if k not in row:
                    row[k] = 1.0
        if term_hits is not None:
            for k in term_hits[0][i]:
                row[f"t{k}"] = 1.0
        s_rows.append(row)
    use_words = bool(lexicon) or mt_tokens is not None
    t_rows: list[dict[str, float]] = []
    for j in range(len(tgt.sentences)):
        row = {}
        for k in tgt.tokens.keys[j]:
            row[k] = row.get(k, 0.0) + 1.0
        if use_words:
            for w in tgt.tokens.words[j]:
                f = "w" + w
                row[f] = row.get(f, 0.0) + 1.0
        if term_hits is not None:
            for k in term_hits[1][j]:
                row[f"t{k}"] = 1.0
        t_rows.append(row)
    return s_rows, t_rows


@dataclass
class _Problem:
    s: SparseRows
    t: SparseRows
    n_features: int
    cs_slen: npt.NDArray[np.float64]
    cs_tlen: npt.NDArray[np.float64]
    cs_smass: npt.NDArray[np.float64]
    cs_tmass: npt.NDArray[np.float64]
    s_par: npt.NDArray[np.int8]
    t_par: npt.NDArray[np.int8]
    params: npt.NDArray[np.float64]
    priors: npt.NDArray[np.float64]


def _problem(
    src: _Side, tgt: _Side, s_rows: list[dict[str, float]], t_rows: list[dict[str, float]],
    opts: AlignOptions, lam_lex: float, ratio: float,
    kind_counts: Counter[tuple[int, int]] | None = None,
) -> _Problem:
    weights = idf([*s_rows, *t_rows], len(s_rows) + len(t_rows))
    vocab = Vocabulary()
    s = to_sparse(s_rows, vocab, weights, top=opts.max_features)
    t = to_sparse(t_rows, vocab, weights, top=opts.max_features)
    null_cost = 0.5 * lam_lex + opts.null_extra
    masses = np.concatenate([s.mass, t.mass])
    mu = float(masses.mean()) if len(masses) and masses.mean() > 0 else 1.0
    params = np.array(
        [ratio, opts.len_var, opts.lam_len, lam_lex, null_cost, opts.smooth, opts.par_pen,
         opts.len_cap, 1.0 if opts.additive else 0.0, mu],
        dtype=np.float64,
    )
    priors = default_priors(opts) if kind_counts is None else adapted_priors(opts, kind_counts)
    return _Problem(
        s, t, len(vocab), _cumsum(src.lengths), _cumsum(tgt.lengths),
        _cumsum(s.mass), _cumsum(t.mass), src.paragraphs, tgt.paragraphs, params, priors,
    )


def default_priors(opts: AlignOptions) -> npt.NDArray[np.float64]:
    """Cost added per bead kind (0 for 1-1 and null beads)."""
    def prior(a: int, b: int) -> float:
        if a == 0 or b == 0 or (a, b) == (1, 1):
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
    # pseudo-counts proportional to the default probabilities
    pseudo = np.exp(-base) * opts.prior_strength
    observed = np.array([counts.get((int(a), int(b)), 0) for a, b in KINDS], dtype=np.float64)
    full = np.array([a > 0 and b > 0 for a, b in KINDS])
    prob = (observed + pseudo) / (observed + pseudo)[full].sum()
    one_one = prob[0]
    out = np.where(full, np.log(one_one) - np.log(prob), 0.0)
    return np.maximum(out, 0.0)


def length_ratio(
    src: _Side, tgt: _Side, pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]
) -> float:
    """Target/source length ratio of the aligned material.

    Estimated from matched pairs (anchors, or confident beads) rather than
    from whole-text totals, which unaligned material (site chrome, a missing
    chapter) would skew.  Falls back to the totals with fewer than 5 pairs.
    """
    ls = np.array([src.lengths[list(s)].sum() for s, t in pairs if s and t])
    lt = np.array([tgt.lengths[list(t)].sum() for s, t in pairs if s and t])
    ok = (ls > 0) & (lt > 0)
    if ok.sum() >= 5:
        return float(np.exp(np.median(np.log(lt[ok] / ls[ok]))))
    total_s, total_t = float(src.lengths.sum()), float(tgt.lengths.sum())
    return total_t / total_s if total_s > 0 and total_t > 0 else 1.0


def _run_dp(
    p: _Problem, n: int, m: int, lo: npt.NDArray[np.int64], hi: npt.NDArray[np.int64]
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    kinds = banded_dp(
        n, m, lo, hi, p.s.ptr, p.s.ids, p.s.weights, p.t.ptr, p.t.ids, p.t.weights,
        p.cs_slen, p.cs_tlen, p.cs_smass, p.cs_tmass, p.s_par, p.t_par,
        p.params, p.priors, p.n_features,
    )
    beads = []
    i = j = 0
    for k in kinds:
        a, b = int(KINDS[k, 0]), int(KINDS[k, 1])
        beads.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i += a
        j += b
    if (i, j) != (n, m):  # pragma: no cover - the band always connects the corners
        raise RuntimeError("alignment path does not reach the end of both texts")
    return beads


def _evaluate(
    p: _Problem, beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]
) -> list[tuple[float, float, float, float]]:
    """Per bead: (cost, length cost, lexical similarity, confidence)."""
    sc_s = np.zeros(p.n_features + 1)
    sc_t = np.zeros(p.n_features + 1)
    out = np.zeros(2)
    null = float(p.params[4])
    kind_index = {(int(a), int(b)): k for k, (a, b) in enumerate(KINDS)}
    args = (p.s.ptr, p.s.ids, p.s.weights, p.t.ptr, p.t.ids, p.t.weights, p.cs_slen, p.cs_tlen,
            p.cs_smass, p.cs_tmass, p.s_par, p.t_par, p.params)
    res = []
    for s, t in beads:
        i0 = s[0] if s else _next_index(s)
        j0 = t[0] if t else 0
        if not s or not t:
            res.append((null * (len(s) + len(t)), 0.0, 0.0, 0.0))
            continue
        null_alt = bead_cost(i0, i0 + len(s), j0, j0, *args, 0.0, sc_s, sc_t, out) + bead_cost(
            i0, i0, j0, j0 + len(t), *args, 0.0, sc_s, sc_t, out)
        k = kind_index.get((len(s), len(t)))
        prior = float(p.priors[k]) if k is not None else 0.0
        cost = bead_cost(
            i0, i0 + len(s), j0, j0 + len(t), p.s.ptr, p.s.ids, p.s.weights,
            p.t.ptr, p.t.ids, p.t.weights, p.cs_slen, p.cs_tlen, p.cs_smass, p.cs_tmass,
            p.s_par, p.t_par, p.params, prior, sc_s, sc_t, out,
        )
        margin = null_alt - cost
        conf = 1.0 / (1.0 + math.exp(-margin / 2.0))
        res.append((float(cost), float(out[0]), float(out[1]), conf))
    return res


def _next_index(s: tuple[int, ...]) -> int:
    return s[0] if s else 0


def learn_lexicon(
    src: _Side, tgt: _Side, beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    confidences: Sequence[float], opts: AlignOptions, *, max_beads: int = 20000,
) -> dict[str, list[tuple[str, float]]]:
    """Word-translation table from co-occurrence in confident beads (Dice)."""
    chosen = [
        b for b, c in zip(beads, confidences, strict=True) if b[0] and b[1] and c >= 0.5
    ]
    if len(chosen) > max_beads:
        step = len(chosen) / max_beads
        chosen = [chosen[int(k * step)] for k in range(max_beads)]
    if len(chosen) < 10:
        return {}
    s_vocab: dict[str, int] = {}
    t_vocab: dict[str, int] = {}
    pair_chunks: list[npt.NDArray[np.int64]] = []
    s_count: Counter[int] = Counter()
    t_count: Counter[int] = Counter()
    for s, t in chosen:
        sw = {s_vocab.setdefault(w, len(s_vocab)) for i in s for w in src.tokens.words[i]}
        tw = {t_vocab.setdefault(w, len(t_vocab)) for j in t for w in tgt.tokens.words[j]}
        if not sw or not tw:
            continue
        s_count.update(sw)
        t_count.update(tw)
        sa = np.fromiter(sw, dtype=np.int64, count=len(sw))
        ta = np.fromiter(tw, dtype=np.int64, count=len(tw))
        pair_chunks.append((sa[:, None] * (1 << 31) + ta[None, :]).ravel())
    if not pair_chunks:
        return {}
    pairs, counts = np.unique(np.concatenate(pair_chunks), return_counts=True)
    keep = counts >= opts.lexicon_min_count
    pairs, counts = pairs[keep], counts[keep]
    s_ids = pairs >> 31
    t_ids = pairs & ((1 << 31) - 1)
    sc = np.array([s_count[int(x)] for x in s_ids], dtype=np.float64)
    tc = np.array([t_count[int(x)] for x in t_ids], dtype=np.float64)
    dice = 2.0 * counts / (sc + tc)
    keep = dice >= opts.lexicon_min_dice
    s_names = {v: k for k, v in s_vocab.items()}
    t_names = {v: k for k, v in t_vocab.items()}
    table: dict[str, list[tuple[str, float]]] = {}
    for si, ti, d in zip(s_ids[keep], t_ids[keep], dice[keep], strict=True):
        table.setdefault(s_names[int(si)], []).append((t_names[int(ti)], float(d)))
    for w, lst in table.items():
        lst.sort(key=lambda x: -x[1])
        table[w] = lst[: opts.lexicon_top]
    return table


def _path_nodes(beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> list[tuple[int, int]]:
    nodes = [(0, 0)]
    i = j = 0
    for s, t in beads:
        i += len(s)
        j += len(t)
        nodes.append((i, j))
    # add intermediate rows of multi-row beads so every row has a node
    full: list[tuple[int, int]] = [nodes[0]]
    for (i0, j0), (i1, j1) in zip(nodes, nodes[1:], strict=False):
        for i in range(i0 + 1, i1):
            full.append((i, j0))
        full.append((i1, j1))
    return full


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
    n, m = len(src), len(tgt)
    settings = {
        "aligner": f"aligner {__version__}",
        "src_lang": src_lang,
        "tgt_lang": tgt_lang,
        "evidence": ",".join(
            x for x, on in (("terms", bool(ev.term_pairs)), ("mt", ev.src_mt is not None)) if on
        ) or "none",
        **opts.describe(),
    }
    if n == 0 or m == 0:
        beads = tuple(Bead((i,), ()) for i in range(n)) + tuple(Bead((), (j,)) for j in range(m))
        return Alignment(tuple(src), tuple(tgt), beads, src_lang, tgt_lang, src_name,
                         tgt_name, settings)
    report = progress or (lambda _stage, _frac: None)
    s_side = _side(src, src_paragraph_starts)
    t_side = _side(tgt, tgt_paragraph_starts)
    term_hits = None
    if ev.term_pairs:
        term_hits = (
            _phrase_hits(src, [a for a, _ in ev.term_pairs]),
            _phrase_hits(tgt, [b for _, b in ev.term_pairs]),
        )
    mt_tokens = tokenize(ev.src_mt) if ev.src_mt is not None else None
    report("features", 0.1)

    s_rows, t_rows = _feature_rows(s_side, t_side, lexicon={}, term_hits=term_hits,
                                   mt_tokens=mt_tokens)
    pts = bandmod.anchor_points([list(r) for r in s_rows], [list(r) for r in t_rows])
    anchors = bandmod.chain(bandmod.supported(pts, (m / n)))
    lo, hi = bandmod.band_from_anchors(
        n, m, anchors, min_width=opts.min_width, max_width=opts.max_width
    )
    ratio = length_ratio(s_side, t_side, [((i,), (j,)) for i, j in anchors])
    problem = _problem(s_side, t_side, s_rows, t_rows, opts, opts.lam_lex, ratio)
    report("pass 1", 0.3)
    beads = _run_dp(problem, n, m, lo, hi)
    scored = _evaluate(problem, beads)

    for _ in range(opts.passes - 1):
        lexicon = learn_lexicon(s_side, t_side, beads, [c for *_, c in scored], opts)
        if not lexicon:
            break
        report("pass 2", 0.6)
        s_rows, t_rows = _feature_rows(s_side, t_side, lexicon=lexicon, term_hits=term_hits,
                                       mt_tokens=mt_tokens)
        kinds = Counter((len(s), len(t)) for s, t in beads)
        confident = [b for b, sc in zip(beads, scored, strict=True) if sc[3] >= 0.5]
        ratio = length_ratio(s_side, t_side, confident)
        problem = _problem(s_side, t_side, s_rows, t_rows, opts, opts.lam_lex, ratio,
                           kinds if opts.adapt_priors else None)
        lo, hi = bandmod.band_around_path(n, m, _path_nodes(beads),
                                          width=opts.second_pass_width)
        beads = _run_dp(problem, n, m, lo, hi)
        scored = _evaluate(problem, beads)
    report("done", 1.0)
    out = tuple(
        Bead(s, t, round(conf, 4), {"length_cost": round(lc, 4), "lexical": round(sim, 4)})
        for (s, t), (_, lc, sim, conf) in zip(beads, scored, strict=True)
    )
    return Alignment(tuple(src), tuple(tgt), out, src_lang, tgt_lang, src_name, tgt_name,
                     settings)
