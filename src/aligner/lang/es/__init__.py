"""Spanish: ¿¡, the decimal comma, plural rules; data files beside this module."""

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
    return out


PROFILE = LanguageProfile(
    code="es",
    inverted_marks=True,
    decimal_comma=True,
    plural_rules=plural_rules,
    lemma_lookup=True,
    data_package=__name__,
)
