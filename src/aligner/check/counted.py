"""number-word-mismatch: a small count in words changed (``two years`` / ``trois ans``).

``number-mismatch`` compares numbers in words on both sides only from 11 up
(:mod:`aligner.check.spelled_pairs`): ``one``, ``un``, ``una``, ``ein`` are articles and
pronouns as often, ``second`` is an ordinal or a time unit, and novels change ``two or
three`` freely.  Yet a manual's or a warranty's ``two years``, ``three cycles``, ``press
twice`` matter.  So a count from 2 to 10 in words is compared only where it counts a
thing of measure: right before (a space or a hyphen between) one of the nouns of the
language's ``counted.txt`` -- years, months, weeks, days, hours, minutes, seconds,
times, cycles, pages, sheets, and persons by any noun that says who they are
(``children``, ``hijos``, ``Männer``: one thing, so ``dos hijos`` / ``two sons`` agree)
-- or a word that says the count itself
(``twice``, ``dreimal``, a multiple: ``das Doppelte``, ``double``), or a compound
made of a number word and a suffix that says the thing (German ``zweijährige``,
``dreifach``).  One word may stand between the count and its noun
(``two long years``, ``trois longues années``) when it is no number word, no joiner, no
function word of the language's ``stopwords.txt`` and none of ``[not between]`` (``per``,
``every``, ``last``: ``two per day`` counts no days).  A half after the count or after
its noun (``two and a half years``, ``dos años y medio``, ``zweieinhalb Jahre``, the
file's ``[half]``) makes it N.5.  The number words are that file's ``[numbers]``,
cardinals only; one is compared only where the file's ``[one]`` says it is a count and no
article (``one``, ``un seul``, ``qu'un``, ``ein einziges``, Dutch ``één`` with its accents:
``een`` is the article).  A number word after another number word, a joiner
(``veinte y dos días``) or digits is part of a larger number or a range and is not read.

Each side's counts are grouped by the thing counted; a thing counted on both sides with
other counts (``two years`` / ``trois ans``) is reported -- not a thing only one side
counts (``two weeks`` / ``quince días``), nor a count one side writes in digits
(``two years`` / ``3 años``: ``number-mismatch`` says that).  Digits before the noun
answer a count in words (``two years`` / ``2 años``).  A warning of its own, so that a
literary text can turn it off (``--disable number-word-mismatch``).

Chinese and Japanese, written without spaces, are read by characters: a number word
(or digits) right before a counted noun or measure word (``三年``, ``两个月``, ``三回``),
not after another number character (``二十年``) or ``[not before]`` (``第三年``), and
not where ``[not at]`` names another word at the count or at its noun (``三年级``,
``十分``); ``三月`` (March) counts nothing, the month's noun is ``个月`` / ``か月``.
``number-mismatch`` compares their numerals with the other side's number words (``三年`` /
``two years`` is its finding) and reads their halves (``两年半`` / ``two years``), so a
pair with Chinese or Japanese reports only a half of the other side's words, which it
does not see: ``two and a half years`` / ``两年``.

Arabic says two by the noun's dual (``سنتين``, ``مرتين``: words that say the count
itself, as ``twice`` does), and a half after it counts too (``سنتين ونصف``: 2.5).

Languages with a ``counted.txt``: en, es, fr, de, it, pt, nl, pl, zh, ja, ar; a pair
with another language is not compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.number_table import number_words
from aligner.lang import COUNTED_DATA, STOPWORDS_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.model import Finding
from aligner.textutil import HAN

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_BETWEEN = re.compile(r"[ \t\u00a0\-\u2010\u2011]+")  # two years, two-year, 2 años
_HALF_DIGITS = re.compile(r"(\d)[.,]5")  # 2,5 años, 2.5 years
_NUMBERS, _HALF, _ENDINGS = "numbers", "half", "endings"
_NOT_BETWEEN, _NOT_BEFORE, _NOT_AT = "not between", "not before", "not at"
ONE_AND_A_HALF = "one and a half"  # anderthalb: for number-mismatch (.spelled_halves)
_ONE = "one"  # the words that say one as a count, not an article (one, un seul, één)
_LISTS = (_HALF, _ENDINGS, _NOT_BETWEEN, _NOT_BEFORE, _NOT_AT, ONE_AND_A_HALF, _ONE)
_LOWEST, _HIGHEST = 2, 10


@dataclass(frozen=True, slots=True)
class Counted:
    """A language's ``counted.txt``: small cardinals, and the nouns of things counted."""

    numbers: dict[str, int]  # a folded number word -> its value
    nouns: dict[str, str]  # a folded noun -> the thing it counts (year, times)
    said: dict[str, tuple[str, int]]  # a word that says a count itself (twice)
    other: frozenset[str]  # the language's number words and joiners (numbers.tsv)
    lists: dict[str, tuple[str, ...]]  # [half], [endings], [not between], [not at]...
    suffixes: dict[str, str]  # a suffix after a number word -> the thing (-jährig)
    joined: bool = False  # written without spaces (zh, ja): read by characters


