"""Sentence ends at spaces, in the scripts that write no sentence punctuation: Thai, Lao.

Thai and Lao write no full stop.  A space ends a sentence, but it also parts clauses
(``หากไม่ได้รับการรักษา อาจทำให้...``), the items of a list (``ผู้สูงอายุ เด็กเล็ก
และผู้ที่...``), a name and a surname (``ທ່ານ ສົມພອນ ໄຊຍະວົງ``) and the parts of a
date.  Each space between two words of the script is a candidate; it ends a sentence
unless the words around it say the sentence goes on.  The words are the language's
(``lang/<code>/spaces.txt``, read into :class:`Words`); the rule is one for both:

* the next word joins (``[joining]``: Thai ``และ``, Lao ``ແລະ`` "and", ``ซึ่ง``/``ເຊິ່ງ``
  "which", ...) or the last one leads on (``[leading]``: ``ว่า``/``ວ່າ`` "that", ...);
* the sentence so far is one clause opened by a subordinating or linking word
  (``[opening]``: ``หาก``/``ຖ້າ`` "if", ``เมื่อ``/``ເມື່ອ`` "when", ...): its main
  clause follows the space;
* a bracket is open, or a name after a title abbreviation (``นพ.สมชาย วงศ์ษา
  ผู้อำนวยการ...``) or a title word (``[titles]``: ``นายกรัฐมนตรี เศรษฐา ทวีสิน``,
  ``ທ່ານ ສົມພອນ ໄຊຍະວົງ``; not a word of ``[not_titles]`` that ends like one, ``ທຸກທ່ານ``
  "everyone") has not had its surname and position yet;
* the sentence so far is only names of bodies (``[bodies]``: ``โรงพยาบาลศิริราช
  มหาวิทยาลัยมหิดล``), its subject: the verb follows the space;

and, unless the last word is a sentence-final particle (``[ending]``: Lao ``ແລ້ວ``,
``ເດີ``, ``ບໍ``) or the next begins a sentence (``[starting]``: Lao ``ແຕ່`` "but",
``ດັ່ງນັ້ນ`` "so"; not a word of ``[not_starting]``, ``ແຕ່ງ`` "to arrange"):

* the space is inside a list: the pieces after it are short (at most :data:`ITEM`
  letters each) up to one that begins with a word of ``[list_ends]`` ("and", "or") or
  ends with one of ``[list_closes]`` (Lao ``ຯລຯ``, "and so on");
* the piece before or after it (to the next candidate) has fewer than :data:`SHORT`
  letters (a word of a date, a name, a unit).

Each space is decided with bounded work (the sentence so far is read once, as its
spaces are passed; a list at most :data:`LIST_REACH` items ahead), so a long paragraph
is split in linear time.  A space after a digit or before one is no candidate
(``4 ถึง 10 วัน``, ``໑໐ ກິໂລແມັດ``).  The rule looks at the script, not at the language
code.  The cuts are the offsets of the first character after the space, so the
splitter's spans still cover the text.  Measured against hand-split text
(``benchmarks/thai_segmentation.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from aligner.lang.base import SPACES_DATA, read_data

#: The most letters a list item (between two spaces) has.
ITEM = 20
#: Fewer letters than this on either side of a space: no sentence ends there.
SHORT = 5
#: Spaces between a title abbreviation and the end of the name and position after it.
NAME_SPACES = 3
#: The most list items looked at past a space for the "and" or "or" that ends a list.
LIST_REACH = 10
_SECTIONS = ("joining", "leading", "titles", "not_titles", "opening", "bodies", "list_ends",
             "list_closes", "ending",
             "starting", "not_starting")

_SPACE = re.compile(r"[ \t\u00a0]+")
_QUOTES = "\"\u201c"
_CLOSERS = ".\"\u201d"  # not ")": a bracket closes inside a sentence


@dataclass(frozen=True, slots=True)
class Words:
    """A language's words around a space (``spaces.txt``, one section each)."""

    joining: tuple[str, ...] = ()
    leading: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    not_titles: tuple[str, ...] = ()
    opening: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    list_ends: tuple[str, ...] = ()
    list_closes: tuple[str, ...] = ()
    ending: tuple[str, ...] = ()
    starting: tuple[str, ...] = ()
    not_starting: tuple[str, ...] = ()

    @property
    def longest(self) -> int:
        """The longest word looked for before a space."""
        return max(len(w) for w in (*self.leading, *self.titles, *self.not_titles, *self.ending,
                                         " "))


