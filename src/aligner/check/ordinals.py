"""number-word-mismatch for ordinals: ``der erste Flansch`` / ``the second flange``.

A patent's or a manual's parts are told apart by ordinals (``erster Flansch (18)``,
``zweiter Flansch (20)``; ``the first valve``, ``the second valve``), and a contract's
obligations by them, yet an ordinal in words is no number to number-mismatch, so
``erste`` / ``second`` passed.  Here the ordinals from first to tenth of the language's
``headings.tsv`` (one word, lower case, without accents) are compared as numbers are,
where one stands before a noun: a word follows it (a space between) that is no function
word of the language's ``stopwords.txt`` -- ``First,`` is an adverb, ``le premier de``
a pronoun, Portuguese ``segundo a lei`` is "according to", ``a second later`` (after a
number: ``one second``) a time -- and it is no heading's ordinal, which number-mismatch
reads (:mod:`aligner.check.headings`).

Translations turn ordinals into other words freely (``for the first time`` /
``erstmals``, ``secondly`` / ``außerdem``) and leave the noun after one out (``the second
in Asia``, ``la tercera se acabó``), so a unit is reported only where each side has such
an ordinal before a noun whose value the other side writes nowhere -- no ordinal in words
anywhere, nor in digits (``2e``, ``3rd``, ``4.º``): one was replaced, not left out, added
or said otherwise.
Written for the languages with a ``headings.tsv`` (en de fr es pt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.counted import check_counted
from aligner.check.folding import strip_accents
from aligner.check.headings import heading_ordinals, heading_table
from aligner.lang import STOPWORDS_DATA, get_profile
from aligner.model import Finding

_WORD = re.compile(r"\d+|[^\W\d_]+(?:['’][^\W\d_]+)?")
_HIGHEST = 10  # first to tenth: the ordinals that tell parts and steps apart
# an ordinal in digits: 2nd, 3rd, 4th, French 2e, 1er, 2ème, Spanish and Portuguese 2º,
# 2.ª; not German 2., a date's day as often
_DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th|er|re|ère|e|ème|eme|"
                            r"\.?º|\.?ª)(?!\w)")


@cache
def _ordinal_words(lang: str) -> dict[str, int] | None:
    table = heading_table(lang)
    if table is None:
        return None
    return {w: v for w, v in table.ordinals.items() if v <= _HIGHEST}


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(strip_accents(w.lower()) for w in get_profile(lang).word_list(STOPWORDS_DATA))


def ordinals(text: str, lang: str) -> tuple[list[tuple[int, int, int]], set[int]]:
    """The ordinals of ``text`` before a noun (the module docstring), as (value, start,
    end), and the values of every ordinal it writes, in words anywhere or in digits
    (``2e``, ``3rd``, ``4.º``)."""
    words = _ordinal_words(lang)
    if not words:
        return [], set()
    tokens = list(_WORD.finditer(text))
    folded = [strip_accents(t.group().lower()) for t in tokens]
    headings = {start for _, start, _, _ in heading_ordinals(text, lang)}
    stop = _function_words(lang)
    found = []
    every = {int(m.group(1)) for m in _DIGIT_ORDINAL.finditer(text)}
    for i, word in enumerate(folded):
        value = words.get(word)
        if value is None:
            continue
        every.add(value)
        if i + 1 == len(tokens) or tokens[i].start() in headings:
            continue
        after = tokens[i + 1]
        between = text[tokens[i].end():after.start()]
        if between not in (" ", "\u00a0") or after.group().isdigit() or folded[i + 1] in stop:
            continue
        if i and (tokens[i - 1].group().isdigit() or folded[i - 1] in words):
            continue  # one second later, 3 seconds; der erste zweite ... is no ordinal pair
        found.append((value, tokens[i].start(), tokens[i].end()))
    return found, every


def check_ordinals(ctx: Context) -> Iterator[Finding]:
    """number-word-mismatch where an ordinal before a noun of each side is no ordinal of
    the other side."""
    if _ordinal_words(ctx.src_lang) is None or _ordinal_words(ctx.tgt_lang) is None:
        return
    for u, unit in translated_units(ctx):
        src, src_every = ordinals(unit.source, ctx.src_lang)
        if not src:
            continue
        tgt, tgt_every = ordinals(unit.target, ctx.tgt_lang)
        said = [o for o in src if o[0] not in tgt_every]
        written = [o for o in tgt if o[0] not in src_every]
        if not said or not written:
            continue
        yield Finding(
            code="number-word-mismatch", severity=ctx.severity("number-word-mismatch"),
            unit=u, message="an ordinal differs: "
            + ", ".join(f"{unit.source[s:e]!r} ({v})" for v, s, e in said)
            + " in the source, "
            + ", ".join(f"{unit.target[s:e]!r} ({v})" for v, s, e in written)
            + " in the target",
            expected=tuple(unit.source[s:e] for _, s, e in said),
            found=", ".join(unit.target[s:e] for _, s, e in written),
            src_span=said[0][1:], tgt_span=written[0][1:])


def check_number_words(ctx: Context) -> Iterator[Finding]:
    """The number-word-mismatch family: counts in words (:mod:`aligner.check.counted`),
    then ordinals."""
    yield from check_counted(ctx)
    yield from check_ordinals(ctx)
