"""Japanese large numerals after a space (1 万人, 3.5 億円), as text that spaces digits from
Han characters writes: the ``spaced_before`` list of lang/ja/numbers.tsv.  Sentences and
expectations written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.numbers import extract_numbers


@pytest.mark.parametrize(("text", "values"), [
    ("利用者は 1 万人です。", ["10000"]),
    ("売上高は 3.5 億円でした。", ["350000000"]),
    ("予算は 2 兆円です。", ["2000000000000"]),
    ("参加費は 5 千円です。", ["5000"]),
    ("来場者は 2 万 3 千人でした。", ["23000"]),
    ("来場者は 2万3千人でした。", ["23000"]),
    # a space before a counter or a month changes nothing
    ("2026 年 3 月", ["2026", "3"]),
    ("3 人が参加した。", ["3"]),
])
def test_a_large_numeral_after_a_space_scales_the_digits(text: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, "ja")] == values


def _numbers(source: str, target: str) -> list[str]:
    return [f.message for f in findings([(source, target)], src_lang="en", tgt_lang="ja")
            if f.code == "number-mismatch"]


@pytest.mark.parametrize(("source", "target"), [
    ("We have 10,000 users.", "利用者は 1 万人です。"),
    ("Sales were 350 million yen.", "売上高は 3.5 億円でした。"),
])
def test_spaced_large_numbers_pass(source: str, target: str) -> None:
    assert _numbers(source, target) == []


def test_a_spaced_large_number_still_differs_when_wrong() -> None:
    assert _numbers("We have 10,000 users.", "利用者は 10 万人です。") == [
        "numbers differ: 10000 missing in the target; '10 万' (100,000) not in the source"]
