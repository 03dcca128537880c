"""length-ratio and alignment-low-confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import findings

from aligner.check import CheckOptions, Unit, run_checks
from aligner.check.length import measured
from aligner.model import Part

BASE = [
    (f"Esta es la oración número {i} del documento de prueba.",
     f"This is sentence number {i} of the test document.")
    for i in range(12)
]


def test_normal_document_has_no_length_findings() -> None:
    assert findings(BASE, code="length-ratio") == []


def test_truncated_and_padded_targets_are_flagged() -> None:
    pairs = [*BASE,
             ("Esta es otra oración bastante larga del documento.", "This is another."),
             ("Corta pero suficiente, sí.", "Short but enough, yes, and then a whole lot of "
              "added text that is not in the source at all.")]
    assert [f.unit for f in findings(pairs, code="length-ratio")] == [12, 13]


def test_a_copy_of_the_source_is_untranslated_s_not_length_ratio_s() -> None:
    # a Korean sentence left in the English translation (its ratio 1.0 beside the usual
    # 2.0 of this pair): one error, untranslated, and no warning beside it
    pairs = [(f"민지는 할머니가 보낸 {i}번째 편지를 천천히 읽었다.",
              f"Min-ji slowly read the letter number {i} that her grandmother had sent.")
             for i in range(12)]
    left = "그녀는 창밖을 아주 오랫동안 말없이 바라보았다."
    copied = (left, left)
    got = findings([*pairs, copied], src_lang="ko", tgt_lang="en")
    assert [(f.unit, f.code) for f in got if f.code in ("untranslated", "length-ratio")] == [
        (12, "untranslated")]
    # the same sentence translated too short is still flagged
    short = (left, "She looked.")
    assert [f.unit for f in findings([*pairs, short], code="length-ratio", src_lang="ko",
                                     tgt_lang="en")] == [12]


def test_short_units_and_small_documents_are_left_out() -> None:
    assert findings([*BASE, ("Sí.", "Yes, absolutely, certainly.")], code="length-ratio") == []
    assert findings([*BASE[:3], ("Esta oración es larga, larga.", "Short.")],
                    code="length-ratio") == []


def test_a_short_title_rendered_longer_is_no_finding() -> None:
    # s41 walk: the standard pt-BR title of a consent form, twice the English; a long
    # target of a short unit is still one, and so is a short target (cut)
    base = [(f"This is sentence number {i} of the test document.",
             f"Esta é a frase número {i} do documento de teste.") for i in range(12)]
    title = ("Informed Consent Form", "Termo de Consentimento Livre e Esclarecido")
    padded = ("Informed Consent Form", "Termo de Consentimento Livre e Esclarecido, que o "
              "participante lê e assina antes do estudo")
    cut = ("Informed Consent Form for adults", "Termo")
    got = findings([*base, title, padded, cut], code="length-ratio", src_lang="en",
                   tgt_lang="pt")
    assert [f.unit for f in got] == [13, 14]


def test_a_heading_said_in_fewer_words_is_no_finding() -> None:
    # s42 walk (zh-TW help pages): a heading of four characters for one of 25 letters;
    # the same pair as body text is still a cut sentence
    base = [(f"This is sentence number {i} of the test document.",
             f"這是測試文件的第 {i} 個句子，內容很普通。") for i in range(12)]
    heading = ("Customising notifications", "自訂通知")
    as_heading = Unit(*heading, parts=((Part.HEADING,), (Part.HEADING,)))
    units = [Unit(s, t) for s, t in base]
    cut = Unit("Customising notifications for your account and your team's devices", "自訂",
               parts=((Part.HEADING,), (Part.HEADING,)))  # a long heading cut is still one
    for unit, flagged in ((as_heading, []), (Unit(*heading), [12]), (cut, [12])):
        got = run_checks([*units, unit], glossary=None, src_lang="en", tgt_lang="zh-TW")
        assert [f.unit for f in got.findings if f.code == "length-ratio"] == flagged


def test_low_confidence_only_for_aligned_units() -> None:
    units = [Unit("Hola.", "Hello.", 0.9), Unit("Adiós.", "Goodbye.", 0.2),
             Unit("Nada.", "Nothing."), Unit("", "Facebook Twitter Share", 0.0)]
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en",
                        options=CheckOptions(min_confidence=0.5))
    assert [f.unit for f in result.findings if f.code == "alignment-low-confidence"] == [1]


@pytest.mark.parametrize(("score", "threshold", "numbers"), [
    (0.4959, 0.5, "0.4959 < 0.5"),  # to two places it read "0.50 < 0.50"
    (0.49996, 0.5, "0.4999 < 0.5"),  # rounded down, never up to the threshold
    (0.2, 0.25, "0.2000 < 0.25"),
    (0.61234, 0.61235, "0.6123 < 0.61235"),
])
def test_low_confidence_message_reads_true(score: float, threshold: float, numbers: str
                                           ) -> None:
    result = run_checks([Unit("Hola.", "Hello.", score)], glossary=None, src_lang="es",
                        tgt_lang="en", options=CheckOptions(min_confidence=threshold))
    [found] = [f for f in result.findings if f.code == "alignment-low-confidence"]
    assert found.message == f"aligned with low confidence ({numbers})"


def test_files_checked_together_each_keep_their_own_usual_ratio(tmp_path: Path) -> None:
    """A file's units are measured against its own usual ratio, as alone: three units
    of a file whose translations run twice as long were flagged against the ten of
    another file checked with them, and not when checked alone."""
    from click.testing import CliRunner

    from aligner.cli.main import cli

    even = [(f"El informe {k} trata del presupuesto municipal.",
             f"Report {k} covers the city's budget plan.") for k in range(10)]
    long = [(f"Nota {k} breve sobre el acto.",
             f"A rather longer note {k} about the event, told at length.") for k in range(3)]
    for name, rows in (("a.tsv", even), ("b.tsv", long)):
        (tmp_path / name).write_text("".join(f"{s}\t{t}\n" for s, t in rows), encoding="utf-8")

    def flagged(*names: str) -> int:
        r = CliRunner().invoke(cli, ["check", *(str(tmp_path / n) for n in names),
                                     "--src-lang", "es", "--tgt-lang", "en", "--no-glossary",
                                     "--format", "json", "--fail-on", "never"])
        assert r.exit_code == 0, r.output
        return sum(f["code"] == "length-ratio" for f in json.loads(r.stdout)["findings"])

    assert flagged("b.tsv") == flagged("a.tsv") == 0
    assert flagged("a.tsv", "b.tsv") == 0


# Written for this test (s37 walk 4 item 7): a Chinese document, about 0.3 of its English
ZH = [
    ("Open the settings page and choose your language.", "打开设置页面并选择您的语言。"),
    ("Every member of the team can see the new project.", "团队的每个成员都能看到新项目。"),
    ("The report is sent to your mailbox every morning.", "报告每天早上发送到您的邮箱。"),
    ("Click the button at the top of the page to save.", "单击页面顶部的按钮进行保存。"),
    ("Your changes are kept until you close the window.", "您的更改会保留到您关闭窗口为止。"),
    ("Only the owner of the workspace can delete it.", "只有工作区的所有者才能删除它。"),
    ("The list shows the files that were changed today.", "列表显示今天更改过的文件。"),
    ("Ask your administrator if you cannot sign in.", "如果无法登录，请询问您的管理员。"),
    ("Invitations that were not accepted expire after a week.", "未接受的邀请在一周后过期。"),
    ("You can move a project to another folder at any time.", "您可以随时将项目移到另一个文件夹。"),
]


def test_latin_words_both_sides_have_weigh_alike_beside_another_script() -> None:
    named = [("You need an active Lumora Cloud account.", "您需要一个有效的 Lumora Cloud 帐户。"),
             ("Run lumora login in a terminal to sign in to app.lumora.io.",
              "在终端中运行 lumora login 登录 app.lumora.io。")]
    assert findings([*ZH, *named], code="length-ratio", src_lang="en",
                    tgt_lang="zh-Hans") == []
    # a sentence cut short is still found, name or not
    cut = [("You need an active Lumora Cloud account to create a workspace and invite "
            "your whole team to it.", "您需要 Lumora Cloud。")]
    assert [f.unit for f in findings([*ZH, *cut], code="length-ratio", src_lang="en",
                                     tgt_lang="zh-Hans")] == [10]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "lengths"), [
    # counted by hand: "You need an active account." 27; "您需要一个有效的帐户。" 11
    ("You need an active Lumora Cloud account.", "您需要一个有效的 Lumora Cloud 帐户。", "en",
     "zh-Hans", (27, 11)),
    # a Russian side: "You need a account." 19, "Нужен аккаунт." 14 (a space is kept
    # between two words, not before the full stop)
    ("You need a Lumora account.", "Нужен аккаунт Lumora.", "en", "ru", (19, 14)),
    # the same script on both sides: the whole lengths, copied words and all
    ("Necesita una cuenta de Lumora Cloud.", "You need a Lumora Cloud account.", "es", "en",
     (36, 32)),
    # a Latin word only one side has is no copy
    ("Upload the file.", "上传 Lumora 文件。", "en", "zh", (16, 13)),
])
def test_measured_lengths(source: str, target: str, src_lang: str, tgt_lang: str,
                          lengths: tuple[int, int]) -> None:
    assert measured(source, target, src_lang, tgt_lang) == lengths
