"""date-order: a numeric date whose day and month the target gives the other way round.

``El Contrato entrará en vigor el 01/04/2025.`` / ``The Agreement shall enter into force
on 04/01/2025.``: both sides have the numbers 1, 4 and 2025, and number-mismatch reads
each date the way that best fits the other side (English may write the month first),
so it is silent; yet a British or a sworn translation's reader takes the target for 4
January.  Here each side's dates are read as that side's reader reads them:

* day first, as most languages write them (and every date with dots, ``01.04.2025``);
* month first where the language lists ``md`` in its ``date_order`` line and the
  region of the side's tag is one of its ``month_first`` regions (``en-US``: the
  ``numbers.tsv`` of English); a bare ``en``, ``en-GB``, ``en-IE`` read day first;
* and whatever the tag, as the side's own dates show it writes: a side whose dates
  include one that reads only month first (``03/15/2025``) and none that reads only
  day first is read month first, and the other way round (a US text tagged ``en``).

A source date whose day and month the target's date has swapped -- both 12 or under,
so both readable, and not equal -- is reported, unless the target has the source's
date as well (or the source the target's): a warning, saying how each side reads:
``the source's '01/04/2025' is 1 April 2025 (es: day first); the target's '04/01/2025'
is 4 January 2025 (en: day first; en-US writes the month first): day and month
swapped?``.
A date that differs otherwise is number-mismatch's, and so is a swapped one between two
languages that both write the day first (``03/06/2025`` / ``06/03/2025`` in French and
German: a month differs): only where a side may write the month first does
number-mismatch read a date whichever way fits (or, on a side that writes the month
first, month first where the other side's date is in digits too: :mod:`.date_sides`), and
leave the swap to this check.  German ``01.03.2025`` / en-US ``01/03/2025`` is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.date_sides import day_month_dates, reads_month_first, region
from aligner.check.number_table import number_words
from aligner.model import Finding

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

#: A date as (day, month, year), the year as written.
_Date = tuple[int, int, str]


@cache
def _month_first_regions(lang: str) -> tuple[str, ...]:
    """The regions whose ``lang`` writes a date month first, from its ``numbers.tsv``."""
    lists = number_words(lang).lists
    if "md" not in lists.get("date_order", ()):
        return ()
    return tuple(r.upper() for r in lists.get("month_first", ()))


def _side_order(lang: str, texts: Iterator[str]) -> tuple[bool, str]:
    """Whether a side reads its dates month first, and how the message says so
    (``en: day first; en-US writes the month first``)."""
    regions = _month_first_regions(lang)
    month_first = region(lang) in regions
    order = "month first" if month_first else "day first"
    said = reads_month_first(lang, regions, texts)
    if said is not None and said != month_first:  # its own dates say otherwise
        month_first = said
        order = f"{'month' if month_first else 'day'} first, as its other dates"
    if regions and not month_first and region(lang) not in regions:
        order += f"; {re.split(r'[-_]', lang)[0]}-{regions[0]} writes the month first"
    return month_first, f"{lang}: {order}"


def _read(a: int, b: int, year: str, month_first: bool) -> _Date | None:
    """The day, month and year of a date written ``a``, ``b``, ``year``."""
    day, month = (b, a) if month_first else (a, b)
    return (day, month, year) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _said(date: _Date) -> str:
    return f"{date[0]} {_MONTHS[date[1] - 1]} {date[2]}"


def check_date_order(ctx: Context) -> Iterator[Finding]:
    if not (_month_first_regions(ctx.src_lang) or _month_first_regions(ctx.tgt_lang)):
        return  # both sides day first: a swapped date is number-mismatch's
    units = [(u, unit) for u, unit in translated_units(ctx)
             if day_month_dates(unit.source) and day_month_dates(unit.target)]
    if not units:
        return
    src_first, src_why = _side_order(ctx.src_lang, (unit.source for unit in ctx.units))
    tgt_first, tgt_why = _side_order(ctx.tgt_lang, (unit.target for unit in ctx.units))
    for u, unit in units:
        src = [(_read(a, b, y, src_first and not dot), w)
               for a, b, y, w, dot in day_month_dates(unit.source)]
        tgt = [(_read(a, b, y, tgt_first and not dot), w)
               for a, b, y, w, dot in day_month_dates(unit.target)]
        src_read = {d for d, *_ in src}
        tgt_read = {d for d, *_ in tgt}
        for date, written in src:
            if date is None or date in tgt_read or date[0] == date[1] or date[0] > 12:
                continue
            swapped = (date[1], date[0], date[2])
            other = next((t for t in tgt if t[0] == swapped and swapped not in src_read), None)
            if other is None:
                continue
            span = unit.target.find(other[1])
            yield Finding(
                code="date-order", severity=ctx.severity("date-order"), unit=u,
                message=f"the source's {written!r} is {_said(date)} ({src_why}); the "
                        f"target's {other[1]!r} is {_said(swapped)} ({tgt_why}): day and "
                        "month swapped?",
                expected=(written,), found=other[1],
                src_span=(s := unit.source.find(written), s + len(written)),
                tgt_span=(span, span + len(other[1])))
