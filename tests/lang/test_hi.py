"""Hindi: its profile (the generic facts) and its numbers.tsv."""

from __future__ import annotations

from aligner.check.dates import named_months
from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages


def test_hi_profile() -> None:
    profile = get_profile("hi-IN")
    assert profile.code == "hi" and not (profile.decimal_comma or profile.right_to_left)
    assert "hi" in languages()


def test_hi_magnitudes_and_months() -> None:
    table = number_words("hi")
    assert table.magnitudes["लाख"] == 5 and table.magnitudes["करोड़"] == 7
    assert table.magnitudes["हज़ार"] == 3 and table.magnitudes["अरब"] == 9
    assert len(table.months) == 12
    # the names are read whole, vowel signs, virama and nukta included
    assert named_months("15 मार्च और 2 फ़रवरी", table.months) == {"3", "2"}
    assert named_months("2 फरवरी", table.months) == {"2"}  # typed without the nukta
