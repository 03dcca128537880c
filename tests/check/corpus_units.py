"""The bundled corpus as check units: one unit per bead of the hand-made gold alignment."""

from __future__ import annotations

import ast
from pathlib import Path

from aligner.check import Unit

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "gold"
GLOSSARY = ROOT / "glossary.tsv"


def corpus_available() -> bool:
    return (CORPUS / "chile-73.gold").exists() and GLOSSARY.exists()


def corpus_units() -> list[Unit]:
    """Beads ``[0, 1]:[0]`` of chile-73.gold; n:m sides joined with one space."""
    es = (CORPUS / "chile-73.es.sents").read_text(encoding="utf-8").splitlines()
    en = (CORPUS / "chile-73.en.sents").read_text(encoding="utf-8").splitlines()
    units = []
    for line in (CORPUS / "chile-73.gold").read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        src = ast.literal_eval(left)
        tgt = ast.literal_eval(right)
        units.append(Unit(" ".join(es[i] for i in src), " ".join(en[i] for i in tgt)))
    return units
