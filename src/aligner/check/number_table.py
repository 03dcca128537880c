"""A language's numbers in words, as its ``numbers.tsv`` gives them (:class:`NumberWords`,
:func:`number_words`), and the reader of its numbers spelled out (:func:`word_reader`).

Read by ``number-mismatch`` (:mod:`aligner.check.numbers`, which was their home and
still hands them on) and by the checks around it: ``number-word-mismatch``
(:mod:`aligner.check.counted`), the halves in words (:mod:`aligner.check.spelled_halves`),
weekdays, currencies, dates.  A module of its own so that those need not import
``number-mismatch`` itself, which reads their results.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from aligner.check.calendars import Calendar, parse_calendar
from aligner.check.folding import strip_accents
from aligner.check.spelled_numbers import WordReader
from aligner.lang import NUMBERS_DATA, get_profile
from aligner.textutil import MARKS


def _data_lines(text: str | None) -> list[str]:
    if text is None:
        return []
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Numbers in words of one language (its ``numbers.tsv``, see :mod:`aligner.lang`)."""

    words: dict[int, tuple[str, ...]]  # value -> words that write it
    magnitudes: dict[str, int]  # word as written -> power of ten
    magnitude_re: re.Pattern[str] | None  # a magnitude word after a number
    months: dict[int, tuple[str, ...]]  # month -> its names (lower case, accents stripped)
    lists: dict[str, tuple[str, ...]]  # Chinese, Japanese, Korean: counters, not, ... (header)
    # every spelling of a magnitude word (NFC, NFD, a nukta letter precomposed or not),
    # lower case -> its power of ten
    spellings: dict[str, int] = field(default_factory=dict)
    magnitude_before_re: re.Pattern[str] | None = None  # Swahili "milioni 5"
    month_before_re: re.Pattern[str] | None = None  # Vietnamese "tháng 3"
    calendar: Calendar | None = None  # a local calendar (:mod:`aligner.check.calendars`)
    #: weekday (1 is Monday) -> its names as written (:mod:`aligner.check.weekdays`)
    weekdays: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: a currency's word (lower case, without accents) -> its ISO code (``currency``
    #: lines: ``EUR euro euros``; :mod:`aligner.check.currencies`)
    currencies: dict[str, str] = field(default_factory=dict)
    #: the words that say per cent after a number in words, each a phrase (lower case,
    #: without accents; ``percent`` lines: ``por ciento``; :mod:`aligner.check.number_pairs`)
    percent: tuple[str, ...] = ()
    #: weekday -> its short names that are other words too (Portuguese ``terça``, also an
    #: ordinal), read as weekdays only in a list or range of weekdays or after one of
    #: ``weekday_at`` (``ws`` lines)
    short_weekdays: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: a language read as Chinese is (``han``) may have number words of its own besides
    #: its numerals, read as other languages' words are (``n`` lines: Korean ``열아홉``)
    native: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: the phrases after a number that say basis points (``basis`` lines) and percentage
    #: points (``points`` lines), each a phrase; a reporting period -> the phrases that
    #: name it (``period<TAB>Q1 first quarter``; :mod:`aligner.check.figures`)
    basis: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    periods: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a phrase that states the unit of a table's amounts -> its power of ten (``scale``
    #: lines: ``scale<TAB>6 million``; :mod:`aligner.check.declared_units`)
    scales: dict[str, int] = field(default_factory=dict)
    #: a unit -> the words that are that unit only before a ``teen`` word (``t`` lines:
    #: Arabic ``t1 أحد``, ``أحد عشر``; :mod:`aligner.check.spelled_numbers`)
    teen_units: dict[int, tuple[str, ...]] = field(default_factory=dict)

    @property
    def han(self) -> bool:
        """Whether numbers are read as in Chinese, Japanese and Korean (it lists counters)."""
        return "counters" in self.lists


_LISTS = frozenset({"counters", "month", "ordinal", "vague", "fraction", "not", "metric",
                    "spaced", "spaced_before", "unscaled", "date_order", "era", "era_year",
                    "era_first",
                    "hour", "half", "per", "month_before", "magnitude_order",
                    "calendar_years", "calendar_start", "calendar_days", "evening",
                    "clock_hour", "clock_shift", "yearless", "joiners", "multipliers",
                    "units_first", "formal", "tenths", "discount", "discount_not",
                    "currency_region", "decimal_point", "decimal_not_after", "counter_last",
                    "after_day",
                    "half_article", "month_alone", "month_word", "roman_after",
                    "roman_before", "roman_not", "halved", "range_from", "range_to",
                    "range_article", "dimension_by", "weekday_join", "weekday_at",
                    "month_join", "weekday_endings", "one_unsaid", "weekday",
                    "month_first", "negative", "decrease", "decrease_after", "decrease_to",
                    "unit_marker", "unit_words", "joiner_prefix", "weekday_prefixes",
                    "teen", "rate_per", "rate_adverb", "half_alone"})
# The Devanagari, Bengali, Gurmukhi and Oriya letters with a nukta that also exist
# precomposed (ज़ U+095B, ड़ U+095C, য় U+09DF, ...): NFC leaves them decomposed, so a
# text may have either form.  Decomposed form -> precomposed letter.
_NUKTA_LETTERS = {unicodedata.normalize("NFD", c): c for c in (
    "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df"
    "\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d")}
