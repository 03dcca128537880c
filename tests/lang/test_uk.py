"""Ukrainian: its profile (the decimal comma) and its segmentation rules."""

from __future__ import annotations

import importlib

from aligner.lang import get_profile, languages, table
from aligner.segment.rules import AbbrevClass, data_languages, rules_for


def test_uk_profile() -> None:
    profile = importlib.import_module("aligner.lang.uk").PROFILE
    assert get_profile("uk-UA") is profile and profile.code == "uk"
    assert profile.decimal_comma and "uk" in languages() and "uk" not in table()
    assert "uk" in data_languages()


def test_uk_rules() -> None:
    rules = rules_for("uk")
    assert rules.classify("вул.") is AbbrevClass.TITLE
    assert rules.classify("буд.") is AbbrevClass.NUMBER
    assert rules.classify("м.") is None and rules.classify("р.") is None  # see segment.txt
