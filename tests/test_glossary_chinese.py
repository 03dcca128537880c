"""Glossaries of Simplified and Traditional Chinese: columns by script, region or name."""

from __future__ import annotations

import pytest

from aligner.glossary import parse_glossary
from aligner.glossary_lint import variety_notes
from aligner.lang import lang_matches, other_variety
from aligner.lang.regions import named_language

ROWS = ("account\t账户\t帳戶\tpreferred\n"
        "settings\t设置\t設定\tpreferred\n")


@pytest.mark.parametrize(("requested", "actual", "match"), [
    ("zh-TW", "zh-Hant", True), ("zh-HK", "zh-Hant", True), ("zh-TW", "zh-Hant-TW", True),
    ("zh-CN", "zh-Hans", True), ("zh-SG", "zh_hans", True), ("zh-Hant", "zh-TW", True),
    ("zh-TW", "zh-Hans", False), ("zh-CN", "zh-Hant", False), ("zh-TW", "zh-HK", False),
    ("zh-Hant-TW", "zh-HK", False), ("zh-TW", "zh", True),
    # other languages as before: two regions, or a region beside a script, do not match
    ("sr-RS", "sr-Latn", False), ("es-ES", "es-MX", False),
])
def test_a_chinese_region_matches_the_script_it_writes(requested: str, actual: str,
                                                       match: bool) -> None:
    assert lang_matches(requested, actual) is match


@pytest.mark.parametrize(("a", "b", "other"), [
    ("zh-Hans", "zh-TW", True), ("zh-Hant", "zh-CN", True), ("zh-Hans", "zh-CN", False),
    ("zh-Hant", "zh-HK", False), ("zh", "zh-TW", False), ("zh-CN", "zh-TW", True),
])
def test_a_script_beside_a_region_of_the_other_script_is_another_variety(
        a: str, b: str, other: bool) -> None:
    assert other_variety(a, b) is other


@pytest.mark.parametrize(("cell", "tag"), [
    ("简体中文", "zh-Hans"), ("繁體中文", "zh-Hant"), ("繁体中文", "zh-Hant"),
    ("中文(台灣)", "zh-TW"), ("中文（台湾）", "zh-TW"), ("中文（简体）", "zh-Hans"),
    ("Chinese (Traditional)", "zh-Hant"),
])
def test_chinese_headers_as_chinese_teams_write_them(cell: str, tag: str) -> None:
    named = named_language(cell)
    assert named is not None and named.tag == tag


def test_no_language_in_words_that_only_start_with_a_script_name() -> None:
    assert named_language("简体字") is None
    assert named_language("繁體") is None


@pytest.mark.parametrize("header", [
    "en\tzh-Hans\tzh-Hant\tstatus",
    "English\tChinese (Simplified)\tChinese (Traditional)\tstatus",
    "英文\t简体中文\t繁體中文\t状态",
    "en\tzh-CN\tzh-TW\tstatus",
])
@pytest.mark.parametrize(("tgt_lang", "renderings"), [
    ("zh-TW", ["帳戶", "設定"]), ("zh-HK", ["帳戶", "設定"]), ("zh-Hant", ["帳戶", "設定"]),
    ("zh-CN", ["账户", "设置"]), ("zh-Hans", ["账户", "设置"]),
])
def test_each_variant_reads_its_own_column(header: str, tgt_lang: str,
                                           renderings: list[str]) -> None:
    g = parse_glossary(f"{header}\n{ROWS}", path="tb.tsv", src_lang="en", tgt_lang=tgt_lang)
    assert [e.target for e in g.entries] == renderings
    # a zh-TW column for a zh-HK text is another region's: said, as for any language
    said = bool(variety_notes(g, src_lang="en", tgt_lang=tgt_lang))
    assert said is (tgt_lang == "zh-HK" and "zh-TW" in header)


@pytest.mark.parametrize(("header", "row"), [
    ("en\tzh-Hans\tstatus", "account\t账户\tpreferred"),
    ("English\t简体中文\tstatus", "account\t账户\tpreferred"),
    ("en\tzh-Hans\tja\tstatus", "account\t账户\tアカウント\tpreferred"),
])
def test_a_glossary_of_the_other_variant_only_is_said_once(header: str, row: str) -> None:
    g = parse_glossary(f"{header}\n{row}\n", path="hans.tsv", src_lang="en",
                       tgt_lang="zh-TW")
    assert [e.target for e in g.entries] == ["账户"]
    assert g.tgt_lang == "zh-Hans"
    assert variety_notes(g, src_lang="en", tgt_lang="zh-TW") == [
        "hans.tsv: the glossary's target language is zh-Hans, the text's zh-TW: a "
        "glossary for zh-Hans may forbid words that are right in zh-TW"]
