"""The unit right after a number, as ``unit-mismatch`` and ``number-mismatch`` read it
(:mod:`aligner.check.number_context`, :mod:`aligner.check.conversions`): a symbol of
``aligner/lang/generic/unit_symbols.txt`` (``mg``, ``mg/kg``, ``℃``, ``㎡``, ``min⁻¹``),
perhaps with a rate after it (``mg/kg/day``, ``mg/kg por día``, ``mg daily``), or a noun
of time of the language's ``counted.txt`` (``12 hours``, ``12 dias``, ``12時間``); one key
for the ways of writing one unit (``mL`` and ``ml``, ``℃`` and ``°C``, ``minutes`` and ``min``), its
quantity and size, and whether the same number in another unit is another value."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from math import isclose

from aligner.check.folding import strip_accents
from aligner.check.measure_units import (
    UNIT_END_NO_DIGIT,
    percent_bases,
    percent_forms,
    percent_key,
    unit_quantities,
    unit_scales,
    unit_symbols,
)
from aligner.check.number_table import number_words
from aligner.lang import COUNTED_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.textutil import HAN

# one unit written several ways (after the exponent and the degree's space are folded)
_ALIASES = {"μg": "µg", "mcg": "µg", "ug": "µg", "mL": "ml", "L": "l", "dL": "dl", "cL": "cl",
            "μl": "µl", "µL": "µl", "μL": "µl", "uL": "µl", "ul": "µl", "μm": "µm",
            "μmol": "µmol", "\uff05": "%", "℃": "°C", "℉": "°F", "UI": "IU", "U.I.": "IU",
            "IE": "IU", "㎏": "kg", "㎜": "mm", "㎝": "cm", "㎞": "km", "㎡": "m²", "㎠": "cm²",
            "㎥": "m³", "㏄": "cm³", "㎖": "ml", "㎗": "dl", "㍑": "l", "min⁻¹": "rpm",
            "min-1": "rpm", "Nm": "N·m", "Ncm": "N·cm", "Nmm": "N·mm", "kNm": "kN·m"}
# quantities made of others that the table names as one (N/mm² is a pressure)
_DERIVED = {"force/area": "pressure"}
# rpm written with a slash (r/min, 1/min, DIN's U/min, French tr/min): one symbol
_PER_MINUTE = {"r", "1", "U", "tr"}
_POWERS = {"2": "²", "3": "³", "^2": "²", "^3": "³", "²": "²", "³": "³"}
# a unit of time written in words after a number (the language's counted.txt: 12 hours,
# 12 dias, 30分), and its key: the symbol where the table has one (s, min, h)
_TIME_THINGS = {"second": "s", "minute": "min", "hour": "h", "day": "d", "week": "wk",
                "month": "mo", "year": "a"}
# the units of time the symbol table has not (a month and a year as the calendar's mean)
_TIME_SIZES = {"d": ("time", 86400.0), "wk": ("time", 604800.0), "mo": ("time", 2629800.0),
               "a": ("time", 31557600.0)}
_SPACE = "[ \u00a0\u202f]"
_WORD = re.compile(rf"{_SPACE}?([^\W\d_]+(?:['’][^\W\d_]+)?)")
# a rate after a unit symbol: /day, /dia, /d (10 mg/kg/day)
_PER_WORD = re.compile(r"/([^\W\d_]+)")
# ... or in words: a rate_per word and a noun of time (por día), or a rate_adverb (daily)
_ANY_WORD = re.compile(r"[^\W\d_]+")
_TWO_WORDS = re.compile(rf"{_SPACE}([^\W\d_]+)(?:{_SPACE}([^\W\d_]+))?")
# the number said again in words between it and its unit, as contracts write it: 5
# (cinco) años, 1.5% (uno punto cinco por ciento) mensual
_SAID_AGAIN = re.compile(rf"{_SPACE}?\((?:[^\W\d_]+[ \u00a0-]?){{1,8}}\)(?={_SPACE})")
# ... or the bracket that closes a number written after its words: treinta (30) días
_CLOSING = re.compile(rf"\)(?={_SPACE}[^\W\d_])")
_OPENED = re.compile(r"\([\d.,\u00a0\u202f ]*\Z")


def _past_words(text: str, end: int) -> int:
    """Where the unit of a number ending at ``end`` may begin: after the number said
    again in words in brackets (``5 (cinco) años``), or after the bracket that closes
    a number in brackets (``treinta (30) días``)."""
    if m := _SAID_AGAIN.match(text, end):
        return m.end()
    if _CLOSING.match(text, end) and _OPENED.search(text, max(0, end - 30), end):
        return end + 1
    return end


@cache
def unit_after_number() -> re.Pattern[str]:
    """A unit symbol, or several joined by ``/``, right after a number: ``mg``,
    ``mg/kg``, ``ml/min``, ``°C``, ``m2``; ``m/s`` in ``1.5m/sで``, where Japanese writes
    its particle onto the unit; ``/mm³`` (a count per volume)."""
    symbols = unit_symbols() | {"ug", "uL", "ul", "° C", "° F", "\uff05"}
    one = "(?:" + "|".join(map(re.escape, sorted(symbols, key=len, reverse=True))) + ")"
    one += r"(?:\^?[23](?!\d))?"
    return re.compile(rf"{_SPACE}?({percent_forms()}|/?{one}(?:/{one})*)"
                      + UNIT_END_NO_DIGIT)


@cache
def _time_words(lang: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The nouns of time of ``lang``'s ``counted.txt`` (its ``[year]`` to ``[second]``
    sections), folded, each with its unit's key (``dias``: ``d``), and for a language
    written without spaces (zh, ja: Han number words) a pattern of them right after a
    number (``12時間``, ``30分``); ``({}, None)`` for a language without the file."""
    text = get_profile(lang).data_text(COUNTED_DATA)
    if text is None:
        return {}, None
    sections = data_sections(text, name=f"{lang}/{COUNTED_DATA}")
    joined = bool(sections.get("numbers")) and all(
        HAN.fullmatch(e.partition(" ")[2]) for e in sections["numbers"])
    nouns = {(entry if joined else _fold(entry)): key
             for thing, key in _TIME_THINGS.items() for entry in sections.get(thing, ())
             if not entry.startswith("-") and not entry.partition(" ")[0].isdigit()}
    if not joined or not nouns:
        return nouns, None
    alternatives = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return nouns, re.compile(rf"{_SPACE}?({alternatives})")


