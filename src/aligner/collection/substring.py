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
not find ``नलकप``); the Arabic tatweel is nothing, in a text and a query.  A match
begins and ends on whole characters of the text (``क`` is not found in ``क़``, whose
decomposition starts with it), an accent after its last letter included.

Two kinds of letter are not what their decomposition says:

- Cyrillic letters made with a mark are letters of their own (:func:`_kept`): ``й``
  is no ``и`` with an accent in any language writing it, nor Ukrainian ``ї`` an ``і``,
  Belarusian ``ў`` a ``у``, Macedonian ``ѓ`` a ``г``; so ``и`` does not find ``й``.
  Their marks are letters here, as a nukta is.  Only what Cyrillic writes as an
  accent is one: ``ё`` (Russian mostly writes it ``е``) and the stress marks on a vowel
  (``а́``, Bulgarian ``ѝ``).
- Latin letters drawn with a mark that Unicode does not decompose (:data:`_MARKED`)
  are the letters a user without them types, as transliteration writes them: ``ł``
  ``l``, ``ø`` ``o``, ``đ`` and ``ð`` ``d``, ``ħ`` ``h``, Turkish dotless ``ı`` ``i``,
  ``æ`` ``ae``, ``œ`` ``oe``, ``þ`` ``th`` -- each with the letter itself as its accent,
  so ``lodz`` finds ``Łódź`` but ``łódź`` not ``lodz``.  The dot of ``İ`` (``i`` and
  U+0307 once case-folded) is no accent: an ``i`` has it.  ``ß`` is ``ss`` both ways,
  as case folding makes it (``STRASSE`` is ``Straße`` in capitals).

Digits of every script are the digits 0-9 (Arabic-Indic, Persian, Devanagari,
full-width ...), and the Arabic decimal and thousands signs ``٫`` ``٬`` a point and a
comma: ``4870`` finds ``٤٨٧٠`` and ``٤٨٧٠`` finds ``4870``, ``3.5`` finds ``٣٫٥``.

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

from aligner.textutil import plain_digits

#: The accents a letter typed without them matches: the combining diacritical marks.
_ACCENT = re.compile("[\u0300-\u036f]+")
#: A run of them, and the Cyrillic letter it is on (if it is on one); a Cyrillic letter
#: with one (a text :func:`bare` reads a mark at a time, as :func:`_kept` says).
_MARKS = re.compile("([\u0400-\u052f]?)([\u0300-\u036f]+)")
_CYRILLIC_MARKED = re.compile("[\u0400-\u052f][\u0300-\u036f]")
#: A character and the accents after it: the pieces a text's letters are read in.
_PIECE = re.compile("(?s).[\u0300-\u036f]*")

#: Latin letters with a mark of their own (no decomposition): the letters typed for them.
_MARKED = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "æ": "ae",
           "œ": "oe", "þ": "th"}
_MARKED_LETTER = re.compile(f"[{''.join(_MARKED)}]")

_CYRILLIC_VOWELS = frozenset("аеиоуыэюяіїєѣѵөүұә")
_GRAVE, _ACUTE, _BREVE, _DIAERESIS = "\u0300", "\u0301", "\u0306", "\u0308"
_DOT_ABOVE = "\u0307"


def _kept(base: str, mark: str) -> bool:
    """Whether ``mark`` on the Cyrillic letter ``base`` (both folded) makes a letter of its
    own: a breve (``й``, ``ў``), a diaeresis but that of ``ё`` (``ї``, Komi ``ӧ``), an
    acute on a consonant (``ѓ``, ``ќ``), a macron or double acute (Tajik ``ӣ``, Chuvash
    ``ӳ``).  An acute or grave on a vowel is a stress mark, and ``ё`` is ``е`` as Russian
    usually writes it."""
    if not "\u0400" <= base <= "\u052f":
        return False
    if mark in (_GRAVE, _ACUTE):
        return base not in _CYRILLIC_VOWELS
    if mark == _DIAERESIS:
        return base != "е"
    return mark in (_BREVE, "\u0304", "\u030b")


def fold(text: str) -> str:
    """``text`` decomposed (NFD) and case-folded (``ß`` is ``ss``, ``ς`` is ``σ``), without
    the Arabic tatweel, which stretches a word and spells nothing (``الـمساعدات`` is
    ``المساعدات``, typed with it or not), its digits of any script written 0-9
    (``٤٨٧٠`` is ``4870``: :func:`plain_digits`)."""
    folded = plain_digits(unicodedata.normalize("NFD", text).casefold())
    return folded.replace(_TATWEEL, "") if _TATWEEL in folded else folded


_TATWEEL = "\u0640"


def _unmark(m: re.Match[str]) -> str:
    base = m.group(1)
    return base + "".join(c for c in m.group(2) if _kept(base, c)) if base else ""


def bare(text: str) -> str:
    """``text`` folded, without its accents: what the query's letters are looked for in
    (the letters of :func:`_parts`)."""
    folded = fold(text)
    if folded.isascii():
        return folded
    # regular expressions, not a loop nor str.translate: this reads every text stored
    if _CYRILLIC_MARKED.search(folded):
        folded = _MARKS.sub(_unmark, folded)
    else:
        folded = _ACCENT.sub("", folded)
    return _MARKED_LETTER.sub(lambda m: _MARKED[m.group()], folded)


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
    _, parts = _parts(fold(query))
    return Wanted("".join(letter for letter, _ in parts),
                  tuple(accents or None for _, accents in parts))


def _parts(folded: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A folded text's accents before its first letter, and each letter with the accents
    after it, sorted (a letter of :data:`_MARKED` being its letters, each with it as
    an accent; a mark that makes a Cyrillic letter its own being a letter)."""
    lead, parts, base = "", [], ""
    for ch in folded:
        if not _ACCENT.match(ch):
            base = ch
            parts += [(c, ch) for c in _MARKED[ch]] if ch in _MARKED else [(ch, "")]
        elif _kept(base, ch):
            parts.append((ch, ""))
        elif ch == _DOT_ABOVE and base == "i":
            continue  # the dot of İ, which i has
        elif parts:
            parts[-1] = (parts[-1][0], "".join(sorted(parts[-1][1] + ch)))
        else:
            lead += ch
    return lead, tuple(parts)


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
    """``text``'s letters.  Each character is folded with the accents after it (a
    piece), so that a letter knows the piece it comes from, and an accent the letter it
    is on (``и`` + U+0306 is ``й``, written decomposed) -- unless a canonical
    reordering moves a mark across two pieces (``a`` + U+0651 + U+064E), when a
    character and all the combining marks after it are folded together, or a character
    decomposes to a mark first (U+0F73), when the whole text is: as :func:`fold` folds
    it (so the letters are :func:`bare` of it)."""
    whole = fold(text)
    if _ACCENT.search(text):
        pieces = [m.span() for m in _PIECE.finditer(text)]
        same = "".join(fold(text[a:b]) for a, b in pieces) == whole
    else:  # every piece a character: the common case, made quicker
        pieces = [(i, i + 1) for i in range(len(text))]
        same = "".join(fold(ch) for ch in text) == whole
    if not same:
        pieces = []
        for i, ch in enumerate(text):
            if pieces and unicodedata.combining(ch):
                pieces[-1] = (pieces[-1][0], i + 1)
            else:
                pieces.append((i, i + 1))
        if "".join(fold(text[a:b]) for a, b in pieces) != whole:
            pieces = [(0, len(text))]
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
    """A piece of text folded, as :func:`_parts`.  Cached: a text is mostly characters
    seen before."""
    return _parts(fold(piece))


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
