"""Financial figures for number-mismatch: a sign said otherwise than by a minus, basis
points, and reporting periods (``Q1``, ``上半年``, ``first half``).

Each is a second reading of a number (:data:`aligner.check.numbers._Run`), taken only
where it leaves fewer differences from the other side than the number as written:

* a negative amount written without a minus before its digits -- a minus before its
  currency (``-RMB 125 million``, ``−$5``), accounting brackets right after a currency
  or filling a table cell (``RMB (125) million``, ``$(1,234)``, a cell ``(1,256.00)``), or
  a word of the language's ``negative`` list shortly before it in the same clause
  (``negative RMB 125 million``, ``net cash outflow ... was RMB 125 million``, ``净流出
  1.25亿元``): read as written and as negative.  A rate (a per cent or percentage
  points) after a word of the ``decrease`` list in the same reach, or with one of the
  ``decrease_after`` list right after it, is negative too (``down 5%``, ``同比下降5%``,
  ``5% lower``, ``5%減少``), unless a word between says the level it reached (the
  ``range_to`` and ``decrease_to`` lists: ``fell to 5%``, ``下降至5%``); an amount after
  such a word is not (``fell to RMB 5 million``), nor is anything after a word of
  increase.  A sign dropped without such a word is still reported.
* a number of basis points (the language's ``basis`` lines: ``320 basis points``,
  ``320个基点``), read as written and as percentage points (3.2; a basis point is a
  hundredth of a percentage point).

Reporting periods are read only where both sides name one: the labels every language
writes (``Q1``, ``H2``, ``1Q26``, ``3Q2025``, ``1H26``, ``FY2025``) and the language's ``period``
lines (``period<TAB>Q1 first quarter``, Chinese ``第一季度``, Spanish ``primer
semestre``) are each the period they name, and the numbers inside them are no numbers:
``H1 2026`` is ``2026年上半年``, ``first half`` no ``第一季度``.  A year glued to a
label is a year (``1Q26`` is the first quarter of 2026).  Where one side names no
period, its numbers stay as they were (a language without ``period`` lines, ``Q1`` of a
questionnaire).  A fiscal year (``FY2025``, ``FY25``, ``2025财年``, ``fiscal year 2025``,
``ejercicio 2025``, ``Geschäftsjahr 2025``) is the period ``FY`` and its year, so that
``FY2025`` / ``2025年上半年`` (a half for a whole year) is reported -- but only where the
side names no shorter period (``Q1 FY2025`` / ``2025年第一季度`` agree), and where the other
side names none (``FY2025`` / ``2025年``) it is the year 2025 as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from aligner.check.dates import Item
from aligner.check.folding import strip_accents
from aligner.textutil import HAN

#: the numbers of one side read a second way: as written, and the other readings
Run = tuple[Counter[str], list[Counter[str]]]

_MINUS = "-\u2212\u2013\uff0d\ufe63"
# a minus before a currency's code or symbol right before the number: -RMB 125, −$5
_MINUS_CURRENCY = re.compile(rf"(?:^|(?<=[\s(\[（:：]))[{_MINUS}](?:[A-Z]{{3}}|[$€£¥₹])"
                             r"[ \u00a0\u202f]?\Z")
# a currency's code or symbol, then an opening bracket, right before the number
_BRACKET_CURRENCY = re.compile(r"(?:[A-Z]{3}|[$€£¥₹])[ \u00a0\u202f]?\(\Z")
# a table cell that is an amount in brackets, grouped or with decimals: (1,256.00)
_BRACKET_CELL = re.compile(r"\s*\(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?\)\s*")
# what ends a clause: a sign word before it says nothing of a number after it
_CLAUSE_END = re.compile(r"[.;:!?,。；：！？，、]")
_GAP = re.compile(r"[ \u00a0\u202f]?")
#: the most words (or, in a text written without spaces, characters) between a sign
#: word and its number
_SIGN_REACH = 6
_HAN_REACH = 12


def _reach_ok(between: str) -> bool:
    if re.search(r"\d", between) or _CLAUSE_END.search(between):
        return False
    return (len(between) <= _HAN_REACH if HAN.search(between)
            else len(between.split()) <= _SIGN_REACH)


@cache
def _sign_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    latin = [w for w in words if not HAN.search(w)]
    han = [w for w in words if HAN.search(w)]
    parts = ([rf"\b(?:{'|'.join(map(re.escape, latin))})\b"] if latin else []) + (
        ["|".join(map(re.escape, han))] if han else [])
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SignWords:
    """A language's words that make a number negative without a minus (its
    ``numbers.tsv``): ``negative`` before an amount; ``decrease`` before a rate and
    ``decrease_after`` right after one; ``levels``: the words (``range_to``,
    ``decrease_to``; lower case, without accents) after which a rate is the level
    reached (``fell to 5%``), no change; ``rates``: the phrases after a number that make
    it a rate (``percent`` and ``points`` lines; ``%`` and ``％`` always do)."""

    negative: tuple[str, ...] = ()
    decrease: tuple[str, ...] = ()
    decrease_after: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    rates: tuple[str, ...] = ()


@cache
def _rate_after(rates: tuple[str, ...]) -> re.Pattern[str]:
    """A per cent sign or a ``rates`` phrase, perhaps after a space (one a number ends)."""
    words = "|".join(r"[\s\-]+".join(map(re.escape, p.split()))
                     for p in sorted(rates, key=len, reverse=True))
    # a word ends where no letter goes on (Chinese writes none between words)
    end = r"(?![^\W\d_\u3400-\u9fff])"
    return re.compile(rf"[ \u00a0\u202f]?(?:[%\uff05]|(?:{words}){end})" if words
                      else r"[ \u00a0\u202f]?[%\uff05]", re.IGNORECASE)


@cache
def _after_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of ``words`` right after a rate (perhaps after a space or Japanese ``の``)."""
    if not words:
        return None
    # a word of a script written with spaces ends there (5% lower, not 5% lowercase);
    # Japanese and Korean glue endings on (5%減少した, 5% 감소했다)
    forms = "|".join(re.escape(w) if w[-1:] > "\u3000" else rf"{re.escape(w)}\b"
                     for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \u00a0\u202f]?の?(?:{forms})", re.IGNORECASE)


