"""Chinese statements negated on one side (negation-dropped's [rules]) and prohibitions
inside a name (a glossary term, a label set apart), which forbid nothing
(check/negation_check.py, lang/zh/negations.txt)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import Unit, run_checks
from aligner.model import Glossary, GlossaryEntry


def _negation_codes(source: str, target: str, tgt_lang: str = "zh-CN") -> list[str]:
    return [f.code for f in findings([(source, target)], src_lang="en", tgt_lang=tgt_lang)
            if f.code.startswith("negation")]


# Written for this test, after the Chinese help-centre walk (s42, finding 4): a
# product's statements of availability, support and privacy turned round; the phrase
# reported.
@pytest.mark.parametrize(("source", "target", "said"), [
    ("Printing is not available in the mobile app.", "移动应用中也可以打印。",
     "is not available"),
    ("Your data never leaves the region you choose.", "您的数据始终会离开您所选择的区域。",
     "never leaves"),
    ("Email notifications are still sent during quiet hours.",
     "在免打扰时段内，电子邮件通知不会发送。", "不会发送"),
    ("The app supports offline mode.", "该应用不支持离线模式。", "不支持"),
    ("The warranty applies to batteries.", "本保修不适用于电池。", "不适用"),
])
def test_a_statement_turned_round_is_reported(source: str, target: str, said: str) -> None:
    got = [f for f in findings([(source, target)], src_lang="en", tgt_lang="zh-CN")
           if f.code.startswith("negation")]
    assert [f.code for f in got] == ["negation-dropped"]
    span = got[0].src_span if got[0].src_span is not None else got[0].tgt_span
    text = source if got[0].src_span is not None else target
    assert span is not None and text[span[0]:span[1]] == said


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("Printing is not available in the mobile app.", "移动应用不支持打印。", "zh-CN"),
    ("Printing is not available in the mobile app.", "行動應用程式不支援列印。", "zh-TW"),
    ("Your data never leaves the region you choose.", "您的資料絕不會離開您所選擇的區域。",
     "zh-TW"),
    # 勿擾, a mode's name (do not disturb), negates and forbids nothing
    ("Email notifications are still sent during quiet hours.",
     "在勿擾時段內，仍會傳送電子郵件通知。", "zh-TW"),
    ("Quiet hours", "勿擾時段", "zh-TW"),
    ("Set quiet hours to pause push notifications.", "設定勿擾時段可暫停推播通知。", "zh-TW"),
    # a label set apart is a name: bold, corner brackets, title marks, quotation marks
    ("Tap Quiet mode.", "點選 **請勿打擾模式**。", "zh-TW"),
    ("Tap Quiet mode.", "點選「請勿打擾」。", "zh-TW"),
    ("Open the Quiet mode settings.", "打开“禁止打扰”设置。", "zh-CN"),
])
def test_kept_statements_and_names_are_not_reported(source: str, target: str,
                                                    tgt_lang: str) -> None:
    assert _negation_codes(source, target, tgt_lang) == []


def test_a_prohibition_in_a_glossary_term_is_a_name() -> None:
    units = [Unit("Turn on DND mode.", "开启请勿打扰模式。"),
             Unit("Close the door.", "请勿关门。")]
    glossary = Glossary("en", "zh-CN", (GlossaryEntry("DND mode", "请勿打扰模式"),))
    without = run_checks(units, glossary=None, src_lang="en", tgt_lang="zh-CN")
    assert [(f.unit, f.code) for f in without.findings
            if f.code.startswith("negation")] == [(0, "negation-mismatch"),
                                                  (1, "negation-mismatch")]
    named = run_checks(units, glossary=glossary, src_lang="en", tgt_lang="zh-CN")
    assert [(f.unit, f.code) for f in named.findings
            if f.code.startswith("negation")] == [(1, "negation-mismatch")]


def test_a_label_is_short_and_a_stray_quote_makes_none() -> None:
    # an inch mark's quote and a label's further on are no label around the prohibition
    source = ('Use a 3" pipe. Do not cut the pipe, whatever happens, before you have '
              'measured it. Use the "A" end.')
    target = 'Use un tubo de 3". Corte el tubo antes de medirlo. Use el extremo "A".'
    got = findings([(source, target)], src_lang="en", tgt_lang="es")
    assert [f.code for f in got if f.code.startswith("negation")] == ["negation-mismatch"]
    assert findings([('Tap "Do not sync".', 'Toque "Sincronizar".')], src_lang="en",
                    tgt_lang="es", code="negation-mismatch") == []
