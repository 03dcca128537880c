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

This module is the driver and the public API; each step's job lives in its own
module: options.py (what a caller sets), problem.py (inputs, feature rows,
parameter vector, priors), dp.py (the kernel), path.py (its result),
lexicon.py, confidence.py, cuts.py (cutting a long pair) and parallel.py
(forked workers).
"""

from __future__ import annotations

import functools
import gc
import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from aligner import __version__
from aligner.align import band as bandmod
from aligner.align import parallel
from aligner.align.confidence import confidence, confidences, typical_similarity
from aligner.align.cuts import find_cuts
from aligner.align.dp import banded_dp
from aligner.align.encoder import HalfArray, get_encoder, knows
from aligner.align.features import FloatArray, IntArray
from aligner.align.kernel_slots import KINDS
from aligner.align.lexicon import Lexicon, learn_lexicon
from aligner.align.options import AlignOptions, Evidence, Progress
from aligner.align.path import BeadPath, concat
from aligner.align.problem import (
    Problem,
    adapted_priors,
    build_inputs,
    build_problem,
    default_priors,
    feature_rows,
    length_ratio,
)
from aligner.align.regions import check_regions, region_progress, region_spans, within
from aligner.align.semantic import (
    Clauses,
    Matches,
    bead_distances,
    edge_clauses,
    encoder_band,
    matches,
)
from aligner.model import Alignment, Bead

# The public API, and the names that were defined here before the aligner was split
# by job (options, problem, lexicon, confidence): still importable from here.
__all__ = [
    "AlignOptions", "Evidence", "Lexicon", "Progress", "adapted_priors", "align_sentences",
    "confidence", "confidences", "default_priors", "learn_lexicon", "length_ratio",
]

Embeddings = tuple[HalfArray, HalfArray]  # source and target sentence embeddings


def _run_dp(p: Problem, n: int, m: int, lo: IntArray, hi: IntArray,
            emb: Embeddings | None, *, last: bool, opts: AlignOptions,
            clauses: Clauses | None = None) -> BeadPath:
    """The best path through the band.

    The margin -- how much cheaper a bead is than leaving its sentences
    unaligned, through a logistic -- picks the beads the next pass learns from;
    it is not the confidence reported to users (:func:`confidence`).  The beads'
    encoder distances, which only that confidence reads, are computed on the
    ``last`` pass alone.  With the encoder, the last pass keeps the
    minimum-Bayes-risk path (``opts.mbr``): its costs are informed enough for their
    posteriors to be worth trusting (without the encoder they were not, measured on DEV).
    """
    mbr = ((opts.mbr_temperature, opts.mbr_threshold)
           if last and emb is not None and opts.mbr else None)
    kinds, stats = banded_dp(
        n, m, lo, hi, p.s.ptr, p.s.ids, p.s.values, p.t.ptr, p.t.ids, p.t.values,
        p.cs_slen, p.cs_tlen, p.cs_smass, p.cs_tmass, p.s_par, p.t_par,
        p.params, p.priors, p.n_features,
        enc=None if emb is None else encoder_band(emb[0], emb[1], lo, hi, clauses),
        mbr=mbr,
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
    s0, t0 = s_end - a, t_end - b
    # the encoder's distances are read by the confidence only: of the last pass's beads
    semantic = (bead_distances(emb[0], emb[1], a, b, s0, t0, stats[:, 4])
                if emb is not None and last else np.full(len(a), np.nan))
    return BeadPath(a, b, s0, t0, stats[:, 1].copy(), stats[:, 2].copy(), margin, semantic,
                    stats[:, 5].copy())


#: The last pairs' embeddings: a pair aligned again in the same process (the second
#: alignment of :mod:`aligner.align.omissions`, ``aligner check`` after ``align``) is
#: not encoded again.  As many pairs as a document has regions (body, footnotes,
#: endnotes: :mod:`aligner.align.regions`), which share its sentences: memory does not grow.
_LAST_EMBEDDINGS: list[tuple[tuple[object, ...], tuple[Embeddings, Clauses | None]]] = []
_KEPT_EMBEDDINGS = 3


def _embeddings(src: Sequence[str], tgt: Sequence[str], opts: AlignOptions
                ) -> tuple[Embeddings | None, Clauses | None]:
    """:func:`_encode_pair`, or the last pair's when these are its sentences."""
    enc = get_encoder(opts.encoder)
    if enc is None or opts.lam_enc <= 0:
        return None, None
    key = (id(enc), opts.enc_cross > 0, tuple(src), tuple(tgt))
    for kept, found in _LAST_EMBEDDINGS:
        if kept == key:
            return found
    found = _encode_pair(src, tgt, opts)
    embeddings, clauses = found
    for array in (*embeddings, *(clauses or ())):
        array.flags.writeable = False  # shared with the next call: nobody may change it
    _LAST_EMBEDDINGS[:] = [*_LAST_EMBEDDINGS[1 - _KEPT_EMBEDDINGS:], (key, found)]
    return found


