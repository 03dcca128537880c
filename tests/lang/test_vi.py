"""Vietnamese: its profile (the decimal comma) and its abbreviations."""

from __future__ import annotations

import pytest

from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.lang import get_profile, languages, table
from aligner.segment import split_sentences


def test_vi_profile() -> None:
    profile = get_profile("vi-VN")
    assert profile.code == "vi" and profile.decimal_comma
    assert "vi" in languages() and "vi" not in table()  # moved from languages.tsv


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("Buổi họp ở TP. Đà Nẵng kết thúc lúc 5 giờ. GS. Lê Minh phát biểu.",
     ["Buổi họp ở TP. Đà Nẵng kết thúc lúc 5 giờ.", "GS. Lê Minh phát biểu."]),
    ("PGS.TS. Phạm Hùng và ThS.BS. Vũ Hoa có mặt. TS. KS. Đỗ Nam vắng.",
     ["PGS.TS. Phạm Hùng và ThS.BS. Vũ Hoa có mặt.", "TS. KS. Đỗ Nam vắng."]),
    ("Xem tr. 12 của sách. Họ mua gạo, muối, v.v. Sau đó họ về.",
     ["Xem tr. 12 của sách.", "Họ mua gạo, muối, v.v.", "Sau đó họ về."]),
])
def test_vi_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "vi") == sentences


def test_vi_magnitudes_and_month_word() -> None:
    table = number_words("vi")
    assert table.magnitudes["triệu"] == 6 and table.magnitudes["tỷ"] == 9
    assert table.lists["month_before"] == ("tháng",)
    assert [v for v, _, _ in extract_numbers("3,5 triệu người", "vi")] == ["3500000"]
