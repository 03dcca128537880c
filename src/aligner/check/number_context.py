"""sign-mismatch and unit-mismatch: what stands right before and after a number.

``number-mismatch`` compares values only: ``≥ 1/10`` / ``> 1/10``, ``≤ 30 ml/min`` /
``< 30 ml/min``, ``250 µg`` / ``250 mg`` and ``5 mg/kg`` / ``5 mg`` all pass it, yet
each changes a frequency, a limit or a dose.  These checks compare, for a value written
as many times on each side (read with each side's conventions, so ``2,5`` is ``2.5``):

* ``sign-mismatch``: the comparison sign right before it (``≥ ≤ > <``, ``>=`` and ``<=``
  typed for ``≥`` and ``≤``, ``⩾`` ``⩽`` for them too), where both sides write one;
* ``unit-mismatch``: the unit symbol right after it (``aligner/lang/generic/
  unit_symbols.txt``, ``mg/kg`` and ``ml/min`` whole), where both sides write one.
  Symbols that are one unit compare alike: ``µg`` = ``μg`` = ``mcg`` = ``ug``, ``ml`` =
  ``mL``, ``l`` = ``L``, ``°C`` = ``° C``, ``m²`` = ``m2`` = ``m^2``.
  A unit of the same quantity at another size (``0,1 mg/kg`` / ``0,1 µg/kg``, ``5 ml`` /
  ``5 l``, ``30 min`` / ``30 h``; the table's quantities and sizes,
  :func:`aligner.check.measure_units.unit_scales`) changes the amount as a wrong number
  does: an error, unless the user set the code's severity.  So does a percentage of
  another basis (``5 wt.%`` / ``5 Vol.-%``, ``重量%`` / ``体積%``:
  ``aligner/lang/generic/percent_bases.txt``); a plain ``%`` says nothing against one
  of a stated basis (``5 wt.%`` / ``5 %``: the text may state it elsewhere).  Other
  units (``5 mg`` / ``5 ml``, ``25 °C`` / ``25 °F``, whose conversion changes the number
  too) get the code's default.

The signs (units) of a value's occurrences compare as a bag, whatever their order: an
SmPC's ``(≥ 1/10), (≥ 1/100, < 1/10)`` / ``(> 1/10), (≥ 1/100 to < 1/10)`` has a ``≥`` of
1 the target lacks and a ``>`` the source lacks, and is reported.  It is compared only
where every occurrence left over has a sign (a unit) on both sides: one written in words
(``mindestens 30``, ``30 Minuten``: unit words are no symbols) could be any of them.
The plus-minus sign is part of the value, and ``number-mismatch``'s (``±2`` / ``2``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, partial
from math import isclose
from operator import eq

from aligner.check.base import Context, translated_units
from aligner.check.links import blank_links
from aligner.check.measure_units import (
    UNIT_END_NO_DIGIT,
    percent_bases,
    percent_forms,
    percent_key,
    unit_scales,
    unit_symbols,
)
from aligner.check.numbers import unit_numbers
from aligner.check.units import PLACEHOLDER_TEXT
from aligner.model import Finding, Severity

_SIGNS = {"≥": "≥", ">=": "≥", "⩾": "≥", "≤": "≤", "<=": "≤", "⩽": "≤", ">": ">", "<": "<"}
# not the end of a tag or an arrow (<b>5, ->5, x>5)
SIGN_BEFORE = re.compile(r"(?<![\w\"'/=-])(>=|<=|[≥≤⩾⩽<>])[ \u00a0\u202f]?\Z")
# one unit written several ways (after the exponent and the degree's space are folded)
_ALIASES = {"μg": "µg", "mcg": "µg", "ug": "µg", "mL": "ml", "L": "l", "dL": "dl", "cL": "cl",
            "μl": "µl", "µL": "µl", "μL": "µl", "uL": "µl", "ul": "µl", "μm": "µm",
            "\uff05": "%"}
_POWERS = {"2": "²", "3": "³", "^2": "²", "^3": "³", "²": "²", "³": "³"}


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit symbol, or several joined by ``/``, right after a number: ``mg``,
    ``mg/kg``, ``ml/min``, ``°C``, ``m2``; ``m/s`` in ``1.5m/sで``, where Japanese writes
    its particle onto the unit."""
    symbols = unit_symbols() | {"ug", "uL", "ul", "° C", "° F", "\uff05"}
    one = "(?:" + "|".join(map(re.escape, sorted(symbols, key=len, reverse=True))) + ")"
    one += r"(?:\^?[23](?!\d))?"
    return re.compile(rf"[ \u00a0\u202f]?({percent_forms()}|{one}(?:/{one})*)"
                      + UNIT_END_NO_DIGIT)


