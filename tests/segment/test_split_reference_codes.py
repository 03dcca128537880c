"""A number's abbreviation before a reference code or another such abbreviation: a
state government's circulars (s38 walk 2, item 7).

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CASES = [
    ("en", "Circular No. RD/AWAS/2025/114 is in force. It replaces the last.",
     ["Circular No. RD/AWAS/2025/114 is in force.", "It replaces the last."]),
    ("en", "Ref. No. F.12(3)/2025 is cancelled. A new order follows.",
     ["Ref. No. F.12(3)/2025 is cancelled.", "A new order follows."]),
    ("en", "See Order No. A-7/2024 of the Board.", ["See Order No. A-7/2024 of the Board."]),
    ("en", "Circular No. 114 dated today.", ["Circular No. 114 dated today."]),
    # a code needs a digit and a slash or bracket: a word after "No." still opens one
    ("en", "The answer was No. A12 was closed.", ["The answer was No.", "A12 was closed."]),
    ("en", "The vote was No. AB/CD won.", ["The vote was No.", "AB/CD won."]),
    ("en", "The answer is No. Then we left.", ["The answer is No.", "Then we left."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_reference_code_after_a_number_abbreviation(lang: str, text: str,
                                                      expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
