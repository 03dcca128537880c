"""Where the confidence weights (aligner/align/confidence.py) come from.

Aligns every DEV document in ../shared (no MT), unrelated pairs made from the same
texts (each document's source with the next document's target -- the two halves of a
one-document set -- and six pairs of windows of 3-12 lines of two documents for each
document) and six short windows of each document's real translation (3-12 consecutive
gold beads); collects each aligned bead's evidence and whether the gold has it (never,
for an unrelated pair); fits the logistic model with the encoder (and the decoding's
posteriors: the aligner's default with it) and without it (unrelated beads weighted
0.1); prints the weights, the mean confidence against the share in the gold and the
area under the ROC curve of the documents' beads (right against wrong) per group and
per set, and the same with each set left out of the fit.  Random choices are seeded:
the same weights every run.

    python benchmarks/confidence_fit.py
"""

from __future__ import annotations

import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from _align_dev_sets import BENCH, SETS
from aligner.align import AlignOptions, align_sentences
from aligner.align.beadfile import read_beads, read_sentence_lines
from aligner.align.confidence import ENCODER_WEIGHTS, WEIGHTS, features
from aligner.align.encoder import knows
from aligner.model import Alignment

UNRELATED_WEIGHT = 0.1
Beads = set[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclass(frozen=True)
class Row:
    set: str
    group: str  # document, translation window, unrelated pair, unrelated window
    right: bool
    features: tuple[float, ...]
    # scored without the encoder's distance: a language the model does not know
    # (encoder.knows); such beads stay out of the fit of the model with it
    gated: bool = False


def _features(al: Alignment, gold: Beads, name: str, group: str) -> list[Row]:
    gated = not (knows(al.src_lang) and knows(al.tgt_lang))
    return [Row(r.set, r.group, r.right, r.features, gated)
            for r in _rows(al, gold, name, group)]


def _rows(al: Alignment, gold: Beads, name: str, group: str) -> list[Row]:
    """The model's inputs (``confidence.features``) for each aligned bead of ``al``, with
    the plain median similarity as the typical one: the weights were fitted so, and the
    aligner's prior for a short document (``confidence.typical_similarity``) comes on
    top of them (benchmarks/confidence_length.py measures it)."""
    aligned = [b for b in al.beads if b.src and b.tgt]
    if not aligned:
        return []
    sig = [b.signals for b in aligned]
    encoder = "semantic_vs_typical" in sig[0]
    decoded = encoder and "posterior" in sig[0]
    x = features(np.array([len(b.src) for b in aligned]), np.array([len(b.tgt) for b in aligned]),
                 np.array([s["length_cost"] for s in sig]), np.array([s["lexical"] for s in sig]),
                 statistics.median(s["lexical"] for s in sig),
                 np.array([s["semantic_vs_typical"] for s in sig]) if encoder else None,
                 np.array([s["posterior"] for s in sig]) if decoded else None)
    return [Row(name, group, (b.src, b.tgt) in gold, tuple(row.tolist()))
            for b, row in zip(aligned, x, strict=True)]


def _documents(name: str) -> list[tuple[list[str], list[str], Beads]]:
    out = []
    for gold_file in sorted((BENCH / name).glob("*.gold")):
        stem = gold_file.with_suffix("")
        out.append((read_sentence_lines(f"{stem}.src"), read_sentence_lines(f"{stem}.tgt"),
                    {(tuple(s), tuple(t)) for s, t in read_beads(str(gold_file)) if s and t}))
    return out


def collect(encoder: str) -> list[Row]:
    rng = random.Random(7)
    opts = AlignOptions(encoder=encoder)
    rows: list[Row] = []
    for name, (sl, tl) in SETS.items():
        def align(src: Sequence[str], tgt: Sequence[str]) -> Alignment:
            return align_sentences(src, tgt, src_lang=sl, tgt_lang=tl, options=opts)  # noqa: B023

        docs = _documents(name)
        for k, (src, tgt, gold) in enumerate(docs):
            rows += _features(align(src, tgt), gold, name, "document")
            if len(docs) > 1:
                usrc, other = src, docs[(k + 1) % len(docs)][1]
            else:
                usrc, other = src[:len(src) // 2], tgt[len(tgt) // 2:]
            rows += _features(align(usrc, other), set(), name, "unrelated pair")
            for _ in range(6):
                n = rng.randint(3, 12)
                i = rng.randrange(max(1, len(usrc) - n))
                j = rng.randrange(max(1, len(other) - n))
                rows += _features(align(usrc[i:i + n], other[j:j + n]), set(), name,
                                  "unrelated window")
            beads = sorted(gold)
            for _ in range(6):
                n = rng.randint(3, 12)
                if len(beads) <= n:
                    continue
                run = beads[(start := rng.randrange(len(beads) - n)):start + n]
                s_lo, s_hi = run[0][0][0], run[-1][0][-1] + 1
                t_lo = min(t for _, ts in run for t in ts)
                t_hi = max(t for _, ts in run for t in ts) + 1
                sub = {(tuple(x - s_lo for x in s), tuple(y - t_lo for y in t))
                       for s, t in gold if s_lo <= min(s) and max(s) < s_hi
                       and t_lo <= min(t) and max(t) < t_hi}
                rows += _features(align(src[s_lo:s_hi], tgt[t_lo:t_hi]), sub, name,
                                  "translation window")
    return rows


def fit(rows: Sequence[Row], fixed: np.ndarray | None = None) -> np.ndarray:
    """Weighted logistic regression by Newton's method (a tiny ridge for stability);
    with ``fixed``, the weights of the first features are those and only the rest are
    fitted (the posterior's term of the model with the decoding)."""
    x = np.array([r.features for r in rows])
    y = np.array([r.right for r in rows], dtype=float)
    w = np.array([UNRELATED_WEIGHT if r.group.startswith("unrelated") else 1.0 for r in rows])
    offset = np.zeros(len(rows))
    if fixed is not None:
        offset = x[:, :len(fixed)] @ fixed
        x = x[:, len(fixed):]
    beta = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(offset + x @ beta)))
        grad = x.T @ (w * (p - y)) + 1e-3 * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return beta if fixed is None else np.concatenate([fixed, beta])


