"""Months named without a day, for number-mismatch (check/months.py)."""

from __future__ import annotations

import re

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check.folding import strip_accents
from aligner.check.months import _any_name, alone_months
from aligner.check.numbers import _alone_months


def _messages(source: str, target: str, src_lang: str = "es", tgt_lang: str = "en"
              ) -> list[str]:
    return [f.message for f in findings([(source, target)], code="number-mismatch",
                                        src_lang=src_lang, tgt_lang=tgt_lang)]


@pytest.mark.parametrize(("lang", "text", "months"), [
    ("en", "Inflation in June was high.", ["6"]),
    ("en", "In January and March it rained.", ["1", "3"]),
    ("en", "May I come in?", []),  # a modal at a sentence's start
    ("en", "“May you live long,” she said.", []),  # ... or a quotation's
    ("en", "'May it please your Majesty,' said Two.", []),
    ("en", "We may march in august.", []),  # lower case: verbs, an adjective
    ("en", "Theresa May resigned.", []),  # after a name
    ("en", "the Long March", []),
    ("en", "June Carter sang.", []),  # before a name
    ("en", "the October Revolution", []),
    ("en", "PUBLISHED IN MAY", []),  # capitals throughout: a heading
    ("en", "He came in May.", ["5"]),
    ("es", "La inflación de enero fue alta.", ["1"]),
    ("es", "Enero fue frío.", ["1"]),  # a sentence's start
    ("es", "la Plaza de Mayo", []),  # a capital inside a sentence: a name
    ("es", "la Avenida 9 de Julio", []),
    ("es", "la Revolución de Octubre", []),
    ("es", "Mayo Clinic", []),  # at the start, before a capitalised word
    ("es", "el mar, 3 barcos", []),  # an abbreviation is no month alone
    ("pt", "um marco histórico", []),  # marco: a landmark (março without its cedilla)
    ("pt", "em maio", ["5"]),
    ("fr", "en mars", ["3"]),
    ("fr", "la planète Mars", []),
    ("de", "im Mai", ["5"]),
    ("it", "a marzo", ["3"]),
    ("nl", "in mei", ["5"]),
    ("sv", "i maj", []),  # no month_alone list: dates only
    # scripts without capitals (s38 walk 2, item 6): any name listed, whole
    ("hi", "स्तर अक्टूबर में मापे जाते हैं।", ["10"]),
    ("hi", "मई और नवम्बर में", ["5", "11"]),
    ("hi", "किसानों ने मार्च निकाला।", []),  # मार्च: also a protest march
    ("bn", "সমীক্ষা অক্টোবরে শেষ হবে।", ["10"]),  # with its locative ending
    ("bn", "জুন মাসের শেষে", ["6"]),
])
def test_alone_months(lang: str, text: str, months: list[str]) -> None:
    assert [m for m, _ in _alone_months(text, lang)] == months


def test_alone_months_keeps_the_name_as_written() -> None:
    assert alone_months("Llegó en Marzo.", {"marzo": "3"}, lower_case=False,
                        words_too=frozenset()) == [("3", "Marzo")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a month without a day (the reported case)
    ("La inflación de enero fue del 2,1 %.", "Inflation in June was 2.1%.",
     ["numbers differ: enero missing in the target; June not in the source"]),
    ("La inflación de enero fue del 2,1 %.", "Inflation in January was 2.1%.", []),
    ("La inflación de enero fue alta.", "Inflation in June was high.",
     ["numbers differ: enero missing in the target; June not in the source"]),
    ("Nació en marzo de 1973.", "He was born in May 1973.",
     ["numbers differ: marzo missing in the target; May not in the source"]),
    ("Nació en marzo de 1973.", "He was born in March 1973.", []),
    ("En enero y febrero llovió.", "It rained in January.",
     ["numbers differ: febrero missing in the target"]),
    ("En enero y febrero llovió.", "It rained in January and February.", []),
    ("En enero llovió. En enero nevó.", "It rained and snowed in January.", []),
    # one side names no month: nothing to compare
    ("La inflación de enero fue alta.", "Inflation at the start of the year was high.", []),
    # a date's month answered by the other side's month named alone
    ("Murió el 5 de marzo de 1610.", "He died in the month of March, on the 5th, 1610.", []),
    # false friends and names
    ("¿Puedo venir en junio?", "May I come in June?", []),
    ("Quizás nos vayamos en junio.", "We may leave in June.", []),
    ("En junio dimitió Theresa May.", "In June, Theresa May resigned.", []),
    ("En junio empezó la Larga Marcha.", "In June the Long March began.", []),
    ("En junio fue a la Plaza de Mayo.", "In June he went to the Plaza de Mayo.", []),
    ("En junio se recordó la Revolución de Octubre.",
     "In June the October Revolution was remembered.", []),
    ("En junio se reunió la augusta asamblea.", "In June the august assembly met.", []),
])
def test_months_named_alone_are_compared(source: str, target: str,
                                         expected: list[str]) -> None:
    assert _messages(source, target) == expected


def test_months_named_alone_are_compared_in_hindi_and_bengali() -> None:
    assert _messages("Levels are measured in November.", "स्तर अक्टूबर में मापे जाते हैं।",
                     "en", "hi") == [
        "numbers differ: November missing in the target; अक्टूबर not in the source"]
    assert _messages("Levels are measured in November.", "स्तर नवंबर में मापे जाते हैं।",
                     "en", "hi") == []
    assert _messages("The survey will end in November.", "সমীক্ষা নভেম্বরে শেষ হবে।",
                     "en", "bn") == []


def test_a_month_alone_is_answered_by_any_of_its_names() -> None:
    # março is read in dates only (marco is a word too), yet answers March
    assert _messages("Em março e junho.", "In March and June.", "pt", "en") == []
    assert _messages("Em março e junho.", "In May and June.", "pt", "en") == [
        "numbers differ: May not in the source"]


@given(st.lists(st.sampled_from(["marzo", "MARZO", "Már", "zo", "mayo", "mayoría", "e\u0301",
                                 "\u0301", "İ", "ß", " ", "-", "3", "ñ", "a"]), max_size=10))
def test_the_first_quick_look_misses_no_month(pieces: list[str]) -> None:
    # a word of the lowered text that is a name without its accents is found by the
    # search for any name in the text without its accents
    names = frozenset({"marzo", "mayo", "mar"})
    text = "".join(pieces)
    words = {strip_accents(w) for w in re.findall(r"[^\W\d_]+", text.lower())}
    assert _any_name(names).search(strip_accents(text.lower())) or not words & names
