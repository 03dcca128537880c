"""The symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``: ``mg``,
``km``, ``°C``), the same in every language, and a unit symbol right after a number,
which the number checks read: a decimal sign before one is a decimal sign
(:mod:`aligner.check.numbers`, :mod:`aligner.check.number_format`)."""

from __future__ import annotations

import re
from functools import cache

from aligner.errors import ConfigError
from aligner.lang import UNIT_SYMBOLS_DATA, generic_data
from aligner.lang.base import word_list


@cache
def unit_symbols() -> frozenset[str]:
    """Symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``)."""
    text = generic_data(UNIT_SYMBOLS_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{UNIT_SYMBOLS_DATA} is missing")
    return frozenset(word_list(text))


@cache
def unit_after() -> re.Pattern[str]:
    """A unit symbol right after a number, to match at the number's end (``2.5 mg``,
    ``0.5%``, ``37.5 °C``; not ``2.5 mgs``)."""
    units = "|".join(map(re.escape, sorted(unit_symbols(), key=len, reverse=True)))
    return re.compile(rf"[ \u00a0\u202f]?(?:{units}|° ?[CF])(?![^\W\d_])")
