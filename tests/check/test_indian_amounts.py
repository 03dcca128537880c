"""Amounts as India writes them, for number-mismatch: a crore and lakhs together, and
Hindi number words before a magnitude (s38 walk 2, item 3).  Sentences written for this
test, of the kind a state government's circulars have."""

from __future__ import annotations

import pytest
from check_helpers import findings


def _messages(source: str, target: str, tgt_lang: str = "hi") -> list[str]:
    return [f.message for f in findings([(source, target)], code="number-mismatch",
                                        src_lang="en", tgt_lang=tgt_lang)]


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    # a crore and lakhs are one amount: 1.25 crore is 1 crore 25 lakh
    ("The project will cost Rs. 1.25 crore.", "परियोजना की लागत ₹ 1 करोड़ 25 लाख होगी।", "hi"),
    ("The project will cost Rs. 1.25 crore.", "প্রকল্পের ব্যয় ১ কোটি ২৫ লক্ষ টাকা।", "bn"),
    ("The cost is Rs. 1 crore 25 lakh.", "लागत ₹ 1,25,00,000 है।", "hi"),
    ("A grant of Rs. 2 lakh 50 thousand.", "₹ 2,50,000 का अनुदान।", "hi"),
    ("Rs. 1 crore 25 lakh 40 thousand.", "₹ 1,25,40,000.", "hi"),
    # Hindi number words before a magnitude, and English ones before lakh
    ("A sum of Rs. 1,00,000 was released.", "एक लाख रुपये की राशि जारी की गई।", "hi"),
    ("The fee is Rs. 25,000.", "शुल्क पच्चीस हज़ार रुपये है।", "hi"),
    ("A sum of Rs. 10,00,000 was released.", "दस लाख रुपये की राशि जारी की गई।", "hi"),
    ("Ten lakh saplings will be planted.", "10 लाख पौधे लगाए जाएँगे।", "hi"),
    ("Rs. 300 crore were spent.", "तीन सौ करोड़ रुपये व्यय किए गए।", "hi"),
    ("57 villages", "सत्तावन गाँव", "hi"),
])
def test_indian_amounts_are_read_whole(source: str, target: str, tgt_lang: str) -> None:
    assert _messages(source, target, tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("The project will cost Rs. 1.25 crore.", "परियोजना की लागत ₹ 1 करोड़ 52 लाख होगी।",
     "numbers differ: '1.25 crore' (12,500,000) missing in the target; "
     "'1 करोड़ 52 लाख' (15,200,000) not in the source"),
    ("The fee is Rs. 25,000.", "शुल्क पैंतीस हज़ार रुपये है।",  # पैंतीस is 35
     "numbers differ: 25000 missing in the target; 35000 not in the source"),
    # two amounts of the same magnitude are two
    ("Rs. 15 lakh", "₹ 10 लाख 5 लाख",
     "numbers differ: '15 lakh' (1,500,000) missing in the target; "
     "'10 लाख' (1,000,000), '5 लाख' (500,000) not in the source"),
])
def test_a_changed_indian_amount_is_reported(source: str, target: str, message: str) -> None:
    assert _messages(source, target) == [message]
