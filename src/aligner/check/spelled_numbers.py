"""Numbers spelled out over several words or inside one: ``treinta y cuatro``,
``quatre-vingt-dix``, ``vierunddreißig``, ``trentaquattro``, ``mil novecientos setenta``.

For ``number-mismatch`` (:mod:`aligner.check.numbers`): a number in digits on one side
may be written in words on the other.  A language's ``numbers.tsv`` gives its number
words (``VALUE<TAB>words``), the words that join two of them (``joiners``: ``y``,
``and``, ``und``, ``en``, ``et``, ``e``), words besides those of hundreds that multiply
the number before them (``multipliers``: French ``vingt`` in ``quatre-vingts``), and
whether a unit comes before its tens (``units_first``: German ``vierundzwanzig``,
Dutch ``vierentwintig``).

A word of the text is read as number words and joiners written together (German, Dutch
and Italian write a number as one word: ``zweihunderteinundzwanzig``, ``ventotto``),
and words next to each other -- apart by spaces or hyphens -- as one number as long as
each adds to the one before as numbers are written: a smaller part after a larger one
(``treinta`` ``cuatro``), a unit before its tens where the language writes so, a
multiplier after a smaller number (``deux cent``, ``quatre-vingts``), a magnitude
(``mil``, ``million``) after a number smaller than it.  Where a word does not continue
the number, a new one begins: ``uno y dos`` is 1 and 2, never 3.

A joiner may be written onto the word after it (the ``joiner_prefix`` list: Arabic
``و``, ``خمسة وعشرون``, ``مليون ونصف``), read as the joiner and the word.

A half of a magnitude (the ``half`` words of ``numbers.tsv``, and the ``half_article``
that may stand beside one) counts after it, joined (``un millón y medio``, ``um milhão e
meio``, ``a million and a half``: 1,500,000), or before it (``medio millón``, ``meio
milhão``, ``half a million``: 500,000; ``one and a half million``); a half of anything
smaller (``dos años y medio``) is left out, the number read as before it (digits of
the other side with a half, ``2,5``, are answered by :mod:`aligner.check.spelled_halves`)
-- but for the numbers of the ``halved`` list, whose half is a number too: ``media
docena``, ``half a dozen`` (6).  ``una docena``, ``a dozen`` are 12; ``dozens of``,
``decenas de`` no number.

Arabic writes 11 to 19 as a unit and a ten (``خمسة عشر``, ``ثلاث عشرة``, ``الثالث عشر``): a
word of the ``teen`` list right after a unit adds ten to it, one number; the first
words of 11 and 12 that are no number alone (``أحد`` is "anyone" too), the ``t`` lines
(``t1 أحد إحدى الحادي``, ``t2 اثنا اثني``), are read only before such a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from aligner.check.folding import strip_accents
from aligner.textutil import LETTER, MARKS, WORD

# a word with its vowel signs (पच्चीस, without its virama once folded): read whole
_WORD = re.compile(WORD)
_BETWEEN = re.compile(r"[\s\-\u2010\u2011]*")
_JOIN = -1  # a joiner among the parts of a word
_HALF = -2  # a half (medio, meio, half)
_ARTICLE = -3  # the article beside a half (English a: half a million)
_TEEN = -4  # a ten that makes a teen after a unit (Arabic عشر: خمسة عشر)
_TEEN_UNIT = -10  # minus a unit only before a teen word: -11 is أحد, 1 (أحد عشر)
_LONGEST_WORD = 60  # no number word is longer: a longer word is not read


@dataclass(frozen=True)
class WordReader:
    """The number words of one language, to read spelled-out numbers with."""

    values: Mapping[str, int]  # a word (lower case, without accents) -> its value
    joiners: frozenset[str] = frozenset()
    multipliers: frozenset[int] = frozenset({100})
    units_first: bool = False
    halves: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    halved: frozenset[int] = frozenset()  # the numbers a half goes before (half a dozen)
    #: joiners written onto the word after them (Arabic و: خمسة وعشرون, مليون ونصف)
    prefixes: frozenset[str] = frozenset()
    teens: frozenset[str] = frozenset()  # a ten after a unit: its teen (خمسة عشر)
    #: a word that is a unit only before one of ``teens`` -> the unit (أحد عشر, اثنا عشر)
    teen_units: Mapping[str, int] = field(default_factory=dict)
    _parts: dict[str, tuple[int, ...] | None] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, words: Mapping[int, tuple[str, ...]], lists: Mapping[str, tuple[str, ...]],
           teen_units: Mapping[int, tuple[str, ...]] | None = None) -> WordReader:
        values: dict[str, int] = {}
        for value, spellings in words.items():
            for word in spellings:  # folded as the text is (Hindi without its virama)
                values.setdefault(strip_accents(word.lower()), value)
        multipliers = {100} | {values[w] for w in lists.get("multipliers", ()) if w in values}
        return cls(values, frozenset(lists.get("joiners", ())), frozenset(multipliers),
                   bool(lists.get("units_first")), frozenset(lists.get("half", ())),
                   frozenset(lists.get("half_article", ())),
                   frozenset(values[w] for w in lists.get("halved", ()) if w in values),
                   frozenset(lists.get("joiner_prefix", ())),
                   frozenset(strip_accents(w.lower()) for w in lists.get("teen", ())),
                   {strip_accents(w.lower()): unit for unit, ws in (teen_units or {}).items()
                    for w in ws})

    @cached_property
    def half_words(self) -> frozenset[str]:
        """The words that say a half, alone or after a joiner written onto them (``ونصف``)."""
        return self.halves | {p + h for p in self.prefixes for h in self.halves}

    @cached_property
    def _starts(self) -> re.Pattern[str]:
        """A word that opens as a number word or a half does, its first three letters
        (the whole word, if the number word is shorter): a quick look at a text's words
        before reading them, in one search."""
        starts = {w[:3] for w in [*self.values, *self.halves, *self.teen_units]
                  if _WORD.fullmatch(w[:3])}
        # (a start with another character than a letter is no word's first letters);
        # a number word shorter than three letters opens any word: written together
        # with the next number word it is one (Portuguese ``umbilhão``, read as parts)
        return re.compile(f"(?<!{LETTER})(?:{'|'.join(map(re.escape, starts)) or '(?!)'})")

    @cached_property
    def _heads(self) -> re.Pattern[str]:
        """A word that may be read as parts (:meth:`parts`): one that opens as a number
        word, a joiner, a half or an article does (the first three letters of each, or
        the whole if shorter); no other word is, and reading skips it -- a word between
        two numbers still parts them, as its letters are no space or hyphen."""
        words = [*self.values, *self.joiners, *self.halves, *self.articles, *self.teen_units]
        words += [p + w for p in self.prefixes
                  for w in [*self.values, *self.halves, *self.teen_units]]
        heads = {w[:3] for w in words if _WORD.fullmatch(w[:3])}
        alternatives = "|".join(map(re.escape, heads)) or "(?!)"
        return re.compile(f"(?<!{LETTER})(?:{alternatives})(?:[^\\W\\d_]|[{MARKS}])*")

    def numbers(self, text: str) -> set[int]:
        """The values of the numbers ``text`` writes in words."""
        found: set[int] = set()
        if not self.values:
            return found
        plain = strip_accents(text.lower())
        if not self._starts.search(plain):
            return found  # (a quick look: no word opens as a number word does)
        reading: _Number | None = None
        end = 0
        for m in self._heads.finditer(plain):
            parts = self.parts(m.group())
            if reading is not None and not (
                    parts and _BETWEEN.fullmatch(plain, end, m.start()) is not None):
                found |= reading.done()
                reading = None
            end = m.end()
            if not parts:
                continue
            for part in parts:
                if reading is None:
                    if part not in (_JOIN, _ARTICLE):
                        reading = _Number(self)
                        reading.add(part)
                elif not reading.add(part):
                    found |= reading.done()
                    reading = None if part in (_JOIN, _ARTICLE) else _Number(self)
                    if reading is not None:
                        reading.add(part)
        if reading is not None:
            found |= reading.done()
        return found

    def parts(self, word: str) -> tuple[int, ...] | None:
        """``word`` as number words and joiners written together (a joiner, ``_JOIN``,
        only between two numbers, or alone), or None."""
        if word in self._parts:
            return self._parts[word]
        if word in self.joiners:
            result: tuple[int, ...] | None = (_JOIN,)
        elif word in self.halves:
            result = (_HALF,)
        elif word in self.articles:
            result = (_ARTICLE,)
        elif word in self.teens:
            result = (_TEEN,)
        elif word in self.teen_units:
            result = (_TEEN_UNIT - self.teen_units[word],)
        elif len(word) > _LONGEST_WORD:
            result = None
        else:
            result = self._split(word, 0, {})
            if result is None:  # a joiner written onto a number or a half (ونصف)
                result = next(((_JOIN, *rest) for p in sorted(self.prefixes)
                               if word.startswith(p) and len(word) > len(p)
                               and (rest := self.parts(word[len(p):]))
                               and rest[0] not in (_JOIN, _ARTICLE)), None)
        self._parts[word] = result
        return result

    def _split(self, word: str, start: int, memo: dict[int, tuple[int, ...] | None]
               ) -> tuple[int, ...] | None:
        """The parts of ``word[start:]``, beginning and ending with a number."""
        if start in memo:
            return memo[start]
        memo[start] = None
        for end in range(len(word), start, -1):  # the longest word first
            value = self.values.get(word[start:end])
            if value is None:
                continue
            if end == len(word):
                memo[start] = (value,)
                return memo[start]
            rest = self._split(word, end, memo)
            if rest is None:  # a joiner, then a number
                rest = next(((_JOIN, *after) for j in sorted(self.joiners)
                             if word.startswith(j, end)
                             and (after := self._split(word, end + len(j), memo))), None)
            if rest is not None:
                memo[start] = (value, *rest)
                return memo[start]
        return None


class _Number:
    """A number being read a part at a time (:meth:`WordReader.numbers`)."""

    def __init__(self, reader: WordReader) -> None:
        self.reader = reader
        self.total = 0  # thousands and above, done
        self.current = 0  # below the next magnitude
        self.last = 0  # the last part added
        self.scale = 0  # the last magnitude
        self.unit = 0  # what the last magnitude counts in (mil millones: 10^9)
        self.joined = False  # a joiner since the last number
        self.half = False  # a half before the magnitude to come (medio millón)
        self.closed = False  # a half after a magnitude ends the number
        self.halved = False  # a half read: one a number
        self.pending = 0  # a unit read only if a teen word follows (أحد before عشر)

    def add(self, part: int) -> bool:
        """Take ``part`` into the number; False when it begins another number."""
        if self.closed or (self.pending and part != _TEEN):
            return False
        if part == _JOIN:
            if self.joined or not (self.current or self.total):
                return False
            self.joined = True
            return True
        if part == _ARTICLE:  # half a million, one and a half million
            return self.half or self.joined
        if part == _HALF:
            return self._half()
        if part == _TEEN:
            if self._teen():
                return True
            part = 10  # a ten alone
        elif part <= _TEEN_UNIT:  # أحد, اثنا: a unit if a teen word follows
            if not self.add(_TEEN_UNIT - part):
                return False
            self.pending = _TEEN_UNIT - part
            return True
        joined, self.joined = self.joined, False
        if self.half and part in self.reader.halved and not (self.current or self.total):
            self.current, self.half, self.last = part // 2, False, part  # half a dozen
            return True
        if part >= 1000:
            return self._magnitude(part)
        if part in self.reader.multipliers and not joined and self._multiply(part):
            return True  # (after a joiner, another number: sesenta y cien is 60 and 100)
        small = self.current % 100
        if self.last and part < self.last and self._room(part):
            self.current += part
        elif (self.reader.units_first and 0 < small < 10 and self.last == small
              and part % 10 == 0 and 20 <= part < 100):
            self.current += part  # vierundzwanzig, vierentwintig
        elif not (self.current or self.total):
            self.current = part
        else:
            return False
        self.last = part
        return True

    def _half(self) -> bool:
        """A half: of the magnitude just read (``un millón y medio``), or of the one to
        come (``medio millón``, ``one and a half million``)."""
        if self.half or self.halved:
            return False
        if self.joined and self.last >= 1000 and not self.current:
            self.total += self.unit // 2
            self.closed = True
            return True
        if self.joined or not (self.current or self.total):
            self.joined = False
            self.half = self.halved = True
            return True
        return False

    def _teen(self) -> bool:
        """A ten after the unit just read, no joiner between: its teen (``خمسة عشر``)."""
        unit = self.current % 10
        if self.joined or not unit or self.last != unit or self.current % 100 != unit:
            return False
        self.current += 10
        self.last, self.pending = self.current % 100, 0
        return True

    def _room(self, part: int) -> bool:
        """Whether ``part`` fills places of the number still empty: no unit after a unit
        (``veintidós`` ``cuatro``), tens only after hundreds or, below twenty, after
        tens (``soixante-dix``, ``quatre-vingt-onze``), hundreds after thousands."""
        if part >= 100:
            return self.current % 1000 == 0
        if self.current % 10:
            return False
        return part < 10 or self.current % 100 == 0 or part < 20

    def _multiply(self, part: int) -> bool:
        """``deux cent``, ``quatre-vingts``: the small number before ``part`` times it."""
        below = self.current % (1000 if part == 100 else 100)
        if not 0 < below < part:
            return False
        self.current += below * part - below
        self.last = part
        return True

    def _magnitude(self, part: int) -> bool:
        """``mil``, ``million``: what comes before it times it (``mil millones``)."""
        if self.half:  # medio millón, one and a half million
            if self.total:
                return False
            self.total = self.current * part + part // 2
            self.half = False
            self.unit = part
        elif self.total and self.scale < part:
            self.unit = part if self.current else self.unit * part
            self.total = (self.total + self.current) * part
        elif self.total and self.scale == part:
            return False
        else:
            self.total += (self.current or 1) * part
            self.unit = part
        self.current = 0
        self.scale = self.last = part
        return True

    def done(self) -> set[int]:
        """The number read (none when it was only a joiner)."""
        value = self.total + self.current - self.pending
        return {value} if value else set()
