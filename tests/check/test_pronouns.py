"""Third-person pronouns of the source and the target (aligner.check.pronouns): a target
pronoun that renders the source's own stands for no name (s39 walk 1, item 4).  Every
sentence and expectation written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.pronouns import parse_pronouns, spare, third_person
from aligner.model import Glossary, GlossaryEntry, TermStatus

P = TermStatus.PREFERRED
ZHANG = Glossary("zh-Hans", "en", (GlossaryEntry("张伟", "Zhang Wei", P),))


def terms(pairs: list[tuple[str, str]], glossary: Glossary, src: str = "zh-Hans",
          tgt: str = "en") -> list[tuple[int, str, str]]:
    return [(f.unit, f.code, f.severity.value) for f in findings(
        pairs, glossary=glossary, src_lang=src, tgt_lang=tgt) if f.code.startswith("term-")]


# --- the checks ----------------------------------------------------------------------

def test_a_target_pronoun_that_renders_the_sources_is_no_name() -> None:
    # the walk's probe: He renders 他; the target names the wrong person
    pair = ("公司董事长张伟表示：“业绩符合预期。”他补充说：“我们充满信心！”",
            '"Results were in line with expectations," said Wang Wei, Chairman of the '
            'Company. He added: "We are confident!"')
    assert terms([pair], ZHANG) == [(0, "term-missing", "error")]


def test_a_pronoun_beyond_the_sources_may_stand_for_the_name() -> None:
    # no 他 in the source: the He may stand for 张伟
    assert terms([("张伟补充说：“我们充满信心！”", 'He added: "We are confident!"')],
                 ZHANG) == [(0, "term-pronoun", "info")]
    # 他 and 张伟 in the source, two pronouns in the target: one is left for the name
    assert terms([("张伟说他很满意。", "He said he was satisfied.")], ZHANG) == [
        (0, "term-pronoun", "info")]


def test_a_plural_or_other_is_no_source_pronoun() -> None:
    # 他们 (they) and 其他 (other) render nothing the He could answer
    assert terms([("张伟感谢了他们。", "He thanked them.")], ZHANG) == [
        (0, "term-pronoun", "info")]
    assert terms([("张伟补充了其他内容。", "He added other content.")], ZHANG) == [
        (0, "term-pronoun", "info")]


def test_korean_and_spanish_sources_count_their_pronouns() -> None:
    minji = Glossary("ko", "en", (GlossaryEntry("민지", "Min-ji", P),))
    assert terms([("민지는 웃었다. 그녀는 행복했다.", "Su-a laughed. She was happy.")],
                 minji, src="ko") == [(0, "term-missing", "error")]
    # 그 is the demonstrative here: the She is left for 민지
    assert terms([("민지는 그 책을 읽었다.", "She read that book.")], minji, src="ko") == [
        (0, "term-pronoun", "info")]
    junta = Glossary("es", "en", (GlossaryEntry("María", "María", P),))
    assert terms([("María dijo que ella vendría.", "Ana said she would come.")], junta,
                 src="es") == [(0, "term-missing", "error")]


def test_a_source_language_without_a_list_keeps_every_target_pronoun() -> None:
    # Thai has no pronouns.txt: the She stands for the name as before
    g = Glossary("th", "en", (GlossaryEntry("มาลี", "Malee", P),))
    assert terms([("มาลีหัวเราะ", "She laughed.")], g, src="th") == [
        (0, "term-pronoun", "info")]


# --- the pronouns of each language ---------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("他补充说。", ["他"]),
    ("她说她很高兴。", ["她", "她"]),
    ("他们补充说。", []),  # plural
    ("她们都来了。", []),
    ("其他公司也是。", []),  # other
    ("尊重他人。", []),  # others
    ("他弹吉他。", ["他"]),  # guitar
    ("具有排他性。", []),
    ("他和其他人。", ["他"]),
])
def test_chinese_pronouns(text: str, found: list[str]) -> None:
    assert third_person(text, "zh-Hans") == found


@pytest.mark.parametrize(("text", "found"), [
    ("彼は言った。", ["彼"]),
    ("彼女は笑った。", ["彼女"]),  # the longest: no 彼 inside it
    ("彼らは帰った。", []),  # plural
    ("彼女たちは帰った。", []),
    ("彼岸に行く。", []),
    ("彼氏と会った。", []),
])
def test_japanese_pronouns(text: str, found: list[str]) -> None:
    assert third_person(text, "ja") == found


@pytest.mark.parametrize(("text", "found"), [
    ("그는 웃었다.", ["그는"]),
    ("그녀의 책.", ["그녀의"]),
    ("그 사람은 웃었다.", []),  # the demonstrative
    ("그들은 웃었다.", []),  # plural
    ("그래서 웃었다.", []),
])
def test_korean_pronouns(text: str, found: list[str]) -> None:
    assert third_person(text, "ko") == found


def test_spare_counts_the_targets_pronouns_beyond_the_sources() -> None:
    assert spare("他补充说。", "zh", "He added.", "en") == 0
    assert spare("张伟补充说。", "zh", "He added.", "en") == 1
    assert spare("张伟补充说。", "xx", "He added.", "en") == 1  # no list: none counted


def test_a_file_with_sections_and_one_without() -> None:
    mixed = parse_pronouns("# c\n[pronouns]\n他\nhe\n[not]\n其他\n", name="t")
    assert mixed.find("he said 其他 他") == ["he", "他"]
    plain = parse_pronouns("he\nshe\n", name="t")
    assert plain.find("She and he, not they") == ["She", "he"]
    with pytest.raises(ValueError, match="t:1"):
        parse_pronouns("[them]\n他\n", name="t")
