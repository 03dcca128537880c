"""How common a word is in general text: spacy-lookups-data's ``lexeme_prob`` tables.

spacy-lookups-data (installed with spaCy's lookups) ships, for a few languages (de, el,
en, es), the log probabilities of about a million words of general text.  The PDF
reader and ``export --unwrap`` ask them whether a word broken at a line end is one word
(:mod:`aligner.lang.linebreaks`), ``glossary suggest`` whether a word is rare enough to be a
term, or, for a source language without a table (it, fr, nl), whether its rendering is
(:mod:`aligner.check.suggest_words`).  spacy-lookups-data has no such table for Italian,
French or Dutch, and the project ships no word counts of its own.

The tables write a word as text does, so a German noun is there with its capital
(``Haus`` -8.6) and only rarely without (``haus`` -12.2): a word is looked up in the
cases its spelling may stand for (:func:`case_readings`), not in lower case alone.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources


@cache
def lexeme_log_probs(code: str) -> Mapping[str, float] | None:
    """The ``lexeme_prob`` table of the language ``code`` (words as written, case and
    accents kept: German ``Juni`` -9.1, ``juni`` -14.1), or None where spacy-lookups-data
    has none."""
    data = resources.files("spacy_lookups_data").joinpath("data", f"{code}_lexeme_prob.json.gz")
    if not data.is_file():
        return None
    with data.open("rb") as fh:
        table: dict[str, float] = json.loads(gzip.decompress(fh.read()))
    return table



def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def case_readings(word: str) -> tuple[Callable[[str], str], ...]:
    """How to write a word, and the other forms of its lemma, in each case that ``word``
    as written may stand for in a ``lexeme_prob`` table: a word in lower case is that
    word (``nine``: not the ``Nine`` opening a sentence); one with a capital is that,
    or the word in lower case with a capital opening a sentence (``Haus``, ``Nine``);
    one in capitals (a heading's ``HAUS``) any of the three.  A word in mixed case
    (``iPhone``) is read in lower case and with a capital, not as written."""
    if word == word.lower():
        return (str.lower,)
    if len(word) > 1 and word.isupper():
        return (str.lower, _capitalised, str.upper)
    return (str.lower, _capitalised)
