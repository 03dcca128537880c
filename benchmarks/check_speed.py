"""Speed of ``aligner check --pairs``: 100,000 units, a 5,000-entry glossary.

Builds a synthetic glossary (made-up two- and three-word terms, each with a
preferred, an allowed and a forbidden rendering) and a pair file whose units
are the corpus units cycled, with a glossary term put into one unit in three
(rendered correctly most of the time, wrongly sometimes), then runs the real
command in a subprocess and reports wall time.  The files go to a temporary
directory.

    .venv/bin/python benchmarks/check_speed.py [--units 100000] [--terms 5000]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import ROOT, corpus_pairs
from aligner.textutil import escape_cell

SYLLABLES = ["ta", "ro", "mi", "nes", "que", "bal", "dor", "si", "lu", "pan", "ver", "co",
             "tri", "gal", "mon", "sa", "fe", "lin", "ca", "pro"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def phrase(rng: random.Random, n: int) -> str:
    return " ".join(word(rng) for _ in range(n))


def build(directory: Path, *, units: int, terms: int, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    rows = ["es\ten\tstatus"]
    entries: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    while len(entries) < terms // 3:
        src = phrase(rng, rng.randint(2, 3))
        if src in seen:
            continue
        seen.add(src)
        good, other, bad = (phrase(rng, rng.randint(1, 3)) for _ in range(3))
        if len({good, other, bad}) < 3:
            continue
        entries.append((src, good, bad))
        rows += [f"{src}\t{good}\tpreferred", f"{src}\t{other}\tallowed",
                 f"{src}\t{bad}\tforbidden"]
    glossary = directory / "glossary.tsv"
    glossary.write_text("\n".join(rows[: terms + 1]) + "\n", encoding="utf-8")
    base = [(s, t) for s, t in corpus_pairs(ROOT) if s and t]
    lines = []
    for i in range(units):
        src, tgt = base[i % len(base)]
        if i % 3 == 0:
            term, good, bad = rng.choice(entries)
            src = f"{src} {term}"
            tgt = f"{tgt} {bad if rng.random() < 0.1 else good}"
        lines.append(f"{escape_cell(src)}\t{escape_cell(tgt)}\n")
    pairs = directory / "pairs.tsv"
    pairs.write_text("".join(lines), encoding="utf-8")
    return glossary, pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=100_000)
    ap.add_argument("--terms", type=int, default=5_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    aligner = Path(sys.executable).with_name("aligner")
    with tempfile.TemporaryDirectory() as tmp:
        glossary, pairs = build(Path(tmp), units=args.units, terms=args.terms, seed=args.seed)
        out = Path(tmp) / "findings.json"
        cmd = [str(aligner), "check", "--pairs", str(pairs), "--glossary", str(glossary),
               "--format", "json", "-o", str(out)]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return 2
        size = out.stat().st_size
    print(f"aligner check --pairs: {args.units} units, {args.terms}-row glossary: "
          f"{wall:.1f} s wall ({args.units / wall:,.0f} units/s), exit {proc.returncode}, "
          f"report {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
