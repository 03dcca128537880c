"""Speed of the text-level splitter on the segbench DEV texts.

    .venv/bin/python benchmarks/segment_speed.py [--repeat 10] [--bench DIR]

Runs :func:`aligner.segment.split_spans` in-process over every document of
``../shared/bench/seg/*.jsonl`` (the texts only) and reports gold sentences
per second, best of N runs, per set and overall.  Loading the rule files is
done once before timing (it is cached per language).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from aligner.segment import split_spans
from aligner.segment.rules import rules_for

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "seg"


def _load(path: Path) -> list[tuple[str, str, int]]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs.append((d["text"], d.get("lang", "en"), len(d["sentences"])))
    return docs


def time_in_process(docs: list[tuple[str, str]], repeat: int) -> float:
    """Best of ``repeat`` runs of ``split_spans`` over every (text, lang), in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text, lang in docs:
            split_spans(text, lang)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="segbench folder")
    ap.add_argument("--repeat", type=int, default=10, help="runs per set; the fastest counts")
    args = ap.parse_args(argv)
    files = sorted(args.bench.glob("*.jsonl"))
    if not files:
        print(f"no *.jsonl under {args.bench}", file=sys.stderr)
        return 2
    for lang in ("en", "es"):
        rules_for(lang)
    print("| set | docs | gold sentences | chars | best time (ms) | sentences/s | chars/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total_s = total_n = total_c = 0.0
    for path in files:
        docs = _load(path)
        n = sum(d[2] for d in docs)
        chars = sum(len(d[0]) for d in docs)
        dt = time_in_process([(text, lang) for text, lang, _n in docs], args.repeat)
        total_s, total_n, total_c = total_s + dt, total_n + n, total_c + chars
        print(
            f"| {path.stem} | {len(docs)} | {n} | {chars} | {dt * 1000:.1f} "
            f"| {n / dt:,.0f} | {chars / dt / 1e6:.2f}M |"
        )
    print(
        f"| **all** | | {total_n:.0f} | {total_c:.0f} | {total_s * 1000:.1f} "
        f"| {total_n / total_s:,.0f} | {total_c / total_s / 1e6:.2f}M |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
