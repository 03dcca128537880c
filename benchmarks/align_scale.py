"""How alignment time and memory grow with document size (10k to 1M sentences).

Builds synthetic document pairs from the alignment DEV sets in ../shared
(every document's source and target concatenated, repeated until the source
has N sentences), writes them to a temporary directory and times a fresh
``aligner align --presplit`` process on each, as a user would run it.  Peak
memory is the child's maximum resident set size.  Repeated text has no word
that occurs only once, so this also shows the aligner stays linear when
anchors are scarce.  Quality is not measured here.

    python benchmarks/align_scale.py                 # 10k, 100k, 1M
    python benchmarks/align_scale.py --sizes 10000 50000
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align"


def build(n: int, out: Path) -> tuple[Path, Path, int]:
    src_lines: list[str] = []
    tgt_lines: list[str] = []
    for gold in sorted(BENCH.glob("*/*.gold")):
        stem = gold.with_suffix("")
        src_lines += stem.with_suffix(".src").read_text(encoding="utf-8").splitlines()
        tgt_lines += stem.with_suffix(".tgt").read_text(encoding="utf-8").splitlines()
    reps = -(-n // len(src_lines))
    src = (src_lines * reps)[:n]
    tgt = (tgt_lines * reps)[: int(n * len(tgt_lines) / len(src_lines))]
    s, t = out / f"scale{n}.src", out / f"scale{n}.tgt"
    s.write_text("\n".join(src) + "\n", encoding="utf-8")
    t.write_text("\n".join(tgt) + "\n", encoding="utf-8")
    return s, t, len(tgt)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    aligner = str(Path(sys.executable).with_name("aligner"))
    print("| source sentences | target sentences | wall s | peak RSS MB | sentences/s |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            s, t, m = build(n, Path(tmp))
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t0 = time.perf_counter()
            subprocess.run([aligner, "align", str(s), str(t), "--presplit", "--src-lang", "xx",
                            "--tgt-lang", "yy", "-o", str(Path(tmp) / "out.align")], check=True)
            wall = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            note = "" if peak > before else " (max of earlier runs)"
            print(f"| {n:,} | {m:,} | {wall:.1f} | {peak / 1024:.0f}{note} | "
                  f"{(n + m) / wall:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
