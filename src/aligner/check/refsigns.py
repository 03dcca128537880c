"""reference-sign-swapped: a part's reference sign given another part's name.

A patent (or a manual with callouts) names each part with a sign, a number perhaps with a
letter, in parentheses or right after the noun: ``das Gehäuse (12)``, ``die Welle 16``,
``the screw 14a``.  A sign names one part, so each side of a document gives it the same
noun each time.  number-mismatch compares a unit's numbers as a bag, so two signs swapped
(``Das Gehäuse (12) und die Welle (16)`` / ``The housing (16) and the shaft (12)``) passed.

Here each side of each document is read for its signs and the noun before each: the last
word before the sign (the head of ``the casing part``; a German compound is one word),
with the ordinal before it if there is one (``erster Flansch (18)``, ``the second flange
(20)``: :mod:`aligner.check.ordinals`' words), compared leniently through the word's forms
(:class:`aligner.check.lemmas.Forms`: ``Gehäuses`` is ``Gehäuse``, ``shafts`` ``shaft``).
A sign's usual name on a side is the noun of more than half its uses, and of
:data:`MIN_USES` at least: a document too short to show that is not read.  A unit is
reported where

* the target names a sign X with a noun that is not its usual one but the usual one of
  another sign Y,
* while the source names X there with the source's usual noun for it (so the source is
  no less right than elsewhere, and the sign is read alike on both sides: ``Anspruch 3``
  / ``claim 3`` both name 3 with the claim's word, not the part's);
* or, in one unit and without learning, the target gives a sign an ordinal that the
  source gives another sign there, where the source gives it one other ordinal
  (``erster Flansch (18) … zweiter Flansch (20)`` / ``first flange (20) … second flange
  (18)``): ordinals are values, comparable across the languages as nouns are not.

A bare sign (``housing 12``) is one to three digits and a letter after a word that is no
function word of ``stopwords.txt`` and no claim word (``claim 3`` is claim-reference's),
not followed by a unit of measure, ``%`` or more digits (``Seite 5``, ``Modell 3`` are
read, and harmless where both sides say them alike; ``um 8 Uhr`` is not); one in
parentheses has up to four digits.  A word that is a number or an ordinal is no noun.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.bounds import parse_bounds
from aligner.check.folding import strip_accents
from aligner.check.headings import heading_table
from aligner.check.lemmas import Forms
from aligner.check.measure_units import unit_symbols
from aligner.check.units import Unit
from aligner.lang import BOUNDS_DATA, STOPWORDS_DATA, get_profile
from aligner.model import Finding

#: The uses of a sign with one noun a side must show before it is read.
MIN_USES = 3

_PAREN = re.compile(r"(?<![\w])([^\W\d_]+)[ \u00a0]?[(\uff08](\d{1,4}[a-z]?)[)\uff09]")
_BARE = re.compile(r"(?<![\w.])([^\W\d_]{2,})[ \u00a0](\d{1,3}[a-z]?)(?!\w)")
# after a bare sign: a decimal or a clock time, a unit or per cent, more digits (3 000)
_NOT_AFTER = re.compile(r"[.,:/]\d|\s?%|\s?°|\s*\d")
_UNIT_AFTER = re.compile(r"\s([^\s\d.,;:()]+)")
# up to three words before a sign's noun, each followed by one space
_WORDS_BEFORE = re.compile(r"(?:(?<![\w])[^\W\d_]+[ \u00a0]){1,3}\Z")
_WORD = re.compile(r"[^\W\d_]+")
_HIGHEST_ORDINAL = 10


@dataclass(frozen=True, slots=True)
class Use:
    """A sign named in a unit: its noun (lower case, and as written), the ordinal before
    it, if any, and the span of noun and sign."""

    unit: int
    sign: str
    head: str
    word: str
    ordinal: int | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Name:
    """A sign's usual name on one side (its noun as first written): ``count`` of its
    ``uses`` name it so."""

    head: str
    ordinal: int | None
    count: int
    uses: int


class _Side:
    """One side's words: its function words, ordinals, claim words and word forms."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.stop = frozenset(strip_accents(w.lower())
                              for w in get_profile(lang).word_list(STOPWORDS_DATA))
        table = heading_table(lang)
        self.ordinals = {w: v for w, v in table.ordinals.items()
                         if v <= _HIGHEST_ORDINAL} if table else {}
        self.claims = table.claims if table else frozenset()
        self.before_numbers = _before_numbers(lang)
        self._cache: dict[str, frozenset[str]] = {}

    def of(self, head: str) -> frozenset[str]:
        got = self._cache.get(head)
        if got is None:
            # the forms are read only for a document with signs: a lemma table takes a
            # second to load
            got = self._cache[head] = frozenset(_forms(self.lang).text_forms(head))
        return got

    def noun(self, word: str) -> bool:
        folded = strip_accents(word.lower())
        return folded not in self.stop and folded not in self.claims \
            and folded not in self.ordinals and folded not in self.before_numbers


