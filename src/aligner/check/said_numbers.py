"""Numbers one side writes in digits that the other says without them, for number-mismatch.

* A multiple: ``２倍`` / ``double``, ``3 fois`` / ``triple``.  The words that say a count
  themselves in the ``[times]`` section of the other language's ``counted.txt`` (``2
  double``, ``3 triple``, ``2 doppelte``: number-word-mismatch reads them too) answer
  the number they say, as a number in words does (:func:`said_multiple`).
* The one of a rate (``１㎡あたり`` / ``per m²``) is :mod:`aligner.check.rate_ones`'.

An amount converted between the sizes of its unit (``1,500 mg`` / ``1,5 g``) is
:mod:`aligner.check.conversions`'.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.check.folding import strip_accents
from aligner.lang import COUNTED_DATA, get_profile
from aligner.lang.base import data_sections

_TIMES = "times"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


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