def _sign_key(sign: str | None) -> str | None:
    return None if sign is None else _SIGNS[sign]


def _unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    if (basis := percent_bases().get(percent_key(unit))) is not None:
        return f"%({basis})"  # wt.% and Gew.-% are %(mass)
    parts = []
    for part in unit.replace("° ", "°").split("/"):
        m = re.fullmatch(r"(.+?)(\^?[23²³])?", part)
        symbol, power = (m.group(1), m.group(2)) if m else (part, None)
        parts.append(_ALIASES.get(symbol, symbol) + (_POWERS[power] if power else ""))
    return "/".join(parts)


def _scale(key: str) -> tuple[str, float] | None:
    """The quantity and size of a unit's key (``mg/kg``: ``("mass/mass", 1e-6)``), or
    None when a symbol of it has none in the table (``°C``)."""
    scales = unit_scales()
    parts = ["%"] if key.startswith("%(") else key.split("/")
    if not all(part in scales for part in parts):
        return None
    quantity, size = scales[parts[0]]
    for part in parts[1:]:
        quantity, size = f"{quantity}/{scales[part][0]}", size / scales[part][1]
    return quantity, size


def changes_amount(source_unit: str, target_unit: str) -> bool:
    """Whether a value written with ``source_unit`` in the source and ``target_unit`` in
    the target is another amount: units of one quantity at different sizes (``mg`` /
    ``µg``, ``mg/ml`` / ``mg/l``; ``mg/ml`` / ``g/l`` are one size)."""
    src_key, tgt_key = _unit_key(source_unit) or "", _unit_key(target_unit) or ""
    if _based(src_key) and _based(tgt_key):  # 5 wt.% / 5 Vol.-%
        return src_key != tgt_key
    src, tgt = _scale(src_key), _scale(tgt_key)
    return (src is not None and tgt is not None and src[0] == tgt[0]
            and not isclose(src[1], tgt[1], rel_tol=1e-9))


def _based(key: str | None) -> bool:
    """Whether a unit's key is a percentage of a stated basis (``%(mass)``)."""
    return key is not None and key.startswith("%(")


def _unstated(a: str | None, b: str | None) -> bool:
    """Whether two units' keys are a plain percentage and one of a stated basis, which
    say nothing against each other: ``5 %`` / ``5 Gew.-%`` (the text may state the
    basis elsewhere)."""
    return (a == "%" and _based(b)) or (b == "%" and _based(a))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _around(text: str, lang: str, numbers: Callable[[str, str], list[tuple[str, int, int]]]
            ) -> dict[str, list[tuple[str | None, str | None, int, int]]]:
    """Each value of ``text``: (its sign, its unit, start, end) for each time it is written;
    ``numbers`` reads the numbers of a text (:func:`aligner.check.numbers.unit_numbers`)."""
    text = blank_links(PLACEHOLDER_TEXT.sub(_blank, text))
    out: dict[str, list[tuple[str | None, str | None, int, int]]] = {}
    for value, start, end in numbers(text, lang):
        sign = SIGN_BEFORE.search(text, max(0, start - 3), start)
        unit = _unit_after().match(text, end)
        out.setdefault(value, []).append((sign.group(1) if sign else None,
                                          unit.group(1) if unit else None, start, end))
    return out