def time_nouns(lang: str) -> dict[str, str]:
    """``lang``'s nouns of time (its ``counted.txt``), folded -> their unit's key."""
    return _time_words(lang)[0]


def _fold(word: str) -> str:
    return strip_accents(word.lower()).replace("’", "'")


def unit_at(text: str, end: int, lang: str, *, worded: bool = True
            ) -> tuple[str, str] | None:
    """The unit right after a number ending at ``end``, as written and its key: a symbol
    (:func:`unit_after_number`), perhaps with a rate after it (``mg/kg/day``; in words,
    ``mg/kg por día``, ``mg daily``: :func:`_rate_in_words`), or a noun of time (``12
    hours``, ``12 dias``, ``30分``); None without one.  ``worded``: whether a rate in
    words is read (a conversion compares amounts alone: ``250 µg daily`` / ``täglich
    0,25 mg``)."""
    nouns, joined = _time_words(lang)
    end = _past_words(text, end)
    if m := unit_after_number().match(text, end):
        written, key, at = m.group(1), unit_key(m.group(1)), m.end()
        start = at
        while (rate := _PER_WORD.match(text, at)) and (
                _fold(rate.group(1)) in nouns or rate.group(1) == "d"):
            written += rate.group()
            key += "/" + nouns.get(_fold(rate.group(1)), "d")
            at = rate.end()
        if worded and at == start and (said := _rate_in_words(text, _past_words(text, at),
                                                              lang, nouns)):
            written += said[0]
            key += "/" + said[1]
        return written, key
    if joined is not None:
        if m := joined.match(text, end):
            return m.group(1), nouns[m.group(1)]
    elif nouns and (m := _WORD.match(text, end)) and _fold(m.group(1)) in nouns:
        return m.group(1), nouns[_fold(m.group(1))]
    return None


