"""How term matching folds a word before comparing it: accents, and letters written for others.

Words are compared in lower case, with full-width letters as ASCII
(:mod:`aligner.check.terms`), and in most languages without their accents
(:func:`strip_accents`: a word typed without them, ``publico``, is still
``público``; :func:`stress` keeps the accents that tell two words apart).  A
language whose marks make other words -- its profile's ``lexical_marks``:
Vietnamese ``thuốc`` (medicine) and ``thuộc`` (belong to), Yoruba ``ọkọ`` and
``ọkọ̀`` -- keeps them: only the composed and decomposed spellings of one letter are
one (:func:`compose`).  The kana voicing marks (dakuten and handakuten, U+3099 and
U+309A) are no accents in any language: ``ガス`` (gas) is no ``カス`` (dregs), ``ず`` no
``す``, so every fold keeps them, and a kana written with its mark apart (NFD) is the
precomposed kana (:data:`VOICING_MARKS`).  A language may also name letters typed for others
(``[letters]`` in its ``forms.txt``: Persian ``ی`` and ``ک`` typed as the Arabic ``ي``
and ``ك``), which are folded after the accents (:func:`folder`).  Only the words
compared are folded: a hit's span is the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache


def strip_accents(text: str) -> str:
    """Remove combining marks: ``acción`` -> ``accion`` (``ñ`` becomes ``n`` too).

    Letters whose mark is no combining one are folded the same way: Turkish dotless
    ``ı`` is ``i`` (so ``ILIK``, lowered to ``ilik`` by any language but Turkish, meets
    ``ılık``), ``ł`` ``l``, ``đ`` ``d``, ``ø`` ``o``, and German ``ß`` is ``ss``
    (``Strasse``, as Switzerland writes it, meets ``Straße``).  The Arabic tatweel
    goes too (``الـمساعدات`` is ``المساعدات``).  The kana voicing marks stay: ``ビット``
    is no ``ヒット`` (:data:`VOICING_MARKS`)."""
    if text.isascii():
        return text
    plain = text.translate(_PLAIN)
    return _voiced(plain) if _VOICED_APART.search(plain) else plain


def folded_origins(text: str, plain: str) -> list[int] | None:
    """Per character of ``plain`` (``text`` lower-cased, then :func:`strip_accents`), the
    character of ``text`` it comes from -- where the fold changed the length (a mark
    dropped, ``أُجري``; a Hangul syllable written as its letters): a span of ``plain``
    is then ``text[origins[start]:origins[end - 1] + 1]``.  None where the fold of the
    whole is not that of its characters one by one."""
    origins = []
    for i, c in enumerate(text):
        origins += [i] * len(strip_accents(c.lower()))
    return origins if len(origins) == len(plain) else None


def fold_phrase(text: str) -> tuple[str, list[int]]:
    """``text`` lower case without accents (:func:`strip_accents`), ``’`` as ``'``, and for
    each of its characters the index of the character of ``text`` it comes from (a fold
    may change the length: ``ß``): how the phrases of ``bounds.txt`` and ``negations.txt``
    and the text around a number are compared."""
    out: list[str] = []
    origins: list[int] = []
    for i, c in enumerate(text):
        plain = strip_accents(c.lower()).replace("’", "'")
        if plain in VOICING_MARKS and out and _VOICED_APART.fullmatch(out[-1][-1:] + plain):
            # a kana's voicing mark written apart (NFD) is the voiced kana
            out[-1] = out[-1][:-1] + _voiced(out[-1][-1] + plain)
            continue
        out.append(plain)
        origins += [i] * len(plain)
    return "".join(out), origins


def strip_accents_each(words: Sequence[str]) -> list[str]:
    """:func:`strip_accents` of each of ``words`` (none holding a line break), made for
    them all at once: one decomposition of the words joined by line breaks, then each
    mark it holds and each letter of :data:`_FOLDED` taken out in one pass over it.
    The same as a word at a time -- a line break is no mark, so no mark moves across
    one -- in a sixth of the time on a lemma table of 180,000 words."""
    if not words:
        return []
    joined = unicodedata.normalize("NFD", "\n".join(words))
    marks = "".join(sorted(c for c in set(joined)
                           if unicodedata.combining(c) and c not in VOICING_MARKS))
    if marks:
        joined = re.sub(f"[{re.escape(marks)}]+", "", joined)
    for letter, plain in _FOLDED.items():
        joined = joined.replace(chr(letter), str(plain))
    if _VOICED_APART.search(joined):
        joined = _voiced(joined)
    return joined.split("\n")


def compose(text: str) -> str:
    """``text`` in NFC, every mark kept: the fold of a language whose marks make other
    words (Vietnamese ``phòng`` is no ``phong``; ``đ`` is no ``d``)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


@cache
def folder(*, lexical_marks: bool = False,
           letters: tuple[tuple[str, str], ...] = ()) -> Callable[[str], str]:
    """The fold of a language's words: :func:`compose` when its marks make other words,
    else :func:`strip_accents`; then each of its ``letters``, ``(typed, letter)`` pairs
    (``("ي", "ی")``), as the letter."""
    marks = compose if lexical_marks else strip_accents
    if not letters:
        return marks
    table = str.maketrans(dict(letters))
    return lambda text: marks(text).translate(table)


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
# The tatweel (kashida, U+0640), which stretches an Arabic word and spells nothing
# (الـمساعدات is المساعدات), goes with the marks.
_FOLDED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                         "Ø": "O", "ß": "ss", "ẞ": "SS", "\u0640": ""})


#: The kana voicing marks, dakuten and handakuten (U+3099, U+309A): letters' parts, no
#: accents (``バネ`` is a spring, ``ハネ`` a splash), kept by every fold here.
VOICING_MARKS = frozenset("\u3099\u309a")
# A character and a voicing mark after it, as NFD writes a voiced kana.
_VOICED_APART = re.compile("[^\u3099\u309a][\u3099\u309a]")


def _voiced(text: str) -> str:
    """``text`` with each character and the voicing mark after it composed (NFC) where
    Unicode has the voiced kana (``ヒ`` + U+3099 is ``ビ``): only those pairs, not the
    whole text (a Hangul syllable the fold left as its letters stays so)."""
    return _VOICED_APART.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


class _Plain(dict[int, str]):
    """Each character as :func:`strip_accents` gives it, worked out the first time the
    character is met.  A character at a time gives what the whole text would: NFD
    decomposes each character on its own and its canonical reordering only moves
    marks among marks, all of which go, so the letters keep their order; and
    :data:`_FOLDED` maps one character at a time.  One ``str.translate`` through this
    table takes half the time of decomposing a sentence and testing each of its
    characters for a mark (benchmarks/check_speed.py's units)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        plain = "".join(c for c in decomposed
                        if not unicodedata.combining(c) or c in VOICING_MARKS)
        if len(plain) > 1 and plain[-1] in VOICING_MARKS:
            plain = _voiced(plain)  # a voiced kana is itself, not its letter and its mark
        self[code] = plain = plain.translate(_FOLDED)
        return plain


_PLAIN = _Plain()
