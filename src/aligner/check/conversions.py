"""A value converted to another unit of its quantity, which ``number-mismatch`` lets
pass: ``48 hours`` / ``2 dias``, ``2 weeks`` / ``14 días``, ``1,500 mg`` / ``1,5 g``,
``37.5 °C`` / ``99.5 °F``.  The numbers differ, and so do the units after them, as
``unit-mismatch`` reads them (:func:`aligner.check.unit_reading.unit_at`: a symbol of
``unit_symbols.txt`` or a noun of time of the language's ``counted.txt``), and the two
amounts are one.  A month and a year are the calendar's mean (``1 month`` / ``30 days``
is within 2 %); a temperature converts between °C, °F and K to half a degree.

A conversion a translator adds in parentheses right after a value (``12 mm (0.47 in)``,
``120 °C (248 °F)``, ``50 N (11.2 lbf)``) is no number of its own
(:func:`added_conversions`): its amount is the value's, to the precision it is written
in (``0.47``: within 0.005 in; an integer's final zeros are a rounding, ``30 m (100
ft)``).  Inches, feet, pounds and the like (``added_units.txt``) are read as units only
there, as ``in`` is a word elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from math import isclose

from aligner.check.unit_reading import unit_at, unit_quantity
from aligner.errors import ConfigError
from aligner.lang import ADDED_UNITS_DATA, generic_data
from aligner.lang.base import word_list

#: how far two amounts in months or years may be apart and still be one (30 days)
_CALENDAR_TOLERANCE = 0.02
#: the exact ones: a rounding at the sixth figure
_TOLERANCE = 1e-6
#: two temperatures within this many kelvins are one (37.5 °C is 99.5 °F)
_DEGREES = 0.5
_CALENDAR = ("mo", "a")
_CELSIUS = {"°C": lambda t: t, "°F": lambda t: (t - 32) * 5 / 9, "K": lambda t: t - 273.15}

Item = tuple[str, int, int, str]


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _amount(value: str, key: str | None) -> tuple[str, float, bool] | None:
    """The quantity and the amount in its base unit of ``value`` in the unit of ``key``,
    and whether it is one of a temperature (in °C); None where it has none."""
    number = _number(value)
    if number is None or key is None:
        return None
    if key in _CELSIUS:
        return "temperature", _CELSIUS[key](number), True
    quantity = unit_quantity(key)
    if quantity is None or quantity[1] is None:
        return None
    return quantity[0], number * quantity[1], False


def _same(a: tuple[str, float, bool], b: tuple[str, float, bool], keys: tuple[str, str]
          ) -> bool:
    if a[0] != b[0] or keys[0] == keys[1]:
        return False
    if a[2]:
        return abs(a[1] - b[1]) <= _DEGREES
    calendar = any(part in _CALENDAR for key in keys for part in key.split("/"))
    return isclose(a[1], b[1], rel_tol=_CALENDAR_TOLERANCE if calendar else _TOLERANCE)


def unconverted(missing: list[str], extra: list[str], found: tuple[Sequence[Item],
                Sequence[Item]], texts: tuple[str, str], langs: tuple[str, str]
                ) -> tuple[list[str], list[str]]:
    """``missing`` and ``extra`` (values of the source the target lacks, and the other
    way round) without the pairs that are one amount in two units of one quantity; each
    value's unit is read after the first number of ``found`` (each side's numbers) that
    has it."""
    def keys(values: list[str], items: Sequence[Item], text: str, lang: str
             ) -> list[tuple[str, str | None]]:
        out = []
        for value in values:
            item = next((n for n in items if n[0] == value), None)
            unit = unit_at(text, item[2], lang, worded=False) if item is not None else None
            out.append((value, unit[1] if unit else None))
        return out

    if not missing or not extra:
        return missing, extra
    src = keys(missing, found[0], texts[0], langs[0])
    tgt = keys(extra, found[1], texts[1], langs[1])
    left_missing, left_extra = list(missing), list(extra)
    for value, key in src:
        mine = _amount(value, key)
        if mine is None:
            continue
        for other, other_key in tgt:
            theirs = _amount(other, other_key)
            if (theirs is not None and other in left_extra and key is not None
                    and other_key is not None and _same(mine, theirs, (key, other_key))):
                left_missing.remove(value)
                left_extra.remove(other)
                break
    return left_missing, left_extra


_SPACE = "[ \u00a0\u202f]"
_FAHRENHEIT = 5 / 9  # kelvins in a degree Fahrenheit


@cache
def _added_units() -> tuple[dict[str, tuple[str, float]], re.Pattern[str]]:
    """The units of ``added_units.txt`` (symbol -> quantity, size) and a pattern of one
    right after a value and before the closing parenthesis."""
    text = generic_data(ADDED_UNITS_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{ADDED_UNITS_DATA} is missing")
    units: dict[str, tuple[str, float]] = {}
    for line in word_list(text):
        *symbol, quantity, size = line.split()
        try:
            units[" ".join(symbol)] = (quantity, float(size))
        except ValueError:
            raise ConfigError(f"aligner/lang/generic/{ADDED_UNITS_DATA}: '{line}' needs a "
                              "symbol, a quantity and a size") from None
    names = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    return units, re.compile(rf"{_SPACE}?({names}){_SPACE}*\)")


def _half_step(value: str) -> float:
    """Half the step of the last figure ``value`` writes: ``0.47`` 0.005, ``12`` 0.5,
    ``250`` 5 (an integer's final zeros are a rounding)."""
    digits = value.lstrip("-±")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.partition(".")[2])
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return 0.5 * 10.0 ** zeros


