"""number-words-digits: a number written in words and again in digits in brackets
that says another number, on either side (``sesenta (30) días``, ``thirty (60) days``).

Legal and financial texts write a period or an amount twice, ``treinta (30) días``,
``one thousand euros (EUR 1,000)``, and the two must agree.  ``number-mismatch``
answers a number once by either form, so a word changed with its digits kept
(``sesenta (30) días`` for ``thirty (30) days``) passed.  Here each side is read on
its own: a number in words right before a bracket that holds only a number in digits
-- perhaps with ``%``, a currency's code, symbol or word (:mod:`aligner.check.currencies`)
or a magnitude word (``(1,5 millones)``) -- or a number in digits right before a bracket
that holds only a number in words (``30 (treinta)``) must be the same number.

The words are read by the language's reader of numbers in words
(:mod:`aligner.check.spelled_numbers`, its ``numbers.tsv``), over the words right before
the bracket that it reads as one number (``un cincuenta por ciento (15 %)`` is 50 against
15, the article ``un`` a number of its own); per cent (the ``percent`` lines of
``numbers.tsv``: ``por ciento``, ``percent``) and a currency's word (``diez mil euros
(1.000 EUR)``, ``un millón de euros``) may stand between the words and the bracket.  Only
whole numbers are compared (``two and a half (2.5)`` is not read), a per cent in the
bracket only after per cent words (``a fifth (20%)``, ``un cuarto (25 %)`` are fractions
of the words, not numbers), and nothing where a
word other than these stands before the bracket: ``in the year (2026)``, ``sesenta días
(60)``.  A fault in the source is worth knowing too: the finding says its side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.currencies import marker_currencies
from aligner.check.folding import strip_accents
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.check.spelled_numbers import WordReader
from aligner.model import Finding

_BRACKET = re.compile(r"\(([^()\n]{1,40})\)")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[\s\-\u2010\u2011]+){0,12}[^\W\d_]+[\s\u00a0]*\Z")
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
_DIGITS_BEFORE = re.compile(r"(\d[\d.,\u00a0\u202f]*)(?:[ \u00a0\u202f]?(%|[^\W\d_]{1,3}\$?|"
                            r"[€£¥₹$]))?[ \u00a0\u202f]*\Z")
_MARK = re.compile(r"[^\s\d.,\u00a0\u202f\u2009]+")
_MAX_SHORT = 3  # "de", "of" between a magnitude and a currency's word
_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _word_reader(lang: str) -> WordReader:
    table = number_words(lang)
    return WordReader.of(table.words, table.lists, table.teen_units)


def _fillers(words: list[str], lang: str) -> list[str]:
    """``words`` without the per cent and currency words at their end (``cincuenta por
    ciento``, ``diez mil euros``, ``un millón de euros``)."""
    table = number_words(lang)
    for phrase in table.percent:
        said = phrase.split()
        if words[-len(said):] == said:
            return words[:-len(said)]
    if words and words[-1] in table.currencies:
        words = words[:-1]
        reader = _word_reader(lang)
        if (len(words) > 1 and len(words[-1]) <= _MAX_SHORT
                and reader.values.get(words[-2], 0) >= 1000):
            words = words[:-1]  # un millón de euros
    return words


def _words_value(words: list[str], lang: str) -> tuple[int, int] | None:
    """The number the last words of ``words`` write (the longest run read as one number)
    and how many words write it, or None."""
    reader = _word_reader(lang)
    run: list[str] = []
    for word in reversed(words):
        if reader.parts(word) is None:
            break
        run.insert(0, word)
    if any(w in reader.halves for w in run):
        return None  # two and a half: no whole number
    value = None
    for k in range(1, len(run) + 1):
        read = reader.numbers(" ".join(run[-k:]))
        if len(read) != 1:
            break
        value = next(iter(read)), k
    return value


def _plain_words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(strip_accents(text.lower()).strip()) if w]


def _digits_value(text: str, lang: str) -> str | None:
    """The number ``text`` (a bracket's content) holds in digits, when it holds nothing
    else but per cent, a currency or a magnitude word: its value, or None."""
    rest = text.strip()
    table = number_words(lang)
    for m in _MARK.finditer(rest):
        mark = m.group()
        if not (mark in "%‰" or marker_currencies(mark, lang)
                or mark.lower() in table.magnitudes):
            return None
    found = extract_numbers(rest, lang)
    if len(found) != 1 or not re.fullmatch(r"\d+", found[0][0]):
        return None
    return found[0][0]


def disagreements(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """The numbers of ``text`` written in words and in digits in brackets that differ:
    (start, end of the pair, the value of the words, the digits' value)."""
    if "(" not in text or not any(c.isdigit() for c in text):
        return []
    out = []
    for m in _BRACKET.finditer(text):
        inside = m.group(1)
        if any(c.isdigit() for c in inside):
            digits = _digits_value(inside, lang)
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 160), m.start())
            if digits is None or before is None:
                continue
            plain = _plain_words(before.group())
            words = _fillers(plain, lang)
            if "%" in inside and not any(" ".join(plain).endswith(p)
                                         for p in number_words(lang).percent):
                continue  # a fifth (20 %), un cuarto (25 %): a fraction, no per cent words
            read = _words_value(words, lang) if words else None
            if read is None:
                continue
            value, count = read
            start = before.start() + [w.start() for w in _LETTERS.finditer(
                before.group())][len(words) - count]
        else:
            number = _DIGITS_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if number is None or (number.group(2) not in (None, "%")
                                  and not marker_currencies(number.group(2), lang)):
                continue  # 30 y (veinte): a word between
            found = extract_numbers(number.group(1), lang)
            if len(found) != 1 or not re.fullmatch(r"\d+", found[0][0]):
                continue
            digits = found[0][0]
            words = _plain_words(inside)
            said = _fillers(words, lang)
            reader = _word_reader(lang)
            if not said or any(reader.parts(w) is None for w in said):
                continue
            read = _words_value(said, lang)
            if read is None or read[1] != len(said):
                continue  # words that are not one number
            value, start = read[0], number.start()
        if str(value) != digits:
            out.append((start, m.end(), value, digits))
    return out


def check_number_pairs(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        for side, text, lang in (("source", unit.source, ctx.src_lang),
                                 ("target", unit.target, ctx.tgt_lang)):
            for start, end, words, digits in disagreements(text, lang):
                span = (start, end)
                pair = " ".join(text[start:end].split())
                yield Finding(
                    code="number-words-digits", severity=ctx.severity("number-words-digits"),
                    unit=u, message=f"{side}: {pair!r} says {words} in words, {digits} in "
                                    f"digits",
                    found=text[start:end] if side == "target" else None,
                    src_span=span if side == "source" else None,
                    tgt_span=span if side == "target" else None)
