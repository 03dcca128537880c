"""Japanese terms: voicing marks, long-vowel spellings, katakana compounds (s41 Japanese
walk, items 2, 4 and 12).  Every example written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.compounds import in_compound
from aligner.check.terms import TermMatcher
from aligner.errors import GlossaryError
from aligner.glossary import parse_glossary
from aligner.model import TermStatus


def _found(terms: list[str], text: str) -> list[str]:
    m = TermMatcher([(t, False) for t in terms], lang="ja")
    return [text[h.start:h.end] for h in m.find(text)]


@pytest.mark.parametrize(("term", "text", "found"), [
    ("ビット", "ドリルのビットを交換する。", ["ビット"]),
    ("ビット", "ドリルのピットを交換する。", []),  # a pit, handakuten
    ("ビット", "ヒットした。", []),
    ("ガス", "カスを取り除く。", []),  # dregs
    ("バネ", "ハネに注意。", []),  # a splash
    ("ボルト", "ホルトを締める。ボルトを締める。", ["ボルト"]),
    ("ビット", "ヒ\u3099ットを交換する。", ["ヒ\u3099ット"]),  # written decomposed
])
def test_a_voicing_mark_tells_kana_apart(term: str, text: str, found: list[str]) -> None:
    assert _found([term], text) == found


def test_voiced_and_plain_kana_are_no_glossary_conflict() -> None:
    g = parse_glossary("en\tja\tstatus\nbolt\tボルト\tpreferred\nbolt\tホルト\tforbidden\n",
                       path="g.tsv")
    assert [(e.target, e.status) for e in g.entries] == [
        ("ボルト", TermStatus.PREFERRED), ("ホルト", TermStatus.FORBIDDEN)]
    with pytest.raises(GlossaryError, match="contradicts"):  # the same word twice still is
        parse_glossary("en\tja\tstatus\nbolt\tボルト\tpreferred\nbolt\tボルト\tforbidden\n",
                       path="g.tsv")


def test_terms_with_voicing_marks_on_either_side() -> None:
    g = parse_glossary("ja\ten\nガス\tgas\nビット\tbit\n", path="g.tsv")
    pairs = [("カスを取り除きます。", "Remove the dregs."),
             ("ガスを止めます。", "Stop the supply.")]
    got = findings(pairs, glossary=g, code="term-missing", src_lang="ja", tgt_lang="en")
    assert [(f.unit, f.source_term) for f in got] == [(1, "ガス")]
    g = parse_glossary("en\tja\nbit\tビット\n", path="g.tsv")
    got = findings([("Replace the drill bit.", "ドリルのピットを交換してください。"),
                    ("Replace the drill bit.", "ドリルのビットを交換してください。")],
                   glossary=g, code="term-missing", src_lang="en", tgt_lang="ja")
    assert [f.unit for f in got] == [0]


@pytest.mark.parametrize(("term", "text", "found"), [
    ("モーター", "モータを交換する。", ["モータ"]),
    ("モーター", "ﾓｰﾀを交換する。ﾓｰﾀｰも。", ["ﾓｰﾀ", "ﾓｰﾀｰ"]),
    ("サーバ", "サーバーに接続する。", ["サーバー"]),
    ("マシニングセンター", "マシニングセンタを設置する。", ["マシニングセンタ"]),
    # only a word's final mark: inside a word it is a letter (メーター is no メタ), and a
    # word going on is another word
    ("メタ", "メーターを読む。", []),
    ("フィルター", "フィルタリングする。", []),
    ("ビール", "ビルを建てる。", []),
])
def test_a_katakana_words_final_long_mark_is_optional(term: str, text: str,
                                                      found: list[str]) -> None:
    assert _found([term], text) == found


def test_a_forbidden_spelling_beside_the_preferred_one_is_found_as_written() -> None:
    g = parse_glossary("en\tja\tstatus\nmotor\tモーター\tpreferred\nmotor\tモータ\tforbidden\n",
                       path="g.tsv")
    pairs = [("Replace the motor.", "モーターを交換します。"),
             ("Replace the motor.", "モータを交換します。")]
    got = findings(pairs, glossary=g, src_lang="en", tgt_lang="ja")
    assert [(f.code, f.unit) for f in got if f.code.startswith("term-")] == [
        ("term-forbidden", 1)]


def test_a_jis_spelling_in_the_source_is_the_glossary_term() -> None:
    g = parse_glossary("ja\ten\tstatus\nモーター\tmotor\tpreferred\nモーター\tengine\tforbidden\n",
                       path="g.tsv")
    pairs = [("主軸モータを交換してください。", "Replace the spindle engine."),
             ("モータを交換してください。", "Replace the motor.")]
    got = findings(pairs, glossary=g, src_lang="ja", tgt_lang="en")
    assert [(f.code, f.unit) for f in got if f.code.startswith("term-")] == [
        ("term-forbidden", 0)]


@pytest.mark.parametrize(("rendering", "text", "compound"), [
    ("フィルター", "エアフィルターを清掃する。", "エアフィルター"),
    # the JIS spelling: a target is held to the glossary's long marks (a source is not:
    # test_a_source_compound_takes_either_long_mark_spelling)
    ("フィルター", "エアフィルタを清掃する。", None),
    ("スイッチ", "ドアスイッチを点検する。", "ドアスイッチ"),
    ("フィルター", "オイルフィルターを交換する。", "オイルフィルター"),
    # a rest of two kana that is no word, or of one: no compound
    ("ファイル", "プロファイルを編集する。", None),
    ("ポイント", "アポイントを取る。", None),
    ("フィルター", "フィルタリングする。", None),
])
def test_a_rendering_heads_a_katakana_compound_after_a_short_word(
        rendering: str, text: str, compound: str | None) -> None:
    got = in_compound([rendering], text, "ja")
    assert (got[1] if got else None) == compound


def test_a_source_compound_takes_either_long_mark_spelling() -> None:
    got = in_compound(["フィルター"], "エアフィルタを清掃する。", "ja", long_optional=True)
    assert got is not None and got[1] == "エアフィルタ"


def test_an_air_filter_renders_the_filter() -> None:
    g = parse_glossary("en\tja\nfilter\tフィルター\n", path="g.tsv")
    pairs = [("Clean the air filter.", "エアフィルターを清掃してください。"),
             ("Clean the filter.", "ストレーナを清掃してください。")]
    got = findings(pairs, glossary=g, code="term-missing", src_lang="en", tgt_lang="ja")
    assert [f.unit for f in got] == [1]
