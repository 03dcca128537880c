"""What the checks say of correct translations: findings per code on the gold beads of
the alignment DEV sets (``../shared/bench/align``, never copied here), without a glossary.

Each two-sided gold bead is a unit (n:m sides joined with a space), as ``aligner check
--pairs`` reads a pair file.  Those translations were published, so a finding is a
false alarm or a real fault of the old text; ``--show CODE`` prints the findings of one
code to read them.

    .venv/bin/python benchmarks/check_dev_findings.py [--show code-mismatch]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _align_dev_sets import BENCH, SETS
from _corpus import bead_pairs
from aligner.check import Unit, run_checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="CODE", help="print the findings of this code")
    args = parser.parse_args(argv)
    if not BENCH.is_dir():
        print(f"no DEV sets at {BENCH}", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    for name, (src_lang, tgt_lang) in SETS.items():
        units = []
        for gold in sorted((BENCH / name).glob("*.gold")):
            units += [Unit(s, t) for s, t in bead_pairs(gold.with_suffix(".src"),
                                                         gold.with_suffix(".tgt"), gold)
                      if s.strip() and t.strip()]
        result = run_checks(units, glossary=None, src_lang=src_lang, tgt_lang=tgt_lang)
        counts = Counter(f.code for f in result.findings)
        total += counts
        print(f"{name}: {len(units)} units; " + ", ".join(
            f"{code} {n}" for code, n in sorted(counts.items())))
        for f in result.findings:
            if f.code == args.show:
                print(f"  unit {f.unit}: {f.message}\n    src: {units[f.unit].source}\n"
                      f"    tgt: {units[f.unit].target}")
    print("all: " + ", ".join(f"{code} {n}" for code, n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
