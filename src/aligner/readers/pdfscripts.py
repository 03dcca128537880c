"""Digits a PDF sets small, raised or lowered, that are no note's call: an exponent
(``10⁹/l``, ``mg/m²``) and a chemical formula's subscript (``CO₂``), kept as Unicode
superscript and subscript digits, as the DOCX reader keeps Word's (pure: the glyphs
come from :mod:`.pdf`, which leaves other raised digits out as note calls).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aligner.textutil import LOWERED

# What a raised number is the exponent of, the word before it: a number (not a year,
# whose raised digits call a note: ``2021¹``), or a unit of length, area or time after
# a number, a slash or nothing (``mg/m²``, ``1,73 m²``, ``100m²``, ``m/s²``).
_EXPONENT_BASE = re.compile(r"(?:(?<![0-9])[0-9]{1,3}|(?:^|[0-9/\u00b7])[kcmdµμ]?m|/s)\Z")


def exponent_of(before: str) -> bool:
    """Whether digits set small and raised after ``before`` (the line's text so far) are
    an exponent -- ``10`` and a raised ``9`` (``10⁹/l``), ``mg/m`` and a raised ``2`` --
    kept as superscript digits, where the PDF reader takes other raised digits for a
    note's call and leaves them out (before, ``100 × 10/l``: the exponent was lost)."""
    return _EXPONENT_BASE.search(before.rsplit(" ", 1)[-1]) is not None


# What a lowered digit is the subscript of: an element (``H₂O``, ``CO₂``, ``Ca₃``), a
# bracket closing a group (``Ca(OH)₂``), or a subscript digit before it (``C₆H₁₂``).
_FORMULA_END = re.compile(r"(?:[A-Z][a-z]?|[)\]]|[\u2080-\u2089])\Z")


def subscripts(items: Sequence[Any], texts: list[str], body: float) -> None:
    """Digits set small (as the PDF reader's note calls are) and below the baseline of
    the line's text before them, after a chemical formula's element or bracket
    (:data:`_FORMULA_END`), written as subscript digits -- ``CO₂``, as a DOCX reads
    ``CO~2~`` into a TMX -- where before they read as plain digits (``CO2``); other
    lowered digits stay plain (``n₁``, ``log₂`` read ``n1``, ``log2``)."""
    base = None  # the baseline of the last glyph of the line's text size
    for i, item in enumerate(items):
        size, matrix = getattr(item, "size", None), getattr(item, "matrix", None)
        if size is None or matrix is None or matrix[1] or matrix[2]:  # a space, or turned
            continue
        if size >= 0.75 * body:
            base = matrix[5]
        elif (base is not None and matrix[5] < base - 0.05 * body
              and texts[i].isascii() and texts[i].isdigit()
              and _FORMULA_END.search("".join(texts[max(0, i - 2):i]))):
            texts[i] = texts[i].translate(LOWERED)
