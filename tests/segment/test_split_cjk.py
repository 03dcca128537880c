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
]


@pytest.mark.parametrize(("lang", "text", "expected"), LABEL_CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
