"""Which way a side of a document writes its numeric dates: day or month first.

English writes a date in digits both ways (``03/15/2025`` in the US, ``15/03/2025`` in
Britain), so ``03/01/2025`` is 1 March or 3 January.  A side says which where its tag's
region is one of the language's ``month_first`` regions (``en-US``), or where its own
dates do: one that reads only month first (``03/15/2025``) and none that reads only
day first.  Dates of dots (``01.03.2025``) are always day first and say nothing about
the others.  Read by date-order (:mod:`aligner.check.date_order`), and by number-mismatch,
which reads such a side's dates month first only, not whichever way fits the other side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from aligner.check.dates import NumericDate, find_dates
from aligner.textutil import ascii_digits

# a numeric date of slashes or hyphens, day and month first in some order (not 2024-04-01,
# whose order is fixed); with dots (01.04.2025) always day first
_AMBIGUOUS = re.compile(r"\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d\d)")
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)")

#: A numeric date as written: the first number, the second, the year, the text, and
#: whether it has dots (day first).
Written = tuple[int, int, str, str, bool]


def region(tag: str) -> str | None:
    """The region of a language tag (``US`` of ``en-US``, ``en_us``, ``en-Latn-US``)."""
    for part in re.split(r"[-_]", tag)[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            return part.upper()
    return None


def day_month_dates(text: str) -> list[Written]:
    """The numeric dates of ``text`` whose day and month come first, in either order
    (slashes, hyphens) or day first (dots)."""
    digits = ascii_digits(text)
    out = []
    for d in find_dates(digits):
        written = digits[d.start:d.end]
        dotted = _DOTTED.fullmatch(written) is not None
        if dotted or _AMBIGUOUS.fullmatch(written):
            (a, _, _), (b, _, _), (year, _, _) = d.numbers
            out.append((int(a), int(b), year, text[d.start:d.end], dotted))
    return out


def written_order(texts: Iterable[str]) -> str | None:
    """``"md"`` where the dates of ``texts`` include one of slashes or hyphens that reads
    only month first (``03/15/2025``) and none only day first, ``"dm"`` the other way
    round, None where they say neither."""
    only_md = only_dm = False
    for text in texts:
        for a, b, _, _, dotted in day_month_dates(text):
            if not dotted:
                only_md |= b > 12 >= a
                only_dm |= a > 12 >= b
    if only_md == only_dm:
        return None
    return "md" if only_md else "dm"


def reads_month_first(tag: str, month_first_regions: Sequence[str],
                      texts: Iterable[str]) -> bool | None:
    """Whether a side tagged ``tag`` reads its dates month first (True), day first
    (False), or may read them either way (None: a language that writes neither first
    alone, a tag without a month-first region and dates that do not say)."""
    if not month_first_regions:
        return False
    said = written_order(texts)
    if said is not None:
        return said == "md"
    return True if region(tag) in month_first_regions else None


# a reading of a NumericDate, (index of the day, index of the month): month first
_MONTH_FIRST = (1, 0)


def month_first_only(dates: list[NumericDate]) -> list[NumericDate]:
    """``dates`` read month first where they may be (``03/01/2025``: 1 March, not also
    3 January); a date of dots or with its year first keeps its one reading."""
    return [replace(d, readings=(_MONTH_FIRST,)) if len(d.numbers) == 3
            and _MONTH_FIRST in d.readings else d for d in dates]