@dataclass(frozen=True, slots=True)
class _Count:
    thing: str
    value: float
    start: int
    end: int
    in_words: bool


def _fold(word: str) -> str:
    return strip_accents(_lower(word))


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


def parse_counted(text: str, *, name: str) -> Counted:
    """The number words, nouns, count words and lists of a ``counted.txt``; ``ValueError``
    naming ``name`` and the line for an entry before any section or a value out of 2-10.
    Chinese and Japanese entries (Han number words) are kept as written, others folded."""
    sections = data_sections(text, name=name)
    joined = bool(sections.get(_NUMBERS)) and all(
        HAN.fullmatch(e.partition(" ")[2]) for e in sections[_NUMBERS])
    fold = (lambda w: w) if joined else _fold
    numbers: dict[str, int] = {}
    nouns: dict[str, str] = {}
    said: dict[str, tuple[str, int]] = {}
    suffixes: dict[str, str] = {}
    lists = {key: tuple(fold(e) for e in sections.get(key, ())) for key in _LISTS}
    # one's words keep their accents: Dutch één is one, een an article
    lists[_ONE] = tuple(_lower(e) for e in sections.get(_ONE, ()))
    for section, entries in sections.items():
        for entry in () if section in _LISTS else entries:
            value, _, word = entry.partition(" ")
            if word and value.isdigit():
                if not _LOWEST <= int(value) <= _HIGHEST:
                    raise ValueError(f"{name}: {entry!r}: a count from 2 to 10")
                if section == _NUMBERS:
                    numbers[fold(word)] = int(value)
                else:
                    said[fold(word)] = (section, int(value))
            elif section == _NUMBERS:
                raise ValueError(f"{name}: {entry!r}: a number word needs its value")
            elif entry.startswith("-"):
                suffixes[fold(entry[1:])] = section
            else:
                nouns[fold(entry)] = section
    return Counted(numbers, nouns, said, frozenset(), lists, suffixes, joined)


@cache
def counted_words(lang: str) -> Counted | None:
    """The ``counted.txt`` of ``lang``, or None when it has none."""
    profile = get_profile(lang)
    text = profile.data_text(COUNTED_DATA)
    if text is None:
        return None
    parsed = parse_counted(text, name=f"{lang}/{COUNTED_DATA}")
    table = number_words(lang)
    other = {_fold(w) for ws in table.words.values() for w in ws}
    other |= {_fold(w) for w in table.lists.get("joiners", ())}
    other |= {_fold(w) for w in table.magnitudes}  # two billion years, 三十年
    stop = tuple(_fold(w) for w in profile.word_list(STOPWORDS_DATA))
    lists = dict(parsed.lists, **{_NOT_BETWEEN: parsed.lists[_NOT_BETWEEN] + stop})
    return replace(parsed, other=frozenset(other), lists=lists)


