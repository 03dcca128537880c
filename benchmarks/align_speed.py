"""Wall time of four fresh ``aligner align --presplit`` processes over the
opusbooks_enes DEV documents (17,000 sentences), start-up included -- the
comparison hunalign (4.6 s) and Gale-Church (8.6 s) were measured with on
this 2-core machine (../shared/bench/align/RESULTS_DEV.md).

The first run after installation compiles the DP kernel into numba's on-disk
cache (~/.cache/aligner/numba); this script does one warm-up run first, as a
user's second run would be, and reports the best of --repeat rounds.

    python benchmarks/align_speed.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SET = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align" / "opusbooks_enes"
DOCS = ("quijote_val", "kafka_verwandlung", "carroll_alice", "voltaire_candide")


def one_round(aligner: str, out: Path) -> dict[str, float]:
    times = {}
    for doc in DOCS:
        t0 = time.perf_counter()
        subprocess.run([aligner, "align", str(SET / f"{doc}.src"), str(SET / f"{doc}.tgt"),
                        "--presplit", "--src-lang", "en", "--tgt-lang", "es",
                        "-o", str(out / f"{doc}.align")], check=True)
        times[doc] = time.perf_counter() - t0
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not SET.is_dir():
        print(f"needs {SET} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    aligner = str(Path(sys.executable).with_name("aligner"))
    with tempfile.TemporaryDirectory() as tmp:
        one_round(aligner, Path(tmp))  # warm numba's cache
        rounds = [one_round(aligner, Path(tmp)) for _ in range(args.repeat)]
    best = min(rounds, key=lambda r: sum(r.values()))
    for doc, t in best.items():
        print(f"{doc:20s} {t:6.2f} s")
    print(f"{'total':20s} {sum(best.values()):6.2f} s  (best of {args.repeat}; "
          f"all rounds: {', '.join(f'{sum(r.values()):.2f}' for r in rounds)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
