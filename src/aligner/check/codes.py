"""code-mismatch: model numbers, part numbers, versions and other codes of letters and digits.

A translation keeps a product's codes as they are: ``XR-200B`` is not ``XR-200C``, a
version ``v2.4.1b`` not ``v2.4.1a``, an error code ``E4F`` not ``E4E``.  The numbers
check compares their digits only (:mod:`aligner.check.numbers`); this one compares the
codes whole.  A code is a run of Latin letters and digits, parts joined by ``-`` ``_``
``.`` or ``/`` (any dash), with at least one letter and one digit, read after NFKC (so
full-width ``ＸＲ－２００Ｂ`` and ``CO₂`` are ``XR-200B`` and ``CO2``), and without the
words hyphenated to it (``COVID-19-Pandemie`` is ``COVID-19``: a first or last part of
three letters or more with a small letter in it is a word, ``-based``, ``mid-1973``,
``Pandemie``, unless it is capitalised and the code's only letters, ``Covid-19``; and a
part of four capitals or more that is an ordinary word of the text's language in lower
case, where it has a lemma table: an agency's slug ``UPDATE 2-ARGENTINA-INFLATION``,
whose ``INFLATION`` the Spanish writes ``INFLACIÓN``), and
cut after an abbreviation's full stop (``S.298``, ``Nr.57``: page 298, number 57).  It is
not a code when its letters are what languages write around numbers, and translate:

* one to three letters after the number (``10th``, ``3er``, ``1.er``, ``5km``,
  ``6900-m``, ``4K``, ``12PM``, ``1990s``, ``5a``: ordinals, units, decades, a
  sub-article);
* up to three small letters before it (``km2``, ``m3``, ``v2``);
* ``x`` or ``h`` between numbers (``3x4``, ``1920x1080``, French ``10h30``);
* one letter and one digit (``Q3`` is Spanish ``T3``, ``F1`` is ``Fórmula 1``);
* a reporting period with its year (``1Q26``, ``3Q2025``, ``1H26``, ``FY2025``, ``FY25``:
  the period and the year are ``number-mismatch``'s, :mod:`aligner.check.figures`), and
  an amount glued to its currency's code (``RMB12.56bn``, ``USD5m``, ``EUR1,200``);
* a word and the number of its note (``mando1``, ``mando¹``), when the other side has
  the number where no code holds it (``office?1``) or a word and its note's number too
  (``command²``: the words are translated, and ``number-mismatch`` names a changed
  number, once).

Codes compare without letter case and without ``-``/``_`` (``COVID19``, ``Covid-19``
and ``COVID-19`` are one), and a code the other side writes with spaces for its dashes
or between its letters and digits is there (``USB-3.0-Kabel`` / ``USB 3.0``,
``D30mm`` / ``D30 mm``), and so is one whose long digits it groups by threes with
spaces, as a publication number is printed (``EP 1 234 567 A1`` / ``EP1234567A1``).
A range of reference numerals with letters (``12a-12c``, German ``12a bis 12c``) is
no code: ``number-mismatch`` compares the numerals with their letters.  A code of one
side that differs from one of the other side in its digits only is left to
``number-mismatch`` (``SKU-AB12`` / ``SKU-AB21``), which reports the numbers -- unless
it holds the same numbers in another order (``Al2O3`` / ``Al3O2``), which
``number-mismatch``, comparing a bag of numbers, cannot see: that is reported here,
``'Al2O3' is 'Al3O2' in the target, its numbers in another order``.  Links are read
by ``link-mismatch`` and left out here.
An exponent after a digit, in superscript digits or after ``^``, is no part of a code
(``10⁹/l`` is no ``109/l``, ``10^-6/mL`` no ``6/mL``), and a decimal comma compares as a
point (``ml/min/1,73`` is ``mL/min/1.73``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.calls import E_NOTATION
from aligner.check.completeness import common_word
from aligner.check.currencies import CURRENCY_CODES
from aligner.check.links import LINK, may_link
from aligner.check.placeholders import blank_placeholders
from aligner.model import Finding
from aligner.textutil import SUPERSCRIPT_DIGITS

_LATIN = "0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # not × ÷
# a decimal comma between digits is part of a run (ml/min/1,73 is mL/min/1.73)
_RUN = re.compile(rf"(?<![{_LATIN}])[0-9A-Za-z]+(?:[-_./][0-9A-Za-z]+|(?<=\d),\d+)*"
                  rf"(?![{_LATIN}])")
_EXPONENT = re.compile(f"(?<=\\d)(?:[\u207a\u207b]?[{SUPERSCRIPT_DIGITS}]+|\\^[-+\u2212]?\\d+)")
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_WORD_PART = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
_SUFFIX = re.compile(r"\d(?:[-_./]?\d)*[-.]?[A-Za-z]{1,3}")
_PREFIX = re.compile(r"[a-z]{1,3}\d(?:[-./]?\d)*")
_BETWEEN = re.compile(r"\d+(?:[xXh]\d+)+")
# a range of reference numerals with a letter (12a-12c): German writes 12a bis 12c,
# Japanese 12a～12c; number-mismatch compares the numerals with their letters
_NUMERAL_RANGE = re.compile(r"\d+[a-z]-\d+[a-z]")
# a period and its year (1Q26, 3Q2025, 1H26, FY2025, FY25); an amount after its currency's
# code, perhaps with a magnitude (RMB12.56bn, USD5m)
_PERIOD = re.compile(r"[1-4]Q(?:\d{2}|\d{4})|[12]H(?:\d{2}|\d{4})|FY(?:\d{2}|\d{4})")
_AMOUNT = re.compile(r"([A-Z]{3})\d{1,3}(?:,?\d{3})*(?:\.\d+)?(?:k|m|mn|bn|tn)?")
# the currencies' codes, and RMB, which financial texts write for the yuan
_CURRENCY_CODES = CURRENCY_CODES | {"RMB"}


def _pieces(run: str) -> list[list[str]]:
    """``run`` cut after an abbreviation's full stop (``S.298``, ``Nr.57``, ``ca.7315``:
    a part of letters alone, then ``.``), as parts and the marks between them."""
    pieces, parts = [], re.split(r"([-_./])", run)
    start = 0
    for i in range(1, len(parts), 2):
        if parts[i] == "." and parts[i - 1].isalpha():
            pieces.append(parts[start:i])
            start = i + 1
    pieces.append(parts[start:])
    return pieces


def _trimmed(parts: list[str], lang: str) -> str:
    """The parts without the words hyphenated to them at either end, joined."""
    def word(part: str, rest: list[str]) -> bool:  # `mid-1973`, but `Covid-19` stays
        if (lang and len(part) >= 4 and part.isalpha() and part.isupper()
                and common_word(part, lang)):
            return True  # a headline's word in capitals: 2-ARGENTINA-INFLATION
        return (len(part) >= 3 and _WORD_PART.fullmatch(part) is not None
                and (part[0].islower() or any(c.isalpha() for c in "".join(rest))))
    while len(parts) > 2 and word(parts[-1], parts[:-2]):
        parts = parts[:-2]
    while len(parts) > 2 and word(parts[0], parts[2:]):
        parts = parts[2:]
    return "".join(parts)


def _is_code(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if not letters or not digits or (letters == 1 and digits == 1):
        return False
    return not (_SUFFIX.fullmatch(token) or _PREFIX.fullmatch(token)
                or _BETWEEN.fullmatch(token) or _NUMERAL_RANGE.fullmatch(token)
                or _PERIOD.fullmatch(token) or _amount(token))


def _amount(token: str) -> bool:
    """Whether ``token`` is an amount glued to its currency's code (``RMB12.56bn``)."""
    m = _AMOUNT.fullmatch(token)
    return m is not None and m.group(1) in _CURRENCY_CODES


