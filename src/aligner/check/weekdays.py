"""weekday-mismatch: the weekdays a unit names on each side must be the same days.

A wrong weekday is the commonest date slip of news copy (``el martes 3 de marzo`` /
``on Wednesday, March 3``), and the numbers do not show it.  A language's weekdays are
the ``w`` lines of its ``numbers.tsv`` (``w2  martes``: 1 is Monday), compared lower
case and without accents as whole words (Portuguese ``terça-feira`` with its hyphen),
or followed by one of the language's ``weekday_endings`` (Korean particles: ``월요일에``),
or after one of its ``weekday_prefixes`` (Arabic ``و``, ``ب``, ``ف``: ``والخميس``); a
name of two words is written with ``_`` between them (Arabic ``يوم_الاثنين``: ``الاثنين``
alone is also "the two").

Some short names are other words too (Portuguese ``segunda``, ``quarta``, ``quinta``,
``sexta`` are ordinals, ``quinta`` an estate: ``a segunda vez``, ``Quinta da
Regaleira``): the ``ws`` lines of ``numbers.tsv``, read as weekdays only where nothing
else is meant -- in a list or range of weekdays, joined to another weekday name by one
of the ``weekday_join`` words or signs (``de terça a domingo``, ``segunda a sexta``,
``segunda e quarta``; not ``à``, an ordinal's article: ``da segunda à sexta edição``),
or in the plural after a ``weekday_at`` word (``às terças``).

In a language written without spaces (Chinese, Japanese) a name is found inside a
word, but not before one of its ``counters`` or numerals: ``一个星期一次`` is once a
week, ``每周三天`` three days a week, ``每周一`` every Monday.

Only a unit that names a weekday on both sides is compared: a translation may leave
the day out (``este martes`` / ``this week``) or name it where the source gives a date.
Where a language writes its weekdays lower case (its profile's ``lower_case_calendar``),
one capitalised inside a sentence is a name (``Plácido Domingo``) and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import folded_origins, strip_accents
from aligner.check.number_table import number_words
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
    #: the short names that are other words too (folded) -> the day, and their pattern
    short_of: dict[str, int]
    short: re.Pattern[str] | None
    #: a short name's weekday neighbour: after it (join, name), before it, and a
    #: ``weekday_at`` word before a plural
    next_day: re.Pattern[str] | None
    prev_day: re.Pattern[str] | None
    at: re.Pattern[str] | None


def _either(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _days(lang: str) -> _Days | None:
    words = number_words(lang)
    # a name of two words is written with _ between them (Arabic يوم_الاثنين)
    day_of = {strip_accents(w.lower()).replace("_", " "): day
              for day, names in words.weekdays.items() for w in names}
    if not day_of:
        return None
    short_of = {strip_accents(w.lower()): day for day, names in words.short_weekdays.items()
                for w in names}
    # a name ends its word, or goes on with one of the language's endings (Korean
    # 월요일에, 월요일부터: particles written onto the noun)
    endings = {strip_accents(w.lower()) for w in words.lists.get("weekday_endings", ())}
    ending = rf"(?:{_either(endings)})?" if endings else ""
    # or begins after one of the language's prefixes (Arabic و, ب, ل: والخميس)
    prefixes = {strip_accents(w.lower()) for w in words.lists.get("weekday_prefixes", ())}
    prefix = rf"(?:{_either(prefixes)})?" if prefixes else ""
    if get_profile(lang).sentence_separator:
        pattern = re.compile(
            rf"(?<![\w-]){prefix}(?P<day>(?:{_either(day_of)}){ending})(?![\w-])")
    else:  # no spaces between words: a name is one before no counter or numeral
        guard = {*words.lists.get("counters", ()), *words.magnitudes,
                 *(w for ws in words.words.values() for w in ws)}
        pattern = re.compile(rf"(?P<day>{_either(day_of)})(?!{_either(guard) or '(?!)'})")
    short = next_day = prev_day = at = None
    if short_of:
        short = re.compile(rf"(?<![\w-])(?P<day>{_either(short_of)})(?![\w-])")
        joins = _either({strip_accents(w.lower()) for w in words.lists.get("weekday_join", ())})
        names = _either({*day_of, *short_of})
        # searched in the folded text; the join is group 1, to be checked as written
        next_day = re.compile(rf"(\s*(?:{joins})\s*)(?:{names})(?![\w-])")
        prev_day = re.compile(rf"(?<![\w-])(?:{names})(\s*(?:{joins})\s*)$")
        if words.lists.get("weekday_at"):
            at = re.compile(rf"(?<![\w-])(?:{_either(words.lists['weekday_at'])})\s+$",
                            re.IGNORECASE)
    return _Days(day_of, pattern, get_profile(lang).lower_case_calendar, short_of, short,
                 next_day, prev_day, at)


def _short_is_day(days: _Days, text: str, plain: str, start: int, end: int) -> bool:
    """Whether the short name at ``start:end`` names a weekday (the module docstring):
    joined to another weekday name (by no ``à``, folded to ``a``), or a plural after a
    ``weekday_at`` word."""
    assert days.next_day is not None and days.prev_day is not None
    for m in (days.next_day.match(plain, end), days.prev_day.search(plain, 0, start)):
        if m is not None and not {"à", "À"} & set(text[m.start(1):m.end(1)]):
            return True
    return (days.at is not None and plain[end - 1] == "s"
            and days.at.search(text[:start]) is not None)


def named_days(text: str, lang: str) -> list[tuple[int, str, int, int]]:
    """The weekdays ``text`` names: (day, the name as written, start, end)."""
    days = _days(lang)
    if days is None:
        return []
    plain = strip_accents(text.lower())
    origin = None
    if len(plain) != len(text):  # a mark dropped, a Hangul syllable as its letters
        origin = folded_origins(text, plain)
        if origin is None or days.short is not None:  # offsets would not match
            return []
    found = []
    shorts = [] if days.short is None else [
        m for m in days.short.finditer(plain)
        if _short_is_day(days, text, plain, m.start(), m.end())]
    for m in sorted([*days.pattern.finditer(plain), *shorts], key=lambda m: m.start()):
        named = m.group("day")  # without a prefix (والخميس)
        name = next(w for w in (named, *(named[:i] for i in range(len(named) - 1, 0, -1)))
                    if w in days.day_of or w in days.short_of)
        start, end = m.start("day"), m.start("day") + len(name)  # without its ending (월요일에)
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        written = text[start:end]
        before = text[:m.start()].rstrip()
        if days.lower_case and written[0].isupper() and before and before[-1] not in _STARTS:
            continue  # Plácido Domingo: a name
        day = days.day_of.get(name) or days.short_of[name]
        found.append((day, written, start, end))
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
