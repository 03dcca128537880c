"""Hebrew: its profile and the prefixes of its forms.txt."""

from __future__ import annotations

from aligner.check.dates import named_months
from aligner.check.lemmas import Forms
from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def test_he_profile() -> None:
    profile = get_profile("he-IL")
    assert profile.code == "he" and profile.right_to_left
    assert "he" in languages() and "he" not in table()  # moved from languages.tsv


def test_he_text_words_shed_their_prefixes() -> None:
    forms = Forms("he")
    assert "ספר" in forms.text_forms("הספר") and "ספר" in forms.text_forms("מהספר")
    assert "ספר" not in forms.text_forms("מספר")  # מ alone is not cut


def test_he_magnitudes_and_months() -> None:
    table = number_words("he")
    assert table.magnitudes["מיליון"] == 6 and table.magnitudes["אלף"] == 3
    # a date writes the month with the prefix ב
    assert named_months("15 במרץ 2024", table.months) == {"3"}
    assert named_months("מרץ 2024", table.months) == {"3"}
