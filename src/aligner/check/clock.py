"""Times on the 12-hour clock for number-mismatch: ``2:30 pm`` is ``14.30 h``.

English (and Latin American Spanish) writes ``2:30 pm``, ``2.30 p.m.``, ``11 a.m.``
where other texts write the 24-hour ``14.30 h`` or ``14:30``.  Such a time's hour
is read on the 24-hour clock (``2 pm`` is 14, ``12:15 a.m.`` is 0), or as written
where the other side writes it so (``las 2.30 de la tarde``); its minutes are a
number as any other, and a dot between hour and minutes is the time's, not a
decimal point (``2.30 p.m.`` is not 2.3).

A time on the hour may leave its minutes unwritten: ``9:00`` is the hour 9 with
or without its ``00`` (:func:`zero_minutes`), whichever the other side writes
(``9 Uhr``, ``9時``).  Chinese and Japanese write the half hour after the hour's
counter (``17時半``, ``9点半``): that ``半`` is 30 minutes (:func:`half_hours`); after
another counter it is a half of the number (``两年半``, 2.5: :func:`counter_halves`).

Other languages write the 12-hour clock with a word for the part of the day: Hindi
``रात ८:००`` ("night 8:00"), Bengali ``রাত ৮টা``, Tamil ``இரவு 8:00``, before the
time, Swahili ``saa 2:00 usiku`` after it.  An hour of 1-11 right beside a word of
the language's ``evening`` list (its ``numbers.tsv``: afternoon, evening and night) is
read as written or 12 more, whichever the other side writes
(:func:`day_period_hours`); a morning needs no word.  Swahili counts the hours from
six, dawn and dusk (``saa 2`` is 8 o'clock): an hour after a word of its
``clock_hour`` list is also read ``clock_shift`` hours on, and then, beside an
evening word, 12 more (``saa 2:00 usiku`` is 20:00, ``saa 2:00 asubuhi`` 8:00).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.textutil import MARKS

# hour, optional minutes after ":" or ".", then am/pm in any case, dotted or not,
# spaced or not (pm, PM, p.m., p. m.); the "m" ends a word (2 pmol is no time)
_TWELVE_HOUR = re.compile(
    r"(?<![\d.,:])(1[0-2]|0?[1-9])(?:([:.])([0-5]\d))?[ \u00a0\u202f]?([ap])\.?[ \u00a0\u202f]?m\b",
    re.IGNORECASE)


def twelve_hour_times(text: str) -> list[re.Match[str]]:
    """The 12-hour times of ``text`` (groups: hour, separator, minutes, ``a`` or ``p``)."""
    if "m" not in text and "M" not in text:
        return []
    return list(_TWELVE_HOUR.finditer(text))


def with_time_colons(text: str, times: list[re.Match[str]]) -> str:
    """``text`` with the dot of each time (``2.30 p.m.``) a colon: same length."""
    for m in times:
        if m.group(2) == ".":
            text = text[:m.start(2)] + ":" + text[m.end(2):]
    return text


def hours(times: list[re.Match[str]]) -> dict[int, tuple[str, str]]:
    """Per start of a time's hour, the hour on the 24-hour clock and as written, where
    they differ (``2 pm``: 14 and 2; ``12 am``: 0 and 12)."""
    found = {}
    for m in times:
        written = int(m.group(1))
        pm = m.group(4).lower() == "p"
        hour = (written % 12) + (12 if pm else 0)
        if hour != written:
            found[m.start(1)] = (str(hour), str(written))
    return found


# hh:00, not a longer time (10:00:30) nor a ratio's or a score's digits after a dot
_ZERO_MINUTES = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3]):(00)(?!\d|:\d|[.,]\d)")


def zero_minutes(text: str) -> list[int]:
    """The starts of the ``00`` of each time on the hour in ``text`` (``9:00``)."""
    if ":00" not in text:
        return []
    return [m.start(1) for m in _ZERO_MINUTES.finditer(text)]


def half_hours(text: str, ends: list[int], hours: tuple[str, ...],
               halves: tuple[str, ...]) -> list[tuple[str, int, int, str]]:
    """A number of 30 minutes for each half hour of ``text``: a word of ``halves``
    (``半``) right after a word of ``hours`` (``時``, ``点``) right after a number,
    which ends at one of ``ends``.  ``17時半`` is 17:30; ``1時間半``, an hour and a
    half, is no time."""
    found = []
    for end in ends:
        hour = next((w for w in hours if text.startswith(w, end)), None)
        if hour is None:
            continue
        half = next((w for w in halves if text.startswith(w, end + len(hour))), None)
        if half is not None:
            start = end + len(hour)
            found.append(("30", start, start + len(half), "number"))
    return found


def counter_halves(text: str, found: list[tuple[str, int, int, str]],
                   counters: tuple[str, ...], hours: tuple[str, ...],
                   halves: tuple[str, ...]) -> list[tuple[str, int, int, str]]:
    """``found`` (value, start, end, kind), a number with a half after its counter made
    N.5, its span to the half: ``两年半``, ``两个半月``, ``2年半``, ``1時間半`` (2.5, 2.5,
    2.5, 1.5); not after an hour word, whose half is 30 minutes (:func:`half_hours`:
    ``17時半``)."""
    counters = tuple(sorted(counters, key=len, reverse=True))  # 時間 before 時
    result = []
    for value, start, end, kind in found:
        counter = next((w for w in counters if text.startswith(w, end)), "")
        half = next((h for h in halves if text.startswith(h, end + len(counter))), None)
        if kind == "number" and counter and half and counter not in hours and value.isdigit():
            value, end = f"{value}.5", end + len(counter) + len(half)
        result.append((value, start, end, kind))
    return result


@cache
def _period_words(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of ``words`` ending right before a number, and one after a time."""
    names = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return (re.compile(rf"(?<![\w{MARKS}])(?:{names})\s+$", re.IGNORECASE),
            re.compile(rf"(?::[0-5]\d)?\s*(?:{names})(?![\w{MARKS}])", re.IGNORECASE))


def day_period_hours(text: str, numbers: Sequence[tuple[str, int, int]],
                     lists: dict[str, tuple[str, ...]]) -> list[tuple[str, list[str]]]:
    """Per hour of ``numbers`` (value, start, end) in ``text`` that reads other ways (the
    module docstring), the hour and its other readings; ``lists``: the language's
    ``evening``, ``clock_hour`` and ``clock_shift`` lists."""
    evening, clock = lists.get("evening", ()), lists.get("clock_hour", ())
    if not evening and not clock:
        return []
    shift = int(lists.get("clock_shift", ("0",))[0])
    before, after = _period_words(evening) if evening else (None, None)
    counted = _period_words(clock)[0] if clock else None
    found = []
    for value, start, end in numbers:
        if not value.isdigit() or not 1 <= int(value) <= 12:
            continue
        hours = [int(value)]
        if counted is not None and counted.search(text, max(0, start - 12), start):
            hours.append((int(value) + shift - 1) % 12 + 1)  # saa 2 is 8 o'clock
        if before is not None and after is not None and (
                before.search(text, max(0, start - 16), start) or after.match(text, end)):
            hours += [h + 12 for h in hours if h < 12]
        if len(hours) > 1:
            found.append((value, [str(h) for h in hours[1:]]))
    return found
