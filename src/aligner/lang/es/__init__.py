"""Spanish: ¿¡, the decimal comma, months and weekdays lower case, plural rules; data
files beside this module."""

from __future__ import annotations

import re

from aligner.lang.base import LanguageProfile

# golpe-s, obrera-s, and loanwords: sóviet-s, club-s
_PLURAL_S = re.compile(r"[^s]s$")
_CONS_ES = re.compile(r"[lrndjy]es$")  # árbol-es, mujer-es, cordon-es, ciudad-es, ley-es


def plural_rules(word: str) -> list[str]:
    """Singular candidates of a Spanish word (lower case)."""
    out: list[str] = []
    if word.endswith("ones"):
        out.append(word[:-4] + "ón")  # cordones -> cordón
    if word.endswith("ces"):
        out.append(word[:-3] + "z")  # luces -> luz
    if _CONS_ES.search(word):
        out.append(word[:-2])  # industriales -> industrial
    if _PLURAL_S.search(word) and len(word) > 3:
        out.append(word[:-1])  # golpes -> golpe, obreras -> obrera, sóviets -> sóviet
    # Feminine -> masculine comes from the lemma table (obrera -> obrero), not from
    # a rule: "a" -> "o" would also turn partida into partido and funda into fundo.
    for form in [word, *out]:
        if form.endswith("ora"):
            out.append(form[:-1])  # pobladora -> poblador
        elif form.endswith("desa") and len(form) > 5:
            out.append(form[:-2])  # alcaldesa -> alcalde, condesa -> conde (not -esa:
            # inglesa is no ingle, marquesa no marque)
    return out


# Pronouns attached to an infinitive, a gerund or an imperative, one or two of them:
# conservar-los, conservándo-lo, consérve-se, díga-me-lo.
_CLITIC = ("me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les")


_VOWELS = re.compile(r"[aeiouáéíóúü]+")
_STRESS_MARK = re.compile(r"[áéíóú]")


def clitic_bases(word: str) -> list[str]:
    """What is left of a Spanish word (lower case) with one or two attached pronouns
    cut off, two letters or more, longest first; whether that is a verb form is for
    the lemma table (and ``verbs.txt``'s irregular forms: ``da-me``, ``pon-lo``).

    Only an infinitive keeps its stress where it was when pronouns follow it
    (``conservar-los``); a gerund or an imperative of two syllables or more carries
    a stress mark then (``conservándo-lo``, ``consérve-se``, ``cédan-lo``).  So a
    word without one is no form of two syllables with pronouns: ``cedente`` is no
    ``ceden-te``, ``estudiante`` no ``estudian-te``."""
    out: list[str] = []
    for first in _CLITIC:
        if not word.endswith(first):
            continue
        rest = word[:-len(first)]
        out.append(rest)
        out.extend(rest[:-len(second)] for second in _CLITIC if rest.endswith(second))
    marked = _STRESS_MARK.search(word) is not None
    return [base for base in out if len(base) >= 2
            and (marked or base.endswith("r") or len(_VOWELS.findall(base)) < 2)]


PROFILE = LanguageProfile(
    code="es",
    inverted_marks=True,
    decimal_comma=True,
    plural_rules=plural_rules,
    lemma_lookup=True,
    clitic_bases=clitic_bases,
    lower_case_calendar=True,
    data_package=__name__,
)