@cache
def _before_numbers(lang: str) -> frozenset[str]:
    """The last words of the phrases that bound or round the number after them
    (``bounds.txt``'s ``[lower]``, ``[upper]`` and ``[approximate]``: ``etwa 60``,
    ``at least 5``, ``cerca de 3``): no noun of a sign."""
    profile = get_profile(lang)
    text = profile.data_text(BOUNDS_DATA)
    if text is None:
        return frozenset()
    sections = parse_bounds(text, name=f"{profile.code}/{BOUNDS_DATA}")
    return frozenset(strip_accents(words[-1].lower())
                     for section in ("lower", "upper", "approximate")
                     for phrase in sections.get(section, ())
                     if (words := _WORD.findall(phrase)))


@cache
def _forms(lang: str) -> Forms:
    return Forms(lang)


def sign_uses(text: str, unit: int, side: _Side) -> list[Use]:
    """The signs of ``text`` with their nouns (the module docstring)."""
    found: dict[int, Use] = {}
    units = unit_symbols()
    for m in _PAREN.finditer(text):
        if side.noun(m.group(1)):
            found[m.start(2)] = _use(text, m, unit, side)
    for m in _BARE.finditer(text):
        after = m.end()
        if m.start(2) in found or not side.noun(m.group(1)) or _NOT_AFTER.match(text, after):
            continue
        symbol = _UNIT_AFTER.match(text, after)
        if symbol and symbol.group(1) in units:
            continue
        found[m.start(2)] = _use(text, m, unit, side)
    return [found[k] for k in sorted(found)]


def _use(text: str, m: re.Match[str], unit: int, side: _Side) -> Use:
    """A use of the sign ``m`` matched, with the ordinal before its noun: right before
    it, or before one or two words that are no function words (``the first header tank
    (22)``, ``erster drehbarer Flansch (18)``); its span then starts at the ordinal."""
    before = _WORDS_BEFORE.search(text[max(0, m.start(1) - 80):m.start(1)])
    ordinal, start = None, m.start(1)
    if before is not None:
        offset = m.start(1) - 80 if m.start(1) > 80 else 0
        words = list(_WORD.finditer(before.group()))
        for word in reversed(words):
            folded = strip_accents(word.group().lower())
            if folded in side.ordinals:
                ordinal = side.ordinals[folded]
                start = offset + before.start() + word.start()
                break
            if folded in side.stop:
                break
    return Use(unit, m.group(2), m.group(1).lower(), m.group(1), ordinal, start, m.end())


def usual_name(uses: list[Use], side: _Side) -> Name | None:
    """The noun more than half of a sign's ``uses`` name it with, :data:`MIN_USES` times
    at least, and the ordinal most of those give it; None if there is none."""
    if len(uses) < MIN_USES:
        return None
    best: tuple[str, list[Use]] | None = None
    for head in dict.fromkeys(u.head for u in uses):
        forms = side.of(head)
        support = [u for u in uses if side.of(u.head) & forms]
        if best is None or len(support) > len(best[1]):
            best = (head, support)
    assert best is not None
    head, support = best
    if len(support) < MIN_USES or 2 * len(support) <= len(uses):
        return None
    ordinals = Counter(u.ordinal for u in support if u.ordinal is not None)
    ordinal = None
    if ordinals:
        value, count = ordinals.most_common(1)[0]
        ordinal = value if 2 * count > len(support) else None
    name = Name(support[0].word, ordinal, 0, len(uses))
    count = sum(_same(u, name, side) for u in uses)
    if count < MIN_USES or 2 * count <= len(uses):
        return None
    return Name(name.head, ordinal, count, len(uses))


def _same(use: Use, name: Name, side: _Side) -> bool:
    """``use`` names its sign as ``name`` does (an ordinal left out is no other name)."""
    return bool(side.of(use.head) & side.of(name.head.lower())) and (
        name.ordinal is None or use.ordinal is None or use.ordinal == name.ordinal)


def _names_as(use: Use, name: Name, side: _Side) -> bool:
    """``use``'s noun is ``name``'s, its ordinal too where ``name`` has one."""
    return bool(side.of(use.head) & side.of(name.head.lower())) and (
        name.ordinal is None or use.ordinal == name.ordinal)


