"""Tamil: its profile (the generic facts), its abbreviations, numbers and the suffixes
of its forms.txt."""

from __future__ import annotations

import pytest

from aligner.check.dates import named_months
from aligner.check.lemmas import Forms
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
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


# Written for this test (s27 walk w4, item 11).
@pytest.mark.parametrize(("word", "noun"), [
    ("டெங்குக்கு", "டெங்கு"), ("டெங்குவைத்", "டெங்கு"), ("டெங்குவின்", "டெங்கு"),
    ("காய்ச்சலை", "காய்ச்சல்"), ("காய்ச்சலுக்கு", "காய்ச்சல்"), ("காய்ச்சலில்", "காய்ச்சல்"),
    ("காய்ச்சலைக்", "காய்ச்சல்"), ("அறிகுறிகள்", "அறிகுறி"), ("அறிகுறியை", "அறிகுறி"),
    ("கொசுக்கள்", "கொசு"), ("கொசுவலைக்குள்", "கொசுவலை"), ("நோயாளிகளுக்கும்", "நோயாளி"),
    # nouns in -ம் on their oblique stem and in the plural
    ("நிலையத்துக்குச்", "நிலையம்"), ("நிலையத்தில்", "நிலையம்"), ("நிலையங்களிலும்", "நிலையம்"),
    ("இடத்தில்", "இடம்"),
])
def test_ta_text_words_shed_their_suffixes(word: str, noun: str) -> None:
    forms = Forms("ta")
    assert set(forms.text_forms(word)) & set(forms.term_forms(noun))


@pytest.mark.parametrize(("word", "other"), [
    ("கலை", "கல்"),  # (art, stone) a base keeps three letters
    ("நாட்டில்", "நாடு"),  # a stem that changes is not reached
    ("கொசுவலை", "கொசு"),  # a mosquito net is no mosquito
])
def test_ta_other_words_are_not_reached(word: str, other: str) -> None:
    forms = Forms("ta")
    assert not set(forms.text_forms(word)) & set(forms.term_forms(other))
