"""Roman numerals read as numbers, for number-mismatch (check/roman.py)."""

from __future__ import annotations

import re

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check.numbers import number_words
from aligner.check.roman import _NUMERAL, roman_numbers, roman_value, to_roman


def _values(text: str, lang: str) -> list[str]:
    return [v for v, *_ in roman_numbers(text, number_words(lang).lists)]


@pytest.mark.parametrize(("numeral", "value"), [
    ("I", 1), ("IV", 4), ("XIX", 19), ("XLII", 42), ("MCMLXXIII", 1973),
    ("IIII", None), ("VX", None), ("MIXI", None),
])
def test_roman_value(numeral: str, value: int | None) -> None:
    assert roman_value(numeral) == value


def test_to_roman_reads_back() -> None:
    assert all(roman_value(to_roman(n)) == n for n in range(1, 4000))


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("es", "Véase el capítulo II.", ["2"]),
    ("es", "En el siglo XIX.", ["19"]),
    ("es", "CAPÍTULO IV", ["4"]),
    ("es", "Juan Pablo II visitó Chile.", ["2"]),
    ("es", "Carlos I de España", ["1"]),  # I is no Spanish word
    ("es", "Felipe II y Felipe III", ["2", "3"]),
    ("en", "See Chapter III.", ["3"]),
    ("en", "Part I.", ["1"]),
    ("en", "in part I agree", []),  # the pronoun, after a lower-case word
    ("en", "Then I went home.", []),  # the pronoun after a capitalised word
    ("en", "Miss Bennet I assure you", []),
    ("en", "World War II ended.", ["2"]),
    ("en", "Henry VIII had six wives.", ["8"]),
    ("en", "He lives in Washington DC.", []),  # letters no sovereign's number has
    ("en", "The MIX CD.", []),
    ("en", "Vitamin C and Vitamin D.", []),
    ("en", "Apollo XL", []),  # past XXXIX: no sovereign's
    ("en", "the X-ray", []),
    ("fr", "Au XIXe siècle.", ["19"]),
    ("fr", "Le chapitre III.", ["3"]),
    ("sv", "Kapitel III", []),  # no roman_after list: answers only
])
def test_roman_numbers(lang: str, text: str, values: list[str]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Véase el capítulo II, página 4.", "See Chapter III, page 4.",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("Véase el capítulo II.", "See Chapter III.",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("Véase el capítulo II, página 4.", "See Chapter 2, page 4.", []),
    ("Véase el capítulo II, página 4.", "See Chapter II, page 4.", []),
    ("Véase el capítulo II.", "See the second chapter.", []),
    ("En el siglo XIX había 3 fábricas.", "In the 18th century there were 3 factories.",
     ["numbers differ: 'XIX' (19) missing in the target; 18 not in the source"]),
    ("En el siglo XIX había 3 fábricas.", "In the 19th century there were 3 factories.", []),
    ("En el siglo XIX.", "In the nineteenth century.", []),
    ("Juan Pablo II visitó 3 países.", "John Paul II visited 3 countries.", []),
    ("Felipe II reinó.", "Philip III reigned.",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("La Segunda Guerra Mundial duró 6 años.", "World War II lasted 6 years.", []),
    ("La Primera Guerra Mundial duró 4 años.", "World War II lasted 4 years.",
     ["numbers differ: 'II' (2) not in the source"]),
    ("Luego fui a casa.", "Then I went home.", []),
])
def test_roman_numerals_are_compared(source: str, target: str, expected: list[str]) -> None:
    assert [f.message for f in findings([(source, target)], code="number-mismatch")] \
        == expected


# a numeral standing as a word, written the plain way: lookbehind first
_PLAIN_NUMERAL = re.compile(r"(?<![\w\-])[IVXLCDM]+(?:e|è|ème|ᵉ|er|ère|re)?(?![\w\-])")


@pytest.mark.parametrize(("text", "found"), [
    ("el siglo XIX", "XIX"), ("XIXe siècle", "XIXe"), ("II", "II"), ("Part I.", "I"),
    ("MIXED", None), ("sub-IV", None), ("aXI", None), ("IX-a", None), ("\nIV", "IV"),
])
def test_the_quick_look_finds_a_numeral_standing_as_a_word(text: str, found: str | None
                                                           ) -> None:
    m = _NUMERAL.search(text)
    assert (m.group() if m else None) == found


@given(st.text(st.sampled_from([*"IVXLCDMeèrᵉa1_- \n."]), max_size=16))
def test_the_quick_look_finds_what_the_plain_pattern_does(text: str) -> None:
    m, plain = _NUMERAL.search(text), _PLAIN_NUMERAL.search(text)
    assert (m and m.span()) == (plain and plain.span())
