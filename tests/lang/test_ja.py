"""Japanese: its profile (sentences joined without a space) and its numbers.tsv."""

from __future__ import annotations

import importlib

from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def test_ja_profile() -> None:
    profile = importlib.import_module("aligner.lang.ja").PROFILE
    assert get_profile("ja") is profile and profile.code == "ja"
    assert profile.join_sentences(["はい。", "いいえ。"]) == "はい。いいえ。"
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "ja" in languages() and "ja" not in table()


def test_ja_numerals() -> None:
    table = number_words("ja")
    digits = {ch: value for value, chars in table.words.items() for ch in chars}
    assert [digits[ch] for ch in "〇一二三四五六七八九"] == list(range(10))
    assert all(len(ch) == 1 for ch in [*digits, *table.magnitudes])
    assert table.magnitudes["兆"] == 12
