"""The lemma tables of ``spacy-lookups-data``, read directly from the package's data
files (no spaCy import, no download): Spanish and English word forms for term matching
(:mod:`aligner.check.lemmas`), and the accents a query typed without them lacks."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources

from aligner.check.folding import strip_accents
from aligner.lang import get_profile


@cache
def lemma_table(lang: str) -> Mapping[str, str]:
    """The ``lemma_lookup`` table of ``spacy-lookups-data`` for ``lang`` (empty if none)."""
    profile = get_profile(lang)
    if not profile.lemma_lookup:
        return {}
    data = resources.files("spacy_lookups_data").joinpath(
        "data", f"{profile.code}_lemma_lookup.json.gz")
    with data.open("rb") as fh:
        table: dict[str, str] = json.loads(gzip.decompress(fh.read()))
    return table


@cache
def _accented(lang: str) -> Mapping[str, str]:
    """``lang``'s table words (forms and lemmas) by their accent-free spelling, where that
    spelling is no table word itself and names one word only (``politica`` ->
    ``política``)."""
    table, lemmas = lemma_table(lang), table_lemmas(lang)
    found: dict[str, str | None] = {}
    for word in itertools.chain(table, table.values()):
        if not word.isascii():
            plain = strip_accents(word)
            if plain not in table and plain not in lemmas and plain.isalpha():
                found[plain] = word if found.get(plain, word) == word else None
    return {plain: word for plain, word in found.items() if word is not None}


@cache
def table_lemmas(lang: str) -> frozenset[str]:
    """Every lemma of ``lang``'s table."""
    return frozenset(lemma_table(lang).values())


def with_accents(lang: str, word: str) -> str:
    """``word`` as the lemma table spells it when it was typed without its accents
    (``politica`` -> ``política``, ``Politicos`` -> ``Políticos``, case kept); else
    ``word``.
    For queries: a word of running text or of a glossary is taken as written."""
    lower = word.lower()
    if not lower.isascii() or lower in lemma_table(lang) or lower in table_lemmas(lang):
        return word
    found = _accented(lang).get(lower)
    if found is None or len(found) != len(word):
        return word
    return "".join(a.upper() if c.isupper() else a for c, a in zip(word, found, strict=True))
