"""number-mismatch: the numbers of source and target must be the same, locale-aware.

Each side is read with its own conventions: Spanish ``3.526`` and ``1,5`` are
English ``3,526`` and ``1.5``; ``70 %`` is ``70%`` (per cent signs and units are
ignored, only values compare; a minus makes a value negative, :func:`_signed`).
A year range written short (``1948–58``) is expanded; a date in digits
(``15/06/2024``) is a day, a month and a year (:mod:`aligner.check.dates`).
Digits glued to words count (footnote markers ``mando1``, ordinals ``10th``,
``1.º``), as do footnote calls in superscript digits (``day.²``; not exponents,
``km²``: :mod:`aligner.check.calls`; nor ``m2``, ``cm^3`` typed for them after a number
or a ``/``: :data:`_UNIT_POWER`).  A number written in digits on one side may
be spelled out on the other when it is small (``diez`` / ``10``), with a half too
(``dos años y medio`` / ``2,5``: :mod:`aligner.check.spelled_halves`).  Digit groups
parted by spaces (``900 100 200``) are one number or several on either side, whichever the
other side reads (:func:`_spaced_runs`); the hour of a 12-hour time (``2:30 pm``)
is read on the 24-hour clock or as written (:mod:`aligner.check.clock`); a clock time in
digits the other side tells in words (``21 h`` / ``nine o'clock``) is answered by them
(:mod:`aligner.check.clock_words`), and so are a multiple said in a word (``２倍`` /
``double``: :mod:`aligner.check.said_numbers`), the ``1`` of a rate (``１㎡あたり`` /
``per m²``: :mod:`aligner.check.rate_ones`) and an amount in another
size of its unit (``1,500 mg`` / ``1,5 g``: :mod:`aligner.check.conversions`).  The digits
of a web or e-mail address are no numbers (:mod:`aligner.check.links` compares those).  Indian
grouping (``1,50,000``, ``1,25,00,000``) is read wherever the comma groups thousands.
A naked decimal (``.5 mg``, the language's decimal sign with no digit before it) is
read as 0.5, and so is one with the other decimal sign before a unit symbol (German
``.5 mg``).  Apostrophes part thousands as Switzerland writes them (``250'000``,
``1’250.50``), and a whole number with a vulgar fraction is a decimal (``1½`` is 1.5).
Each side is read with the decimal sign of its tag's region (:mod:`aligner.lang.separators`:
``es-MX`` writes ``1,250.50`` as English does; ``es-419``, which writes both, reads a
number with one sign either way, whichever the other side reads), and groups of one sign
with a decimal part after the other (``2,500.00``, ``1.250.000,00``) are read the one way
they can be in every language.
A magnitude word scales the number before it (``1,5 millones``, ``50 लाख``), or after it
in a language whose ``numbers.tsv`` says ``magnitude_order before`` (Swahili ``milioni
5``), found whatever the vowel signs and nukta letters of its script and the normal form
of the text; a word written as a stem (``লাখ-``) may carry a case ending (``৫০ লাখের``).
A number of 1-12 after a ``month_before`` word is a month (Vietnamese ``tháng 3``).
A year or a date of a local calendar (Thai Buddhist Era, solar hijri, Ethiopian: the
``calendar`` lines of a ``numbers.tsv``) is read as written or as its Gregorian one
(:mod:`aligner.check.calendars`).  A number both sides write alike is the same number
however each language reads it (``24.381.977-K`` copied into English), and a reference
numeral in parentheses that both sides write is counted once on each
(:mod:`aligner.check.numerals`).  An ordinal in words that numbers a clause or an
article (``PRIMERA. OBJETO.``, ``Artículo primero``) is its number
(:mod:`aligner.check.headings`).

Chinese, Japanese and Korean (a ``numbers.tsv`` with ``counters``) are read by
:func:`han_numbers`.  A numeral character after digits scales them (``250万``
= 2.5 million, ``5千``, ``5만``; but ``5千米`` is 5 km, ``제3조`` Article 3), a
Korean number goes on past a space after ``만`` (``1만 2천``: its ``spaced`` list),
digits take a large numeral past a space before it (Chinese ``150 万``: ``spaced_before``),
and a number before ``月`` (``월``) is a month, answered as a date's month is
(``3月`` / ``March``, ``marzo``, ``2021-03-03``).
The digits of every script (full-width ``１２３``, Arabic-Indic ``١٢٣``, Persian ``۱۲۳``,
Devanagari ``१२३``) and the Arabic ``٬`` ``٫`` are 0-9, ``,`` and ``.`` in every language,
as are ``，`` and ``．`` between full-width digits (``１，２００``).
Numeral characters alone often are words (一起, 统一, 十分, 三心二意), so they count
only as

* a run of two with a unit in it (``二十``, ``五千``; two digits alone are
  "three or four", ``三四天``), or of three or more (``三百五十``, and
  ``二〇二一`` digit by digit);
* one character worth 2 to 10 before a counter (``三个``, ``两次``, ``十年``;
  a lone ``一`` is mostly "a", and ``百`` ``千`` ``万`` alone are mostly "many");
* any run before ``月`` (``一月``), after ``第`` (``第一``) or as the day
  after a month (``一月一日``);

and never inside a word listed as ``not``, after ``数`` or ``几`` ("dozens") or a
``weekday`` word (``星期六`` is Saturday),
or before ``分之`` (``百分之五十`` is 50%).  A number in digits on the other
side is still answered by any numeral characters (``一个人`` / ``1 person``), and a
``1`` before a counter (``1 回``) may answer a word of the other side's ``one_unsaid``
list (``per request``: :mod:`aligner.check.rate_ones`).

The module is longer than 400 lines because the digit conventions of every
script and the Han numerals meet in one reading of a side (:func:`extract_numbers`),
over one tokenizer and one table per language; split, each half would need the
other's internals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from decimal import Decimal
from functools import cache, partial

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.calendars import calendar_runs, with_gregorian
from aligner.check.calls import e_notation, footnote_calls, number_exponents
from aligner.check.clock import (
    counter_halves,
    day_period_hours,
    half_hours,
    hours,
    twelve_hour_times,
    with_time_colons,
    zero_minutes,
)
from aligner.check.clock_words import clock_runs
from aligner.check.conversions import added_conversions, unconverted
from aligner.check.date_sides import day_month_dates, month_first_only, reads_month_first
from aligner.check.date_swaps import dates_differ
from aligner.check.dates import (
    YEAR,
    Item,
    NumericDate,
    cancel_short_years,
    dated_months,
    era_years,
    find_dates,
    month_years,
    named_months,
    reading_choices,
    unanswered_months,
    unnamed_months,
    yearless_months,
)
from aligner.check.declared_units import (
    UnitWords,
    declared_reading,
    own_currency,
    stated_powers,
)
from aligner.check.endings import word_endings
from aligner.check.figures import (
    SignWords,
    basis_point_runs,
    period_shown,
    periods,
    sign_runs,
    with_periods,
)
from aligner.check.folding import strip_accents
from aligner.check.headings import heading_ordinals
from aligner.check.links import blank_links
from aligner.check.listlabels import cancel_list_labels, label_spans
from aligner.check.lone_halves import halves_answered, lone_halves
from aligner.check.measure_units import UNIT_END, unit_after
from aligner.check.months import alone_months, unnamed_alone
from aligner.check.number_table import NumberWords, number_words, word_reader
from aligner.check.numerals import (
    cancel_copies,
    lettered_repeats,
    numeral_repeats,
    plain_numbers,
    reference_numerals,
)
from aligner.check.paragraphs import cancel_paragraphs
from aligner.check.placeholders import blank_placeholders
from aligner.check.rate_ones import rate_one_runs
from aligner.check.roman import ROMAN, roman_numbers, roman_value
from aligner.check.said_numbers import said_multiple
from aligner.check.spelled_halves import said_halves
from aligner.check.spelled_pairs import unanswered_words
from aligner.check.suffixed import letter_differences
from aligner.lang import STOPWORDS_DATA, get_profile
from aligner.lang.separators import decimal_comma, writes_both
from aligner.model import Finding
from aligner.textutil import LOWERED_DIGITS_PLAIN, SUPERSCRIPT_DIGITS, WORD, ascii_digits

_DIGIT = re.compile(r"\d")
_ANY_DIGIT = re.compile(f"[\\d{SUPERSCRIPT_DIGITS}]")  # a footnote call day.² too
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*")
# not followed by another -dd: 2024-06-15 is a date, not 2024–2006
_SHORT_RANGE = re.compile(r"\b(\d\d)(\d\d)(\s*[-–—]\s*)(\d\d)(?!\d|[.,]\d|[-–—/]\d)")
_GROUP_SPACES = "\u00a0\u202f\u2009"
_TOKEN = re.compile(_NUMBER.pattern + "|.", re.DOTALL)


_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Thousands groups, perhaps with a decimal part after the other sign: 1.234.567,89
_THOUSANDS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?")
# Indian grouping (lakh and crore): groups of two before the last three, 1,50,000 and
# 1,25,00,000, as India and Bangladesh write numbers in every language.
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
# Thousands groups of one sign and a decimal part after the other (1,250,000.00,
# 1.250.000,00): which sign is which is plain, whatever the language reads.
_MIXED_SIGNS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*(?!\1)([.,])\d+")


def _coded(text: str, decimal: str) -> bool:
    """Whether ``text`` is a code, not a number: a sign twice that is no thousands
    grouping -- not groups of three digits, or the language's decimal sign
    (``192.168.100.200`` in English)."""
    repeated = [sep for sep in ".," if text.count(sep) > 1]
    return bool(repeated) and (decimal in repeated or not _THOUSANDS.fullmatch(text))


def parse_number(text: str, lang: str) -> str:
    """A canonical value for one number as written in ``lang`` (``"3526"``, ``"1.5"``);
    a version, address or section number (``2.1.3``, ``192.168.1.10``: a sign twice
    without thousands groups) is itself, in every language."""
    for space in _GROUP_SPACES:
        text = text.replace(space, "")
    decimal, group = (",", ".") if decimal_comma(lang) else (".", ",")
    if (mixed := _MIXED_SIGNS.fullmatch(text)) is not None:
        # thousands groups and then the other sign: that sign is the decimal one, in any
        # language or region (2,500.00 is 2500 in es-ES too; 1.234,5 in English 1234.5)
        group, decimal = mixed.group(1), mixed.group(2)
    if group == "," and _INDIAN_GROUPS.fullmatch(text):
        text = text.replace(",", "")  # 1,50,000 is 150000
    if _coded(text, decimal):
        return text
    integer, _, fraction = text.partition(decimal)
    parts = integer.split(group)
    if len(parts) > 1 and not all(len(p) == 3 for p in parts[1:]):
        # not thousands groups after all (e.g. ``1.5`` in a Spanish text): a decimal mark
        integer, fraction = parts[0], "".join(parts[1:])
    else:
        integer = "".join(parts)
    fraction = fraction.replace(group, "").rstrip("0")
    integer = integer.lstrip("0") or "0"
    return f"{integer}.{fraction}" if fraction else integer


# Thousands parted by apostrophes, as Switzerland and Liechtenstein write them in every
# language (CHF 250'000, 1’250.50): groups of three after a first of one to three.
_APOSTROPHE_GROUPS = re.compile(r"(?<![\d.,'\u2019])\d{1,3}(?:['\u2019]\d{3})+(?![\d'\u2019])")
# The vulgar fractions that are a decimal, after a whole number (1½ t, 2 ¾ Zoll is 2.75);
# alone (½ taza) they answer a spelled "half", and are no number here.
_FRACTIONS = {"½": "5", "¼": "25", "¾": "75", "⅛": "125", "⅜": "375", "⅝": "625", "⅞": "875",
              "⅕": "2", "⅖": "4", "⅗": "6", "⅘": "8"}
_FRACTION = re.compile(f"[{''.join(_FRACTIONS)}]")
_AFTER_NUMBER = re.compile(f"[ \u00a0\u202f]?({_FRACTION.pattern})(?!\\d)")


def _with_fractions(text: str, found: list[Item]) -> list[Item]:
    """Whole numbers followed by a vulgar fraction (``1½``, ``1 ½``) read with it."""
    out = []
    for value, start, end, kind in found:
        m = _AFTER_NUMBER.match(text, end)
        if m and kind == "number" and value.isdigit():
            value, end = f"{value}.{_FRACTIONS[m.group(1)]}", m.end()
        out.append((value, start, end, kind))
    return out


def _scale(value: str, power: int) -> str:
    integer, _, fraction = value.partition(".")
    digits = (integer + fraction.ljust(power, "0"))
    whole, rest = digits[:len(integer) + power], digits[len(integer) + power:]
    whole = whole.lstrip("0") or "0"
    rest = rest.rstrip("0")
    return f"{whole}.{rest}" if rest else whole


# Thousands grouped with a plain space, as French, Polish and Russian write them
# (``3 526``, ``1 250 000``, ``1 200,50``): a first group of one to three digits, then
# groups of three, then perhaps the decimal comma.
_SPACE_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|\.\d)")
# A time with a dot (``9.30 Uhr``, ``alle 18.45``) where the decimal sign is a comma:
# hour and minutes are two numbers, as in ``9:30`` and ``9 h 30``.
# Digit groups parted by single spaces (a phone number ``900 100 200``, thousands
# ``3 526``): one number or several, whatever the language (:func:`_spaced_runs`).
_SPACED_RUN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?:[ \u00a0\u202f\u2009]\d+(?:[.,]\d+)*)+")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d)")
# A minus sign (``-5 °C``, ``−1.200``, ``–3``, full-width ``－４０``) right before a number
# (:func:`_signed`).
_MINUS_SIGNS = "-\u2212\u2013\uff0d\ufe63"
# a plus-minus sign right before a number (a tolerance): ±, +/-, +/−, +-
_PLUS_MINUS = re.compile(r"(?:\u00b1|\+/?[-\u2212\u2013])\s?\Z")
# The exponent of an area or a volume typed plain after the unit's symbol (``1.73 m2``,
# ``mg/m2``, ``5 cm^3``), as ``m²`` is: after a number or a ``/``.
_UNIT_POWER = re.compile(r"((?:(?<=\d)|(?<=\d[ \u00a0\u202f])|(?<=/))(?:[cmdkµμ]?m|ft))"
                         rf"(\^?[23])(?![\w.,]?\d){UNIT_END}")
# rpm written as a power of the minute, or per minute (``1,000 min-1``, ``3000 1/min``):
# the -1 and the 1 are no numbers (``min⁻¹``, in superscript, is none either)
_PER_MINUTE = re.compile(r"(?<=\d)[ \u00a0\u202f]?min\^?-1(?!\d)|(?<=\d)[ \u00a0\u202f]1/min"
                         + UNIT_END)
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DOT_TIME = re.compile(r"(?<![\d.,])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d)")


def extract_numbers(text: str, lang: str) -> list[tuple[str, int, int]]:
    """``(value, start, end)`` for every number in ``text``; where the decimal sign is a
    comma, thousands may be grouped with a plain space, and ``9.30`` is a time."""
    return _in_order(*_read(text, lang))


def unit_numbers(ctx: Context, u: int, text: str, lang: str) -> list[tuple[str, int, int]]:
    """:func:`extract_numbers` of a text of unit ``u``, read once in a run
    (:func:`_read_once`)."""
    return _in_order(*_read_once(ctx, u, text, lang))


def _in_order(found: list[Item], dates: list[NumericDate]) -> list[tuple[str, int, int]]:
    parts = [(v, s, e) for v, s, e, _ in found] + [n for d in dates for n in d.numbers]
    return sorted(parts, key=lambda n: n[1])


def _read_once(ctx: Context, u: int, text: str, lang: str
               ) -> tuple[list[Item], list[NumericDate]]:
    """:func:`_read` of a text of unit ``u``, kept for the run (``ctx.readings``):
    number-mismatch, number-context and range-order each read the numbers of a unit,
    most often of the same text (no placeholder or link blanked).  Keyed by the unit
    too, so that a text a document repeats is read for each unit as before; copies,
    which a caller may extend."""
    key = ("numbers", u, text, lang)
    if key not in ctx.readings:
        ctx.readings[key] = _read(text, lang)
    found, dates = ctx.readings[key]
    return list(found), list(dates)


def _read(text: str, lang: str, spaces: str = "") -> tuple[list[Item], list[NumericDate]]:
    """The numbers of ``text`` outside its numeric dates (a Chinese, Japanese or
    Korean month is a ``"month"``, any other a ``"number"``), and the dates.

    ``spaces`` reads digit groups parted by spaces as the language does (``""``),
    each group as a number (``"split"``) or as thousands groups (``"grouped"``).
    """
    # subscript digits read as digits: SiO₂ is the SiO2 another text writes
    text = ascii_digits(text).translate(LOWERED_DIGITS_PLAIN)
    if "m" in text or "ft" in text:  # m2, m^2 typed for m²: an exponent, no number
        text = _UNIT_POWER.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if "min" in text:  # min-1, 1/min: rpm, no number
        text = _PER_MINUTE.sub(lambda m: re.sub(r"[-^1]", " ", m.group()), text)
    table = number_words(lang)
    dates = find_dates(text, table.lists.get("date_order", ()))
    if table.calendar is not None:  # 1402/12/22 is also 2024/3/12
        dates = [with_gregorian(d, table.calendar) for d in dates]
    dates += month_years(text)  # 03.2024, 2024-03
    comma = decimal_comma(lang)
    # same length: offsets stay
    if "'" in text or "\u2019" in text:  # Swiss thousands, 250'000 and 1\u2019250.50
        text = _APOSTROPHE_GROUPS.sub(lambda m: re.sub("['\u2019]", "\u202f", m.group()), text)
    if spaces == "split":
        text = _SPACE_IN_NUMBER.sub(" ", text)
    elif (spaces == "grouped" or comma) and " " in text:
        text = _SPACE_GROUPS.sub(lambda m: m.group().replace(" ", "\u202f"), text)
    if comma and "." in text:
        text = _DOT_TIME.sub(r"\1:\2", text)
    times = twelve_hour_times(text)  # 2.30 p.m. is a time, not 2.3
    if times:
        text = with_time_colons(text, times)
    if table.han:
        found = era_years(text, [(value, start, end, "month" if month else "number")
                                 for value, start, end, month in han_numbers(text, lang)],
                          table.lists)
        if halves := table.lists.get("half"):  # 17時半 is 17:30; 两年半 is 2.5 years
            found = counter_halves(text, found, table.lists["counters"],
                                   table.lists.get("hour", ()), halves)
            found += half_hours(text, [e for _, _, e, _ in found], table.lists.get("hour", ()),
                                halves)
    else:
        found = []
        scaled: dict[int, tuple[int, int]] = {}  # item -> its power, its word's end
        for m in _NUMBER.finditer(text):
            value = parse_number(m.group(), lang)
            if _month_after_word(text, m, value, table):
                found.append((value, m.start(), m.end(), "month"))  # tháng 3 is March
                continue
            start = m.start()
            # .5 is 0.5; so is a German .5 before a unit (.5 mg), written the English way
            if _naked_decimal(text, m, "," if comma else ".") or (
                    _naked_decimal(text, m, "." if comma else ",")
                    and unit_after().match(text, m.end())):
                value, start = parse_number("0" + text[start - 1:m.end()], lang), start - 1
            if not YEAR.fullmatch(m.group()) and (power := _magnitude(text, m, table)):
                value = _scale(f"{value}.5" if _and_a_half(text, m, value, lang) else value,
                               power)
                if word := (table.magnitude_re and table.magnitude_re.match(text, m.end())):
                    scaled[len(found)] = (power, word.end())
            found.append((value, start, m.end(), "number"))
        if len(scaled) > 1:
            found = _compound_amounts(text, found, scaled)
    if _FRACTION.search(text):
        found = _with_fractions(text, found)
    found += footnote_calls(text)  # day.², siguiente² (:mod:`aligner.check.calls`)
    found += number_exponents(text)  # 10³ is 10^3
    if "e" in text or "E" in text:  # 2E-3 is 2×10^-3
        found = e_notation(text, found)
    found += roman_numbers(text, table.lists)  # el capítulo II, Felipe II
    found = [n for n in found if not any(d.start < n[2] and n[1] < d.end for d in dates)]
    if times and (clock := hours(times)):  # 2 pm is 14 (or 2: _clock_runs)
        found = [(clock[s][0] if s in clock and kind == "number" else v, s, e, kind)
                 for v, s, e, kind in found]
    if any(sign in text for sign in _MINUS_SIGNS):
        found = [(f"-{v}" if v.strip("0.") and _signed(text, s) else v, s, e, kind)
                 for v, s, e, kind in found]
    if "\u00b1" in text or "+/" in text or "+-" in text:  # 20 ± 2 is no 20 2
        found = [(f"\u00b1{v.lstrip('-')}" if _PLUS_MINUS.search(text, 0, s) else v, s, e,
                  kind) for v, s, e, kind in found]
    # 1948–58 means 1948–1958
    for m in _SHORT_RANGE.finditer(text):
        short = m.group(4)
        full = m.group(1) + short
        for k, (value, start, end, kind) in enumerate(found):
            if start == m.start(4) and value == str(int(short)):
                found[k] = (full, start, end, kind)
    return found, dates


def _compound_amounts(text: str, found: list[Item], scaled: dict[int, tuple[int, int]]
                      ) -> list[Item]:
    """An amount in a larger magnitude word and then a smaller, apart by spaces, is one
    amount, as India writes money: ``1 करोड़ 25 लाख``, ``১ কোটি ২৫ লক্ষ``, ``1 crore 25
    lakh`` (12,500,000), ``2 lakh 50 thousand`` -- when the smaller is less than one of
    the larger (``25 लाख`` is less than a crore); ``scaled``: the items read with a
    magnitude word after them, with its power and where the word ends."""
    out: list[Item] = []
    for k, item in enumerate(found):
        before = scaled.get(k - 1)
        mine = scaled.get(k)
        last = out[-1] if out else None
        if (before is not None and mine is not None and last is not None
                and last[2] == found[k - 1][2] and mine[0] < before[0]
                and not text[before[1]:item[1]].strip()
                and Decimal(item[0]) < 10 ** before[0]):
            total = Decimal(last[0]) + Decimal(item[0])
            out[-1] = (_canonical(total), last[1], item[2], "number")
            continue  # (1 करोड़ 25 लाख 40 हज़ार: the thousands go on from the lakh)
        out.append(item)
    return out


# A magnitude abbreviation glued to the digits (``108.7bn``, one of the language's
# magnitude words of two letters) or, after a currency sign, ``k`` and ``m`` too
# (``€1.2m``, ``£500k``): elsewhere ``5m`` is five metres.
_ABBREVIATION = re.compile(r"\s?([a-z]{1,2})(?![^\W\d_])", re.IGNORECASE)
_CURRENCY = "$€£¥₹"
_MONEY = {"k": 3, "m": 6}
# a period and another initial with its period after a letter: the letter is the first
# initial of an abbreviation (M.N., M.X.N., M. N.), no multiplier
_INITIALS = re.compile(r"\.[ \u00a0]?[^\W\d_]\.")


def _magnitude(text: str, m: re.Match[str], table: NumberWords) -> int | None:
    """The power of ten that scales the number ``m``: a magnitude word after it ("1,5
    millones" = 1500000, "50 लाख" = 5000000) or, in a language that writes them first,
    before it (Swahili "milioni 5"); else an abbreviation after it (€1.2m, $3bn, £500k,
    108.7bn) -- not both."""
    if table.magnitude_re is not None:
        word = table.magnitude_re.match(text, m.end())
        if word is None and table.magnitude_before_re is not None:
            word = table.magnitude_before_re.search(text, max(0, m.start() - 24), m.start())
        if word is not None:
            return table.spellings[word.group(1).lower()]
    return _money_scale(text, m, table)


@cache
def _half_after(lang: str) -> re.Pattern[str] | None:
    """A joiner and a half after a magnitude word (``y medio``, ``and a half``)."""
    lists = number_words(lang).lists
    if not lists.get("half") or not lists.get("joiners"):
        return None
    article = "|".join(map(re.escape, lists.get("half_article", ())))
    joiners = "|".join([*(rf"{re.escape(j)}\s+" for j in lists["joiners"]),
                        *map(re.escape, lists.get("joiner_prefix", ()))])  # ونصف
    return re.compile(rf"\s+(?:{joiners})"
                      + (rf"(?:(?:{article})\s+)?" if article else "")
                      + rf"(?:{'|'.join(map(re.escape, lists['half']))})\b", re.IGNORECASE)


def _and_a_half(text: str, m: re.Match[str], value: str, lang: str) -> bool:
    """Whether the whole number ``m`` (``value``) and its magnitude word go on with a
    half (``2 millones y medio`` is 2500000)."""
    half, table = _half_after(lang), number_words(lang)
    word = table.magnitude_re.match(text, m.end()) if table.magnitude_re else None
    return (half is not None and word is not None and value.isdigit()
            and half.match(text, word.end()) is not None)


def _naked_decimal(text: str, m: re.Match[str], decimal: str) -> bool:
    """Whether the digits ``m`` follow a decimal sign with no digit before it (``.5 mg``,
    a naked decimal: 0.5), not after a word, a number or another stop (``Nr.5``, ``...5``)."""
    start = m.start()
    return (start > 0 and text[start - 1] == decimal and m.group().isdigit()
            and (start == 1 or not (text[start - 2].isalnum() or text[start - 2] in ".,_")))


def _month_after_word(text: str, m: re.Match[str], value: str, table: NumberWords) -> bool:
    """Whether the number ``m`` (read as ``value``) is a month named by the word before it
    (the ``month_before`` list: Vietnamese "tháng 3", "tháng 1/2025")."""
    return (table.month_before_re is not None and value.isdigit() and 1 <= int(value) <= 12
            and table.month_before_re.search(text, max(0, m.start() - 16), m.start())
            is not None)


def _money_scale(text: str, m: re.Match[str], table: NumberWords) -> int | None:
    """The power of ten an abbreviation after the number ``m`` scales it by, if any."""
    word = _ABBREVIATION.match(text, m.end())
    if word is None or _INITIALS.match(text, word.end()):
        return None  # $18,000.00 M.N. (moneda nacional), M.X.N.: initials, no million
    abbreviation = word.group(1).lower()
    money = m.start() > 0 and text[m.start() - 1] in _CURRENCY
    if money and abbreviation in _MONEY:
        return _MONEY[abbreviation]
    if (money or not word.group().startswith(" ")) and len(abbreviation) == 2:
        return table.magnitudes.get(abbreviation)
    return None


def _signed(text: str, start: int) -> bool:
    """Whether a minus sign (``-``, ``−``, ``–``) makes the number at ``start`` negative:
    right before it, and not the dash of a range (``2020-2023``, ``10 -12``), of a word
    or code (``COVID-19``, ``E-1201``, ``Ту-154``) or of a list (``- 5 items``, the
    space after it).  A Han character or kana before it is no such word: Chinese and
    Japanese write no space there (``降至-5度``)."""
    if start == 0 or text[start - 1] not in _MINUS_SIGNS:
        return False
    before = text[max(0, start - 10):start - 1]
    if not before:
        return True
    last = before[-1]
    if last.isspace():
        return not before.rstrip()[-1:].isdigit()
    return not (last.isalnum() or last == "_") or _HAN_OR_KANA.match(last) is not None


@cache
def _han_run(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """A run of digits and numeral characters in ``lang``, and each character's digit."""
    table = number_words(lang)
    digits = {ch: value for value, chars in table.words.items() for ch in chars}
    chars = re.escape("".join(sorted({*digits, *table.magnitudes})))
    spaced = re.escape("".join(table.lists.get("spaced", ())))  # Korean 1만 2천
    gap = f"|(?<=[{spaced}]) (?=\\d)" if spaced else ""
    if point := re.escape("".join(table.lists.get("decimal_point", ()))):  # 九十九点九
        # only digits after it, and no magnitude, minute or quarter after them: 三点二十,
        # 三点五分 and 九点一刻 are times
        close = re.escape("".join(table.magnitudes) + "".join(table.lists["decimal_point"])
                          + "".join(table.lists.get("decimal_not_after", ())))
        gap += f"|(?<=[{chars}])[{point}](?=[{re.escape(''.join(digits))}]+(?![{close}\\d]))"
    if before := re.escape("".join(table.lists.get("spaced_before", ()))):  # 150 万
        gap += f"|(?<=\\d)[ \u00a0\u202f](?=[{before}])"
        # a group's magnitude, then a smaller one's digits: 2 万 3 千 is 23000
        for big in table.lists["spaced_before"]:
            small = [m for m, p in table.magnitudes.items() if p < table.magnitudes[big]]
            near = re.escape("".join(m for m in small if m in table.lists["spaced_before"]))
            gap += (f"|(?<={re.escape(big)})[ \u00a0\u202f](?=\\d+(?:[{re.escape(''.join(small))}]"
                    + (f"|[ \u00a0\u202f][{near}]" if near else "") + "))")
    return re.compile("(?:" + _NUMBER.pattern + "|[" + chars + "]" + gap + ")+"), digits


def _has_han_numerals(text: str, lang: str) -> bool:
    """Whether a Chinese, Japanese or Korean text holds numeral characters (a quick test:
    :func:`han_numbers` decides which are numbers)."""
    return number_words(lang).han and _han_run(lang)[0].search(text) is not None


def _canonical(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _han_value(tokens: list[str], lang: str) -> Decimal | None:
    """The value of a number in numeral characters, digits mixed in (``一万二千``,
    ``2.5万``, ``二〇二一``); None if the characters do not make one number."""
    _, digits = _han_run(lang)
    powers = number_words(lang).magnitudes
    if all(t in digits for t in tokens):  # digit by digit: 二〇二一
        return Decimal("".join(str(digits[t]) for t in tokens))
    point = next((i for i, t in enumerate(tokens) if t in number_words(lang).lists.get(
        "decimal_point", ())), None)
    if point is not None:  # 九十九点九 is 99.9
        whole = _han_value(tokens[:point], lang) if point else None
        tenths = "".join(str(digits.get(t, "")) for t in tokens[point + 1:])
        return None if whole is None else whole + Decimal(f"0.{tenths}")
    total = section = Decimal(0)
    number: Decimal | None = None
    after: int | None = None  # the power of the unit just before a digit
    previous: int | None = None
    for t in tokens:
        if t in powers:
            scale = Decimal(10) ** powers[t]
            if powers[t] < 4:  # 十 百 千 within a group of four digits
                section += (1 if number is None else number) * scale
            else:  # 万 億 兆 scale the group before them (一万亿 is 10**12)
                section += number or 0
                total = total * scale if not section and total else total + (section or 1) * scale
                section = Decimal(0)
            number, previous = None, powers[t]
            continue
        if t in digits:
            value = Decimal(digits[t])
        elif _coded(parsed := parse_number(t, lang), "."):
            return None  # a version or an address (3.2.1, 192.168.1.1) is no amount
        else:
            value = Decimal(parsed)
        if value == 0 and t in digits:
            previous = None  # 一百零五: 零 only holds a place
            continue
        if number is not None:
            return None  # two digits in a row: 一五一十
        number, after, previous = value, previous, None
    if number is not None and after is not None and after >= 2 and number < 10:
        number *= Decimal(10) ** (after - 1)  # 三百五 is 350, 一万二 12000; not 1万2000
    return total + section + (number or 0)


def han_numbers(text: str, lang: str, *, strict: bool = True
                ) -> list[tuple[str, int, int, bool]]:
    """``(value, start, end, is_month)`` for the numbers of a Chinese, Japanese or Korean text.

    Digits always count; numeral characters alone only by the module
    docstring's rule when ``strict``, and always otherwise (to answer a number
    of the other side).
    """
    text = ascii_digits(text)
    run, _ = _han_run(lang)
    lists = number_words(lang).lists
    found: list[tuple[str, int, int, bool]] = []
    for m in run.finditer(text):
        start, end = m.span()
        tokens = [t for t in _TOKEN.findall(m.group()) if not t.isspace()]  # 1만 2천
        if len(tokens) > 1 and any(text.startswith(w, end - 1) for w in lists.get("metric", ())):
            tokens, end = tokens[:-1], end - 1  # 5千米 is 5 km
        if len(tokens) > 1 and tokens[-1] in lists.get("counter_last", ()):
            tokens, end = tokens[:-1], end - 1  # 二十两 is twenty taels, not 22
        if (len(tokens) > 1 and _DIGIT.match(tokens[0])
                and text[:start].endswith(lists.get("unscaled", ()))):
            tokens, end = tokens[:1], start + len(tokens[0])  # 제3조 is Article 3
        value = _han_value(tokens, lang)
        if value is None:  # not one number: its digits only
            found.extend((parse_number(d.group(), lang), start + d.start(), start + d.end(), False)
                         for d in _NUMBER.finditer(m.group()))
        elif not strict or any(_DIGIT.match(t) for t in tokens) or _counts(
                text, start, end, tokens, value, lang):
            # a space between the number and its character, as CJK text is often
            # typed (2026 年 3 月 14 日), is read as none
            after = _past_spaces(text, end)
            month = text.startswith(lists.get("month", ()), after)
            tenth = next((w for w in lists.get("tenths", ()) if text.startswith(w, after)), "")
            if tenth:  # 3割 is 30 %
                value *= 10
                end = after + len(tenth)
            elif (off := _discount_at(text, after, lang)) and 0 < value < 100:
                value *= 10 if value < 10 else 1  # 8折 and 八五折 pay 80 % and 85 %
                end = after + len(off)
            found.append((_canonical(value), start, end, month))
    return found


_SPACES = re.compile(r"[ \u00a0\u202f]{1,2}")


def _discount_at(text: str, at: int, lang: str) -> str:
    """The discount word at ``at`` (Chinese ``折``: ``8折`` pays 80 % of the price), not in
    a word of its ``discount_not`` list (``折叠``, fold); else ""."""
    lists = number_words(lang).lists
    if text.startswith(lists.get("discount_not", ()), at):
        return ""
    return next((w for w in lists.get("discount", ()) if text.startswith(w, at)), "")


def _discount_runs(text: str, lang: str, found: list[Item]) -> list[_Run]:
    """Each discount in ``折`` (read as the share paid, ``8折`` 80), read also as the share
    taken off (20): ``20% off`` and ``pay 80%`` both answer it."""
    if not number_words(lang).lists.get("discount"):
        return []
    return [(Counter([v]), [Counter([_canonical(100 - Decimal(v))])])
            for v, s, e, kind in found if kind == "number"
            and text[s:e].endswith(number_words(lang).lists["discount"])
            and _PLAIN_VALUE.fullmatch(v) and Decimal(v) < 100]


def _past_spaces(text: str, at: int) -> int:
    """Where the character after ``at`` is, past a space or two (``3 月``)."""
    m = _SPACES.match(text, at)
    return m.end() if m else at


def _counts(text: str, start: int, end: int, tokens: list[str], value: Decimal, lang: str
            ) -> bool:
    """Whether numeral characters alone are a number (the module docstring's rule); a
    space between them and the characters around is read as none (``三 月``)."""
    table = number_words(lang)
    lists = table.lists
    formal = lists.get("formal", ())
    if any(t in formal for t in tokens) and (len(tokens) < 2 or any(
            t not in formal and t not in table.magnitudes for t in tokens)):
        return False  # 登陆 (land), 收拾一下 (tidy up): words; 壹佰, 壹万贰仟 are numbers
    before, after = text[:start].rstrip(" \u00a0\u202f"), text[_past_spaces(text, end):]
    if any(text.startswith(w, i) for w in lists.get("not", ())
           for i in range(max(0, end - len(w)), start + 1)):
        return False  # 一起, 十分
    if before.endswith(lists.get("vague", ()) + lists.get("weekday", ())) or after.startswith(
            lists.get("fraction", ())):
        return False  # 数十, 百分之, 星期六 (Saturday)
    if after.startswith(lists.get("month", ())):
        return 1 <= value <= 12
    if _discount_at(text, _past_spaces(text, end), lang):
        return 0 < value < 100  # 八折, 八五折
    if before.endswith(lists.get("ordinal", ())):
        return True  # 第一
    counted = after.startswith(lists.get("counters", ()))
    if before.endswith(lists.get("month", ())) and counted:
        return True  # the day of 一月一日
    if len(tokens) == 2:  # 三四天 is "three or four days", 二十 is 20
        return any(t in table.magnitudes for t in tokens)
    return len(tokens) > 2 or (2 <= value <= 10 and counted)


def _has_roman(text: str, lang: str) -> bool:
    """Whether ``text`` has a Roman numeral read as a number (:mod:`aligner.check.roman`)."""
    return bool(roman_numbers(text, number_words(lang).lists))


def _says(n: int, words: set[str], table: dict[int, tuple[str, ...]]) -> bool:
    """Whether the words of a text contain ``n`` spelled out (up to millions)."""
    def has(k: int) -> bool:
        return k in table and any(strip_accents(w) in words for w in table[k])

    if has(n):
        return True
    if 20 < n < 100:  # thirty-four, treinta y cuatro
        return has(n - n % 10) and has(n % 10)
    for unit in (1000000, 1000, 100):  # dos mil, five hundred, tres millones
        if n % unit == 0 and 1 < n // unit < 1000 and has(unit):
            return _says(n // unit, words, table)
    return False


# a number right before a letter: the letter is its unit's symbol (15 L, 5L, ５０ Ｌ), no
# Roman numeral
_UNIT_NUMBER_BEFORE = re.compile(r"(?:[0-9０-９][ \u00a0\u202f\u3000]?|[°º˚])\Z")


def _spelled(value: str, text: str, lang: str) -> bool:
    """Whether ``value`` appears spelled out or as a Roman numeral in ``text``."""
    if _HALF_VALUE.fullmatch(value):  # 2.5 / two and a half
        return Decimal(value) in said_halves(text, lang)
    if not value.isdigit():
        return False
    n = int(value)
    if any(roman_value(m.group(1)) == n and not _UNIT_NUMBER_BEFORE.search(text, 0, m.start())
           for m in ROMAN.finditer(text)):
        return True  # CHAPTER 2 / CAPÍTULO II; not the litre of 15 L
    if number_words(lang).han:  # 一个人 / 1 person; Korean 열아홉 살 / 19
        # not one a minus makes negative: -1.25亿 says no 125000000
        digits = ascii_digits(text)
        return any(v == value and not _signed(digits, s)
                   for v, s, _, _ in han_numbers(text, lang, strict=False)) or (
            n in word_reader(lang).numbers(text))
    table = number_words(lang).words
    if not table:
        return False
    words = set(_WORDS.findall(strip_accents(text.lower())))  # with vowel signs: पाँच
    if YEAR.fullmatch(value) and n % 10 == 0 and n % 100 and _says(n % 100, words, table):
        return True  # a decade: the 1970s / los años setenta
    reader = word_reader(lang)
    if Decimal(n) + Decimal("0.5") in said_halves(text, lang) and sum(
            w in table.get(n, ()) for w in _WORDS.findall(strip_accents(text.lower()))) < 2:
        return False  # two and a half years says no 2 (dos años / two and a half years)
    if words & reader.half_words:  # dos millones y medio says no 2000000: read whole only
        words -= {w for k, ws in table.items() if k >= 1000 for w in ws}
    if words & reader.teens:  # خمسة عشر says 15, no 5 nor 10: read as the reader does
        return n in reader.numbers(text)
    return _says(n, words, table) or n in reader.numbers(text)


_WORDS = re.compile(WORD)
_HALF_VALUE = re.compile(r"\d+\.5")
# a decimal comma, the last sign of a number (16,5; 1.234,5)
_COMMA_DECIMAL = re.compile(r",\d+\Z")
_PLAIN_VALUE = re.compile(r"\d+(?:\.\d+)?")


#: Numbers that read more than one way (:func:`_runs`): as their side reads them, and
#: as read the other ways.
_Run = tuple[Counter[str], list[Counter[str]]]


def _spaced_runs(text: str, digits: str, lang: str, found: list[Item]) -> list[_Run]:
    """The runs of digit groups parted by spaces in ``text`` (``900 100 200``,
    ``91 562 04 20``, ``3 526``), each with the readings it does not get in ``lang``:
    a phone number or a thousands group, every language writes both.  ``digits``:
    ``text`` with ASCII digits."""
    if number_words(lang).han or not _SPACED_RUN.search(digits):
        return []
    others = [_read(text, lang, spaces)[0] for spaces in ("split", "grouped")]

    def within(items: list[Item], start: int, end: int) -> Counter[str]:
        return Counter(v for v, s, e, kind in items if s < end and start < e and kind == "number")

    runs = []
    for m in _SPACED_RUN.finditer(digits):
        own = within(found, *m.span())
        readings = [r for r in (within(o, *m.span()) for o in others) if r != own]
        if readings:
            runs.append((own, readings))
    return runs


def _clock_runs(digits: str, lang: str, found: list[Item]) -> list[_Run]:
    """The hours of the 12-hour times of ``digits`` (``2:30 pm``, ``रात ८:००``), each read
    on the 24-hour clock (14) and as written (2); the ``00`` of a time on the hour
    (``9:00``), read as a number and as nothing (``9時``, ``9 Uhr``)."""
    clock = hours(twelve_hour_times(digits))
    zeros = set(zero_minutes(digits))
    periods = day_period_hours(digits, [(v, s, e) for v, s, e, kind in found
                                        if kind == "number"], number_words(lang).lists)
    return [(Counter([v]), [Counter([clock[s][1]])]) for v, s, _, kind in found
            if s in clock and kind == "number" and v == clock[s][0]] + [
        (Counter([v]), [Counter()]) for v, s, _, kind in found
        if s in zeros and kind == "number" and v == "0"] + [
        (Counter([v]), [Counter([h]) for h in others]) for v, others in periods]


def _dot_time_runs(digits: str, lang: str, found: list[Item]) -> list[_Run]:
    """The dot times of ``digits`` where the decimal sign is a comma (``10.30 h``), each
    read as hour and minutes and as a decimal number: ``Python 3.11`` is no time."""
    if not decimal_comma(lang) or "." not in digits:
        return []
    runs = []
    for m in _DOT_TIME.finditer(digits):
        own = Counter(v for v, s, e, kind in found
                      if m.start() <= s and e <= m.end() and kind == "number")
        minutes = m.group(2).rstrip("0")
        if own:
            runs.append((own, [Counter([f"{int(m.group(1))}.{minutes}" if minutes
                                        else str(int(m.group(1)))])]))
    return runs


def _day_month_runs(text: str, lang: str, found: list[Item],
                    other: list[tuple[str, str]]) -> list[_Run]:
    """Each day and month without a year (German ``Am 3.10.``, where the ``yearless``
    list of ``numbers.tsv`` says ``d.m.``; Spanish ``el 3/3``, ``d/m``), read as its
    numbers and as its day alone
    when the other side names that month in a date (``3 October``; ``other``: its
    :func:`dated_months`).  Elsewhere ``3.10`` stays a time or a number
    (``Python 3.10.``)."""
    forms = number_words(lang).lists.get("yearless", ())
    if not other or not forms:
        return []
    named = {m for m, _ in other}
    return [(Counter(v for v, s, e, kind in found if start <= s and e <= end
                     and kind == "number"), [Counter([day])])
            for day, month, start, end in yearless_months(ascii_digits(text), forms)
            if month in named]


def _runs(text: str, lang: str, found: list[Item]) -> list[_Run]:
    """The numbers of ``text`` that read more than one way."""
    digits = ascii_digits(text)
    table = number_words(lang)
    return (_spaced_runs(text, digits, lang, found) + _clock_runs(digits, lang, found)
            + _dot_time_runs(digits, lang, found) + _code_runs(digits, found)
            + _either_sign_runs(digits, lang, found) + _calendar_runs(digits, lang, found)
            + sign_runs(digits, found, _sign_words(lang), partial(_magnitude_at, digits, table))
            + basis_point_runs(digits, found, table.basis) + _discount_runs(text, lang, found))


@cache
def _sign_words(lang: str) -> SignWords:
    """``lang``'s words that make a number negative without a minus (:mod:`.figures`)."""
    table = number_words(lang)
    return SignWords(table.lists.get("negative", ()), table.lists.get("decrease", ()),
                     table.lists.get("decrease_after", ()),
                     tuple(strip_accents(w.lower()) for key in ("range_to", "decrease_to")
                           for w in table.lists.get(key, ())),
                     table.percent + table.points)


def _magnitude_at(text: str, table: NumberWords, at: int) -> int | None:
    """The power of ten of the magnitude word after ``at`` in ``text`` (``) million``)."""
    word = table.magnitude_re.match(text, at) if table.magnitude_re else None
    return table.spellings[word.group(1).lower()] if word else None


@cache
def unit_words(lang: str) -> UnitWords:
    """``lang``'s words of a statement of the unit of amounts (:mod:`.declared_units`)."""
    table = number_words(lang)
    return UnitWords(table.scales, table.lists.get("unit_marker", ()),
                     frozenset(w.lower() for w in table.lists.get("unit_words", ())),
                     frozenset(table.currencies))


def _declared_runs(ctx: Context, u: int, text: str, found: list[Item]) -> list[_Run]:
    """The plain numbers of the source of unit ``u`` read in the unit the target states,
    where both sides state one (:mod:`aligner.check.declared_units`; found once a run)."""
    key = ("declared-units",)
    if key not in ctx.readings:
        ctx.readings[key] = stated_powers(ctx.units, unit_words(ctx.src_lang),
                                          unit_words(ctx.tgt_lang))
    powers = ctx.readings[key][u]
    if powers[0] is None or powers[1] is None or powers[0] == powers[1]:
        return []
    digits = ascii_digits(text)
    words = unit_words(ctx.src_lang)
    runs = []
    for v, s, e, kind in found:
        written = digits[s:e]
        if (kind == "number" and _NUMBER.fullmatch(written)
                and not own_currency(digits, e, words)
                and parse_number(written, ctx.src_lang) == v.lstrip("-")
                and (reading := declared_reading(v.lstrip("-"), powers)) is not None):
            runs.append((Counter([v]), [Counter([v[:len(v) - len(v.lstrip("-"))] + reading])]))
    return runs


def _calendar_runs(digits: str, lang: str, found: list[Item]) -> list[_Run]:
    """The years and dates of a local calendar (:mod:`aligner.check.calendars`)."""
    calendar = number_words(lang).calendar
    if calendar is None:
        return []
    return calendar_runs(digits, found, calendar, word_endings(lang).prefixes)


def _said_runs(text: str, lang: str, found: list[Item], other: str,
               other_lang: str) -> list[_Run]:
    """The numbers of ``text`` the other side says without them: a clock time in words
    (:mod:`.clock_words`), the one of a rate (:mod:`.rate_ones`); an amount in another
    size of its unit is :mod:`.conversions`'."""
    digits = ascii_digits(text)
    return (clock_runs(digits, found, other, ((lang, _hour_words(lang)),
                                              (other_lang, _hour_words(other_lang))))
            + rate_one_runs(text, lang, found, other, other_lang))


@cache
def _hour_words(lang: str) -> tuple[tuple[str, int], ...]:
    """``lang``'s number words of 1-12, folded, with their values (:mod:`.clock_words`)."""
    return tuple((strip_accents(w.lower()), n) for n, ws in number_words(lang).words.items()
                 if 1 <= n <= 12 for w in ws)


def _either_sign_runs(digits: str, lang: str, found: list[Item]) -> list[_Run]:
    """In a region that writes both decimal signs (``es-419``), each number with one
    sign (``1,250``, ``1.250``, ``2,5``) read as written and with its signs swapped:
    Mexico's ``$1,250`` is 1250, Argentina's ``$1.250`` too."""
    if not writes_both(lang):
        return []
    runs = []
    for v, s, e, kind in found:
        token = digits[s:e]
        unsigned = v.lstrip("-")
        if (kind == "number" and _NUMBER.fullmatch(token) and ("," in token) != ("." in token)
                and parse_number(token, lang) == unsigned
                and (other := parse_number(token.translate(_SWAP_SIGNS), lang)) != unsigned):
            runs.append((Counter([v]), [Counter([v[:len(v) - len(unsigned)] + other])]))
    return runs


_SWAP_SIGNS = str.maketrans(".,", ",.")


def _code_runs(digits: str, found: list[Item]) -> list[_Run]:
    """Thousands groups shaped as an internet address (Spanish ``192.168.100.200``:
    four groups of 0-255), each read as a number and as the address."""
    runs = []
    for v, s, e, kind in found:
        token = digits[s:e]
        if kind == "number" and v != token and _IPV4.fullmatch(token) and all(
                int(g) <= 255 for g in token.split(".")):
            runs.append((Counter([v]), [Counter([token])]))
    return runs


def _respace(mine: Counter[str], other: Counter[str], runs: list[_Run]) -> Counter[str]:
    """``mine`` with each run (:data:`_Run`) read the way that leaves fewest differences
    from ``other``; the side's own reading unless another is strictly better."""
    def differences(count: Counter[str]) -> int:
        return (count - other).total() + (other - count).total()

    for own, readings in runs:
        best = min((mine - own + r for r in readings), key=differences)
        if differences(best) < differences(mine):
            mine = best
    return mine


def _dated_months(text: str, lang: str) -> list[tuple[str, str]]:
    """The month names of ``text`` that stand in a date (:func:`dated_months`)."""
    table = number_words(lang)
    return dated_months(text, table.months, frozenset(table.lists.get("after_day", ())),
                        table.lists.get("month_join", ()))


def _month_of(name: str, lang: str) -> str | None:
    """The month ``name`` names in ``lang`` ("3" for ``marzo``)."""
    folded = strip_accents(name.lower())
    return next((str(m) for m, ws in number_words(lang).months.items() if folded in ws), None)


def _only_alone(alone: list[tuple[str, str]], dated: list[tuple[str, str]]) -> set[str]:
    """The months a side names alone and in none of its dates."""
    return {m for m, _ in alone} - {m for m, _ in dated}


#: Each side's month names that stand in a date (:func:`dated_months`).
_Named = tuple[list[tuple[str, str]], list[tuple[str, str]]]


@cache
def _alone_names(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """``lang``'s month names that may stand alone (its ``month_alone`` list) -> their
    month, and those that are other words too (``month_word``)."""
    table = number_words(lang)
    # folded as the month names are (Hindi अक्टूबर without its virama)
    alone = {strip_accents(w.lower()) for w in table.lists.get("month_alone", ())}
    return ({w: str(m) for m, ws in table.months.items() for w in ws if w in alone},
            frozenset(table.lists.get("month_word", ())))


def _alone_months(text: str, lang: str) -> list[tuple[str, str]]:
    """The months ``text`` names alone (:mod:`aligner.check.months`)."""
    names, words_too = _alone_names(lang)
    if not names:
        return []
    profile = get_profile(lang)
    return alone_months(text, names, lower_case=profile.lower_case_calendar,
                        words_too=words_too, function_words=_function_words(lang))


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


def _differ(src: list[Item], tgt: list[Item], source: str, target: str, ctx: Context,
            runs: tuple[list[_Run], list[_Run]], named: _Named,
            alone: _Named) -> tuple[list[str], list[str]]:
    """The numbers of the source missing in the target, and the target's not in the
    source; ``runs``: each side's numbers read more than one way (:data:`_Run`);
    ``named``: each side's month names in dates; ``alone``: those it names alone."""
    def count(items: list[Item], month: bool) -> Counter[str]:
        return Counter(v for v, _, _, kind in items if (kind == "month") is month)

    src_count, tgt_count = count(src, False), count(tgt, False)
    if runs[0] or runs[1]:  # 900 100 200 is one number or three; 2 pm is 14 or 2; ...
        src_count = _respace(src_count, tgt_count, runs[0])
        tgt_count = _respace(tgt_count, src_count, runs[1])
    if "(" in source + target or "\uff08" in source + target:  # 熱交換器（1）... 熱交換器（1）
        repeats = numeral_repeats(*(
            reference_numerals(items, ascii_digits(text), partial(_spelled, lang=lang))
            for items, text, lang in ((src, source, ctx.src_lang),
                                      (tgt, target, ctx.tgt_lang))))
        src_count, tgt_count = src_count - repeats[0], tgt_count - repeats[1]
    missing, extra = list((src_count - tgt_count).elements()), list(
        (tgt_count - src_count).elements())
    # a month may take a number left over on the other side, before the words do
    src_months = unanswered_months(count(src, True), tgt, extra, target,
                                   number_words(ctx.tgt_lang).months)
    tgt_months = unanswered_months(count(tgt, True), src, missing, source,
                                   number_words(ctx.src_lang).months)
    missing = [v for v in missing if _in_codes(v, src, source) or (
        not _spelled(v, target, ctx.tgt_lang) and not said_multiple(v, target, ctx.tgt_lang))
               ] + src_months
    extra = [v for v in extra if _in_codes(v, tgt, target) or (
        not _spelled(v, source, ctx.src_lang) and not said_multiple(v, source, ctx.src_lang))
             ] + tgt_months
    # a date's month the other side names alone and in none of its dates is answered
    # (5 de marzo de 1610 / the month of March in 1610)
    src_named = [w for w in unnamed_months(named[0], named[1], tgt)
                 if _month_of(w, ctx.src_lang) not in _only_alone(alone[1], named[1])]
    tgt_named = [w for w in unnamed_months(named[1], named[0], src)
                 if _month_of(w, ctx.tgt_lang) not in _only_alone(alone[0], named[0])]
    missing += src_named + unnamed_alone(alone[0], src_named, named[1], alone[1], tgt, lambda:
                                         named_months(target, number_words(ctx.tgt_lang).months))
    extra += tgt_named + unnamed_alone(alone[1], tgt_named, named[0], alone[0], src, lambda:
                                       named_months(source, number_words(ctx.src_lang).months))
    cancel_short_years(missing, extra)
    cancel_copies(missing, extra, (_plain(src, source, ctx.src_lang),
                                   _plain(tgt, target, ctx.tgt_lang)))
    cancel_paragraphs(missing, extra, target, source)
    cancel_paragraphs(extra, missing, source, target)
    if missing or extra:  # "1. Die Lampe" / "Light the lamp": a list's number, one side
        cancel_list_labels(missing, extra, [(v, s, e) for v, s, e, kind in src],
                           [(v, s, e) for v, s, e, kind in tgt], source, target,
                           (ctx.src_lang, ctx.tgt_lang))
    words = _unanswered_words(source, target, ctx, (src_count.keys(), tgt_count.keys()),
                              (missing, extra))
    return missing + words[0], extra + words[1]


def _in_codes(value: str, items: list[Item], text: str) -> bool:
    """Whether every ``value`` of ``items`` is written glued to a capital letter before
    it, a document's or a part's designation (``D1``, ``M8``): no word says it, and the
    other side's article (German ``ein``, French ``un``) answers no missing ``1``.  (A
    Chinese or Japanese number glued to its characters is not one: they have no case.)"""
    spans = [(s, e) for v, s, e, kind in items if v == value and kind == "number"]
    return bool(spans) and all(s > 0 and text[s - 1].isupper() for s, _ in spans)


def _plain(items: list[Item], text: str, lang: str) -> list[tuple[str, str]]:
    """:func:`plain_numbers` of ``text``, each read as ``lang`` reads it."""
    digits = ascii_digits(text)
    read = {w: parse_number(w, lang) for _, s, e, _ in items
            if _NUMBER.fullmatch(w := digits[s:e])}
    return plain_numbers(items, digits, read)


def _unanswered_words(source: str, target: str, ctx: Context,
                      digits: tuple[Collection[str], Collection[str]],
                      left: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """The numbers in words of each side the other lacks (:mod:`.spelled_pairs`)."""
    if any(number_words(lang).han and not number_words(lang).native
           for lang in (ctx.src_lang, ctx.tgt_lang)):
        return [], []  # Chinese, Japanese: numerals only
    return unanswered_words(source, target, (word_reader(ctx.src_lang).numbers,
                                             word_reader(ctx.tgt_lang).numbers), digits, left)


def _in_words(u: int, source: str, target: str, ctx: Context) -> Iterator[Finding]:
    """number-mismatch of a unit whose numbers are all in words (``cincuenta y tres`` /
    ``thirty-five``)."""
    missing, extra = _unanswered_words(source, target, ctx, ((), ()), ([], []))
    if missing or extra:
        parts = ([f"{', '.join(missing)} missing in the target"] if missing else []) + (
            [f"{', '.join(extra)} not in the source"] if extra else [])
        yield Finding(code="number-mismatch", severity=ctx.severity("number-mismatch"),
                      unit=u, message="numbers differ: " + "; ".join(parts),
                      expected=tuple(missing), found=", ".join(extra) if extra else None)



_TIMES = {1: "once", 2: "twice"}


def _described(values: list[str], counted: tuple[list[str], list[str]],
               alias: dict[str, str], absent: str, sides: tuple[str, str],
               shown: dict[str, str], fewer: str) -> list[str]:
    """What ``values``, found more often on one side than on the other (``counted``:
    the values of this side and the other's, each as ``alias`` names it), are:
    ``absent`` for those the other side lacks, and ``fewer`` for those it has fewer
    times, with how many on each (a claim's own number also named in the claim: ``3
    added in the target (twice in the target, once in the source)``), grouped by those
    counts, in the order of ``values``; each value as ``shown`` writes it, if there
    (:func:`_as_written`).  Each value is said as missing or added first, so that a
    substitution reads as one (``2 missing in the target; 3 added ...``)."""
    here, there = counted
    groups: dict[tuple[int, int], list[str]] = {}
    for value in dict.fromkeys(values):
        key = alias.get(value, value)
        n = (here.count(key), there.count(key)) if key in there else (0, 0)
        groups.setdefault(n, []).append(shown.get(value, value))
    return [f"{', '.join(group)} {absent}" if key == (0, 0) else
            f"{', '.join(group)} {fewer} ({_times(key[0])} in the {sides[0]}, "
            f"{_times(key[1])} in the {sides[1]})" for key, group in groups.items()]


def _grouped(value: str) -> str:
    """``value`` with its thousands parted by commas (``800,000,000``)."""
    integer, dot, fraction = value.partition(".")
    sign = integer[:1] if integer[:1] in "-±" else ""
    digits = integer[len(sign):]
    return f"{sign}{int(digits):,}{dot}{fraction}" if digits.isdigit() else value


def _as_written(items: list[Item], text: str, lang: str) -> dict[str, str]:
    """How ``text`` writes each value of ``items`` that it writes with more than its
    digits -- scaled by a word (``'800 millones' (800,000,000)``), or a 12-hour time
    read on the 24-hour clock (``'4:30 p.m.' (16)``): the first such writing of each."""
    table = number_words(lang)
    times = {m.start(): m for m in twelve_hour_times(ascii_digits(text))}
    shown: dict[str, str] = {}
    for value, start, end, kind in sorted(items, key=lambda n: n[1]):
        if value in shown or kind != "number" or not value.lstrip("-").replace(".", "")\
                .isdigit():
            continue
        written = text[start:end]
        minus = text[start - 1] if value.startswith("-") and start else ""  # -1.25亿
        if ROMAN.fullmatch(written):  # el capítulo II
            shown[value] = f"'{written}' ({value})"
        elif start in times and times[start].group(1).lstrip("0") != value:
            time = times[start]
            dotted = time.group()[-2:-1] == "." and text[time.end():time.end() + 1] == "."
            dot = "." if dotted else ""  # p.m. (a full stop after pm is the sentence's)
            shown[value] = f"'{time.group().strip()}{dot}' ({value})"
        elif parse_number(written, lang) != value.lstrip("-"):
            word = table.magnitude_re.match(text, end) if table.magnitude_re else None
            word = word or _ABBREVIATION.match(text, end)
            first = table.magnitude_before_re.search(text, max(0, start - 24), start) \
                if table.magnitude_before_re else None  # Swahili milioni 50
            if first is not None:
                shown[value] = f"'{minus}{text[first.start(1):end]}' ({_grouped(value)})"
            elif word is not None:
                shown[value] = f"'{minus}{text[start:word.end()]}' ({_grouped(value)})"
            elif table.han:  # numeral characters: '125.6亿' (12,560,000,000), '三百' (300)
                shown[value] = f"'{minus}{written}' ({_grouped(value)})"
        elif "." in value and _COMMA_DECIMAL.search(written):
            shown[value] = f"'{minus}{written}' ({value})"  # as written: '16,5' (16.5)
    return shown


def _words_written(items: list[Item], text: str) -> dict[str, str]:
    """How ``text`` writes the numbers of ``items`` it writes in words: ``'PRIMERA' (1)``."""
    return {value: f"'{text[start:end]}' ({value})" for value, start, end, _ in items}


def _times(n: int) -> str:
    return _TIMES.get(n, f"{n} times")


def _month_first(lang: str, texts: Iterator[str]) -> bool:
    """Whether a side reads its numeric dates month first only: tagged with a month-first
    region (``en-US``) or its own dates say so (:mod:`aligner.check.date_sides`)."""
    lists = number_words(lang).lists
    regions = tuple(r.upper() for r in lists.get("month_first", ())) if "md" in lists.get(
        "date_order", ()) else ()
    return bool(regions) and reads_month_first(lang, regions, texts) is True


def check_numbers(ctx: Context) -> Iterator[Finding]:
    # a side that writes its dates month first is read so, not whichever way fits the
    # other side -- but for a date the other side writes in digits too, whose swapped
    # day and month are date-order's
    firsts = (_month_first(ctx.src_lang, (unit.source for unit in ctx.units)),
              _month_first(ctx.tgt_lang, (unit.target for unit in ctx.units)))
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue  # nothing to compare, or untranslated (read as the target
            # language, a copied "30.000" would look like another number)
        # inline tags masked by run_checks; their placeholders written as text (a TMX's
        # codes exported to XLIFF, TSV or CSV, {1}Guardar{/1}) are no numbers either, nor
        # are format placeholders (%1$d, {0:N2}: placeholder-mismatch's); the digits of a
        # web or e-mail address are no numbers: link-mismatch compares the addresses (a
        # changed id, a page in the target's language)
        source = blank_links(blank_placeholders(unit.source))
        target = blank_links(blank_placeholders(unit.target))
        # months named alone: compared where both sides name one, numbers or not (the
        # target's read only when the source names one or there is more to compare)
        src_alone = _alone_months(source, ctx.src_lang)
        # a clause numbered in words: PRIMERA. OBJETO. / SECOND. PURPOSE. (.headings)
        heads = (heading_ordinals(source, ctx.src_lang), heading_ordinals(target, ctx.tgt_lang))
        if not (_ANY_DIGIT.search(source) or _ANY_DIGIT.search(target) or _has_han_numerals(
                source, ctx.src_lang) or _has_han_numerals(target, ctx.tgt_lang)
                or _has_roman(source, ctx.src_lang) or _has_roman(target, ctx.tgt_lang)
                or (src_alone and _alone_months(target, ctx.tgt_lang)) or any(heads)):
            # no number on either side (二回 is one: 二回 / once is compared) but in
            # words: cincuenta y tres / thirty-five
            yield from _in_words(u, source, target, ctx)
            continue
        alone = (src_alone, _alone_months(target, ctx.tgt_lang))
        src_found, src_dates = _read_once(ctx, u, source, ctx.src_lang)
        tgt_found, tgt_dates = _read_once(ctx, u, target, ctx.tgt_lang)
        if firsts[0] and src_dates and not day_month_dates(target):
            src_dates = month_first_only(src_dates)
        if firsts[1] and tgt_dates and not day_month_dates(source):
            tgt_dates = month_first_only(tgt_dates)
        src_found, tgt_found = src_found + heads[0], tgt_found + heads[1]
        # Q1 / 第一季度, H1 / 上半年: where both sides name a reporting period (.figures)
        named_periods = (periods(source, number_words(ctx.src_lang).periods),
                         periods(target, number_words(ctx.tgt_lang).periods))
        src_found, tgt_found = with_periods((src_found, tgt_found), named_periods)
        if not (src_found or src_dates or tgt_found or tgt_dates or (alone[0] and alone[1])):
            continue
        # the text's, whichever way its numeric dates are read: found once
        named = (_dated_months(source, ctx.src_lang), _dated_months(target, ctx.tgt_lang))
        runs = (_day_month_runs(source, ctx.src_lang, src_found, named[1])
                + _runs(source, ctx.src_lang, src_found)
                + _declared_runs(ctx, u, source, src_found)
                + _said_runs(source, ctx.src_lang, src_found, target, ctx.tgt_lang),
                _day_month_runs(target, ctx.tgt_lang, tgt_found, named[0])
                + _runs(target, ctx.tgt_lang, tgt_found)
                + _said_runs(target, ctx.tgt_lang, tgt_found, source, ctx.src_lang))
        tries = []
        for dated in reading_choices(src_dates + tgt_dates):  # a date read as fits best
            src = src_found + [n for d in dated[:len(src_dates)] for n in d]
            tgt = tgt_found + [n for d in dated[len(src_dates):] for n in d]
            tries.append((*_differ(src, tgt, source, target, ctx, runs, named, alone), src,
                          tgt))
            if not tries[-1][0] and not tries[-1][1]:
                break
        # the fewest differences; of equals, the usual readings (tried first)
        missing, extra, src, tgt = min(tries, key=lambda t: len(t[0]) + len(t[1]))
        # 20a, 20b / 20a, 20c: the letters of numerals both sides write with letters
        lettered = letter_differences(ascii_digits(source), ascii_digits(target))
        src_digits, tgt_digits = ascii_digits(source), ascii_digits(target)
        missing = missing + [n for n, _, _ in lettered_repeats(
            lettered.missing, src_digits, lettered.target, tgt_digits)]
        extra = extra + [n for n, _, _ in lettered_repeats(
            lettered.extra, tgt_digits, lettered.source, src_digits)]
        if missing and extra:  # 48 hours / 2 dias, 1,500 mg / 1,5 g: one amount
            missing, extra = unconverted(missing, extra, (src, tgt), (source, target),
                                         (ctx.src_lang, ctx.tgt_lang))
        if extra:  # 12 mm / 12 mm (0.47 in): a conversion added (.conversions)
            extra = added_conversions(extra, tgt, target, ctx.tgt_lang)
        if missing:
            missing = added_conversions(missing, src, source, ctx.src_lang)
        if missing or extra:  # half a year / 6 meses (.lone_halves)
            missing = halves_answered(missing, src, source, ctx.src_lang,
                                      lone_halves(target, ctx.tgt_lang))
            extra = halves_answered(extra, tgt, target, ctx.tgt_lang,
                                    lone_halves(source, ctx.src_lang))
        if not missing and not extra:
            continue
        # counted as compared: a date's month name as its month (marzo / March)
        # a month named alone, counted once (its name may be a date's as well)
        src_named, tgt_named = (dated + list({m: (m, w) for m, w in mine
                                              if m not in {d for d, _ in dated}}.values())
                                for dated, mine in zip(named, alone, strict=True))
        month = {written: f"month {m}" for m, written in src_named + tgt_named}
        counted = ([month.get(v, v) for v, *_ in src] + [f"month {m}" for m, _ in src_named]
                   + [n for n, _, _ in lettered.source],
                   [month.get(v, v) for v, *_ in tgt] + [f"month {m}" for m, _ in tgt_named]
                   + [n for n, _, _ in lettered.target])
        said = dates_differ(source, target, (ctx.src_lang, ctx.tgt_lang), missing, extra)
        parts = [said] if said else _described(
            missing, counted, month, "missing in the target", ("source", "target"),
            _as_written(src, source, ctx.src_lang) | _words_written(heads[0], source)
            | period_shown(named_periods[0], source), "missing in the target")
        parts += [] if said else _described(
            extra, counted[::-1], month, "not in the source", ("target", "source"),
            _as_written(tgt, target, ctx.tgt_lang) | _words_written(heads[1], target)
            | period_shown(named_periods[1], target), "added in the target")
        # the first such number, a list label opening a sentence last: of 3 twice in
        # "(3) ... Section 288(3)", the one the source lacks is not the clause's label
        labels = (label_spans(source, ctx.src_lang), label_spans(target, ctx.tgt_lang))
        src_span = next(((s, e) for v, s, e, _ in sorted(
            src, key=lambda n: ((n[1], n[2]) in labels[0], n[1])) if v in missing), None) or next(
            ((s, e) for _, s, e in lettered.missing), None)
        tgt_span = next(((s, e) for v, s, e, _ in sorted(
            tgt, key=lambda n: ((n[1], n[2]) in labels[1], n[1])) if v in extra), None) or next(
            ((s, e) for _, s, e in lettered.extra), None)
        yield Finding(
            code="number-mismatch",
            severity=ctx.severity("number-mismatch"),
            unit=u,
            message=said or "numbers differ: " + "; ".join(parts),
            expected=tuple(missing),
            found=", ".join(extra) if extra else None,
            src_span=src_span,
            tgt_span=tgt_span,
        )
