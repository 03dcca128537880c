"""The unit a table or a document states for its amounts (``单位：万元``, ``Unit: RMB
million``, ``(in thousands of euros)``, ``en miles de euros``), for number-mismatch.

A financial table states its unit once, above it or in its first row, and each side
its own: ``1,256,000.00`` under ``单位：万元`` is ``12,560.00`` under ``Unit: RMB
million``.  A statement is

* what follows a marker word and a colon (the language's ``unit_marker`` list:
  ``Unit:``, ``单位：``, ``Einheit:``), up to a closing bracket or the end;
* or a bracket's content (``(in millions)``), or a whole short unit (a table cell or a
  caption line: ``RMB million``, ``In thousands of euros``), when it holds ``in``/``en``
  before it or a currency;

and it is one only when nothing is left of it but currencies (a code in capitals, a
symbol, the language's currency words), the language's ``unit_words`` (``in``, ``of``,
``amounts``, ``人民币``, ``元``) and one ``scale`` phrase of the language's
``numbers.tsv`` (``scale<TAB>6 million``, ``scale<TAB>4 万``) -- or, after a marker,
a currency alone (``单位：元``: a power of 0).  A statement holds for the units after
it until the next statement of that side, a heading, the end of the table after it
(the first prose after a table's units), or another file of a run over several.  The
units of two documents know their parts (:attr:`Unit.parts`: heading, table, body);
those of a memory or a pair file do not, and there a sentence (a final mark after a
few words) is prose and anything else a table's cell or caption (:func:`_kind`).  Where
both sides state a unit and the two differ, each plain number of the source is also
read in the target's unit (:func:`declared_reading`), taken only where that leaves
fewer differences.  Where a side states none, or a number is written with a magnitude
word or a currency's word after it (``2,560,000元``, ``5 euros``: :func:`own_currency`),
nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.check.folding import strip_accents
from aligner.check.units import Unit
from aligner.model import Part
from aligner.textutil import HAN

_BRACKETS = re.compile(r"[(\uff08]([^()\uff08\uff09]{1,60})[)\uff09]")
_TOKEN = re.compile(r"'000(?:,000)?|[^\W\d_]+\.?|[$€£¥]|\S")
_CODE = re.compile(r"[A-Z]{3}")
_SHORT = 40  # the most characters of a unit that is a statement whole (a cell, a caption)
# a sentence's end: a final mark, perhaps closing quotes or brackets after it
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\uff0e][\"'\u201d\u2019)\uff09\u300d\u300f]*\Z")
_WORD = re.compile(r"[^\W\d_]{2,}")
_WORDS, _HAN_WORDS = 4, 6  # the fewest words (Han characters) of a sentence of prose
# a word right after a number
_CURRENCY_WORD = re.compile(r"[ \u00a0\u202f]?([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class UnitWords:
    """A language's words of unit statements (its ``numbers.tsv``)."""

    scales: dict[str, int]  # phrase (lower case) -> power of ten
    markers: tuple[str, ...]  # Unit, 单位
    skip: frozenset[str]  # in, of, amounts, 人民币, 元 (lower case)
    currencies: frozenset[str]  # the currency words (lower case)

    @property
    def keys(self) -> tuple[str, ...]:
        """What a statement holds one of: a scale phrase, ``'000`` or a marker."""
        return (*self.scales, "'000", *(m.lower() for m in self.markers))


def _power(candidate: str, words: UnitWords, *, marked: bool) -> int | None:
    """The power of ten ``candidate`` states, if it is a statement."""
    text = candidate.strip(" \t:：.。")
    if HAN.search(text):  # 万元, 人民币千元: no spaces between the words
        rest, currency = text, False
        for word in sorted(words.skip | words.currencies, key=len, reverse=True):
            if word in rest:
                rest, currency = rest.replace(word, ""), True
        rest = rest.strip()
        if not rest:
            return 0 if marked and currency else None
        return words.scales.get(rest) if currency else None
    left: list[str] = []
    currency = opened = False
    for token in _TOKEN.findall(text):
        word = token.rstrip(".").lower() if token[:1].isalpha() else token
        if not any(c.isalnum() for c in token) and token not in "$€£¥":
            continue  # the apostrophe of d'euros, a comma
        if _CODE.fullmatch(token) or token in "$€£¥" or word in words.currencies:
            currency = True
        elif word in words.skip:
            opened = opened or word in ("in", "en")
        else:
            left.append(word)
    phrase = " ".join(left)
    if not phrase:
        return 0 if marked and currency else None
    power = words.scales.get(phrase) if phrase not in ("'000", "'000,000") else (
        3 if phrase == "'000" else 6)
    return power if power is not None and (marked or currency or opened) else None


