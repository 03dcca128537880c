"""A number and a half in words, for ``number-mismatch``: ``two and a half years``,
``two years and a half``, ``dos años y medio``, ``deux ans et demi``, ``zweieinhalb
Jahre``, ``tweeënhalf jaar``, ``两年半`` answer ``2.5`` (``2,5``, ``2½``) on the other side.

The halves are those ``number-word-mismatch`` reads (:mod:`aligner.check.counted`, the
``[half]`` of the language's ``counted.txt``), after any number in words that
``numbers.tsv`` writes (:mod:`aligner.check.spelled_numbers`), not only a count of 2 to
10 before a counted noun: a half phrase right after the number (``one and a half``,
``uno y medio``, ``twelve and a half``, ``خمسة عشر ونصف``) or after it and one word that
is no number word, the thing counted (``dos kilos y medio``, ``un an et demi``; English
``a``, ``numbers.tsv``'s ``half_article``, is one there: ``a year and a half``); a half
written onto the number word (``-einhalb``: ``zweieinhalb``, ``eineinhalb``,
``dreizehneinhalb``); a word of the ``[one and a half]`` section (``anderthalb``,
``anderhalf``).  A half of a magnitude (``two and a half million``, ``medio millón``)
is the whole number :mod:`aligner.check.spelled_numbers` reads, and no half here.
Chinese and Japanese halves are read with their numerals (:func:`aligner.check.numbers.
han_numbers`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from aligner.check.counted import (
    ONE_AND_A_HALF,
    counted_words,
    counts,
    half_at,
    next_to,
    tokens_of,
)
from aligner.check.number_table import number_words, word_reader
from aligner.check.spelled_numbers import WordReader

_HALF = Decimal("0.5")


def said_halves(text: str, lang: str) -> set[Decimal]:
    """The numbers with a half (2.5) that ``text`` writes in words."""
    words = counted_words(lang)
    if words is None or words.joined or not words.lists["half"]:
        return set()
    found = {Decimal(str(c.value)) for c in counts(text, words) if c.in_words and c.value % 1}
    reader = word_reader(lang)
    articles = frozenset(number_words(lang).lists.get("half_article", ()))
    tokens, folded = tokens_of(text)
    suffixes = [h[1:] for h in words.lists["half"] if h.startswith("-")]
    for i, word in enumerate(folded):
        if word in words.lists[ONE_AND_A_HALF]:
            found.add(1 + _HALF)
        for suffix in suffixes:  # zweieinhalb, tweeënhalf
            if word.endswith(suffix) and len(word) > len(suffix):
                whole = reader.numbers(word[:-len(suffix)])
                found |= {n + _HALF for n in whole if len(whole) == 1}
        end = half_at(text, tokens, folded, i, words)
        if i and end > i and not (  # and a half, y medio; not of a magnitude after
                end < len(folded) and next_to(text, tokens, end)
                and any(n >= 1000 for n in reader.numbers(folded[end]))):
            found |= _before(text, tokens, folded, i, (reader, articles))
    return found


def _before(text: str, tokens: list[re.Match[str]], folded: list[str], i: int,
            read: tuple[WordReader, frozenset[str]]) -> set[Decimal]:
    """The number with a half whose half phrase starts at ``tokens[i]``: the number right
    before it, or before it and one other word (its noun: ``dos años y medio``); one
    for an article before that word (``a year and a half``)."""
    reader, articles = read
    if reader.parts(folded[i - 1]) is None:
        before = folded[i - 2] if i > 1 and next_to(text, tokens, i - 1) else ""
        if before in articles:
            return {1 + _HALF}
        if not before:
            return set()
        i -= 1
    start = i - 1
    while start and reader.parts(folded[start - 1]) is not None and next_to(text, tokens, start):
        start -= 1  # twenty-two and a half
    whole = reader.numbers(text[tokens[start].start():tokens[i - 1].end()])
    return {n + _HALF for n in whole if len(whole) == 1 and n < 1000}
