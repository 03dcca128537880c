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

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.lemmas import strip_accents
from aligner.glossary import lang_base
from aligner.model import Finding, Severity

# Languages writing a decimal comma (and a dot or space between thousands).
_DECIMAL_COMMA = frozenset((
    "es", "fr", "de", "it", "pt", "ca", "gl", "eu", "nl", "ru", "uk", "pl", "cs", "sk", "sl",
    "hr", "sr", "bg", "ro", "hu", "tr", "sv", "da", "nb", "nn", "no", "fi", "et", "lv", "lt",
    "el", "id", "vi",
))
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1\d\d\d|20\d\d")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*")
_SHORT_RANGE = re.compile(r"\b(\d\d)(\d\d)(\s*[-–—]\s*)(\d\d)(?!\d|[.,]\d)")
_GROUP_SPACES = "\u00a0\u202f\u2009"

_EN_WORDS = {
    0: "zero", 1: "one first", 2: "two second", 3: "three third", 4: "four fourth",
    5: "five fifth", 6: "six sixth", 7: "seven seventh", 8: "eight eighth", 9: "nine ninth",
    10: "ten tenth", 11: "eleven", 12: "twelve dozen", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
    20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
    80: "eighty", 90: "ninety", 100: "hundred", 1000: "thousand", 1000000: "million",
}
_ES_WORDS = {
    0: "cero", 1: "uno una un primero primera primer", 2: "dos segundo segunda",
    3: "tres tercero tercera tercer", 4: "cuatro cuarto cuarta", 5: "cinco quinto quinta",
    6: "seis sexto sexta", 7: "siete septimo septima", 8: "ocho octavo octava",
    9: "nueve noveno novena", 10: "diez decimo decima", 11: "once", 12: "doce docena",
    13: "trece", 14: "catorce", 15: "quince", 16: "dieciseis", 17: "diecisiete",
    18: "dieciocho", 19: "diecinueve", 20: "veinte", 21: "veintiuno veintiun veintiuna",
    22: "veintidos", 23: "veintitres", 24: "veinticuatro", 25: "veinticinco",
    26: "veintiseis", 27: "veintisiete", 28: "veintiocho", 29: "veintinueve",
    30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
    80: "ochenta", 90: "noventa", 100: "cien ciento", 200: "doscientos doscientas",
    300: "trescientos trescientas", 400: "cuatrocientos cuatrocientas",
    500: "quinientos quinientas", 600: "seiscientos seiscientas",
    700: "setecientos setecientas", 800: "ochocientos ochocientas",
    900: "novecientos novecientas", 1000: "mil", 1000000: "millon millones",
}
_WORDS = {"en": _EN_WORDS, "es": _ES_WORDS}


def parse_number(text: str, lang: str) -> str:
    """A canonical value for one number as written in ``lang`` (``"3526"``, ``"1.5"``)."""
    for space in _GROUP_SPACES:
        text = text.replace(space, "")
    decimal, group = (",", ".") if lang_base(lang) in _DECIMAL_COMMA else (".", ",")
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


# A magnitude word after digits scales them: "1,5 millones" = "1.5 million" = 1500000.
_MAGNITUDES = {
    "es": (("mil millones", 9), ("millones", 6), ("millón", 6), ("millon", 6),
           ("billones", 12), ("billón", 12), ("billon", 12), ("mil", 3)),
    "en": (("thousand", 3), ("millions", 6), ("million", 6), ("billions", 9), ("billion", 9),
           ("trillion", 12)),
}
_MAGNITUDE_RES = {
    lang: re.compile(r"\s+(" + "|".join(w for w, _ in words) + r")\b", re.IGNORECASE)
    for lang, words in _MAGNITUDES.items()
}


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
    magnitude = _MAGNITUDE_RES.get(lang_base(lang))
    powers = dict(_MAGNITUDES.get(lang_base(lang), ()))
    for m in _NUMBER.finditer(text):
        value = parse_number(m.group(), lang)
        if magnitude is not None and not _YEAR.fullmatch(m.group()):
            word = magnitude.match(text, m.end())
            if word is not None:
                value = _scale(value, powers[word.group(1).lower()])
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


def _says(n: int, words: set[str], table: dict[int, str]) -> bool:
    """Whether the words of a text contain ``n`` spelled out (up to millions)."""
    def has(k: int) -> bool:
        return k in table and any(w in words for w in table[k].split())

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
    table = _WORDS.get(lang_base(lang))
    if table is None:
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
        if not _DIGIT.search(unit.source) and not _DIGIT.search(unit.target):
            continue
        src = extract_numbers(unit.source, ctx.src_lang)
        tgt = extract_numbers(unit.target, ctx.tgt_lang)
        if not src and not tgt:
            continue
        src_count = Counter(v for v, _, _ in src)
        tgt_count = Counter(v for v, _, _ in tgt)
        missing = [
            v for v in (src_count - tgt_count).elements()
            if not _spelled(v, unit.target, ctx.tgt_lang)
        ]
        extra = [
            v for v in (tgt_count - src_count).elements()
            if not _spelled(v, unit.source, ctx.src_lang)
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
            severity=Severity.ERROR,
            unit=u,
            message="numbers differ: " + "; ".join(parts),
            expected=tuple(missing),
            found=", ".join(extra) if extra else None,
            src_span=src_span,
            tgt_span=tgt_span,
        )