def _decreased(text: str, start: int, end: int, words: SignWords) -> bool:
    """Whether the number at ``start:end`` is a rate (a per cent or percentage points) that
    a word of decrease before or right after it makes negative (``down 5%``,
    ``同比下降5%``, ``5%減少``); not a level it reached (``fell to 5%``)."""
    rate = _rate_after(words.rates).match(text, end)
    if rate is None:
        return False
    after = _after_words(words.decrease_after)
    if after is not None and after.match(text, rate.end()):
        return True
    return _said_before(text, start, _sign_words(words.decrease),
                        unless=_sign_words(words.levels))


def _negative(text: str, start: int, end: int, words: SignWords) -> bool:
    """Whether the amount at ``start:end`` is negative though no minus stands before it."""
    if _MINUS_CURRENCY.search(text, max(0, start - 8), start):
        return True
    if text[end:end + 1] == ")" and (_BRACKET_CURRENCY.search(text, max(0, start - 6), start)
                                     or _BRACKET_CELL.fullmatch(text)):
        return True
    return (_decreased(text, start, end, words)
            or _said_before(text, start, _sign_words(words.negative)))


def _said_before(text: str, start: int, pattern: re.Pattern[str] | None, *,
                 unless: re.Pattern[str] | None = None) -> bool:
    """Whether a word of ``pattern`` stands shortly before ``start`` in the same clause
    (:func:`_reach_ok`), with no word of ``unless`` between (``fell to 5%``)."""
    if pattern is None:
        return False
    window = text[max(0, start - 80):start]
    return any(_reach_ok(between := window[m.end():])
               and not (unless and unless.search(strip_accents(between)))
               for m in pattern.finditer(window))


def sign_runs(text: str, found: list[Item], words: SignWords,
              magnitude: Callable[[int], int | None]) -> list[Run]:
    """The positive amounts of ``text`` (ASCII digits) that a sign makes negative
    otherwise than by a minus (the module docstring), each read as written and negated;
    ``words``: the language's words that do; ``magnitude``: the power of ten of the
    language's magnitude word at a place in ``text``, if one is there (``RMB (125)
    million``: the word after the bracket scales the amount in it)."""
    runs = []
    for v, s, e, kind in found:
        if not (kind == "number" and v[:1].isdigit() and v.strip("0.")
                and _negative(text, s, e, words)):
            continue
        power = magnitude(e + 1) if text[e:e + 1] == ")" else None
        negated = f"-{v}" if power is None else "-" + format(
            (Decimal(v).scaleb(power)).normalize(), "f")
        runs.append((Counter([v]), [Counter([negated])]))
    return runs


@cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` (in any letter case, accents as written; spaces or hyphens
    between the words), whole words where they are written with letters."""
    if not phrases:
        return None
    forms = sorted(phrases, key=len, reverse=True)
    han = "|".join(map(re.escape, (p for p in forms if HAN.search(p))))
    latin = "|".join(r"[\s\-]+".join(map(re.escape, p.split()))
                     for p in forms if not HAN.search(p))
    parts = ([rf"(?<![^\W\d_])(?:{latin})(?![^\W\d_])"] if latin else []) + (
        [han] if han else [])
    return re.compile("|".join(parts), re.IGNORECASE)


def basis_point_runs(text: str, found: list[Item], phrases: tuple[str, ...]) -> list[Run]:
    """The numbers of basis points in ``text`` (a number, perhaps a space, then one of the
    language's ``basis`` phrases), each read as written and as percentage points."""
    pattern = _phrases(phrases)
    if pattern is None:
        return []
    runs = []
    for v, _, e, kind in found:
        m = _GAP.match(text, e)
        if (kind == "number" and v.lstrip("-").replace(".", "", 1).isdigit()
                and m is not None and pattern.match(text, m.end())):
            hundredth = (Decimal(v) / 100).normalize()
            runs.append((Counter([v]), [Counter([format(hundredth, "f")])]))
    return runs


# Q1, H2; 1Q26, 3Q2025, 1H26 (a year glued after)
_LABEL = re.compile(r"(?<![0-9A-Za-z])(?:([QH])([1-4])|([1-4])([QH])(\d{4}|\d{2})?)"
                    r"(?![0-9A-Za-z])")


# FY2025, FY25, FY 2025: a fiscal year and its year
_FISCAL = re.compile(r"(?<![0-9A-Za-z])FY\s?(\d{4}|\d{2})(?![0-9A-Za-z])")
FISCAL_YEAR = "FY"


def periods(text: str, period_words: dict[str, tuple[str, ...]]) -> list[Item]:
    """The reporting periods ``text`` names: ``(period, start, end, "period")``, a
    period written ``Q1`` ... ``Q4``, ``H1``, ``H2``, ``FY``, and the year glued to a
    label (``("2026", ...)``, kind ``"number"``); ``period_words``: the language's
    ``period`` lines, period -> phrases.  A fiscal year is named only where the text
    names no shorter period: ``Q1 FY2025`` is the first quarter, as ``2025年第一季度``."""
    found = _periods(text, period_words)
    if any(kind == "period" and value != FISCAL_YEAR for value, _, _, kind in found):
        fiscal = [(s, e) for value, s, e, kind in found if value == FISCAL_YEAR]
        return [n for n in found if n[0] != FISCAL_YEAR and not any(
            s <= n[1] and n[2] <= e for s, e in fiscal)]  # and the year glued to FY
    return found


def _periods(text: str, period_words: dict[str, tuple[str, ...]]) -> list[Item]:
    found: list[Item] = []
    for m in _FISCAL.finditer(text) if "FY" in text else ():
        year = m.group(1)
        found.append((FISCAL_YEAR, m.start(), m.end(), "period"))
        found.append((year if len(year) == 4 else f"20{year}", m.start(1), m.end(1), "number"))
    for m in _LABEL.finditer(text) if "Q" in text or "H" in text else ():
        letter, digit = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if letter == "H" and digit not in "12":
            continue
        found.append((f"{letter}{digit}", m.start(), m.end(), "period"))
        if year := m.group(5):
            found.append((year if len(year) == 4 else f"20{year}", m.start(5), m.end(5),
                          "number"))
    taken = [(s, e) for _, s, e, _ in found]
    pattern, named = _period_phrases(tuple(period_words.items()))
    for m in pattern.finditer(text) if pattern else ():
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((named[" ".join(re.split(r"[\s\-]+", m.group().lower()))],
                          m.start(), m.end(), "period"))
    return sorted(found, key=lambda n: n[1])


@cache
def _period_phrases(period_words: tuple[tuple[str, tuple[str, ...]], ...]
                    ) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern of every phrase of ``period_words``, and each phrase (lower case,
    words parted by a space) -> its period."""
    named = {" ".join(p.lower().split()): period for period, ps in period_words for p in ps}
    return _phrases(tuple(named)), named


def with_periods(found: tuple[list[Item], list[Item]], named: tuple[list[Item], list[Item]]
                 ) -> tuple[list[Item], list[Item]]:
    """Each side's numbers with the periods both sides name (``named``, :func:`periods`)
    in place of the numbers inside them; as they were where a side names none."""
    if not (named[0] and named[1]):
        return found
    return tuple(  # type: ignore[return-value]
        [n for n in items if not any(
            s < n[2] and n[1] < e for _, s, e, kind in spans if kind == "period")]
        + spans for items, spans in zip(found, named, strict=True))


def period_shown(named: list[Item], text: str) -> dict[str, str]:
    """How ``text`` writes each period of ``named``: ``'第一季度' (Q1)``."""
    shown: dict[str, str] = {}
    for value, start, end, kind in named:
        if kind == "period" and value not in shown and text[start:end] != value:
            shown[value] = f"'{text[start:end]}' ({value})"
    return shown
