"""Sentence ends in Thai text: a space between Thai words.

Thai has no sentence punctuation.  A space ends a sentence, but it also parts
clauses (``หากไม่ได้รับการรักษา อาจทำให้...``), the items of a list
(``ผู้สูงอายุ เด็กเล็ก และผู้ที่...``), a name and a surname (``สมชาย วงศ์ษา``) and
the parts of a date.  Each space between two Thai words is a candidate; it ends a
sentence unless the words around it say the sentence goes on:

* the next word joins (:data:`JOINING`: ``และ`` "and", ``หรือ`` "or", ``ซึ่ง``
  "which", ``โดย`` "by", ``กล่าว`` "said", ...) or the last one leads on
  (:data:`LEADING`: ``คือ`` "is", ``ว่า`` "that", ``ได้แก่`` "namely", ...);
* the sentence so far is one clause opened by a subordinating or linking word
  (:data:`OPENING`: ``หาก`` "if", ``เมื่อ`` "when", ``อย่างไรก็ตาม`` "however", ...):
  its main clause follows the space;
* the space is inside a list: the pieces after it are short (at most :data:`ITEM`
  Thai letters each) up to one that begins with ``และ`` or ``หรือ``;
* the piece before or after it (to the next candidate) has fewer than
  :data:`SHORT` Thai letters (a word of a date, a name, a unit);
* a bracket is open, or a name after a title abbreviation (``นพ.สมชาย วงศ์ษา
  ผู้อำนวยการ...``) has not had its surname and position yet.

A space after a digit or before one is no candidate (``4 ถึง 10 วัน``).  The cuts are
the offsets of the first character after the space, so the splitter's spans still
cover the text.  Measured against hand-split text (``benchmarks/thai_segmentation.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words that continue the sentence when they follow the space.
JOINING = ("และ", "หรือ", "ซึ่ง", "โดย", "เพื่อ", "แล้ว", "ที่", "ถึง", "กับ", "ก็", "จน",
           "เช่น", "รวมถึง", "ได้แก่", "แม้", "จึง", "ว่า", "คือ", "ตั้งแต่", "ของ", "กล่าว")
#: Words after which the sentence goes on past the space.
LEADING = ("คือ", "ว่า", "ได้แก่", "เช่น", "และ", "หรือ", "ของ", "ที่", "กับ")
#: Words that open a clause whose main clause follows after a space.
OPENING = ("หาก", "ถ้า", "แม้", "เมื่อ", "ถึงแม้", "อย่างไรก็ตาม", "นอกจากนี้", "ดังนั้น",
           "ทั้งนี้")
#: The most Thai letters a list item (between two spaces) has.
ITEM = 20
#: Fewer Thai letters than this on either side of a space: no sentence ends there.
SHORT = 5
#: Spaces between a title abbreviation and the end of the name and position after it.
NAME_SPACES = 3

_SPACE = re.compile(r"[ \t\u00a0]+")
_THAI_START = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")
_QUOTES = "\"\u201c"
_CLOSERS = ".\"\u201d"  # not ")": a bracket closes inside a sentence


def _thai(c: str) -> bool:
    """A Thai letter, vowel or sign: not a Thai digit."""
    return "\u0e01" <= c <= "\u0e5b" and not "\u0e50" <= c <= "\u0e59"


def _starts_word(c: str) -> bool:
    return "\u0e01" <= c <= "\u0e2e" or "\u0e40" <= c <= "\u0e44"


def has_thai(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a Thai letter (the rule has nothing to do otherwise)."""
    return _THAI_START.search(text, start, end) is not None


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spaces ``(first, past)`` between two Thai words of ``text[start:end]``."""
    out = []
    for m in _SPACE.finditer(text, start, end):
        i, j = m.start(), m.end()
        if i == start or j >= end:
            continue
        p = text[i - 1]
        after_thai = _thai(p) or (p in _CLOSERS and i - 2 >= start and _thai(text[i - 2]))
        n = text[j]
        opens = _starts_word(n) or (n in _QUOTES and j + 1 < end and _starts_word(text[j + 1]))
        if after_thai and opens:
            out.append((i, j))
    return out


def _letters(text: str, a: int, b: int) -> int:
    return sum(1 for c in text[a:b] if _thai(c))


def _in_list(text: str, spaces: list[tuple[int, int]], k: int, end: int) -> bool:
    """Whether the pieces after space ``k`` are short list items up to one that
    begins with "and" or "or"."""
    for m in range(k + 1, len(spaces) + 1):
        a = spaces[m - 1][1]
        b = spaces[m][0] if m < len(spaces) else end
        if _letters(text, a, b) > ITEM:
            return False
        if m < len(spaces) and text.startswith(("และ", "หรือ"), spaces[m][1]):
            return True
        if text[a:b].endswith(("และ", "หรือ")):
            return False  # the list ended inside this piece
    return False


def _after_title(text: str, last: int, i: int) -> bool:
    """Whether the sentence so far has a Thai abbreviation period (a title before a
    name) and at most :data:`NAME_SPACES` - 1 spaces."""
    for s in range(last, i - 1):
        if text[s] == "." and s > last and _thai(text[s - 1]):
            return text.count(" ", s, i) < NAME_SPACES
    return False


def space_cuts(text: str, start: int, end: int, cuts: Iterable[int] = ()) -> list[int]:
    """The offsets in ``text[start:end]`` where a space ends a Thai sentence, given
    the splitter's other ``cuts`` (a sentence is measured from the last of them)."""
    spaces = _candidates(text, start, end)
    other = sorted(cuts)
    out: list[int] = []
    last = start
    oi = 0
    for k, (i, j) in enumerate(spaces):
        while oi < len(other) and other[oi] <= i:
            last = max(last, other[oi])
            oi += 1
        if text.startswith(JOINING, j + (text[j] in _QUOTES)):
            continue
        if text[last:i].endswith(LEADING):
            continue
        lead = text[last:i].lstrip(_QUOTES)
        if lead.startswith(OPENING) and " " not in lead:
            continue
        if text.count("(", last, i) > text.count(")", last, i):
            continue
        if _after_title(text, last, i):
            continue
        if _in_list(text, spaces, k, end):
            continue
        before = _letters(text, max(last, spaces[k - 1][1]) if k else last, i)
        after = _letters(text, j, spaces[k + 1][0] if k + 1 < len(spaces) else end)
        if min(before, after) < SHORT:
            continue
        out.append(j)
        last = j
    return out
