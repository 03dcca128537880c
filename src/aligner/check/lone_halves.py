"""A half of a unit of time in words, for ``number-mismatch``: ``half a year``, ``medio
año``, ``ein halbes Jahr``, ``une demi-heure``, ``meia hora``, ``mezzo anno`` are 0.5 of
their unit, and answer the same amount in digits on the other side in that unit or
another of time (``0,5 años``, ``6 meses``, ``30 Minuten``).

The words are the ``half_alone`` list of the language's ``numbers.tsv`` (a half that
stands before its noun), with an article of its ``half_article`` list between (English
``half a year``), and the nouns of time of its ``counted.txt``
(:func:`aligner.check.unit_reading.time_nouns`).  A half of anything else (``half the
tablets``) is no amount here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.check.folding import strip_accents
from aligner.check.number_table import number_words
from aligner.check.unit_reading import time_nouns, unit_at, unit_quantity

_WORD = re.compile(r"[^\W\d_]+")
_TOLERANCE = 0.02  # a month and a year are the calendar's mean: 6 months is half a year

Item = tuple[str, int, int, str]


@cache
def _halves(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    lists = number_words(lang).lists
    return (frozenset(strip_accents(w.lower()) for w in lists.get("half_alone", ())),
            frozenset(strip_accents(w.lower()) for w in lists.get("half_article", ())))


def lone_halves(text: str, lang: str) -> list[float]:
    """The amounts in seconds of the halves of a unit of time ``text`` says in words."""
    halves, articles = _halves(lang)
    if not halves:
        return []
    nouns = time_nouns(lang)
    words = [strip_accents(w.lower()) for w in _WORD.findall(text)]
    out = []
    for i, word in enumerate(words):
        if word not in halves:
            continue
        j = i + 1 + (i + 1 < len(words) and words[i + 1] in articles)
        key = nouns.get(words[j]) if j < len(words) else None
        size = unit_quantity(key) if key else None
        if size is not None and size[0] == "time" and size[1] is not None:
            out.append(size[1] / 2)
    return out


def halves_answered(values: list[str], found: Sequence[Item], text: str, lang: str,
                    halves: list[float]) -> list[str]:
    """``values`` (of ``text``, whose numbers are ``found``) without those whose amount in
    a unit of time is one of ``halves`` (the other side's :func:`lone_halves`), each
    half answering one."""
    left, halves = list(values), list(halves)
    for value in values:
        item = next((n for n in found if n[0] == value), None)
        unit = unit_at(text, item[2], lang, worded=False) if item is not None else None
        size = unit_quantity(unit[1]) if unit else None
        try:
            number = float(value)
        except ValueError:
            continue
        if size is None or size[0] != "time" or size[1] is None:
            continue
        amount = number * size[1]
        half = next((h for h in halves if abs(h - amount) <= _TOLERANCE * h), None)
        if half is not None:
            halves.remove(half)
            left.remove(value)
    return left
