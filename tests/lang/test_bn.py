"""Bengali: its profile (the generic facts) and its numbers.tsv."""

from __future__ import annotations

from aligner.check.dates import named_months
from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages


def test_bn_profile() -> None:
    profile = get_profile("bn-BD")
    assert profile.code == "bn" and not (profile.decimal_comma or profile.right_to_left)
    assert "bn" in languages()


def test_bn_magnitudes_and_months() -> None:
    table = number_words("bn")
    assert table.magnitudes["লাখ"] == 5 and table.magnitudes["কোটি"] == 7
    assert table.magnitudes["হাজার"] == 3
    assert len(table.months) == 12
    assert named_months("১৫ মার্চ ও ১ জানুয়ারি", table.months) == {"3", "1"}
