"""number-format: a decimal number written in the other locale style than the target's.

``number-mismatch`` reads each side with its own conventions and a little leniency, so
``2,5`` in an English target still reads 2.5 (a comma with other than three digits after
it can be no thousands sign), and ``2.5`` in a Spanish one 2.5.  The value is right, the
form is not: a regulatory or technical text in English writes ``2.5``, one in Spanish
``2,5``.  This check reports such a number of the target, once per number, as
``'2,5' uses a decimal comma; en writes '2.5'``, quoted and suggested in the text's own
digits (``'٢,٥' uses a decimal comma; ar writes '٢٫٥'``, with the Arabic decimal
sign; ``'२,५' ... hi writes '२.५'``).  A naked decimal (``.5 mg``, which
medication texts must not write: it is misread as 5) is reported as ``'.5' has no 0
before its decimal sign; en writes '0.5'``, where the source writes the value; one with
the other decimal sign, before a unit symbol only (German ``.5 mg``), as ``'.5' has no 0
before its decimal sign and uses a decimal point; de writes '0,5'`` (number-mismatch
reads both as 0.5).

Only where the number can be nothing else:

* the decimal sign is followed by other than three digits, or comes after a lone ``0``
  (``1,000`` in English and ``1.000`` in Spanish are thousands, which
  ``number-mismatch`` reads and compares; ``0,125`` is no thousand), or
  the number mixes both signs the other way round (``1.234,5`` in English);
* the source writes the same value (read with the source language's conventions), so a
  list ``1,2`` that the source does not write as 1.2 is left alone; with a magnitude word
  after it, the value it scales to (``2,5 billion rubles`` / ``2,5 млрд руб.``);
* a point where the target writes a decimal comma only before a unit symbol
  (``2.5 mg``, ``0.5 %``; ``aligner/lang/generic/unit_symbols.txt``): elsewhere ``4.2``
  is a section, ``3.11`` a version, ``9.30`` a time; and not a time before the hour's
  symbol, an hour of 0-23 and two digits of minutes (``a las 19.00 h``, ``de 9.00 a
  14.00 h``), as Spanish and Catalan write the time of day; nor a clause number
  before a symbol that is a function word of the language opening the clause's sentence
  (``2.2 A continuación``: Spanish ``A``, not amperes; ``stopwords.txt``);
* a unit copied from its source is read too when it is one that ``untranslated`` lets
  pass, names and numbers with their units only (a dosage table's cell ``2.5 mg`` /
  ``2.5 mg`` into French: :func:`aligner.check.completeness.only_names_numbers_urls`):
  a copy is how a number keeps the source's style; a copy ``untranslated`` reports is
  left to it, and so is a copy of code;
* not where the target's region writes the other decimal sign than its language, or
  both (Switzerland, Liechtenstein, Mexico and the Latin American countries that write
  the point, Latin America as a whole, South Africa: ``de-CH``, ``es-MX``, ``es-419``, ``en-ZA``,
  :mod:`aligner.lang.separators`), nor in a web address or an inline tag's placeholder.

An amount copied as the source writes it (``1,500 mg`` from en-US kept in pt-BR) is
another amount where the target is read -- 1.5 mg, a thousandth of the dose -- so it is
an error, not a warning, where the target's tag names a region (:func:`_reads_otherwise`:
``pt-BR``, ``en-US``, ``de-DE``) that writes the decimal sign as its language does.  A bare
language (``pt``, ``es``) or a region that writes the other sign or both (``es-MX``,
``es-419``, ``de-CH``, ``en-ZA``: :func:`aligner.lang.separators.own_sign`) leaves which
amount the reader sees open, and the finding a warning; so does a severity the user set
for the code.  Each side is read with its own region's signs
(:func:`aligner.lang.separators.decimal_comma`): ``$2,500.00`` from ``es-MX`` into
``en-US`` is the same amount, and no copy of the other style; from ``es-419``, which
writes both, which amount the source meant is open, and no copy is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.completeness import only_names_numbers_urls
from aligner.check.currencies import amounts
from aligner.check.links import blank_links
from aligner.check.measure_units import UNIT_END, unit_after
from aligner.check.numbers import extract_numbers, parse_number
from aligner.check.units import PLACEHOLDER_TEXT, Unit
from aligner.lang import STOPWORDS_DATA, get_profile, region
from aligner.lang.separators import decimal_comma, own_sign, writes_both
from aligner.model import Finding, Severity
from aligner.textutil import ascii_digits

# a number with one decimal sign, or thousands groups and the decimal sign after them
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,]*\d)"
                            r"|(?<![\d.,])(?:\d+,(?:\d\d?|\d{4,})|0,\d{3})(?![\d]|[.,]\d)")
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,]*\d)"
                            r"|(?<![\d.,])(?:\d+\.(?:\d\d?|\d{4,})|0\.\d{3})(?![\d]|[.,]\d)")
# a time of day before the hour's symbol (19.00 h): hour and minutes, not a decimal
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d[ \u00a0\u202f]?h" + UNIT_END)
# a symbol that is a capitalised word, then a word: "A continuación" after a clause number
_CAPITAL_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]?)[ \u00a0]+[^\W\d_]")


def _clause_number(text: str, m: re.Match[str], lang: str) -> bool:
    """Whether the number ``m`` opens a line of ``text`` (a clause number) and the
    symbol after it is a function word of ``lang`` opening the clause's sentence: ``2.2 A
    continuación`` (Spanish ``a``, not amperes)."""
    if text[:m.start()].rstrip(" \t\u00a0").rsplit("\n", 1)[-1]:
        return False
    word = _CAPITAL_WORD_AFTER.match(text, m.end())
    return word is not None and word.group(1).lower() in get_profile(lang).word_list(
        STOPWORDS_DATA)


def _swapped(number: str) -> str:
    return number.translate(str.maketrans(".,", ",."))


def _written(number: str, lang: str) -> str:
    """``number`` in ``lang``'s style, the other way round from how it is written: its
    signs swapped, and its thousands parted by a space in a language that groups them
    so (Polish, French ``1 400``, not ``1.400``; typography would have it no-break)."""
    out = _swapped(number)
    return out.replace(".", " ") if decimal_comma(lang) and get_profile(lang).space_groups else out


# the decimal and thousands signs of numbers written in Arabic-Indic or Persian digits
# (٢٫٥, ١٬٢٣٤)
_ARABIC_SIGNS = str.maketrans({".": "\u066b", ",": "\u066c"})


def _own_digits(written: str, shown: str) -> str:
    """``written`` (ASCII digits) in the digits ``shown`` is written in, the text's own:
    ``2.5`` for ``٢,٥`` is ``٢٫٥`` (the Arabic decimal sign goes with Arabic-Indic and
    Persian digits; other scripts' digits keep the signs ``.`` and ``,``: ``२.५``)."""
    digit = next((c for c in shown if c.isdecimal() and not c.isascii()), None)
    if digit is None:
        return written
    zero = ord(digit) - int(digit)
    out = "".join(chr(zero + int(c)) if c.isascii() and c.isdigit() else c for c in written)
    return out.translate(_ARABIC_SIGNS) if zero in (0x0660, 0x06F0) else out


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def wrong_style(source: str, target: str, src_lang: str, tgt_lang: str
                ) -> list[tuple[str, int, int]]:
    """The numbers of ``target`` written in the other decimal style than ``tgt_lang``'s
    whose value the source writes (the module docstring): (number, start, end)."""
    if not own_sign(tgt_lang):
        return []  # es-MX, es-419, de-CH, en-ZA: the other sign is the region's, or one of
    comma = decimal_comma(tgt_lang)
    text = ascii_digits(blank_links(PLACEHOLDER_TEXT.sub(_blank, target)))
    pattern = _POINT_DECIMAL if comma else _COMMA_DECIMAL
    found = [m for m in pattern.finditer(text)
             if not comma or (unit_after().match(text, m.end())
                              and not _CLOCK_TIME.match(text, m.start())
                              and not _clause_number(text, m, tgt_lang))]
    if not found:
        return []
    values = {v for v, _, _ in extract_numbers(blank_links(source), src_lang)}
    # the target's reading, scaled by a magnitude word after it (2,5 billion / 2,5 млрд)
    read = {s: v for v, s, _ in extract_numbers(text, tgt_lang)}
    return [(m.group(), m.start(), m.end()) for m in found
            if parse_number(_swapped(m.group()), tgt_lang) in values
            or (read.get(m.start()) in values and read[m.start()] != m.group())]


def copied_groupings(source: str, target: str, src_lang: str, tgt_lang: str
                     ) -> list[tuple[str, int, int, str, str]]:
    """The amounts of ``target`` copied as the source writes them where the two languages
    part thousands and decimals the other way round (``1.500 kg``, ``1.500 €`` from
    Spanish into English, which reads 1.5), before a unit symbol, with a currency, or
    as a count before a word (``1.500 personas`` / ``1.500 people``: :func:`_counts`):
    (number, start, end, the source's value, the target's).  An identity or a registry
    number copied as it is (``24.381.977-K``, ``tomo 10.245``) is no amount and is left
    alone, as number-mismatch leaves it (:func:`aligner.check.numerals.cancel_copies`)."""
    if (decimal_comma(src_lang) == decimal_comma(tgt_lang) or writes_both(src_lang)
            or is_copy(source, target)):
        return []  # es-MX into en-US; from es-419; a copied cell (1.250 mg): which was meant
    text = ascii_digits(blank_links(PLACEHOLDER_TEXT.sub(_blank, target)))
    source = ascii_digits(blank_links(source))
    if not any(c in text[s:e] for _, s, e in extract_numbers(text, tgt_lang) for c in ".,"):
        return []
    theirs = {source[s:e]: v for v, s, e in extract_numbers(source, src_lang)}
    priced = [(s, e) for spans in amounts(text, tgt_lang).values() for _, s, e in spans]
    out = []
    for value, start, end in extract_numbers(text, tgt_lang):
        written = text[start:end]
        if (written in theirs and theirs[written].lstrip("-") != value.lstrip("-")
                and parse_number(written, src_lang) == theirs[written].lstrip("-")
                and parse_number(written, tgt_lang) == value.lstrip("-")
                and (unit_after().match(text, end)
                     or any(s <= start and end <= e for s, e in priced)
                     or _counts(text, start, end))):
            out.append((written, start, end, theirs[written], value))
    return out


# a count's number comes before a word in lower case (1.500 people), not before a
# hyphen, a letter or a comma
_COUNT_AFTER = re.compile(r" [^\W\d_]*[a-z]")


def _counts(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``text`` counts something, written as a
    count is (``1.500 people``, ``of 1.500 votes``), not as an identity, registry or
    patent number is -- attached to letters or a hyphen (``24.381.977-K``,
    ``V-171.339``), after a code or an abbreviation (``US 5,123,456``, ``No. 10.245``),
    or before a comma (``volume 10.245, folio 87``) -- which a sworn translation copies
    as it stands."""
    before = text[:start]
    if before and not before.endswith(" "):
        if before[-1] not in "([\"'\u00ab\u201c":
            return False
    elif before:
        word = before.rstrip().rsplit(None, 1)[-1].rstrip(",;:") if before.strip() else ""
        if word and (not any(c.islower() for c in word) or word.endswith((".", "\u00ba", "#"))
                     or not word[-1].isalpha()):
            return False
    return _COUNT_AFTER.match(text, end) is not None


def naked_decimals(source: str, target: str, src_lang: str, tgt_lang: str
                   ) -> list[tuple[str, int, int, bool]]:
    """The naked decimals of ``target`` (``.5``: its decimal sign with no digit before it,
    or the other sign before a unit symbol, ``.5 mg`` in German) whose value the source
    writes: (number, start, end, whether the sign is the other one)."""
    sign = "," if decimal_comma(tgt_lang) else "."
    text = ascii_digits(blank_links(PLACEHOLDER_TEXT.sub(_blank, target)))
    found = [m for m in re.finditer(r"(?<![\w.,])[.,]\d+(?![\d]|[.,]\d)", text)
             if m.group()[0] == sign or unit_after().match(text, m.end())]
    if not found:
        return []
    values = {v for v, _, _ in extract_numbers(blank_links(source), src_lang)}
    return [(m.group(), m.start(), m.end(), m.group()[0] != sign) for m in found
            if parse_number("0" + m.group(), tgt_lang) in values]


def _reads_otherwise(ctx: Context) -> bool:
    """Whether a copied amount is an error (the module docstring): the target's tag
    names a region that writes its language's decimal sign, and the user set no
    severity for the code."""
    if "number-format" in ctx.options.severities:
        return False
    return bool(region(ctx.tgt_lang)) and own_sign(ctx.tgt_lang)


def _read_units(ctx: Context) -> Iterator[tuple[int, Unit]]:
    """The units with text on both sides: those translated, and the copies of names and
    numbers that ``untranslated`` lets pass (``2.5 mg`` / ``2.5 mg``), not of code."""
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target):
            continue
        if is_copy(unit.source, unit.target) and (
                unit.source_is_code or not only_names_numbers_urls(unit.source, ctx.src_lang)):
            continue
        yield u, unit


def check_number_format(ctx: Context) -> Iterator[Finding]:
    comma = decimal_comma(ctx.tgt_lang)
    style = "a decimal point" if comma else "a decimal comma"
    copied_severity = Severity.ERROR if _reads_otherwise(ctx) else ctx.severity(
        "number-format")
    for u, unit in _read_units(ctx):
        if not any(c in unit.target for c in ".,"):
            continue
        for number, start, end in wrong_style(unit.source, unit.target, ctx.src_lang,
                                              ctx.tgt_lang):
            shown = unit.target[start:end]  # in the text's own digits (٢,٥)
            written = _own_digits(_written(number, ctx.tgt_lang), shown)
            yield Finding(code="number-format", severity=ctx.severity("number-format"),
                          unit=u, message=f"{shown!r} uses {style}; {ctx.tgt_lang} writes "
                                          f"{written!r}",
                          found=shown, expected=(written,), tgt_span=(start, end))
        wrong = {start for _, start, _ in wrong_style(unit.source, unit.target, ctx.src_lang,
                                                     ctx.tgt_lang)}
        for number, start, end, meant, read in copied_groupings(
                unit.source, unit.target, ctx.src_lang, ctx.tgt_lang):
            if start in wrong:
                continue  # 1.500,00 in English: a decimal comma, said above
            shown = unit.target[start:end]
            written = _own_digits(_written(number, ctx.tgt_lang), shown)
            yield Finding(code="number-format", severity=copied_severity,
                          unit=u, message=f"{shown!r} is copied as the source writes "
                                          f"{meant}, which {ctx.tgt_lang} reads as {read}; "
                                          f"{ctx.tgt_lang} writes {written!r}",
                          found=shown, expected=(written,), tgt_span=(start, end))
        for number, start, end, other in naked_decimals(unit.source, unit.target,
                                                        ctx.src_lang, ctx.tgt_lang):
            shown = unit.target[start:end]
            written = _own_digits("0" + (_swapped(number) if other else number), shown)
            also = f" and uses {style}" if other else ""
            yield Finding(code="number-format", severity=ctx.severity("number-format"),
                          unit=u, message=f"{shown!r} has no 0 before its decimal sign{also}; "
                                          f"{ctx.tgt_lang} writes {written!r}",
                          found=shown, expected=(written,), tgt_span=(start, end))
