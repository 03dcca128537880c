"""Polish: the profile, its segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Kiedy przyjechaliśmy do małej wsi, było już ciemno i większość ludzi była w domu. '
    'Zapytaliśmy starego człowieka o drogę do chaty, ale nie wiedział, gdzie ona jest. '
    'Potem kobieta ze swoim psem zaprowadziła nas aż na skraj lasu, bo ona też szła w '
    'tę stronę.'
)


def test_pl_folder() -> None:
    check_folder("pl", decimal_comma=True, words={"i", "nie", "to"}, paragraph=PARAGRAPH,
                 own_rules=True)


@pytest.mark.parametrize(("text", "sentences"), [
    ('Wykład wygłosił prof. dr hab. Jan Kowalski. Potem była przerwa.',
     ['Wykład wygłosił prof. dr hab. Jan Kowalski.', 'Potem była przerwa.']),
    ('Mieszka przy ul. Długiej 5. To blisko.',
     ['Mieszka przy ul. Długiej 5.', 'To blisko.']),
    ('Spotkanie odbyło się w 2023 r. Następne będzie np. w maju.',
     ['Spotkanie odbyło się w 2023 r.', 'Następne będzie np. w maju.']),
])
def test_pl_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "pl") == sentences
