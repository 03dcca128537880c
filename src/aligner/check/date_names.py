"""calendar-case and date-comma: month and weekday names as the target's language writes them.

Spanish, French, Italian, Portuguese, Catalan and Dutch (``lower_case_calendar`` in the
language's profile) write the names of months and weekdays lower case inside a sentence:
``el 18 de marzo``, ``le jeudi``.  A target that capitalises one as English does (``el
18 de Marzo``, ``el Jueves 17 de marzo``) gets ``calendar-case`` for it.  The names are
the language's ``calendar.txt``, compared without accents (``Miercoles``).

A capital is often right, so a name is reported only where it can be nothing but the
date's word:

* a month beside a day or a year: a number before it or after it, with one short
  lower-case word between (``18 de Marzo``, ``Marzo de 1938``, ``Mars 1938``);
* a weekday before a day (``Jueves 17``), or after one of the language's ``[before]``
  words (``el Jueves``, ``cada Lunes``);

and never

* at the start of a sentence or after a colon, an opening quote, bracket or dash;
* before a capitalised word, straight or after a short lower-case one: a feast or a
  name (``Viernes Santo``, ``Domingo de Ramos``, ``Mayo Clinic``); nor at the start of
  one of the language's ``[feasts]`` (``Vendredi saint``);
* after a capitalised word that does not start its sentence (``Avenida 9 de Julio``,
  ``la revista El Jueves``); a capital that starts the sentence is a name unless it
  is one of the language's function words (``El 18 de Marzo``: reported);
* in a title-like line, whose words are capitalised more often than not;
* written in capitals throughout (``MARZO``): a heading's style.

A name alone (``Abril``, ``Domingo``: people; ``Mars``: a planet; ``Primero de Mayo``)
is not reported: that is the price of the rules above.

Those languages write a date day, month, year, without a comma; ``7 de junio, 1938``
(English ``June 7, 1938`` with the words moved) gets ``date-comma``: a day, the month's
name and a comma before a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, is_blank
from aligner.check.dates import YEAR
from aligner.check.folding import strip_accents
from aligner.lang import CALENDAR_DATA, STOPWORDS_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.model import Finding

# a word (with its hyphens: quinta-feira) or a number (a day written 1º, 1.º)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:\.?[ºª°o])?")
# what may stand between two words of one date: spaces,
# or a comma (Jueves, 17), or an elision's apostrophe (Catalan 18 d'Agost)
_JOIN = re.compile(r"[ \t\u00a0\u202f]*[,'’]?[\s\u00a0\u202f]*")
# what, before a word, starts a sentence or a quotation
_STARTS = ".!?…:¿¡«»\"“”„‘‹›—–-([{•*#|/"


@dataclass(frozen=True, slots=True)
class Names:
    """A language's ``calendar.txt``: names folded (lower case, no accents)."""

    months: frozenset[str]
    weekdays: frozenset[str]
    before: frozenset[str]
    feasts: tuple[str, ...]
    function_words: frozenset[str]


def _fold(word: str) -> str:
    return strip_accents(word.lower())


def parse_calendar(text: str, *, name: str) -> dict[str, list[str]]:
    """The sections of a ``calendar.txt`` (``[months]`` ... ``[feasts]``), a word or
    phrase a line, ``#`` comments; a line before any section is an error."""
    return data_sections(text, name=name)


@cache
def names_of(lang: str) -> Names | None:
    """The calendar names of ``lang``, or None when it capitalises them (or has none)."""
    profile = get_profile(lang)
    text = profile.data_text(CALENDAR_DATA)
    if not profile.lower_case_calendar or text is None:
        return None
    sections = parse_calendar(text, name=f"{profile.code}/{CALENDAR_DATA}")

    def folded(section: str) -> frozenset[str]:
        return frozenset(_fold(w) for w in sections.get(section, ()))

    return Names(folded("months"), folded("weekdays"), folded("before"),
                 tuple(_fold(f) for f in sections.get("feasts", ())),
                 frozenset(_fold(w) for w in profile.word_list(STOPWORDS_DATA)))


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not self.text.isupper()

    @property
    def particle(self) -> bool:
        """A short lower-case word inside a date or a name: de, del, di, van."""
        return self.text.islower() and len(self.text) <= 3


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """Nothing but spaces, or a comma, between two tokens."""
    return _JOIN.fullmatch(text, left.end, right.start) is not None


def _starts(text: str, at: int) -> bool:
    """The word at ``at`` starts the text, a sentence or a quotation."""
    before = text[:at].rstrip()
    return not before or before[-1] in _STARTS


def _title_like(tokens: list[_Token], names: Names) -> bool:
    words = [t for t in tokens[1:] if not t.number
             and _fold(t.text) not in names.months | names.weekdays]
    upper = sum(1 for t in words if t.text[0].isupper())
    return upper > len(words) - upper


