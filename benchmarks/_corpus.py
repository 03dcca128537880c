"""Shared by the benchmark scripts: the bundled corpus as (source, target) units."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bead_pairs(src: Path, tgt: Path, gold: Path) -> list[tuple[str, str]]:
    """One pair per bead ``[0, 1]:[0]`` of ``gold`` over two one-sentence-per-line files."""
    src_lines = src.read_text(encoding="utf-8").split("\n")
    tgt_lines = tgt.read_text(encoding="utf-8").split("\n")
    pairs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")[:2]
        pairs.append((" ".join(src_lines[i] for i in ast.literal_eval(left)),
                      " ".join(tgt_lines[i] for i in ast.literal_eval(right))))
    return pairs


def corpus_pairs(root: Path = ROOT) -> list[tuple[str, str]]:
    """One pair per bead of corpus/gold/chile-73.gold (n:m sides joined with a space)."""
    gold = root / "corpus" / "gold"
    return bead_pairs(gold / "chile-73.es.sents", gold / "chile-73.en.sents",
                      gold / "chile-73.gold")


if __name__ == "__main__":
    # The corpus as a pair file, e.g. for `aligner check --pairs` or `glossary suggest`.
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from aligner.textutil import escape_cell

    sys.stdout.write("".join(f"{escape_cell(s)}\t{escape_cell(t)}\n" for s, t in corpus_pairs()))
