"""Chinese and Japanese sentence ends decided by aligner.segment.cjk."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

LABEL_CASES = [
    # a full-width list label at a line start is no sentence end
    ("ja", "１．ファイルを保存します。\n２．画面を閉じます。",
     ["１．ファイルを保存します。", "２．画面を閉じます。"]),
    ("zh", "１２．关闭窗口。", ["１２．关闭窗口。"]),
    # after a colon, whitespace or a stop: inline labels
    ("ja", "操作：１．ファイルを開く　２．画面を閉じる",
     ["操作：１．ファイルを開く　２．画面を閉じる"]),
    ("zh", "步骤：１．保存文件。２．关闭窗口。", ["步骤：１．保存文件。", "２．关闭窗口。"]),
    # a number glued to a word, or of three digits, is no label
    ("ja", "合計は３．次に進む。", ["合計は３．", "次に進む。"]),
    ("ja", "１２３．次に進む。", ["１２３．", "次に進む。"]),
    # an address ends at a Chinese or Japanese stop (s42 zh walk: the next sentence was
    # cut before its Latin word, 请点击 | Save 按钮。)
    ("zh", "网址是 https://example.com/a。请点击 Save 按钮。",
     ["网址是 https://example.com/a。", "请点击 Save 按钮。"]),
    ("ja", "詳しくは https://example.com/a をご覧ください。次に Save を押します。",
     ["詳しくは https://example.com/a をご覧ください。", "次に Save を押します。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LABEL_CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


SPEECH_CASES = [
    # a Chinese speech tag glued to the quotation belongs to its sentence
    ("zh", "“快跑！”他喊道，“别回头！”她点头。", ["“快跑！”他喊道，“别回头！”", "她点头。"]),
    ("zh", "“早上好。”老师说。“坐下吧。”", ["“早上好。”老师说。", "“坐下吧。”"]),
    ("zh", "“去哪儿？”他小声问道。", ["“去哪儿？”他小声问道。"]),
    ("zh", "「快跑！」他說。", ["「快跑！」他說。"]),
    # a clause that is not a speech tag starts a sentence
    ("zh", "“早上好！”老师走了进来。", ["“早上好！”", "老师走了进来。"]),
    ("zh", "“早上好！”老师说完就走了。", ["“早上好！”", "老师说完就走了。"]),
    # so does one after a space
    ("zh", "“早上好！” 老师说。", ["“早上好！”", "老师说。"]),
    # and a tag that opens the next quotation with a colon belongs to it
    ("zh", "董事长表示：“收入增长显著。”他补充说：“我们充满信心！”",
     ["董事长表示：“收入增长显著。”", "他补充说：“我们充满信心！”"]),
    ("zh", "「快跑！」他說:「別回頭！」", ["「快跑！」", "他說:「別回頭！」"]),
    # a colon that opens no quotation leaves the tag where it was
    ("zh", "“早上好。”老师说：大家坐下。", ["“早上好。”老师说：大家坐下。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPEECH_CASES)
def test_speech_tag(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


PARTICLE_CASES = [
    # a case particle after 」 or 』 continues the sentence
    ("ja", "母の「おかえり。」の声が聞こえた。", ["母の「おかえり。」の声が聞こえた。"]),
    ("ja", "「いいえ。」が答えだった。次へ。", ["「いいえ。」が答えだった。", "次へ。"]),
    ("ja", "「ごめん。」も言わない。", ["「ごめん。」も言わない。"]),
    ("ja", "「来た。」を繰り返す。", ["「来た。」を繰り返す。"]),
    ("ja", "『坊っちゃん。』は名作だ。", ["『坊っちゃん。』は名作だ。"]),
    ("ja", "「始め。」から「終わり。」まで読む。", ["「始め。」から「終わり。」まで読む。"]),
    # words that open sentences are not read as particles
    ("ja", "「行くよ。」もう遅い。", ["「行くよ。」", "もう遅い。"]),
    ("ja", "「行くよ。」でも遅い。", ["「行くよ。」", "でも遅い。"]),
    ("ja", "「行くよ。」が、遅い。", ["「行くよ。」", "が、遅い。"]),
    ("ja", "「行くよ。」はい。", ["「行くよ。」", "はい。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTICLE_CASES)
def test_particle(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
