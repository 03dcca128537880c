"""The subtitle checks: timing and layout of the cues of SubRip and WebVTT sides,
on hand-written files with the findings expected written out."""

from __future__ import annotations

from check_helpers import subtitle_units as _units

from aligner.check import CheckOptions, run_checks
from aligner.check.base import SubtitleLimits
from aligner.check.units import Unit, units_from_alignment
from aligner.model import Alignment, Bead, Finding
from aligner.readers import read_string
from aligner.segment import segment_document


def _subtitle(units: tuple[Unit, ...], limits: SubtitleLimits | None = None
              ) -> list[tuple[int, str, str]]:
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en",
                        options=CheckOptions(subtitle_limits=limits or SubtitleLimits()))
    return [(f.unit, f.code, f.message) for f in result.findings
            if f.code.startswith("subtitle-")]


def _srt(*cues: tuple[str, str, str]) -> str:
    return "".join(f"{n}\n00:00:{a} --> 00:00:{b}\n{text}\n\n"
                   for n, (a, b, text) in enumerate(cues, 1))


GOOD_ES = _srt(("01,000", "03,500", "Mi abuelo empezó aquí."),
               ("04,000", "06,000", "Con once años."))
GOOD_EN = _srt(("01,000", "03,500", "My grandfather started here."),
               ("04,000", "06,000", "Aged eleven."))


def test_well_made_subtitles_have_no_subtitle_findings() -> None:
    assert _subtitle(_units(GOOD_ES, GOOD_EN)) == []


def test_overlap_and_end_before_start() -> None:
    en = _srt(("01,000", "05,500", "My grandfather started here."),
              ("04,000", "03,000", "Aged eleven."))
    assert _subtitle(_units(GOOD_ES, en)) == [
        (1, "subtitle-overlap",
         "target cue 2 (00:00:04,000): starts 1.500 s before cue 1 ends (00:00:05,500)"),
        (1, "subtitle-end-before-start",
         "target cue 2 (00:00:04,000): ends at 00:00:03,000, before it starts")]


def test_a_cue_starting_before_the_one_before_it_is_out_of_order() -> None:
    en = _srt(("05,000", "07,000", "My grandfather started here."),
              ("01,000", "03,000", "Aged eleven."))
    assert _subtitle(_units(GOOD_ES, en))[0] == (
        1, "subtitle-overlap", "target cue 2 (00:00:01,000): starts before cue 1 "
                               "(00:00:05,000): out of order")


def test_reading_speed_counts_the_characters_shown_over_the_time_shown() -> None:
    # 28 characters in 1.5 s: 18.7 a second, over 17; under a limit of 20
    en = _srt(("01,000", "02,500", "My grandfather started here."),
              ("04,000", "06,000", "Aged eleven."))
    assert _subtitle(_units(GOOD_ES, en)) == [
        (0, "subtitle-reading-speed", "target cue 1 (00:00:01,000): 28 characters in "
                                      "1.50 s: 18.7 characters a second (limit 17)")]
    assert _subtitle(_units(GOOD_ES, en), SubtitleLimits(max_cps=20)) == []
    # markup and the line break are no characters a viewer reads; a dash is
    tagged = _srt(("01,000", "02,500", "<i>My grandfather</i>\n{\\an8}started here.")
                  , ("04,000", "06,000", "Aged eleven."))
    assert _subtitle(_units(GOOD_ES, tagged)) == [
        (0, "subtitle-reading-speed", "target cue 1 (00:00:01,000): 27 characters in "
                                      "1.50 s: 18.0 characters a second (limit 17)")]


def test_line_length_is_per_line_and_line_count() -> None:
    long_line = "And the sea level is rising by about four millimetres a year."
    en = _srt(("01,000", "06,000", f"My grandfather\n{long_line}"),
              ("06,500", "08,000", "Aged\neleven,\nyes."))
    es = _srt(("01,000", "06,000", "Mi abuelo empezó aquí."),
              ("06,500", "08,000", "Con once años."))
    assert _subtitle(_units(es, en)) == [
        (0, "subtitle-line-length", f"target cue 1 (00:00:01,000): line 2 has 61 characters "
                                    f"(limit 42): {long_line!r}"),
        (1, "subtitle-line-count", "target cue 2 (00:00:06,500): 3 lines (limit 2)")]
    assert [c for _, c, _ in _subtitle(_units(es, en), SubtitleLimits(max_line=61,
                                                                      max_lines=3))] == []


