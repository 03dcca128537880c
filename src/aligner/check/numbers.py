"""number-mismatch: the numbers of source and target must be the same, locale-aware.

Each side is read with its own conventions: Spanish ``3.526`` and ``1,5`` are
English ``3,526`` and ``1.5``; ``70 %`` is ``70%`` (signs and units are
ignored, only values compare).  A year range written short (``1948–58``) is
expanded.  Digits glued to words count (footnote markers ``mando1``,
ordinals ``10th``, ``1.º``).  A number written in digits on one side may be
spelled out on the other when it is small (``diez`` / ``10``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.lemmas import strip_accents
from aligner.lang import NUMBERS_DATA, get_profile
from aligner.model import Finding

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1\d\d\d|20\d\d")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*")
_SHORT_RANGE = re.compile(r"\b(\d\d)(\d\d)(\s*[-–—]\s*)(\d\d)(?!\d|[.,]\d)")
_GROUP_SPACES = "\u00a0\u202f\u2009"



def _data_lines(text: str | None) -> list[str]:
    if text is None:
        return []
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Numbers in words of one language (its ``numbers.tsv``, see :mod:`aligner.lang`)."""

    words: dict[int, tuple[str, ...]]  # value -> words that write it
    magnitudes: dict[str, int]  # word as written -> power of ten
    magnitude_re: re.Pattern[str] | None


@cache
def number_words(lang: str) -> NumberWords:
    words: dict[int, tuple[str, ...]] = {}
    magnitudes: dict[str, int] = {}
    for line in _data_lines(get_profile(lang).data_text(NUMBERS_DATA)):
        key, _, value = line.partition("\t")
        if key.startswith("x"):
            magnitudes[value.strip().lower()] = int(key[1:])
        else:
            words[int(key)] = tuple(value.split())
    # longest first, so that "mil millones" wins over "mil"
    alternatives = sorted(magnitudes, key=len, reverse=True)
    pattern = (re.compile(r"\s+(" + "|".join(map(re.escape, alternatives)) + r")\b",
                          re.IGNORECASE) if alternatives else None)
    return NumberWords(words, magnitudes, pattern)




def parse_number(text: str, lang: str) -> str:
    """A canonical value for one number as written in ``lang`` (``"3526"``, ``"1.5"``)."""
    for space in _GROUP_SPACES:
        text = text.replace(space, "")
    decimal, group = (",", ".") if get_profile(lang).decimal_comma else (".", ",")
    integer, _, fraction = text.partition(decimal)
    parts = integer.split(group)
    if len(parts) > 1 and not all(len(p) == 3 for p in parts[1:]):
        # not thousands groups after all (e.g. ``1.5`` in a Spanish text): a decimal mark
        integer, fraction = parts[0], "".join(parts[1:])
    else:
        integer = "".join(parts)
    fraction = fraction.replace(group, "").rstrip("0")
    integer = integer.lstrip("0") or "0"
    return f"{integer}.{fraction}" if fraction else integer


def _scale(value: str, power: int) -> str:
    integer, _, fraction = value.partition(".")
    digits = (integer + fraction.ljust(power, "0"))
    whole, rest = digits[:len(integer) + power], digits[len(integer) + power:]
    whole = whole.lstrip("0") or "0"
    rest = rest.rstrip("0")
    return f"{whole}.{rest}" if rest else whole


def extract_numbers(text: str, lang: str) -> list[tuple[str, int, int]]:
    """``(value, start, end)`` for every number in ``text``."""
    found: list[tuple[str, int, int]] = []
    table = number_words(lang)
    for m in _NUMBER.finditer(text):
        value = parse_number(m.group(), lang)
        if table.magnitude_re is not None and not _YEAR.fullmatch(m.group()):
            # a magnitude word after digits scales them: "1,5 millones" = 1500000
            word = table.magnitude_re.match(text, m.end())
            if word is not None:
                value = _scale(value, table.magnitudes[word.group(1).lower()])
        found.append((value, m.start(), m.end()))
    # 1948–58 means 1948–1958
    for m in _SHORT_RANGE.finditer(text):
        short = m.group(4)
        full = m.group(1) + short
        for k, (value, start, end) in enumerate(found):
            if start == m.start(4) and value == str(int(short)):
                found[k] = (full, start, end)
    return found


