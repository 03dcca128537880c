"""Chinese numbers from the s42 walk of a localisation lead (en -> zh-CN / zh-TW): a large
numeral after a space (150 万), discounts in 折, currency words (58 美元), decimals in
numeral characters (九十九点九).  Sentences and expectations written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.numbers import extract_numbers


def _codes(source: str, target: str, tgt_lang: str = "zh-CN",
           codes: tuple[str, ...] = ("number-mismatch", "currency-mismatch")) -> list[str]:
    return [f"{f.code}: {f.message}" for f in findings([(source, target)], src_lang="en",
                                                       tgt_lang=tgt_lang) if f.code in codes]


@pytest.mark.parametrize(("text", "values"), [
    ("我们有 1 万名用户。", ["10000"]),
    ("费用为 150 万美元。", ["1500000"]),
    ("超过 3.5 亿条笔记。", ["350000000"]),
    ("超過 3.5 億則筆記。", ["350000000"]),
    ("共 5 千人。", ["5000"]),
    # a metric prefix after the space is still no magnitude
    ("跑了 5 千米。", ["5"]),
    # a space before a counter or a month changes nothing
    ("2026 年 3 月", ["2026", "3"]),
    ("3 个人", ["3"]),
])
def test_a_large_numeral_after_a_space_scales_the_digits(text: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, "zh-CN")] == values


@pytest.mark.parametrize(("source", "target"), [
    ("We have 10,000 users.", "我们有 1 万名用户。"),
    ("It costs 1.5 million dollars.", "费用为 150 万美元。"),
    ("Over 350 million notes.", "超过 3.5 亿条笔记。"),
])
def test_spaced_large_numbers_pass(source: str, target: str) -> None:
    assert _codes(source, target) == []


def test_a_spaced_large_number_still_differs_when_wrong() -> None:
    assert _codes("We have 10,000 users.", "我们有 10 万名用户。") == [
        "number-mismatch: numbers differ: 10000 missing in the target; '10 万' (100,000) "
        "not in the source"]


@pytest.mark.parametrize(("text", "values"), [
    # 折 gives the share paid: 8折 is 80 % of the price (20 % off)
    ("学生可享受 5 折优惠。", ["50"]),
    ("首年可享8折优惠。", ["80"]),
    ("全场打八折。", ["80"]),
    ("会员享八五折。", ["85"]),
    ("配件7.5折。", ["75"]),
    ("配件75折。", ["75"]),
    # not a discount: folding, "amounts to", a brochure; 打折 says no number
    ("三折叠屏手机", []),
    ("1美元折合7元", ["1", "7"]),
    ("商品打折了。", []),
])
def test_a_discount_in_zhe_is_the_share_paid(text: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, "zh-CN")] == values


@pytest.mark.parametrize(("source", "target"), [
    ("Students get 50% off.", "学生可享受 5 折优惠。"),
    ("Get 20% off your first year.", "首年可享 8 折优惠。"),
    ("Members pay 80% of the price.", "会员享受八折。"),
    ("Accessories are 25% off.", "配件一律七五折。"),
    ("Accessories cost 75% of the price.", "配件一律 7.5 折。"),
])
def test_a_discount_in_zhe_answers_the_share_off_or_paid(source: str, target: str) -> None:
    assert _codes(source, target) == []


def test_a_wrong_discount_in_zhe_is_reported() -> None:
    assert _codes("Get 30% off your first year.", "首年可享 8 折优惠。") == [
        "number-mismatch: numbers differ: 30 missing in the target; '8 折' (80) not in the "
        "source"]
