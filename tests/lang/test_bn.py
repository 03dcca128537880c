"""Bengali: its profile (the generic facts), its numbers.tsv and the particles of its
forms.txt."""

from __future__ import annotations

import pytest

from aligner.check.dates import named_months
from aligner.check.lemmas import Forms, parse_forms
from aligner.check.number_table import number_words
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


# Written for this test (s27 walk w4, item 11).
@pytest.mark.parametrize(("word", "noun"), [
    ("কমিটিতে", "কমিটি"), ("কমিটির", "কমিটি"), ("কমিটিগুলো", "কমিটি"),
    ("গ্রামে", "গ্রাম"), ("নলকূপের", "নলকূপ"), ("নলকূপগুলো", "নলকূপ"),
    ("প্রকল্পটি", "প্রকল্প"), ("শিশুদের", "শিশু"), ("গ্রামেও", "গ্রাম"),
])
def test_bn_text_words_shed_their_case_endings(word: str, noun: str) -> None:
    forms = Forms("bn")
    assert set(forms.text_forms(word)) & set(forms.term_forms(noun))


@pytest.mark.parametrize(("word", "other"), [
    ("মশারি", "মশা"),  # a mosquito net is no mosquito
    ("বিষয়", "বিষ"),  # (subject, poison) the locative য় is not cut
    ("করে", "কর"),  # (does, tax) a base keeps three letters
])
def test_bn_words_that_end_alike_are_not_cut(word: str, other: str) -> None:
    forms = Forms("bn")
    assert not set(forms.text_forms(word)) & set(forms.term_forms(other))


def test_a_particle_may_be_a_vowel_sign_or_end_with_a_virama() -> None:
    forms = parse_forms("[base]\n2\n[particles]\nে\nக்கு\n", name="x")
    assert forms.unglued("গ্রামে") == [forms.fold("গ্রাম")]
    assert forms.unglued("டெங்குக்கு") == [forms.fold("டெங்கு")]