# After a word: no letter or mark goes on (\b would stop at a vowel sign, கோடி).
_WORD_END = rf"(?![\w{MARKS}])"
_WORD_START = rf"(?<![\w{MARKS}])"


def _spellings(word: str) -> set[str]:
    """``word`` lower case in NFC and NFD, and with its nukta letters precomposed."""
    nfd = unicodedata.normalize("NFD", word.lower())
    composed = nfd
    for pair, letter in _NUKTA_LETTERS.items():
        composed = composed.replace(pair, letter)
    return {word.lower(), unicodedata.normalize("NFC", nfd), nfd, composed}


def alternation(spellings: Iterable[str]) -> str:
    # longest first, so that "mil millones" wins over "mil"
    return "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))


@cache
def number_words(lang: str) -> NumberWords:
    words: dict[int, tuple[str, ...]] = {}
    magnitudes: dict[str, int] = {}
    months: dict[int, tuple[str, ...]] = {}
    local_months: dict[int, tuple[str, ...]] = {}  # a local calendar's (c lines)
    weekdays: dict[int, tuple[str, ...]] = {}
    short_weekdays: dict[int, tuple[str, ...]] = {}
    native: dict[int, tuple[str, ...]] = {}
    teen_units: dict[int, tuple[str, ...]] = {}
    lists: dict[str, tuple[str, ...]] = {}
    stems: set[str] = set()
    currencies: dict[str, str] = {}
    percent: list[str] = []
    phrases: dict[str, list[str]] = {"basis": [], "points": []}
    period_words: dict[str, list[str]] = {}
    scales: dict[str, int] = {}
    for line in _data_lines(get_profile(lang).data_text(NUMBERS_DATA)):
        key, _, value = line.partition("\t")
        if key == "currency":  # currency<TAB>EUR euro euros
            code, *names = value.split()
            currencies.update((strip_accents(w.lower()), code) for w in names)
        elif key == "percent":  # percent<TAB>por ciento
            percent.append(" ".join(strip_accents(value.lower()).split()))
        elif key in phrases:  # basis<TAB>basis points
            phrases[key].append(" ".join(value.split()))
        elif key == "scale":  # scale<TAB>6 million
            power, _, phrase = value.strip().partition(" ")
            scales[" ".join(phrase.lower().split())] = int(power)
        elif key == "period":  # period<TAB>Q1 first quarter
            period, _, phrase = value.strip().partition(" ")
            period_words.setdefault(period, []).append(" ".join(phrase.split()))
        elif key in _LISTS:
            lists[key] = tuple(value.split())
        elif key.startswith("x"):
            word = value.strip().lower()
            if word.endswith("-"):  # a stem: case endings may follow (৫০ লাখের)
                word = word[:-1]
                stems.add(word)
            magnitudes[word] = int(key[1:])
        elif key.startswith("m"):
            # read as the dates module reads a text's words
            months[int(key[1:])] = tuple(strip_accents(w.lower()) for w in value.split())
        elif key.startswith("c"):
            local_months[int(key[1:])] = tuple(value.split())
        elif key.startswith("ws"):
            short_weekdays[int(key[2:])] = tuple(value.split())
        elif key.startswith("w"):
            weekdays[int(key[1:])] = tuple(value.split())
        elif key.startswith("n"):
            native[int(key[1:])] = tuple(value.split())
        elif key.startswith("t"):  # t1<TAB>أحد: 1, only before a teen word
            teen_units[int(key[1:])] = tuple(value.split())
        else:
            words[int(key)] = tuple(value.split())
    spellings = {form: power for word, power in magnitudes.items() for form in _spellings(word)}
    after = before = month_before = None
    if spellings:
        alternatives = alternation(spellings)
        stemmed = {form for word in stems for form in _spellings(word)}
        parts = [f"(?:{alternation(whole)}){_WORD_END}"
                 for whole in [spellings.keys() - stemmed] if whole]
        parts += [alternation(stemmed)] if stemmed else []
        after = re.compile(rf"\s+({'|'.join(parts)})", re.IGNORECASE)
        if "before" in lists.get("magnitude_order", ()):
            # searched up to the number: the word, then spaces to the number's start
            before = re.compile(rf"{_WORD_START}({alternatives})\s+$", re.IGNORECASE)
    if lists.get("month_before"):
        forms = {form for word in lists["month_before"] for form in _spellings(word)}
        month_before = re.compile(rf"{_WORD_START}(?:{alternation(forms)})\s+$",
                                  re.IGNORECASE)
    return NumberWords(words, magnitudes, after, months, lists, spellings, before, month_before,
                       parse_calendar(lists, local_months), weekdays,
                       currencies=currencies, percent=tuple(percent),
                       short_weekdays=short_weekdays, native=native,
                       basis=tuple(phrases["basis"]), points=tuple(phrases["points"]),
                       periods={k: tuple(v) for k, v in period_words.items()},
                       scales=scales, teen_units=teen_units)




@cache
def word_reader(lang: str) -> WordReader:
    """``lang``'s numbers written in several words or inside one (``treinta y cuatro``)."""
    table = number_words(lang)
    if table.han:  # its own number words, folded as the text is (Hangul to its letters)
        return WordReader.of({v: tuple(strip_accents(w) for w in ws)
                              for v, ws in table.native.items()}, {})
    return WordReader.of(table.words, table.lists, table.teen_units)


