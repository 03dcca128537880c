"""Segmentation by SRX rules: maps, cascading, rule order, spans (hand-made rules)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import FormatError
from aligner.segment.srx import (
    LanguageMap,
    LanguageRule,
    SrxRule,
    SrxRules,
    omegat_language,
    segmenter_for,
)
from tests.segment.test_lossless import _check_cover, texts

BREAK_AFTER_STOP = SrxRule(True, r"[.?!]+", r"\s")
NO_BREAK_DR = SrxRule(False, r"\bDr\.", r"\s")


def _rules(*maps: tuple[str, str], cascade: bool = True, **rules: tuple[SrxRule, ...]
           ) -> SrxRules:
    return SrxRules("t.srx", cascade, tuple(LanguageRule(n, r) for n, r in rules.items()),
                    tuple(LanguageMap(p, n) for p, n in maps))


def _split(srx: SrxRules, lang: str, text: str) -> list[str]:
    seg = segmenter_for(srx, lang)
    assert seg is not None
    return [text[a:b] for a, b in seg.split_spans(text)]


TEXT = "Ask Dr. Who. Then go."


def test_cascade_concatenates_every_matching_map_in_order() -> None:
    srx = _rules(("en.*", "English"), (".*", "Default"),
                 English=(NO_BREAK_DR,), Default=(BREAK_AFTER_STOP,))
    assert _split(srx, "en", TEXT) == ["Ask Dr. Who.", "Then go."]
    assert _split(srx, "de", TEXT) == ["Ask Dr.", "Who.", "Then go."]


def test_without_cascade_only_the_first_matching_map_applies() -> None:
    srx = _rules(("en.*", "English"), (".*", "Default"), cascade=False,
                 English=(NO_BREAK_DR,), Default=(BREAK_AFTER_STOP,))
    assert _split(srx, "en", TEXT) == [TEXT]  # English's rules alone never break
    assert _split(srx, "de", TEXT) == ["Ask Dr.", "Who.", "Then go."]


def test_the_first_rule_that_matches_decides() -> None:
    srx = _rules((".*", "A"), A=(BREAK_AFTER_STOP, NO_BREAK_DR))
    assert _split(srx, "en", TEXT) == ["Ask Dr.", "Who.", "Then go."]


def test_a_position_no_rule_matches_is_no_break() -> None:
    srx = _rules((".*", "A"), A=(SrxRule(True, r"!", r"\s"),))
    assert _split(srx, "en", "One. Two! Three") == ["One. Two!", "Three"]


def test_empty_beforebreak_or_afterbreak_matches_anywhere() -> None:
    srx = _rules((".*", "A"), A=(SrxRule(True, "", "X"), SrxRule(True, "。", "")))
    assert _split(srx, "ja", "abXcd。ef") == ["ab", "Xcd。", "ef"]


def test_beforebreak_is_any_match_ending_at_the_position() -> None:
    """Variable-length, overlapping: the match of (a|aa)b ending at the position counts."""
    srx = _rules((".*", "A"), A=(SrxRule(True, r"\s\w+\.", r"\s"),))
    assert _split(srx, "en", "See x.y. Then z. Here") == ["See x.y. Then z.", "Here"]


def test_whitespace_is_trimmed_and_spans_are_slices() -> None:
    srx = _rules((".*", "A"), A=(BREAK_AFTER_STOP,))
    seg = segmenter_for(srx, "en")
    assert seg is not None
    text = "  One.   Two.\n Three  "
    assert seg.split_spans(text) == [(2, 6), (9, 13), (15, 20)]
    assert seg.split_spans(text, 9, 22) == [(9, 13), (15, 20)]


def test_rules_see_the_region_as_a_paragraph() -> None:
    srx = _rules((".*", "A"), A=(SrxRule(True, r"^\d+\.", r"\s"),))
    seg = segmenter_for(srx, "en")
    assert seg is not None
    text = "x 1. a\n2. b"
    assert [text[a:b] for a, b in seg.split_spans(text)] == [text]
    assert [text[a:b] for a, b in seg.split_spans(text, 7)] == ["2.", "b"]


def test_groups_and_backreferences_in_many_rules() -> None:
    srx = _rules((".*", "A"), A=(SrxRule(False, r"(x)y\.", r"\s(q)\1"),
                                 SrxRule(True, r"(?<w>\w)\.", r"\s(\w)\1")))
    assert _split(srx, "en", "ab. cc xy. qq a. bb") == ["ab.", "cc xy. qq a.", "bb"]


@pytest.mark.parametrize(
    ("code", "seen"),
    [("de", "de"), ("de-AT", "de-AT"), ("pt_BR", "pt-BR"), ("zh-Hant-TW", "zh-TW"),
     ("EN", "EN"), ("x-y-z", "")],
)
def test_omegat_language(code: str, seen: str) -> None:
    assert omegat_language(code) == seen


@pytest.mark.parametrize(("code", "matches"), [("de", True), ("DE-at", True),
                                               ("dea", True), ("en", False)])
def test_map_patterns_are_case_insensitive_full_matches(code: str, matches: bool) -> None:
    srx = _rules(("DE.*", "German"), German=(BREAK_AFTER_STOP,))
    assert (segmenter_for(srx, code) is not None) is matches


def test_no_matching_map_gives_no_segmenter() -> None:
    srx = _rules(("fr", "French"), French=(BREAK_AFTER_STOP,))
    assert segmenter_for(srx, "es") is None


def test_a_rule_that_cannot_be_translated_is_named() -> None:
    srx = _rules((".*", "Mine"), Mine=(BREAK_AFTER_STOP, SrxRule(False, r"[a&&b]", "")))
    with pytest.raises(FormatError) as err:
        segmenter_for(srx, "en")
    assert str(err.value).startswith("t.srx: languagerule 'Mine' rule 2 beforebreak: ")
    assert "intersection" in str(err.value)


def test_a_bad_map_pattern_is_named() -> None:
    srx = _rules(("(en", "A"), A=(BREAK_AFTER_STOP,))
    with pytest.raises(FormatError, match=r"t\.srx: languagemap pattern '\(en'"):
        segmenter_for(srx, "en")


_LOSSLESS = _rules(
    ("en.*", "English"), (".*", "Default"),
    English=(NO_BREAK_DR, SrxRule(False, r"\b(?i:etc)\.", r"\s+\p{Ll}")),
    Default=(SrxRule(True, r"[。！？]", ""), BREAK_AFTER_STOP, SrxRule(True, r"\n", r" +"),
             SrxRule(True, "", r"[«¿]")),
)


@given(text=texts, lang=st.sampled_from(["en", "es"]), data=st.data())
@settings(max_examples=300, deadline=None)
def test_srx_segmentation_is_lossless(text: str, lang: str, data: st.DataObject) -> None:
    seg = segmenter_for(_LOSSLESS, lang)
    assert seg is not None
    _check_cover(text, seg.split_spans(text), 0, len(text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check_cover(text, seg.split_spans(text, start, end), start, end)
