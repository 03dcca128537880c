"""Ordinal words that number a clause or an article, read as numbers for number-mismatch.

A contract numbers its clauses in words: ``PRIMERA. OBJETO.``, ``SEGUNDA.- DURACIÓN``,
``VIGÉSIMA PRIMERA: NOTIFICACIONES``, ``Artículo primero``, ``Article premier``,
``ARTICLE FIRST``.  A heading translated with another number (``PRIMERA. OBJETO.`` /
``SECOND. PURPOSE.``) breaks every cross-reference to it, yet an ordinal in words is no
number to number-mismatch (only 11 and up are compared word for word: ``primera``,
``first`` are as often "the first one"), so it passed.  Here an ordinal is that
number where it can only be a heading's:

* at the start of a unit, right before a full stop, a colon, a closing bracket or a
  dash (``PRIMERA.``, ``PRIMERO.-``, ``Segunda:``, ``FIRST -``) or alone in the unit;
  not before a comma (``First, the tenant ...``, a word of the sentence);
* after one of the language's ``heading`` words (``artículo``, ``cláusula``,
  ``article``, ``clause``), anywhere: ``según el artículo primero`` / ``under Article 1``.

The ordinals are those of the language's ``headings.tsv`` (lower case, without
accents; docs/languages.md lists the data files): one word
(``undécima``, ``twentieth``), or two parts, a ten and a unit, written apart
(``vigésima primera``, ``twenty-first``, ``vingt et unième``, ``dix-septième``) or
together (``vigesimoprimera``, ``decimotercera``, German ``einundzwanzigste``), the
last an ordinal (``+`` lines: the words that only open one, ``twenty``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from aligner.check.folding import strip_accents
from aligner.lang import HEADINGS_DATA, get_profile

_WORD = re.compile(r"[^\W\d_]+")
# what may open a unit before its heading: spaces, quotes, brackets, markup's stars
_LEAD = re.compile(r"[\s\"'“‘«(\[*_]*")
# what ends a heading's ordinal at a unit's start: a stop, a colon, a bracket, a dash, or
# the unit's end
_AFTER = re.compile(r"\s*(?:[.:)]|[-\u2013\u2014]|\Z)")
_BETWEEN = re.compile(r"[ \u00a0-]")  # between the words of one ordinal
_MAX_WORDS = 3  # vingt et unième
_LISTS = ("heading", "joiners", "claim", "claim_to", "claim_and")


@dataclass(frozen=True, slots=True)
class HeadingTable:
    ordinals: dict[str, int]
    openers: dict[str, int]
    joiners: frozenset[str]
    headings: frozenset[str]
    #: the words before a claim's number, and those between two numbers that make a
    #: range of claims or list them (Ansprüche 1 bis 4, claim 1 or 4):
    #: :mod:`aligner.check.claims`
    claims: frozenset[str] = frozenset()
    claim_to: frozenset[str] = frozenset()
    claim_and: frozenset[str] = frozenset()


@cache
def heading_table(lang: str) -> HeadingTable | None:
    """``lang``'s ``headings.tsv``, read; None when it has none."""
    text = get_profile(lang).data_text(HEADINGS_DATA)
    if text is None:
        return None
    ordinals: dict[str, int] = {}
    openers: dict[str, int] = {}
    lists: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, words = line.partition("\t")
        if key in _LISTS:
            lists[key] = frozenset(words.split())
        else:
            into = openers if key.startswith("+") else ordinals
            into.update((w, int(key.lstrip("+"))) for w in words.split())
    return HeadingTable(ordinals, openers, lists.get("joiners", frozenset()),
                        lists.get("heading", frozenset()), lists.get("claim", frozenset()),
                        lists.get("claim_to", frozenset()), lists.get("claim_and", frozenset()))


def _parts(word: str, table: HeadingTable, last: bool) -> list[tuple[int, bool]] | None:
    """A word as the parts of an ordinal, each (value, whether an ordinal): itself, or
    two written together (``vigesimo`` ``primera``, ``einund`` ``zwanzigste``)."""
    if word in table.ordinals:
        return [(table.ordinals[word], True)]
    if word in table.openers and not last:
        return [(table.openers[word], False)]
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        first = table.ordinals.get(head, table.openers.get(head))
        if first is not None and tail in table.ordinals:
            return [(first, False), (table.ordinals[tail], True)]
    return None


def _value(words: list[str], table: HeadingTable) -> int | None:
    """The number that ``words`` (folded) write as one ordinal, or None."""
    parts: list[tuple[int, bool]] = []
    for k, word in enumerate(words):
        if word in table.joiners and 0 < k < len(words) - 1:
            continue
        got = _parts(word, table, last=k == len(words) - 1)
        if got is None:
            return None
        parts += got
    if not parts or not parts[-1][1]:
        return None  # twenty alone is no ordinal
    if len(parts) == 1:
        return parts[0][0]
    if len(parts) == 2:
        tens, units = sorted((parts[0][0], parts[1][0]), reverse=True)
        if tens % 10 == 0 and 10 <= tens <= 90 and 1 <= units <= 9:
            return tens + units
    return None


def _words_at(text: str, start: int) -> list[re.Match[str]]:
    """Up to :data:`_MAX_WORDS` words from ``start``, each parted from the next by one
    space or hyphen."""
    found: list[re.Match[str]] = []
    at = start
    while len(found) < _MAX_WORDS:
        m = _WORD.match(text, at)
        if m is None:
            break
        found.append(m)
        if not _BETWEEN.match(text, m.end()):
            break
        at = m.end() + 1
    return found


def _ordinal_at(text: str, start: int, table: HeadingTable, *, heads: bool
                ) -> tuple[str, int, int] | None:
    """The ordinal written at ``start`` (the longest), as (value, start, end); ``heads``:
    only one a heading's terminator follows (:data:`_AFTER`)."""
    words = _words_at(text, start)
    folded = [strip_accents(m.group().lower()) for m in words]
    for n in range(len(words), 0, -1):
        value = _value(folded[:n], table)
        end = words[n - 1].end()
        if value is not None and (not heads or _AFTER.match(text, end)):
            return str(value), start, end
    return None


def heading_ordinals(text: str, lang: str) -> list[tuple[str, int, int, str]]:
    """The ordinals of ``text`` that number a heading (the module docstring), as
    number-mismatch's items: (value, start, end, ``"number"``)."""
    table = heading_table(lang)
    if table is None or not _WORD.search(text):
        return []
    found: list[tuple[str, int, int, str]] = []
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    at_start = _ordinal_at(text, start, table, heads=True)
    if at_start is not None:
        found.append((*at_start, "number"))
    for m in _WORD.finditer(text):
        if strip_accents(m.group().lower()) in table.headings and _BETWEEN.match(text, m.end()):
            after = _ordinal_at(text, m.end() + 1, table, heads=False)
            if after is not None and not any(a[1] == after[1] for a in found):
                found.append((*after, "number"))
    return found
