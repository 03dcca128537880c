"""Is a bead's confidence a probability?  Aligns every DEV document in ../shared (no MT)
and prints, per confidence bin, how many aligned beads fall in it and how many of them
the gold has; then, per set, the mean confidence against the share in the gold.

    python benchmarks/align_calibration.py                 # the encoder when installed
    python benchmarks/align_calibration.py --encoder none
"""

from __future__ import annotations

import argparse
import sys

from _align_dev_sets import BENCH, SETS
from aligner.align import AlignOptions, align_sentences
from aligner.align.beadfile import read_beads, read_sentence_lines

BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", choices=("auto", "none", "use"), default="auto")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    options = AlignOptions(encoder=args.encoder)
    scored: list[tuple[str, float, bool]] = []
    for name, (src_lang, tgt_lang) in SETS.items():
        for gold_file in sorted((BENCH / name).glob("*.gold")):
            stem = gold_file.with_suffix("")
            gold = {(tuple(s), tuple(t)) for s, t in read_beads(str(gold_file))}
            al = align_sentences(read_sentence_lines(f"{stem}.src"),
                                 read_sentence_lines(f"{stem}.tgt"),
                                 src_lang=src_lang, tgt_lang=tgt_lang, options=options)
            scored += [(name, b.score, (b.src, b.tgt) in gold)
                       for b in al.beads if b.src and b.tgt]
    right = sum(ok for _, _, ok in scored)
    print(f"{len(scored)} aligned beads, {right / len(scored):.3f} of them in the gold")
    print("| confidence | beads | mean confidence | in the gold |")
    print("|---|---:|---:|---:|")
    for lo, hi in BINS:
        inside = [(c, ok) for _, c, ok in scored if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(ok for _, ok in inside) / len(inside)
            print(f"| {lo:.2f}-{hi:.2f} | {len(inside)} | {mean:.2f} | {share:.2f} |")
    print("\n| set | beads | mean confidence | in the gold |")
    print("|---|---:|---:|---:|")
    for name in SETS:
        rows = [(c, ok) for n, c, ok in scored if n == name]
        print(f"| {name} | {len(rows)} | {sum(c for c, _ in rows) / len(rows):.2f} | "
              f"{sum(ok for _, ok in rows) / len(rows):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
