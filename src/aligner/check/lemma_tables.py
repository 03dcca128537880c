"""The lemma tables of ``spacy-lookups-data``, read directly from the package's data
files (no spaCy import, no download): Spanish and English word forms for term matching
(:mod:`aligner.check.lemmas`), and the accents a query typed without them lacks."""

from __future__ import annotations

import gzip
import itertools
import json
import threading
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from aligner.check.folding import strip_accents_each
from aligner.lang import get_profile

_READING = threading.Lock()
_TABLES: dict[str, Mapping[str, str]] = {}


def lemma_table(lang: str) -> Mapping[str, str]:
    """The ``lemma_lookup`` table of ``spacy-lookups-data`` for ``lang`` (empty if none),
    read once per process: a thread that asks while another reads it waits for that one
    (a second reading would take as long again, a second or more for Spanish; the
    editor reads them in the background at start while pages may ask for them)."""
    table = _TABLES.get(lang)  # read already: no lock (the checks ask once a word)
    if table is None:
        with _READING:
            table = _TABLES.get(lang)
            if table is None:
                table = _TABLES[lang] = _read_table(lang)
    return table


def _lookups(lang: str, table: str) -> Any:
    """The ``table`` (``lemma_lookup``, ``lemma_index``, ``lemma_exc``) of
    ``spacy-lookups-data`` for ``lang`` as its JSON says it; None when the package has
    none."""
    data = resources.files("spacy_lookups_data").joinpath(
        "data", f"{get_profile(lang).code}_{table}.json.gz")
    if not data.is_file():
        return None
    with data.open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()))


def _read_table(lang: str) -> Mapping[str, str]:
    if not get_profile(lang).lemma_lookup:
        return {}
    table: dict[str, str] = _lookups(lang, "lemma_lookup") or {}
    return table


@cache
def lemma_index(lang: str) -> Mapping[str, frozenset[str]]:
    """The ``lemma_index`` table of ``spacy-lookups-data`` for ``lang``: the base words
    of each part of speech (``noun``, ``verb``, ``adj``, ...; English from WordNet);
    empty if the language has none."""
    if not get_profile(lang).lemma_lookup:
        return {}
    table: dict[str, list[str]] = _lookups(lang, "lemma_index") or {}
    return {pos: frozenset(words) for pos, words in table.items()}


@cache
def _plain_words(lang: str) -> tuple[list[str], str]:
    """``lang``'s table words (forms and lemmas) that hold a letter outside ASCII, and
    their accent-free spellings one a line, between line breaks (``\\npolitica\\n``),
    in which a query word is found by :meth:`str.find`: a map of every spelling to its
    words cost a Spanish search most of a second, for the one word looked up."""
    table = lemma_table(lang)
    words = list({w for w in itertools.chain(table, table_lemmas(lang))
                  if not w.isascii() and "\n" not in w})
    return words, "\n" + "\n".join(strip_accents_each(words)) + "\n"


def _accented(lang: str, plain: str) -> str | None:
    """The one table word whose accent-free spelling is ``plain`` (``politica`` ->
    ``política``), or None: no such word, or more than one."""
    words, spellings = _plain_words(lang)
    line, found = f"\n{plain}\n", set()
    at = spellings.find(line)
    while at >= 0:
        found.add(words[spellings.count("\n", 0, at)])
        at = spellings.find(line, at + 1)
    return found.pop() if len(found) == 1 else None


@cache
def irregular_verbs(lang: str) -> Mapping[str, tuple[str, ...]]:
    """The ``lemma_exc`` table of ``spacy-lookups-data`` for ``lang``, its verbs turned
    round: a verb -> its irregular forms (English, from WordNet's exception list:
    ``have`` -> ``had``, ``has``; ``take`` -> ``taken``, ``took``); empty if none."""
    if not get_profile(lang).lemma_lookup:
        return {}
    table: dict[str, dict[str, list[str]]] = _lookups(lang, "lemma_exc") or {}
    forms: dict[str, list[str]] = {}
    for form, verbs in table.get("verb", {}).items():
        for verb in verbs:
            forms.setdefault(verb, []).append(form)
    return {verb: tuple(words) for verb, words in forms.items()}


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
    if (not lower.isascii() or not lower.isalpha() or lower in lemma_table(lang)
            or lower in table_lemmas(lang)):
        return word
    found = _accented(lang, lower)
    if found is None or len(found) != len(word):
        return word
    return "".join(a.upper() if c.isupper() else a for c, a in zip(word, found, strict=True))


@cache
def known_words(lang: str) -> frozenset[str]:
    """The words of ``lang`` that ``spacy-lookups-data``'s lemma table holds, lower case
    (its forms and their lemmas), for a language whose term matching does not load it
    (Portuguese, French, Italian, German, Dutch: their forms are their ``forms.txt``);
    empty if the package has none.  Read once, when asked (Portuguese: about 800,000
    forms)."""
    table: dict[str, str | list[str]] = _lookups(lang, "lemma_lookup") or {}
    lemmas = (v for value in table.values() for v in ([value] if isinstance(value, str)
                                                      else value))
    return frozenset(w.lower() for w in itertools.chain(table, lemmas))