def stated_power(text: str, words: UnitWords) -> int | None:
    """The power of ten of the unit ``text`` states for the amounts after it, if any."""
    folded = text.lower()
    if not words.scales or not any(phrase in folded for phrase in words.keys):
        return None  # no scale phrase nor a currency after a marker: most texts
    for marker in words.markers:
        for m in re.finditer(rf"{re.escape(marker)}\s*[:：]", text, re.IGNORECASE):
            rest = re.split(r"[)\uff09;；。]", text[m.end():], maxsplit=1)[0]
            if (power := _power(rest, words, marked=True)) is not None:
                return power
    for m in _BRACKETS.finditer(text):
        if (power := _power(m.group(1), words, marked=False)) is not None:
            return power
    if len(text.strip()) <= _SHORT:
        return _power(text, words, marked=False)
    return None


def _kind(unit: Unit) -> str:
    """``"heading"``, ``"table"`` or ``"prose"``: the part of its document the unit's
    source is in (its target's where the source's is not known); a unit of a memory or
    a pair file, whose parts are not known, is prose when its source is a sentence (a
    final mark after a few words) and is read as a table's cell or caption otherwise."""
    parts = unit.parts[0] or unit.parts[1]
    if parts:
        if all(p is Part.HEADING for p in parts):
            return "heading"
        return "table" if Part.TABLE in parts else "prose"
    text = unit.source.strip() or unit.target.strip()
    words = len(HAN.findall(text)) >= _HAN_WORDS or len(_WORD.findall(text)) >= _WORDS
    return "prose" if words and _SENTENCE_END.search(text) else "table"


def stated_powers(units: Sequence[Unit], src: UnitWords, tgt: UnitWords
                  ) -> list[tuple[int | None, int | None]]:
    """Per unit, the powers of ten of the units each side last stated: a statement holds
    from its unit on, within one file, until the next statement of that side, a heading,
    or the first prose after a table (:func:`_kind`): the table it stated the unit of
    has ended."""
    out: list[tuple[int | None, int | None]] = []
    current: tuple[int | None, int | None] = (None, None)
    origin, tabled = None, False
    for unit in units:
        file = unit.origin.document if unit.origin is not None else None
        kind = _kind(unit)
        if file != origin or kind == "heading" or (kind == "prose" and tabled):
            current, origin, tabled = (None, None), file, False
        s, t = stated_power(unit.source, src), stated_power(unit.target, tgt)
        if s is not None or t is not None:  # a new statement: its table is to come
            current = (current[0] if s is None else s, current[1] if t is None else t)
            tabled = False
        else:
            tabled = tabled or kind == "table"
        out.append(current)
    return out


def own_currency(text: str, end: int, words: UnitWords) -> bool:
    """Whether the number that ends at ``end`` of ``text`` names its own currency, one of
    the language's currency words or Han unit words right after it (``2,560,000元``,
    ``5 euros``), so that no stated unit scales it.  A code or a symbol before a number
    does not say so: a table in millions writes ``$ 1,234`` in its first row."""
    m = _CURRENCY_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if HAN.match(word):  # written without spaces: 元 begins the run 元，公司
        return any(word.startswith(w) for w in words.skip | words.currencies if HAN.match(w))
    return strip_accents(word) in words.currencies


def declared_reading(value: str, powers: tuple[int | None, int | None]) -> str | None:
    """``value``, a plain number of the source, in the unit the target states, where both
    sides state units and they differ (``1256000`` in 万 is ``12560`` in millions)."""
    src, tgt = powers
    if src is None or tgt is None or src == tgt:
        return None
    integer, _, fraction = value.partition(".")
    digits, point = integer + fraction, len(integer) + src - tgt
    if point <= 0:
        digits, point = "0" * (1 - point) + digits, 1
    digits = digits.ljust(point, "0")
    whole, rest = digits[:point].lstrip("0") or "0", digits[point:].rstrip("0")
    return f"{whole}.{rest}" if rest else whole
