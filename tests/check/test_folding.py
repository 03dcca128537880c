"""Folding words for term matching: the accents of many words taken out at once."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from aligner.check.folding import strip_accents, strip_accents_each


def test_the_accents_of_each_word_are_taken_out() -> None:
    # a vowel sign of Devanagari (canonical combining class 0) is no accent: kept
    words = ["política", "ÁRBOL", "cafe\u0301", "\u0301e", "Straße", "ılık", "łódź",
             "नलकूप", "abc", ""]
    assert strip_accents_each(words) == ["politica", "ARBOL", "cafe", "e", "Strasse",
                                         "ilik", "lodz", "नलकूप", "abc", ""]


def test_a_mark_does_not_move_to_the_next_word() -> None:
    # A mark ending a word and one starting the next: decomposed apart, as one at a time.
    words = ["a\u0323", "\u0302b", "\u1ec7"]  # ệ: e, dot below, circumflex
    assert strip_accents_each(words) == ["a", "b", "e"]


_WORDS = st.lists(st.text(st.characters(blacklist_characters="\n",
                                        blacklist_categories=("Cs",)), max_size=8),
                  max_size=6)


@given(_WORDS)
def test_the_same_as_a_word_at_a_time(words: list[str]) -> None:
    assert strip_accents_each(words) == [strip_accents(w) for w in words]


@given(_WORDS.map(lambda ws: [unicodedata.normalize("NFD", w) for w in ws]))
def test_the_same_for_decomposed_words(words: list[str]) -> None:
    assert strip_accents_each(words) == [strip_accents(w) for w in words]
