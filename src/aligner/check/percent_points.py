"""percent-points: percentage points on one side, per cent on the other.

A change of a rate is said in percentage points (``提升0.9个百分点``, ``up 0.9
percentage points``, ``0,9 Prozentpunkte``, ``0,9 puntos porcentuales``, ``0,9 point de
pourcentage``); ``up 0.9%`` is a relative change, another figure with the same digits,
which ``number-mismatch`` cannot see.  A value written with percentage points after it
(the ``points`` lines of the language's ``numbers.tsv``) more times on one side than on
the other, where the other side writes it as a percentage (``%``, ``％`` or a ``percent``
line: ``per cent``, ``Prozent``), is reported, in either direction.  A warning: a text
may give both figures, and only one of them in one sentence.  Basis points are
``number-mismatch``'s (``320 basis points`` is 3.2 percentage points,
:mod:`aligner.check.figures`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.number_table import number_words
from aligner.check.numbers import unit_numbers
from aligner.model import Finding

_GAP = re.compile(r"[ \u00a0\u202f]?")
_DIGIT = re.compile(r"\d")


@cache
def _after(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """What says percentage points after a number in ``lang``, and what says per cent."""
    table = number_words(lang)

    def phrases(forms: tuple[str, ...]) -> str:
        return "|".join(r"[\s\-]+".join(map(re.escape, p.split()))
                        for p in sorted(forms, key=len, reverse=True))

    # a word ends where no letter goes on (Chinese writes none between words)
    end = r"(?![^\W\d_\u3400-\u9fff])"
    points = re.compile(rf"(?:{phrases(table.points)}){end}", re.IGNORECASE) \
        if table.points else None
    percent = rf"[%\uff05]|(?:{phrases(table.percent)}){end}" if table.percent else "[%\uff05]"
    return points, re.compile(percent, re.IGNORECASE)


def _marked(text: str, lang: str, numbers: list[tuple[str, int, int]]
            ) -> tuple[Counter[str], dict[str, tuple[int, int]]]:
    """Each value of ``numbers`` as many times as ``text`` writes it in percentage points
    and in per cent (``"points"``, ``"percent"`` before the value), and where first."""
    points, percent = _after(lang)
    count: Counter[str] = Counter()
    where: dict[str, tuple[int, int]] = {}
    for value, start, end in numbers:
        gap = _GAP.match(text, end)
        at = gap.end() if gap else end
        m = points.match(text, at) if points else None
        kind = "points" if m else "percent" if (m := percent.match(text, at)) else None
        if kind and m:
            count[f"{kind} {value}"] += 1
            where.setdefault(f"{kind} {value}", (start, m.end()))
    return count, where


def check_percent_points(ctx: Context) -> Iterator[Finding]:
    if not (number_words(ctx.src_lang).points or number_words(ctx.tgt_lang).points):
        return
    src_points, tgt_points = _after(ctx.src_lang)[0], _after(ctx.tgt_lang)[0]
    for u, unit in translated_units(ctx):
        # quick look: digits on both sides, percentage points on one
        if not (_DIGIT.search(unit.source) and _DIGIT.search(unit.target)) or not (
                (src_points and src_points.search(unit.source))
                or (tgt_points and tgt_points.search(unit.target))):
            continue
        src, src_at = _marked(unit.source, ctx.src_lang,
                              unit_numbers(ctx, u, unit.source, ctx.src_lang))
        tgt, tgt_at = _marked(unit.target, ctx.tgt_lang,
                              unit_numbers(ctx, u, unit.target, ctx.tgt_lang))
        for value in dict.fromkeys(k.split(" ", 1)[1] for k in src | tgt):
            points, percent = f"points {value}", f"percent {value}"
            if src[points] > tgt[points] and tgt[percent] > src[percent]:
                said, keys = "percentage points in the source, per cent in the target", (
                    points, percent)
            elif tgt[points] > src[points] and src[percent] > tgt[percent]:
                said, keys = "per cent in the source, percentage points in the target", (
                    percent, points)
            else:
                continue
            s_at, t_at = src_at[keys[0]], tgt_at[keys[1]]
            s_text, t_text = unit.source[slice(*s_at)], unit.target[slice(*t_at)]
            yield Finding(code="percent-points", severity=ctx.severity("percent-points"),
                          unit=u, message=f"{said}: '{s_text}' / '{t_text}'",
                          expected=(s_text,), found=t_text, src_span=s_at, tgt_span=t_at)
