"""number-mismatch's message for a date that differs: the dates, not their numbers.

``Your next invoice is due on March 5, 2026.`` / ``您的下一张账单将于 2026年5月3日到期。``:
number-mismatch counts the numbers and says ``3 not in the source``, which hides that
the target's date is 3 May, not 5 March.  Where each side writes one date with its day
and month, the two differ, and every number missing and added is that date's day or
month, the message names the dates instead: ``dates differ: 5 March 2026 in the
source, 3 May 2026 in the target``.  A date is read

* in Chinese, Japanese or Korean characters: ``2026年3月5日``, ``3月5日``, ``2026년 3월 5일``;
* with a month's name of the side's language (the ``m`` lines of its ``numbers.tsv``)
  after or before its day: ``5 de marzo de 2026``, ``5. März``, ``March 5, 2026``,
  ``the 5th of March``;
* in digits (:func:`aligner.check.dates.find_dates`): year first (``2026-03-05``), with
  dots day first (``05.03.2026``), and otherwise day first, or month first on a side
  whose tag names a region that writes the month first (``en-US``: ``03/05/2026`` is
  5 March there and 3 May in ``en-GB`` or ``en``).

A side with no such date, or with two, keeps the counted message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.check.date_sides import region
from aligner.check.dates import find_dates
from aligner.check.folding import strip_accents
from aligner.check.number_table import number_words
from aligner.textutil import ascii_digits

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CJK = re.compile(r"(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]")
_ORDINAL = r"(?:st|nd|rd|th|er|º|°|\.)?"

#: A date read: day, month and the year as written (empty without one).
Date = tuple[int, int, str]


@cache
def _named(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A pattern of a day beside a month's name of ``lang`` (folded, lower case)."""
    months = number_words(lang).months
    month_of = {w: m for m, ws in months.items() for w in ws}
    if not month_of:
        return None
    name = "|".join(sorted(map(re.escape, month_of), key=len, reverse=True))
    day = rf"(?<!\d)(\d{{1,2}}){_ORDINAL}"
    year = r"(?:,?\s+(?:de\s+|del\s+|of\s+)?(\d{4}))?"
    return re.compile(
        rf"{day}\s+(?:de\s+|of\s+)?(?P<a>{name})\b\.?{year}"
        rf"|\b(?P<b>{name})\b\.?\s+(?:the\s+)?(\d{{1,2}}){_ORDINAL}(?!\d){year}"), month_of


def _month_first(lang: str) -> bool:
    lists = number_words(lang).lists
    regions = {r.upper() for r in lists.get("month_first", ())}
    return "md" in lists.get("date_order", ()) and region(lang) in regions


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def dates_of(text: str, lang: str) -> list[Date]:
    """The dates with a day and a month that ``text`` writes, in ``lang``."""
    digits = ascii_digits(text)
    found: list[tuple[int, Date]] = []
    taken: list[tuple[int, int]] = []
    for m in _CJK.finditer(digits):
        found.append((m.start(), (int(m.group(3)), int(m.group(2)), m.group(1) or "")))
        taken.append(m.span())
    named = _named(lang)
    if named is not None:
        pattern, month_of = named
        plain = strip_accents(digits.lower())
        if len(plain) == len(digits):  # positions kept
            for m in pattern.finditer(plain):
                if m.group("a"):
                    day, month, year = m.group(1), month_of[m.group("a")], m.group(3)
                else:
                    day, month, year = m.group(5), month_of[m.group("b")], m.group(6)
                found.append((m.start(), (int(day), month, year or "")))
                taken.append(m.span())
    first = _month_first(lang)
    for d in find_dates(digits):
        if any(s < d.end and d.start < e for s, e in taken):
            continue
        (a, _, _), (b, _, _), (c, _, _) = d.numbers
        if len(a) == 4:  # year first
            day, month, year = int(c), int(b), a
        elif first and "." not in digits[d.start:d.end]:
            day, month, year = int(b), int(a), c
        else:
            day, month, year = int(a), int(b), c
        found.append((d.start, (day, month, year)))
    return [date for _, date in sorted(found) if _valid(date[0], date[1])]


def _said(date: Date) -> str:
    return " ".join(filter(None, (str(date[0]), _MONTHS[date[1] - 1], date[2])))


def dates_differ(source: str, target: str, langs: tuple[str, str],
                 missing: Sequence[str], extra: Sequence[str]) -> str | None:
    """``dates differ: 5 March 2026 in the source, 3 May 2026 in the target`` where each
    side writes one date, they differ in day or month, and each number ``missing`` is
    the source date's day or month and each ``extra`` the target date's; else None."""
    if not (missing or extra):
        return None
    src, tgt = dates_of(source, langs[0]), dates_of(target, langs[1])
    if len(src) != 1 or len(tgt) != 1:
        return None
    (s,), (t,) = src, tgt
    if s[:2] == t[:2] or (s[2] and t[2] and s[2] != t[2]):
        return None
    if not (set(missing) <= {str(s[0]), str(s[1])} and set(extra) <= {str(t[0]), str(t[1])}):
        return None
    return f"dates differ: {_said(s)} in the source, {_said(t)} in the target"
