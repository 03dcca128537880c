"""Footnote calls written in superscript digits, for number-mismatch and end-punctuation.

Word, InDesign and PDFs give a footnote call in plain text as superscript digits
(``the next day.² It``, Spanish ``al día siguiente².``), where a text file has the
digits glued (``mando1``) or in brackets (``[2]``).  A call is a number: a call
dropped or renumbered in the translation is a ``number-mismatch``, as a glued or
bracketed one is.  The same characters are exponents (``m²``, ``km²``, ``10⁶``,
``2²``, ``E=mc²``, ``(a+b)²``): a unit's or a formula's, no number to compare -- but
the exponent of a number is one (:func:`number_exponents`: ``1.5×10³`` is the ``10^3``
or ``10e3`` another text writes, ``10⁻⁶`` is ``10^-6``).  A
call follows a stop, a comma or a closing quote, a word of three letters or more,
or a year (Spanish ``en 1998².``); an exponent follows any other number, a bracket
or a word of one or two letters.  At the start of a line, before a space, the digits
number the note itself (``¹ Speech by General Cárdenas``), as ``1`` or ``[1]`` would.

A text's end mark stands before its trailing call (``day.²``, ``day.[2]``,
``day.2``, ``day.*``): :data:`aligner.textutil.TRAILING_CALL` is the pattern that reads
past it (end-punctuation here, and the aligner's reading of how a line ends).
"""

from __future__ import annotations

import re

from aligner.textutil import RAISED_DIGITS_PLAIN, SUPERSCRIPT_DIGITS

_SUPERSCRIPTS = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
# what a call follows: a stop or a comma (day.², «No»,³), an ellipsis, a closing quote
_AFTER = frozenset(".,;:!?\u2026\"'\u201d\u2019\u00bb\u203a")
# the shortest word a call follows (``siguiente²``); a shorter one takes an exponent
_WORD = 3


def footnote_calls(text: str) -> list[tuple[str, int, int, str]]:
    """``(value, start, end, "number")`` for each footnote call in superscript digits of
    ``text`` (``day.²`` is ``"2"``, ``siguiente¹²`` ``"12"``); exponents left out."""
    if text.isascii():
        return []
    calls = []
    for m in _SUPERSCRIPTS.finditer(text):
        start = word = m.start()
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        if ((start > 0 and text[start - 1] in _AFTER) or start - word >= _WORD
                or _year_before(text, start) or _note_number(text, start, m.end())):
            value = m.group().translate(RAISED_DIGITS_PLAIN).lstrip("0") or "0"
            calls.append((value, start, m.end(), "number"))
    return calls


# an exponent of a number: superscript digits, perhaps signed, right after a digit
_EXPONENT = re.compile(f"(?<=[0-9])([\u207a\u207b]?)([{SUPERSCRIPT_DIGITS}]+)")


def number_exponents(text: str) -> list[tuple[str, int, int, str]]:
    """``(value, start, end, "number")`` for each exponent of a number written in
    superscript (``10³`` is ``"3"``, ``10⁻⁶`` ``"-6"``), compared as the digits after
    ``^`` or ``e`` in another text are; a footnote call after a year (``1998²``) is
    none.  ``text`` has its digits as 0-9 (:func:`~aligner.textutil.ascii_digits`)."""
    if text.isascii():
        return []
    found = []
    for m in _EXPONENT.finditer(text):
        if _year_before(text, m.start()):
            continue
        value = m.group(2).translate(RAISED_DIGITS_PLAIN).lstrip("0") or "0"
        found.append((f"-{value}" if m.group(1) == "\u207b" and value != "0" else value,
                      m.start(), m.end(), "number"))
    return found


def _year_before(text: str, start: int) -> bool:
    """Whether a number of four digits, a year, ends at ``start`` (``1998²``): an
    exponent has a smaller base (``10⁶``, ``2²``)."""
    digits = start
    while digits > 0 and text[digits - 1].isdecimal():
        digits -= 1
    return start - digits == 4 and not (digits > 0 and text[digits - 1] in ".,")


def _note_number(text: str, start: int, end: int) -> bool:
    """Whether the superscript digits ``text[start:end]`` open a line before a space:
    the number of the note (``¹ Speech by ...``)."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and text[end:end + 1].isspace()


# A number in E notation (``2E-3``, ``1.5e6``): a mantissa of up to three digits (its
# decimals aside), ``e`` or ``E``, an exponent of one or two digits, as calculators and
# spreadsheets write ``2×10⁻³``; not inside a word or a code (``A2E-3``, ``2E-3a``).
E_NOTATION = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d+)?)[eE]([-+\u2212]?)(\d{1,2})"
                        r"(?![\w.,]?\d|[^\W\d_])")


def e_notation(text: str, found: list[tuple[str, int, int, str]]
               ) -> list[tuple[str, int, int, str]]:
    """``found`` (the numbers of ``text``) with each number in E notation read as the
    mantissa, ``10`` and the exponent, as ``2×10⁻³`` is read (``2E-3``: 2, 10, -3):
    the ``E`` stands for the ``10``."""
    for m in E_NOTATION.finditer(text):
        start, end = m.span(3)
        exponent = m.group(3).lstrip("0") or "0"
        if m.group(2) in "-\u2212" and m.group(2) and exponent != "0":
            exponent = "-" + exponent
        found = [n for n in found if not (n[1] < end and start < n[2])]
        found += [("10", m.end(1), m.end(1) + 1, "number"), (exponent, start, end, "number")]
    return found