_ROMAN = re.compile(r"\b[IVXLCDM]+\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(numeral: str) -> int | None:
    """Value of a well-formed Roman numeral in capitals (``XIX`` -> 19), else None."""
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total if total > 0 and _to_roman(total) == numeral else None


def _to_roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _says(n: int, words: set[str], table: dict[int, tuple[str, ...]]) -> bool:
    """Whether the words of a text contain ``n`` spelled out (up to millions)."""
    def has(k: int) -> bool:
        return k in table and any(w in words for w in table[k])

    if has(n):
        return True
    if 20 < n < 100:  # thirty-four, treinta y cuatro
        return has(n - n % 10) and has(n % 10)
    for unit in (1000000, 1000, 100):  # dos mil, five hundred, tres millones
        if n % unit == 0 and 1 < n // unit < 1000 and has(unit):
            return _says(n // unit, words, table)
    return False


def _spelled(value: str, text: str, lang: str) -> bool:
    """Whether ``value`` appears spelled out or as a Roman numeral in ``text``."""
    if not value.isdigit():
        return False
    n = int(value)
    if any(roman_value(m.group()) == n for m in _ROMAN.finditer(text)):
        return True  # CHAPTER 2 / CAPÍTULO II
    table = number_words(lang).words
    if not table:
        return False
    words = set(re.findall(r"[^\W\d_]+", strip_accents(text.lower())))
    if _YEAR.fullmatch(value) and n % 10 == 0 and n % 100 and _says(n % 100, words, table):
        return True  # a decade: the 1970s / los años setenta
    return _says(n, words, table)


def _cancel_short_years(missing: list[str], extra: list[str]) -> None:
    """Drop pairs of a year and its two-digit short form (``1973`` / ``’73``), in place."""
    for longs, shorts in ((missing, extra), (extra, missing)):
        for year in [v for v in longs if _YEAR.fullmatch(v)]:
            short = str(int(year[2:]))
            if short in shorts:
                longs.remove(year)
                shorts.remove(short)


def check_numbers(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue  # nothing to compare, or untranslated (read as the target
            # language, a copied "30.000" would look like another number)
        source, target = unit.source, unit.target  # inline tags masked by run_checks
        if not _DIGIT.search(source) and not _DIGIT.search(target):
            continue
        src = extract_numbers(source, ctx.src_lang)
        tgt = extract_numbers(target, ctx.tgt_lang)
        if not src and not tgt:
            continue
        src_count = Counter(v for v, _, _ in src)
        tgt_count = Counter(v for v, _, _ in tgt)
        missing = [
            v for v in (src_count - tgt_count).elements()
            if not _spelled(v, target, ctx.tgt_lang)
        ]
        extra = [
            v for v in (tgt_count - src_count).elements()
            if not _spelled(v, source, ctx.src_lang)
        ]
        _cancel_short_years(missing, extra)
        if not missing and not extra:
            continue
        parts = []
        if missing:
            parts.append(f"{', '.join(missing)} missing in the target")
        if extra:
            parts.append(f"{', '.join(extra)} not in the source")
        src_span = next(((s, e) for v, s, e in src if v in missing), None)
        tgt_span = next(((s, e) for v, s, e in tgt if v in extra), None)
        yield Finding(
            code="number-mismatch",
            severity=ctx.severity("number-mismatch"),
            unit=u,
            message="numbers differ: " + "; ".join(parts),
            expected=tuple(missing),
            found=", ".join(extra) if extra else None,
            src_span=src_span,
            tgt_span=tgt_span,
        )
