"""Peak memory of TMX export (and streaming import) for a large alignment.

    .venv/bin/python benchmarks/tmx_memory.py [--units 1000000]

Each measurement runs in a fresh Python process and reports that process's
peak resident set size (``resource.getrusage``, ``ru_maxrss``):

* ``export-lazy``: the alignment's sentences and beads are produced on demand,
  so the peak is the cost of the writer itself (lxml's incremental writer
  holds one ``tu`` at a time);
* ``export-in-memory``: a real, fully built ``Alignment`` is exported; the
  line also shows the RSS just before writing, so the difference is what
  writing added;
* ``import``: the exported file is streamed back with ``iter_tmx``
  (iterparse, each ``tu`` cleared after use) and counted.

The numbers are recorded in docs/formats.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import overload

LIMIT_MB = 200.0


def sentence(i: int, side: str) -> str:
    if side == "src":
        return f"La frase número {i} lleva acentos (ñandú, corazón) & <marcas> «citas»."
    return f"Sentence number {i} carries accents (café, naïve) & <tags> “quotes”."


class LazySentences(Sequence[str]):
    def __init__(self, n: int, side: str) -> None:
        self.n, self.side = n, side

    def __len__(self) -> int:
        return self.n

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if isinstance(i, slice):
            raise TypeError("no slices")
        if not 0 <= i < self.n:
            raise IndexError(i)
        return sentence(i, self.side)


def build(n: int, *, lazy: bool):  # type: ignore[no-untyped-def]
    from aligner.model import Alignment, Bead

    if lazy:

        class LazyBeads(Sequence[Bead]):
            def __len__(self) -> int:
                return n

            def __getitem__(self, i):  # type: ignore[no-untyped-def]
                if not 0 <= i < n:
                    raise IndexError(i)
                return Bead((i,), (i,), 0.9)

        src, tgt, beads = LazySentences(n, "src"), LazySentences(n, "tgt"), LazyBeads()
    else:
        src = tuple(sentence(i, "src") for i in range(n))
        tgt = tuple(sentence(i, "tgt") for i in range(n))
        beads = tuple(Bead((i,), (i,), 0.9) for i in range(n))
    return Alignment(src, tgt, beads, "es", "en", "bench.es.txt", "bench.en.txt",  # type: ignore[arg-type]
                     {"benchmark": "tmx_memory"})


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(mode: str, n: int, path: Path) -> dict[str, float]:
    """Runs inside the fresh process."""
    from aligner.formats.tmx import iter_tmx, write_tmx

    start = time.perf_counter()
    if mode == "import":
        before = peak_mb()
        count = sum(1 for _ in iter_tmx(path))
        assert count == n, (count, n)
    else:
        alignment = build(n, lazy=mode == "export-lazy")
        before = peak_mb()
        report = write_tmx(alignment, path)
        assert report.units_written == n
    return {"seconds": time.perf_counter() - start, "before_mb": before, "peak_mb": peak_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.units, Path(args.path))))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.tmx"
        print(f"{args.units:,} units; Python {sys.version.split()[0]}")
        print(f"{'mode':<18}{'seconds':>9}{'RSS before MB':>15}{'peak RSS MB':>13}")
        worst = 0.0
        for mode in ("export-lazy", "export-in-memory", "import"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, "--units", str(args.units),
                 "--path", str(path)],
                check=True, capture_output=True, text=True,
            )
            r = json.loads(out.stdout)
            print(f"{mode:<18}{r['seconds']:>9.1f}{r['before_mb']:>15.0f}{r['peak_mb']:>13.0f}")
            if mode != "export-in-memory":
                worst = max(worst, r["peak_mb"])
            if mode == "export-lazy":
                size = path.stat().st_size / 1024 / 1024
        print(f"file size: {size:.0f} MB; streaming peak {worst:.0f} MB "
              f"({'within' if worst < LIMIT_MB else 'OVER'} the {LIMIT_MB:.0f} MB budget)")
    return 0 if worst < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
