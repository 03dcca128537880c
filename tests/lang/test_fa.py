"""Persian: its profile (right to left) and its numbers.tsv."""

from __future__ import annotations

from aligner.check.dates import named_months
from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages, table


def test_fa_profile() -> None:
    profile = get_profile("fa-IR")
    assert profile.code == "fa" and profile.right_to_left and not profile.decimal_comma
    assert "fa" in languages() and "fa" not in table()  # moved from languages.tsv


def test_fa_magnitudes_and_months() -> None:
    words = number_words("fa")
    assert words.magnitudes["میلیون"] == 6 and words.magnitudes["میلیارد"] == 9
    assert len(words.months) == 12
    assert named_months("۱۲ مارس و ۱ آوریل", words.months) == {"3", "4"}
