"""Dates for number-mismatch: numeric dates, month names and short years.

A date written in digits -- day/month/year ``15/06/2024``, ``15-06-2024``,
``31.12.2025``, year-month-day ``2024-06-15``, with a year of four digits or
two (``3/3/24``) -- is read as a day, a month and a year.  Day and year are
numbers like any other; the month is a month: it is answered on the other side
by another month (of a numeric date, or a Chinese, Japanese or Korean ``3月``),
by the month's name (the ``m`` lines of that language's ``numbers.tsv``:
``June``, ``junio``, ``März``), or by the same number outside any date.

A language lists the orders in which it writes day and month in the
``date_order`` line of its ``numbers.tsv``, the usual first: ``md dm`` in
English (``3/15/2024`` and ``15/3/2024``); without it a date is day first (and
month first only when it cannot be read day first, ``03/15/2024``).  With dots
the day always comes first (``31.12.2025``), after a year the month
(``2024-12-31``).
A date with two readings (English ``03/04/2023``, 4 March or 3 April) is read
the way that best fits the other side; nothing is taken that neither reading
gives.

A month and a year without a day (:func:`month_years`) -- ``03.2024``, ``03/2024``,
``2024-03`` -- is a month and a year too, so that ``Stand: 03.2024`` answers ``03/2024``,
``2024-03`` and ``March 2024``.  The year is one of 1900-2099 and the month 1-12;
``2011-12`` is the years 2011-2012 (a short range that goes forward), ``2024-12`` is
December 2024.  Each is also read as written, as a number or two (``3.2024``, ``1/2000``),
where that fits the other side better.

A month named in a date on both sides (``5 de marzo de 2024`` / ``May 5, 2024``)
is compared by name: the month a side names in none of its dates is reported by
its name.  A month name counts as a date's only beside a number (``May 5``, ``5 de
mayo``, ``marzo de 2024``), so that English ``may`` and ``march`` stay verbs.

A year also pairs with its two-digit short form (``1973`` / ``’73``, ``3/3/24``).

A day and a month without a year, each with its dot (German ``Am 3.10.``, in a
language whose ``yearless`` list says ``d.m.``) or parted by a slash (Spanish and
Portuguese ``el 3/3``, ``em 3/3 de 2027``: ``d/m``; English ``3/15``, month first,
``m/d``, and ``15/3``), may leave its month to a month name
in a date of the other side (``3 October``): :func:`yearless_months` finds them, and
the number check reads that month as a number or as nothing.

A year counted in an era (Japanese ``令和6年``, ``平成元年``; Taiwan's ``民國113年``)
is its year of the common era, from the ``era`` line of the language's
``numbers.tsv``: each era's name and the year before its first.  A common-era
year written beside it in brackets (``令和6年（2024年）``) is one year, not two.
A calendar that counts every year its own way (Thai, Persian, Ethiopian) is read by
:mod:`aligner.check.calendars`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, product

from aligner.check.folding import folded_origins, strip_accents
from aligner.textutil import WORD

#: A number of a unit: value, start, end and kind ("number", a day or year of a
#: numeric date "date", or "month").
Item = tuple[str, int, int, str]

# A word with its vowel signs (मार्च, மார்ச்): a month's name is matched whole.
_WORD = re.compile(WORD)
#: A year as the number checks read one (1000-2099).
YEAR = re.compile(r"1\d\d\d|20\d\d")
# The same separator twice; not inside a longer run of numbers (1.2.3.4, 3.526.000).
_DATE = re.compile(
    r"(?<![\d.,/-])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"
    r"|(\d{1,2})([-/.])(\d{1,2})\6(\d{4}|\d\d))(?!\d|[.,/-]\d)")
_DM, _MD = (0, 1), (1, 0)  # (index of the day, index of the month)
_NO_MONTH = (-1, -1)  # a reading with no month: the numbers as written
#: Combinations of readings tried at most, for a unit with many ambiguous dates.
_MAX_CHOICES = 64


@dataclass(frozen=True, slots=True)
class NumericDate:
    """A date written in digits: its three numbers in text order (value, start,
    end), and its readings as (index of the day, index of the month), the usual
    first; the year is the remaining number."""

    start: int
    end: int
    numbers: tuple[tuple[str, int, int], ...]
    readings: tuple[tuple[int, int], ...]
    #: the dates it may also be, tried after its own readings: a date of a local
    #: calendar's its Gregorian ones (:func:`aligner.check.calendars.with_gregorian`)
    others: tuple[NumericDate, ...] = ()

    def items(self, reading: tuple[int, int]) -> list[Item]:
        month = reading[1]
        other = "number" if reading == _NO_MONTH else "date"
        return [(value, start, end, "month" if k == month else other)
                for k, (value, start, end) in enumerate(self.numbers)]

    def choices(self) -> list[tuple[NumericDate, tuple[int, int]]]:
        """Each way the date reads: itself or another date, and a reading."""
        return [(d, r) for d in (self, *self.others) for r in d.readings]


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def find_dates(text: str, orders: Sequence[str] = ()) -> list[NumericDate]:
    """The numeric dates of ``text`` (ASCII digits); ``orders`` are the language's
    ``date_order`` (``md``, ``dm``), the usual first."""
    dates = []
    for m in _DATE.finditer(text):
        if m.group(1):  # year first: year, month, day
            groups, candidates = (1, 3, 4), [(2, 1)]
        else:
            groups = (5, 7, 8)
            if m.group(6) == ".":
                candidates = [_DM]
            else:  # without orders: month first only when it cannot be day first
                candidates = [_MD if o == "md" else _DM for o in orders] or [_DM, _MD]
        numbers = tuple((str(int(m.group(g))), m.start(g), m.end(g)) for g in groups)
        readings = tuple(dict.fromkeys(
            r for r in candidates if _valid(int(numbers[r[0]][0]), int(numbers[r[1]][0]))))
        if readings:
            dates.append(NumericDate(m.start(), m.end(), numbers,
                                     readings if orders else readings[:1]))
    return dates


# A month and a year: 03.2024, 3/2024 (month first), 2024-03 (year first); not inside a
# longer run of numbers (15.03.2024, 2024-03-15).
_MONTH_YEAR = re.compile(
    r"(?<![\d.,/-])(?:(0?[1-9]|1[0-2])([./])((?:19|20)\d\d)"
    r"|((?:19|20)\d\d)([-/])(0[1-9]|1[0-2]))(?!\d|[.,/-]\d)")


def month_years(text: str) -> list[NumericDate]:
    """The months written with their year and no day in ``text`` (ASCII digits), each
    also read as written: the decimal ``3.2024``, the numbers ``3`` and ``2024``."""
    dates = []
    for m in _MONTH_YEAR.finditer(text):
        year_first = m.group(4) is not None
        groups = (4, 6) if year_first else (1, 3)
        if year_first and int(m.group(4)[:2] + m.group(6)) > int(m.group(4)):
            continue  # 2011-12: the years 2011 to 2012
        numbers = tuple((str(int(m.group(g))), m.start(g), m.end(g)) for g in groups)
        written: tuple[tuple[str, int, int], ...] = numbers
        if m.group(2) == ".":  # as written, a decimal
            written = ((f"{int(m.group(1))}.{m.group(3).rstrip('0')}", m.start(), m.end()),)
        as_written = NumericDate(m.start(), m.end(), written, (_NO_MONTH,))
        dates.append(NumericDate(m.start(), m.end(), numbers, ((-1, 1 if year_first else 0),),
                                 (as_written,)))
    return dates


# A day and a month without a year, each with its dot (German ``Am 3.10.``), or parted
# by a slash (Spanish ``el 3/3``); not in a longer run of numbers.
_DAY_MONTH = {
    "d.m.": re.compile(r"(?<![\d.,/-])(\d{1,2})\.(\d{1,2})\.(?!\d)"),
    "d/m": re.compile(r"(?<![\d.,/-])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)"),
}
_DAY_MONTH["m/d"] = _DAY_MONTH["d/m"]  # English 3/15: the same shape, the month first


def yearless_months(text: str, forms: Sequence[str] = ("d.m.",)
                    ) -> list[tuple[str, str, int, int]]:
    """Each day and month written without a year in ``text`` (ASCII digits; ``3.10.``,
    ``3/3``, English ``3/15``), in the ``forms`` the language writes (its ``yearless``
    list: ``d.m.``, ``d/m``, ``m/d``; an ambiguous ``3/4`` once for each): the day
    (``"3"``), the month (``"10"``), and where the two start and end."""
    found = []
    for form in forms:
        if form not in _DAY_MONTH:
            continue
        day, month = (2, 1) if form == "m/d" else (1, 2)
        found += [(str(int(m.group(day))), str(int(m.group(month))), m.start(), m.end(2))
                  for m in _DAY_MONTH[form].finditer(text)
                  if _valid(int(m.group(day)), int(m.group(month)))]
    return found


def era_years(text: str, found: list[Item], lists: dict[str, tuple[str, ...]]) -> list[Item]:
    """``found`` with each year counted in an era (the module docstring) made a year of
    the common era, the first year of an era (``令和元年``) added, and an era year
    dropped where the same year stands beside it in brackets.  ``lists`` are the
    language's ``numbers.tsv`` lists: ``era`` (``令和:2018``), ``era_year`` (the
    year's counter, ``年``) and ``era_first`` (the word for an era's first year, ``元``)."""
    eras = {name: int(before) for name, _, before in
            (e.partition(":") for e in lists.get("era", ()))}
    if not eras or not any(name in text for name in eras):
        return found
    counter = lists.get("era_year", ("",))[0]
    first = lists.get("era_first", ())
    out: list[Item] = []
    years: list[Item] = []
    for value, start, end, kind in found:
        era = next((e for e in eras if text.endswith(e, 0, start)), None)
        if era is None or kind != "number" or not value.isdigit() or not text.startswith(
                counter, end):
            out.append((value, start, end, kind))
        else:
            years.append((str(int(value) + eras[era]), start, end, kind))
    names = "|".join(map(re.escape, eras))
    for w in first:
        for m in re.finditer(f"(?<=({names})){re.escape(w + counter)}", text):
            years.append((str(eras[m.group(1)] + 1), m.start(), m.start() + len(w), "number"))

    between = set(_BRACKETS + counter + "".join(eras))

    def beside(year: Item) -> bool:
        return any(v == year[0] and set(text[min(year[2], e):max(year[1], s)]) <= between
                   for v, s, e, _ in out)

    kept = [y for y in years if not beside(y)]
    restated = _restated_dates(text, eras, counter, first)
    return sorted((n for n in out + kept if not any(a <= n[1] < b for a, b in restated)),
                  key=lambda n: n[1])


def _restated_dates(text: str, eras: dict[str, int], counter: str, first: tuple[str, ...]
                    ) -> list[tuple[int, int]]:
    """The spans of bracketed dates that restate the date just before them in the other
    calendar: ``2026年12月6日（令和8年12月6日）``, ``令和8年12月6日（2026年12月6日）``."""
    if not counter:
        return []
    names = "|".join(map(re.escape, sorted(eras, key=len, reverse=True)))
    years = "|".join([r"\d{1,4}", *map(re.escape, first)])
    date = (rf"({names})?\s*({years}){re.escape(counter)}\s*(\d{{1,2}})月\s*(\d{{1,2}})日")
    pattern = re.compile(rf"{date}\s*[（(]\s*{date}\s*[）)]")

    def day(era: str | None, year: str, month: str, mday: str) -> tuple[int, int, int]:
        number = 1 if year in first else int(year)
        return (number + eras[era] if era else number, int(month), int(mday))

    return [(m.end(4), m.end()) for m in pattern.finditer(text)
            if day(*m.group(1, 2, 3, 4)) == day(*m.group(5, 6, 7, 8))]


# What may stand between an era year and the same year beside it (令和6年（2024年）),
# besides the era's name and the year's counter.
_BRACKETS = " \u3000()（）[]［］"


def reading_choices(dates: Sequence[NumericDate]) -> Iterator[list[list[Item]]]:
    """The numbers of ``dates`` under each combination of their readings, a list per
    date, the usual readings first (at most ``_MAX_CHOICES`` combinations)."""
    for choice in islice(product(*(d.choices() for d in dates)), _MAX_CHOICES):
        yield [d.items(r) for d, r in choice]


def named_months(text: str, names: dict[int, tuple[str, ...]]) -> set[str]:
    """The months (``"3"``) that ``text`` names, by ``names`` (month -> its names)."""
    if not names:
        return set()
    words = set(_WORD.findall(strip_accents(text.lower())))
    return {str(month) for month, ws in names.items() if any(w in words for w in ws)}


def unanswered_months(months: Counter[str], other: Sequence[Item], other_left: list[str],
                      other_text: str, names: dict[int, tuple[str, ...]]) -> list[str]:
    """``months`` of one side less those the other side answers: by its months,
    its month names (``names`` in ``other_text``), or a number outside its dates
    that it has left over (``other_left``, from which that number is removed)."""
    left = months - Counter(v for v, _, _, kind in other if kind == "month")
    if not left:
        return []  # most units: no need to read the other side's words
    named = named_months(other_text, names)
    loose = {v for v, _, _, kind in other if kind == "number"}
    out = []
    for value in left.elements():
        if value in named:
            continue
        if value in loose and value in other_left:
            other_left.remove(value)
            continue
        out.append(value)
    return out


# A month name is a date's when a number stands just before it (``5 de marzo``,
# ``5. März``, ``5th of May``) or just after it (``May 5``, ``marzo de 2024``, ``Jan. 3``):
# elsewhere ``may`` and ``march`` are English verbs.
_NUMBER_BEFORE = re.compile(r"\d{1,4}(?:\.|º|ª|er|st|nd|rd|th)?\s*(?:de\s+|del\s+|of\s+)?$")
_NUMBER_AFTER = re.compile(r"\.?,?\s*(?:de\s+|del\s+|of\s+)?\d")


# A year right after a month (``mar 2024``, ``mar. de 2024``): with no comma between.
_YEAR_AFTER = re.compile(r"\.?\s*(?:de\s+|del\s+)?(?:1\d\d\d|20\d\d)(?!\d)")


# A capitalised word and a particle before a month: a place's name (Rio de Janeiro,
# RIO DE JANEIRO, Plaza de Mayo), not a date's.
_NAME_BEFORE = re.compile(r"(?<![\w])([^\W\d_])[^\W\d_]*\s+(?:de|do|da|dos|das|del|di)\s+$",
                          re.IGNORECASE)


def _in_name(text: str, start: int) -> bool:
    """Whether the month name at ``start`` follows a capitalised word and a particle
    (``Rio de Janeiro``)."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).isupper()


