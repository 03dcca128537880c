"""What ``export --unwrap`` costs: a hard-wrapped text's TMX export with and without it.

    .venv/bin/python benchmarks/unwrap_export.py [--sentences 2000]

The bundled corpus's sentence pairs (Spanish-English, repeated to ``--sentences``)
are wrapped at 72 columns, each starting where the one before it left its line, and
a word that does not fit is hyphenated at its middle when it has 8 letters or more
(a naive hyphenation: every such break asks the word list, the dear case).  Each
run exports the alignment to TMX once without the option and once with it, in that
order, best of ``--repeat``; the first run with it also loads the two languages'
word lists (spacy-lookups-data, about a million words each), reported apart.  The
numbers are recorded in docs/formats.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _corpus import corpus_pairs
from aligner.formats import export_alignment
from aligner.model import Alignment, Bead

WIDTH = 72


def wrap(text: str, column: int) -> tuple[str, int]:
    """``text`` wrapped at :data:`WIDTH` from ``column``; the column it ends at."""
    out: list[str] = []
    for word in text.split(" "):
        if column and column + 1 + len(word) > WIDTH:
            room = WIDTH - column - 2
            if len(word) >= 8 and word.isalpha() and room >= len(word) // 2:
                half = len(word) // 2
                out += [" ", word[:half], "-\n"]
                word, column = word[half:], 0
            else:
                out.append("\n")
                column = 0
        elif column:
            out.append(" ")
            column += 1
        out.append(word)
        column += len(word)
    return "".join(out).lstrip(" "), column


def wrapped_alignment(n: int) -> Alignment:
    pairs = corpus_pairs()
    src: list[str] = []
    tgt: list[str] = []
    columns = [0, 0]
    for i in range(n):
        for side, text in ((src, pairs[i % len(pairs)][0]), (tgt, pairs[i % len(pairs)][1])):
            k = 0 if side is src else 1
            wrapped, columns[k] = wrap(text, columns[k])
            side.append(wrapped)
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(n))
    return Alignment(tuple(src), tuple(tgt), beads, "es", "en")


def timed(alignment: Alignment, path: Path, *, unwrap: bool) -> float:
    start = time.perf_counter()
    export_alignment(alignment, path, unwrap=unwrap)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    alignment = wrapped_alignment(args.sentences)
    breaks = sum(s.count("\n") for s in alignment.src_sentences + alignment.tgt_sentences)
    hyphens = sum(s.count("-\n") for s in alignment.src_sentences + alignment.tgt_sentences)
    print(f"{args.sentences} sentence pairs, {breaks} line breaks, {hyphens} at a hyphen")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.tmx"
        timed(alignment, out, unwrap=False)  # imports, lxml warmed up
        cold = timed(alignment, out, unwrap=True)
        plain = min(timed(alignment, out, unwrap=False) for _ in range(args.repeat))
        warm = min(timed(alignment, out, unwrap=True) for _ in range(args.repeat))
    print(f"export to TMX: {plain:.3f} s without --unwrap, {warm:.3f} s with it "
          f"(+{warm - plain:.3f} s); the first with it, word lists loaded: {cold:.3f} s")


if __name__ == "__main__":
    main()
