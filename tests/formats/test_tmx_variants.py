"""Two varieties of one language in a multilingual TMX (aligner.formats.tmx_variants): a
unit keeps both or neither, so that a zh-TW project never takes a zh-CN text.  The
expected units are written out by hand from the alignments below."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aligner.formats import export_documents
from aligner.formats.tmx_variants import varieties, varieties_note
from aligner.model import Alignment, Bead
from tests._tools import assert_valid_tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EN = ("Sign in to your account.", "The link is valid for 72 hours.", "Thank you.")


def _alignment(tgt: tuple[str, ...], beads: list[tuple[tuple[int, ...], tuple[int, ...]]],
               tgt_lang: str) -> Alignment:
    return Alignment(EN, tgt, tuple(Bead(s, t, 0.9) for s, t in beads), "en", tgt_lang,
                     src_name="help.en.md", tgt_name=f"help.{tgt_lang}.md",
                     settings={"src_lang": "en", "tgt_lang": tgt_lang})


CN = _alignment(("登录您的账户。", "该链接的有效期为 72 小时。", "谢谢。"),
                [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], "zh-CN")
# the zh-TW unit of the second sentence was left out (--leave-out-flagged)
TW = _alignment(("登入您的帳戶。", "謝謝。"), [((0,), (0,)), ((2,), (1,))], "zh-TW")
FR = _alignment(("Connectez-vous à votre compte.", "Le lien est valable 72 heures.", "Merci."),
                [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], "fr")


def _export(tmp_path: Path, docs: list[tuple[str, Alignment]]) -> tuple[list[list[str]],
                                                                         tuple[str, ...]]:
    out = tmp_path / "multi.tmx"
    pairs = [("en", a.tgt_lang) for _, a in docs]
    report = export_documents(docs, out, several=True, originals=dict.fromkeys(
        (name for name, _ in docs), "help"), src_langs={"en"}, pairs=pairs)
    assert_valid_tmx(out)
    units = [[f"{tuv.get(XML_LANG)}:{tuv.findtext('seg')}" for tuv in tu.iter("tuv")]
             for tu in etree.parse(str(out)).getroot().iter("tu")]
    return units, report.dropped


def test_a_unit_with_one_variety_only_is_not_written(tmp_path: Path) -> None:
    units, dropped = _export(tmp_path, [("zh-CN/help", CN), ("zh-TW/help", TW)])
    assert units == [
        [f"en:{EN[0]}", "zh-CN:登录您的账户。", "zh-TW:登入您的帳戶。"],
        [f"en:{EN[2]}", "zh-CN:谢谢。", "zh-TW:謝謝。"],
    ]
    assert dropped == ("1 multilingual unit with a translation in only one of zh-CN, zh-TW "
                       "not written, so that no tool takes it for the other's",)


def test_a_unit_keeps_its_other_languages_without_the_lone_variety(tmp_path: Path) -> None:
    units, dropped = _export(tmp_path, [("zh-CN/help", CN), ("fr/help", FR),
                                        ("zh-TW/help", TW)])
    assert [f"en:{EN[1]}", "fr:Le lien est valable 72 heures."] in units
    assert not any("zh-CN:该链接的有效期为 72 小时。" in unit for unit in units)
    assert dropped == ("0 multilingual units with a translation in only one of zh-CN, "
                       "zh-TW not written, so that no tool takes it for the other's; 1 unit "
                       "more kept its other languages without it",)


def test_one_variety_alone_is_written_whole(tmp_path: Path) -> None:
    units, dropped = _export(tmp_path, [("zh-CN/help", CN), ("fr/help", FR)])
    assert [f"en:{EN[1]}", "zh-CN:该链接的有效期为 72 小时。",
            "fr:Le lien est valable 72 heures."] in units
    assert dropped == ()


def test_varieties_are_tags_of_one_target_language() -> None:
    assert varieties([("en", "zh-CN"), ("en", "zh_TW"), ("en", "fr")]) == {
        "zh": frozenset({"zh-CN", "zh-TW"})}
    assert varieties([("en", "zh"), ("en", "zh-TW")]) == {"zh": frozenset({"zh", "zh-TW"})}
    assert varieties([("en", "pt-BR"), ("en", "pt-br"), ("pt-BR", "en")]) == {}
    note = varieties_note([("en", "zh-CN"), ("en", "zh-TW")], multilingual=False)
    assert note is not None and "two varieties of one language (zh-CN, zh-TW)" in note
    assert "--tgt-lang zh-TW" in note
    assert varieties_note([("en", "zh-TW"), ("zh-TW", "en")], multilingual=True) is None
