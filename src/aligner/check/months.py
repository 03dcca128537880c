"""Months named without a day, for number-mismatch: ``La inflación de enero`` / ``Inflation
in June``.

A month's name beside a number is a date's (:func:`aligner.check.dates.dated_months`);
one alone is read only in a language whose ``numbers.tsv`` lists the names that may
stand alone (``month_alone``), and only where it can be nothing but the month:

* in a language that writes months in capitals (English, German), a name capitalised,
  with no capitalised word straight before it (``Theresa May``, the ``Long March``) but
  a function word that starts the sentence (``In May``; the language's stop words) nor
  straight after it (``June Carter``, the ``October Revolution``);
  a name that is another word too (the ``month_word`` list: English ``may``, ``march``,
  ``august``) not at the start of a sentence or quotation (``May I come in?``);
* in a language that writes them lower case (Spanish, French, Italian, Portuguese,
  Dutch: the profile's ``lower_case_calendar``), a name in lower case (``enero``), or
  capitalised at a sentence's start before a lower-case word; a capital inside a sentence
  is a name's (``Plaza de Mayo``, ``Avenida 9 de Julio``, ``Revolución de Octubre``),
  as is the planet ``Mars``;
* never written in capitals throughout (a heading's style);
* in a script without capitals (Devanagari, Bengali), any name listed: such a language
  leaves out of ``month_alone`` a name that is another word too (Hindi ``मार्च``, a
  protest march), and lists the case forms a name takes solid (Bengali ``অক্টোবরে``)
  among the month's names.

A name left out of ``month_alone`` is read in dates only: Portuguese ``marco`` (a
landmark; ``março`` without its cedilla), abbreviations (``mar``, the sea; ``sept``).
The months so named on each side are compared only when both sides name a month by its
name, in a date or alone; a numeric date's month, or any name of the month at all, then
answers one too.  A month one side names and the other does not is reported by its name
(:func:`unnamed_alone`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from aligner.check.folding import strip_accents
from aligner.textutil import WORD

#: A number of a unit, as :mod:`aligner.check.dates` reads one.
Item = tuple[str, int, int, str]

# a word with its vowel signs (अक्टूबर, অক্টোবরে): a name is matched whole
_WORD = re.compile(WORD)
# what, before a word, starts a sentence or a quotation
_STARTS = ".!?…:;¿¡«»\"'“”„‘’‹›—–([{•*#|/"


def _starts(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in _STARTS


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _neighbour(text: str, m: re.Match[str], step: int) -> str:
    """The word straight before (``step`` -1) or after (1) the match, with only spaces
    between, or ``""``."""
    if step < 0:
        before = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, m.start() - 40):m.start()])
        return before.group(1) if before else ""
    after = re.match(r"[ \u00a0]+([^\W\d_]+)", text[m.end():m.end() + 40])
    return after.group(1) if after else ""


@cache
def _any_name(names: frozenset[str]) -> re.Pattern[str]:
    """Any of ``names`` anywhere, a first quick look in the text without its accents: a
    word of the text that is a name once its accents are gone is one there too (the
    accents go a character at a time), though not every name found is a word."""
    return re.compile("|".join(map(re.escape, sorted(names))))


def alone_months(text: str, names: dict[str, str], *, lower_case: bool,
                 words_too: frozenset[str], function_words: frozenset[str] = frozenset()
                 ) -> list[tuple[str, str]]:
    """The months ``text`` names where they can be nothing else (the module docstring):
    (month, the name as written).  ``names``: a name that may stand alone (lower case,
    without accents) -> its month; ``lower_case``: the language writes months lower case;
    ``words_too``: the names that are other words too; ``function_words``: the
    language's, which may start a sentence before a month (``In May``, not ``Theresa
    May``)."""
    if not names or _any_name(frozenset(names)).search(strip_accents(text.lower())) is None \
            or names.keys().isdisjoint(map(strip_accents, set(_WORD.findall(text.lower())))):
        return []  # (a quick look: no name of a month at all)
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        month = names.get(strip_accents(word.lower()))
        if month is None or (word.isupper() and len(word) > 1):
            continue
        if word.lower() == word.upper():  # a script without capitals: no clue in case
            found.append((month, word))
            continue
        first = _starts(text, m.start())
        after = _neighbour(text, m, 1)
        if lower_case:
            if not (word.islower() or (first and not _capitalised(after))):
                continue
        else:
            before = _neighbour(text, m, -1)
            start = m.start() - len(before) - 1
            if (not _capitalised(word) or _capitalised(after)
                    or (_capitalised(before) and not (
                        _starts(text, start) and before.lower() in function_words))
                    or (first and strip_accents(word.lower()) in words_too)):
                continue
        found.append((month, word))
    return found


def unnamed_alone(mine: Sequence[tuple[str, str]], reported: Sequence[str],
                  other_dated: Sequence[tuple[str, str]],
                  other_alone: Sequence[tuple[str, str]],
                  other_items: Sequence[Item], other_words: Callable[[], set[str]]
                  ) -> list[str]:
    """The names of the months one side names alone (``mine``) that the other side names
    nowhere -- in its dates (``other_dated``), alone (``other_alone``), as a numeric
    date's month (``other_items``) or by any of its names at all (``other_words()``, read
    only when needed: Portuguese ``marco`` answers ``March``) -- once a month, and only
    when the other side names a month by its name in one of the first two ways (a
    numeric date's month that no name answers is reported as a number: ``15/06/2024`` /
    ``15 July 2024`` says ``6``); a month already ``reported`` (its name as written) is
    not reported again."""
    theirs = {m for m, _ in other_dated} | {m for m, _ in other_alone}
    if not mine or not theirs:
        return []
    theirs |= {v for v, _, _, kind in other_items if kind == "month"}
    if any(m not in theirs for m, _ in mine):
        theirs |= other_words()
    done = {strip_accents(w.lower()) for w in reported}
    out: dict[str, str] = {}
    for month, written in mine:
        if month not in theirs and month not in out and strip_accents(
                written.lower()) not in done:
            out[month] = written
    return list(out.values())