def _in_parentheses(text: str, end: int, lang: str, value: str
                    ) -> tuple[tuple[str, float, bool], float] | None:
    """The amount of ``value`` ending at ``end`` in the unit after it, where the
    parenthesis closes right after that unit, and how far off its rounding may put it
    (in the quantity's base unit)."""
    units, pattern = _added_units()
    m = pattern.match(text, end)
    if m is not None:
        number = _number(value)
        if number is None:
            return None
        quantity, factor = units[m.group(1)]
        return (quantity, number * factor, False), _half_step(value) * factor
    unit = unit_at(text, end, lang, worded=False)
    if unit is None or not re.match(rf"{_SPACE}?{re.escape(unit[0])}{_SPACE}*\)", text[end:]):
        return None
    amount = _amount(value, unit[1])
    if amount is None:
        return None
    if amount[2]:
        return amount, _half_step(value) * (_FAHRENHEIT if unit[1] == "°F" else 1)
    size = unit_quantity(unit[1])
    return amount, _half_step(value) * (size[1] if size and size[1] else 1)


def added_conversions(values: list[str], items: Sequence[Item], text: str, lang: str
                      ) -> list[str]:
    """``values`` (one side's numbers the other lacks) less those that convert the value
    before them, in parentheses right after its unit (module docstring)."""
    if "(" not in text and "\uff08" not in text:
        return values
    left = list(values)
    ordered = sorted(items, key=lambda n: n[1])
    for before, (value, start, end, kind) in pairwise(ordered):
        if value not in left or kind != "number" or before[3] != "number":
            continue
        unit = unit_at(text, before[2], lang, worded=False)
        if unit is None or not re.fullmatch(
                rf"{_SPACE}?{re.escape(unit[0])}{_SPACE}*[(\uff08]{_SPACE}*",
                text[before[2]:start]):
            continue
        mine = _amount(before[0], unit[1])
        found = _in_parentheses(text, end, lang, value)
        if mine is None or found is None or found[0][0] != mine[0] \
                or found[0][2] != mine[2]:
            continue
        if abs(found[0][1] - mine[1]) <= found[1] * (1 + _TOLERANCE):
            left.remove(value)
    return left

