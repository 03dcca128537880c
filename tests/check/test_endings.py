"""forms.txt's [spellings]: a text read with the spellings typed for others as those,
and where each of its characters stands in the text as written."""

from __future__ import annotations

import pytest

from aligner.check.endings import parse_forms, word_endings
from aligner.check.lemmas import opened

SPELLINGS = parse_forms("[spellings]\nl.l\tl·l\nŀl\tl·l\nqq\tq\n", name="test")


def test_a_spelling_of_the_same_length_keeps_every_character_in_place() -> None:
    assert SPELLINGS.respelled("el col.legi i el col.legi") == (
        "el col·legi i el col·legi", None)


def test_a_longer_spelling_stands_where_the_typed_one_does() -> None:
    text, origin = SPELLINGS.respelled("el coŀlegi nou")
    assert text == "el col·legi nou"
    assert origin is not None and len(origin) == len(text)
    # c o l · l e g i: ŀ gives l and ·, which both stand on it; the l typed after it on it
    assert [origin[k] for k in range(3, 12)] == [3, 4, 5, 5, 6, 7, 8, 9, 10]
    assert origin[text.index("nou")] == 11


def test_a_shorter_spelling_ends_where_the_typed_one_ends() -> None:
    text, origin = SPELLINGS.respelled("aqqb")
    assert text == "aqb" and origin == (0, 2, 3)


def test_a_text_without_a_typed_spelling_is_itself() -> None:
    assert SPELLINGS.respelled("el col·legi") == ("el col·legi", None)


@pytest.mark.parametrize("lang", ["es", "en", "fr", "it"])
def test_only_catalan_lists_the_punt_volat(lang: str) -> None:
    assert word_endings(lang).respelled("col.legi") == ("col.legi", None)
    assert word_endings("ca").respelled("col.legi") == ("col·legi", None)


def test_a_bad_spelling_line_names_its_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"test:2: not an entry of \[spellings\]"):
        parse_forms("[spellings]\nl.l\n", name="test")


# [closed syllables] and [consonants] (Ukrainian): a term word's closed last syllable
# as an ending opens it.
CLOSED = parse_forms("[closed syllables]\nі\tо\nї\tє\n[consonants]\nвлрь\n", name="test")


@pytest.mark.parametrize(("word", "forms"), [
    ("харків", ["харков"]),
    ("київ", ["києв"]),
    ("тернопіль", ["тернополь"]),  # a soft sign after the consonant
    ("рада", []),  # no consonant closes it
    ("рів", []),  # fewer than four letters
    ("харківа", []),
])
def test_a_closed_last_syllable_opens(word: str, forms: list[str]) -> None:
    assert opened(CLOSED, word) == forms


def test_a_bad_closed_syllable_line_names_its_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"test:2: not an entry of \[closed syllables\]"):
        parse_forms("[closed syllables]\nі\tоо\n", name="test")
