"""Local calendars for number-mismatch: years and dates counted another way.

Thai texts count years in the Buddhist Era (``พ.ศ. 2567`` is 2024), Persian ones in
the solar hijri calendar (``۲۲ اسفند ۱۴۰۲`` is 12 March 2024), Amharic ones in the
Ethiopian calendar (``ግንቦት 24 ... 2016 ዓ.ም.`` is 1 June 2024).  What the check
knows of such a calendar is language data, the ``calendar_*`` lines and ``c`` lines of
the language's ``numbers.tsv`` (read by :func:`parse_calendar`):

* ``calendar_years  FIRST-LAST:SHIFT``: a whole number in that range may be a year
  of the local calendar, which begins in the Gregorian year it plus ``SHIFT``
  (``2400-2699:-543``; ``1300-1499:621``; ``1900-2099:7``);
* ``calendar_start  M-D ...``: the Gregorian month and day on which a local year
  begins, all that it may be (``1-1``; ``3-20 3-21``, Nowruz; ``9-11 9-12``).  A
  year that begins on 1 January is one Gregorian year; any other straddles two,
  and answers either;
* ``c<MONTH>  NAMES``: the names of the local months, which calendars with months
  of their own have, and ``calendar_days``: their lengths in days, in order.

A local year is read as written or as its Gregorian year(s), whichever the other side
answers (a number read more than one way, as a 12-hour time is).  A day before or
after a local month's name (``22 اسفند``, ``ግንቦት 24``, a preposition glued before the
name as the language's ``forms.txt`` lists them, ``ከግንቦት``) is read as written or as
its Gregorian day: all the local dates of a unit together, counted from each possible
first day of the year in which the unit's local year (or, without one, 2023 or 2024)
begins.  A date in digits whose year is a local one (``۱۴۰۲/۱۲/۲۲``, ``1/6/2567``)
may be its Gregorian dates too (:func:`with_gregorian`), read as a numeric date is:
the way that best fits the other side.  The check does not know which of the first
days it is (the solar hijri calendar's leap years follow the equinox), so a Gregorian
day one off from the translation's is not reported; a local month's name is a word,
not compared with the other side's month.  A local year or date whose Gregorian one
the same side also writes (``۱۴۰۲ (۲۰۲۴)``, as official texts do) is that one, not a
second.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from aligner.check.dates import NumericDate
from aligner.textutil import MARKS

#: A number of a unit: value, start, end and kind (as :mod:`aligner.check.dates` says).
Item = tuple[str, int, int, str]
#: A number read as written, and the other ways it may be read.
Run = tuple[Counter[str], list[Counter[str]]]

# The Gregorian years that stand for a local date whose unit writes no local year.
_ANY_YEARS = (2023, 2024)


@dataclass(frozen=True, slots=True)
class Calendar:
    """A local calendar (the module docstring): its years' range and shift, the
    Gregorian days its years begin on, its months' names and lengths."""

    first: int
    last: int
    shift: int
    starts: tuple[tuple[int, int], ...]  # (month, day)
    months: dict[str, int]  # a local month's name (lower case) -> its number
    days: tuple[int, ...]  # the length of each local month

    def is_year(self, value: str) -> bool:
        return value.isdigit() and self.first <= int(value) <= self.last

    def gregorian_years(self, year: int) -> list[str]:
        """The Gregorian year(s) of a local ``year``: two where it straddles them."""
        begins = year + self.shift
        return [str(begins)] if self.starts == ((1, 1),) else [str(begins), str(begins + 1)]

    def gregorian_days(self, month: int, day: int, begins: int) -> list[str]:
        """The Gregorian day of the month of a local ``day`` of ``month`` in the local year
        that begins in the Gregorian year ``begins``, from each possible first day."""
        return [str(d.day) for d in self.gregorian_dates(month, day, begins)]

    def gregorian_dates(self, month: int, day: int, begins: int) -> list[date]:
        """The Gregorian dates of a local ``day`` of ``month`` in the local year that
        begins in the Gregorian year ``begins``, from each possible first day; a
        calendar without months of its own has the Gregorian ones."""
        if not self.months:
            try:
                return [date(begins, month, day)]
            except ValueError:  # 31/2
                return []
        if month > len(self.days) + 1 or not 1 <= day <= 31 or not 1000 < begins < 3000:
            return []
        offset = sum(self.days[:month - 1]) + day - 1
        return [date(begins, m, d) + timedelta(days=offset) for m, d in self.starts]


def parse_calendar(lists: dict[str, tuple[str, ...]],
                   months: dict[int, tuple[str, ...]]) -> Calendar | None:
    """The calendar of a ``numbers.tsv`` (its lists and its ``c`` lines), if it has one."""
    if "calendar_years" not in lists:
        return None
    span, _, shift = lists["calendar_years"][0].partition(":")
    first, _, last = span.partition("-")
    starts = tuple((int(m), int(d)) for m, _, d in
                   (s.partition("-") for s in lists.get("calendar_start", ("1-1",))))
    names = {name.lower(): month for month, words in months.items() for name in words}
    days = tuple(int(n) for n in lists.get("calendar_days", ()))
    return Calendar(int(first), int(last), int(shift), starts, names, days)


