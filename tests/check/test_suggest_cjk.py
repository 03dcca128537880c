"""glossary suggest on Chinese and Japanese, written without spaces: phrases are runs of
Han or kana characters told from the n-grams across words by their neighbours
(aligner.check.suggest_cjk; s39 walk 1, item 7).  Every sentence and expectation
written by hand."""

from __future__ import annotations

from aligner.check.suggest import suggest_terms
from aligner.check.suggest_cjk import CjkPhrases
from aligner.check.units import Unit

ZH_EN = [
    Unit("营业收入同比增长10%。", "Revenue rose 10% year on year."),
    Unit("公司营业收入为5亿元。", "The company's revenue was RMB 500 million."),
    Unit("毛利率同比下降。", "The gross margin fell year on year."),
    Unit("本期毛利率为20%。", "In the period, the gross margin was 20%."),
    Unit("董事会召开会议。", "The board held a meeting."),
]


def pairs(units: list[Unit], src: str, tgt: str) -> dict[str, str]:
    return {s.source: s.target for s in suggest_terms(units, src_lang=src, tgt_lang=tgt)}


def test_chinese_terms_and_their_renderings() -> None:
    got = pairs(ZH_EN, "zh-Hans", "en")
    assert got["营业收入"] == "revenue"
    assert got["毛利率"] == "gross margin"
    assert got["同比"] == "year on year"


def test_no_piece_across_or_inside_words_and_no_particle_at_an_edge() -> None:
    got = pairs(ZH_EN, "zh-Hans", "en")
    # pieces of 营业收入 (always beside the same character) and a particle at an edge
    for piece in ("营业收", "业收入", "收入", "营业", "毛利", "利率", "毛利率为", "为"):
        assert piece not in got
    # met once: no candidate
    assert "董事会" not in got


def test_chinese_renderings_of_an_english_source() -> None:
    en_zh = [Unit(u.target, u.source) for u in ZH_EN]
    got = pairs(en_zh, "en", "zh-Hans")
    assert got["gross margin"] == "毛利率"
    assert got["year on year"] == "同比"
    assert "revenue" not in got  # a single word that general text has often: as in es, en


def test_japanese_terms() -> None:
    units = [
        Unit("売上高は10%増加した。", "The net sales rose 10%."),
        Unit("当期の売上高は50億円だった。", "The net sales for the period were 5 billion yen."),
        Unit("売上高が減少した。", "Its net sales fell."),
    ]
    got = pairs(units, "ja", "en")
    assert got["売上高"] == "net sales"
    assert "売上高は" not in got and "の売上高" not in got  # particles at an edge


def test_neighbours_decide_a_word() -> None:
    phrases = CjkPhrases("zh")
    for text in ("同比增长，", "收入同比增长8%", "同比增长。"):
        phrases.phrases(text)
    assert phrases.varied(("同", "比", "增", "长"))  # edges and 入 before; edges after
    assert not phrases.varied(("同", "比", "增"))  # always before 长
    assert not phrases.varied(("比", "增", "长"))  # always after 同
    assert phrases.varied(("revenue",))  # no phrase of Han or kana: not judged here


def test_spaced_text_is_unchanged_by_a_stray_han_character() -> None:
    # a Han character is no word of an English phrase (it stops the phrase)
    units = [Unit("Ink cartridge 墨 replaced.", "Cartucho de tinta 墨 cambiado."),
             Unit("The ink cartridge is empty.", "El cartucho de tinta está vacío.")]
    assert pairs(units, "en", "es")["ink cartridge"] == "cartucho de tinta"


# A results note written for this test: the English term's Chinese rendering, tied with
# a piece of it met in the same units, is the whole (each character a word, the piece
# 每股收益 was closer to the four words of basic earnings per share).
EPS = [
    Unit("Basic earnings per share were RMB 0.52.", "基本每股收益为0.52元。"),
    Unit("Diluted earnings per share equal basic earnings per share.",
         "稀释每股收益与基本每股收益相同。"),
    Unit("Operating revenue rose year on year.", "营业收入同比增长。"),
    Unit("Net profit rose year on year.", "净利润同比增长。"),
]


def test_a_chinese_rendering_counts_two_characters_a_word() -> None:
    assert pairs(EPS, "en", "zh-Hans")["basic earnings per share"] == "基本每股收益"
    back = pairs([Unit(u.target, u.source) for u in EPS], "zh-Hans", "en")
    assert back["基本每股收益"] == "basic earnings per share"
