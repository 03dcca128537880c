"""Folding words for term matching: the accents of many words taken out at once."""

from __future__ import annotations

import re
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


def test_a_text_loses_its_marks_in_place() -> None:
    # composed and decomposed letters, marks out of canonical order, a mark alone at the
    # start, letters whose mark is no combining one, and a Devanagari vowel sign (kept)
    text = "Ação, ac\u0327a\u0303o; \u1ec7 e\u0302\u0323 \u0301x Straße ŁÓDŹ ılık नलकूप"
    assert strip_accents(text) == "Acao, acao; e e x Strasse LODZ ilik नलकूप"


def test_the_arabic_tatweel_goes_with_the_marks() -> None:
    # written for this test (s40 Arabic walk, P2): a stretched word is the word
    assert strip_accents("الـمساعدات بـالنازحين") == "المساعدات بالنازحين"
    assert strip_accents("مكتباً") == "مكتبا"  # the tanween too, a mark
    assert strip_accents_each(["الـمساعدات", "ـ"]) == ["المساعدات", ""]


def _by_definition(text: str) -> str:
    # the definition strip_accents keeps: decompose the whole text, drop every mark
    # (canonical combining class above 0), then fold the letters that keep theirs
    # -- but the kana voicing marks, kept and composed with the character before them
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed
                    if not unicodedata.combining(c) or c in "\u3099\u309a")
    plain = plain.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                           "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS",
                                           "\u0640": ""}))
    return re.sub("[^\u3099\u309a][\u3099\u309a]",
                  lambda m: unicodedata.normalize("NFC", m.group()), plain)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_a_character_at_a_time_is_the_whole_text_at_once(text: str) -> None:
    assert strip_accents(text) == _by_definition(text)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
       .map(lambda t: unicodedata.normalize("NFD", t)))
def test_the_same_for_decomposed_text(text: str) -> None:
    assert strip_accents(text) == _by_definition(text)


def test_fold_phrase_keeps_where_each_folded_character_comes_from() -> None:
    from aligner.check.folding import fold_phrase

    # by hand: ß folds to two letters, both from index 2; the accent drops, ’ is '
    assert fold_phrase("Maß") == ("mass", [0, 1, 2, 2])
    assert fold_phrase("Höchstens") == ("hochstens", list(range(9)))
    assert fold_phrase("n’ouvrez") == ("n'ouvrez", list(range(8)))


def test_the_kana_voicing_marks_are_letters_no_accents() -> None:
    # written for this test (s41 Japanese walk, item 2): ガス gas is no カス dregs,
    # ビット bit no ヒット, パネル no ハネル, ず no す; a kana written decomposed (NFD)
    # is the precomposed one; Latin accents still go
    from aligner.check.folding import fold_phrase

    assert strip_accents("ガス ビット パネル ず") == "ガス ビット パネル ず"
    assert strip_accents("ヒ\u3099ット") == "ビット"
    assert strip_accents("がす café") == "がす cafe"
    assert strip_accents_each(["バネ", "ホ\u309aンフ\u309a", "acción"]) == [
        "バネ", "ポンプ", "accion"]
    assert fold_phrase("ず") == ("ず", [0])
    assert fold_phrase("ひ\u3099と") == ("びと", [0, 2])
