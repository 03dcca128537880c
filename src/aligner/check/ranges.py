"""range-order: a change or a range whose two ends the target gives the other way round.

``El desempleo pasó del 7 % al 5 %.`` / ``Unemployment went from 5% to 7%.``: both
sides have the same numbers, so number-mismatch is silent, yet the target says the
opposite.  A language's words that open and close a range are the ``range_from`` and
``range_to`` lines of its ``numbers.tsv`` (Spanish ``de del desde`` and ``a al hasta``,
English ``from`` and ``to``), and ``range_article`` the articles that may stand between
such a word and its number (``desde el 7 %``, ``de un 5 % a un 7 %``).

A range is two numbers next to each other, the first after a "from" word and the second
after a "to" word that ends the few words between them (``del 7 % al 5 %``, ``from
$3 million to $5 million``); told end first (``fell to 5% from 7%``) it is read the
right way round.  Without a "from" word it is a range too where at most
:data:`_BARE_GAP_WORDS` words (a unit and the "to" word), and no comma, part the numbers
(``20° to 30°``, ``30° bis 20°``), or a range sign ends what parts them: a wave dash
(``5～10重量%``, ``5~10``), as Japanese and Chinese write ranges, or a dash or hyphen
before a number with its unit (``0.5-2 mm``, ``20–30 °C``; without one, ``3-1`` may be
a score and ``09-03-2005`` a date).  Only a unit whose both
sides state the same two ends is compared, so a translation that words the change
otherwise (``a two-point fall``) is left alone, and numbers that differ are
number-mismatch's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from itertools import pairwise

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.measure_units import unit_after
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers, unit_numbers
from aligner.lang import NUMBERS_DATA, get_profile
from aligner.model import Finding

# at most this many words between the two numbers: a unit or a magnitude and the "to"
# word ("% al", "million dollars to", "por ciento a un")
_GAP_WORDS = 5
# a range without a "from" word: its unit and the "to" word ("° to", "million to $"),
# no comma (le 7 juillet, à 13 h)
_BARE_GAP_WORDS = 2
# a sign between the two ends of a range, the last mark between them: a wave dash
# (5～10重量%), or a dash or hyphen before a number with its unit (0.5-2 mm, 20–30 °C),
# which without one may join a score (3-1), a date (09-03-2005) or a telephone number
_WAVE_DASH = re.compile(r"[~～〜][ \u00a0\u202f]*\Z")
_DASH = re.compile(r"[–-][ \u00a0\u202f]*\Z")
_DEGREE = re.compile(r"[ \u00a0\u202f]?[°%‰]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PERCENT = re.compile(r"[\u00a0\u202f ]?(?:[%‰]|°[CF]?)")


@dataclass(frozen=True, slots=True)
class _Words:
    start: frozenset[str]  # "from" words
    end: frozenset[str]  # "to" words
    articles: frozenset[str]


@cache
def _words(lang: str) -> _Words | None:
    """The range words of ``lang`` (none for Japanese: it writes ranges with a sign), or
    None when it has no ``numbers.tsv`` (its numbers in words unknown, nothing compared)."""
    if get_profile(lang).data_text(NUMBERS_DATA) is None:
        return None
    lists = number_words(lang).lists

    def folded(key: str) -> frozenset[str]:
        return frozenset(strip_accents(w.lower()) for w in lists.get(key, ()))

    return _Words(folded("range_from"), folded("range_to"), folded("range_article"))


@dataclass(frozen=True, slots=True)
class Range:
    """A change or range: its first and last value, and its span in the text."""

    first: str
    last: str
    start: int
    end: int


def _last_word(text: str, articles: frozenset[str]) -> str | None:
    """The word that ends ``text`` (before its number), past an article."""
    words = [strip_accents(w.lower()) for w in _WORD.findall(text[-40:])]
    while words and words[-1] in articles:
        words.pop()
    return words[-1] if words else None


def _bare(text: str, gap: str, b_end: int, between: str | None, words: _Words) -> bool:
    """Whether ``gap`` parts the two ends of a range without a "from" word (the last
    ending at ``b_end``): a range sign after at most a unit's word (``5～10``, ``5 mm –
    10 mm``), or a "to" word after at most :data:`_BARE_GAP_WORDS` words in all (``20° to
    30°``, ``$3 million to $5``)."""
    count = len(_WORD.findall(gap))
    if _WAVE_DASH.search(gap):
        return count <= 1
    if _DASH.search(gap):
        return count <= 1 and bool(unit_after().match(text, b_end)
                                   or _DEGREE.match(text, b_end))
    return between in words.end and count <= _BARE_GAP_WORDS


def ranges(text: str, lang: str,
           read: Callable[[str, str], list[tuple[str, int, int]]] = extract_numbers
           ) -> list[Range]:
    """The ranges ``text`` states, each read from its first end to its last; ``read``
    reads the numbers of a text (:func:`aligner.check.numbers.unit_numbers` in a run)."""
    words = _words(lang)
    if words is None or not any(map(str.isdigit, text)):
        return []  # (the numbers of a range are digits)
    numbers = read(text, lang)
    found = []
    for (a, a_start, a_end), (b, b_start, b_end) in pairwise(numbers):
        gap = text[a_end:b_start]
        if a == b or len(_WORD.findall(gap)) > _GAP_WORDS or any(c in gap for c in ".;:()"):
            continue
        before, between = _last_word(text[:a_start], words.articles), _last_word(
            gap, words.articles)
        end = (m.end() if (m := _PERCENT.match(text, b_end)) else b_end)
        if before in words.start and between in words.end:
            found.append(Range(a, b, a_start, end))
        elif before in words.end and between in words.start:  # to 5% from 7%
            found.append(Range(b, a, a_start, end))
        elif (before not in words.end and "," not in gap
              and _bare(text, gap, b_end, between, words)):
            found.append(Range(a, b, a_start, end))  # 20° to 30°, 5～10
    return found


def check_ranges(ctx: Context) -> Iterator[Finding]:
    if _words(ctx.src_lang) is None or _words(ctx.tgt_lang) is None:
        return
    for u, unit in translated_units(ctx):
        read = partial(unit_numbers, ctx, u)
        src = ranges(unit.source, ctx.src_lang, read)
        if not src:
            continue
        tgt = ranges(unit.target, ctx.tgt_lang, read)
        ends = {(r.first, r.last) for r in tgt}
        for r in src:
            if (r.first, r.last) in ends or (r.last, r.first) not in ends:
                continue
            wrong = next(t for t in tgt if (t.first, t.last) == (r.last, r.first))
            source, target = unit.source[r.start:r.end], unit.target[wrong.start:wrong.end]
            yield Finding(
                code="range-order", severity=ctx.severity("range-order"), unit=u,
                message=f"the source goes from {r.first} to {r.last} ({source!r}), the target "
                        f"from {r.last} to {r.first} ({target!r})",
                expected=(source,), found=target,
                src_span=(r.start, r.end), tgt_span=(wrong.start, wrong.end))
