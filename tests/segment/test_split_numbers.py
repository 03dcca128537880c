"""A sentence that opens with a number, a footnote call after a stop, and initials
before a name (a corpus builder's report, session 31).

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CALL_CASES = [
    # a spaced number before a capitalised word that is no starter opens the sentence:
    # German capitalises every noun, English a name or a title
    ("de", "Der Haushalt wurde beschlossen. 28 Abgeordnete stimmten dafür.",
     ["Der Haushalt wurde beschlossen.", "28 Abgeordnete stimmten dafür."]),
    ("de", "Das Gesetz tritt in Kraft. 3 Länder stimmten dagegen.",
     ["Das Gesetz tritt in Kraft.", "3 Länder stimmten dagegen."]),
    ("en", "The motion passed. 28 Members of Parliament agreed.",
     ["The motion passed.", "28 Members of Parliament agreed."]),
    ("en", "It was put to Mr. Lee. 12 Ministers signed it.",
     ["It was put to Mr. Lee.", "12 Ministers signed it."]),
    # before a starter (an opening word, which no number takes as its noun) it is a
    # footnote call and stays with the sentence on its left
    ("en", "It was due to minority rights. 4 Even so, it held.",
     ["It was due to minority rights. 4", "Even so, it held."]),
    ("en", "They have a government (Figure 1.6). 5 At the other end, it differs.",
     ["They have a government (Figure 1.6). 5", "At the other end, it differs."]),
    ("de", "So entschied das Gericht. 3 Die Frist läuft weiter.",
     ["So entschied das Gericht. 3", "Die Frist läuft weiter."]),
    # glued calls and bracketed references are calls before any capital
    ("en", "He took office?1At that time it rained.",
     ["He took office?1", "At that time it rained."]),
    ("de", "Der Haushalt wurde beschlossen.2 Abgeordnete stimmten dafür.",
     ["Der Haushalt wurde beschlossen.2", "Abgeordnete stimmten dafür."]),
    ("en", "He lived in Dulwich. [17] Members came.",
     ["He lived in Dulwich. [17]", "Members came."]),
]

WORD_CASES = [
    # a long lower-case word (six letters or more, or four and five ending in a vowel)
    # is no abbreviation: the small number after it opens the next sentence
    ("en", "The budget was adopted at first reading. 28 deputies voted in favour.",
     ["The budget was adopted at first reading.", "28 deputies voted in favour."]),
    ("en", "The vote failed. 40% of members abstained.",
     ["The vote failed.", "40% of members abstained."]),
    ("de", "Der Haushalt wurde beschlossen. 28 der Abgeordneten stimmten dafür.",
     ["Der Haushalt wurde beschlossen.", "28 der Abgeordneten stimmten dafür."]),
    ("de", "Die Sitzung dauerte lange. 12 Anträge wurden abgelehnt.",
     ["Die Sitzung dauerte lange.", "12 Anträge wurden abgelehnt."]),
    ("es", "Se aprobó el presupuesto. 28 diputados votaron a favor.",
     ["Se aprobó el presupuesto.", "28 diputados votaron a favor."]),
    ("fr", "Le budget a été adopté. 28 députés ont voté pour.",
     ["Le budget a été adopté.", "28 députés ont voté pour."]),
    ("fr", "Il fait beau. 5,92 % des électeurs ont voté.",
     ["Il fait beau.", "5,92 % des électeurs ont voté."]),
    ("pt", "O orçamento foi aprovado. 28 deputados votaram a favor.",
     ["O orçamento foi aprovado.", "28 deputados votaram a favor."]),
    ("ru", "Бюджет принят. 28 депутатов проголосовали за.",
     ["Бюджет принят.", "28 депутатов проголосовали за."]),
    ("nl", "De raketten kwamen. 81 procent van de schoten was raak.",
     ["De raketten kwamen.", "81 procent van de schoten was raak."]),
    # a short word, or one cut before a vowel, may be an unknown abbreviation: it goes on
    ("es", "Leyeron los párrf. 5 y 6 del texto.", ["Leyeron los párrf. 5 y 6 del texto."]),
    ("en", "See the suppl. 5 for the data.", ["See the suppl. 5 for the data."]),
    ("en", "It was the end. 28 people left.", ["It was the end. 28 people left."]),
    # a year is no reference number, after any word
    ("en", "She arrived on a monday. 2026 was hard.",
     ["She arrived on a monday.", "2026 was hard."]),
]

INITIAL_CASES = [
    # initials before a name stay together, even where one spells a starter ("A")
    ("en", "According to Prof. I. A. Smirnov, the capacity is higher. It works.",
     ["According to Prof. I. A. Smirnov, the capacity is higher.", "It works."]),
    ("en", "It was written by I. A. Smirnov.", ["It was written by I. A. Smirnov."]),
    ("en", "He met J. R. R. Tolkien.", ["He met J. R. R. Tolkien."]),
    # an initial before a starter that no name follows still ends the sentence
    ("en", "It was you and I. A man came in.", ["It was you and I.", "A man came in."]),
    ("en", "We chose plan B. A new plan followed.", ["We chose plan B.", "A new plan followed."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CALL_CASES)
def test_spaced_number_after_a_stop(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), WORD_CASES)
def test_long_word_before_a_number(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), INITIAL_CASES)
def test_initials_before_a_name(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