def counts(text: str, words: Counted) -> list[_Count]:
    """The things ``text`` counts from 2 to 10, in words or in digits, before a noun."""
    if words.joined:
        return _joined_counts(text, words)
    tokens, folded = tokens_of(text)
    found: list[_Count] = []
    for i, m in enumerate(tokens):
        word = folded[i]
        if word in words.said:
            thing, value = words.said[word]
            end = half_at(text, tokens, folded, i + 1, words)  # سنتين ونصف: 2.5 years
            found.append(_Count(thing, value + 0.5 * (end > i + 1), m.start(),
                                tokens[end - 1].end(), True))
            continue
        compound = _compound(word, words)
        if compound is not None:
            found.append(_Count(compound[0], compound[1], m.start(), m.end(), True))
            continue
        one = _one_at(text, tokens, i, words)
        if one > i:
            noun = _noun_at(text, tokens, folded, one, words)
            if noun is not None and not _in_larger(text, tokens, i, words):
                found.append(_Count(noun[0], 1, m.start(), tokens[noun[1]].end(), True))
            continue
        half = _HALF_DIGITS.fullmatch(word)
        digits = word.isdecimal() or half is not None  # (not a superscript: 10⁹)
        number = (int(word) if word.isdecimal() else float(half.group(1)) + 0.5 if half
                  else _number_word(word, words))
        if number is None or (not digits and _in_larger(text, tokens, i, words)):
            continue
        j = half_at(text, tokens, folded, i + 1, words)  # two and a half years
        if j > i + 1:
            number += 0.5
        noun = _noun_at(text, tokens, folded, j, words)
        if noun is None:
            continue
        thing, last = noun
        end = half_at(text, tokens, folded, last + 1, words)  # dos años y medio
        if end > last + 1 and j == i + 1:
            number, last = number + 0.5, end - 1
        found.append(_Count(thing, number, m.start(), tokens[last].end(), not digits))
    return found


