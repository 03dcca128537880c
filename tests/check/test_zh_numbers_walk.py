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
    # a group's magnitude, then a smaller one: one number, spaced or not
    ("收入 2万3千 元。", ["23000"]),
    ("收入 2 万 3 千元。", ["23000"]),
    ("收入 2 万 3千元。", ["23000"]),
    ("共 2 亿 3 千万人。", ["230000000"]),
    # a smaller count after the space is no part of it, nor a larger magnitude
    ("2 万 3 个", ["20000", "3"]),
    ("2 万 3 百", ["20000", "3"]),
    ("3 千 2 万", ["3000", "20000"]),
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


def test_a_spaced_number_of_two_groups_answers_its_value() -> None:
    assert _codes("Revenue was 23,000 yuan.", "收入为 2 万 3 千元。") == []


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


@pytest.mark.parametrize(("source", "target", "tgt_lang", "expected"), [
    ("The Pro plan costs ¥58 per month.", "专业版价格为每月 58 美元。", "zh-CN",
     "'¥58' in the source, '58 美元' in the target"),
    ("The Team plan costs $12 per user.", "团队版每位用户12欧元。", "zh-CN",
     "'$12' in the source, '12欧元' in the target"),
    ("In Taiwan it costs NT$270.", "在台湾价格为 270 港元。", "zh-CN",
     "'NT$270' in the source, '270 港元' in the target"),
    ("It costs EUR 1.5 million.", "费用为 150 万美元。", "zh-CN",
     "'EUR 1.5 million' in the source, '150 万美元' in the target"),
    # 元 alone is the region's yuan: the mainland's in zh-CN, Taiwan's in zh-TW
    ("In Taiwan it costs NT$270.", "在台湾价格为 270 元。", "zh-CN",
     "'NT$270' in the source, '270 元' in the target"),
    ("The Pro plan costs ¥58 per month.", "專業版每月 58 元。", "zh-TW",
     "'¥58' in the source, '58 元' in the target"),
    ("The plan costs €58.", "该方案价格为58元。", "zh",
     "'€58' in the source, '58元' in the target"),
    # a word before the amount says whose 元 it is
    ("The Pro plan costs ¥58 per month.", "專業版每月新台幣 58 元。", "zh-TW",
     "'¥58' in the source, '新台幣 58' in the target"),
])
def test_a_chinese_currency_word_is_compared(source: str, target: str, tgt_lang: str,
                                             expected: str) -> None:
    assert _codes(source, target, tgt_lang) == [f"currency-mismatch: currencies differ: "
                                                f"{expected}"]


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("The Team plan costs $12 per user.", "团队版每位用户 12 美元。", "zh-CN"),
    ("The Pro plan costs ¥58 per month.", "专业版价格为每月58元。", "zh-CN"),
    ("The Pro plan costs ¥58 per month.", "专业版价格为每月人民币58元。", "zh-CN"),
    ("The Pro plan costs RMB 58 per month.", "专业版每月 58 元。", "zh-CN"),
    ("In Taiwan it costs NT$270.", "在台灣價格為 270 元。", "zh-TW"),
    ("In Taiwan it costs NT$270.", "在台湾价格为新台币 270 元。", "zh-CN"),
    ("It costs HK$80.", "售價 80 元。", "zh-HK"),
    # where the tag names no region, 元 is any yuan
    ("In Taiwan it costs $270.", "在台灣價格為270元。", "zh-Hant"),
    ("It costs ¥58.", "价格为58元。", "zh"),
    ("It costs 5,000 won.", "价格为 5000 韩元。", "zh-CN"),
    ("Three pieces of cake cost $12.", "三块蛋糕12美元。", "zh-CN"),
])
def test_a_chinese_currency_word_of_the_same_currency_passes(source: str, target: str,
                                                             tgt_lang: str) -> None:
    assert _codes(source, target, tgt_lang) == []


def test_a_code_before_zhe_is_no_discount_and_no_crash() -> None:
    assert _codes("See section 2.1.3.", "见 2.1.3折。") == []


@pytest.mark.parametrize(("text", "values"), [
    # 点 between numeral characters is the decimal point
    ("正常运行时间为百分之九十九点九。", ["99.9"]),
    ("正常運行時間為百分之九十九點九。", ["99.9"]),
    ("收入增长了一点五倍。", ["1.5"]),
    ("圆周率约为三点一四。", ["3.14"]),
    # not in a time, an idiom or a word
    ("会议三点五分开始。", ["3", "5"]),
    ("九点一刻出发。", ["9"]),
    ("下午三点二十到。", ["3", "20"]),
    ("三点半见。", ["3", "30"]),
    ("一点一滴地积累。", []),
    ("一点一点地改。", []),
    ("三点一线的生活。", []),
])
def test_a_decimal_point_in_numeral_characters(text: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, "zh-CN")] == values


def test_a_spelled_decimal_percentage_answers_digits() -> None:
    assert _codes("Uptime is 99.9%.", "正常运行时间为百分之九十九点九。") == []
    assert _codes("Uptime is 99.5%.", "正常运行时间为百分之九十九点九。") == [
        "number-mismatch: numbers differ: 99.5 missing in the target; '九十九点九' (99.9) not "
        "in the source"]