def test_durations() -> None:
    en = _srt(("01,000", "01,500", "Yes."), ("02,000", "10,000", "Aged eleven."))
    es = _srt(("01,000", "01,500", "Sí."), ("02,000", "10,000", "Con once años."))
    assert [(u, m) for u, c, m in _subtitle(_units(es, en)) if c == "subtitle-duration"] == [
        (0, "target cue 1 (00:00:01,000): shown 0.50 s, less than 0.83 s"),
        (0, "source cue 1 (00:00:01,000): shown 0.50 s, less than 0.83 s"),
        (1, "target cue 2 (00:00:02,000): shown 8.00 s, more than 7 s"),
        (1, "source cue 2 (00:00:02,000): shown 8.00 s, more than 7 s")]


def test_a_left_out_cue_is_a_cue_count_finding_at_the_unit_holding_it() -> None:
    es = _srt(("01,000", "03,000", "ROCÍO BENJUMEA"),
              ("03,100", "06,000", "Es uno de los lugares con más vida."),
              ("08,000", "10,000", "Con once años."))
    en = _srt(("01,000", "03,000", "ROCÍO BENJUMEA"), ("08,000", "10,000", "Aged eleven."))
    # the caption is a unit of its own (readers/cuetext.py), so the left-out cue is a
    # unit alone, where the finding is
    units = _units(es, en, [((0,), (0,)), ((1,), ()), ((2,), (1,))])
    assert [u.source for u in units[:2]] == ["ROCÍO BENJUMEA",
                                             "Es uno de los lugares con más vida."]
    assert _subtitle(units) == [
        (1, "subtitle-cue-count", "the target has 2 cues, the source 3: source cue 2 "
                                  "(00:00:03,100) has no target cue shown at its time -- left "
                                  "out? (other differences are cues merged or split)")]


def test_the_cue_count_points_at_a_cue_left_out_not_at_a_merge() -> None:
    """Walk 5: two cues merged into one (a harmless 2 -> 1) and, later, a cue left out
    inside a sentence; the finding stood at the merge.  A merged cue covers the time of
    both; the cue left out is on screen while no target cue is."""
    es = _srt(("01,000", "02,000", "Mi abuelo empezó"), ("02,100", "03,500", "aquí."),
              ("04,000", "06,000", "El mar llega a noventa kilómetros"),
              ("06,400", "08,000", "en la estación seca."))
    en = _srt(("01,000", "03,500", "My grandfather started here."),
              ("06,400", "08,000", "in the dry season."))
    units = _units(es, en, [((0,), (0,)), ((1,), (1,))])
    assert _subtitle(units) == [
        (1, "subtitle-cue-count", "the target has 2 cues, the source 4: source cue 3 "
                                  "(00:00:04,000) has no target cue shown at its time -- left "
                                  "out? (other differences are cues merged or split)")]
    # timed apart (the target a minute late), no cue tells: the first unit apart
    late = _srt(("01:01,000", "01:03,500", "My grandfather started here."),
                ("01:06,400", "01:08,000", "in the dry season."))
    late = late.replace("00:00:01:", "00:01:")
    assert [(u, m) for u, c, m in _subtitle(_units(es, late, [((0,), (0,)), ((1,), (1,))]))
            if c == "subtitle-cue-count"] == [
        (0, "the target has 2 cues, the source 4: a cue merged, split or left out (this is "
            "the first unit with more cues on one side)")]


def test_a_webvtt_target_without_identifiers_names_cues_by_their_place() -> None:
    """... and shows its times as WebVTT writes them (a full stop before the
    milliseconds), not as SubRip does."""
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nMy grandfather started here.\n\n"
           "00:00:04.000 --> 00:00:06.000\nAged eleven.\n")
    assert _subtitle(_units(GOOD_ES, vtt, tgt_format="vtt")) == [
        (0, "subtitle-reading-speed", "target cue #1 (00:00:01.000): 28 characters in "
                                      "1.50 s: 18.7 characters a second (limit 17)")]


