"""How alignment time and memory grow with document size (10k to 1M sentences).

Builds synthetic document pairs from the alignment DEV sets in ../shared
(every document's source and target concatenated, repeated until the source
has N sentences), writes them to a temporary directory and runs a fresh
``aligner align --presplit`` process on each, as a user would run it, twice:

* once for the wall time, with nothing watching it;
* once for memory.  Long pairs are aligned in segments by worker processes,
  so peak memory is the largest *sum* over the aligner and its workers of
  their proportional set size (PSS: a page shared by k processes counts 1/k in
  each), sampled every 0.25 s from /proc/PID/smaps_rollup.  Reading
  smaps_rollup walks the page tables of every process, which slows them, so
  this run is not timed.

Repeated text has no word that occurs only once, so this also shows the
aligner stays linear when anchors are scarce.  Quality is not measured here.

    python benchmarks/align_scale.py                 # 10k, 100k, 1M
    python benchmarks/align_scale.py --sizes 10000 50000
    python benchmarks/align_scale.py --encoder use --sizes 10000 100000
    python benchmarks/align_scale.py --encoder use --langs en es --sizes 1000000

By default both sides are declared ``und`` (undetermined: the pairs mix de-fr, en-es,
en-is and zh-en).  The aligner's features do not depend on the language code, but with
the sentence encoder its crossing cost (docs/alignment.md, step 7) runs only between two
languages the encoder knows: ``--langs en es`` declares such a pair, so that its clause
vectors and their blocks of the band are timed and measured too.
``--encoder`` is passed to ``aligner align`` (default ``none``: the table in
docs/alignment.md without the sentence encoder; ``use`` needs aligner[neural]).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _align_dev_sets import BENCH


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


def _tree_pss_kb(pid: int) -> int:
    """Proportional set size of a process and all its descendants, in KiB (Linux)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def run_timed(cmd: list[str]) -> float:
    """Wall seconds of ``cmd``."""
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t0


def run_sampled(cmd: list[str]) -> int:
    """Peak summed PSS (KiB) of ``cmd`` and its worker processes."""
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_pss_kb(proc.pid))
        time.sleep(0.25)
    if proc.returncode != 0:
        raise SystemExit(f"aligner failed with exit code {proc.returncode}")
    return peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--encoder", choices=("none", "use"), default="none")
    ap.add_argument("--langs", nargs=2, default=["und", "und"], metavar=("SRC", "TGT"),
                    help="the languages declared to the aligner (default: und und)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    if not Path("/proc/self/smaps_rollup").exists():
        print("needs Linux /proc to measure the memory of a process tree", file=sys.stderr)
        return 2
    aligner = str(Path(sys.executable).with_name("aligner"))
    print("| source sentences | target sentences | wall s | peak memory MB (PSS, all "
          "processes) | sentences/s |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            s, t, m = build(n, Path(tmp))
            cmd = [aligner, "align", str(s), str(t), "--presplit", "--src-lang", args.langs[0],
                   "--tgt-lang", args.langs[1], "--encoder", args.encoder,
                   "-o", str(Path(tmp) / "out.align")]
            wall = run_timed(cmd)
            peak = run_sampled(cmd)
            print(f"| {n:,} | {m:,} | {wall:.1f} | {peak / 1024:.0f} | "
                  f"{(n + m) / wall:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
