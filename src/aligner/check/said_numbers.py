"""Numbers one side writes in digits that the other says without them, for number-mismatch.

* A multiple: ``２倍`` / ``double``, ``3 fois`` / ``triple``.  The words that say a count
  themselves in the ``[times]`` section of the other language's ``counted.txt`` (``2
  double``, ``3 triple``, ``2 doppelte``: number-word-mismatch reads them too) answer
  the number they say, as a number in words does (:func:`said_multiple`).
* The one of a rate: ``１㎡あたり`` / ``per m²``, ``je 1 kg`` / ``a kilogram``.  A ``1``
  right before a unit symbol (``unit_symbols.txt``, or a squared unit character of
  Chinese and Japanese, ``㎡``, ``㎏``) with a word of the side's ``per`` list of its
  ``numbers.tsv`` after the unit (``あたり``, ``当たり``, ``毎``) or before the ``1``
  (``je``, ``pro``, ``par``, ``por``, ``每``) is read as 1 and as nothing where the
  other side has a word of its ``one_unsaid`` list (``per``, ``a``, ``an``): ``per m²``
  writes no number, ``per 10 m²`` does (:func:`per_one_runs`).

An amount converted between the sizes of its unit (``1,500 mg`` / ``1,5 g``) is
:mod:`aligner.check.conversions`'.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from aligner.check.dates import Item
from aligner.check.folding import strip_accents
from aligner.check.measure_units import unit_after
from aligner.lang import COUNTED_DATA, get_profile
from aligner.lang.base import data_sections

#: Numbers that read more than one way (as :mod:`aligner.check.numbers` has them): as
#: their side reads them, and as read the other ways.
Run = tuple[Counter[str], list[Counter[str]]]

_TIMES = "times"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# the squared, cubed and other unit characters of Chinese and Japanese (㎡, ㎏, ㎖)
_SQUARED_UNIT = re.compile("[ \u00a0\u202f]?[\u3380-\u33df]")
_NUMBER_NEXT = re.compile(r"[ \u00a0\u202f]*\d")


@cache
def _multiples(lang: str) -> dict[str, int]:
    """The words of ``lang`` that say a multiple (the ``VALUE word`` lines of the
    ``[times]`` section of its ``counted.txt``), folded -> their value."""
    text = get_profile(lang).data_text(COUNTED_DATA)
    if text is None:
        return {}
    said: dict[str, int] = {}
    for entry in data_sections(text, name=f"{lang}/{COUNTED_DATA}").get(_TIMES, ()):
        value, _, word = entry.partition(" ")
        if value.isdigit() and word:
            said[strip_accents(word.lower())] = int(value)
    return said


def said_multiple(value: str, text: str, lang: str) -> bool:
    """Whether ``text`` says ``value`` with a word for a multiple (``double``: 2)."""
    words = _multiples(lang)
    if not words or not value.isdigit():
        return False
    n = int(value)
    return any(words.get(w) == n for w in _WORD.findall(strip_accents(text.lower())))


@cache
def _unsaid(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words``, a whole word, in any letter case (compiled once)."""
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, words))
                      + r")(?![^\W\d_])")


def _unit_end(digits: str, end: int) -> int | None:
    """The end of the unit symbol right after a number ending at ``end``, if any."""
    m = unit_after().match(digits, end) or _SQUARED_UNIT.match(digits, end)
    return m.end() if m else None


def _per_around(digits: str, start: int, unit_end: int, per: tuple[str, ...]) -> bool:
    """Whether a word of ``per`` stands right after the unit or right before the number."""
    after = digits[unit_end:unit_end + 12].lstrip(" \u00a0\u202f").lower()
    before = digits[max(0, start - 12):start].rstrip(" \u00a0\u202f").lower()
    for word in per:
        spaced = word.isascii()  # je, pro: a whole word; あたり, 每: none needed
        if after.startswith(word) and not (spaced and after[len(word):len(word) + 1]
                                           .isalpha()):
            return True
        if before.endswith(word) and not (spaced and before[-len(word) - 1:-len(word)]
                                          .isalpha()):
            return True
    return False


def per_one_runs(digits: str, found: list[Item], other: str,
                 words: tuple[tuple[str, ...], tuple[str, ...]]) -> list[Run]:
    """The ``1`` of a rate in ``digits`` (``1㎡あたり``, ``je 1 kg``), read as 1 and as
    nothing where ``other`` has a word that means one without writing it (``per m²``);
    ``words``: the ``per`` list of this side's language, the ``one_unsaid`` list of the
    other's (:mod:`aligner.check.numbers` reads them; it reads this module)."""
    per, unsaid = words
    if not per or not unsaid or all(
            _NUMBER_NEXT.match(other, m.end()) for m in _unsaid(unsaid).finditer(other)):
        return []  # no such word, or per 10 m², which writes its number
    runs: list[Run] = []
    for v, s, e, kind in found:
        if kind != "number" or v != "1" or digits[s:e] != "1":
            continue
        unit_end = _unit_end(digits, e)
        if unit_end is not None and _per_around(digits, s, unit_end, per):
            runs.append((Counter([v]), [Counter()]))
    return runs
