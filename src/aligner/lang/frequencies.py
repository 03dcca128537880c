"""How common a word is in general text: spacy-lookups-data's ``lexeme_prob`` tables.

spacy-lookups-data (installed with spaCy's lookups) ships, for a few languages (de, el,
en, es), the log probabilities of about a million words of general text.  The PDF
reader and ``export --unwrap`` ask them whether a word broken at a line end is one word
(:mod:`aligner.lang.linebreaks`), ``glossary suggest`` whether a word is rare enough to be a
term, or, for a source language without a table (it, fr, nl), whether its rendering is
(:mod:`aligner.check.suggest_words`).  spacy-lookups-data has no such table for Italian,
French or Dutch, and the project ships no word counts of its own.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
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
