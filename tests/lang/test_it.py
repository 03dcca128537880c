"""Italian: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quando siamo arrivati nel piccolo paese era già buio e la maggior parte della '
    'gente era in casa. Abbiamo chiesto la strada per il rifugio a un vecchio, ma non '
    'sapeva dove fosse. Poi una donna con il suo cane ci ha portati fino al bordo del '
    'bosco, perché anche lei andava da quella parte.'
)


def test_it_folder() -> None:
    check_folder(
        "it", decimal_comma=True, words={"che", "il", "non"}, paragraph=PARAGRAPH, own_rules=True
    )


# Written for this test: abbreviations of segment.txt's classes.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Ho parlato con il Dott. Bianchi ieri. Tornerà domani.",
            ["Ho parlato con il Dott. Bianchi ieri.", "Tornerà domani."],
        ),
        (
            "Vedi pag. 12 e il cap. 3, cfr. la nota.",
            ["Vedi pag. 12 e il cap. 3, cfr. la nota."],
        ),
        (
            "Compra pane, latte ecc. Poi torna a casa.",
            ["Compra pane, latte ecc.", "Poi torna a casa."],
        ),
        (
            "Sono l'Ing. Mengozzi. È presente dell'Avv. Rossi la firma?",
            ["Sono l'Ing. Mengozzi.", "È presente dell'Avv. Rossi la firma?"],
        ),
    ],
)
def test_it_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "it") == sentences