def parse_words(text: str, *, name: str) -> Words:
    """The sections of a ``spaces.txt``: a word a line, a gloss after it, ``#`` comments."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            if section not in _SECTIONS:
                raise ValueError(f"{name}:{n}: unknown section [{section}]")
            current = sections.setdefault(section, [])
        elif current is None:
            raise ValueError(f"{name}:{n}: a word before any [section]")
        else:
            current.append(line.split()[0])
    return Words(**{k: tuple(v) for k, v in sections.items()})


@dataclass(frozen=True, slots=True)
class Script:
    """A script whose sentences end at spaces: its letters, and whose words it reads."""

    lang: str
    #: Its letters, vowels, tone marks and signs (the block less its digits).
    first: str
    last: str
    digits: tuple[str, str]
    #: The characters a word begins with: consonants and the vowels written before one.
    starts: str

    def letter(self, c: str) -> bool:
        return self.first <= c <= self.last and not self.digits[0] <= c <= self.digits[1]

    def starts_word(self, c: str) -> bool:
        return c in self.starts

    @property
    def words(self) -> Words:
        return _words(self.lang)


def _chars(*ranges: tuple[str, str]) -> str:
    return "".join(chr(c) for a, b in ranges for c in range(ord(a), ord(b) + 1))


THAI = Script("th", "\u0e01", "\u0e5b", ("\u0e50", "\u0e59"),
              _chars(("\u0e01", "\u0e2e"), ("\u0e40", "\u0e44")))
# Lao: the consonants (U+0E81-U+0EAE), the vowels written before a consonant
# (U+0EC0-U+0EC4) and the ligatures ໜ ໝ (and the rare ໞ ໟ) that begin words too
# (ໜ້າ, ໝາ); the block's letters and signs run to U+0EDF past the digits ໐-໙.
LAO = Script("lo", "\u0e81", "\u0edf", ("\u0ed0", "\u0ed9"),
             _chars(("\u0e81", "\u0eae"), ("\u0ec0", "\u0ec4"), ("\u0edc", "\u0edf")))
#: The scripts, in the order their cuts are added.
SCRIPTS = (THAI, LAO)
_STARTS = {s: re.compile(f"[{re.escape(s.starts)}]") for s in SCRIPTS}


@cache
def _words(lang: str) -> Words:
    text = read_data(f"aligner.lang.{lang}", SPACES_DATA)
    if text is None:
        raise FileNotFoundError(f"aligner.lang.{lang} has no {SPACES_DATA}")
    return parse_words(text, name=f"{lang}/{SPACES_DATA}")


def scripts_in(text: str, start: int, end: int) -> list[Script]:
    """The scripts of :data:`SCRIPTS` with a letter in ``text[start:end]`` (the rule has
    nothing to do otherwise)."""
    return [s for s in SCRIPTS if _STARTS[s].search(text, start, end) is not None]


def _candidates(script: Script, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spaces ``(first, past)`` between two words of the script in ``text[start:end]``."""
    letter, starts_word = script.letter, script.starts_word
    out = []
    for m in _SPACE.finditer(text, start, end):
        i, j = m.start(), m.end()
        if i == start or j >= end:
            continue
        p = text[i - 1]
        after = letter(p) or (p in _CLOSERS and i - 2 >= start and letter(text[i - 2]))
        n = text[j]
        opens = starts_word(n) or (n in _QUOTES and j + 1 < end and starts_word(text[j + 1]))
        if after and opens:
            out.append((i, j))
    return out


