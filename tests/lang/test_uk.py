"""Ukrainian: its profile (the decimal comma), its segmentation rules and its number data."""

from __future__ import annotations

import importlib

from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages, table
from aligner.segment.rules import AbbrevClass, data_languages, rules_for


def test_uk_profile() -> None:
    profile = importlib.import_module("aligner.lang.uk").PROFILE
    assert get_profile("uk-UA") is profile and profile.code == "uk"
    assert profile.decimal_comma
    assert not (profile.right_to_left or profile.inverted_marks or profile.lemma_lookup)
    assert "uk" in languages() and "uk" not in table()
    assert "uk" in data_languages()


def test_uk_rules() -> None:
    rules = rules_for("uk")
    assert rules.classify("вул.") is AbbrevClass.TITLE
    assert rules.classify("буд.") is AbbrevClass.NUMBER
    assert rules.classify("м.") is None and rules.classify("р.") is None  # see segment.txt


def test_uk_number_words() -> None:
    table = number_words("uk")
    assert table.magnitudes["тис"] == 3 and table.magnitudes["млн"] == 6
    assert table.months[9] == ("вересень", "вересня")
    assert table.months[2] == ("лютии", "лютого")  # й read as и, as in the text
