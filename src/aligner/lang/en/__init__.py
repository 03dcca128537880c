"""English: plural rules for term matching; data files beside this module."""

from __future__ import annotations

import re

from aligner.lang.base import LanguageProfile

_SIBILANT_ES = re.compile(r"(?:s|x|z|ch|sh)es$")


def plural_rules(word: str) -> list[str]:
    """Singular candidates of an English word (lower case)."""
    out: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")  # parties -> party
    if _SIBILANT_ES.search(word):
        out.append(word[:-2])  # marches -> march
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])  # belts -> belt
    return out


PROFILE = LanguageProfile(
    code="en",
    plural_rules=plural_rules,
    lemma_lookup=True,
    verb_term_endings=("ing", "ed"),
    data_package=__name__,
)
