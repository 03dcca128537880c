"""sign-mismatch and unit-mismatch: what stands right before and after a number.

``number-mismatch`` compares values only: ``≥ 1/10`` / ``> 1/10``, ``≤ 30 ml/min`` /
``< 30 ml/min``, ``250 µg`` / ``250 mg`` and ``5 mg/kg`` / ``5 mg`` all pass it, yet
each changes a frequency, a limit or a dose.  These checks compare, for a value written
exactly once on each side (read with each side's conventions, so ``2,5`` is ``2.5``):

* ``sign-mismatch``: the comparison sign right before it (``≥ ≤ > <``, ``>=`` and ``<=``
  typed for ``≥`` and ``≤``, ``⩾`` ``⩽`` for them too), where both sides write one;
* ``unit-mismatch``: the unit symbol right after it (``aligner/lang/generic/
  unit_symbols.txt``, ``mg/kg`` and ``ml/min`` whole), where both sides write one.
  Symbols that are one unit compare alike: ``µg`` = ``μg`` = ``mcg`` = ``ug``, ``ml`` =
  ``mL``, ``l`` = ``L``, ``°C`` = ``° C``, ``m²`` = ``m2`` = ``m^2``.

A side that writes the sign or the unit in words (``mindestens 30``, ``30 Minuten``) is
not compared: unit words are no symbols.  The plus-minus sign is part of the value, and
``number-mismatch``'s (``±2`` / ``2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.completeness import unit_symbols
from aligner.check.links import LINK
from aligner.check.numbers import extract_numbers
from aligner.check.units import PLACEHOLDER_TEXT
from aligner.model import Finding

_SIGNS = {"≥": "≥", ">=": "≥", "⩾": "≥", "≤": "≤", "<=": "≤", "⩽": "≤", ">": ">", "<": "<"}
# not the end of a tag or an arrow (<b>5, ->5, x>5)
_SIGN_BEFORE = re.compile(r"(?<![\w\"'/=-])(>=|<=|[≥≤⩾⩽<>])[ \u00a0\u202f]?\Z")
# one unit written several ways (after the exponent and the degree's space are folded)
_ALIASES = {"μg": "µg", "mcg": "µg", "ug": "µg", "mL": "ml", "L": "l", "dL": "dl", "cL": "cl",
            "μl": "µl", "µL": "µl", "μL": "µl", "uL": "µl", "ul": "µl", "μm": "µm"}
_POWERS = {"2": "²", "3": "³", "^2": "²", "^3": "³", "²": "²", "³": "³"}


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit symbol, or several joined by ``/``, right after a number: ``mg``,
    ``mg/kg``, ``ml/min``, ``°C``, ``m2``."""
    symbols = unit_symbols() | {"ug", "uL", "ul", "° C", "° F"}
    one = "(?:" + "|".join(map(re.escape, sorted(symbols, key=len, reverse=True))) + ")"
    one += r"(?:\^?[23](?!\d))?"
    return re.compile(rf"[ \u00a0\u202f]?({one}(?:/{one})*)(?![^\W_])")


def _unit_key(unit: str) -> str:
    parts = []
    for part in unit.replace("° ", "°").split("/"):
        m = re.fullmatch(r"(.+?)(\^?[23²³])?", part)
        symbol, power = (m.group(1), m.group(2)) if m else (part, None)
        parts.append(_ALIASES.get(symbol, symbol) + (_POWERS[power] if power else ""))
    return "/".join(parts)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _around(text: str, lang: str) -> dict[str, list[tuple[str | None, str | None, int, int]]]:
    """Each value of ``text``: (its sign, its unit, start, end) for each time it is written."""
    text = LINK.sub(_blank, PLACEHOLDER_TEXT.sub(_blank, text))
    out: dict[str, list[tuple[str | None, str | None, int, int]]] = {}
    for value, start, end in extract_numbers(text, lang):
        sign = _SIGN_BEFORE.search(text, max(0, start - 3), start)
        unit = _unit_after().match(text, end)
        out.setdefault(value, []).append((sign.group(1) if sign else None,
                                          unit.group(1) if unit else None, start, end))
    return out


def check_number_context(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue
        if not any(c.isdigit() for c in unit.source):
            continue
        src, tgt = _around(unit.source, ctx.src_lang), _around(unit.target, ctx.tgt_lang)
        for value in src.keys() & tgt.keys():
            if len(src[value]) != 1 or len(tgt[value]) != 1:
                continue  # which is which is not sure
            (s_sign, s_unit, s_start, s_end), (t_sign, t_unit, t_start, t_end) = (
                src[value][0], tgt[value][0])
            src_span, tgt_span = (s_start, s_end), (t_start, t_end)
            written = unit.source[s_start:s_end], unit.target[t_start:t_end]
            if s_sign and t_sign and _SIGNS[s_sign] != _SIGNS[t_sign]:
                yield Finding(code="sign-mismatch", severity=ctx.severity("sign-mismatch"),
                              unit=u, message=f"signs differ: {s_sign} {written[0]} in the "
                                              f"source, {t_sign} {written[1]} in the target",
                              expected=(s_sign,), found=t_sign, src_span=src_span,
                              tgt_span=tgt_span)
            if s_unit and t_unit and _unit_key(s_unit) != _unit_key(t_unit):
                yield Finding(code="unit-mismatch", severity=ctx.severity("unit-mismatch"),
                              unit=u, message=f"units differ: {written[0]} {s_unit} in the "
                                              f"source, {written[1]} {t_unit} in the target",
                              expected=(s_unit,), found=t_unit, src_span=src_span,
                              tgt_span=tgt_span)
