"""bound-mismatch: a number bounded from below on one side and from above on the other.

``The amount is at least 0.5 wt.%.`` / ``Die Menge beträgt höchstens 0,5 Gew.-%.``: the
same number, so number-mismatch is silent, yet the claim now says the opposite.  The
words that bound a number are the language's ``bounds.txt`` (:func:`parse_bounds`):
``[lower]`` and ``[upper]`` phrases before the number (``at least``, ``more than``,
``over``; ``at most``, ``up to``, ``less than``, ``within``; German ``mindestens``,
``höchstens``, ``bis zu``; Chinese ``不少于``, ``不超过``), and ``[lower_after]`` and
``[upper_after]`` after it and its unit, where Japanese, Chinese and Korean say the
bound (``0.5質量%以上``, ``5mm以下``, ``30日以内``, ``5 mm 이상``) and English may
(``5 mm or more``).  A phrase is read right before the number (spaces and a currency sign
between) or after at most two words of its unit; the longest that fits is its bound, so
``no more than`` is an upper bound, ``more than`` a lower one.  A comparison sign right
before a number bounds it too (``≥ 5``, ``< 5``).  A ``[negations]`` word at most three
words before a bound word in its clause leaves it unread: ``Do not take more than 8
tablets`` says an upper bound with a lower bound's words -- unless the other side
negates its bound of that value too: ``Do not store above 25 °C`` / ``Não armazenar
abaixo de 25 °C`` turns the prohibition round, and the two negated bounds are compared
as written.  A phrase that opens with a negation of its own (German ``nicht unter``, at
least; ``no more than``) says the bound a prohibition means: a negated bound of the other
side is turned round against it (``Do not store above 25 °C`` / ``Nicht unter 25 °C
lagern`` is reported, ``Do not store below 25 °C`` passes).

Strict or inclusive is not compared (``more than 5`` / ``5 oder mehr`` is a style a
translator may choose, and sign-mismatch compares the signs), only the direction; and a
value is reported only where both sides bound it, every way the source bounds it the
opposite of every way the target does.  A bound on one side only is most often style
(``5 mg`` / ``bis zu 5 mg``, where the sentence around says it), so it is not reported.
Two signs that differ are sign-mismatch's: a value bounded by signs only on both sides
is left to it.  "from" and "to" are range-order's (:mod:`aligner.check.ranges`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache, partial

from aligner.check.base import Context, translated_units
from aligner.check.folding import fold_phrase
from aligner.check.number_context import SIGN_BEFORE
from aligner.check.numbers import unit_numbers
from aligner.lang import BOUNDS_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.model import Finding

SECTIONS = ("lower", "upper", "lower_after", "upper_after", "negations")
# a negation at most this many words before a bound word leaves it unread
_NEGATION_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]]")
# what may stand between a bound word and its number: spaces and a currency sign
_BETWEEN = " \u00a0\u202f\t$€£¥₹"
# a word of the unit between a number and a bound after it (mm, wt.%, tablets, 質量%),
# not ending in a full stop (5. Or more)
_NOT_UNIT = r"\s\d,;:!?()\[\]（）、。，；：「」"
_UNIT_WORD = rf"[^{_NOT_UNIT}]{{0,11}}?[^{_NOT_UNIT}.]"
_WINDOW = 60  # characters read before and after a number


class Bound(Enum):
    """The way a word bounds the number next to it."""

    LOWER = "a lower bound"
    UPPER = "an upper bound"


_OTHER = {Bound.LOWER: Bound.UPPER, Bound.UPPER: Bound.LOWER}
_SIGN_BOUNDS = {"≥": Bound.LOWER, ">=": Bound.LOWER, "⩾": Bound.LOWER, ">": Bound.LOWER,
                "≤": Bound.UPPER, "<=": Bound.UPPER, "⩽": Bound.UPPER, "<": Bound.UPPER}


def parse_bounds(text: str, *, name: str) -> dict[str, list[str]]:
    """The sections of a ``bounds.txt`` (:data:`SECTIONS`), a phrase a line, ``#``
    comments; a phrase before any section or an unknown section is an error."""
    return data_sections(text, name=name, known=SECTIONS)


def _is_word_char(c: str) -> bool:
    return c.isalpha() or c == "'"


def _spaced(phrase: str) -> bool:
    """Whether a phrase is written between spaces (Latin, Greek, Cyrillic letters), so
    that it must begin and end at a word's edge; Chinese and Japanese write none."""
    return any(c.isalpha() and ord(c) < 0x2E80 for c in phrase)


