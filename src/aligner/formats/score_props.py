"""The ``x-score`` of units read from another tool's memory, read as a confidence from
0 to 1 (:func:`~aligner.formats.units.unit_score`) where it can be, and named where
it cannot: a file may write ``0,42`` (a decimal comma) or percentages (``85``)."""

from __future__ import annotations

from dataclasses import replace

from aligner.formats.units import (
    PROP_SCORE,
    TranslationUnit,
    UnitFile,
    decimal_point,
    record_label,
)
from aligner.textutil import count

_NAMED = 3  # units named in a warning; the count says how many in all


def read_scores(units: UnitFile) -> tuple[UnitFile, list[str]]:
    """``units`` with each ``x-score`` written as a number from 0 to 1 where it is one
    (``0,42`` -> ``0.42``), or a percentage in a file whose scores are all percentages
    (every one from 0 to 100, one above 1 and none a fraction below 1: ``85`` ->
    ``0.85``); with one warning for such a file and one naming the units whose score is
    still not from 0 to 1, which count as unscored (``--min-score`` keeps them)."""
    numbers = {i: _number(u.props[PROP_SCORE]) for i, u in enumerate(units.units)
               if PROP_SCORE in u.props}
    found = [n for n in numbers.values() if n is not None]
    percent = (bool(found) and len(found) == len(numbers) and all(0 <= n <= 100 for n in found)
               and any(n > 1 for n in found) and not any(0 < n < 1 for n in found))
    read: list[TranslationUnit] = list(units.units)
    bad: list[str] = []
    for i, number in numbers.items():
        unit = units.units[i]
        value = unit.props[PROP_SCORE]
        if number is not None and percent:
            number /= 100
        if number is None or not 0 <= number <= 1:
            bad.append(f"{_label(unit)} {value.strip()!r}")
        elif percent or decimal_point(value) != value.strip():  # else as it was written
            read[i] = replace(unit, props={**unit.props, PROP_SCORE: str(number)})
    messages = []
    if percent:
        first = next(i for i, n in numbers.items() if n is not None and n > 1)
        value = units.units[first].props[PROP_SCORE].strip()
        messages.append("x-score read as percentages (every score in the file is from 0 to "
                        f"100): {value} is {read[first].props[PROP_SCORE]}")
    if bad:
        shown = ", ".join(bad[:_NAMED]) + (", ..." if len(bad) > _NAMED else "")
        messages.append(f"{count(len(bad), 'unit')} with an x-score that is not a number "
                        f"from 0 to 1, read as unscored (--min-score keeps it): {shown}")
    return replace(units, units=tuple(read)), messages


def _number(value: str) -> float | None:
    try:
        number = float(decimal_point(value))
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _label(unit: TranslationUnit) -> str:
    """How ``check`` names the unit (``tuid 17``, ``tu 3``, ``id u7``); a row of a
    file that names none, by its 1-based number."""
    return (record_label(unit, tmx=unit.original.startswith(b"<tu"))
            or f"unit {unit.index + 1}")
