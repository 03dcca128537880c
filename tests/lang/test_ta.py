"""Tamil: its profile (the generic facts) and its abbreviations."""

from __future__ import annotations

import pytest

from aligner.check.dates import named_months
from aligner.check.numbers import extract_numbers, number_words
from aligner.lang import get_profile, languages
from aligner.segment import split_sentences


def test_ta_profile() -> None:
    profile = get_profile("ta-IN")
    assert profile.code == "ta" and not profile.decimal_comma
    assert "ta" in languages()


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("விழாவுக்குத் திரு. முருகன் வந்தார். திருமதி. கலா பேசினார்.",
     ["விழாவுக்குத் திரு. முருகன் வந்தார்.", "திருமதி. கலா பேசினார்."]),
    ("மரு. அருண் மருந்து கொடுத்தார். தினமும் 5 மி.லி. குடிக்கவும்.",
     ["மரு. அருண் மருந்து கொடுத்தார்.", "தினமும் 5 மி.லி. குடிக்கவும்."]),
])
def test_ta_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "ta") == sentences


def test_ta_magnitudes_and_months() -> None:
    table = number_words("ta")
    assert table.magnitudes["லட்சம்"] == 5 and table.magnitudes["கோடி"] == 7
    assert [v for v, _, _ in extract_numbers("50 லட்சம் பேர்", "ta")] == ["5000000"]
    assert named_months("15 மார்ச் 2024", table.months) == {"3"}
