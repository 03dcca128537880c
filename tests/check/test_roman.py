"""Roman numerals read as numbers, for number-mismatch (check/roman.py)."""

from __future__ import annotations

import re

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check.number_table import number_words
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
    # s38 walk 3 item 6: a formula's number, in parentheses too
    ("en", "The compound of formula (II) is used.", ["2"]),
    ("en", "compounds of formula (I)", ["1"]),  # in parentheses I is no pronoun
    ("en", "compounds of formula I", []),  # but without them it may be one
    ("en", "Formula III", ["3"]),
    ("en", "formulae (I) and (II)", ["1"]),  # the first of a list only
    ("en", "as (I) said", []),  # after any other word: a pronoun or a list's label
    ("en", "(I) the first; (II) the second", []),
    ("en", "the compound (II)", []),
    ("de", "Die Verbindung der Formel (III) wird verwendet.", ["3"]),
    ("de", "Formeln(IV)", ["4"]),
    ("fr", "le composé de formule (II)", ["2"]),
    ("es", "el compuesto de fórmula (II)", ["2"]),
    ("ja", "式（III）の化合物が使用される。", ["3"]),
    ("ja", "化合物は式（ＩＩ）で表される。", ["2"]),  # full-width capitals
    ("ja", "一般式（Ⅲ）で表される化合物", ["3"]),  # a numeral sign
    ("ja", "下記式(I)で表される化合物", ["1"]),
    ("ja", "方式（I）と方式（II）", []),  # a system, no formula
    ("ja", "工程（I）", []),
    ("zh", "具有通式(I)的化合物", ["1"]),
    ("zh", "如式(II)所示", ["2"]),
    ("zh", "方式(I)", []),
    ("ko", "화학식 (I)의 화합물", ["1"]),
    ("ko", "방식(I)", []),
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


@pytest.mark.parametrize(("target", "lang", "expected"), [
    # s38 walk 3 item 6
    ("Die Verbindung der Formel (III) wird verwendet.", "de",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("式（III）の化合物が使用される。", "ja",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("使用式(III)的化合物。", "zh",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("화학식 (III)의 화합물이 사용된다.", "ko",
     ["numbers differ: 'II' (2) missing in the target; 'III' (3) not in the source"]),
    ("Die Verbindung der Formel (II) wird verwendet.", "de", []),
    ("Die Verbindung der Formel II wird verwendet.", "de", []),
    ("式（Ⅱ）の化合物が使用される。", "ja", []),
    ("一般式（ＩＩ）の化合物が使用される。", "ja", []),
])
def test_a_formulas_number_is_compared(target: str, lang: str, expected: list[str]) -> None:
    got = findings([("The compound of formula (II) is used.", target)], src_lang="en",
                   tgt_lang=lang, code="number-mismatch")
    assert [f.message for f in got] == expected


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


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s41 walk_ja item 14: a letter right after a number is its unit (15 L: litres)
    ("The tank holds 15 L.", "The tank holds 50 L.", "en", "en-GB",
     "numbers differ: 15 missing in the target; 50 not in the source"),
    ("Fill with 50 L of oil.", "Fill with 5 L of oil.", "en", "en-GB",
     "numbers differ: 50 missing in the target; 5 not in the source"),
    ("The tank holds 15L.", "The tank holds 50L.", "en", "en-GB",
     "numbers differ: 15 missing in the target; 50 not in the source"),
    ("The tank capacity is 15 L.", "タンク容量は５０Ｌです。", "en", "ja",
     "numbers differ: 15 missing in the target; '５０' (50) not in the source"),
    # still a numeral where it is one: a king's, a label's
    ("Louis XIV reigned 72 years.", "Luís XIV reinou 72 anos.", "en", "pt", None),
    ("Louis XIV reigned for 72 years.", "Luís 14 reinou por 72 anos.", "en", "pt", None),
    ("Louis XIV reigned for 72 years.", "Luís XV reinou por 72 anos.", "en", "pt",
     "numbers differ: 'XIV' (14) missing in the target; 'XV' (15) not in the source"),
    # a letter labelling a list after a number is no unit, nor a number here
    ("Choose 2 of: K) 5 ml, L) 50 ml.", "Escolha 2 de: K) 5 ml, L) 50 ml.", "en", "pt", None),
])
def test_a_litre_after_a_number_is_no_numeral(source: str, target: str, src_lang: str,
                                             tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="number-mismatch")
    assert [f.message for f in got] == ([message] if message else [])
