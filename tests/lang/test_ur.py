"""Urdu: its profile and the letters of its forms.txt."""

from __future__ import annotations

from aligner.check.lemmas import word_endings
from aligner.lang import get_profile, languages, table


def test_ur_profile() -> None:
    profile = get_profile("ur-PK")
    assert profile.code == "ur" and profile.right_to_left
    assert "ur" in languages() and "ur" not in table()  # moved from languages.tsv


def test_ur_arabic_letters_are_folded_as_the_urdu_ones() -> None:
    fold = word_endings("ur").fold
    assert fold("پاكستاني") == "پاکستانی"
    assert fold("صحت مند بچه") == "صحت مند بچہ"  # Arabic heh for heh goal
    assert fold("بھائی") != fold("بہائی")  # do-chashmi heh is a letter of its own
