"""number-word-mismatch for ordinals before a noun (check/ordinals.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings


def _said(source: str, target: str, src_lang: str = "de", tgt_lang: str = "en") -> list[str]:
    return [f.message for f in findings([(source, target)], code="number-word-mismatch",
                                        src_lang=src_lang, tgt_lang=tgt_lang)]


# Written for this test: patent-like and manual-like sentences.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Der erste Flansch (18) ist verschraubt.", "The second flange (18) is screwed.", "de",
     "en", "an ordinal differs: 'erste' (1) in the source, 'second' (2) in the target"),
    ("Das zweite Ventil schließt.", "The third valve closes.", "de", "en",
     "an ordinal differs: 'zweite' (2) in the source, 'third' (3) in the target"),
    ("Retire el primer tornillo.", "Remove the second screw.", "es", "en",
     "an ordinal differs: 'primer' (1) in the source, 'second' (2) in the target"),
    ("On the second day, press the key.", "El tercer día, pulse la tecla.", "en", "es",
     "an ordinal differs: 'second' (2) in the source, 'tercer' (3) in the target"),
    ("Le deuxième levier est bloqué.", "Der dritte Hebel ist blockiert.", "fr", "de",
     "an ordinal differs: 'deuxième' (2) in the source, 'dritte' (3) in the target"),
])
def test_an_ordinal_replaced(source: str, target: str, src_lang: str, tgt_lang: str,
                             message: str) -> None:
    assert _said(source, target, src_lang, tgt_lang) == [message]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # the same ordinals, swapped between two parts: reference-sign-swapped's, with signs
    ("Ein erster Flansch ist oben, ein zweiter Flansch unten.",
     "A second flange is at the top, a first flange at the bottom.", "de", "en"),
    # an ordinal said otherwise or left out
    ("Die Pumpe wurde erstmals eingesetzt.", "The pump was used for the first time.", "de",
     "en"),
    ("Der erste Flansch ist verschraubt.", "The flange is screwed.", "de", "en"),
    # an adverb, a pronoun, a time: no ordinal before a noun
    ("First, remove the lid.", "Zweitens den Deckel abnehmen.", "en", "de"),
    ("Wait one second before you start the third cycle.",
     "Warten Sie eine Sekunde, bevor Sie den dritten Zyklus starten.", "en", "de"),
    # the other side writes the value, in digits or elsewhere in words
    ("der zweiten Ersteigung und der dritten Ersteigung",
     "la première réussite, puis les 2e et 3e ascensions", "de", "fr"),
    ("the first act began in Europe, the second in Asia, the third finished in Africa",
     "la primera jornada comenzó en Europa, la segunda en Asia, la tercera se acabó en "
     "Africa", "en", "es"),
    # a heading's ordinal is number-mismatch's
    ("PRIMERA. Objeto del contrato", "SECOND. Purpose of the contract", "es", "en"),
])
def test_not_reported(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert _said(source, target, src_lang, tgt_lang) == []
