"""Chinese and Japanese sentences that hold a Latin abbreviation or a bracketed stop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.segment import split_sentences, split_spans

LATIN_CASES = [
    # a Latin abbreviation, a space and a number inside a Japanese or Chinese sentence
    ("ja", "本機能はVer. 3.0以降で使用できます。", ["本機能はVer. 3.0以降で使用できます。"]),
    ("ja", "詳細はp. 12を参照してください。", ["詳細はp. 12を参照してください。"]),
    ("ja", "詳細はFig. 3を参照してください。次へ。",
     ["詳細はFig. 3を参照してください。", "次へ。"]),
    ("ja", "重量はapprox. 3 kgです。", ["重量はapprox. 3 kgです。"]),
    ("ja", "取扱説明書Vol. 2の手順です。", ["取扱説明書Vol. 2の手順です。"]),
    ("zh", "本版本只能从Ver. 3.0.0及以后的版本进行更新。",
     ["本版本只能从Ver. 3.0.0及以后的版本进行更新。"]),
    ("zh", "详见Fig. 3。然后关闭。", ["详见Fig. 3。", "然后关闭。"]),
    # no Han or kana before it, but the number runs on into Japanese: a heading
    ("ja", "NC-Pilot Ver. 3.2.1 リリースノート", ["NC-Pilot Ver. 3.2.1 リリースノート"]),
    # a Latin word before a Latin letter inside the sentence
    ("ja", "詳細はFig. A-1を参照してください。", ["詳細はFig. A-1を参照してください。"]),
    # Latin sentences in a Japanese text end as in English
    ("ja", "設定を開きます。Click OK. Then restart.",
     ["設定を開きます。", "Click OK.", "Then restart."]),
    ("ja", "設定を開きます。Press OK. 3 items remain.",
     ["設定を開きます。", "Press OK.", "3 items remain."]),
    # a period after kana is no Latin abbreviation
    ("ja", "電源を入れてください. 3秒後に起動します。",
     ["電源を入れてください.", "3秒後に起動します。"]),
    # a line break after it: the line rules decide, not this one
    ("ja", "本機能はVer.\n3.0以降で使用できます。", ["本機能はVer.", "3.0以降で使用できます。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LATIN_CASES)
def test_latin_abbreviation_inside(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_latin_rule_is_for_unspaced_languages() -> None:
    # English text that quotes a Japanese word ends its sentences as before
    assert split_sentences("The word 東京 means Tokyo. 3 people came.", "en") == [
        "The word 東京 means Tokyo.", "3 people came."]


BRACKET_CASES = [
    # a stop before the closing bracket, then a particle: the sentence goes on
    ("ja", "詳しくは第3章（3.2項を参照。）をご覧ください。",
     ["詳しくは第3章（3.2項を参照。）をご覧ください。"]),
    ("ja", "仕様（詳細は別紙。）に従います。次へ。",
     ["仕様（詳細は別紙。）に従います。", "次へ。"]),
    ("ja", "部品A（交換品。）と部品Bを使う。", ["部品A（交換品。）と部品Bを使う。"]),
    ("ja", "部品A(交換品。)を使う。", ["部品A(交換品。)を使う。"]),
    # a word that opens a sentence after the bracket: the stop inside ended it
    ("ja", "ボタンを押します（図3-2を参照。）次にカバーを閉めます。",
     ["ボタンを押します（図3-2を参照。）", "次にカバーを閉めます。"]),
    ("ja", "ボタンを押します（図3-2を参照。）ところで次は。",
     ["ボタンを押します（図3-2を参照。）", "ところで次は。"]),
    # a bracket opened after a stop is an aside, a sentence of its own
    ("ja", "作業を終えた。（注：前章を参照。）が重要です。",
     ["作業を終えた。", "（注：前章を参照。）", "が重要です。"]),
    # Chinese has no particles: Han text glued to the bracket is the next clause
    ("zh", "他们的研究（详见第三章。）表明这一方法有效。我们继续。",
     ["他们的研究（详见第三章。）表明这一方法有效。", "我们继续。"]),
    ("zh", "他们的研究（详见第三章……。）表明这一方法有效。",
     ["他们的研究（详见第三章……。）表明这一方法有效。"]),
    ("zh", "他买了三本书（其中一本是小说！）和一支笔。",
     ["他买了三本书（其中一本是小说！）和一支笔。"]),
    ("zh", "按下按钮(见图3-2。)然后关上盖子。", ["按下按钮(见图3-2。)然后关上盖子。"]),
    # ... but an aside opened after a stop is a sentence of its own, in Chinese too
    ("zh", "会议结束了。（他后来回忆道：“那是最好的一天。”）次日我们出发。",
     ["会议结束了。", "（他后来回忆道：“那是最好的一天。”）", "次日我们出发。"]),
    # a stop after the bracket ends the sentence there; Latin text after it is not Han
    ("zh", "这是一个例子（见下文。）。下一句。", ["这是一个例子（见下文。）。", "下一句。"]),
    ("zh", "按下按钮（见图3-2。）Then close it.", ["按下按钮（见图3-2。）", "Then close it."]),
    # Chinese quotations: a speech tag goes on, a clause of its own does not
    ("zh", "「我們走吧。」他說。然後他走了。", ["「我們走吧。」他說。", "然後他走了。"]),
    ("zh", "“我们走吧！”他说，然后走了。", ["“我们走吧！”他说，然后走了。"]),
    ("zh", "「我們走吧。」他说这不重要。", ["「我們走吧。」", "他说这不重要。"]),
    # a quotation's particles are unchanged
    ("ja", "「はい。」が返事だった。", ["「はい。」が返事だった。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKET_CASES)
def test_stop_before_closing_bracket(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


_PIECES = [
    "Ver.", "p.", "Fig.", "approx.", "No.", " ", "  ", "\n", "\u3000", "\u00a0", "3",
    "3.2.1", "12", "A-1", "OK", "Then", "は", "を", "に", "と", "ところ", "次に",
    "リリースノート", "参照", "第3章", "。", "！", "？", ".", "（", "）", "(", ")", "「", "」",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=40).map("".join)


@given(text=_texts, lang=st.sampled_from(["ja", "zh", "en"]))
@settings(max_examples=400, deadline=None)
def test_lossless(text: str, lang: str) -> None:
    pos = 0
    for a, b in split_spans(text, lang):
        assert pos <= a < b <= len(text)
        assert text[pos:a].strip() == ""
        assert not text[a].isspace() and not text[b - 1].isspace()
        pos = b
    assert text[pos:].strip() == ""
