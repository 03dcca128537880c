"""Hindi: its profile (the generic facts), its numbers.tsv and its forms.txt."""

from __future__ import annotations

import pytest

from aligner.check.dates import named_months
from aligner.check.lemmas import Forms
from aligner.check.number_table import number_words
from aligner.check.terms import TermMatcher
from aligner.lang import get_profile, languages


def test_hi_profile() -> None:
    profile = get_profile("hi-IN")
    assert profile.code == "hi" and not (profile.decimal_comma or profile.right_to_left)
    assert "hi" in languages()


def test_hi_magnitudes_and_months() -> None:
    table = number_words("hi")
    assert table.magnitudes["लाख"] == 5 and table.magnitudes["करोड़"] == 7
    assert table.magnitudes["हज़ार"] == 3 and table.magnitudes["अरब"] == 9
    assert len(table.months) == 12
    # the names are read whole, vowel signs, virama and nukta included
    assert named_months("15 मार्च और 2 फ़रवरी", table.months) == {"3", "2"}
    assert named_months("2 फरवरी", table.months) == {"2"}  # typed without the nukta


# Written for this test (s38 walk 2, item 1): a state government's circulars,
# which put glossary nouns in the oblique plural before their postpositions.
@pytest.mark.parametrize(("word", "noun"), [
    ("लाभार्थियों", "लाभार्थी"), ("अधिकारियों", "अधिकारी"), ("कलेक्टरों", "कलेक्टर"),
    ("जिले", "जिला"), ("जिलों", "जिला"), ("पंचायतें", "पंचायत"), ("पंचायतों", "पंचायत"),
    ("योजनाएँ", "योजना"), ("योजनाएं", "योजना"), ("योजनाओं", "योजना"),
    ("नीतियाँ", "नीति"), ("नीतियों", "नीति"), ("कार्रवाइयों", "कार्रवाई"),
    ("वस्तुओं", "वस्तु"),
])
def test_hi_text_words_are_forms_of_the_direct_singular(word: str, noun: str) -> None:
    forms = Forms("hi")
    assert set(forms.text_forms(word)) & set(forms.term_forms(noun))


@pytest.mark.parametrize(("word", "other"), [
    ("करें", "कर"),  # (do, tax) a base keeps three letters
    ("जाएँ", "जा"),
    ("लाभार्थियों", "हितग्राही"),
])
def test_hi_words_that_end_alike_are_not_cut(word: str, other: str) -> None:
    forms = Forms("hi")
    assert not set(forms.text_forms(word)) & set(forms.term_forms(other))


def test_hi_terms_are_found_inflected() -> None:
    text = "सभी जिला कलेक्टरों और खंड विकास अधिकारियों को; हितग्राहियों की सूची।"
    m = TermMatcher([(t, False) for t in ("जिला कलेक्टर", "खंड विकास अधिकारी",
                                          "हितग्राही")], lang="hi")
    assert [text[h.start:h.end] for h in m.find(text)] == [
        "जिला कलेक्टरों", "खंड विकास अधिकारियों", "हितग्राहियों"]


# Item 9 of the same walk.
@pytest.mark.parametrize(("typed", "read"), [
    ("खण्ड", "खंड"), ("अन्तरण", "अंतरण"), ("सम्बन्ध", "संबंध"), ("पङ्कज", "पंकज"),
    ("चञ्चल", "चंचल"), ("योजनाएँ", "योजनाएं"),
    # a nasal before another nasal or another class's consonant is no anusvara
    ("सम्मान", "सम्मान"), ("अन्य", "अन्य"), ("तुम्हारा", "तुम्हारा"),
])
def test_hi_half_nasals_and_chandrabindu_are_read_as_the_anusvara(typed: str, read: str
                                                                   ) -> None:
    assert Forms("hi").respelled(typed)[0] == read


def test_hi_terms_are_found_in_either_nasal_spelling() -> None:
    text = "खण्ड विकास अधिकारी; प्रत्यक्ष लाभ अन्तरण; सम्बन्धित योजनाएँ।"
    m = TermMatcher([(t, False) for t in ("खंड विकास अधिकारी", "प्रत्यक्ष लाभ अंतरण",
                                          "योजनाएं")], lang="hi")
    assert [text[h.start:h.end] for h in m.find(text)] == [
        "खण्ड विकास अधिकारी", "प्रत्यक्ष लाभ अन्तरण", "योजनाएँ"]
