"""Bibliography entries in author-date form: one unit each, whatever their stops.

A line that opens as a reference entry -- a capitalised surname, a comma, given
names or initials (perhaps ``, ed.``), a period, a year (perhaps with a letter)
and its period (``Moulian, Tomás. 1997. Chile actual…``, ``Garcés, Joan E. 1976.``,
``Winn, Peter, ed. 2004.``), or a run of dashes standing for the last author
(``———. 1998.``) -- is an entry of a bibliography, and the stops inside it (after
the name, the year, the title, the place) end no sentence.  Prose never opens a
line so, and the rule needs no word list: it is the same in every language.
"""

from __future__ import annotations

import re

_NAME = r"[^\W\d_][\w'\u2019-]*"
_GIVEN = rf"(?:{_NAME}\.?|[^\W\d_]\.)"
_ENTRY = re.compile(
    rf"(?:(?P<surname>{_NAME}(?: {_NAME})?), {_GIVEN}(?: {_GIVEN}){{0,3}}(?:, eds?\.)?"
    r"|[\u2014\u2013-]{2,}\.?)"
    r"(?<=\.) (?:1[5-9]|20)\d\d[a-z]?\. \S")
_LINE_START = re.compile(r"(?:\r\n?|\n)[ \t]*")
_BREAK = re.compile(r"[\r\n]")


def entry_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(a, b)`` of each line of ``text[start:end]`` that is an author-date entry, to
    its line break or the region's end."""
    if text.find(". ", start, end) < 0:
        return []
    spans: list[tuple[int, int]] = []
    for a in (start, *(m.end() for m in _LINE_START.finditer(text, start, end))):
        m = _ENTRY.match(text, a, end)
        if m is None or (m.group("surname") is not None and not text[a].isupper()):
            continue
        nl = _BREAK.search(text, a, end)  # "\r\n" too: its CR ends the entry
        spans.append((a, end if nl is None else nl.start()))
    return spans
