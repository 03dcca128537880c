"""A period after a word of a script whose sentences do not end with one.

Two writing systems use ``.`` only for abbreviations, so no word list is needed
to tell an abbreviation there:

* **Thai** and **Lao** have no sentence punctuation at all (a space separates
  sentences and phrases alike): a period after a Thai or Lao letter closes an
  abbreviation (``ดร.``, ``มก.``, ``พ.ศ.``; ``ດຣ.``, ``ຄ.ສ.``), never a sentence (the
  space after it may: :mod:`aligner.segment.unmarked`).
* **Text that ends its sentences with the danda** ``।`` (Hindi, Bengali, Nepali,
  Punjabi, Odia): a period after a short word of those scripts is an abbreviation
  (Hindi ``प्रो.`` ``डॉ.`` ``मि.ग्रा.``, Bengali ``ডা.`` ``মো.`` ``মোসা.``).  Marathi
  and Gujarati, and some Hindi on the web, end sentences with ``.`` instead; the
  text itself says which convention it follows, so the rule holds only where a
  danda stands within :data:`DANDA_REACH` characters of the period.  A word is
  short when it has at most :data:`SHORT` aksharas (a consonant with the ones
  joined to it by the virama, and its vowel sign: ``प्रो`` is one, ``मोसा`` two);
  abbreviations are one or two, while the rare sentence that a danda writer ends
  with ``.`` mostly ends in a longer word.
* **Tamil, Telugu, Kannada and Malayalam** end sentences with ``.``, but write a
  name's initials with one: a single syllable before a period and a letter of the
  same script after the space is an initial (Tamil ``மு. கருணாநிதி``,
  ``க. சுப்பிரமணியன்``, ``என். ராமன்``; Telugu ``ఎన్. రామారావు``).  A sentence of
  these languages ends in a verb, which is longer; a one-syllable imperative
  (``வா.``, come!) before a sentence is the rare loss.
"""

from __future__ import annotations

import unicodedata

#: Thai and Lao letters, vowel signs, tone marks and signs (U+0E01-U+0E5B, U+0E81-U+0EDF;
#: the unassigned points between them come in no text).
_THAI_LAO = ("\u0e01", "\u0edf")
#: Scripts that end sentences with the danda: Devanagari, Bengali, Gurmukhi, Oriya.
_DANDA_SCRIPTS = (("\u0900", "\u097f"), ("\u0980", "\u09ff"), ("\u0a00", "\u0a7f"),
                  ("\u0b00", "\u0b7f"))
_DANDAS = ("\u0964", "\u0965")  # । ॥
#: How far (in characters, either way) a danda says the text is written with dandas.
DANDA_REACH = 1000
#: The most aksharas an abbreviation before a period has.
SHORT = 3
#: Scripts that end sentences with a period and write initials with one: Tamil,
#: Telugu, Kannada, Malayalam.
_INITIAL_SCRIPTS = (("\u0b80", "\u0d7f"),)
_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d")


def _in(c: str, ranges: tuple[tuple[str, str], ...]) -> bool:
    return any(a <= c <= b for a, b in ranges)


def abbreviation_period(text: str, s: int) -> bool:
    """Whether the period at ``text[s]`` closes an abbreviation by its script alone."""
    if s == 0:
        return False
    before = text[s - 1]
    if before < "\u0900" or before > _THAI_LAO[1]:
        return False  # Latin, Cyrillic, Arabic, ... (the common case, decided at once)
    if _THAI_LAO[0] <= before:
        return True
    if _in(before, _INITIAL_SCRIPTS):
        return _initial(text, s)
    if not _in(before, _DANDA_SCRIPTS) or unicodedata.category(before)[0] not in "LM":
        return False  # not after a digit: ५००. is a number
    w0 = s
    while w0 > 0 and _in(text[w0 - 1], _DANDA_SCRIPTS) and text[w0 - 1] not in _DANDAS:
        w0 -= 1
    if _aksharas(text[w0:s]) > SHORT:
        return False
    lo, hi = max(0, s - DANDA_REACH), min(len(text), s + DANDA_REACH)
    return any(text.find(d, lo, hi) >= 0 for d in _DANDAS)


def _initial(text: str, s: int) -> bool:
    """A one-syllable word of a South Indian script before the period at ``s`` (one
    akshara, and perhaps a dead consonant: an English letter, என் N), and a letter of
    the same script after the spaces that follow it."""
    w0 = s
    while w0 > 0 and _in(text[w0 - 1], _INITIAL_SCRIPTS) and text[w0 - 1] != ".":
        w0 -= 1
    word = text[w0:s]
    if len(word) > 2 and word[-1] in _VIRAMAS:
        word = word[:-2]  # a dead consonant closes the syllable: என் (N), எஸ் (S)
    if _aksharas(word) != 1 or unicodedata.category(text[w0])[0] != "L":
        return False
    j = s + 1
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    if j == s + 1 or j == len(text) or unicodedata.category(text[j]) != "Lo":
        return False
    return _block(text[j]) == _block(text[w0])


def _block(c: str) -> int:
    """The 128-character block of a character: one Indic script each."""
    return ord(c) // 128


def _aksharas(word: str) -> int:
    """The aksharas of a word of an Indic script: its letters that follow no virama."""
    count = 0
    joined = False
    for c in word:
        if unicodedata.category(c) == "Lo" and not joined:
            count += 1
        joined = c in _VIRAMAS
    return count
