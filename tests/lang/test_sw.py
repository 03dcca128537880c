"""Swahili: its profile (the generic facts) and its abbreviations."""

from __future__ import annotations

import pytest

from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.lang import get_profile, languages
from aligner.segment import split_sentences


def test_sw_profile() -> None:
    profile = get_profile("sw-KE")
    assert profile.code == "sw" and not profile.decimal_comma and not profile.right_to_left
    assert "sw" in languages()


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("Hotuba ilitolewa na Mh. Juma Ali. Bw. Musa na Bi. Neema walikuja.",
     ["Hotuba ilitolewa na Mh. Juma Ali.", "Bw. Musa na Bi. Neema walikuja."]),
    ("Walinunua unga, sukari n.k. Dkt. Wanjiru aliwapokea.",
     ["Walinunua unga, sukari n.k.", "Dkt. Wanjiru aliwapokea."]),
    ("Tazama uk. 7 wa kitabu. Mwl. Rehema alifundisha.",
     ["Tazama uk. 7 wa kitabu.", "Mwl. Rehema alifundisha."]),
])
def test_sw_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "sw") == sentences


def test_sw_magnitudes_before_the_number_and_months() -> None:
    table = number_words("sw")
    assert table.magnitudes["milioni"] == 6 and table.magnitudes["laki"] == 5
    assert table.lists["magnitude_order"] == ("before", "after")
    assert [v for v, _, _ in extract_numbers("watu milioni 5", "sw")] == ["5000000"]
    assert "machi" in table.months[3]