def _scores(rows: Sequence[Row], beta: np.ndarray) -> np.ndarray:
    """Confidences as the aligner gives them: the beads of a pair of languages the
    encoder does not know by the model without it (the shipped ``WEIGHTS``)."""
    x = np.array([r.features for r in rows])
    gated = np.array([r.gated for r in rows])
    z = x @ beta
    if gated.any():
        z[gated] = x[gated][:, :len(WEIGHTS)] @ WEIGHTS
    return 1.0 / (1.0 + np.exp(-z))


def auc(scores: np.ndarray, right: np.ndarray) -> float:
    """The area under the ROC curve: the chance that a right bead scores above a wrong
    one (ties count half); NaN without both."""
    pos, neg = scores[right], scores[~right]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = np.sort(neg)
    below = np.searchsorted(order, pos, side="left")
    ties = np.searchsorted(order, pos, side="right") - below
    return float((below + 0.5 * ties).sum() / (len(pos) * len(neg)))


def _line(label: str, rows: Sequence[Row], beta: np.ndarray) -> str:
    p = _scores(rows, beta)
    right = np.array([r.right for r in rows])
    return (f"  {label:36} {len(rows):5} beads  mean confidence {p.mean():.3f}  "
            f"in the gold {right.mean():.3f}  scoring 0.8 or more {np.mean(p >= 0.8):.3f}  "
            f"AUC {auc(p, right):.3f}")


def main() -> int:
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    for encoder in ("use", "none"):
        rows = collect(encoder)
        if encoder == "use" and len(rows[0].features) == 5:
            print("the encoder is not installed: pip install 'aligner[neural]'")
            continue
        # with the decoding's posteriors: the model with the encoder as shipped, and the
        # posterior's one weight fitted beside it
        fixed = ENCODER_WEIGHTS if len(rows[0].features) == len(ENCODER_WEIGHTS) + 1 else None
        beta = fit([r for r in rows if not r.gated], fixed)
        if gated := sum(r.gated for r in rows):
            print(f"--encoder {encoder}: {gated} beads of a language the model does not know "
                  "are scored without its distance and left out of its fit")
        names = "bias, log sim, log typical, length cost, size" + (
            ", encoder distance, posterior" if encoder == "use" else "")
        print(f"--encoder {encoder}: weights ({names}) = {np.round(beta, 3).tolist()}")
        groups = ("document", "translation window", "unrelated pair", "unrelated window")
        for g in groups:
            print(_line(g, [r for r in rows if r.group == g], beta))
        if fixed is not None:  # the same beads by the model without the posterior
            bare = [Row(r.set, r.group, r.right, r.features[:len(fixed)], r.gated)
                    for r in rows]
            print("  the same beads without the posterior's term:")
            for g in groups:
                print("  " + _line(g, [r for r in bare if r.group == g], fixed))
            for name in SETS:
                print("  " + _line(f"{name} documents", [r for r in bare if r.set == name
                                                         and r.group == "document"], fixed))
        for name in SETS:
            print(_line(f"{name} documents", [r for r in rows if r.set == name
                                              and r.group == "document"], beta))
        print("  each set left out of the fit:")
        for name in SETS:
            held = fit([r for r in rows if r.set != name and not r.gated], fixed)
            for g in ("document", "unrelated pair", "unrelated window"):
                print("  " + _line(f"{name} {g}", [r for r in rows if r.set == name
                                                   and r.group == g], held))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
