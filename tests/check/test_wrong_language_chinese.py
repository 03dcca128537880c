"""wrong-language between Simplified and Traditional Chinese (aligner.lang.han_script)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.lang.han_script import HANS, HANT, chinese_script, script_chars, sentence_script

SRC = "Open the settings page. Your account data is stored safely in the cloud."
HANT_FIRST = "開啟設定頁面。"
HANS_SECOND = "您的账户信息安全地存储在云端。"
HANT_SECOND = "您的帳戶資訊安全地儲存在雲端。"


@pytest.mark.parametrize(("code", "script"), [
    ("zh-TW", HANT), ("zh_HK", HANT), ("zh-MO", HANT), ("zh-Hant", HANT),
    ("zh-Hant-CN", HANT), ("zh-CN", HANS), ("zh-SG", HANS), ("zh-Hans", HANS),
    ("zh-hans-tw", HANS), ("yue-HK", HANT), ("zh", None), ("en-US", None), ("ja", None),
])
def test_a_tag_names_its_script_by_subtag_then_region(code: str, script: str | None) -> None:
    assert chinese_script(code) == script


def test_the_lists_hold_no_character_both_scripts_write() -> None:
    chars = script_chars()
    assert not chars[HANS] & chars[HANT]
    for shared in "台后里干只于才云的人中是":
        assert shared not in chars[HANS] | chars[HANT]
    assert {"账", "这", "户", "说"} <= chars[HANS]
    assert {"帳", "這", "戶", "說"} <= chars[HANT]


@pytest.mark.parametrize(("sentence", "script", "chars"), [
    (HANS_SECOND, HANS, "账户储"),
    (HANT_SECOND, HANT, "帳戶資訊儲雲"),
    # characters both scripts write: nothing to judge by
    ("我在台北工作，天天上山。", None, ""),
    # one character of one script only is too little
    ("我们在台北。", None, ""),
    ("请看。", None, ""),
    # a Traditional sentence with one Simplified slip is no Simplified sentence
    ("請開啟設定頁面並登录帳戶。", HANT, "請開啟設頁並帳戶"),
])
def test_a_sentence_is_judged_by_the_characters_of_one_script_only(
        sentence: str, script: str | None, chars: str) -> None:
    evidence = sentence_script(sentence)
    assert (evidence.script, evidence.chars) == (script, chars)


def test_a_simplified_sentence_in_a_traditional_target_is_found() -> None:
    target = HANT_FIRST + HANS_SECOND
    [f] = findings([(SRC, target)], code="wrong-language", src_lang="en", tgt_lang="zh-TW")
    assert f.tgt_span is not None and target[slice(*f.tgt_span)] == HANS_SECOND
    assert f.message == (f"the target sentence {HANS_SECOND!r} is in Simplified Chinese "
                         "characters (账 户 储), not Traditional as zh-TW is written")


@pytest.mark.parametrize("tgt_lang", ["zh-CN", "zh-SG", "zh-Hans"])
def test_a_traditional_sentence_in_a_simplified_target_is_found(tgt_lang: str) -> None:
    target = "打开设置页面。" + HANT_SECOND
    [f] = findings([(SRC, target)], code="wrong-language", src_lang="en", tgt_lang=tgt_lang)
    assert f.tgt_span is not None and target[slice(*f.tgt_span)] == HANT_SECOND
    assert "is in Traditional Chinese characters (帳 戶 資 訊 儲 ...), not Simplified" in (
        f.message)


@pytest.mark.parametrize(("tgt_lang", "target"), [
    # each in its own script
    ("zh-TW", HANT_FIRST + HANT_SECOND),
    ("zh-HK", HANT_FIRST + HANT_SECOND),
    ("zh-CN", "打开设置页面。" + HANS_SECOND),
    # a bare zh names neither script
    ("zh", HANT_FIRST + HANS_SECOND),
    # a Simplified title the target quotes on purpose
    ("zh-TW", "請參閱「账户安全存储指南」。"),
    # shared characters only, or one of the other script's
    ("zh-TW", "我在台北工作，天天上山。"),
    ("zh-TW", "我们在台北工作。"),
])
def test_no_finding_for_the_right_script_or_nothing_to_judge(tgt_lang: str, target: str) -> None:
    assert findings([(SRC, target)], code="wrong-language", src_lang="en",
                    tgt_lang=tgt_lang) == []


def test_a_sentence_left_in_the_source_script_is_found_in_a_conversion() -> None:
    # zh-CN -> zh-TW: a sentence left as it was is the source's language, not carried
    source = "打开设置页面。" + HANS_SECOND
    target = HANT_FIRST + HANS_SECOND
    [f] = findings([(source, target)], code="wrong-language", src_lang="zh-CN",
                   tgt_lang="zh-TW")
    assert target[slice(*f.tgt_span)] == HANS_SECOND  # type: ignore[misc]
