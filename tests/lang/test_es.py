"""Spanish: the profile's facts, its plural rules and its data files."""

from __future__ import annotations

import pytest

from aligner.check.lemmas import Forms
from aligner.check.number_table import number_words
from aligner.check.suggest import stopwords
from aligner.lang import get_profile
from aligner.lang.es import PROFILE, clitic_bases, plural_rules
from aligner.segment.rules import AbbrevClass, rules_for


def test_profile() -> None:
    assert get_profile("es-CL") is PROFILE
    assert PROFILE.code == "es"
    assert PROFILE.inverted_marks and PROFILE.decimal_comma and PROFILE.lemma_lookup
    assert not PROFILE.right_to_left
    assert PROFILE.join_sentences(["Hola.", "¿Qué tal?"]) == "Hola. ¿Qué tal?"


@pytest.mark.parametrize(
    ("word", "candidates"),
    [
        ("cordones", ["cordón", "cordon", "cordone"]),
        ("luces", ["luz", "luce"]),
        ("industriales", ["industrial", "industriale"]),
        ("golpes", ["golpe"]),
        ("obreras", ["obrera"]),
        ("sóviets", ["sóviet"]),
        ("pobladoras", ["pobladora", "poblador"]),
        ("pobladora", ["poblador"]),
        ("mes", []),  # too short to be a plural in -s
        ("partida", []),  # no a -> o rule: the lemma table gives feminines
    ],
)
def test_plural_rules(word: str, candidates: list[str]) -> None:
    assert plural_rules(word) == candidates


@pytest.mark.parametrize(
    ("word", "bases"),
    [
        ("conservarlos", ["conservar"]),  # conservarl- is no base: ends in no r
        ("consérvese", ["consérve"]),
        ("dímelo", ["díme", "dí"]),  # two letters: verbs.txt tells the verbs among them
        ("dáselo", ["dáse", "dá"]),
        ("mela", ["me"]),
        ("sola", ["so"]),
        ("ala", []),  # one letter is no verb form
        ("conservándolo", ["conservándo"]),
        ("cédanlo", ["cédan"]),
        # no stress mark: no form of two syllables with a pronoun after it
        ("cedente", []),
        ("estudiante", []),
        ("presidente", []),
        ("hazlo", ["haz"]),  # one syllable needs no mark
    ],
)
def test_clitic_bases(word: str, bases: list[str]) -> None:
    assert clitic_bases(word) == bases


@pytest.mark.parametrize(
    ("word", "cls"),
    [("Sra.", AbbrevClass.TITLE), ("núm.", AbbrevClass.NUMBER), ("etc.", AbbrevClass.FINAL)],
)
def test_segmentation_data(word: str, cls: AbbrevClass) -> None:
    assert rules_for("es").classify(word) is cls


def test_number_words_and_stopwords() -> None:
    words = number_words("es")
    assert "diez" in words.words[10] and words.magnitudes["millones"] == 6
    assert {"el", "de", "que"} <= stopwords("es")


def test_agent_noun_is_no_verb_with_a_pronoun() -> None:
    """``cedente`` (assignor) is no ``ceden-te``: a glossary's ``ceder`` is not
    looked for in it, while ``cédanlo`` is still ``ceder``."""
    forms = Forms("es")
    assert "ceder" not in forms.text_forms("cedente")
    assert "presidir" not in forms.text_forms("presidente")
    assert "ceder" in forms.text_forms("cédanlo")
    assert "conservar" in forms.text_forms("conservándolo")
