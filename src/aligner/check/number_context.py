"""sign-mismatch and unit-mismatch: what stands right before and after a number.

``number-mismatch`` compares values only: ``≥ 1/10`` / ``> 1/10``, ``≤ 30 ml/min`` /
``< 30 ml/min``, ``250 µg`` / ``250 mg`` and ``5 mg/kg`` / ``5 mg`` all pass it, yet
each changes a frequency, a limit or a dose.  These checks compare, for a value written
as many times on each side (read with each side's conventions, so ``2,5`` is ``2.5``):

* ``sign-mismatch``: the comparison sign right before it (``≥ ≤ > <``, ``>=`` and ``<=``
  typed for ``≥`` and ``≤``, ``⩾`` ``⩽`` for them too), where both sides write one;
* ``unit-mismatch``: the unit right after it, where both sides write one: a symbol
  (``aligner/lang/generic/unit_symbols.txt``, ``mg/kg`` and ``ml/min`` whole, ``/mm³``),
  perhaps with a rate after it (``mg/kg/day``, ``mg/kg/dia``, ``mg/kg por día``), or a noun of time
  of the language's ``counted.txt`` (``12 hours``, ``12 dias``, ``30 Minuten``, ``12時間``).
  Symbols that are one unit compare alike: ``µg`` = ``μg`` = ``mcg`` = ``ug``, ``ml`` =
  ``mL``, ``l`` = ``L``, ``°C`` = ``° C`` = ``℃``, ``m²`` = ``m2`` = ``m^2`` = ``㎡`` (and
  the other units of the CJK compatibility block), ``IU`` = ``UI`` = ``U.I.`` = ``IE``,
  ``rpm`` = ``min⁻¹`` = ``min-1`` = ``r/min`` = ``1/min`` = ``U/min`` = ``tr/min``,
  ``N·m`` = ``Nm``, and a noun of time its symbol (``minutes`` = ``min``).
  The same number in another unit is another value
  (:func:`aligner.check.unit_reading.changes_amount`): a unit of
  the same quantity at another size (``0,1 mg/kg`` / ``0,1 µg/kg``, ``5 ml`` / ``5 l``,
  ``12 hours`` / ``12 dias``; the table's quantities and sizes,
  :func:`aligner.check.measure_units.unit_scales`), another temperature scale (``40 ℃`` /
  ``40 °F``), a unit of another quantity (``40 mg`` / ``40 ml``, ``1,000 IU`` /
  ``1.000 mg``, ``70 mg/dL`` / ``70 mmol/L``), an error, unless the user set the code's
  severity.  So does a percentage of
  another basis (``5 wt.%`` / ``5 Vol.-%``, ``重量%`` / ``体積%``:
  ``aligner/lang/generic/percent_bases.txt``); a plain ``%`` says nothing against one
  of a stated basis (``5 wt.%`` / ``5 %``: the text may state it elsewhere).  The rest
  get the code's default, a warning: units of one size (``1 mg/ml`` / ``1 g/l``), a unit
  and the same with more after it (``5 mg/kg`` / ``5 mg``, ``10 mg/kg/day`` /
  ``10 mg/kg``: the rate may be said elsewhere, :func:`_rated`), ``mEq`` for
  ``mmol`` (as many for an ion of one charge), and units the table gives no quantity
  (``dB``, ``mAh``).

The signs (units) of a value's occurrences compare as a bag, whatever their order: an
SmPC's ``(≥ 1/10), (≥ 1/100, < 1/10)`` / ``(> 1/10), (≥ 1/100 to < 1/10)`` has a ``≥`` of
1 the target lacks and a ``>`` the source lacks, and is reported.  It is compared only
where every occurrence left over has a sign (a unit) on both sides: one written in words
(``mindestens 30``, ``30 Stück``: words other than nouns of time are no units) could be
any of them.
The plus-minus sign is part of the value, and ``number-mismatch``'s (``±2`` / ``2``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from operator import eq

from aligner.check.base import Context, translated_units
from aligner.check.links import blank_links
from aligner.check.numbers import unit_numbers
from aligner.check.unit_reading import changes_amount, rates_said, unit_at, unstated
from aligner.check.units import PLACEHOLDER_TEXT
from aligner.model import Finding, Severity

_SIGNS = {"≥": "≥", ">=": "≥", "⩾": "≥", "≤": "≤", "<=": "≤", "⩽": "≤", ">": ">", "<": "<"}
# not the end of a tag or an arrow (<b>5, ->5, x>5)
SIGN_BEFORE = re.compile(r"(?<![\w\"'/=-])(>=|<=|[≥≤⩾⩽<>])[ \u00a0\u202f]?\Z")
def _sign_key(sign: str | None) -> str | None:
    return None if sign is None else _SIGNS[sign]


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_Mark = tuple[str | None, tuple[str, str] | None, int, int]


def _around(text: str, lang: str, numbers: Callable[[str, str], list[tuple[str, int, int]]]
            ) -> dict[str, list[_Mark]]:
    """Each value of ``text``: (its sign, its unit and the unit's key, start, end) for each
    time it is written; ``numbers`` reads the numbers of a text
    (:func:`aligner.check.numbers.unit_numbers`)."""
    text = blank_links(PLACEHOLDER_TEXT.sub(_blank, text))
    out: dict[str, list[_Mark]] = {}
    for value, start, end in numbers(text, lang):
        sign = SIGN_BEFORE.search(text, max(0, start - 3), start)
        out.setdefault(value, []).append((sign.group(1) if sign else None,
                                          unit_at(text, end, lang), start, end))
    return out


def _rated(mine: list[_Mark], theirs: list[_Mark], said: tuple[frozenset[str], frozenset[str]]
           ) -> tuple[list[_Mark], list[_Mark]]:
    """Each side's occurrences, a unit with a rate (``mg/kg/d``) read as the unit alone
    where the other side writes the unit alone and says that rate elsewhere in words
    (``Take 5 mg daily`` / ``Nehmen Sie täglich 5 mg ein``)."""
    def drop(marks: list[_Mark], others: list[_Mark], rates: frozenset[str]) -> list[_Mark]:
        keys = {m[1][1] for m in others if m[1]}
        out = []
        for sign, unit, start, end in marks:
            if unit and "/" in unit[1]:
                base, _, rate = unit[1].rpartition("/")
                if rate in rates and base in keys:
                    unit = (unit[0], base)
            out.append((sign, unit, start, end))
        return out
    return drop(mine, theirs, said[1]), drop(theirs, mine, said[0])


def _unmatched(src: list[str | None], tgt: list[str | None],
               ties: tuple[list[str], list[str]] | None = None
               ) -> list[tuple[int, int]] | None:
    """The occurrences (index in ``src``, index in ``tgt``) whose keys differ, paired in
    order, once the keys both sides have are set aside, and then the plain percentages
    against those of a stated basis (:func:`unstated`); None when nothing may be said:
    the counts differ, or an occurrence left over has no key.  ``ties``: what follows
    each occurrence on each side (a fraction's denominator); occurrences with the same
    are set aside and paired first (``≥ 1/100`` with ``≥ 1/100``, not ``≥ 1/1.000``)."""
    if len(src) != len(tgt):
        return None
    left_src, left_tgt = list(range(len(src))), list(range(len(tgt)))
    after_src, after_tgt = ties or ([""] * len(src), [""] * len(tgt))
    for same, tied in ((eq, True), (eq, False), (unstated, False)):
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
        said = (rates_said(unit.source, ctx.src_lang), rates_said(unit.target, ctx.tgt_lang))
        for value in sorted(src.keys() & tgt.keys(), key=lambda v: src[v][0][2]):
            mine, theirs = _rated(src[value], tgt[value], said)
            marks = (("sign-mismatch", "signs", [n[0] for n in mine], [n[0] for n in theirs],
                      [_sign_key(n[0]) for n in mine], [_sign_key(n[0]) for n in theirs]),
                     ("unit-mismatch", "units", [n[1] and n[1][0] for n in mine],
                      [n[1] and n[1][0] for n in theirs], [n[1] and n[1][1] for n in mine],
                      [n[1] and n[1][1] for n in theirs]))
            for code, what, s_marks, t_marks, s_keys, t_keys in marks:
                ties = ([_denominator(unit.source, n[3]) for n in mine],
                        [_denominator(unit.target, n[3]) for n in theirs]) \
                    if code == "sign-mismatch" else None
                pairs = _unmatched(s_keys, t_keys, ties)
                if not pairs:
                    continue
                # an occurrence whose value changed first: it is the one to fix
                i, j = next((p for p in pairs if code == "unit-mismatch"
                             and changes_amount(s_keys[p[0]] or "", t_keys[p[1]] or "")),
                            pairs[0])
                s_mark, t_mark = s_marks[i] or "", t_marks[j] or ""
                before = code == "sign-mismatch"
                s_num = _quoted(unit.source, mine[i][2], mine[i][3], before)
                t_num = _quoted(unit.target, theirs[j][2], theirs[j][3], before)
                s_text = (f"{s_mark} {s_num}" if before else f"{s_num}{s_mark}"
                          if s_mark.startswith("/") else f"{s_num} {s_mark}")
                t_text = (f"{t_mark} {t_num}" if before else f"{t_num}{t_mark}"
                          if t_mark.startswith("/") else f"{t_num} {t_mark}")
                severity = ctx.severity(code)
                if (not before and code not in ctx.options.severities
                        and changes_amount(s_keys[i] or "", t_keys[j] or "")):
                    severity = Severity.ERROR
                yield Finding(code=code, severity=severity, unit=u,
                              message=f"{what} differ: {s_text} in the source, {t_text} in "
                                      f"the target", expected=(s_mark,),
                              found=t_mark, src_span=(mine[i][2], mine[i][3]),
                              tgt_span=(theirs[j][2], theirs[j][3]))
