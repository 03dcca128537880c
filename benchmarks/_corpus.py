"""Shared by the benchmark scripts: the bundled corpus as (source, target) units."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_pairs(root: Path = ROOT) -> list[tuple[str, str]]:
    """One pair per bead of corpus/gold/chile-73.gold (n:m sides joined with a space)."""
    gold = root / "corpus" / "gold"
    es = (gold / "chile-73.es.sents").read_text(encoding="utf-8").splitlines()
    en = (gold / "chile-73.en.sents").read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in (gold / "chile-73.gold").read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        pairs.append((" ".join(es[i] for i in ast.literal_eval(left)),
                      " ".join(en[i] for i in ast.literal_eval(right))))
    return pairs
