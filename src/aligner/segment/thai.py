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
  ผู้อำนวยการ...``) or a title word (:data:`TITLES`: ``นายกรัฐมนตรี เศรษฐา ทวีสิน``,
  ``บริษัท เทอร์โมเทค จำกัด``) has not had its surname and position yet;
* the sentence so far is only names of bodies (:data:`BODIES`: ``โรงพยาบาลศิริราช
  มหาวิทยาลัยมหิดล``), its subject: the verb follows the space.

Each space is decided with bounded work (the sentence so far is read once, as its
spaces are passed; a list at most :data:`LIST_REACH` items ahead), so a long paragraph
is split in linear time.  A space after a digit or before one is no candidate
(``4 ถึง 10 วัน``).  The cuts are
the offsets of the first character after the space, so the splitter's spans still
cover the text.  Measured against hand-split text (``benchmarks/thai_segmentation.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

#: Words that continue the sentence when they follow the space.
JOINING = ("และ", "หรือ", "ซึ่ง", "โดย", "เพื่อ", "แล้ว", "ที่", "ถึง", "กับ", "ก็", "จน",
           "เช่น", "รวมถึง", "ได้แก่", "แม้", "จึง", "ว่า", "คือ", "ตั้งแต่", "ของ", "กล่าว",
           # a company's "limited", the place or body a name belongs to (a university, a
           # ministry, a province, district, road, Bangkok), "on the day ..." after a verb
           "จำกัด", "มหาวิทยาลัย", "กระทรวง", "จังหวัด", "อำเภอ", "ตำบล", "ถนน", "แขวง",
           "เขต", "กรุงเทพ", "เมื่อวัน")
#: Words after which the sentence goes on past the space.
LEADING = ("คือ", "ว่า", "ได้แก่", "เช่น", "และ", "หรือ", "ของ", "ที่", "กับ", "ณ")
#: Titles and words a name follows after a space (Mr, Mrs, Miss, the Prime Minister, a
#: minister, professor, "Dear" of a letter, a company): the name and surname after
#: them go on, as after a title abbreviation (``นพ.``).
TITLES = ("นาย", "นาง", "นางสาว", "คุณ", "นายกรัฐมนตรี", "รัฐมนตรี", "ศาสตราจารย์",
          "อาจารย์", "เรียน", "บริษัท")
#: Words that open a clause whose main clause follows after a space.
OPENING = ("หาก", "ถ้า", "แม้", "เมื่อ", "ถึงแม้", "อย่างไรก็ตาม", "นอกจากนี้", "ดังนั้น",
           "ทั้งนี้")
#: Words that begin the name of a body (a hospital, a university, a ministry, a
#: department, an office, a company, a bank, an institute, an organisation, a court, a
#: foundation, a school): a sentence made only of such names so far is its subject,
#: and its verb follows the space (``กรมควบคุมโรค กระทรวงสาธารณสุข แนะนำ...``).
BODIES = ("โรงพยาบาล", "มหาวิทยาลัย", "กระทรวง", "กรม", "สำนักงาน", "บริษัท", "ธนาคาร",
          "สถาบัน", "องค์การ", "ศาล", "มูลนิธิ", "สมาคม", "โรงเรียน")
#: The most Thai letters a list item (between two spaces) has.
ITEM = 20
#: Fewer Thai letters than this on either side of a space: no sentence ends there.
SHORT = 5
#: Spaces between a title abbreviation and the end of the name and position after it.
NAME_SPACES = 3
#: The most list items looked at past a space for the "and" or "or" that ends a list.
LIST_REACH = 10

_SPACE = re.compile(r"[ \t\u00a0]+")
_THAI_START = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")
_QUOTES = "\"\u201c"
_LONGEST = max(len(w) for w in (*LEADING, *TITLES))
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


class _Letters:
    """The Thai letters of any piece of ``text[start:end]``, counted once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        self.before = [0, *itertools.accumulate(_thai(c) for c in text[start:end])]

    def __call__(self, a: int, b: int) -> int:
        return self.before[b - self.start] - self.before[a - self.start]


def _in_list(text: str, spaces: list[tuple[int, int]], k: int, end: int,
             letters: _Letters) -> bool:
    """Whether the pieces after space ``k`` (at most :data:`LIST_REACH` of them) are
    short list items up to one that begins with "and" or "or"."""
    for m in range(k + 1, min(len(spaces), k + LIST_REACH) + 1):
        a = spaces[m - 1][1]
        b = spaces[m][0] if m < len(spaces) else end
        if letters(a, b) > ITEM:
            return False
        if m < len(spaces) and text.startswith(("และ", "หรือ"), spaces[m][1]):
            return True
        if text[a:b].endswith(("และ", "หรือ")):
            return False  # the list ended inside this piece
    return False


class _Sentence:
    """What the sentence so far holds, read once as its spaces are passed: open
    brackets, and the first title abbreviation's period (``นพ.`` before a name)."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = self.read = start
        self.depth = 0
        self.title: int | None = None  # the period, while the name after it goes on
        self.named = False  # a title was read and its name has ended
        self.bodies = True  # every piece so far is a short name of a body (BODIES)

    def upto(self, i: int) -> None:
        text = self.text
        self.depth += text.count("(", self.read, i) - text.count(")", self.read, i)
        if self.title is None and not self.named:
            for s in range(max(self.read, self.start + 1), i):
                if text[s] == "." and _thai(text[s - 1]):
                    self.title = s
                    break
        self.read = i

    def title_word(self, i: int) -> None:
        """A title word just before the space at ``i``: its name follows."""
        self.title, self.named = i - 1, False

    def after_title(self, i: int) -> bool:
        """Whether a title's name and position go on: fewer than :data:`NAME_SPACES`
        spaces since its period."""
        if self.title is None or self.title == i - 1:
            return False  # a period just before the space may end the sentence
        if self.text.count(" ", self.title, i) < NAME_SPACES:
            return True
        self.title, self.named = None, True
        return False


def space_cuts(text: str, start: int, end: int, cuts: Iterable[int] = ()) -> list[int]:
    """The offsets in ``text[start:end]`` where a space ends a Thai sentence, given
    the splitter's other ``cuts`` (a sentence is measured from the last of them)."""
    spaces = _candidates(text, start, end)
    if not spaces:
        return []
    letters = _Letters(text, start, end)
    other = sorted(cuts)
    out: list[int] = []
    last = start
    sentence = _Sentence(text, start)
    oi = 0
    for k, (i, j) in enumerate(spaces):
        while oi < len(other) and other[oi] <= i:
            if other[oi] > last:
                last = other[oi]
                sentence = _Sentence(text, last)
            oi += 1
        sentence.upto(i)
        piece = max(last, spaces[k - 1][1]) if k else last
        sentence.bodies = sentence.bodies and text.startswith(BODIES, piece) and (
            letters(piece, i) <= ITEM)
        word_before = text[max(last, i - _LONGEST):i]
        if word_before.endswith(TITLES):
            sentence.title_word(i)
            continue
        if sentence.bodies:
            continue  # the names of bodies so far are the subject: its verb follows
        if text.startswith(JOINING, j + (text[j] in _QUOTES)):
            continue
        if word_before.endswith(LEADING):
            continue
        lead = last + (text[last] in _QUOTES)
        if text.startswith(OPENING, lead) and text.find(" ", lead, i) < 0:
            continue
        if sentence.depth > 0 or sentence.after_title(i):
            continue
        before = letters(max(last, spaces[k - 1][1]) if k else last, i)
        after = letters(j, spaces[k + 1][0] if k + 1 < len(spaces) else end)
        if min(before, after) < SHORT or _in_list(text, spaces, k, end, letters):
            continue
        out.append(j)
        last = j
        sentence = _Sentence(text, j)
    return out
