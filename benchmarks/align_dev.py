"""Strict/lax F1 of ``aligner align --presplit`` on every DEV set in ../shared,
with and without the shipped machine translation, scored by ``aligner eval``
(which agrees with ../shared/bench/align/score.py; a test checks that).

    python benchmarks/align_dev.py                   # the installed default (--encoder auto)
    python benchmarks/align_dev.py --encoder none     # without the sentence encoder
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _align_dev_sets import BENCH, SETS


def run_set(aligner: str, name: str, out: Path, *, mt: bool,
            encoder: str = "auto") -> tuple[dict[str, float], float]:
    src_lang, tgt_lang = SETS[name]
    d = BENCH / name
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for gold in sorted(d.glob("*.gold")):
        stem = gold.stem
        cmd = [aligner, "align", str(d / f"{stem}.src"), str(d / f"{stem}.tgt"), "--presplit",
               "--src-lang", src_lang, "--tgt-lang", tgt_lang, "--encoder", encoder,
               "-o", str(out / f"{stem}.align")]
        if mt:
            cmd += ["--src-mt", str(d / f"{stem}.mt")]
        subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t0
    res = subprocess.run([aligner, "eval", str(d), str(out), "--json"], check=True,
                         capture_output=True, text=True)
    return json.loads(res.stdout), wall


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", choices=("auto", "use", "none"), default="auto")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    aligner = str(Path(sys.executable).with_name("aligner"))
    print("| set | MT | P strict | R strict | F1 strict | F1 lax | wall s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            has_mt = any((BENCH / name).glob("*.mt"))
            for mt in ((False, True) if has_mt else (False,)):
                s, wall = run_set(aligner, name, Path(tmp) / name / str(mt), mt=mt,
                                  encoder=args.encoder)
                print(f"| {name} | {'yes' if mt else 'no'} | {s['precision_strict']:.3f} | "
                      f"{s['recall_strict']:.3f} | {s['f1_strict']:.3f} | {s['f1_lax']:.3f} | "
                      f"{wall:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