_SQUARED_UNIT = re.compile("[\u3380-\u33df]")


def codes(text: str, lang: str = "") -> list[str]:
    """The codes of ``text`` (NFKC-normalised, dashes as ``-``), in order; ``lang``, the
    text's language, tells the words in capitals hyphenated to a code."""
    return list(_codes(text, lang))


# Kept per text: the editor checks the whole document again after every edit, and
# only the edited beads' texts are new (this reading is most of the check's time).
@lru_cache(maxsize=1 << 15)
def _codes(text: str, lang: str) -> tuple[str, ...]:
    # the ordinal indicators are no letters (NFKC makes them a, o: ``Nº5``, ``2ª``)
    # an exponent is no part of a code (10⁹/l is no 109/l; 10^-6/mL no 6/mL)
    text = _EXPONENT.sub(" ", text)
    if "e" in text or "E" in text:  # a number in E notation (2E-3) is no code
        text = E_NOTATION.sub(" ", text)
    # a unit in one character is no part of a code (１㎡ is no 1m2): the CJK
    # compatibility block's units (㎡ ㎏ ㏄), which NFKC writes in letters and digits
    text = _SQUARED_UNIT.sub(" ", text)
    text = unicodedata.normalize("NFKC", text.replace("º", " ").replace("ª", " "))
    text = blank_placeholders(text)
    if may_link(text):
        text = LINK.sub(" ", text)
    text = _DASHES.sub("-", text)
    found = []
    for m in _RUN.finditer(text):
        for piece in _pieces(m.group()):
            token = _trimmed(piece, lang)
            if _is_code(token):
                found.append(token)
    return tuple(found)


def _key(code: str) -> str:
    return re.sub(r"[-_]", "", code).replace(",", ".").casefold()


def _skeleton(code: str) -> str:
    return re.sub(r"\d+", "#", _key(code))