def _learn(ctx: Context, side: _Side, *, target: bool
           ) -> tuple[dict[int, list[Use]], dict[tuple[str, str], Name]]:
    """Each unit's uses on one side, and each sign's usual name in each document."""
    per_unit: dict[int, list[Use]] = {}
    by_sign: dict[tuple[str, str], list[Use]] = defaultdict(list)
    for u, unit in enumerate(ctx.units):
        text = unit.target if target else unit.source
        if not any(c.isdigit() for c in text):
            continue
        uses = sign_uses(text, u, side)
        if uses:
            per_unit[u] = uses
            document = unit.origin.document if unit.origin else ""
            for use in uses:
                by_sign[document, use.sign].append(use)
    names = {key: name for key, uses in by_sign.items()
             if (name := usual_name(uses, side)) is not None}
    return per_unit, names


def _written(name: Name, side_words: dict[int, str]) -> str:
    ordinal = side_words.get(name.ordinal) if name.ordinal is not None else None
    return f"{ordinal} {name.head}" if ordinal else name.head


def _swapped_name(use: Use, src_uses: list[Use], unit: Unit, document: str,
                  names: tuple[dict[tuple[str, str], Name], dict[tuple[str, str], Name]],
                  sides: tuple[_Side, _Side], ordinal_words: dict[int, str]) -> str | None:
    """What is wrong with the target's ``use`` by the names each side learned
    (``names``: the source's, the target's), or None."""
    src_names, tgt_names = names
    src_side, tgt_side = sides
    own, src_own = tgt_names.get((document, use.sign)), src_names.get((document, use.sign))
    if own is None or src_own is None or _same(use, own, tgt_side):
        return None
    other = next((sign for (doc, sign), name in tgt_names.items()
                  if doc == document and sign != use.sign
                  and _names_as(use, name, tgt_side)), None)
    if other is None or not all(_same(s, src_own, src_side) for s in src_uses):
        return None
    theirs = tgt_names[document, other]
    return (f"{unit.target[use.start:use.end]!r}: the target's noun for {other} "
            f"({_written(theirs, ordinal_words)!r}, {theirs.count} of {theirs.uses} "
            f"uses), not for {use.sign}, which it calls "
            f"{_written(own, ordinal_words)!r} ({own.count} of {own.uses}), as the "
            f"source calls it here ({unit.source[src_uses[0].start:src_uses[0].end]!r})")


def _other_ordinal(use: Use, src_uses: list[Use], tgt_uses: list[Use], unit: Unit
                   ) -> str | None:
    """The target's ``use`` gives its sign another ordinal than every use of the sign in
    the unit's source does, one the target gives another sign (``erster Flansch (18) …
    zweiter Flansch (20)`` / ``second flange (18) … first flange (20)``), or None.  An
    ordinal replaced, which no other sign has (``Der erste Flansch (18)`` / ``The second
    flange (18)``), is number-word-mismatch's."""
    ordinals = {s.ordinal for s in src_uses}
    if use.ordinal is None or len(ordinals) != 1 or None in ordinals \
            or use.ordinal in ordinals \
            or not any(t.ordinal in ordinals and t.sign != use.sign for t in tgt_uses):
        return None
    (value,) = ordinals
    return (f"{unit.target[use.start:use.end]!r}: {use.sign} is the {_nth(use.ordinal)} in "
            f"the target, the {_nth(value)} in the source "
            f"({unit.source[src_uses[0].start:src_uses[0].end]!r})")


def _nth(value: int | None) -> str:
    """1st, 2nd, 3rd, 4th ... (the ordinals read are 1 to 10)."""
    return f"{value}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(value or 0, 'th') }"


def check_refsigns(ctx: Context) -> Iterator[Finding]:
    """reference-sign-swapped (the module docstring)."""
    sides = (_Side(ctx.src_lang), _Side(ctx.tgt_lang))
    src_units, src_names = _learn(ctx, sides[0], target=False)
    if not src_units:
        return
    tgt_units, tgt_names = _learn(ctx, sides[1], target=True)
    ordinal_words = {v: w for w, v in reversed(sides[1].ordinals.items())}
    for u, unit in translated_units(ctx):
        if u not in tgt_units or u not in src_units:
            continue
        document = unit.origin.document if unit.origin else ""
        said: list[str] = []
        spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for use in tgt_units[u]:
            src_uses = [s for s in src_units[u] if s.sign == use.sign]
            if not src_uses:
                continue
            wrong = _swapped_name(use, src_uses, unit, document, (src_names, tgt_names),
                                  sides, ordinal_words) \
                or _other_ordinal(use, src_uses, tgt_units[u], unit)
            if wrong is not None:
                said.append(wrong)
                spans.append(((src_uses[0].start, src_uses[0].end), (use.start, use.end)))
        if said:
            yield Finding(
                code="reference-sign-swapped",
                severity=ctx.severity("reference-sign-swapped"), unit=u,
                message="reference signs swapped: " + "; ".join(said),
                expected=tuple(unit.source[s:e] for (s, e), _ in spans),
                found=", ".join(unit.target[s:e] for _, (s, e) in spans),
                src_span=spans[0][0], tgt_span=spans[0][1])
