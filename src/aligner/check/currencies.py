"""currency-mismatch: the same amount in another currency (``EUR 45,000`` / ``USD 45.000``,
``45.000 dólares``).

``number-mismatch`` compares values, ``unit-mismatch`` units of measure; a fee whose
currency changed passed both.  An amount's currency is what stands right by its digits:

* an ISO code before or after it (``EUR 45,000``, ``104.166,67 USD``; the codes of
  :data:`_CODES`, in capitals), or a symbol (``€``, ``£``, ``¥``, ``₹``, ``$``, and the
  dollars and reals that say whose: ``US$``, ``C$``, ``A$``, ``R$``, ``NT$``; ``RMB``; a
  code before a symbol, ``MXN $``, is the code's);
* a currency's word after it (``45.000 dólares``, ``2,5 millones de euros``, after a
  magnitude word and a short word such as ``de``): the ``currency`` lines of the
  language's ``numbers.tsv`` (``currency<TAB>EUR euro euros``; a word that several
  countries' currencies share names them all, ``currency<TAB>JOD/IQD/KWD/... دينار``);
  in a language written without spaces (Chinese) a word written onto the amount, after it
  or before it (``58美元``, ``150 万美元``, ``人民币58元``), the longest first, and a word
  that several name is the one of the tag's region where its ``currency_region`` list
  says one (``元`` is ``CNY`` in ``zh-CN``, ``TWD`` in ``zh-TW``, any of them in ``zh``).

``$`` alone is said by dollars and pesos alike (the United States, Canada, Australia,
Mexico, Argentina ...), and so are the words ``dollar``, ``dólar``, ``peso``: it agrees
with every one of them and tells ``US$`` from ``EUR`` only; ``¥`` is the yen's or the
yuan's.  A value written on both sides is compared where both sides give it a currency:
one that names on one side a currency the other side's never can be, and the other side
names one the first side's never can be, is reported (``currency-mismatch``, once per
value).  An amount with a currency on one side and none on the other is not: a
translation leaves out a currency said once already.  Amounts in words are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.links import LINK
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.check.units import PLACEHOLDER_TEXT
from aligner.lang import region
from aligner.model import Finding
from aligner.textutil import MARKS

_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
_PESOS = frozenset({"MXN", "ARS", "CLP", "COP", "UYU", "DOP", "CUP", "PHP"})
_CODES = frozenset({"EUR", "GBP", "JPY", "CNY", "CHF", "INR", "BRL", "SEK", "NOK", "DKK",
                    "PLN", "CZK", "HUF", "RON", "BGN", "RUB", "UAH", "TRY", "ZAR", "KRW",
                    "IDR", "ILS", "AED", "SAR", "EGP", "PEN",
                    # the dinars, riyals, pounds, liras and dirhams of the Arab countries
                    "JOD", "IQD", "KWD", "BHD", "LYD", "TND", "DZD", "QAR", "OMR", "YER",
                    "LBP", "SYP", "SDG", "MAD"}) | _DOLLARS | _PESOS
# a symbol -> the currencies it may write
#: the codes read as currencies (also by code-mismatch: ``EUR1,200`` is no code)
CURRENCY_CODES = _CODES
_SYMBOLS: dict[str, frozenset[str]] = {
    "€": frozenset({"EUR"}), "£": frozenset({"GBP", "EGP"}), "¥": frozenset({"JPY", "CNY"}),
    "₹": frozenset({"INR"}), "₴": frozenset({"UAH"}), "₽": frozenset({"RUB"}),
    "$": _DOLLARS | _PESOS, "US$": frozenset({"USD"}),
    "U$S": frozenset({"USD"}), "C$": frozenset({"CAD"}), "CA$": frozenset({"CAD"}),
    "A$": frozenset({"AUD"}), "AU$": frozenset({"AUD"}), "NZ$": frozenset({"NZD"}),
    "HK$": frozenset({"HKD"}), "S$": frozenset({"SGD"}), "R$": frozenset({"BRL"}),
    "MX$": frozenset({"MXN"}), "NT$": frozenset({"TWD"}), "RMB": frozenset({"CNY"}),
}
_SPACE = "[ \u00a0\u202f]"
_CODE = "|".join(sorted(_CODES))
_SYMBOL = "|".join(map(re.escape, sorted(_SYMBOLS, key=len, reverse=True)))
# a code or a symbol (or a code and a symbol: MXN $) right before the number
_BEFORE = re.compile(rf"(?<![^\W\d_])(?:({_CODE}){_SPACE}?)?({_SYMBOL})?{_SPACE}?\Z")
_CODE_OR_SYMBOL_AFTER = re.compile(rf"{_SPACE}?(?:({_CODE})(?![^\W\d_])|({_SYMBOL}))")
# a word with its marks (دولاراً: the tanween too)
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_'’]|[{MARKS}])*")
_WORD_AFTER = re.compile(rf"{_SPACE}?({_WORD.pattern})")
_SHORT_WORD = re.compile(rf"{_SPACE}+[^\W\d_]{{1,3}}['’]?(?=\s|[^\W\d_])")


def marker_currencies(marker: str, lang: str) -> frozenset[str]:
    """The currencies a code, a symbol or a word of ``lang`` may write (none for other
    text)."""
    if marker in _CODES:
        return frozenset({marker})
    if marker in _SYMBOLS:
        return _SYMBOLS[marker]
    table = number_words(lang)
    code = table.currencies.get(strip_accents(marker.lower()))
    if not code or code == marker:
        return frozenset()
    # a word of a family of currencies (Arabic دينار: JOD/IQD/KWD/...) may write each,
    # or its region's one where the tag says a region (Chinese 元: CNY in zh-CN)
    codes = code.split("/")
    regional = dict(p.partition(":")[::2] for p in table.lists.get("currency_region", ()))
    if (own := regional.get(region(lang))) in codes:
        codes = [own]
    return frozenset().union(*(marker_currencies(c, lang) for c in codes))


@cache
def _han_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """In a language written without spaces (``han``), its currency words written onto
    the amount, after it (``58美元``, ``58 美元``) and before it (``人民币58元``); the
    longest word wins (``韩元``, not ``元``)."""
    table = number_words(lang)
    if not table.han or not table.currencies:
        return None
    words = "|".join(map(re.escape, sorted(table.currencies, key=len, reverse=True)))
    return (re.compile(rf"{_SPACE}?({words})"),
            re.compile(rf"(?<!\d)(?<!\d{_SPACE})({words}){_SPACE}?\Z"))


def _after(text: str, end: int, lang: str) -> tuple[str, int] | None:
    """The currency written right after the number ending at ``end``, and where it ends:
    a code or symbol, or a word, perhaps after a magnitude (``2,5 millones de euros``)."""
    magnitude = number_words(lang).magnitude_re
    ends = [end]
    if magnitude is not None and (scaled := magnitude.match(text, end)):
        # a magnitude's abbreviating dot (1,5 тис. грн)
        at = scaled.end() + text.startswith(".", scaled.end())
        ends.append(at)
        if short := _SHORT_WORD.match(text, at):
            ends.append(short.end())
    for at in ends:
        if m := _CODE_OR_SYMBOL_AFTER.match(text, at):
            return m.group(1) or m.group(2), m.end()
        if (han := _han_words(lang)) is not None:
            if m := han[0].match(text, at):
                return m.group(1), m.end()
            continue
        word = _WORD_AFTER.match(text, at)
        if word is not None and strip_accents(word.group(1).lower()) in number_words(
                lang).currencies:
            return word.group(1), word.end()
    return None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def amounts(text: str, lang: str) -> dict[str, list[tuple[str, int, int]]]:
    """Each value of ``text`` written with a currency: (the currency as written, the
    start and end of the amount with its currency) for each time it is."""
    if not any(c.isdigit() for c in text):
        return {}
    text = LINK.sub(_blank, PLACEHOLDER_TEXT.sub(_blank, text))
    out: dict[str, list[tuple[str, int, int]]] = {}
    for value, start, end in extract_numbers(text, lang):
        before = _BEFORE.search(text, max(0, start - 8), start)
        if before and (marker := before.group(1) or before.group(2)):
            # the amount quoted with its magnitude (EUR 5 million, not EUR 5)
            magnitude = number_words(lang).magnitude_re
            scaled = magnitude.match(text, end) if magnitude is not None else None
            out.setdefault(value, []).append((marker, before.start(),
                                              scaled.end() if scaled else end))
        elif (han := _han_words(lang)) and (word := han[1].search(text, max(0, start - 8), start)):
            out.setdefault(value, []).append((word.group(1), word.start(), end))  # 人民币58元
        elif after := _after(text, end, lang):
            out.setdefault(value, []).append((after[0], start, after[1]))
    return out


def _unanswered(mine: list[frozenset[str]], theirs: list[frozenset[str]]) -> int | None:
    """The first of ``mine`` that none of ``theirs`` may be."""
    return next((i for i, m in enumerate(mine) if not any(m & t for t in theirs)), None)


def check_currencies(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        src = amounts(unit.source, ctx.src_lang)
        if not src:
            continue
        tgt = amounts(unit.target, ctx.tgt_lang)
        for value in sorted(src.keys() & tgt.keys(), key=lambda v: src[v][0][1]):
            s_sets = [marker_currencies(m, ctx.src_lang) for m, _, _ in src[value]]
            t_sets = [marker_currencies(m, ctx.tgt_lang) for m, _, _ in tgt[value]]
            i, j = _unanswered(s_sets, t_sets), _unanswered(t_sets, s_sets)
            if i is None or j is None:
                continue
            s_mark, s_start, s_end = src[value][i]
            t_mark, t_start, t_end = tgt[value][j]
            yield Finding(code="currency-mismatch", severity=ctx.severity("currency-mismatch"),
                          unit=u, message=f"currencies differ: {unit.source[s_start:s_end]!r} "
                                          f"in the source, {unit.target[t_start:t_end]!r} in "
                                          f"the target",
                          expected=(s_mark,), found=t_mark, src_span=(s_start, s_end),
                          tgt_span=(t_start, t_end))
