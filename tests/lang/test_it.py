"""Italian: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    "Quando siamo arrivati nel piccolo paese era già buio e la maggior parte della "
    "gente era in casa. Abbiamo chiesto la strada per il rifugio a un vecchio, ma non "
    "sapeva dove fosse. Poi una donna con il suo cane ci ha portati fino al bordo del "
    "bosco, perché anche lei andava da quella parte."
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


# Written for this test: where Italian ends a sentence without a period.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # after a colon Italian goes on in lower case: a capital opens a new sentence
        (
            "Il sindaco è stato chiaro: Domani si vota. Poi è uscito.",
            ["Il sindaco è stato chiaro:", "Domani si vota.", "Poi è uscito."],
        ),
        (
            "Il sindaco è stato chiaro: domani si vota.",
            ["Il sindaco è stato chiaro: domani si vota."],
        ),
        (
            'Ha gridato: "Vieni qui!" e se ne è andato.',
            ['Ha gridato: "Vieni qui!" e se ne è andato.'],
        ),
        ("Alle ore: 10 e 30 partiamo.", ["Alle ore: 10 e 30 partiamo."]),
        # a capitalised È after a semicolon opens a sentence
        (
            "La villa fu costruita nel 1820; È ancora abitata dai nipoti.",
            ["La villa fu costruita nel 1820;", "È ancora abitata dai nipoti."],
        ),
        # a numbered article of a code, its heading and its text
        (
            "Il confine segue il muro. 412. Distanze tra le costruzioni. Il vicino le rispetta.",
            [
                "Il confine segue il muro.",
                "412. Distanze tra le costruzioni.",
                "Il vicino le rispetta.",
            ],
        ),
        # references numbered in brackets inside a sentence are no list
        (
            "I rumori (1) prodotti dal fondo (2) del vicino (3), se tollerabili, sono ammessi.",
            ["I rumori (1) prodotti dal fondo (2) del vicino (3), se tollerabili, sono ammessi."],
        ),
        # a list item after a period
        (
            "Il primo bene è la casa al mare. 2) Il secondo è il podere.",
            ["Il primo bene è la casa al mare.", "2) Il secondo è il podere."],
        ),
    ],
)
def test_it_ends_without_a_period(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "it") == sentences
