"""Bibliography entries: one unit each, whatever their stops.

A line that opens as an author-date entry -- a capitalised surname, a comma, given
names or initials (perhaps ``, ed.``), a period, a year (perhaps with a letter)
and its period (``Moulian, Tomás. 1997. Chile actual…``, ``Garcés, Joan E. 1976.``,
``Winn, Peter, ed. 2004.``), or a run of dashes standing for the last author
(``———. 1998.``) -- is an entry of a bibliography, and the stops inside it (after
the name, the year, the title, the place) end no sentence.  Prose never opens a
line so, and the rule needs no word list: it is the same in every language.

Two more shapes are entries only inside a bibliography, since prose may open or end a
line so now and then:

* a corporate author -- capitalised words, perhaps with short lower-case particles,
  no comma -- then its period, a year and its period, and a title and its stop before
  more (``Banco Central de Chile. 1974. Informe anual. Santiago: BCCh.``, ``CEPAL.
  1973. Estudio económico de América Latina. Santiago.``, ``U.S. Senate. 1975. …``);
* a personal author as above, then a title and its stop, the rest, and the year last
  after a comma (``Garcés, Joan E. Allende y la experiencia chilena. Barcelona: Ariel,
  1976.``).

A line is inside a bibliography when the nearest line with text before it is an entry
of any shape or one of the language's ``[bibliographies]`` headings (``Bibliografía``,
``Works cited``), or the nearest line with text after it is an entry of any shape: a
run of entries, or one under its heading.  The neighbours are looked for in the whole
text, past the region split (a bibliography's entries are often a paragraph each).
"""

from __future__ import annotations

import re

_NAME = r"[^\W\d_][\w'\u2019-]*"
_GIVEN = rf"(?:{_NAME}\.?|[^\W\d_]\.)"
_AUTHOR = rf"(?P<surname>{_NAME}(?: {_NAME})?), {_GIVEN}(?: {_GIVEN}){{0,3}}(?:, eds?\.)?"
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_ENTRY = re.compile(rf"(?:{_AUTHOR}|[\u2014\u2013-]{{2,}}\.?)(?<=\.) {_YEAR}\. \S")
# A personal author, a period and more: the opening of an entry with its year last.
_AUTHOR_OPENING = re.compile(rf"{_AUTHOR}(?<=\.) \S")
_YEAR_LAST = re.compile(rf", {_YEAR}\.[ \t]*$")
# The first period, year and period on a line: after a corporate author's name.
_NAME_YEAR = re.compile(rf"\. {_YEAR}\. \S")
_ANY_YEAR = re.compile(rf"[.,] {_YEAR}\.")
# A lower-case word a corporate name may hold (de, of, para, and, y, für): at most four
# letters; "&" too.
_PARTICLE = re.compile(r"[^\W\d_]{1,4}|&")
_MAX_NAME_WORDS = 10
_LINE_START = re.compile(r"(?:\r\n?|\n)[ \t]*")
_BREAK = re.compile(r"[\r\n]")


def entry_spans(text: str, start: int, end: int,
                headings: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """``(a, b)`` of each line of ``text[start:end]`` that is a bibliography entry, to
    its line break or the region's end; ``headings`` are the language's
    ``[bibliographies]`` (lower case)."""
    if text.find(". ", start, end) < 0:
        return []
    # the shapes read only inside a bibliography need a year after ". " or ", "
    shapes = _ANY_YEAR.search(text, start, end) is not None
    spans: list[tuple[int, int]] = []
    for a in (start, *(m.end() for m in _LINE_START.finditer(text, start, end))):
        b = _line_end(text, a, end)
        if not _author_date(text, a, b) and not (
                shapes and _entry_in_bibliography(text, a, b)
                and _in_bibliography(text, a, _line_end(text, a, len(text)), headings)):
            continue
        spans.append((a, b))
    return spans


def _line_end(text: str, a: int, end: int) -> int:
    """Where the line that starts at ``a`` ends (its break, or ``end``)."""
    m = _BREAK.search(text, a, end)
    return end if m is None else m.start()


def _author_date(text: str, a: int, b: int) -> bool:
    """An author-date entry (or one by the last author's dashes) opens at ``a``."""
    m = _ENTRY.match(text, a, b)
    return m is not None and (m.group("surname") is None or text[a].isupper())


def _entry_in_bibliography(text: str, a: int, b: int) -> bool:
    """The line ``text[a:b]`` has the shape of a corporate author's entry or of one with
    its year last (an entry only inside a bibliography)."""
    if a >= b or not text[a].isupper():
        return False
    if _AUTHOR_OPENING.match(text, a, b):
        last = _YEAR_LAST.search(text, a, b)
        # the author's stop and a title's before the year ("Garcés, Joan E. Allende y la
        # experiencia chilena. Barcelona: Ariel, 1976.")
        return last is not None and text.count(". ", a, last.start()) >= 2
    m = _NAME_YEAR.search(text, a, b)
    if m is None or text.find(". ", m.end(), b) < 0:
        return False  # a title and its stop after the year, then the place
    name = text[a:m.start()]
    words = name.split(" ")
    return ("," not in name and len(words) <= _MAX_NAME_WORDS and words[-1][:1].isupper()
            and all(w[:1].isupper() or _PARTICLE.fullmatch(w) for w in words))


def _in_bibliography(text: str, a: int, b: int, headings: frozenset[str]) -> bool:
    """The line ``text[a:b]`` follows an entry or a bibliography's heading, or goes
    before an entry (its nearest lines with text, anywhere in ``text``)."""
    p = a
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if p > 0:
        q = max(text.rfind("\n", 0, p), text.rfind("\r", 0, p)) + 1
        while text[q] in " \t":
            q += 1
        if (text[q:p].rstrip(":.").strip().lower() in headings
                or _author_date(text, q, p) or _entry_in_bibliography(text, q, p)):
            return True
    n = b
    while n < len(text) and text[n].isspace():
        n += 1
    if n < len(text):
        e = _line_end(text, n, len(text))
        return _author_date(text, n, e) or _entry_in_bibliography(text, n, e)
    return False
