"""Word-form normalisation for term matching: lemma tables plus our own rules.

Lemma tables come from the ``spacy-lookups-data`` package (read directly from
its data files: no spaCy import, no download).  They map inflected forms to
lemmas but are noisy for our purpose -- ``fundo`` maps to the verb ``fundir``
while ``fundos`` maps to ``fundo``; ``golpe`` is absent while ``golpes`` maps
to ``golpe`` -- so a word is never reduced to *one* key.  Instead a word has a
small set of candidate base forms (itself, its table lemma, and what our
plural/gender rules give) and a text word matches a term word when the two
sets meet (see :mod:`aligner.check.terms`).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources

from aligner.lang import primary

# Languages whose lemma table we load; others fall back to surface forms.
_TABLE_LANGS = frozenset({"es", "en"})

# golpe-s, obrera-s, and loanwords: sóviet-s, club-s
_ES_PLURAL_S = re.compile(r"[^s]s$")
_ES_CONS_ES = re.compile(r"[lrndjy]es$")  # árbol-es, mujer-es, cordon-es, ciudad-es, ley-es
_EN_SIBILANT_ES = re.compile(r"(?:s|x|z|ch|sh)es$")


def strip_accents(text: str) -> str:
    """Remove combining marks: ``acción`` -> ``accion`` (``ñ`` becomes ``n`` too)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def lemma_table(lang: str) -> Mapping[str, str]:
    """The ``lemma_lookup`` table of ``spacy-lookups-data`` for ``lang`` (empty if none)."""
    base = primary(lang)
    if base not in _TABLE_LANGS:
        return {}
    data = resources.files("spacy_lookups_data").joinpath("data", f"{base}_lemma_lookup.json.gz")
    with data.open("rb") as fh:
        table: dict[str, str] = json.loads(gzip.decompress(fh.read()))
    return table


def _es_rules(word: str) -> list[str]:
    """Singular candidates of a Spanish word (lower case)."""
    out: list[str] = []
    if word.endswith("ones"):
        out.append(word[:-4] + "ón")  # cordones -> cordón
    if word.endswith("ces"):
        out.append(word[:-3] + "z")  # luces -> luz
    if _ES_CONS_ES.search(word):
        out.append(word[:-2])  # industriales -> industrial
    if _ES_PLURAL_S.search(word) and len(word) > 3:
        out.append(word[:-1])  # golpes -> golpe, obreras -> obrera, sóviets -> sóviet
    # Feminine -> masculine comes from the lemma table (obrera -> obrero), not from
    # a rule: "a" -> "o" would also turn partida into partido and funda into fundo.
    for form in [word, *out]:
        if form.endswith("ora"):
            out.append(form[:-1])  # pobladora -> poblador
    return out


def _en_rules(word: str) -> list[str]:
    """Singular candidates of an English word (lower case)."""
    out: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")  # parties -> party
    if _EN_SIBILANT_ES.search(word):
        out.append(word[:-2])  # marches -> march
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])  # belts -> belt
    return out


def _no_rules(word: str) -> list[str]:
    return []


_RULES: dict[str, Callable[[str], list[str]]] = {"es": _es_rules, "en": _en_rules}


class Forms:
    """Candidate base forms of words in one language.

    ``borrowed``: another language whose plural rules also apply -- a target
    text keeps some source words (``the cordones`` for ``cordón``) and
    inflects them the source language's way.
    """

    def __init__(self, lang: str, *, borrowed: str | None = None) -> None:
        base = primary(lang)
        self.lang = base
        self._table = lemma_table(base)
        own = _RULES.get(base, _no_rules)
        other = _RULES.get(primary(borrowed), _no_rules) if borrowed else _no_rules
        if other is own or other is _no_rules:
            self._rules = own
        else:
            self._rules = lambda word: own(word) + other(word)

    def text_forms(self, lower: str) -> tuple[str, ...]:
        """Forms of a word met in running text: itself, its lemma, rule forms."""
        forms = [lower]
        lemma = self._table.get(lower)
        if lemma is not None:
            forms.append(lemma.lower())
        forms.extend(self._rules(lower))
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
        return _dedupe_stripped(forms)


def _dedupe_stripped(forms: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(strip_accents(f), None)
    return tuple(seen)
