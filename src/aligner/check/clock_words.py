"""Clock times in digits that the other side tells in words, for number-mismatch.

A novel writes ``à 21 h`` or ``à 8 h 15`` where its translation says ``at nine
o'clock`` or ``at a quarter past eight``: the same time, yet ``21`` and ``15`` are no
number the other side writes.  A time in digits -- an hour with ``h`` and perhaps its
minutes (``21 h``, ``21 h 30``, ``8h15``), ``21:00``, a 12-hour time (``9 p.m.``), or
an hour in digits in one of the language's clock phrases (``21 Uhr``, ``las 9``) -- whose
time the other side tells in words is answered by those words; the hour compares on
the 12-hour clock (``21 h`` is nine, in the evening or not), the minutes as the phrase
says them.  A time the other side tells otherwise (``21 h`` / ``ten o'clock``) keeps its
numbers, and number-mismatch reports them.

The phrases are the ``[times]`` section of a language's ``clock.txt``, one a line: the
minutes the phrase says, then the phrase with ``H`` for the hour, a number word of 1-12
of its ``numbers.tsv`` (or digits): ``0 H o'clock``, ``15 quarter past H``, ``30 half
past H``; minutes below zero count back from the hour (``-15 quarter to H`` is 8:45 for
``quarter to nine``, German ``-30 halb H`` 8:30 for ``halb neun``).  The longest phrase
that fits is read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from aligner.check.clock import twelve_hour_times
from aligner.check.dates import Item
from aligner.check.folding import strip_accents
from aligner.lang import CLOCK_DATA, get_profile
from aligner.lang.base import data_sections

Run = tuple[Counter[str], list[Counter[str]]]

SECTIONS = ("times",)
_HOUR = "H"
# an hour of 0-23 and h, perhaps its minutes (21 h, 21 h 30, 8h15, 21h00); or hh:mm
_DIGIT_TIME = re.compile(
    r"(?<![\d.,:])([01]?\d|2[0-3])(?:[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?([0-5]\d))?"
    r"(?![^\W\d_])|:([0-5]\d)(?![\d:]|[.,]\d))")


def parse_clock(text: str, *, name: str) -> list[tuple[int, str]]:
    """The phrases of a ``clock.txt``: (minutes, phrase with ``H``); ``ValueError``
    naming ``name`` and the entry for one without minutes or without ``H``."""
    phrases = []
    for entry in data_sections(text, name=name, known=SECTIONS).get("times", ()):
        minutes, _, phrase = entry.partition(" ")
        if not re.fullmatch(r"-?\d+", minutes) or _HOUR not in phrase.split():
            raise ValueError(f"{name}: {entry!r}: minutes, then a phrase with {_HOUR}")
        phrases.append((int(minutes), phrase))
    return phrases


#: A language's number words of 1-12 (folded) and their values, as its ``numbers.tsv``
#: gives them (the caller reads them: :mod:`aligner.check.numbers` reads this module).
HourWords = tuple[tuple[str, int], ...]
_IN_DIGITS = r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?!\d)"
_EDGES = r"(?<![^\W\d_])", r"(?![^\W\d_])"


@cache
def _phrases(lang: str, hours: HourWords
             ) -> tuple[tuple[re.Pattern[str], re.Pattern[str], int], ...]:
    """Each clock phrase of ``lang``, longest first: as read with an hour in words (on
    the text folded), with an hour in digits, and its minutes."""
    text = get_profile(lang).data_text(CLOCK_DATA)
    if text is None or not hours:
        return ()
    names = "|".join(map(re.escape, sorted((w for w, _ in hours), key=len, reverse=True)))
    out = []
    for minutes, phrase in sorted(parse_clock(text, name=f"{lang}/{CLOCK_DATA}"),
                                  key=lambda mp: len(mp[1]), reverse=True):
        parts = ["(?P<h>\0)" if w == _HOUR else re.escape(strip_accents(w.lower()))
                 for w in phrase.split()]
        body = r"[ \u00a0\u202f]+".join(parts)
        out.append((re.compile(_EDGES[0] + body.replace("\0", f"(?:{names})") + _EDGES[1]),
                    re.compile(_EDGES[0] + body.replace("\0", _IN_DIGITS) + _EDGES[1],
                               re.IGNORECASE), minutes))
    return tuple(out)


def _time(hour: int, minutes: int) -> tuple[int, int]:
    """A time on the 12-hour clock: (hour 0-11, minutes 0-59)."""
    total = (hour * 60 + minutes) % (12 * 60)
    return total // 60, total % 60


def word_times(text: str, lang: str, hours: HourWords) -> set[tuple[int, int]]:
    """The times ``text`` tells in words (:func:`_time`); ``hours``: its number words."""
    phrases = _phrases(lang, hours)
    if not phrases:
        return set()
    folded = strip_accents(text.lower())
    values = dict(hours)
    taken: list[tuple[int, int]] = []
    found = set()
    for words, _, minutes in phrases:
        for m in words.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            found.add(_time(values[m.group("h")], minutes))
    return found


def _digit_times(digits: str, lang: str, hours: HourWords
                 ) -> list[tuple[tuple[int, int], int, int]]:
    """The times ``digits`` writes in digits: (:func:`_time`, start, end)."""
    times = [(_time(int(m.group(1)), int(m.group(2) or m.group(3) or 0)), m.start(), m.end())
             for m in _DIGIT_TIME.finditer(digits)]
    for m in twelve_hour_times(digits):  # 9 p.m., 9:30 pm
        times.append((_time(int(m.group(1)), int(m.group(3) or 0)), m.start(), m.end()))
    for _, in_digits, minutes in _phrases(lang, hours):  # 21 Uhr, las 9
        for m in in_digits.finditer(digits):
            times.append((_time(int(m.group("h")), minutes), m.start(), m.end()))
    return times


def clock_runs(digits: str, found: list[Item], other: str,
               sides: tuple[tuple[str, HourWords], tuple[str, HourWords]]) -> list[Run]:
    """The numbers of each time ``digits`` writes in digits that ``other`` tells in words
    (``21 h`` / ``nine o'clock``), read as they are and as nothing; ``sides``: the
    language of each side and its number words of 1-12."""
    (lang, hours), (other_lang, other_hours) = sides
    told = word_times(other, other_lang, other_hours)
    if not told:
        return []
    runs: list[Run] = []
    seen: set[tuple[int, int]] = set()
    for time, start, end in _digit_times(digits, lang, hours):
        if time not in told or (start, end) in seen:
            continue
        seen.add((start, end))
        own = Counter(v for v, s, e, kind in found
                      if start <= s and e <= end and kind == "number")
        if own:
            runs.append((own, [Counter()]))
    return runs
