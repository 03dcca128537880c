"""Clock times in digits told in words on the other side, for number-mismatch
(check/clock_words.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.clock_words import parse_clock, word_times
from aligner.check.folding import strip_accents
from aligner.check.numbers import number_words
from aligner.lang import CLOCK_DATA, get_profile

CLOCK_LANGUAGES = ["en", "fr", "es", "pt", "de", "it"]


# Written for this test, after the literary walk (fr -> en: 21 h / nine o'clock was an
# error) and for the other languages' clock phrases.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("fr", "en", "Mme Le Gall attendit jusqu'à 21 h.", "Mrs Le Gall waited until nine o'clock."),
    ("fr", "en", "Il partit à 8 h 15.", "He left at a quarter past eight."),
    ("fr", "en", "Il partit à 21 h 30.", "He left at half past nine."),
    ("fr", "en", "Il partit à 8 h 45.", "He left at a quarter to nine."),
    ("fr", "en", "Il rentra à 21 h.", "He came home at nine in the evening."),
    ("en", "fr", "He left at 9 p.m.", "Il partit à neuf heures."),
    ("en", "fr", "He left at 21:00.", "Il partit à neuf heures du soir."),
    ("en", "es", "He left at 21:00.", "Se fue a las nueve."),
    ("en", "es", "He left at 8:15.", "Se fue a las ocho y cuarto."),
    ("en", "de", "He left at 21:00.", "Er ging um neun Uhr."),
    ("en", "de", "He left at 8:30.", "Er ging um halb neun."),
    ("de", "en", "Er ging um 21 Uhr.", "He left at nine o'clock."),
    ("en", "pt", "He left at 21:00.", "Ele saiu às nove horas."),
])
def test_a_time_in_digits_is_answered_by_the_same_time_in_words(
        src_lang: str, tgt_lang: str, source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "missing"), [
    ("fr", "en", "Il partit à 21 h.", "He left at ten o'clock.", ("21",)),
    ("fr", "en", "Il partit à 8 h 15.", "He left at half past eight.", ("15",)),
    ("en", "es", "He left at 21:00.", "Se fue a las diez.", ("21",)),
    ("en", "de", "He left at 8:30.", "Er ging um halb zehn.", ("8", "30")),
    # a duration in hours is no clock time in words
    ("fr", "en", "Le trajet dure 21 h.", "The journey takes nine hours.", ("21",)),
])
def test_another_time_is_still_a_number_changed(src_lang: str, tgt_lang: str, source: str,
                                                target: str, missing: tuple[str, ...]) -> None:
    [f] = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert f.expected == missing


@pytest.mark.parametrize(("text", "lang", "times"), [
    ("at nine o'clock", "en", {(9, 0)}),
    ("at a quarter past eight", "en", {(8, 15)}),
    ("at a quarter to nine", "en", {(8, 45)}),
    ("vers neuf heures et demie", "fr", {(9, 30)}),
    ("à neuf heures moins le quart", "fr", {(8, 45)}),
    ("a las doce", "es", {(0, 0)}),
    ("um halb neun", "de", {(8, 30)}),
    ("nine years", "en", set()),
])
def test_times_in_words_are_read(text: str, lang: str, times: set[tuple[int, int]]) -> None:
    hours = tuple((strip_accents(w.lower()), n) for n, ws in number_words(lang).words.items()
                  if 1 <= n <= 12 for w in ws)
    assert word_times(text, lang, hours) == times


@pytest.mark.parametrize("lang", CLOCK_LANGUAGES)
def test_each_clock_file_parses(lang: str) -> None:
    text = get_profile(lang).data_text(CLOCK_DATA)
    assert text is not None
    assert parse_clock(text, name=lang)


def test_a_bad_clock_file_is_refused_with_its_entry() -> None:
    with pytest.raises(ValueError, match="o'clock"):
        parse_clock("[times]\n0 o'clock\n", name="xx/clock.txt")
    with pytest.raises(ValueError, match="unknown section"):
        parse_clock("[hours]\n0 H o'clock\n", name="xx/clock.txt")
