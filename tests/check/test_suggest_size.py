"""glossary suggest: a compound written as one word (German, Dutch, Swedish) pairs with
the phrase of two or three words that renders it, not with that phrase's head or
modifier alone (walk de: Drehmomentsensor / sensor, Rastnase / lug)."""

from __future__ import annotations

import pytest

from aligner.check.suggest import stopwords, suggest_terms
from aligner.check.suggest_size import compound_parts, content_size
from aligner.check.units import Unit

# A hand-written German description of a clamp and its English translation.  Each
# English phrase's head or modifier occurs only inside it, so the word alone follows
# the compound as well as the phrase does.
DE_EN = [
    ("Der Drehmomentsensor misst die Last am Hebel.", "The torque sensor measures the load "
     "on the lever."),
    ("Ein Drehmomentsensor sitzt neben dem Motor.", "A torque sensor sits beside the motor."),
    ("Das Halteelement trägt den Drehmomentsensor.", "The retaining element carries the "
     "torque sensor."),
    ("Das Halteelement besteht aus Stahl.", "The retaining element consists of steel."),
    ("Die Rastnasen greifen in die Nut.", "The latching lugs engage in the groove."),
    ("Jede Rastnase federt beim Einsetzen.", "Each latching lug gives when inserted."),
    ("Die Schraubverbindung hält den Deckel.", "The screw connection holds the lid."),
    ("Die Schraubverbindung wird geprüft.", "The screw connection is checked."),
    ("Das Drehmoment steigt langsam.", "The torque rises slowly."),
    ("Ein Zahnrad greift in die Welle.", "A gear meshes with the shaft."),
]


def _pairs(src_lang: str, tgt_lang: str) -> dict[str, str]:
    units = [Unit(de, en) if src_lang == "de" else Unit(en, de) for de, en in DE_EN]
    return {s.source: s.target for s in suggest_terms(units, src_lang=src_lang,
                                                      tgt_lang=tgt_lang)}


def test_a_german_compound_pairs_with_the_english_phrase() -> None:
    pairs = _pairs("de", "en")
    assert pairs["Drehmomentsensor"] == "torque sensor"
    assert pairs["Halteelement"] == "retaining element"
    assert pairs["Rastnase"] == "latching lug"  # the plural read as the singular
    assert pairs["Schraubverbindung"] == "screw connection"


def test_the_english_phrase_pairs_with_the_german_compound() -> None:
    pairs = _pairs("en", "de")
    assert pairs["torque sensor"] == "Drehmomentsensor"
    assert pairs["latching lug"] == "Rastnase"
    assert pairs["screw connection"] == "Schraubverbindung"


@pytest.mark.parametrize(("word", "lang", "parts"), [
    ("drehmomentsensor", "de", 2),  # Drehmoment|sensor
    ("schraubverbindung", "de", 2),  # a verb's stem before a noun: schrauben
    ("befestigungselement", "de", 2),  # the linking s
    ("rastnasen", "de", 2),  # the last part inflected
    ("drehmoment", "de", 1),  # the table lists it whole: a lexicalised compound, torque
    ("ubertragung", "de", 1),  # über is a function word, no part
    ("flansch", "de", 1),
    ("koppelsensor", "nl", 2),
    ("vridmomentgivare", "sv", 2),
    ("screwdriver", "en", 1),  # English writes no solid compounds
    ("tornillo", "es", 1),
])
def test_compound_parts(word: str, lang: str, parts: int) -> None:
    assert compound_parts(word, lang, stopwords(lang)) == parts


def test_content_size_counts_a_compounds_parts_alone() -> None:
    stop = stopwords("de")
    assert content_size(("drehmomentsensor",), stop, "de") == 2
    # a phrase counts its words, as before: only a single word is split
    assert content_size(("der", "drehmomentsensor"), stop, "de") == 1
    assert content_size(("torque", "sensor"), stopwords("en"), "en") == 2
