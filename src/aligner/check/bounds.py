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
lagern`` is reported, ``Do not store below 25 °C`` passes).  So does a negation right
before a bound word or before ``[copulas]`` only (forms of to be, modals): it turns the
bound round (``no mayor de 5``, ``no será inferior a 5``, ``shall not exceed 5``).
Between a bound word and its number may stand a currency code (``a minimum of EUR 5``),
an ``[articles]`` phrase (``dentro de los 30 días``, ``a más tardar el día 5``), and
after a ``[lower_noun]`` or ``[upper_noun]`` word a noun and a ``[noun_links]`` word
(``a minimum period of 5``).

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
from aligner.check.number_table import number_words, word_reader
from aligner.check.numbers import unit_numbers
from aligner.lang import BOUNDS_DATA, get_profile
from aligner.lang.base import data_sections
from aligner.model import Finding

SECTIONS = ("lower", "upper", "lower_after", "upper_after", "negations", "copulas",
            "articles", "lower_noun", "upper_noun", "noun_links", "approximate")
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
# a currency code between a bound word and its number (a minimum of EUR 5), tried after
# the text as written, so that MAX 5 is still read
_CODE = re.compile(r"(?<![^\W\d_])(?:[A-Z]{3}|[A-Z]{2}\$)[ \u00a0\u202f\t$€£¥₹]*$")
# the bracket before a number said first in words: máximo de treinta (30) días
_OPENING = re.compile(r"[ \u00a0]?\($")
# at most this many words of a noun between a [lower_noun] word and its link (a minimum
# notice period of 30 days)
_NOUN_WORDS = 3


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
    copulas: frozenset[str] = frozenset()
    articles: tuple[str, ...] = ()
    # said of a noun between them and the number, the noun then a link word (a minimum
    # period of 5 days)
    of_noun: tuple[tuple[str, Bound], ...] = ()
    noun_link: tuple[re.Pattern[str], ...] = ()


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

    def folded(section: str) -> frozenset[str]:
        return frozenset(fold_phrase(w)[0] for w in sections.get(section, ()))

    of_noun = phrases("lower_noun", Bound.LOWER) + phrases("upper_noun", Bound.UPPER)
    links = "|".join(map(re.escape, folded("noun_links")))
    # a noun of one word, then of two, then of three between the word and its link
    link = tuple(re.compile(rf"\s(?:[^\W\d_]+\s){{{n}}}(?:{links})$")
                 for n in range(1, _NOUN_WORDS + 1)) if links else ()
    articles = tuple(sorted(folded("articles"), key=len, reverse=True))
    return Words(_longest_first(before), pattern, after, folded("negations"),
                 folded("copulas"), articles, _longest_first(of_noun), link)


def _longest_first(phrases: list[tuple[str, Bound]]) -> tuple[tuple[str, Bound], ...]:
    return tuple(sorted(phrases, key=lambda pb: len(pb[0]), reverse=True))


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


def _ending(body: str, phrases: tuple[tuple[str, Bound], ...]
            ) -> tuple[int, str, Bound] | None:
    """Where the longest of ``phrases`` that ends ``body`` begins, the phrase and its
    bound; a phrase written between spaces must begin at a word's edge."""
    for phrase, bound in phrases:
        if not body.endswith(phrase):
            continue
        at = len(body) - len(phrase)
        if _spaced(phrase) and at > 0 and _is_word_char(body[at - 1]):
            continue  # the end of a longer word (cover 5, slover 5)
        return at, phrase, bound
    return None


def _phrase(body: str, words: Words) -> tuple[int, str, Bound] | None:
    """The bound phrase that ends ``body`` (the text before a number, folded, spaces and
    currency signs left out): right before the number, before an ``[articles]`` phrase
    (``dentro de los 30 días``, ``a más tardar el día 5``), or before a noun and its
    link (``a minimum period of 30 days``)."""
    if found := _ending(body, words.before):
        return found
    for article in words.articles:  # longest first: el día before el
        rest = body[:len(body) - len(article)]
        if body.endswith(article) and rest[-1:].isspace() and (
                found := _ending(rest.rstrip(), words.before)):
            return found
    for noun in words.noun_link:
        if (m := noun.search(body)) and (found := _ending(body[:m.start()], words.of_noun)):
            return found
    return None


def _said_first(raw: str, lang: str) -> int | None:
    """Where the number said in words before a bracket that ends ``raw`` begins
    (``treinta (``, ``dos mil (``), or None where no number word stands there."""
    opening = _OPENING.search(raw)
    if opening is None:
        return None
    reader = word_reader(lang)
    magnitudes = {fold_phrase(m)[0] for m in number_words(lang).magnitudes}
    cut, said = opening.start(), False
    for w in reversed(list(_WORD.finditer(raw, 0, cut))):
        word = fold_phrase(w.group())[0]
        if raw[w.end():cut].strip(" \u00a0-") or not (
                word in reader.values or word in reader.joiners or word in magnitudes):
            break
        cut, said = w.start(), said or word not in reader.joiners
    return cut if said else None


def _before(text: str, start: int, end: int, lang: str, words: Words
            ) -> tuple[Bound, int, bool, bool] | None:
    """The bound a phrase right before the number ``text[start:end]`` says, where it
    begins, whether a negation stands shortly before it, and whether the phrase opens
    with one -- or a negation turns it round, standing right before it or before
    ``[copulas]`` only (``no será inferior a 5``: at least 5)."""
    offset = max(0, start - _WINDOW)
    raw = text[offset:start]
    if text.startswith(")", end) and (worded := _said_first(raw, lang)) is not None:
        raw = raw[:worded]  # máximo de treinta (30) días: the number said first in words
    cuts = [len(raw)]
    if code := _CODE.search(raw):
        cuts.append(code.start())
    for cut in cuts:
        plain, origins = fold_phrase(raw[:cut])
        body = plain.rstrip(_BETWEEN)
        if found := _phrase(body, words):
            break
    else:
        return None
    at, phrase, bound = found
    before = _CLAUSE_END.split(body[:at])[-1]
    clause = list(_WORD.finditer(before))
    said = [w.group() for w in clause]
    # do not take more than 8: no lower bound (read as written only against another
    # negated bound)
    negated = bool(words.negations & set(said[-_NEGATION_WORDS:]))
    opening = _WORD.match(phrase)
    if opening and opening.group() in words.negations:
        return bound, offset + origins[at], negated, True
    bare = len(said)
    while bare and said[bare - 1] in words.copulas:
        bare -= 1
    if bare and said[bare - 1] in words.negations:
        # no mayor de 5, shall not exceed 5, n'est pas inférieur à 5: the negation is
        # the phrase's own, and the bound it says the other one
        first = bare - 1  # the span opens at the first negation of them (ne sera pas)
        while first and said[first - 1] in words.negations | words.copulas:
            first -= 1
        while said[first] not in words.negations:
            first += 1
        begins = at - len(before) + clause[first].start()
        return _OTHER[bound], offset + origins[begins], False, True
    return bound, offset + origins[at], negated, False


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
        elif before := _before(text, start, end, lang, words):
            # treinta (30): the span closes the bracket it opens
            stop = end + (text.startswith(")", end) and "(" in text[before[1]:start])
            found = Bounded(before[0], before[1], stop, False, before[2], before[3])
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
