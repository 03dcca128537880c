"""dimension-order: a size whose measures the target gives in another order.

``Mide 120 x 85 cm.`` / ``It measures 85 x 120 cm.``: both sides have the numbers 120
and 85, so number-mismatch is silent, yet height and width are swapped -- in a
catalogue's table of works, a plan or a product sheet the order is the convention the
reader relies on.

A dimension is two or three numbers parted by the multiplication sign (``x``, ``X``,
``×``, spaces or none around it: ``120 x 85``, ``120x85``, ``120 × 85 × 3``) or by the
word a language says it with (the ``dimension_by`` line of its ``numbers.tsv``: Spanish
``120 por 85 cm``, English ``120 by 85 cm``), each number perhaps with its unit
(``120 cm x 85 cm``) and a mixed fraction (``47 1/4 x 33 1/2 in.``).  It is compared
only when a unit of measure follows it (the symbols of
``aligner/lang/generic/unit_symbols.txt`` and the inch, foot and yard, :data:`_IMPERIAL`)
or, with the sign, when it is the whole unit (a table's cell, ``120 x 85``): a product
offer or a score (``3 x 2``, ``Brasil 2 x 1 Argentina``) is no size.  A source
dimension the target gives with the same numbers in another order, and not in the
source's, is reported; numbers that differ are number-mismatch's.

The same shape, sign form only, is what :mod:`aligner.check.completeness` leaves out of
a copied unit: ``210 x 140 cm`` is the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.measure_units import GLUED_SCRIPTS, UNIT_END, unit_symbols
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.model import Finding

# The inch, foot and yard after a number of a dimension (47 1/4 x 33 1/2 in.): not in
# unit_symbols.txt, whose symbols count after any number, for ``in`` is a word of
# English and German too (``2.5 in der Tabelle``) -- inside a dimension it is none.
_IMPERIAL = ("in.", "in", "ft.", "ft", "yd.", "yd", "″")
_SPACE = "[ \u00a0\u202f]*"
# a number as written (1.200, 0,85, 120), perhaps with a mixed fraction (47 1/4)
_NUMBER = r"\d+(?:[.,]\d+)*(?:[ \u00a0]\d+/\d+)?"
_SIGN = f"{_SPACE}[x×X]{_SPACE}"


@cache
def _unit() -> str:
    symbols = sorted({*unit_symbols(), *_IMPERIAL}, key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, symbols)) + ")" + UNIT_END


@cache
def _pattern(by: tuple[str, ...]) -> re.Pattern[str]:
    """A dimension: two or three numbers parted by the sign or one of the words ``by``,
    each perhaps with a unit; group ``unit`` is the unit after the last one."""
    words = "|".join(map(re.escape, by))
    sep = f"(?:{_SIGN}|\\s+(?i:{words})\\s+)" if by else f"(?:{_SIGN})"
    measure = f"{_NUMBER}(?:{_SPACE}{_unit()})?"
    return re.compile(
        # not inside a word or a number; a number glued to a Japanese or Chinese word is
        # one (パネルは85×120cm)
        rf"(?<![.,/])(?<![^\W{GLUED_SCRIPTS}])"
        rf"{_NUMBER}(?:{_SPACE}{_unit()})?{sep}(?:{measure}{sep})?{_NUMBER}"
        rf"(?![\d/])(?:{_SPACE}(?P<unit>{_unit()}))?")


def without_dimensions(text: str) -> str:
    """``text`` with its dimensions of the multiplication sign (``210 x 140 cm``,
    ``47 1/4 x 33 1/2 in.``) taken out: numbers, units and sign, the same in every
    language."""
    if not any(ch.isdigit() for ch in text):
        return text
    return _pattern(()).sub(" ", text)


@dataclass(frozen=True, slots=True)
class Dimension:
    """A dimension's numbers, each as its digits read (``47 1/4`` is ``47, 1, 4``), in
    the order written, and its span in the text."""

    measures: tuple[tuple[str, ...], ...]
    start: int
    end: int


def dimensions(text: str, lang: str) -> list[Dimension]:
    """The dimensions ``text`` states: with a unit after them, or alone in the text."""
    if not any(ch.isdigit() for ch in text):
        return []
    by = tuple(number_words(lang).lists.get("dimension_by", ()))
    found = []
    for m in _pattern(by).finditer(text):
        whole = text.strip().rstrip(".") == m[0].rstrip(".")
        if m["unit"] is None and not (whole and _pattern(()).fullmatch(m[0])):
            continue
        measures = tuple(tuple(value for value, _, _ in extract_numbers(n, lang))
                         for n in re.findall(_NUMBER, m[0]))
        found.append(Dimension(measures, m.start(), m.end()))
    return found


def check_dimensions(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        src = dimensions(unit.source, ctx.src_lang)
        if not src:
            continue
        tgt = dimensions(unit.target, ctx.tgt_lang)
        said = {d.measures for d in src}
        for d in src:
            if d.measures in {t.measures for t in tgt}:
                continue
            wrong = next((t for t in tgt if t.measures not in said
                          and sorted(t.measures) == sorted(d.measures)), None)
            if wrong is None:
                continue
            source, target = unit.source[d.start:d.end], unit.target[wrong.start:wrong.end]
            yield Finding(
                code="dimension-order", severity=ctx.severity("dimension-order"), unit=u,
                message=f"the source gives {source!r}, the target the same numbers in "
                        f"another order: {target!r}",
                expected=(source,), found=target,
                src_span=(d.start, d.end), tgt_span=(wrong.start, wrong.end))