_MARKED = re.compile(r"([a-z]+)(\d{1,2})")


def _footnoted(key: str, other: str) -> bool:
    """A word and the number of a note (``mando1``) whose number the other side has
    where no code holds it (``office?1``, ``DENAS.2``)."""
    m = _MARKED.fullmatch(key)
    return m is not None and re.search(
        rf"(?<![0-9A-Za-z]){m.group(2)}(?![0-9A-Za-z])", unicodedata.normalize("NFKC", other)
    ) is not None


# a word (three letters or more, a small one among them) and its note's number
_GLUED_CALL = re.compile(r"(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\d{1,2}")


def _grouped(part: str) -> str:
    """A pattern of ``part``; digits may be grouped by threes with spaces, as a patent's
    publication number is printed (``EP 1 234 567 A1`` for ``EP1234567A1``)."""
    if not part.isdigit() or len(part) < 5:
        return re.escape(part)
    head = len(part) % 3 or 3
    groups = [part[:head]] + [part[i:i + 3] for i in range(head, len(part), 3)]
    return "[ \u00a0\u202f\u2009]?".join(groups)


def _spaced(code: str, other: str) -> bool:
    """Whether ``other`` writes ``code`` with spaces for its dashes or between its
    letters and digits (``USB 3.0`` for the German compound's ``USB-3.0-Kabel``,
    ``XR 200B``, ``D30 mm``), or its long digits grouped (``EP 1 234 567 A1``)."""
    parts = [p for p in re.split(r"[-_]|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", code) if p]
    pattern = r"[-_\s]?".join(map(_grouped, parts))
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", other))
    # a unit glued on one side only: D30mm / D30 mm
    return re.search(rf"(?<![0-9A-Za-z])(?i:{pattern})(?:\s?[a-z]{{1,3}})?(?![0-9A-Za-z])",
                     text) is not None


def _reordered(key: str, twin: str) -> bool:
    """Whether two codes of one shape (:func:`_skeleton`) hold the same numbers in
    another order (``al2o3`` / ``al3o2``), which number-mismatch, comparing a bag of
    numbers, cannot see."""
    mine, theirs = re.findall(r"\d+", key), re.findall(r"\d+", twin)
    return mine != theirs and sorted(mine) == sorted(theirs)


def check_codes(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue
        src, tgt = codes(unit.source, ctx.src_lang), codes(unit.target, ctx.tgt_lang)
        if not src and not tgt:
            continue
        src_keys, tgt_keys = Counter(map(_key, src)), Counter(map(_key, tgt))
        missing_keys, extra_keys = src_keys - tgt_keys, tgt_keys - src_keys
        # a word and its footnote marker (`mando1`, `DENAS2`): the digits stand
        # elsewhere on the other side (`office?1`)
        for keys, mine, other in ((missing_keys, src, unit.target),
                                  (extra_keys, tgt, unit.source)):
            for key in [k for k in keys if _footnoted(k, other) or _spaced(
                    next(c for c in mine if _key(c) == k), other)]:
                del keys[key]
        # a word's note call on either side (`mando¹` / `command²`): the words are
        # translated, the numbers are number-mismatch's
        calls = [[k for k in keys if _GLUED_CALL.fullmatch(next(c for c in mine if _key(c) == k))]
                 for keys, mine in ((missing_keys, src), (extra_keys, tgt))]
        for key, twin in zip(*calls, strict=False):
            del missing_keys[key], extra_keys[twin]
        # differing in digits only: number-mismatch names the numbers -- but not numbers
        # in another order (Al2O3 / Al3O2), the same numbers to it
        swapped: list[tuple[str, str]] = []
        for key in list(missing_keys):
            twin = next((k for k in extra_keys if _skeleton(k) == _skeleton(key)), None)
            if twin is not None:
                del missing_keys[key], extra_keys[twin]
                if _reordered(key, twin):
                    swapped.append((next(c for c in src if _key(c) == key),
                                    next(c for c in tgt if _key(c) == twin)))
        if not missing_keys and not extra_keys and not swapped:
            continue
        missing = [c for c in dict.fromkeys(src) if _key(c) in missing_keys]
        extra = [c for c in dict.fromkeys(tgt) if _key(c) in extra_keys]
        parts = [f"{a!r} is {b!r} in the target, its numbers in another order"
                 for a, b in swapped] \
            + ([f"{', '.join(map(repr, missing))} not in the target"] if missing else []) \
            + ([f"{', '.join(map(repr, extra))} not in the source"] if extra else [])
        missing += [a for a, _ in swapped]
        extra += [b for _, b in swapped]
        yield Finding(code="code-mismatch", severity=ctx.severity("code-mismatch"), unit=u,
                      message="codes differ: " + "; ".join(parts),
                      found=extra[0] if extra else None,
                      expected=tuple(missing))
