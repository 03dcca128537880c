"""Testers' cases (session 26): abbreviations of Polish, Russian, Greek, Ukrainian and
English, a word after a number, a lower-case name after a stop (``iOS``), and
``!``/``?`` before a number in Korean.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CASES = [
    # Polish: per cent and thousands after a number, saints, avenues, squares, names
    ("pl", "Kosztowało to 60 proc. więcej niż planowano.",
     ["Kosztowało to 60 proc. więcej niż planowano."]),
    ("pl", "Wzrost wyniósł 60 proc. Potem spadł.", ["Wzrost wyniósł 60 proc.", "Potem spadł."]),
    ("pl", "Zarobił 5 tys. Potem wyjechał.", ["Zarobił 5 tys.", "Potem wyjechał."]),
    ("pl", "Kościół św. Anny stoi przy al. Jerozolimskich 5. Obok jest pl. Defilad.",
     ["Kościół św. Anny stoi przy al. Jerozolimskich 5.", "Obok jest pl. Defilad."]),
    ("pl", "Szkoła im. Adama Mickiewicza jest duża. Mszę odprawił ks. Jan Nowak.",
     ["Szkoła im. Adama Mickiewicza jest duża.", "Mszę odprawił ks. Jan Nowak."]),
    # Polish contracts: paragraphs, points, the journal of laws, later changes
    ("pl", "Zgodnie z art. 5 ust. 2 pkt. 3, tj. Dz. U. z 2023 r. poz. 1605 z późn. zm. "
           "Strony ustalają cenę.",
     ["Zgodnie z art. 5 ust. 2 pkt. 3, tj. Dz. U. z 2023 r. poz. 1605 z późn. zm.",
      "Strony ustalają cenę."]),
    ("pl", "Dostarczono 10 szt. Reszta przyjdzie jutro.",
     ["Dostarczono 10 szt.", "Reszta przyjdzie jutro."]),
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
