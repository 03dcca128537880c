"""number-word-mismatch: a small count in words changed (``two years`` / ``trois ans``).

``number-mismatch`` compares numbers in words on both sides only from 11 up
(:mod:`aligner.check.spelled_pairs`): ``one``, ``un``, ``una``, ``ein`` are articles and
pronouns as often, ``second`` is an ordinal or a time unit, and novels change ``two or
three`` freely.  Yet a manual's or a warranty's ``two years``, ``three cycles``, ``press
twice`` matter.  So a count from 2 to 10 in words is compared only where it counts a
thing of measure: right before (a space or a hyphen between) one of the nouns of the
language's ``counted.txt`` -- years, months, weeks, days, hours, minutes, seconds,
times, cycles, persons, pages, sheets -- or a word that says the count itself
(``twice``, ``dreimal``).  The number words are that file's ``[numbers]``, cardinals
only; one is never compared.  A number word after another number word, a joiner
(``veinte y dos días``) or digits is part of a larger number or a range and is not read.

Each side's counts are grouped by the thing counted; a thing counted on both sides with
other counts (``two years`` / ``trois ans``) is reported -- not a thing only one side
counts (``two weeks`` / ``quince días``), nor a count one side writes in digits
(``two years`` / ``3 años``: ``number-mismatch`` says that).  Digits before the noun
answer a count in words (``two years`` / ``2 años``).  A warning of its own, so that a
literary text can turn it off (``--disable number-word-mismatch``).

Languages with a ``counted.txt``: en, es, fr, de, it, pt, nl, pl; a pair with another
language is not compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.numbers import number_words
from aligner.lang import COUNTED_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.model import Finding

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_BETWEEN = re.compile(r"[ \t\u00a0\-\u2010\u2011]+")  # two years, two-year, 2 años
_NUMBERS = "numbers"
_LOWEST, _HIGHEST = 2, 10


@dataclass(frozen=True, slots=True)
class Counted:
    """A language's ``counted.txt``: small cardinals, and the nouns of things counted."""

    numbers: dict[str, int]  # a folded number word -> its value
    nouns: dict[str, str]  # a folded noun -> the thing it counts (year, times)
    said: dict[str, tuple[str, int]]  # a word that says a count itself (twice)
    other: frozenset[str]  # the language's number words and joiners (numbers.tsv)


@dataclass(frozen=True, slots=True)
class _Count:
    thing: str
    value: int
    start: int
    end: int
    in_words: bool


def _fold(word: str) -> str:
    return strip_accents(word.lower()).replace("’", "'")


def parse_counted(text: str, *, name: str) -> tuple[dict[str, int], dict[str, str],
                                                    dict[str, tuple[str, int]]]:
    """The number words, nouns and count words of a ``counted.txt``; ``ValueError`` naming
    ``name`` and the line for an entry before any section or a value out of 2-10."""
    numbers: dict[str, int] = {}
    nouns: dict[str, str] = {}
    said: dict[str, tuple[str, int]] = {}
    for section, entries in data_sections(text, name=name).items():
        for entry in entries:
            value, _, word = entry.partition(" ")
            if word and value.isdigit():
                if not _LOWEST <= int(value) <= _HIGHEST:
                    raise ValueError(f"{name}: {entry!r}: a count from 2 to 10")
                if section == _NUMBERS:
                    numbers[_fold(word)] = int(value)
                else:
                    said[_fold(word)] = (section, int(value))
            elif section == _NUMBERS:
                raise ValueError(f"{name}: {entry!r}: a number word needs its value")
            else:
                nouns[_fold(entry)] = section
    return numbers, nouns, said


@cache
def counted_words(lang: str) -> Counted | None:
    """The ``counted.txt`` of ``lang``, or None when it has none."""
    text = get_profile(lang).data_text(COUNTED_DATA)
    if text is None:
        return None
    numbers, nouns, said = parse_counted(text, name=f"{lang}/{COUNTED_DATA}")
    table = number_words(lang)
    other = {_fold(w) for ws in table.words.values() for w in ws}
    other |= {_fold(w) for w in table.lists.get("joiners", ())}
    return Counted(numbers, nouns, said, frozenset(other))


def counts(text: str, words: Counted) -> list[_Count]:
    """The things ``text`` counts from 2 to 10, in words or in digits, before a noun."""
    tokens = list(_TOKEN.finditer(text))
    found: list[_Count] = []
    for i, m in enumerate(tokens):
        word = _fold(m.group())
        if word in words.said:
            thing, value = words.said[word]
            found.append(_Count(thing, value, m.start(), m.end(), True))
            continue
        digits = word.isdecimal()  # (not a superscript: 10⁹)
        number = int(word) if digits else words.numbers.get(word)
        if number is None or i + 1 == len(tokens):
            continue
        after = tokens[i + 1]
        if not _BETWEEN.fullmatch(text, m.end(), after.start()):
            continue
        noun = words.nouns.get(_fold(after.group()))
        if noun is None or (not digits and _in_larger(text, tokens, i, words)):
            continue
        found.append(_Count(noun, number, m.start(), after.end(), not digits))
    return found


def _in_larger(text: str, tokens: list[re.Match[str]], i: int, words: Counted) -> bool:
    """Whether the number word ``tokens[i]`` follows a number (words or digits) or a
    joiner, next to it: part of a larger number (``twenty-two``) or of a range."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if not _BETWEEN.fullmatch(text, before.end(), tokens[i].start()):
        return False
    word = _fold(before.group())
    return word[:1].isdecimal() or word in words.other


def _changed(src: list[_Count], tgt: list[_Count]) -> tuple[list[_Count], list[_Count]]:
    """The source's counts the target lacks and the target's the source lacks, of the
    things both sides count, where each side has one left in words."""
    missing: list[_Count] = []
    extra: list[_Count] = []
    for thing in dict.fromkeys(c.thing for c in src):
        mine = [c for c in src if c.thing == thing]
        theirs = [c for c in tgt if c.thing == thing]
        if not theirs:
            continue
        lacking = Counter(c.value for c in mine) - Counter(c.value for c in theirs)
        added = Counter(c.value for c in theirs) - Counter(c.value for c in mine)
        left = [c for c in mine if c.value in lacking]
        new = [c for c in theirs if c.value in added]
        if any(c.in_words for c in left) and any(c.in_words for c in new):
            missing += left
            extra += new
    return missing, extra


def check_counted(ctx: Context) -> Iterator[Finding]:
    src_words, tgt_words = counted_words(ctx.src_lang), counted_words(ctx.tgt_lang)
    if src_words is None or tgt_words is None:
        return
    for u, unit in translated_units(ctx):
        src = counts(unit.source, src_words)
        if not any(c.in_words for c in src):
            continue
        missing, extra = _changed(src, counts(unit.target, tgt_words))
        if not missing:
            continue
        said = [unit.source[c.start:c.end] for c in missing]
        written = [unit.target[c.start:c.end] for c in extra]
        yield Finding(
            code="number-word-mismatch", severity=ctx.severity("number-word-mismatch"),
            unit=u, message="a count in words differs: "
            + ", ".join(f"{s!r} ({c.value})" for s, c in zip(said, missing, strict=True))
            + " in the source, "
            + ", ".join(f"{w!r} ({c.value})" for w, c in zip(written, extra, strict=True))
            + " in the target",
            expected=tuple(said), found=", ".join(written),
            src_span=(missing[0].start, missing[0].end),
            tgt_span=(extra[0].start, extra[0].end))