class _Reader:
    """The tokens of one target and what surrounds each."""

    def __init__(self, text: str, names: Names) -> None:
        self.text, self.names = text, names
        self.tokens = _tokens(text)

    def near(self, i: int, step: int) -> list[_Token]:
        """The tokens next to token ``i`` on one side (``step`` -1 or 1), joined to it
        and each other, nearest first: at most two."""
        out: list[_Token] = []
        j = i
        while len(out) < 2 and 0 <= j + step < len(self.tokens):
            a, b = self.tokens[min(j, j + step)], self.tokens[max(j, j + step)]
            if not _joined(self.text, a, b):
                break
            j += step
            out.append(self.tokens[j])
        return out

    def a_name(self, token: _Token) -> bool:
        """``token``, capitalised, is part of a name: it does not start its sentence, or
        it does and is none of the language's function words; a weekday is none
        (``Jueves 3 Marzo``)."""
        word = _fold(token.text)
        return (token.capitalised and word not in self.names.weekdays
                and (not _starts(self.text, token.start)
                     or word not in self.names.function_words))

    def day_or_year(self, i: int, step: int) -> _Token | None:
        """The number beside token ``i`` on one side, straight or past a particle."""
        near = self.near(i, step)
        if near and near[0].number:
            return near[0]
        if len(near) == 2 and near[0].particle and near[1].number:
            return near[1]
        return None

    def names_follow(self, i: int) -> bool:
        after = self.near(i, 1)
        return bool(after) and (after[0].capitalised or (
            len(after) == 2 and after[0].particle and after[1].capitalised))

    def in_date(self, i: int) -> bool:
        """Month ``i`` beside a day or a year, the day not after a name's word."""
        if self.day_or_year(i, 1) is not None:
            return True
        day = self.day_or_year(i, -1)
        if day is None:
            return False
        k = self.tokens.index(day)
        before = self.near(k, -1)
        return not (before and self.a_name(before[0]))

    def names_a_day(self, i: int) -> bool:
        """Weekday ``i`` before a day, or after a [before] word that is no name's."""
        after = self.near(i, 1)
        if after and after[0].number:
            return True
        before = self.near(i, -1)
        return (bool(before) and _fold(before[0].text) in self.names.before
                and not self.a_name(before[0]))

    def feast(self, token: _Token) -> bool:
        rest = _fold(self.text[token.start:token.start + 40])
        return any(rest.startswith(f) and not rest[len(f):len(f) + 1].isalpha()
                   for f in self.names.feasts)


def capitalised_names(text: str, names: Names) -> list[tuple[int, int]]:
    """The spans of the month and weekday names ``text`` capitalises where its
    language writes them lower case (the module docstring)."""
    reader = _Reader(text, names)
    if _title_like(reader.tokens, names):
        return []
    found = []
    for i, token in enumerate(reader.tokens):
        if not token.capitalised or _starts(text, token.start):
            continue
        word = _fold(token.text)
        if word in names.months:
            wanted = reader.in_date(i)
        elif word in names.weekdays:
            wanted = reader.names_a_day(i) and not reader.feast(token)
        else:
            continue
        if wanted and not reader.names_follow(i):
            found.append((token.start, token.end))
    return found


def comma_dates(text: str, names: Names) -> list[tuple[int, int]]:
    """The spans of the dates ``text`` writes day, month, comma, year (``7 de junio,
    1938``): from the day to the year."""
    reader = _Reader(text, names)
    found = []
    for i, token in enumerate(reader.tokens):
        if _fold(token.text) not in names.months or i + 1 >= len(reader.tokens):
            continue
        year = reader.tokens[i + 1]
        between = text[token.end:year.start]
        if between.strip() != "," or not YEAR.fullmatch(year.text):
            continue
        day = reader.day_or_year(i, -1)
        if day is not None and len(day.text.rstrip(".ºª°o")) <= 2:
            found.append((day.start, year.end))
    return found


def check_date_names(ctx: Context) -> Iterator[Finding]:
    names = names_of(ctx.tgt_lang)
    if names is None:
        return
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target):
            continue
        for start, end in capitalised_names(unit.target, names):
            word = unit.target[start:end]
            kind = "month" if _fold(word) in names.months else "weekday"
            yield Finding(code="calendar-case", severity=ctx.severity("calendar-case"),
                          unit=u, message=f"'{word}' capitalised: the target's language "
                          f"writes a {kind}'s name lower case ('{word.lower()}')",
                          found=word, tgt_span=(start, end))
        for start, end in comma_dates(unit.target, names):
            date = unit.target[start:end]
            yield Finding(code="date-comma", severity=ctx.severity("date-comma"), unit=u,
                          message=f"a comma before the year in '{date}': the target's "
                          "language writes day, month and year without one",
                          found=date, tgt_span=(start, end))
