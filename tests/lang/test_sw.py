"""Swahili: its profile (the generic facts) and its abbreviations."""

from __future__ import annotations

import pytest

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
