"""Korean: its profile (the generic facts) and its numbers.tsv."""

from __future__ import annotations

import importlib

from aligner.check import Unit, run_checks
from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def test_ko_profile() -> None:
    profile = importlib.import_module("aligner.lang.ko").PROFILE
    assert get_profile("ko") is profile and profile.code == "ko"
    assert profile.join_sentences(["네.", "아니요."]) == "네. 아니요."
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "ko" in languages() and "ko" not in table()


def test_ko_magnitudes_and_months() -> None:
    table = number_words("ko")
    assert table.han and table.words == {}  # digits only: no Sino-Korean digit syllables
    assert table.magnitudes == {"백": 2, "천": 3, "만": 4, "억": 8, "조": 12}
    assert table.lists["month"] == ("월",)
    assert set(table.lists["spaced"]) == {"만", "억", "조"}


def _found(source: str, target: str, code: str) -> list[str]:
    result = run_checks([Unit(source, target)], glossary=None, src_lang="ko", tgt_lang="en")
    return [f.message for f in result.findings if f.code == code]


# s37 walk 1: sentences written for these tests in the walk's novel's style
def test_ko_afternoon_hour_is_read_on_the_24_hour_clock() -> None:
    assert number_words("ko").lists["evening"] == ("오후", "저녁", "밤", "낮")
    said = "오후 3시 정각에 원고를 보냈다."
    assert _found(said, "She sent the manuscript at exactly 15:00.", "number-mismatch") == []
    assert _found(said, "She sent the manuscript at exactly 3 p.m.", "number-mismatch") == []
    assert _found(said, "She sent the manuscript at exactly 16:00.", "number-mismatch") == [
        "numbers differ: 3 missing in the target; 16 not in the source"]
    # a morning's hour is as written
    assert _found("오전 3시에 깼다.", "She woke at 15:00.", "number-mismatch") == [
        "numbers differ: 3 missing in the target; 15 not in the source"]


def test_ko_weekdays() -> None:
    assert number_words("ko").weekdays[1] == ("월요일",)
    assert _found("7월 1일 월요일, 민지는 사직서를 냈다.",
                  "On Monday, July 1, Min-ji handed in her resignation.",
                  "weekday-mismatch") == []
    assert _found("7월 1일 월요일, 민지는 사직서를 냈다.",
                  "On Tuesday, July 1, Min-ji handed in her resignation.",
                  "weekday-mismatch") == [
        "weekdays differ: 월요일 missing in the target; Tuesday not in the source"]
    # a particle written onto the name: the name is read, and quoted, without it
    assert _found("일요일에는 가게가 쉰다.", "The shop is closed on Saturdays.",
                  "weekday-mismatch") == [
        "weekdays differ: 일요일 missing in the target; Saturdays not in the source"]
    assert _found("일요일에는 가게가 쉰다.", "The shop is closed on Sundays.",
                  "weekday-mismatch") == []
    # 월 (a month, the moon) and 일 (a day, work) alone are no weekdays
    assert _found("7월 1일에 일을 시작했다.", "She started work on Tuesday, July 1.",
                  "weekday-mismatch") == []


def test_ko_native_number_words() -> None:
    assert number_words("ko").native[20] == ("스물", "스무")
    age = "그때 민지는 열아홉 살이었다."
    # digits or words on the other side answer the native words, compounds too
    assert _found(age, "She was 19 then.", "number-mismatch") == []
    assert _found(age, "She had been nineteen then.", "number-mismatch") == []
    assert _found("그는 스물 다섯 살이었다.", "He was twenty-five.", "number-mismatch") == []
    assert _found("사과 세 개를 샀다.", "She bought 3 apples.", "number-mismatch") == []
    # another number is reported
    assert _found(age, "She had been twenty-nine then.", "number-mismatch") == [
        "numbers differ: 19 missing in the target; 29 not in the source"]
    assert _found(age, "She was 29 then.", "number-mismatch") == [
        "numbers differ: 19 missing in the target; 29 not in the source"]
    assert _found("사과 세 개를 샀다.", "She bought 4 apples.", "number-mismatch") == [
        "numbers differ: 4 not in the source"]
    # a word that is no number word whole is not read (한국, Korea; 열고, opening)
    assert _found("한국에 가서 문을 열고 들어갔다.", "She went to Korea and opened the door.",
                  "number-mismatch") == []
