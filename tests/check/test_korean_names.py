"""Glossary names in a Korean -> English literary translation (s37 walk 1, items 1, 2
and 5): a forbidden romanisation inside the full name, a name inside a compound noun,
a name rendered by a pronoun.  Every sentence and expectation written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.endings import parse_forms
from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry, TermStatus

P, F = TermStatus.PREFERRED, TermStatus.FORBIDDEN

NAMES = Glossary("ko", "en", (
    GlossaryEntry("김민지", "Kim Min-ji", P),
    GlossaryEntry("민지", "Min-ji", P),
    GlossaryEntry("민지", "Minji", F),
    GlossaryEntry("부산", "Busan", P),
    GlossaryEntry("부산", "Pusan", F),
    GlossaryEntry("서점", "bookshop", P),
))


def terms(pairs: list[tuple[str, str]], glossary: Glossary = NAMES,
          tgt_lang: str = "en") -> list[tuple[int, str, str | None]]:
    return [(f.unit, f.code, f.source_term) for f in findings(
        pairs, glossary=glossary, src_lang="ko", tgt_lang=tgt_lang) if f.code.startswith("term-")]


# --- a forbidden rendering inside a longer name -------------------------------------

def test_a_forbidden_spelling_inside_the_full_name_is_reported() -> None:
    got = findings([("김민지는 웃었다.", "Kim Minji smiled.")], glossary=NAMES,
                   src_lang="ko", tgt_lang="en")
    assert [(f.code, f.message) for f in got] == [
        ("term-forbidden", "forbidden rendering 'Minji' of '민지'; use 'Min-ji'")]
    assert got[0].tgt_span == (4, 9)


def test_the_full_name_as_approved_is_no_finding() -> None:
    assert terms([("김민지는 웃었다.", "Kim Min-ji smiled.")]) == []


def test_a_wrong_surname_and_a_forbidden_given_name_are_both_reported() -> None:
    assert terms([("김민지가 웃었다.", "Gim Minji smiled.")]) == [
        (0, "term-missing", "김민지"), (0, "term-forbidden", "민지")]


def test_the_forbidden_name_alone_is_still_reported() -> None:
    assert terms([("민지는 웃었다.", "Minji smiled.")]) == [(0, "term-forbidden", "민지")]


def test_a_forbidden_word_the_approved_rendering_itself_has_stays_inside_it() -> None:
    # the approved rendering as the glossary writes it has the forbidden words: no finding
    g = Glossary("es", "en", (
        GlossaryEntry("vía chilena al socialismo", "Chilean road to socialism", P),
        GlossaryEntry("vía chilena", "Chilean way", P),
        GlossaryEntry("vía chilena", "Chilean road", F),
    ))
    got = findings([("la vía chilena al socialismo", "the Chilean road to socialism")],
                   glossary=g)
    assert [f.code for f in got if f.code.startswith("term-")] == []


def test_a_forbidden_rendering_of_a_term_the_source_lacks_is_still_elsewhere() -> None:
    # 민지 is in no source term here: the forbidden word may say something else
    assert terms([("부산에 갔다.", "She went to Busan with Minji.")]) == [
        (0, "term-forbidden-elsewhere", "민지")]


# --- a name inside a Korean compound noun -------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("부산역에 내렸다.", ["부산역에"]),
    ("부산행 기차를 탔다.", ["부산행"]),
    ("부산시는 크다.", ["부산시는"]),
    ("부산항을 보았다.", ["부산항을"]),
    ("망원동에 산다.", ["망원동에"]),
    ("민지씨가 왔다.", ["민지씨가"]),
    # a one-syllable word before the suffix makes another word: 지역 (region) is no 지
    ("지역에 산다.", []),
    ("역에서 만났다.", []),
])
def test_korean_names_are_found_before_a_noun_written_solid(text: str, found: list[str]) -> None:
    m = TermMatcher([("부산", False), ("망원", False), ("민지", False), ("지", False)],
                    lang="ko")
    assert [text[h.start:h.end] for h in m.find(text)] == found


def test_a_name_in_a_compound_gets_its_forbidden_rendering_reported() -> None:
    assert terms([("부산역에 내렸다.", "She got off at Pusan Station."),
                  ("부산행 기차를 탔다.", "She took the train to Busan.")]) == [
        (0, "term-forbidden", "부산")]


def test_noun_suffixes_keep_their_least_base() -> None:
    forms = parse_forms("[base]\n2\n[particles]\n에\n[noun suffixes]\n역\n[noun base]\n3\n",
                        name="t")
    assert forms.unglued("서울역에") == ["서울역"]  # 서울: two syllables, fewer than three
    assert "강남구청" in parse_forms("[noun suffixes]\n역\n[noun base]\n3\n",
                                  name="t").unglued("강남구청역")


# --- a name rendered by a pronoun ---------------------------------------------------

def test_a_name_rendered_by_a_pronoun_is_info() -> None:
    got = findings([("그때 민지는 열아홉 살이었다.", "She had been nineteen then.")],
                   glossary=NAMES, src_lang="ko", tgt_lang="en")
    assert [(f.code, f.severity.value, f.message) for f in got] == [
        ("term-pronoun", "info", "'민지는' (민지) is not rendered as 'Min-ji': "
         "rendered by a pronoun? the target has 'She'")]


def test_a_name_dropped_without_a_pronoun_is_an_error() -> None:
    assert terms([("그때 민지는 열아홉 살이었다.", "Nineteen years had passed.")]) == [
        (0, "term-missing", "민지")]


def test_two_names_and_one_pronoun_stay_errors() -> None:
    g = Glossary("ko", "en", (GlossaryEntry("민지", "Min-ji", P),
                              GlossaryEntry("도윤", "Do-yun", P)))
    assert terms([("도윤은 민지를 붙잡지 않았다.", "Su-a did not stop her.")], glossary=g) == [
        (0, "term-missing", "도윤"), (0, "term-missing", "민지")]


def test_a_common_noun_is_no_name_a_pronoun_renders() -> None:
    assert terms([("서점을 찾았다.", "She found it.")]) == [(0, "term-missing", "서점")]


def test_pronouns_are_the_target_languages() -> None:
    # French: elle stands for the name; the English she does not (the target is French)
    g = Glossary("ko", "fr", (GlossaryEntry("민지", "Min-ji", P),))
    assert terms([("민지는 웃었다.", "Elle a ri.")], glossary=g, tgt_lang="fr") == [
        (0, "term-pronoun", "민지")]
    assert terms([("민지는 웃었다.", "On a ri.")], glossary=g, tgt_lang="fr") == [
        (0, "term-missing", "민지")]


def test_a_plural_pronoun_or_an_acronym_is_no_name_rendered() -> None:
    g = Glossary("es", "en", (GlossaryEntry("Junta Central", "Central Board", P),
                              GlossaryEntry("JAP", "JAP", P)))
    # they, their stand as often for a group: both stay errors
    assert terms_es([("La Junta Central decidió.", "They decided their plan.")], g) == [
        (0, "term-missing", "Junta Central")]
    assert terms_es([("La JAP decidió.", "She decided.")], g) == [(0, "term-missing", "JAP")]
    assert terms_es([("La Junta Central decidió.", "She decided.")], g) == [
        (0, "term-pronoun", "Junta Central")]


def terms_es(pairs: list[tuple[str, str]], g: Glossary) -> list[tuple[int, str, str | None]]:
    return [(f.unit, f.code, f.source_term) for f in findings(pairs, glossary=g)
            if f.code.startswith("term-")]
