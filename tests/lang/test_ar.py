"""Arabic: its profile (right to left) and its number data."""

from __future__ import annotations

import importlib

from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages, table


def test_ar_profile() -> None:
    profile = importlib.import_module("aligner.lang.ar").PROFILE
    assert get_profile("ar-EG") is profile and profile.code == "ar"
    assert profile.right_to_left
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "ar" in languages() and "ar" not in table()


def test_ar_number_words() -> None:
    table = number_words("ar")
    assert table.magnitudes["مليون"] == 6 and table.magnitudes["مليار"] == 9
    assert "سبتمبر" in table.months[9] and "ايلول" in table.months[9]
    assert not table.words and not table.han