@dataclass(frozen=True, slots=True)
class Words:
    """A language's ``bounds.txt``: folded phrases, longest first."""

    before: tuple[tuple[str, Bound], ...]
    after: re.Pattern[str] | None
    after_bounds: dict[str, Bound]
    negations: frozenset[str]


@cache
def words_of(lang: str) -> Words | None:
    """The bound words of ``lang``, or None when it has no ``bounds.txt``."""
    profile = get_profile(lang)
    text = profile.data_text(BOUNDS_DATA)
    if text is None:
        return None
    sections = parse_bounds(text, name=f"{profile.code}/{BOUNDS_DATA}")

    def phrases(section: str, bound: Bound) -> list[tuple[str, Bound]]:
        return [(fold_phrase(p)[0], bound) for p in sections.get(section, ())]

    before = phrases("lower", Bound.LOWER) + phrases("upper", Bound.UPPER)
    after = dict(phrases("lower_after", Bound.LOWER) + phrases("upper_after", Bound.UPPER))
    pattern = None
    if after:
        alternatives = "|".join(
            (rf"(?<![^\W\d_]){re.escape(p)}(?![^\W\d_])" if _spaced(p) else re.escape(p))
            for p in sorted(after, key=len, reverse=True))
        pattern = re.compile(rf"(?:\s*{_UNIT_WORD}){{0,2}}?\s*(?P<bound>{alternatives})")
    return Words(tuple(sorted(before, key=lambda pb: len(pb[0]), reverse=True)),
                 pattern, after,
                 frozenset(fold_phrase(w)[0] for w in sections.get("negations", ())))


@dataclass(frozen=True, slots=True)
class Bounded:
    """A number and the bound of it: the words (or sign) that say it, their span and
    the number's, and whether a sign says it."""

    bound: Bound
    start: int  # of the bound and the number together
    end: int
    by_sign: bool
    negated: bool = False  # a negation shortly before the bound word (do not take more)
    # the phrase opens with a negation of its own (nicht unter, not more than): its bound
    # is what a prohibition with the plain word means (nicht unter 25 °C lagern)
    worded_negation: bool = False


def _before(text: str, start: int, words: Words
            ) -> tuple[Bound, int, bool, bool] | None:
    """The bound a phrase right before ``text[start:]`` says, where it begins, whether a
    negation stands shortly before it, and whether the phrase opens with one."""
    offset = max(0, start - _WINDOW)
    plain, origins = fold_phrase(text[offset:start])
    body = plain.rstrip(_BETWEEN)
    for phrase, bound in words.before:
        if not body.endswith(phrase):
            continue
        at = len(body) - len(phrase)
        if _spaced(phrase) and at > 0 and _is_word_char(body[at - 1]):
            continue  # the end of a longer word (cover 5, slover 5)
        clause = _CLAUSE_END.split(body[:at])[-1]
        # do not take more than 8: no lower bound (read as written only against
        # another negated bound)
        negated = bool(words.negations & set(_WORD.findall(clause)[-_NEGATION_WORDS:]))
        opening = _WORD.match(phrase)
        return (bound, offset + origins[at], negated,
                bool(opening and opening.group() in words.negations))
    return None


