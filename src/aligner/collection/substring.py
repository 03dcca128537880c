"""The characters of a query in a text, case and accents aside: ``aligner search --match
substring`` and ``--match prefix``.

Texts and query are compared folded (:func:`fold`): canonically decomposed and
case-folded, so ``É``, ``é`` and ``e`` + U+0301 read alike.  The accents of Latin,
Greek and Cyrillic letters -- the combining diacritical marks, U+0300-U+036F -- are
then set apart from the letters they are on (:func:`letters`): a letter typed without
one matches the letter with or without any (``cafe`` finds ``café``, ``nacion``
``nación``); a letter typed with some matches the letter with those only (``café``
finds ``café``, not ``cafe`` nor ``cafè``), as a concordance user who types the
accents means them.  Nothing else is set apart: a vowel sign of an Indic or Thai
script, Arabic harakat or a Hebrew point is part of what is typed (``नलकूप`` does
not find ``नलकप``).  A match begins and ends on whole characters of the text
(``क`` is not found in ``क़``, whose decomposition starts with it), an accent after
its last letter included.

A scan of every unit costs a fold of each text.  The collection keeps each text of a
two-sided unit folded without its accents (``beads.src_folded``/``tgt_folded``,
:func:`stored`), where SQLite's ``LIKE`` looks for the query's letters before any
text is read (:func:`like_pattern`): a text holds the query only if its folded copy
holds them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

#: The accents a letter typed without them matches: the combining diacritical marks.
_ACCENT = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """``text`` decomposed (NFD) and case-folded (``ß`` is ``ss``, ``ς`` is ``σ``)."""
    return unicodedata.normalize("NFD", text).casefold()


def bare(text: str) -> str:
    """``text`` folded, without its accents: what the query's letters are looked for in."""
    return _ACCENT.sub("", fold(text))


def stored(text: str) -> str | None:
    """What the collection keeps of a unit's text for :func:`like_pattern`: the text
    :func:`bare`, or None when ``LIKE`` reads the text itself the same way (it differs
    from it only in the case of ASCII letters, which ``LIKE`` ignores)."""
    plain = bare(text)
    return None if plain.encode() == text.encode().lower() else plain


@dataclass(frozen=True, slots=True)
class Wanted:
    """A query folded: its letters without their accents, and the accents typed on
    each (sorted), None where none were (any or none match there)."""

    letters: str
    accents: tuple[str | None, ...]


def wanted(query: str) -> Wanted:
    """``query`` as :func:`find_spans` looks for it (an accent typed before any letter
    is left out, as :func:`bare` leaves it out of a text)."""
    letters: list[str] = []
    accents: list[str | None] = []
    for ch in fold(query):
        if _ACCENT.match(ch):
            if letters:
                accents[-1] = "".join(sorted((accents[-1] or "") + ch))
        else:
            letters.append(ch)
            accents.append(None)
    return Wanted("".join(letters), tuple(accents))


@dataclass(frozen=True, slots=True)
class _Letters:
    """A text's letters folded without accents (``text``), and for each: the piece of
    the text it comes from (``piece``, its first character ``start``), where its
    characters end, an accent after it included (``end``), and its accents sorted."""

    text: str
    piece: list[int]
    start: list[int]
    end: list[int]
    accents: list[str]


def _letters(text: str) -> _Letters:
    """``text``'s letters.  Each character is folded alone, so that a letter knows the
    character it comes from -- unless a canonical reordering moves a mark across two
    characters (``a`` + U+0651 + U+064E), when a character and the marks after it are
    folded together, as :func:`fold` folds the whole text (so the letters are
    :func:`bare` of it)."""
    whole = fold(text)
    pieces = [(i, i + 1) for i in range(len(text))]
    if "".join(fold(ch) for ch in text) != whole:
        pieces = []
        for i, ch in enumerate(text):
            if pieces and unicodedata.combining(ch):
                pieces[-1] = (pieces[-1][0], i + 1)
            else:
                pieces.append((i, i + 1))
        if "".join(fold(text[a:b]) for a, b in pieces) != whole:
            pieces = [(0, len(text))]  # a character decomposed to a mark first (U+0F73)
    out = _Letters("", [], [], [], [])
    chars: list[str] = []
    for n, (start, end) in enumerate(pieces):
        lead, parts = _split(text[start:end])
        if lead and chars:
            out.accents[-1] = "".join(sorted(out.accents[-1] + lead))
            out.end[-1] = end
        for letter, accents in parts:
            chars.append(letter)
            out.piece.append(n)
            out.start.append(start)
            out.end.append(end)
            out.accents.append(accents)
    return _Letters("".join(chars), out.piece, out.start, out.end, out.accents)


@functools.lru_cache(maxsize=4096)
def _split(piece: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A piece of text folded: the accents before its first letter, and each letter with
    the accents after it (sorted).  Cached: a text is mostly characters seen before."""
    lead, parts = "", []
    for ch in fold(piece):
        if not _ACCENT.match(ch):
            parts.append((ch, ""))
        elif parts:
            parts[-1] = (parts[-1][0], "".join(sorted(parts[-1][1] + ch)))
        else:
            lead += ch
    return lead, tuple(parts)


def _word_char(ch: str) -> bool:
    """A letter, digit or mark: a vowel sign of an Indic script is part of its word."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def find_spans(text: str, query: Wanted, *, prefix: bool = False) -> tuple[tuple[int, int], ...]:
    """Where ``query`` is in ``text``, as ``[start, end)`` spans of ``text``: on whole
    characters only, each after the one before; with ``prefix``, only where a word
    starts."""
    found = _letters(text)
    size, spans = len(query.letters), []
    at = found.text.find(query.letters)
    while at >= 0 and size:
        end = at + size
        whole = ((at == 0 or found.piece[at] != found.piece[at - 1])
                 and (end == len(found.text) or found.piece[end] != found.piece[end - 1]))
        accents = all(typed is None or typed == found.accents[at + k]
                      for k, typed in enumerate(query.accents))
        start = found.start[at]
        if whole and accents and not (prefix and start > 0 and _word_char(text[start - 1])):
            spans.append((start, found.end[end - 1]))
            at = found.text.find(query.letters, end)
        else:
            at = found.text.find(query.letters, at + 1)
    return tuple(spans)


def like_pattern(letters: str) -> str:
    """The ``LIKE '%...%'`` pattern (``\\`` escapes) a unit's :func:`stored` text (or,
    where that is None, the text) matches when it holds ``letters`` (:attr:`Wanted.letters`)."""
    escaped = letters.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
