"""weekday-mismatch: the weekdays a unit names on each side must be the same days.

A wrong weekday is the commonest date slip of news copy (``el martes 3 de marzo`` /
``on Wednesday, March 3``), and the numbers do not show it.  A language's weekdays are
the ``w`` lines of its ``numbers.tsv`` (``w2  martes``: 1 is Monday), compared lower
case and without accents as whole words (Portuguese ``terça-feira`` with its hyphen).

Only a unit that names a weekday on both sides is compared: a translation may leave
the day out (``este martes`` / ``this week``) or name it where the source gives a date.
Where a language writes its weekdays lower case (its profile's ``lower_case_calendar``),
one capitalised inside a sentence is a name (``Plácido Domingo``) and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.numbers import number_words
from aligner.lang import get_profile
from aligner.model import Finding

# what, before a word, starts a sentence or a quotation
_STARTS = ".!?…:¿¡«»\"“”„‘—–([•*#"


@dataclass(frozen=True, slots=True)
class _Days:
    """A language's weekday names (folded) -> the day (1 is Monday), and their pattern."""

    day_of: dict[str, int]
    pattern: re.Pattern[str]
    lower_case: bool


@cache
def _days(lang: str) -> _Days | None:
    day_of = {strip_accents(w.lower()): day
              for day, names in number_words(lang).weekdays.items() for w in names}
    if not day_of:
        return None
    names = "|".join(map(re.escape, sorted(day_of, key=len, reverse=True)))
    return _Days(day_of, re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"),
                 get_profile(lang).lower_case_calendar)


def named_days(text: str, lang: str) -> list[tuple[int, str, int, int]]:
    """The weekdays ``text`` names: (day, the name as written, start, end)."""
    days = _days(lang)
    if days is None:
        return []
    plain = strip_accents(text.lower())
    if len(plain) != len(text):  # offsets would not match the text's: none read
        return []
    found = []
    for m in days.pattern.finditer(plain):
        written = text[m.start():m.end()]
        before = text[:m.start()].rstrip()
        if days.lower_case and written[0].isupper() and before and before[-1] not in _STARTS:
            continue  # Plácido Domingo: a name
        found.append((days.day_of[m.group()], written, m.start(), m.end()))
    return found


def check_weekdays(ctx: Context) -> Iterator[Finding]:
    if _days(ctx.src_lang) is None or _days(ctx.tgt_lang) is None:
        return
    for u, unit in translated_units(ctx):
        src, tgt = named_days(unit.source, ctx.src_lang), named_days(unit.target, ctx.tgt_lang)
        if not src or not tgt:
            continue
        src_set, tgt_set = {d for d, *_ in src}, {d for d, *_ in tgt}
        missing = [n for d, n, *_ in src if d not in tgt_set]
        extra = [(n, s, e) for d, n, s, e in tgt if d not in src_set]
        if not missing and not extra:
            continue
        parts = ([f"{', '.join(dict.fromkeys(missing))} missing in the target"] if missing
                 else []) + ([f"{', '.join(dict.fromkeys(n for n, _, _ in extra))} not in "
                              "the source"] if extra else [])
        src_span = next(((s, e) for d, _, s, e in src if d not in tgt_set), None)
        yield Finding(code="weekday-mismatch", severity=ctx.severity("weekday-mismatch"),
                      unit=u, message="weekdays differ: " + "; ".join(parts),
                      expected=tuple(dict.fromkeys(missing)),
                      found=unit.target[extra[0][1]:extra[0][2]] if extra else None,
                      src_span=src_span,
                      tgt_span=(extra[0][1], extra[0][2]) if extra else None)
