"""The characters of a query in a text, case aside: ``aligner search --match substring``.

Texts and query are compared folded (:func:`fold`): canonically decomposed and in
lower case, so ``É``, ``é`` and ``e`` + U+0301 read alike, while a letter and its
accent stay two characters: ``cafe`` does not find ``café``, and a match begins
and ends on whole characters of the text (``e`` is not found in ``é``).  Nothing
else is equated -- a vowel sign of an Indic script is part of what is typed.

A scan of every unit costs a fold of each text; SQLite's ``LIKE`` (case aside for
ASCII letters, other characters as they are) narrows the units first, with the
longest part of the query it cannot miss (:func:`like_pattern`).
"""

from __future__ import annotations

import functools
import sys
import unicodedata


def fold(text: str) -> str:
    """``text`` decomposed (NFD) and in lower case."""
    return unicodedata.normalize("NFD", text).lower()


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded a character at a time, and the character of ``text`` each folded
    one comes from (decomposing each alone, as :func:`fold` does but for the order of
    two marks on one letter, which a canonical reordering may swap)."""
    pieces, origin = [], []
    for i, ch in enumerate(text):
        piece = fold(ch)
        pieces.append(piece)
        origin += [i] * len(piece)
    return "".join(pieces), origin


def _word_char(ch: str) -> bool:
    """A letter, digit or mark: a vowel sign of an Indic script is part of its word."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def find_spans(text: str, wanted: str, *, prefix: bool = False) -> tuple[tuple[int, int], ...]:
    """Where ``wanted`` (folded) is in ``text``, as ``[start, end)`` spans of ``text``:
    on whole characters only, each after the one before; with ``prefix``, only where a
    word starts."""
    flat, origin = folded(text)
    spans: list[tuple[int, int]] = []
    at = flat.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        whole = ((at == 0 or origin[at] != origin[at - 1])
                 and (end == len(flat) or origin[end] != origin[end - 1]))
        start = origin[at]
        if whole and not (prefix and start > 0 and _word_char(text[start - 1])):
            spans.append((start, origin[end - 1] + 1))
            at = flat.find(wanted, end)
        else:
            at = flat.find(wanted, at + 1)
    return tuple(spans)


def like_pattern(wanted: str) -> str | None:
    """A ``LIKE '%...%'`` pattern (``\\`` escapes) that every text holding ``wanted``
    (folded) matches, or None when no part of it is safe.  A character is safe when a
    text can only give it as itself (or, an ASCII letter, in the other case, which
    ``LIKE`` ignores): no case but ASCII's, followed by no mark (which a text may hold
    composed with it: ``e`` + U+0301 is ``é`` there), not a mark itself, and no other
    character's decomposition (the Kelvin sign is ``K``)."""
    runs, run = [], ""
    for i, ch in enumerate(wanted):
        following = wanted[i + 1] if i + 1 < len(wanted) else ""
        safe = ((ch.isascii() or ch.lower() == ch.upper())
                and not unicodedata.category(ch).startswith("M")
                and not (following and unicodedata.category(following).startswith("M"))
                and ch not in _singleton_targets())
        if safe:
            run += ch
        else:
            runs.append(run)
            run = ""
    longest = max([*runs, run], key=len)
    if not longest:
        return None
    escaped = longest.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@functools.cache
def _singleton_targets() -> frozenset[str]:
    """The characters another one decomposes to alone (the Kelvin sign to ``K``, a CJK
    compatibility ideograph to its unified one): a text may hold them as the other."""
    found = set()
    for start, end in ((0, 0x10000), (0x2F800, 0x2FA20)):  # where singletons are
        for code in range(start, min(end, sys.maxunicode + 1)):
            ch = chr(code)
            decomposed = unicodedata.normalize("NFD", ch)
            if len(decomposed) == 1 and decomposed != ch:
                found.add(decomposed.lower())
                found.add(decomposed)
    return frozenset(found)