@cache
def _rate_words(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    """``lang``'s words before a noun of time that make it a rate after a unit (its
    ``rate_per`` list: ``por``, ``al``, ``par``, ``pro``), and its adverbs of a rate
    (``rate_adverb``: ``d:daily``), folded -> their unit's key."""
    lists = number_words(lang).lists
    adverbs = {}
    for entry in lists.get("rate_adverb", ()):
        key, _, word = entry.partition(":")
        adverbs[_fold(word)] = key
    return frozenset(map(_fold, lists.get("rate_per", ()))), adverbs


def _rate_in_words(text: str, at: int, lang: str,
                   nouns: dict[str, str]) -> tuple[str, str] | None:
    """The rate written in words right after a unit ending at ``at`` (``por día``,
    ``a day``, ``pro Tag``, ``daily``), as written and its time's key (``d``)."""
    m = _TWO_WORDS.match(text, at)
    if not m:
        return None
    per, adverbs = _rate_words(lang)
    first = _fold(m.group(1))
    if first in adverbs:
        return text[at:m.end(1)], adverbs[first]
    if first in per and m.group(2) and (key := nouns.get(_fold(m.group(2)))):
        return m.group(), key
    return None


def rates_said(text: str, lang: str) -> frozenset[str]:
    """The keys of the rates ``text`` says in words anywhere (``täglich``, ``al día``:
    ``d``), whatever stands before them: German puts ``täglich`` before the dose."""
    per, adverbs = _rate_words(lang)
    nouns = _time_words(lang)[0]
    words = [_fold(w) for w in _ANY_WORD.findall(text)]
    return frozenset({adverbs[w] for w in words if w in adverbs}
                     | {nouns[b] for a, b in pairwise(words) if a in per and b in nouns})


def unit_key(unit: str) -> str:
    """One key for the ways of writing a unit symbol (``mL`` and ``ml``; ``m2`` and
    ``m²``; ``℃`` and ``°C``; ``r/min`` and ``rpm``)."""
    if (basis := percent_bases().get(percent_key(unit))) is not None:
        return f"%({basis})"  # wt.% and Gew.-% are %(mass)
    parts: list[str] = []
    for part in unit.replace("° ", "°").split("/"):
        if part == "min" and len(parts) == 1 and parts[0] in _PER_MINUTE:
            parts[0] = "rpm"
            continue
        m = re.fullmatch(r"(.+?)(\^?[23²³])?", part)
        symbol, power = (m.group(1), m.group(2)) if m else (part, None)
        if symbol in _ALIASES:
            parts.append(_ALIASES[symbol] + (_POWERS[power] if power else ""))
        else:
            parts.append(part if part in unit_symbols() else
                         symbol + (_POWERS[power] if power else ""))
    return "/".join(parts)


def unit_quantity(key: str) -> tuple[str, float | None] | None:
    """The quantity and size of a unit's key (``mg/kg``: ``("mass/mass", 1e-6)``; the
    size None for a scale, ``°C``), or None when a symbol of it has no quantity in the
    table (``dB``).  A key starting with ``/`` counts things per a unit (``/mm³``)."""
    scales, quantities = unit_scales() | _TIME_SIZES, unit_quantities()
    parts = ["%"] if key.startswith("%(") else key.split("/")
    if parts[0] == "":
        parts[0] = "1"
        scales = scales | {"1": ("count", 1.0)}
    if not all(part in scales or part in quantities for part in parts):
        return None
    quantity = ""
    size: float | None = 1.0
    for k, part in enumerate(parts):
        q, s = scales[part] if part in scales else (quantities[part], None)
        quantity = q if k == 0 else f"{quantity}/{q}"
        if size is not None:
            size = None if s is None else size * s if k == 0 else size / s
    return _DERIVED.get(quantity, quantity), size


def changes_amount(src_key: str, tgt_key: str) -> bool:
    """Whether a value written with a unit of key ``src_key`` in the source and one of
    ``tgt_key`` in the target is another value: units of one quantity at different sizes
    (``mg`` / ``µg``, ``mg/ml`` / ``mg/l``, ``hours`` / ``dias``; ``mg/ml`` / ``g/l`` are
    one size), two scales (``°C`` / ``°F``), or two quantities (``mg`` / ``ml``,
    ``IU`` / ``mg``, ``mg/dL`` / ``mmol/L``) -- but not a unit and the same followed by
    more (``mg/kg`` / ``mg``, ``mg/kg/day`` / ``mg/kg``: the rest may be said elsewhere,
    ``täglich 10 mg/kg``), nor milliequivalents for millimoles, as many for an
    ion of one charge."""
    if src_key == tgt_key:
        return False
    if _based(src_key) and _based(tgt_key):  # 5 wt.% / 5 Vol.-%
        return True
    src, tgt = unit_quantity(src_key), unit_quantity(tgt_key)
    if src is None or tgt is None:
        return False
    if src[0] == tgt[0]:
        return src[1] is None or tgt[1] is None or not isclose(src[1], tgt[1], rel_tol=1e-9)
    shorter, longer = sorted((src_key.split("/"), tgt_key.split("/")), key=len)
    if longer[:len(shorter)] == shorter:
        return False
    return src[0].replace("equivalent", "amount") != tgt[0].replace("equivalent", "amount")


def _based(key: str | None) -> bool:
    """Whether a unit's key is a percentage of a stated basis (``%(mass)``)."""
    return key is not None and key.startswith("%(")


def unstated(a: str | None, b: str | None) -> bool:
    """Whether two units' keys are a plain percentage and one of a stated basis, which
    say nothing against each other: ``5 %`` / ``5 Gew.-%`` (the text may state the
    basis elsewhere)."""
    return (a == "%" and _based(b)) or (b == "%" and _based(a))