def _written(text: str, plain: str) -> Callable[[int, int], str]:
    """A span of ``plain`` (``text`` lower-cased and without accents) as ``text`` writes
    it: its vowel marks and madda kept (``أُجري``, ``آذار``, not ``اذار``)."""
    if len(plain) == len(text):
        return lambda start, end: text[start:end]
    origin = folded_origins(text, plain)
    if origin is None:  # a fold across characters: the plain form
        return lambda start, end: plain[start:end]

    def span(start: int, end: int) -> str:
        stop = origin[end - 1] + 1
        while stop < len(text) and not strip_accents(text[stop].lower()):
            stop += 1  # the marks on its last letter
        return text[origin[start]:stop]
    return span


def dated_months(text: str, names: dict[int, tuple[str, ...]],
                 after_day: frozenset[str] = frozenset(),
                 joins: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The months ``text`` names in a date, by ``names``: (month, the name as written).
    A name in ``after_day`` (a word too: Spanish ``mar``, the sea) is a month only
    after a day or before a year (``3 mar``, ``mar 2024``), as is one in a place's name
    (``RIO DE JANEIRO, 14 Out``: :func:`_in_name`).  Two names of one month joined by
    one of ``joins`` (Arabic ``آذار/مارس``, spaced or not) are the month once."""
    if not names:
        return []
    month_of = {w: str(month) for month, ws in names.items() for w in ws}
    plain = strip_accents(text.lower())
    written = _written(text, plain)
    found: list[tuple[str, str]] = []
    last = None  # the month found last and where its name ends
    for m in _WORD.finditer(plain):
        month = month_of.get(m.group())
        if month is None:
            continue
        if last is not None and last[0] == month and plain[last[1]:m.start()].strip() in joins:
            last = None  # the other name of the month just named: آذار/مارس
            continue
        before = _NUMBER_BEFORE.search(plain, max(0, m.start() - 12), m.start())
        after = (_YEAR_AFTER if m.group() in after_day or _in_name(text, m.start())
                 else _NUMBER_AFTER).match(plain, m.end(), m.end() + 12)
        if before or after:
            found.append((month, written(m.start(), m.end())))
            last = (month, m.end())
    return found


def unnamed_months(months: list[tuple[str, str]], other: list[tuple[str, str]],
                   other_items: Sequence[Item]) -> list[str]:
    """The names of ``months`` (a date's month names on one side) that the other side
    names in none of its dates (``other``) and writes in none of its numeric dates:
    ``5 de marzo`` / ``May 5``.  Compared only when both sides name a date's month."""
    if not months or not other:
        return []
    answered = Counter(m for m, _ in other) + Counter(
        v for v, _, _, kind in other_items if kind == "month")
    out = []
    for month, written in months:
        if answered[month]:
            answered[month] -= 1
        else:
            out.append(written)
    return out


def cancel_short_years(missing: list[str], extra: list[str]) -> None:
    """Drop pairs of a year and its two-digit short form (``1973`` / ``’73``), in place."""
    for longs, shorts in ((missing, extra), (extra, missing)):
        for year in [v for v in longs if YEAR.fullmatch(v)]:
            short = str(int(year[2:]))
            if short in shorts:
                longs.remove(year)
                shorts.remove(short)
