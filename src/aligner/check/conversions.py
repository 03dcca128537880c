"""A value converted to another unit of its quantity, which ``number-mismatch`` lets
pass: ``48 hours`` / ``2 dias``, ``2 weeks`` / ``14 días``, ``1,500 mg`` / ``1,5 g``,
``37.5 °C`` / ``99.5 °F``.  The numbers differ, and so do the units after them, as
``unit-mismatch`` reads them (:func:`aligner.check.unit_reading.unit_at`: a symbol of
``unit_symbols.txt`` or a noun of time of the language's ``counted.txt``), and the two
amounts are one.  A month and a year are the calendar's mean (``1 month`` / ``30 days``
is within 2 %); a temperature converts between °C, °F and K to half a degree.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import isclose

from aligner.check.unit_reading import unit_at, unit_quantity

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
