"""The bundled corpus splits exactly as its hand-made sentence files say.

``corpus/gold/*.sents`` were split by hand (one sentence per line) when the
gold alignment was made; they hold every phenomenon listed for the corpus:
glued footnote calls, ``p. 256. (Our translation.)``, ``i.e.``, NBSP,
bylines and chrome lines, the teasers at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.readers import read_document
from aligner.segment import segment_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_corpus_matches_hand_split_sentences(lang: str) -> None:
    source = ROOT / "corpus" / lang / f"chile-73.{lang}.txt"
    gold = ROOT / "corpus" / "gold" / f"chile-73.{lang}.sents"
    expected = gold.read_text(encoding="utf-8").splitlines()
    seg = segment_document(read_document(source, lang=lang))
    assert list(seg.sentences) == expected
