"""Does a bead's confidence depend on how long the document is?  Cuts every DEV document
in ../shared into pieces at gold bead boundaries -- of 5-10 and of 20-40 source
sentences, laid end to end, the sizes drawn with a fixed seed -- and aligns each piece
on its own, and each whole document too (no MT).  Prints, per piece size and per set:
the mean confidence of the aligned beads the gold has (right) and of those it has not
(wrong), the area under the ROC curve of right against wrong, and what keeping the beads
at ``--min-score`` 0.5 / 0.7 / 0.9 gives: precision (kept beads in the gold) and recall
(kept right beads over the gold's aligned beads of the same pieces).

    python benchmarks/confidence_length.py                  # the encoder when installed
    python benchmarks/confidence_length.py --encoder none
    python benchmarks/confidence_length.py --max-pieces 20  # at most 20 pieces a document
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from _align_dev_sets import BENCH, SETS
from aligner.align import AlignOptions, align_sentences
from aligner.align.beadfile import BeadPair, read_beads, read_sentence_lines
from aligner.model import Alignment
from confidence_fit import auc

SIZES = {"5-10": (5, 10), "20-40": (20, 40), "whole": (0, 0)}
THRESHOLDS = (0.5, 0.7, 0.9)


@dataclass(frozen=True)
class Scored:
    """One aligned bead of one piece: its confidence, whether the gold has it, its
    ``signals``, its size and the number of source sentences of its piece."""

    set: str
    document: str
    size: str
    piece: int
    n_src: int
    a: int
    b: int
    score: float
    right: bool
    signals: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Piece:
    src: slice
    tgt: slice
    gold: frozenset[BeadPair]  # the piece's aligned gold beads, indices in the piece


def pieces(gold: Sequence[BeadPair], n_src: int, n_tgt: int, lo: int, hi: int,
           rng: random.Random) -> list[Piece]:
    """The document cut at gold bead boundaries into consecutive pieces of ``lo``-``hi``
    source sentences (the last may be shorter: it is dropped below ``lo``); ``lo == 0``:
    the whole document.  A sentence the gold leaves out goes with the piece it falls in."""
    if lo == 0:
        return [Piece(slice(0, n_src), slice(0, n_tgt),
                      frozenset((s, t) for s, t in gold if s and t))]
    out: list[Piece] = []
    s0 = t0 = 0
    s_end = t_end = 0
    start = 0
    want = rng.randint(lo, hi)
    for k, (s, t) in enumerate(gold):
        s_end = max(s_end, max(s, default=-1) + 1)
        t_end = max(t_end, max(t, default=-1) + 1)
        if s_end - s0 >= want or k == len(gold) - 1:
            if s_end - s0 >= lo and t_end > t0:
                inner = frozenset((tuple(i - s0 for i in s2), tuple(j - t0 for j in t2))
                                  for s2, t2 in gold[start:k + 1] if s2 and t2)
                out.append(Piece(slice(s0, s_end), slice(t0, t_end), inner))
            s0, t0, start = s_end, t_end, k + 1
            want = rng.randint(lo, hi)
    return out


def _spread(items: list[Piece], most: int) -> list[Piece]:
    """At most ``most`` of ``items``, evenly spaced through the document."""
    if most <= 0 or len(items) <= most:
        return items
    return [items[int(k * len(items) / most)] for k in range(most)]


GoldCounts = dict[tuple[str, str], int]


def collect(encoder: str, max_pieces: int, sets: Sequence[str] = tuple(SETS)
            ) -> tuple[list[Scored], GoldCounts]:
    """Every aligned bead of every piece of every DEV document of ``sets``; and the
    gold's aligned beads of the pieces, per set and size (the recall's denominator)."""
    rng = random.Random(11)
    opts = AlignOptions(encoder=encoder)
    rows: list[Scored] = []
    counts: GoldCounts = {}
    for name in sets:
        src_lang, tgt_lang = SETS[name]
        for gold_file in sorted((BENCH / name).glob("*.gold")):
            stem = gold_file.with_suffix("")
            src = read_sentence_lines(f"{stem}.src")
            tgt = read_sentence_lines(f"{stem}.tgt")
            gold = read_beads(str(gold_file))
            for size, (lo, hi) in SIZES.items():
                for k, piece in enumerate(_spread(pieces(gold, len(src), len(tgt), lo, hi, rng),
                                                  max_pieces)):
                    counts[name, size] = counts.get((name, size), 0) + len(piece.gold)
                    al = align_sentences(src[piece.src], tgt[piece.tgt], src_lang=src_lang,
                                         tgt_lang=tgt_lang, options=opts)
                    rows += _scored(al, piece, name, stem.name, size, k)
    return rows, counts


def _scored(al: Alignment, piece: Piece, name: str, document: str, size: str,
            k: int) -> list[Scored]:
    return [Scored(name, document, size, k, len(al.src_sentences), len(b.src), len(b.tgt), b.score,
                   (b.src, b.tgt) in piece.gold, tuple(sorted(b.signals.items())))
            for b in al.beads if b.src and b.tgt]


def summary(scores: np.ndarray, right: np.ndarray, n_gold: int) -> dict[str, float]:
    """Mean confidence of right and wrong beads, AUC, and precision / recall of the
    beads kept at each of ``THRESHOLDS``."""
    out = {"beads": float(len(scores)),
           "right": float(scores[right].mean()) if right.any() else float("nan"),
           "wrong": float(scores[~right].mean()) if (~right).any() else float("nan"),
           "auc": auc(scores, right)}
    for t in THRESHOLDS:
        kept = scores >= t
        out[f"p{t}"] = float(right[kept].mean()) if kept.any() else float("nan")
        out[f"r{t}"] = float((right & kept).sum() / max(n_gold, 1))
    return out


def table(rows: Sequence[Scored], gold_counts: GoldCounts,
          scores: np.ndarray | None = None) -> list[str]:
    """The markdown table, one line per piece size (all sets) then per set and size;
    ``scores`` in place of the beads' own confidences (another model's)."""
    s_all = np.array([r.score for r in rows]) if scores is None else scores
    right_all = np.array([r.right for r in rows])
    head = " | ".join(f"P/R {t}" for t in THRESHOLDS)
    lines = [f"| set | piece | beads | right | wrong | AUC | {head} |",
             "|---|---|---:|---:|---:|---:|" + "---:|" * len(THRESHOLDS)]
    for name in ("all", *dict.fromkeys(r.set for r in rows)):
        for size in SIZES:
            pick = np.array([r.size == size and name in ("all", r.set) for r in rows])
            if not pick.any():
                continue
            n_gold = sum(v for (s, z), v in gold_counts.items()
                         if z == size and name in ("all", s))
            m = summary(s_all[pick], right_all[pick], n_gold)
            pr = " | ".join(f"{m[f'p{t}']:.3f}/{m[f'r{t}']:.3f}" for t in THRESHOLDS)
            lines.append(f"| {name} | {size} | {int(m['beads'])} | {m['right']:.3f} | "
                         f"{m['wrong']:.3f} | {m['auc']:.3f} | {pr} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", choices=("auto", "none", "use"), default="auto")
    parser.add_argument("--max-pieces", type=int, default=40,
                        help="pieces of each size aligned per document, evenly spaced "
                             "(0: all; default 40)")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    rows, counts = collect(args.encoder, args.max_pieces)
    print("\n".join(table(rows, counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
