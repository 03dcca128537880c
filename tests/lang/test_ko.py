"""Korean: its profile (the generic facts) and its numbers.tsv."""

from __future__ import annotations

import importlib

from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages, table


def test_ko_profile() -> None:
    profile = importlib.import_module("aligner.lang.ko").PROFILE
    assert get_profile("ko") is profile and profile.code == "ko"
    assert profile.join_sentences(["네.", "아니요."]) == "네. 아니요."
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "ko" in languages() and "ko" not in table()


def test_ko_magnitudes_and_months() -> None:
    table = number_words("ko")
    assert table.han and table.words == {}  # digits only: no Sino-Korean digit syllables
    assert table.magnitudes == {"백": 2, "천": 3, "만": 4, "억": 8, "조": 12}
    assert table.lists["month"] == ("월",)
    assert set(table.lists["spaced"]) == {"만", "억", "조"}