class _Letters:
    """The letters of the script in any piece of ``text[start:end]``, counted once."""

    def __init__(self, script: Script, text: str, start: int, end: int) -> None:
        self.start = start
        self.before = [0, *itertools.accumulate(script.letter(c) for c in text[start:end])]

    def __call__(self, a: int, b: int) -> int:
        return self.before[b - self.start] - self.before[a - self.start]


def _in_list(text: str, spaces: list[tuple[int, int]], k: int, end: int,
             letters: _Letters, words: Words) -> bool:
    """Whether the pieces after space ``k`` (at most :data:`LIST_REACH` of them) are
    short list items up to one that begins with a word of ``[list_ends]`` ("and",
    "or") or ends with one of ``[list_closes]`` (Lao ``ຯລຯ``, "and so on")."""
    ends = words.list_ends
    for m in range(k + 1, min(len(spaces), k + LIST_REACH) + 1):
        a = spaces[m - 1][1]
        b = spaces[m][0] if m < len(spaces) else end
        if letters(a, b) > ITEM:
            return False
        if m < len(spaces) and text.startswith(ends, spaces[m][1]):
            return True
        if text[a:b].endswith(words.list_closes):
            return True
        if text[a:b].endswith(ends):
            return False  # the list ended inside this piece
    return False


class _Sentence:
    """What the sentence so far holds, read once as its spaces are passed: open
    brackets, and the first title abbreviation's period (``นพ.``, ``ດຣ.`` before a name)."""

    def __init__(self, script: Script, text: str, start: int) -> None:
        self.script = script
        self.text = text
        self.start = self.read = start
        self.depth = 0
        self.title: int | None = None  # the period, while the name after it goes on
        self.named = False  # a title was read and its name has ended
        self.bodies = True  # every piece so far is a short name of a body

    def upto(self, i: int) -> None:
        text = self.text
        self.depth += text.count("(", self.read, i) - text.count(")", self.read, i)
        if self.title is None and not self.named:
            for s in range(max(self.read, self.start + 1), i):
                if text[s] == "." and self.script.letter(text[s - 1]):
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


def space_cuts(script: Script, text: str, start: int, end: int,
               cuts: Iterable[int] = ()) -> list[int]:
    """The offsets in ``text[start:end]`` where a space ends a sentence of ``script``,
    given the splitter's other ``cuts`` (a sentence is measured from the last of them)."""
    spaces = _candidates(script, text, start, end)
    if not spaces:
        return []
    words = script.words
    longest = words.longest
    letters = _Letters(script, text, start, end)
    other = sorted(cuts)
    out: list[int] = []
    last = start
    sentence = _Sentence(script, text, start)
    oi = 0
    for k, (i, j) in enumerate(spaces):
        while oi < len(other) and other[oi] <= i:
            if other[oi] > last:
                last = other[oi]
                sentence = _Sentence(script, text, last)
            oi += 1
        sentence.upto(i)
        piece = max(last, spaces[k - 1][1]) if k else last
        sentence.bodies = sentence.bodies and text.startswith(words.bodies, piece) and (
            letters(piece, i) <= ITEM)
        word_before = text[max(last, i - longest):i]
        if word_before.endswith(words.titles) and not word_before.endswith(words.not_titles):
            sentence.title_word(i)
            continue
        if sentence.bodies:
            continue  # the names of bodies so far are the subject: its verb follows
        nxt = j + (text[j] in _QUOTES)
        if text.startswith(words.joining, nxt):
            continue
        if word_before.endswith(words.leading):
            continue
        lead = last + (text[last] in _QUOTES)
        if text.startswith(words.opening, lead) and text.find(" ", lead, i) < 0:
            continue
        if sentence.depth > 0 or sentence.after_title(i):
            continue
        if not (word_before.endswith(words.ending) or (
                text.startswith(words.starting, nxt)
                and not text.startswith(words.not_starting, nxt))):
            before = letters(piece, i)
            after = letters(j, spaces[k + 1][0] if k + 1 < len(spaces) else end)
            if min(before, after) < SHORT or _in_list(text, spaces, k, end, letters, words):
                continue
        out.append(j)
        last = j
        sentence = _Sentence(script, text, j)
    return out
