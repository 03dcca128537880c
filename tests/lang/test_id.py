"""Indonesian: its profile (the decimal comma) and its abbreviations."""

from __future__ import annotations

import pytest

from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table
from aligner.segment import split_sentences


def test_id_profile() -> None:
    profile = get_profile("id-ID")
    assert profile.code == "id" and profile.decimal_comma
    assert get_profile("in") is profile  # the withdrawn code
    assert "id" in languages() and "id" not in table()  # moved from languages.tsv


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("Posyandu ada di Kec. Ciawi, Kab. Bogor. Alamatnya Jl. Mawar 3.",
     ["Posyandu ada di Kec. Ciawi, Kab. Bogor.", "Alamatnya Jl. Mawar 3."]),
    ("Sambutan oleh Bpk. Joko dan Ir. Sari. Warga membawa beras, gula, dll. Lalu rapat dimulai.",
     ["Sambutan oleh Bpk. Joko dan Ir. Sari.", "Warga membawa beras, gula, dll.",
      "Lalu rapat dimulai."]),
    ("Biayanya Rp. 50.000 per orang. Lihat hlm. 4.", ["Biayanya Rp. 50.000 per orang.",
                                                      "Lihat hlm. 4."]),
])
def test_id_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "id") == sentences


def test_id_magnitudes_and_months() -> None:
    table = number_words("id")
    assert table.magnitudes["juta"] == 6 and table.magnitudes["miliar"] == 9
    assert "maret" in table.months[3] and "agustus" in table.months[8]