def test_units_without_cues_are_not_checked() -> None:
    units = (Unit("Hola.", "Hello."), Unit("Adiós.", "Goodbye."))
    assert _subtitle(units) == []
    # a subtitle source against a text target: the source's cues are checked alone
    s = segment_document(read_string(_srt(("01,000", "01,200", "Hola.")), lang="es",
                                     input_format="srt"))
    al = Alignment(s.sentences, ("Hello.",), (Bead((0,), (0,), 0.9),), "es", "en",
                   src_cues=s.sentence_cues())
    found: list[Finding] = [f for f in run_checks(units_from_alignment(al), glossary=None,
                                                  src_lang="es", tgt_lang="en").findings
                            if f.code.startswith("subtitle-")]
    # "Hola." in 0.2 s: 25 characters a second, and too short
    assert [f.code for f in found] == ["subtitle-reading-speed", "subtitle-duration"]
    assert found[0].message.startswith("source cue 1")


def _zh(en: str, zh: str, limits: SubtitleLimits | None = None
        ) -> list[tuple[str, str, str]]:
    s = segment_document(read_string(en, lang="en", input_format="srt"))
    t = segment_document(read_string(zh, lang="zh-Hans", input_format="srt"))
    units = units_from_alignment(Alignment(
        s.sentences, t.sentences, ((Bead(tuple(range(len(s.sentences))),
                                         tuple(range(len(t.sentences))), 0.9)),),
        "en", "zh-Hans", src_cues=s.sentence_cues(), tgt_cues=t.sentence_cues()))
    result = run_checks(units, glossary=None, src_lang="en", tgt_lang="zh-Hans",
                        options=CheckOptions(subtitle_limits=limits or SubtitleLimits()))
    return [(f.severity.value, f.code, f.message) for f in result.findings
            if f.code.startswith("subtitle-")]


# 19 characters in 2 s (9.5 a second), one line; the English: a line of 45
# characters, 54 in 4 s (13.5 a second)
ZH = _srt(("01,000", "03,000", "而这些泥沙曾经滋养着柬埔寨的洪泛平原。"))
EN_45 = _srt(("01,000", "05,000",
              "And that silt once fed the floodplains of all\nCambodia."))


def test_a_chinese_target_has_chinese_limits_and_the_source_its_own_at_info() -> None:
    """Chinese subtitles: 16 characters a line, 9 a second (lang/subtitle_limits.tsv);
    the English source keeps 42 and 17, and what is wrong with it is info -- the
    translator cannot edit it (walk 5: 13 source warnings an episode)."""
    assert _zh(EN_45, ZH) == [
        ("warning", "subtitle-reading-speed", "target cue 1 (00:00:01,000): 19 characters "
                                              "in 2.00 s: 9.5 characters a second (limit 9)"),
        ("warning", "subtitle-line-length",
         "target cue 1 (00:00:01,000): line 1 has 19 characters (limit 16): "
         "'而这些泥沙曾经滋养着柬埔寨的洪泛平原。'"),
        ("info", "subtitle-line-length", "source cue 1 (00:00:01,000): line 1 has 45 "
                                         "characters (limit 42): 'And that silt once fed "
                                         "the floodplains of all'")]


def test_limits_given_for_both_sides_or_for_one() -> None:
    # given for both sides, a limit replaces the language's own
    both = SubtitleLimits(max_line=45, max_cps=14, given=frozenset({"max_line", "max_cps"}))
    assert _zh(EN_45, ZH, both) == []
    # given for the target only, the source keeps the default
    target = SubtitleLimits(target=(("max_line", 19.0), ("max_cps", 10.0)))
    assert [(s, c) for s, c, _ in _zh(EN_45, ZH, target)] == [("info", "subtitle-line-length")]
    # a side's own over both sides'
    one = SubtitleLimits(max_line=45, given=frozenset({"max_line"}),
                         target=(("max_line", 18.0),))
    assert [(s, c, m[-10:]) for s, c, m in _zh(EN_45, ZH, one)] == [
        ("warning", "subtitle-reading-speed", " (limit 9)"),
        ("warning", "subtitle-line-length", "柬埔寨的洪泛平原。'")]
    assert "(limit 18)" in _zh(EN_45, ZH, one)[1][2]
    assert one.for_side("zh", target=True).max_line == 18
    assert one.for_side("en", target=False).max_line == 45
    assert SubtitleLimits().for_side("ja", target=True).max_line == 13
    assert SubtitleLimits().for_side("ko-KR", target=True).max_cps == 12
