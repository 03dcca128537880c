"""aligner export of a collection with two varieties of one target language (en -> zh-CN,
en -> zh-TW): every TMX export says so; a multilingual one keeps both or neither."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests._tools import assert_valid_tmx
from tests.collection.conftest import run

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EN = "Sign in to your account.\n\nThe link is valid for 72 hours.\n\nThank you for waiting.\n"
TARGETS = {
    "zh-CN": "登录您的账户。\n\n该链接的有效期为 72 小时。\n\n感谢您的耐心等待。\n",
    # the second paragraph not translated: its English sentence has no zh-TW one
    "zh-TW": "登入您的帳戶。\n\n感謝您的耐心等候。\n",
}


def _collection(tmp_path: Path) -> Path:
    db = tmp_path / "c.db"
    for lang, text in TARGETS.items():
        (tmp_path / lang / "en").mkdir(parents=True)
        (tmp_path / lang / "en" / "help.txt").write_text(EN, encoding="utf-8")
        (tmp_path / lang / lang).mkdir()
        (tmp_path / lang / lang / "help.txt").write_text(text, encoding="utf-8")
        code, _, stderr = run("batch", str(tmp_path / lang / "en"), str(tmp_path / lang / lang),
                              "--src-lang", "en", "--tgt-lang", lang, "--db", str(db),
                              "--jobs", "1")
        assert code == 0, stderr
    return db


def test_a_multilingual_tmx_keeps_both_varieties_or_neither(tmp_path: Path) -> None:
    db, out = _collection(tmp_path), tmp_path / "multi.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out), "--multilingual")
    assert code == 0, stderr
    assert_valid_tmx(out)
    assert ("the export holds two varieties of one language (zh-CN, zh-TW): a CAT tool takes "
            "one for the other where a unit lacks its own") in stderr
    assert ("1 multilingual unit with a translation in only one of zh-CN, zh-TW not written"
            in stderr)
    units = [[(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in tu.iter("tuv")]
             for tu in etree.parse(str(out)).getroot().iter("tu")]
    assert units == [
        [("en", "Sign in to your account."), ("zh-CN", "登录您的账户。"),
         ("zh-TW", "登入您的帳戶。")],
        [("en", "Thank you for waiting."), ("zh-CN", "感谢您的耐心等待。"),
         ("zh-TW", "感謝您的耐心等候。")],
    ]


def test_a_tmx_of_both_varieties_is_said_and_one_pair_is_not(tmp_path: Path) -> None:
    db = _collection(tmp_path)
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "all.tmx"))
    assert code == 0, stderr
    assert "two varieties of one language (zh-CN, zh-TW)" in stderr
    assert "export each with --tgt-lang (--tgt-lang zh-TW)" in stderr
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "tw.tmx"), "--tgt-lang",
                          "zh-TW")
    assert code == 0, stderr
    assert "two varieties of one language" not in stderr
