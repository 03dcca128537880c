"""Speed of ``aligner segment --jsonl-docs`` as a harness runs it, beside the in-process splitter.

    .venv/bin/python benchmarks/segment_protocol_speed.py [--repeat 5] [--sets 'ud_*'] [--bench DIR]

For every segbench set (``../shared/bench/seg/ud_*.jsonl`` by default) the
documents are sent as segbench's ``cmd:`` protocol sends them, one
``{"id","lang","text"}`` line each, to one ``aligner segment --jsonl-docs``
process (the console script beside this interpreter, or ``--command``, run
by the shell as segbench runs it), and the wall time of
the whole process is taken, start-up included, as segbench times it.  Beside
it: :func:`aligner.segment.split_spans` on the same texts in-process (rule
files loaded first), as ``benchmarks/segment_speed.py`` measures it, and the
start-up alone (the command on empty input).  Best of N runs for each;
gold sentences per second.  The output is checked to hold one line per
document.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from aligner.segment.rules import rules_for
from segment_speed import time_in_process

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "seg"
DEFAULT_COMMAND = f"{Path(sys.executable).with_name('aligner')} segment --jsonl-docs"


def _load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _payload(docs: list[dict[str, object]]) -> bytes:
    lines = (
        json.dumps({"id": d["id"], "lang": d.get("lang", ""), "text": d["text"]},
                   ensure_ascii=False) + "\n"
        for d in docs
    )
    return "".join(lines).encode("utf-8")


def _time_protocol(command: str, payload: bytes, n_docs: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.run(command, shell=True, input=payload, stdout=subprocess.PIPE,
                              check=True)
        best = min(best, time.perf_counter() - t0)
        if proc.stdout.count(b"\n") != n_docs:
            raise SystemExit(f"{command}: expected {n_docs} lines")
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="segbench folder")
    ap.add_argument("--sets", default="ud_*", help="glob of set names (default: ud_*)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per set; the fastest counts")
    ap.add_argument("--command", default=DEFAULT_COMMAND, help="shell command to time "
                    "(default: the aligner beside this interpreter, segment --jsonl-docs)")
    args = ap.parse_args(argv)
    files = sorted(args.bench.glob(f"{args.sets}.jsonl"))
    if not files:
        print(f"no {args.sets}.jsonl under {args.bench}", file=sys.stderr)
        return 2
    start = _time_protocol(args.command, b"", 0, args.repeat)
    print(f"{args.command}\nstart-up (empty input): {start * 1000:.0f} ms\n")
    print("| set | gold sentences | in-process (ms) | in-process sentences/s "
          "| protocol (ms) | protocol sentences/s | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for path in files:
        docs = _load(path)
        n = sum(len(d["sentences"]) for d in docs)  # type: ignore[arg-type]
        texts = [(str(d["text"]), str(d.get("lang", ""))) for d in docs]
        for lang in {lang for _t, lang in texts}:
            rules_for(lang)
        inner = time_in_process(texts, args.repeat)
        outer = _time_protocol(args.command, _payload(docs), len(docs), args.repeat)
        print(f"| {path.stem} | {n} | {inner * 1000:.1f} | {n / inner:,.0f} "
              f"| {outer * 1000:.1f} | {n / outer:,.0f} | {outer / inner:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
