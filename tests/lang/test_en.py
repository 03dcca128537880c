"""English: the profile's facts, its plural rules and its data files."""

from __future__ import annotations

import pytest

from aligner.check.number_table import number_words
from aligner.check.suggest import stopwords
from aligner.lang import get_profile
from aligner.lang.en import PROFILE, plural_rules
from aligner.segment.rules import AbbrevClass, rules_for


def test_profile() -> None:
    assert get_profile("en_GB") is PROFILE
    assert PROFILE.code == "en"
    assert PROFILE.lemma_lookup
    assert not (PROFILE.inverted_marks or PROFILE.decimal_comma or PROFILE.right_to_left)
    assert PROFILE.join_sentences(["Hi.", "Bye."]) == "Hi. Bye."


@pytest.mark.parametrize(
    ("word", "candidates"),
    [
        ("parties", ["party", "partie"]),
        ("marches", ["march", "marche"]),
        ("boxes", ["box", "boxe"]),
        ("belts", ["belt"]),
        ("class", []),  # -ss is not a plural
        ("ties", ["tie"]),  # too short for -ies -> -y
        ("bus", []),
    ],
)
def test_plural_rules(word: str, candidates: list[str]) -> None:
    assert plural_rules(word) == candidates


@pytest.mark.parametrize(
    ("word", "cls"),
    [("Mr.", AbbrevClass.TITLE), ("e.g.", AbbrevClass.INNER), ("U.S.", AbbrevClass.MULTI)],
)
def test_segmentation_data(word: str, cls: AbbrevClass) -> None:
    assert rules_for("en").classify(word) is cls


def test_number_words_and_stopwords() -> None:
    words = number_words("en")
    assert "ten" in words.words[10] and words.magnitudes["million"] == 6
    assert {"the", "of", "and"} <= stopwords("en")


@pytest.mark.parametrize(("text", "sentences"), [
    # a capital letter before a name is an initial, even where its lower case is an
    # abbreviation before numbers (p. 5)
    ("According to P. Jansen, the delay was long.",
     ["According to P. Jansen, the delay was long."]),
    # "Ch." is a chapter before a number, an initial before a name
    ("I met Ch. Dickens. See Ch. 5 for more. Oh. Oh no.",
     ["I met Ch. Dickens.", "See Ch. 5 for more.", "Oh.", "Oh no."]),
    ("Written by A. Smith and B. Jones.", ["Written by A. Smith and B. Jones."]),
    ("See p. 55 for more. Then stop.", ["See p. 55 for more.", "Then stop."]),
    ("It was in Section P. Then it moved.", ["It was in Section P.", "Then it moved."]),
    # letters with periods in a row are initials, not an inline list (no item is empty)
    ("We met A. B. Smith yesterday.", ["We met A. B. Smith yesterday."]),
    ("Options: A. First option B. Second option",
     ["Options:", "A. First option", "B. Second option"]),
])
def test_initials(text: str, sentences: list[str]) -> None:
    from aligner.segment import split_sentences

    assert split_sentences(text, "en") == sentences


# Written for this test: "No." is the number's abbreviation before a number or a quoted
# reference, and the word no where a quotation closes after its period.
@pytest.mark.parametrize(("text", "sentences"), [
    ("\u201cNo.\u201d \u201cBut you go every year.\u201d",
     ["\u201cNo.\u201d", "\u201cBut you go every year.\u201d"]),
    ('"No." "But you go."', ['"No."', '"But you go."']),
    ("He was No. 1 in the charts.", ["He was No. 1 in the charts."]),
    ("The file No. \u201cA-12\u201d is lost.", ["The file No. \u201cA-12\u201d is lost."]),
])
def test_no_before_a_quotation(text: str, sentences: list[str]) -> None:
    from aligner.segment import split_sentences

    assert split_sentences(text, "en") == sentences
