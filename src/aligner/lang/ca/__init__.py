"""Catalan: the decimal comma, months and weekdays lower case (``calendar.txt``); the
feminine of words that end in a stressed vowel; its function words
(``stopwords.txt``), its abbreviations (``segment.txt``) and its word endings
(``forms.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

# A stressed last vowel and the feminine it makes (català, catalana; francès, francesa;
# veí, veïna): read as written, with the accent, which forms.txt folds away -- pobres
# (poor) is no form of pobresa (poverty), pla (plan) none of plana (page).  Not -í and
# -ó after a consonant: their -ina, -ona is as often a verb's form (camí, camina;
# gestió, gestiona) as a feminine (cosí, cosina; lleó, lleona).
# Each with the least that comes before it (humà; veí).
_STRESSED = (("à", "ana", 3), ("ès", "esa", 3), ("eí", "eïna", 1), ("oí", "oïna", 2))


def plural_rules(word: str) -> list[str]:
    """The feminine of a Catalan word (lower case) that ends in a stressed vowel:
    ``germà`` -> ``germana``, ``veí`` -> ``veïna``; none for another word."""
    return [word[:-len(end)] + put for end, put, least in _STRESSED
            if word.endswith(end) and len(word) - len(end) >= least]


PROFILE = LanguageProfile(code="ca", decimal_comma=True, lower_case_calendar=True,
                          plural_rules=plural_rules, data_package=__name__)