def _encode_pair(src: Sequence[str], tgt: Sequence[str], opts: AlignOptions
                 ) -> tuple[Embeddings, Clauses | None]:
    """Both sides' sentence embeddings, or None without an encoder; and, for the
    crossing cost (``enc_cross``), each sentence's last and first clauses' embeddings
    (zeros for a sentence of one clause: no evidence), or None.  The clauses' vectors
    come from the sentences' own token rows (:meth:`Encoder.embed_parts`), at next to
    no cost."""
    enc = get_encoder(opts.encoder)
    assert enc is not None  # _embeddings asks only with one
    n = len(src)
    if opts.enc_cross <= 0:
        both = enc.embed([*src, *tgt])
        return (both[:n], both[n:]), None
    firsts, lasts = edge_clauses([*src, *tgt])
    every, first, last = enc.embed_parts([*src, *tgt], firsts, lasts)
    return (every[:n], every[n:]), (last[:n], last[n:], first[:n], first[n:])


def _for_languages(opts: AlignOptions, src_lang: str, tgt_lang: str) -> AlignOptions:
    """``opts`` for a pair of these languages: the crossing cost (``enc_cross``) only
    where the encoder knows both -- between clauses of a language it was not trained on
    its cosines are too rough (on DEV, ParIce's Icelandic lost a right bead to it)."""
    if opts.enc_cross > 0 and not (knows(src_lang) and knows(tgt_lang)):
        return replace(opts, enc_cross=0.0)
    return opts


