"""Word-form normalisation for term matching: lemma tables plus our own rules.

Lemma tables come from the ``spacy-lookups-data`` package (read directly from
its data files: no spaCy import, no download).  They map inflected forms to
lemmas but are noisy for our purpose -- ``fundo`` maps to the verb ``fundir``
while ``fundos`` maps to ``fundo``; ``golpe`` is absent while ``golpes`` maps
to ``golpe`` -- so a word is never reduced to *one* key.  Instead a word has a
small set of candidate base forms (itself, its table lemma, and what our
plural/gender rules give -- the language profile's ``plural_rules``, see
:mod:`aligner.lang`) and a text word matches a term word when the two
sets meet (see :mod:`aligner.check.terms`).
"""

from __future__ import annotations

import gzip
import itertools
import json
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources

from aligner.lang import get_profile, no_plural_rules


def strip_accents(text: str) -> str:
    """Remove combining marks: ``acción`` -> ``accion`` (``ñ`` becomes ``n`` too)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    table, lemmas = lemma_table(lang), _lemmas(lang)
    found: dict[str, str | None] = {}
    for word in itertools.chain(table, table.values()):
        if not word.isascii():
            plain = strip_accents(word)
            if plain not in table and plain not in lemmas and plain.isalpha():
                found[plain] = word if found.get(plain, word) == word else None
    return {plain: word for plain, word in found.items() if word is not None}


@cache
def _lemmas(lang: str) -> frozenset[str]:
    return frozenset(lemma_table(lang).values())


def with_accents(lang: str, word: str) -> str:
    """``word`` as the lemma table spells it when it was typed without its accents
    (``politica`` -> ``política``, ``Politicos`` -> ``Políticos``, case kept); else
    ``word``.
    For queries: a word of running text or of a glossary is taken as written."""
    lower = word.lower()
    if not lower.isascii() or lower in lemma_table(lang) or lower in _lemmas(lang):
        return word
    found = _accented(lang).get(lower)
    if found is None or len(found) != len(word):
        return word
    return "".join(a.upper() if c.isupper() else a for c, a in zip(word, found, strict=True))


class Forms:
    """Candidate base forms of words in one language.

    ``borrowed``: another language whose plural rules also apply -- a target
    text keeps some source words (``the cordones`` for ``cordón``) and
    inflects them the source language's way.
    """

    def __init__(self, lang: str, *, borrowed: str | None = None) -> None:
        profile = get_profile(lang)
        self.lang = profile.code
        self._table = lemma_table(profile.code)
        own = profile.plural_rules
        other = get_profile(borrowed).plural_rules if borrowed else no_plural_rules
        if other is own or other is no_plural_rules:
            self._rules = own
        else:
            self._rules = lambda word: own(word) + other(word)
        # A language with no word forms of its own (no lemma table, no plural rules)
        # and spaces between words matches by stems instead (see _stems).
        self._stemmed = (not self._table and own is no_plural_rules
                         and profile.sentence_separator == " ")

    def text_forms(self, lower: str) -> tuple[str, ...]:
        """Forms of a word met in running text: itself, its lemma, rule forms (and, in
        a language without word forms, its stems: :func:`_stems`)."""
        forms = [lower]
        lemma = self._table.get(lower)
        if lemma is not None:
            forms.append(lemma.lower())
        forms.extend(self._rules(lower))
        if self._stemmed:
            forms.extend(_stems(lower))
        return _dedupe_stripped(forms)

    def term_forms(self, lower: str) -> tuple[str, ...]:
        """Forms of a word of a glossary term.

        A term word brings its table lemma only when it looks inflected (a
        plural, or a feminine whose lemma differs in the last vowel): the
        tables also map base nouns to unrelated verbs (``fundo`` -> ``fundir``,
        ``partido`` -> ``partir``), and adding those would make every form of
        the verb match the term.
        """
        forms = [lower]
        lemma = self._table.get(lower)
        if lemma is not None and (
            lower.endswith("s") or (lower[:-1] == lemma[:-1] and lower.endswith("a"))
        ):
            forms.append(lemma.lower())
        forms.extend(self._rules(lower))
        if self._stemmed and len(lower) >= _STEM_MIN_WORD:
            forms.append(_STEM + lower[:max(_STEM_MIN, len(lower) - 2)])
        return _dedupe_stripped(forms)


# Stems, for languages without word forms (German, French, Italian, Greek, Russian...):
# a term word of six letters or more, less its last two letters (at least five kept),
# meets a text word that starts with those letters and is at most four letters longer
# -- an ending's worth (biblioteca ~ biblioteche, Bibliothek ~ Bibliotheken,
# επισκέπτης ~ επισκέπτες, премия ~ премию).  A stem is marked so that it never equals
# a word.
_STEM = "~"
_STEM_MIN = 5
_STEM_MIN_WORD = 6


def _stems(lower: str) -> list[str]:
    """The stems a text word offers: its prefixes of ``_STEM_MIN`` letters or more that
    leave at most four letters of it out."""
    if len(lower) < _STEM_MIN:
        return []
    return [_STEM + lower[:n] for n in range(max(_STEM_MIN, len(lower) - 4), len(lower) + 1)]


def _dedupe_stripped(forms: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(strip_accents(f), None)
    return tuple(seen)