def calendar_runs(text: str, found: Sequence[Item], calendar: Calendar,
                  prefixes: Sequence[str]) -> list[Run]:
    """The local years of ``text`` (ASCII digits; ``found``: its numbers) and its local
    dates' days, each with the Gregorian readings (the module docstring)."""
    numbers = [(v, s, e) for v, s, e, kind in found if kind == "number"]
    runs: list[Run] = []
    years = [(v, s) for v, s, _ in numbers if calendar.is_year(v)]
    for value, start in years:
        gregorian = calendar.gregorian_years(int(value))
        readings = [Counter([g]) for g in gregorian]
        if any(v in gregorian for v, s, _ in numbers if s != start):
            readings.append(Counter())  # ۱۴۰۲ (۲۰۲۴): one year
        runs.append((Counter([value]), readings))
    days = _local_days(text, numbers, calendar, prefixes)
    if days:
        runs.append(_date_run(days, numbers, calendar, [int(v) for v, _ in years]))
    return runs


def with_gregorian(numeric: NumericDate, calendar: Calendar) -> NumericDate:
    """``numeric`` (a date in digits), and, where its year is a local one, the Gregorian
    dates it may be as its ``others`` (``۱۴۰۲/۱۲/۲۲``: 2024/3/11 or 2024/3/12;
    ``1/6/2567``: 1/6/2024)."""
    others = []
    for reading in numeric.readings:
        year = next(k for k in range(3) if k not in reading)
        value = numeric.numbers[year][0]
        if not calendar.is_year(value):
            continue
        month, day = int(numeric.numbers[reading[1]][0]), int(numeric.numbers[reading[0]][0])
        for gregorian in calendar.gregorian_dates(month, day, int(value) + calendar.shift):
            values = {year: gregorian.year, reading[1]: gregorian.month, reading[0]: gregorian.day}
            numbers = tuple((str(values[k]), s, e) for k, (_, s, e) in enumerate(numeric.numbers))
            others.append(replace(numeric, numbers=numbers, readings=(reading,), others=()))
    return replace(numeric, others=tuple(dict.fromkeys(others))) if others else numeric


def _date_run(days: list[tuple[int, str, int]], numbers: list[tuple[str, int, int]],
              calendar: Calendar, years: list[int]) -> Run:
    """One run for all the local dates of a unit: (month, day, start) each."""
    own = Counter(day for _, day, _ in days)
    begins = [years[0] + calendar.shift] if years else list(_ANY_YEARS)
    starts = {s for _, _, s in days}
    others = Counter(v for v, s, _ in numbers if s not in starts)
    readings = []
    for year in begins:
        for k in range(len(calendar.starts)):
            converted = [calendar.gregorian_days(month, int(day), year) for month, day, _ in days]
            reading = Counter(c[k] for c in converted if c)
            readings.append(reading)
            if reading & others:  # ۲۲ اسفند ۱۴۰۲ (۱۲ مارس ۲۰۲۴): one date
                readings.append(reading - others)
    return own, readings


def _local_days(text: str, numbers: list[tuple[str, int, int]], calendar: Calendar,
                prefixes: Sequence[str]) -> list[tuple[int, str, int]]:
    """(local month, day as read, the day's start) of each local date of ``text``."""
    pattern = _month_pattern(calendar, prefixes)
    if pattern is None:
        return []
    by_end = {e: (v, s) for v, s, e in numbers}
    by_start = {s: v for v, s, _ in numbers}
    out = []
    lower = text.lower()
    for m in pattern.finditer(lower if len(lower) == len(text) else text):
        month = calendar.months[m.group(1)]
        before = re.search(r"(\d+)\s*$", text[max(0, m.start() - 8):m.start()])
        after = re.match(r"\s*(\d+)", text[m.end():m.end() + 8])
        if before is not None and (end := m.start() - (len(before.group()) - len(
                before.group(1)))) in by_end:
            value, start = by_end[end]
        elif after is not None and (start := m.end() + after.start(1)) in by_start:
            value = by_start[start]
        else:
            continue
        if value.isdigit() and 1 <= int(value) <= 31:
            out.append((month, value, start))
    return out


def _month_pattern(calendar: Calendar, prefixes: Sequence[str]) -> re.Pattern[str] | None:
    if not calendar.months:
        return None
    return _compiled(tuple(calendar.months), tuple(prefixes))


@cache
def _compiled(months: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A local month's name, at a word's start or after a preposition glued to it."""
    names = "|".join(map(re.escape, sorted(months, key=len, reverse=True)))
    glued = "|".join(map(re.escape, prefixes))
    start = rf"(?:(?<![\w{MARKS}])|(?<![\w{MARKS}])(?:{glued}))" if glued else \
        rf"(?<![\w{MARKS}])"
    return re.compile(rf"{start}({names})(?![\w{MARKS}])")
