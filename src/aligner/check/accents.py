"""Accent folding for word matching: what a word is without its marks, and where it
writes its stress accent (:mod:`aligner.check.lemmas`, :mod:`aligner.check.terms`)."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """Remove combining marks: ``acción`` -> ``accion`` (``ñ`` becomes ``n`` too).

    Letters whose mark is no combining one are folded the same way: Turkish dotless
    ``ı`` is ``i`` (so ``ILIK``, lowered to ``ilik`` by any language but Turkish, meets
    ``ılık``), ``ł`` ``l``, ``đ`` ``d``, ``ø`` ``o``, and German ``ß`` is ``ss``
    (``Strasse``, as Switzerland writes it, meets ``Straße``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_FOLDED) if not plain.isascii() else plain


_STRESS_MARKS = frozenset("\u0300\u0301\u0302")  # grave, acute, circumflex


def stress(word: str) -> tuple[int, bool] | None:
    """Where a word writes its first stress accent (a vowel with a grave, acute or
    circumflex accent) and whether the word ends on it; None without one."""
    if word.isascii():
        return None
    composed = unicodedata.normalize("NFC", word)
    for k, char in enumerate(composed):
        parts = unicodedata.normalize("NFD", char)
        if parts[0] in "aeiouAEIOU" and _STRESS_MARKS.intersection(parts[1:]):
            return k, k == len(composed) - 1
    return None


def same_stress(a: tuple[int, bool] | None, b: tuple[int, bool] | None) -> bool:
    """Whether two words' accents may be the same word's: unless both write one, on
    another vowel, and one of them ends on it (``publicó``/``público``)."""
    return a is None or b is None or a[0] == b[0] or not (a[1] or b[1])


# Letters that keep their mark through NFD, folded by strip_accents.
_FOLDED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                         "Ø": "O", "ß": "ss", "ẞ": "SS"})
