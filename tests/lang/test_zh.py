"""Chinese: its profile (sentences joined without a space) and its numbers.tsv."""

from __future__ import annotations

import importlib

from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def test_zh_profile() -> None:
    profile = importlib.import_module("aligner.lang.zh").PROFILE
    assert get_profile("zh") is profile and profile.code == "zh"
    assert profile.join_sentences(["你好。", "再见。"]) == "你好。再见。"
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "zh" in languages() and "zh" not in table()


def test_zh_numerals() -> None:
    table = number_words("zh")
    digits = {ch: value for value, chars in table.words.items() for ch in chars}
    assert [digits[ch] for ch in "〇一二三四五六七八九"] == list(range(10))
    assert all(len(ch) == 1 for ch in [*digits, *table.magnitudes])
    assert table.magnitudes["兆"] == 12
