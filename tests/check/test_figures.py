"""number-mismatch on financial figures: signs said without a minus before the digits,
basis points, reporting periods (:mod:`aligner.check.figures`), and code-mismatch on
period labels and amounts glued to a currency's code.

Pairs written for these tests (a Chinese earnings release rendered into English, and the
same figures in Spanish, German and French)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.codes import codes

_NEGATIVE = "经营活动产生的现金流量净额为-1.25亿元。"


@pytest.mark.parametrize("target", [
    "Net cash flow from operating activities was negative RMB 125 million.",
    "Net cash outflow from operating activities was RMB 125 million.",
    "Net cash flow from operating activities was -RMB 125 million.",
    "Net cash flow from operating activities was RMB (125) million.",
    "Net cash flow from operating activities was RMB -125 million.",
    # 亿 rendered word for word: a hundred million
    "Net cash flow from operating activities was RMB -1.25 hundred million.",
])
def test_a_negative_amount_said_otherwise_agrees(target: str) -> None:
    assert findings([(_NEGATIVE, target)], code="number-mismatch", src_lang="zh",
                    tgt_lang="en") == []


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("现金净流出1.25亿元。", "zh", "Net cash flow was -RMB 125 million.", "en"),
    ("-1,256.00", "zh", "(1,256.00)", "en"),  # a table cell in accounting brackets
    ("Registró una pérdida de 3,5 millones de euros.", "es",
     "It posted -EUR 3.5 million.", "en"),
    ("The result was -$5,000.", "en", "Das Ergebnis war ein Verlust von 5.000 $.", "de"),
])
def test_a_sign_word_or_bracket_answers_a_minus_both_ways(
        source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("target", "message"), [
    # the sign dropped: the message says what each side has, each as written
    ("Net cash flow from operating activities was RMB 125 million.",
     "numbers differ: '-1.25亿' (-125,000,000) missing in the target; '125 million' "
     "(125,000,000) not in the source"),
    ("Net cash inflow from operating activities was RMB 125 million.",
     "numbers differ: '-1.25亿' (-125,000,000) missing in the target; '125 million' "
     "(125,000,000) not in the source"),
    # a conversion in brackets is no accounting bracket
    ("Net cash flow from operating activities (RMB 125 million) fell.",
     "numbers differ: '-1.25亿' (-125,000,000) missing in the target; '125 million' "
     "(125,000,000) not in the source"),
])
def test_a_dropped_sign_is_still_reported(target: str, message: str) -> None:
    got = findings([(_NEGATIVE, target)], code="number-mismatch", src_lang="zh",
                   tgt_lang="en")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target"), [
    # 亿 and 万 rendered word for word (a hundred million, ten thousand); a number in
    # words before a magnitude stays one number (two hundred million)
    ("收入为1.25亿元。", "Revenue was 1.25 hundred million yuan."),
    ("收入为2亿元。", "Revenue was two hundred million yuan."),
    ("收入为2亿元。", "Revenue was 2 hundred million yuan."),
    ("收入为12亿元。", "Revenue was 12 hundred million yuan."),
    ("收入为3.5万元。", "Revenue was 3.5 ten thousand yuan."),
    ("收入为50万元。", "Revenue was 5 hundred thousand yuan."),
    ("共有1万人。", "There were ten thousand people."),
    ("收入为1200亿元。", "Revenue was 1.2 hundred billion yuan."),
])
def test_a_hundred_million_and_ten_thousand_scale_the_number(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="zh",
                    tgt_lang="en") == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("收入为1.25亿元。", "Revenue was 1.25 hundred thousand yuan.",
     "numbers differ: '1.25亿' (125,000,000) missing in the target; '1.25 hundred thousand' "
     "(125,000) not in the source"),
    ("收入为3.5万元。", "Revenue was 3.5 thousand yuan.",
     "numbers differ: '3.5万' (35,000) missing in the target; '3.5 thousand' (3,500) not "
     "in the source"),
])
def test_a_wrong_compound_magnitude_is_reported(source: str, target: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.message for f in got] == [message]


def test_a_sign_word_in_another_clause_says_nothing_of_the_number() -> None:
    got = findings([("公司本季度亏损，营业收入为-1.25亿元。",
                     "The Company made a loss; revenue was RMB 125 million.")],
                   code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert len(got) == 1


def test_a_minus_in_the_source_answered_by_a_plain_minus_sign_word_less() -> None:
    # the walk's own wording ("fell to") says where a level went, not its sign
    got = findings([("Bajó a −3,5 grados.", "It fell to 3.5 degrees.")],
                   code="number-mismatch")
    assert len(got) == 1


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("毛利率下降3.2个百分点。", "zh", "Gross margin fell by 320 basis points.", "en"),
    ("毛利率下降3.2个百分点。", "zh", "Gross margin fell 320bps.", "en"),
    ("Rates rose by 25 basis points.", "en", "Die Zinsen stiegen um 0,25 Prozentpunkte.",
     "de"),
    ("Los tipos subieron 25 puntos básicos.", "es",
     "Rates rose by 0.25 percentage points.", "en"),
])
def test_basis_points_are_hundredths_of_a_percentage_point(
        source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize("target", [
    "Gross margin fell by 32 basis points.",
    "Gross margin fell by 320 points.",  # no basis points: 320 is 320
])
def test_a_wrong_number_of_basis_points_is_reported(target: str) -> None:
    assert len(findings([("毛利率下降3.2个百分点。", target)], code="number-mismatch",
                        src_lang="zh", tgt_lang="en")) == 1


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("2026年上半年收入增长。", "zh", "Revenue grew in H1 2026.", "en"),
    ("2026年上半年收入增长。", "zh", "Revenue grew in 1H26.", "en"),
    ("2026年上半年收入增长。", "zh", "Revenue grew in the first half of 2026.", "en"),
    ("2026年第一季度收入增长。", "zh", "Revenue grew in 1Q26.", "en"),
    ("2026年第一季度收入增长。", "zh", "First-quarter revenue grew in 2026.", "en"),
    ("2026年一季度收入增长。", "zh", "Revenue grew in Q1 2026.", "en"),
    ("2026年第三季度收入增长。", "zh", "Revenue grew in 3Q2026.", "en"),
    ("Los ingresos crecieron en el primer semestre de 2026.", "es",
     "Revenue grew in H1 2026.", "en"),
    ("Der Umsatz stieg im ersten Quartal 2026.", "de", "Revenue grew in Q1 2026.", "en"),
    ("Le chiffre d'affaires a progressé au deuxième trimestre 2026.", "fr",
     "Revenue grew in the second quarter of 2026.", "en"),
])
def test_a_period_named_either_way_agrees(source: str, src_lang: str, target: str,
                                          tgt_lang: str) -> None:
    assert findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("2026年第一季度，公司实现营业收入。", "In the first half of 2026, the Company posted revenue.",
     "numbers differ: '第一季度' (Q1) missing in the target; 'first half' (H1) not in "
     "the source"),
    ("2026年第一季度收入增长。", "Revenue grew in Q2 2026.",
     "numbers differ: '第一季度' (Q1) missing in the target; Q2 not in the source"),
    ("2026年上半年收入增长。", "Revenue grew in H2 2026.",
     "numbers differ: '上半年' (H1) missing in the target; H2 not in the source"),
    ("2026年第一季度收入增长。", "Revenue grew in 1Q25.",
     "numbers differ: 2026 missing in the target; 2025 not in the source"),
])
def test_a_wrong_period_is_reported(source: str, target: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("2025财年收入增长。", "zh", "Revenue grew in FY2025.", "en"),
    ("2025财年收入增长。", "zh", "Revenue grew in FY25.", "en"),
    ("2025财年收入增长。", "zh", "Revenue grew in fiscal year 2025.", "en"),
    ("2025年全年收入增长。", "zh", "Full-year 2025 revenue grew.", "en"),
    ("Los ingresos del ejercicio 2025 crecieron.", "es", "FY2025 revenue grew.", "en"),
    ("Der Umsatz im Geschäftsjahr 2025 stieg.", "de", "FY 2025 revenue grew.", "en"),
    ("Le chiffre d'affaires de l'exercice 2025 a progressé.", "fr",
     "Revenue grew in the 2025 financial year.", "en"),
    # the other side names no period: FY2025 is the year 2025
    ("2025年收入增长。", "zh", "Revenue grew in FY2025.", "en"),
    # a shorter period named beside it is the period (Chinese often leaves 财年 out)
    ("2025年第一季度收入增长。", "zh", "Revenue grew in Q1 FY2025.", "en"),
    ("2025财年第一季度收入增长。", "zh", "Revenue grew in Q1 FY2025.", "en"),
])
def test_a_fiscal_year_named_either_way_agrees(source: str, src_lang: str, target: str,
                                               tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("2025年上半年收入增长。", "Revenue grew in FY2025.",
     "numbers differ: '上半年' (H1) missing in the target; 'FY2025' (FY) not in the source"),
    ("2025年第一季度收入增长。", "Revenue grew in FY2025.",
     "numbers differ: '第一季度' (Q1) missing in the target; 'FY2025' (FY) not in the source"),
    ("2025年全年收入增长。", "Revenue grew in H1 2025.",
     "numbers differ: '全年' (FY) missing in the target; H1 not in the source"),
    ("2024财年收入增长。", "Revenue grew in FY2025.",
     "numbers differ: 2024 missing in the target; 2025 not in the source"),
])
def test_a_fiscal_year_for_a_shorter_period_is_reported(source: str, target: str,
                                                        message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.message for f in got] == [message]


def test_a_label_is_read_as_a_number_where_the_other_side_names_no_period() -> None:
    # a questionnaire's Q1 against a language with no period words: its 1 as before
    assert findings([("Domanda 1: età?", "Q1: age?")], code="number-mismatch",
                    src_lang="it", tgt_lang="en") == []
    assert len(findings([("Domanda 2: età?", "Q1: age?")], code="number-mismatch",
                        src_lang="it", tgt_lang="en")) == 1


@pytest.mark.parametrize("text", ["Revenue grew in 1Q26.", "Revenue grew in FY2025.",
                                  "Revenue was RMB12.56bn.", "It cost USD5m.",
                                  "Revenue grew in 3Q2025 and 1H26."])
def test_a_period_label_or_an_amount_glued_to_its_currency_is_no_code(text: str) -> None:
    assert codes(text, "en") == []


def test_letters_glued_to_digits_that_are_no_currency_stay_a_code() -> None:
    assert codes("Model XYZ100 and ABC12.5m.", "en") == ["XYZ100", "ABC12.5m"]


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("营业收入同比-5%。", "zh", "Revenue was down 5% year on year.", "en"),
    ("营业收入同比下降5%。", "zh", "Revenue changed by -5% year on year.", "en"),
    ("营业收入同比下降了5.2%。", "zh", "Revenue changed by -5.2% year on year.", "en"),
    ("毛利率同比下降0.9个百分点。", "zh", "Gross margin moved -0.9 percentage points.", "en"),
    ("Revenue changed by -5% year on year.", "en", "Los ingresos bajaron un 5 % interanual.",
     "es"),
    ("Revenue changed by -5%.", "en", "Los ingresos registraron una caída del 5 %.", "es"),
    ("Revenue changed by -5%.", "en", "Der Umsatz sank um 5 %.", "de"),
    ("Revenue changed by -5%.", "en", "Le chiffre d'affaires est en baisse de 5 %.", "fr"),
    ("Revenue changed by -5%.", "en", "Il fatturato è in calo del 5%.", "it"),
    ("Revenue was 5% lower than a year earlier.", "en", "营业收入同比-5%。", "zh"),
    ("Revenue changed by -5 per cent.", "en", "Revenue fell 5 per cent.", "en"),
    ("売上高は前年同期比5.0%減少しました。", "ja", "Revenue changed by -5.0%.", "en"),
    ("売上高は前年同期比5％の減少。", "ja", "Revenue changed by -5%.", "en"),
    ("매출이 전년 대비 5% 감소했다.", "ko", "Revenue changed by -5%.", "en"),
    ("Revenue changed by -5%.", "en", "A receita caiu 5%.", "pt"),
    ("Revenue changed by -5%.", "en", "De omzet daalde met 5%.", "nl"),
])
def test_a_word_of_decrease_before_a_rate_answers_a_minus(
        source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    # no word of decrease: the minus is dropped or added
    ("营业收入同比+5%。", "zh", "Revenue changed by -5% year on year.", "en"),
    ("Revenue changed by -5%.", "en", "Revenue changed by 5%.", "en"),
    # a word of increase gives no negative reading
    ("营业收入同比增长5%。", "zh", "Revenue changed by -5% year on year.", "en"),
    ("Revenue was up 5%.", "en", "Los ingresos variaron un -5 %.", "es"),
    # the level a rate fell to is no change
    ("毛利率下降至5%。", "zh", "Gross margin came to -5%.", "en"),
    ("El margen bajó al 5 %.", "es", "The margin moved by -5%.", "en"),
    ("Die Marge sank auf 5 %.", "de", "The margin moved by -5%.", "en"),
    # an amount is no rate: only a negative word (loss, outflow) signs it
    ("Revenue fell to RMB 5 million.", "en", "营业收入为-500万元。", "zh"),
    ("Revenue fell by RMB 5 million.", "en", "营业收入变动-500万元。", "zh"),
    # the word of decrease is in another clause
    ("Costs fell, and the margin was 5%.", "en", "成本下降，毛利率为-5%。", "zh"),
])
def test_a_minus_without_a_word_of_decrease_before_a_rate_is_reported(
        source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert len(got) == 1, got
