"""Times on the 12-hour clock for number-mismatch: ``2:30 pm`` is ``14.30 h``.

English (and Latin American Spanish) writes ``2:30 pm``, ``2.30 p.m.``, ``11 a.m.``
where other texts write the 24-hour ``14.30 h`` or ``14:30``.  Such a time's hour
is read on the 24-hour clock (``2 pm`` is 14, ``12:15 a.m.`` is 0), or as written
where the other side writes it so (``las 2.30 de la tarde``); its minutes are a
number as any other, and a dot between hour and minutes is the time's, not a
decimal point (``2.30 p.m.`` is not 2.3).
"""

from __future__ import annotations

import re

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