def tokens_of(text: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words and digits of ``text``, and each folded (lower case, no accents)."""
    tokens = list(_TOKEN.finditer(text))
    return tokens, [_fold(m.group()) for m in tokens]


def _one_at(text: str, tokens: list[re.Match[str]], i: int, words: Counted) -> int:
    """The index after a phrase of ``[one]`` (one, un seul, qu'un, één) that starts at
    ``tokens[i]``, its words a space apart, or ``i`` when none does."""
    for phrase in words.lists[_ONE]:
        parts = phrase.split()
        if ([_lower(t.group()) for t in tokens[i:i + len(parts)]] == parts
                and all(next_to(text, tokens, k) for k in range(i + 1, i + len(parts)))):
            return i + len(parts)
    return i


def _number_word(word: str, words: Counted) -> float | None:
    """The value of a number word, or of one with a half joined to it (zweieinhalb)."""
    if word in words.numbers:
        return words.numbers[word]
    for half in words.lists[_HALF]:
        if half.startswith("-") and word.endswith(half[1:]):
            value = words.numbers.get(word[:-len(half) + 1])
            if value is not None:
                return value + 0.5
    return None


def _compound(word: str, words: Counted) -> tuple[str, int] | None:
    """The thing and count of a number word joined to a suffix that says the thing and
    one of ``[endings]`` or none (zweijährige, dreimonatig, tweejarig)."""
    for suffix, thing in words.suffixes.items():
        at = word.find(suffix)
        if at > 0 and (word[at + len(suffix):] in words.lists[_ENDINGS]
                       or at + len(suffix) == len(word)) and word[:at] in words.numbers:
            return thing, words.numbers[word[:at]]
    return None


def next_to(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether ``tokens[i]`` follows ``tokens[i - 1]`` with a space or a hyphen between."""
    return 0 < i < len(tokens) and bool(
        _BETWEEN.fullmatch(text, tokens[i - 1].end(), tokens[i].start()))


def half_at(text: str, tokens: list[re.Match[str]], folded: list[str], i: int,
             words: Counted) -> int:
    """The index after a half phrase (and a half, y medio) that starts at ``tokens[i]``,
    or ``i`` when none does."""
    for half in words.lists[_HALF]:
        parts = half.split()
        if (not half.startswith("-") and folded[i:i + len(parts)] == parts
                and all(next_to(text, tokens, k) for k in range(i, i + len(parts)))):
            return i + len(parts)
    return i


def _noun_at(text: str, tokens: list[re.Match[str]], folded: list[str], i: int,
             words: Counted) -> tuple[str, int] | None:
    """The thing counted by the noun at ``tokens[i]``, or at ``tokens[i + 1]`` after one
    word that may stand between (two long years), with the noun's index."""
    if not next_to(text, tokens, i):
        return None
    if folded[i] in words.nouns:
        return words.nouns[folded[i]], i
    between = folded[i]
    if (between in words.numbers or between in words.other or between[:1].isdecimal()
            or between in words.lists[_NOT_BETWEEN] or not next_to(text, tokens, i + 1)):
        return None
    thing = words.nouns.get(folded[i + 1])
    return None if thing is None else (thing, i + 1)


def _in_larger(text: str, tokens: list[re.Match[str]], i: int, words: Counted) -> bool:
    """Whether the number word ``tokens[i]`` follows a number (words or digits) or a
    joiner, next to it: part of a larger number (``twenty-two``) or of a range."""
    if not next_to(text, tokens, i):
        return False
    word = _fold(tokens[i - 1].group())
    return word[:1].isdecimal() or word in words.other


def _joined_counts(text: str, words: Counted) -> list[_Count]:
    """The counts of a text without spaces (zh, ja): a number word or digits right before
    a counted noun or measure word (三年, 两个月, 3回), a half between or after (两年半)."""
    found: list[_Count] = []
    numbers = sorted(words.numbers, key=len, reverse=True)
    nouns = sorted(words.nouns, key=len, reverse=True)
    pattern = re.compile(r"[0-9]+|" + "|".join(map(re.escape, numbers)))
    for m in pattern.finditer(text):
        before = text[m.start() - 1:m.start()]
        if before and (before.isdecimal() or before in words.other
                       or before in words.numbers or before in words.lists[_NOT_BEFORE]):
            continue
        if any(text.startswith(w, m.start()) for w in words.lists[_NOT_AT]):
            continue
        after = text[m.end():m.end() + 1]
        if after.isdecimal() or after in words.other or after in words.numbers:
            continue  # 三十年, 十二年: a larger number
        digits = m.group().isdecimal() and m.group() not in words.numbers
        value: float = int(m.group()) if digits else words.numbers[m.group()]
        at = m.end()
        half = next((h for h in words.lists[_HALF] if text.startswith(h, at)), "")
        at += len(half)
        noun = next((n for n in nouns if text.startswith(n, at)), None)
        if noun is None or any(text.startswith(w, at) for w in words.lists[_NOT_AT]):
            continue
        end = at + len(noun)
        after_half = next((h for h in words.lists[_HALF] if text.startswith(h, end)), "")
        if half or after_half:
            value += 0.5
            end += 0 if half else len(after_half)
        found.append(_Count(words.nouns[noun], value, m.start(), end, not digits))
    return found


def _changed(src: list[_Count], tgt: list[_Count], *,
             halves_only: bool = False) -> tuple[list[_Count], list[_Count]]:
    """The source's counts the target lacks and the target's the source lacks, of the
    things both sides count, where each side has one left in words.  With
    ``halves_only`` (a Chinese or Japanese side, whose numerals ``number-mismatch``
    compares: 三年 / two years is its finding) only a thing whose whole counts agree and
    whose halves differ (两年半 / two years)."""
    missing: list[_Count] = []
    extra: list[_Count] = []
    for thing in dict.fromkeys(c.thing for c in src):
        mine = [c for c in src if c.thing == thing]
        theirs = [c for c in tgt if c.thing == thing]
        if not theirs or (halves_only and Counter(int(c.value) for c in mine)
                          != Counter(int(c.value) for c in theirs)):
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
        missing, extra = _changed(src, counts(unit.target, tgt_words),
                                  halves_only=src_words.joined or tgt_words.joined)
        if not missing or any(c.value % 1 for c in (
                missing if src_words.joined else extra if tgt_words.joined else ())):
            continue  # 两年半 / two years: number-mismatch reads that half (counter_halves)
        said = [unit.source[c.start:c.end] for c in missing]
        written = [unit.target[c.start:c.end] for c in extra]
        yield Finding(
            code="number-word-mismatch", severity=ctx.severity("number-word-mismatch"),
            unit=u, message="a count in words differs: "
            + ", ".join(f"{s!r} ({c.value:g})" for s, c in zip(said, missing, strict=True))
            + " in the source, "
            + ", ".join(f"{w!r} ({c.value:g})" for w, c in zip(written, extra, strict=True))
            + " in the target",
            expected=tuple(said), found=", ".join(written),
            src_span=(missing[0].start, missing[0].end),
            tgt_span=(extra[0].start, extra[0].end))
