"""Catalan: the profile, its segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quan vam arribar al poble petit ja era fosc i la majoria de la gent era a casa. '
    'Vam preguntar el camí de la cabana a un home vell, però no sabia on era. Després '
    'una dona amb el seu gos ens va portar fins a la vora del bosc, perquè ella també '
    'anava cap allà.'
)


def test_ca_folder() -> None:
    check_folder("ca", decimal_comma=True, words={"amb", "el", "i"}, paragraph=PARAGRAPH,
                 own_rules=True)


@pytest.mark.parametrize(("text", "sentences"), [
    ("L'acta la va signar la Sra. Puig, i el Sr. Vidal hi va assistir.",
     ["L'acta la va signar la Sra. Puig, i el Sr. Vidal hi va assistir."]),
    ("Viu al carrer Major, núm. 14. Tothom hi va estar d'acord!",
     ["Viu al carrer Major, núm. 14.", "Tothom hi va estar d'acord!"]),
    ("La Dra. Soler va parlar, p. ex. de la pàg. 3. Després, silenci.",
     ["La Dra. Soler va parlar, p. ex. de la pàg. 3.", "Després, silenci."]),
])
def test_ca_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "ca") == sentences
