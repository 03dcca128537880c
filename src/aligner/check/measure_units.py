"""The symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``: ``mg``,
``km``, ``°C``), the same in every language, and a unit symbol right after a number,
which the number checks read: a decimal sign before one is a decimal sign
(:mod:`aligner.check.numbers`, :mod:`aligner.check.number_format`).  The table also
gives a unit's quantity and size (``mg``: mass, 1e-3 grams), which tells a changed
amount from a unit written otherwise (:func:`unit_scales`)."""

from __future__ import annotations

import re
from functools import cache

from aligner.errors import ConfigError
from aligner.lang import UNIT_SYMBOLS_DATA, generic_data
from aligner.lang.base import word_list


@cache
def _table() -> tuple[tuple[str, ...], ...]:
    text = generic_data(UNIT_SYMBOLS_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{UNIT_SYMBOLS_DATA} is missing")
    rows = tuple(tuple(line.split()) for line in word_list(text))
    for row in rows:
        if len(row) not in (1, 3):
            raise ConfigError(f"aligner/lang/generic/{UNIT_SYMBOLS_DATA}: '{' '.join(row)}' "
                              "is neither a symbol nor a symbol, its quantity and its size")
    return rows


@cache
def unit_symbols() -> frozenset[str]:
    """Symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``)."""
    return frozenset(row[0] for row in _table())


@cache
def unit_scales() -> dict[str, tuple[str, float]]:
    """The quantity a unit symbol measures and its size in the quantity's base unit
    (``mg``: ``("mass", 0.001)``), for the symbols the table gives them: units that are
    multiples of one another.  ``°C`` and ``°F`` have none: no factor turns one into
    the other."""
    return {row[0]: (row[1], float(row[2])) for row in _table() if len(row) == 3}


@cache
def unit_after() -> re.Pattern[str]:
    """A unit symbol right after a number, to match at the number's end (``2.5 mg``,
    ``0.5%``, ``37.5 °C``; not ``2.5 mgs``)."""
    units = "|".join(map(re.escape, sorted(unit_symbols(), key=len, reverse=True)))
    return re.compile(rf"[ \u00a0\u202f]?(?:{units}|° ?[CF])(?![^\W\d_])")
