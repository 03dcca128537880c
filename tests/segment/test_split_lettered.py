"""A capital letter that labels a noun (plan B, vitamin C, the social network X) is no
initial: a capitalised word after its period, a name too, opens a sentence.  Initials
of names stay initials (users' reports, session 35)."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

SPLIT = [
    ("es", "Milei lo anunció en la red social X. Caputo lo confirmó después.",
     ["Milei lo anunció en la red social X.", "Caputo lo confirmó después."]),
    ("es", "El Gobierno tiene un Plan B. Milei no lo descarta.",
     ["El Gobierno tiene un Plan B.", "Milei no lo descarta."]),
    ("es", "Tome vitamina C. Ortega la recomienda.",
     ["Tome vitamina C.", "Ortega la recomienda."]),
    ("es", "Tome vitamina C. La dosis es baja.", ["Tome vitamina C.", "La dosis es baja."]),
    ("en", "He posted it on X. The minister replied.",
     ["He posted it on X.", "The minister replied."]),
    ("en", "We need a plan B. The vote is Friday.", ["We need a plan B.", "The vote is Friday."]),
    ("en", "We need a plan B. Smith agrees.", ["We need a plan B.", "Smith agrees."]),
    ("en", "They posted it on the social network X. Musk replied.",
     ["They posted it on the social network X.", "Musk replied."]),
    ("fr", "Il faut un plan B. Macron le sait.", ["Il faut un plan B.", "Macron le sait."]),
    ("pt", "Ele publicou na rede social X. Lula respondeu.",
     ["Ele publicou na rede social X.", "Lula respondeu."]),
    ("de", "Wir brauchen einen Plan B. Merz schweigt.",
     ["Wir brauchen einen Plan B.", "Merz schweigt."]),
]

ONE = [
    ("en", "George W. Bush won the election."),
    ("en", "J. R. R. Tolkien wrote it."),
    ("es", "Juan F. Kennedy murió en Dallas."),
    ("es", "Vive en la calle J. Ortega desde 1990."),
    ("es", "La bacteria E. coli es común."),
    ("es", "Véase la Sección A. Normas generales."),
    ("es", "Sección A. Normas generales."),
    ("nl", "Dat zegt psycholoog F. Buschman."),
    # a lower-case word after the letter goes on, as after any initial
    ("es", "Es un plan B. o un plan C."),
    # the noun and the letter must be neighbours: here the letter follows a name
    ("es", "El plan de Juan F. Kennedy fracasó."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLIT)
def test_label_letter_ends_the_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), ONE)
def test_initials_stay(lang: str, text: str) -> None:
    assert split_sentences(text, lang) == [text]
