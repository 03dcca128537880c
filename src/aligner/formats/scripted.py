"""Digits a document sets raised or lowered, as the text of a unit without codes.

The DOCX and ODT readers keep superscript and subscript as formatting beside the
sentences (:attr:`~aligner.model.Alignment.src_formatting`), which the TMX and XLIFF
writers write as codes (``10<sup>9</sup>``).  A text without codes -- the units the
checks read, TSV and CSV exports -- would say ``109``, ``m2``, ``H2O``: other numbers.
There the raised and lowered digits are written as the Unicode superscript and
subscript digits, which the number checks read as exponents, note calls and formula
digits (``10⁹``, ``m²``, ``Cardiolex¹``, ``H₂O``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aligner.lang import join_sentences
from aligner.model import Formatting, Style
from aligner.textutil import LOWERED, RAISED

_SIGNED_DIGITS = re.compile(r"[+\-\u2212]?[0-9]+")


def scripted(sentence: str, formatting: Iterable[Formatting]) -> str:
    """``sentence`` with the digits a document sets raised or lowered (a DOCX or ODT run
    in superscript or subscript: ``10`` and a raised ``9``, ``m`` and a raised ``2``,
    ``H``, a lowered ``2``, ``O``) written as the Unicode superscript and subscript
    digits that the checks read (``10⁹``, ``m²``, ``H₂O``, a note call ``Cardiolex¹``):
    as text they were ``109``, ``m2``, a number the other side has not.  Only a span of
    digits alone, with a sign before them; each character stays one, so offsets hold."""
    out = sentence
    for f in formatting:
        table = (RAISED if f.style is Style.SUPERSCRIPT else
                 LOWERED if f.style is Style.SUBSCRIPT else None)
        piece = sentence[f.start:f.end]
        if table is not None and _SIGNED_DIGITS.fullmatch(piece):
            out = out[:f.start] + piece.translate(table) + out[f.end:]
    return out


def scripted_side(sentences: Sequence[str], formatting: Sequence[Sequence[Formatting]],
                  indices: Iterable[int], lang: str) -> str:
    """The sentences ``indices`` of one side joined as the writers join them
    (:func:`~aligner.lang.join_sentences`), each :func:`scripted` by its formatting."""
    return join_sentences([scripted(sentences[i], formatting[i]) if i < len(formatting)
                           else sentences[i] for i in indices], lang)