def _align_pair(
    src: Sequence[str], tgt: Sequence[str], src_paragraph_starts: frozenset[int] | None,
    tgt_paragraph_starts: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
    report: Progress,
) -> BeadPath:
    """The two-pass alignment of a whole (not too long) pair of sentence lists."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:  # every sentence is a null bead
        a = np.concatenate([np.ones(n, dtype=np.int64), np.zeros(m, dtype=np.int64)])
        zero = np.zeros(n + m)
        return BeadPath(a, 1 - a, np.cumsum(a) - a, np.cumsum(1 - a) - (1 - a), zero, zero, zero,
                        np.full(n + m, np.nan), np.full(n + m, np.nan))
    inp = build_inputs(src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev, opts)
    emb, clauses = _embeddings(src, tgt, opts)
    report("features", 0.1)

    rows = feature_rows(inp, None, opts)
    pts = bandmod.windowed_anchor_points(rows[0], rows[1], window=opts.anchor_window)
    anchors = bandmod.chain(bandmod.supported(pts, (m / n)))
    lo, hi = bandmod.band_from_anchors(
        n, m, anchors, min_width=opts.min_width, max_width=opts.max_width
    )
    anchor_i = np.array([i for i, _ in anchors], dtype=np.int64)
    anchor_j = np.array([j for _, j in anchors], dtype=np.int64)
    ones = np.ones(len(anchors), dtype=np.int64)
    ratio = length_ratio(inp.src.lengths, inp.tgt.lengths, anchor_i, ones, anchor_j, ones)
    if len(anchors) < 5 and emb is not None:  # few shared names or numbers: ask the encoder
        ratio = _ratio_checked(inp.src.lengths, inp.tgt.lengths, matches(*emb), ratio,
                               opts.len_var)
    problem = build_problem(inp, rows, opts, opts.lam_lex, ratio, encoder=emb is not None,
                            clauses=clauses is not None)
    del rows  # the unweighted rows: memory matters on long documents
    report("pass 1", 0.3)
    path = _run_dp(problem, n, m, lo, hi, emb, last=opts.passes <= 1, opts=opts,
                   clauses=clauses)

    for k in range(opts.passes - 1):
        lexicon = learn_lexicon(inp.src.tok, inp.tgt.tok, path, opts)
        del problem
        report(f"pass {k + 2}", 0.3 + 0.6 * (k + 1) / opts.passes)
        rows = feature_rows(inp, lexicon, opts)
        kinds = Counter(zip(path.a.tolist(), path.b.tolist(), strict=True))
        sure = path.margin >= 0.5
        ratio = length_ratio(inp.src.lengths, inp.tgt.lengths, path.s0[sure], path.a[sure],
                             path.t0[sure], path.b[sure], ratio)
        problem = build_problem(inp, rows, opts, opts.lam_lex, ratio,
                                kinds if opts.adapt_priors else None, encoder=emb is not None,
                                clauses=clauses is not None)
        del rows
        lo, hi = bandmod.band_around_path(n, m, *path.nodes(), width=opts.second_pass_width)
        path = _run_dp(problem, n, m, lo, hi, emb, last=k == opts.passes - 2, opts=opts,
                       clauses=clauses)
    report("done", 1.0)
    return path


def _ratio_checked(s_len: FloatArray, t_len: FloatArray, found: Matches | None, ratio: float,
                   len_var: float) -> float:
    """``ratio`` (of the whole texts), or the ratio of only the sentences that the
    encoder finds a counterpart for, whichever gives the sentence pairs it matched the
    lower length cost (the DP's).

    One sentence against three, two of which have no counterpart, gives a ratio of
    the totals that makes the 1-3 bead look exactly right; the matched pair says
    otherwise.  A sentence split in three by the translator is matched with one of
    the three, but all three have a counterpart, so the two ratios are the same.
    """
    if found is None or len(found[0]) == 0:
        return ratio
    pi, pj, near_s, near_t = found
    near = float(t_len[near_t].sum()) / max(float(s_len[near_s].sum()), 1.0)
    ls, lt = s_len[pi], t_len[pj]

    def cost(r: float) -> float:
        delta = (lt - r * ls) / np.sqrt(len_var * 0.5 * (r * ls + lt) + 1.0)
        return float(np.sum(delta**2))

    return near if near > 0 and cost(near) < cost(ratio) else ratio


def _beads(path: BeadPath, i0: int = 0, j0: int = 0, *, encoder_knows: bool = True
           ) -> list[Bead]:
    """Beads of a path (shifted by ``i0``, ``j0``), with confidence and signals; the
    encoder's distance counts in the confidence where ``encoder_knows`` both languages
    (:func:`aligner.align.encoder.knows`)."""
    aligned = (path.a > 0) & (path.b > 0)
    semantic = path.semantic if encoder_knows else None
    conf = np.round(confidences(path.a, path.b, path.len_cost, path.sim,
                                typical_similarity(path.a, path.b, path.sim, semantic),
                                semantic, path.posterior), 4)
    # the signal stays relative to the plain median: what the document itself shares
    typical = float(np.median(path.sim[aligned])) if aligned.any() else 0.0
    rel = np.round(path.sim / typical, 4) if typical > 0 else np.zeros(len(path.sim))
    sem = np.round(path.semantic, 4).tolist()
    post = np.round(path.posterior, 4).tolist()
    return [
        Bead(tuple(range(s0, s0 + a)), tuple(range(t0, t0 + b)), c,
             {"length_cost": lc, "lexical": sim, "lexical_vs_typical": r}
             | ({} if math.isnan(d) else {"semantic_vs_typical": d})
             | ({} if math.isnan(q) else {"posterior": q}))
        for a, b, s0, t0, c, lc, sim, r, d, q in zip(
            path.a.tolist(), path.b.tolist(), (path.s0 + i0).tolist(), (path.t0 + j0).tolist(),
            conf.tolist(), np.round(path.len_cost, 4).tolist(), np.round(path.sim, 4).tolist(),
            rel.tolist(), sem, post, strict=True)
    ]


_Job = tuple[Sequence[str], Sequence[str], frozenset[int] | None, frozenset[int] | None,
             Evidence, AlignOptions]
_Bounds = tuple[int, int, int, int]


def _align_segment(job: _Job, bounds: _Bounds) -> BeadPath:
    """Align the segment ``src[i0:i1]`` / ``tgt[j0:j1]`` of a job."""
    src, tgt, src_pars, tgt_pars, ev, opts = job
    i0, i1, j0, j1 = bounds
    return _align_pair(src[i0:i1], tgt[j0:j1], within(src_pars, i0, i1),
                       within(tgt_pars, j0, j1), ev.sliced(i0, i1), opts, lambda _s, _f: None)


def _align_segments(
    src: Sequence[str], tgt: Sequence[str], src_paragraph_starts: frozenset[int] | None,
    tgt_paragraph_starts: frozenset[int] | None, ev: Evidence, opts: AlignOptions,
    report: Progress, *, encoder_knows: bool = True,
) -> list[Bead]:
    """A long pair cut into segments of about ``opts.segment`` source sentences at
    sure anchor nodes (:func:`find_cuts`), each aligned on its own -- in forked
    worker processes where the platform forks (:func:`parallel.in_order`) -- so
    memory is that of a segment per worker and time is shared by the processor's
    cores.  The length ratio, lexicon and kind priors adapt to each segment.
    """
    job: _Job = (src, tgt, src_paragraph_starts, tgt_paragraph_starts, ev, opts)
    n = len(src)
    report(f"aligning {n:,} source sentences in segments", 0.0)
    out: list[Bead] = []
    segments = (
        (i0, i1, j0, j1)
        for (i0, j0), (i1, j1) in itertools.pairwise(find_cuts(src, tgt, opts))
    )
    results = parallel.in_order(
        functools.partial(_align_segment, job), segments,
        lambda seg: f"aligning source sentences {seg[0]:,}-{seg[1] - 1:,}")
    # A million beads hold no reference cycles; the garbage collector would only
    # walk them over and over as they accumulate.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        for (i0, i1, j0, _), path in results:
            out.extend(_beads(path, i0, j0, encoder_knows=encoder_knows))
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
    src_regions: Sequence[int] = (),
    tgt_regions: Sequence[int] = (),
) -> Alignment:
    """Align two sentence lists; every index appears in exactly one bead, in order.
    ``src_regions``/``tgt_regions``: where each region after the first begins, as many
    on each side (:mod:`aligner.align.regions`); each region is aligned with the
    other side's region of the same rank alone."""
    opts = _for_languages(options or AlignOptions(), src_lang, tgt_lang)
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
        # what was used, not what was asked for: "auto" without the extra is "none"
        "encoder": getattr(get_encoder(opts.encoder), "name", "none"),
    }
    report = progress or (lambda _stage, _frac: None)
    known = knows(src_lang) and knows(tgt_lang)
    if (problem := check_regions(src_regions, tgt_regions, n, len(tgt))) is not None:
        raise ValueError(f"{problem[0]}_regions: {problem[1]}")
    spans = list(zip(region_spans(src_regions, n), region_spans(tgt_regions, len(tgt)),
                     strict=True))
    paths: list[tuple[BeadPath, int, int]] = []
    out: list[Bead] = []
    for k, ((i0, i1), (j0, j1)) in enumerate(spans):  # one span unless notes are apart
        part = region_progress(report, k, len(spans), (i0 + j0, i1 + j1, n + len(tgt)))
        sub = (src[i0:i1], tgt[j0:j1], within(src_paragraph_starts, i0, i1),
               within(tgt_paragraph_starts, j0, j1), ev.sliced(i0, i1), opts)
        if n < 2 * opts.segment:
            paths.append((_align_pair(*sub, part), i0, j0))
        else:  # a long pair: its segments' beads, shifted to the region's sentences
            beads = _align_segments(*sub, part, encoder_knows=known)
            out.extend(beads if k == 0 else (
                replace(b, src=tuple(i + i0 for i in b.src), tgt=tuple(j + j0 for j in b.tgt))
                for b in beads))
    if paths:  # the confidences of all regions' beads against one typical similarity
        out = _beads(concat(paths), encoder_knows=known)
    return Alignment(tuple(src), tuple(tgt), tuple(out), src_lang, tgt_lang, src_name,
                     tgt_name, settings, src_paragraph_starts or frozenset(),
                     tgt_paragraph_starts or frozenset(), src_regions=tuple(src_regions),
                     tgt_regions=tuple(tgt_regions))