def _unmatched(src: list[str | None], tgt: list[str | None],
               ties: tuple[list[str], list[str]] | None = None
               ) -> list[tuple[int, int]] | None:
    """The occurrences (index in ``src``, index in ``tgt``) whose keys differ, paired in
    order, once the keys both sides have are set aside, and then the plain percentages
    against those of a stated basis (:func:`_unstated`); None when nothing may be said:
    the counts differ, or an occurrence left over has no key.  ``ties``: what follows
    each occurrence on each side (a fraction's denominator); occurrences with the same
    are set aside and paired first (``≥ 1/100`` with ``≥ 1/100``, not ``≥ 1/1.000``)."""
    if len(src) != len(tgt):
        return None
    left_src, left_tgt = list(range(len(src))), list(range(len(tgt)))
    after_src, after_tgt = ties or ([""] * len(src), [""] * len(tgt))
    for same, tied in ((eq, True), (eq, False), (_unstated, False)):
        for i in list(left_src):
            j = next((j for j in left_tgt if same(tgt[j], src[i])
                      and (not tied or after_tgt[j] == after_src[i])), None)
            if j is not None:
                left_src.remove(i)
                left_tgt.remove(j)
    if any(src[i] is None for i in left_src) or any(tgt[j] is None for j in left_tgt):
        return None
    if ties:  # a changed occurrence with its own denominator on the other side first
        left_tgt.sort(key=lambda j: next((k for k, i in enumerate(left_src)
                                          if after_src[i] == after_tgt[j]), len(left_src)))
        left_src.sort(key=lambda i: next((k for k, j in enumerate(left_tgt)
                                          if after_src[i] == after_tgt[j]), len(left_tgt)))
    return list(zip(left_src, left_tgt, strict=True))


# a fraction's denominator after a number (≥ 1/100, < 1 / 10 000)
_DENOMINATOR = re.compile(r" ?/ ?\d+(?:[ .,\u00a0\u202f]\d{3})*")


def _denominator(text: str, end: int) -> str:
    """The digits of the fraction's denominator after the number ending at ``end``
    (``1/1.000`` and ``1/1,000`` alike), or ``""``."""
    m = _DENOMINATOR.match(text, end)
    return "".join(filter(str.isdigit, m.group())) if m else ""


def _quoted(text: str, start: int, end: int, sign: bool) -> str:
    """The number at ``start:end`` of ``text`` as a message quotes it: after a sign,
    with a fraction's denominator (``≥ 1/100``, not ``≥ 1``), which the sign bounds
    with it."""
    m = _DENOMINATOR.match(text, end) if sign else None
    return text[start:m.end() if m else end]


def check_number_context(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        if not any(map(str.isdigit, unit.source)):
            continue
        numbers = partial(unit_numbers, ctx, u)
        src = _around(unit.source, ctx.src_lang, numbers)
        tgt = _around(unit.target, ctx.tgt_lang, numbers)
        for value in sorted(src.keys() & tgt.keys(), key=lambda v: src[v][0][2]):
            mine, theirs = src[value], tgt[value]
            marks = (("sign-mismatch", "signs", [n[0] for n in mine], [n[0] for n in theirs],
                      _sign_key),
                     ("unit-mismatch", "units", [n[1] for n in mine], [n[1] for n in theirs],
                      _unit_key))
            for code, what, s_marks, t_marks, key in marks:
                ties = ([_denominator(unit.source, n[3]) for n in mine],
                        [_denominator(unit.target, n[3]) for n in theirs]) \
                    if code == "sign-mismatch" else None
                pairs = _unmatched([key(m) for m in s_marks], [key(m) for m in t_marks], ties)
                if not pairs:
                    continue
                # an occurrence whose amount changed first: it is the one to fix
                i, j = next((p for p in pairs if code == "unit-mismatch"
                             and changes_amount(s_marks[p[0]] or "", t_marks[p[1]] or "")),
                            pairs[0])
                s_mark, t_mark = s_marks[i] or "", t_marks[j] or ""
                before = code == "sign-mismatch"
                s_num = _quoted(unit.source, mine[i][2], mine[i][3], before)
                t_num = _quoted(unit.target, theirs[j][2], theirs[j][3], before)
                s_text = f"{s_mark} {s_num}" if before else f"{s_num} {s_mark}"
                t_text = f"{t_mark} {t_num}" if before else f"{t_num} {t_mark}"
                severity = ctx.severity(code)
                if (not before and code not in ctx.options.severities
                        and changes_amount(s_mark, t_mark)):
                    severity = Severity.ERROR
                yield Finding(code=code, severity=severity, unit=u,
                              message=f"{what} differ: {s_text} in the source, {t_text} in "
                                      f"the target", expected=(s_mark,),
                              found=t_mark, src_span=(mine[i][2], mine[i][3]),
                              tgt_span=(theirs[j][2], theirs[j][3]))
