"""number-mismatch in the languages of India and Bangladesh: lakh and crore grouping.
Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.numbers import parse_number


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,50,000", "en", "150000"),
    ("1,50,000", "hi", "150000"),
    ("1,25,00,000", "bn", "12500000"),
    ("12,34,567.50", "en", "1234567.5"),
    ("10,00,000", "ta", "1000000"),
    ("150,000", "hi", "150000"),  # the international grouping too
])
def test_indian_grouping(text: str, lang: str, value: str) -> None:
    assert parse_number(text, lang) == value


PASS = [
    # lakh and crore grouping, in Devanagari and Bengali digits and in English
    ("We reached 150,000 people.", "हम १,५०,००० लोगों तक पहुँचे।", "en", "hi"),
    ("The budget is 12,500,000 taka.", "বাজেট ১,২৫,০০,০০০ টাকা।", "en", "bn"),
    ("The budget is Rs 1,25,00,000.", "The budget is Rs 12,500,000.", "en", "en"),
]
FAIL = [
    ("We reached 150,000 people.", "हम १५,००,००० लोगों तक पहुँचे।", "en", "hi",
     "numbers differ: 150000 missing in the target; 1500000 not in the source"),
]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), PASS)
def test_same_numbers(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), FAIL)
def test_different_numbers(source: str, target: str, src_lang: str, tgt_lang: str,
                           message: str) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                     tgt_lang=tgt_lang)
    assert [f.message for f in found] == [message]
