"""Czech: the profile, its segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Když jsme přišli do malé vesnice, byla už tma a většina lidí byla doma. Zeptali '
    'jsme se starého muže na cestu k chatě, ale on nevěděl, kde je. Pak nás jedna žena '
    'se svým psem dovedla až na okraj lesa, protože ona také šla tím směrem.'
)


def test_cs_folder() -> None:
    check_folder("cs", decimal_comma=True, words={"a", "je", "to"}, paragraph=PARAGRAPH,
                 own_rules=True)


@pytest.mark.parametrize(("text", "sentences"), [
    ('Přednášel prof. Ing. Jan Novák. Pak byla přestávka.',
     ['Přednášel prof. Ing. Jan Novák.', 'Pak byla přestávka.']),
    ('Bydlí v ul. Karlova 5 v Praze, tj. v centru.',
     ['Bydlí v ul. Karlova 5 v Praze, tj. v centru.']),
    # the spaced date of ČSN 01 6910 is one date
    ('Setkání se uskuteční 15. 3. 2024 v 18.30. Přijďte včas.',
     ['Setkání se uskuteční 15. 3. 2024 v 18.30.', 'Přijďte včas.']),
    ('Bylo to 1. 1. 2020. Pak přišel nový rok.', ['Bylo to 1. 1. 2020.', 'Pak přišel nový rok.']),
])
def test_cs_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "cs") == sentences