def _after(text: str, end: int, words: Words) -> tuple[Bound, int] | None:
    """The bound a phrase after the number ending at ``end`` (and its unit) says, and
    where the phrase ends."""
    if words.after is None:
        return None
    plain, origins = fold_phrase(text[end:end + _WINDOW])
    m = words.after.match(plain)
    if m is None:
        return None
    return words.after_bounds[m.group("bound")], end + origins[m.end() - 1] + 1


def bounded(text: str, lang: str,
            read: Callable[[str, str], list[tuple[str, int, int]]]
            ) -> dict[str, list[Bounded]]:
    """Each value of ``text`` that a word or sign bounds, with each bound of it;
    ``read`` reads the numbers of a text (:func:`aligner.check.numbers.unit_numbers`)."""
    words = words_of(lang)
    out: dict[str, list[Bounded]] = {}
    if words is None:
        return out
    for value, start, end in read(text, lang):
        if sign := SIGN_BEFORE.search(text, max(0, start - 3), start):
            found = Bounded(_SIGN_BOUNDS[sign.group(1)], sign.start(1), end, True)
        elif before := _before(text, start, words):
            found = Bounded(before[0], before[1], end, False, before[2], before[3])
        elif after := _after(text, end, words):
            found = Bounded(after[0], start, after[1], False)
        else:
            continue
        out.setdefault(value, []).append(found)
    return out


def _opposed(mine: list[Bounded], theirs: list[Bounded]) -> tuple[Bounded, Bounded] | None:
    """The first bounds of a value on each side that point the other way: the bounds
    as written on both sides, or the negated ones on both (``do not store above`` /
    ``não armazenar abaixo``); a negated bound against a plain one is no bound read."""
    for negated in (False, True):
        src = [b for b in mine if b.negated is negated]
        tgt = [b for b in theirs if b.negated is negated]
        if not src or not tgt or {b.bound for b in src} & {b.bound for b in tgt} or all(
                b.by_sign for b in src + tgt):
            continue
        return src[0], tgt[0]
    # Do not store above 25 °C / Nicht unter 25 °C lagern: a prohibition's bound turned
    # round against a phrase with its own negation, which says the bound it means
    for turned, worded, swap in ((mine, theirs, False), (theirs, mine, True)):
        forbidden = [b for b in turned if b.negated and not b.worded_negation]
        own = [b for b in worded if b.worded_negation and not b.negated]
        if forbidden and own and not ({_OTHER[b.bound] for b in forbidden}
                                      & {b.bound for b in own}):
            return (own[0], forbidden[0]) if swap else (forbidden[0], own[0])
    return None


def _meant(b: Bounded, other: Bounded) -> str:
    """How a message says the bound ``b`` (compared with ``other``): a prohibition's
    turned round against a phrase with its own negation (``forbidden, so an upper
    bound``)."""
    if b.negated and not other.negated:
        return f"forbidden, so {_OTHER[b.bound].value}"
    return b.bound.value


def check_bounds(ctx: Context) -> Iterator[Finding]:
    if words_of(ctx.src_lang) is None or words_of(ctx.tgt_lang) is None:
        return
    for u, unit in translated_units(ctx):
        if not any(map(str.isdigit, unit.source)):
            continue
        read = partial(unit_numbers, ctx, u)
        src = bounded(unit.source, ctx.src_lang, read)
        if not src:
            continue
        tgt = bounded(unit.target, ctx.tgt_lang, read)
        for value in sorted(src.keys() & tgt.keys(), key=lambda v: src[v][0].start):
            pair = _opposed(src[value], tgt[value])
            if pair is None:
                continue
            s, t = pair
            source, target = unit.source[s.start:s.end], unit.target[t.start:t.end]
            yield Finding(
                code="bound-mismatch", severity=ctx.severity("bound-mismatch"), unit=u,
                message=f"bounds differ: {source!r} is {_meant(s, t)} in the source, "
                        f"{target!r} {_meant(t, s)} in the target",
                expected=(source,), found=target,
                src_span=(s.start, s.end), tgt_span=(t.start, t.end))
