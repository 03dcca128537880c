"""The saved alignment (``aligner align --format json``)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aligner.errors import FormatError
from aligner.formats.alignment_json import (
    alignment_from_json,
    alignment_to_json,
    read_alignment_json,
    write_alignment_json,
)
from aligner.model import Alignment, Bead, Formatting, Part, Review, ReviewState, Style
from tests.formats.conftest import SAMPLE


def test_shape() -> None:
    alignment = Alignment(
        ("Uno.", "Dos."),
        ("One and two.",),
        (Bead((0, 1), (0,), 0.75, {"length": 0.5}),),
        "es",
        "en",
        "a.es.txt",
        "a.en.txt",
        {"k": "v"},
    )
    assert alignment_to_json(alignment) == {
        "src_lang": "es",
        "tgt_lang": "en",
        "src_name": "a.es.txt",
        "tgt_name": "a.en.txt",
        "settings": {"k": "v"},
        "src_sentences": ["Uno.", "Dos."],
        "tgt_sentences": ["One and two."],
        "beads": [{"src": [0, 1], "tgt": [0], "score": 0.75, "signals": {"length": 0.5}}],
    }


def test_file_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    write_alignment_json(SAMPLE, out)
    assert read_alignment_json(out) == SAMPLE
    assert "Ελληνικά" in out.read_text(encoding="utf-8")  # not \u-escaped


def good() -> dict[str, Any]:
    return alignment_to_json(SAMPLE)


def broken(path: list[Any], value: Any) -> dict[str, Any]:
    data = good()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "top level: expected an object"),
        ({"home": {"title": "Your notes"}}, "is JSON, but no saved alignment .it has no "
         "beads.; two i18n bundles"),
        (broken(["src_lang"], ""), "src_lang: expected a language code"),
        (broken(["settings"], {"a": 1}), "settings: expected an object of strings"),
        (broken(["tgt_sentences"], "text"), "tgt_sentences: expected a list of strings"),
        (broken(["beads"], {}), "beads: expected a list"),
        (broken(["beads", 0, "src"], [-1]), r"beads\[0\].src: expected sentence indices"),
        (broken(["beads", 1, "tgt"], [True]), r"beads\[1\].tgt: expected sentence indices"),
        (broken(["beads", 2, "score"], "high"), r"beads\[2\].score: expected a number"),
        (broken(["beads", 2, "score"], float("nan")), r"beads\[2\].score: expected a number"),
        # a confidence is a probability: these were exported (7.5 into a TSV) with exit 0
        (broken(["beads", 2, "score"], 7.5),
         r"saved alignment: beads\[2\].score: expected a number from 0 to 1, got 7.5$"),
        (broken(["beads", 0, "score"], -3),
         r"saved alignment: beads\[0\].score: expected a number from 0 to 1, got -3$"),
        (broken(["beads", 1, "score"], 1.0001), r"beads\[1\].score: .* got 1.0001$"),
        (broken(["beads", 1, "score"], True), r"beads\[1\].score: .* got true$"),
        (broken(["beads", 0, "signals"], {"x": float("inf")}), r"beads\[0\].signals"),
        (broken(["beads", 0, "signals"], {"x": "y"}), r"beads\[0\].signals: expected an object"),
    ],
)
def test_validation(data: Any, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        alignment_from_json(data, path="a.json")


def test_a_lone_surrogate_is_refused_naming_the_sentence(tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no character: exporting it to TSV was a traceback
    path = tmp_path / "a.json"
    data = good()
    data["tgt_sentences"][2] = "x\udc80y"
    path.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: "\udc80" as is
    with pytest.raises(FormatError) as info:
        read_alignment_json(path)
    assert info.value.message == ("saved alignment: tgt_sentences[2]: holds a lone surrogate "
                                  "(\\udc80), which is no character")


def test_a_bead_without_a_score_is_refused() -> None:
    # every bead is written with one; a missing score read as 0.0 without a word
    data = good()
    del data["beads"][3]["score"]
    with pytest.raises(FormatError) as info:
        alignment_from_json(data, path="a.json")
    assert info.value.message == ("saved alignment: beads[3].score: missing (expected a "
                                  "number from 0 to 1)")


@pytest.mark.parametrize("score", [0, 1, 0.0, 1.0, 0.5])
def test_scores_at_and_between_the_bounds_are_read(score: float) -> None:
    assert alignment_from_json(broken(["beads", 0, "score"], score)).beads[0].score == score


def test_bad_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{\n  "src_lang": "es",\n  oops\n}', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_alignment_json(path)
    assert (info.value.line, info.value.column) == (3, 3)
    assert info.value.message == "not valid JSON: Expecting property name enclosed in double quotes"


@pytest.mark.parametrize("cut", [33, 62, -2])  # inside a string, between values, the brace
def test_a_file_cut_short_says_so(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "a.json"
    write_alignment_json(SAMPLE, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_alignment_json(path)
    assert info.value.message.endswith(" -- the file ends before the JSON does (cut short?)")
    assert not info.value.message.endswith(" at")


REVIEWED = Alignment(
    SAMPLE.src_sentences, SAMPLE.tgt_sentences,
    (Bead(SAMPLE.beads[0].src, SAMPLE.beads[0].tgt, 0.8, {"lexical": 0.2},
          Review(ReviewState.CONFIRMED, datetime(2026, 11, 25, 9, 30, tzinfo=UTC))),
     *SAMPLE.beads[1:]),
    SAMPLE.src_lang, SAMPLE.tgt_lang, SAMPLE.src_name, SAMPLE.tgt_name, SAMPLE.settings,
    src_paragraph_starts=frozenset({0, 2}), tgt_paragraph_starts=frozenset({0}))


def test_review_marks_and_paragraph_starts_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    write_alignment_json(REVIEWED, out)
    data = alignment_to_json(REVIEWED)
    assert data["beads"][0]["review"] == {"state": "confirmed", "changed": "2026-11-25T09:30:00Z"}
    assert "review" not in data["beads"][1]
    assert data["src_paragraph_starts"] == [0, 2]
    back = read_alignment_json(out)
    assert back == REVIEWED
    assert (back.src_paragraph_starts, back.tgt_paragraph_starts) == ({0, 2}, {0})


def test_a_file_without_them_is_written_and_read_as_before() -> None:
    data = alignment_to_json(SAMPLE)
    assert "src_paragraph_starts" not in data and "src_formatting" not in data
    assert all("review" not in b for b in data["beads"])
    back = alignment_from_json(data)
    assert all(b.review is None for b in back.beads) and not back.src_paragraph_starts


def test_region_starts_round_trip_and_a_file_without_them_has_one_region() -> None:
    """Where each side's notes begin, for the second alignment of ``aligner check``."""
    data = alignment_to_json(replace(SAMPLE, src_regions=(5,), tgt_regions=(4,)))
    assert (data["src_regions"], data["tgt_regions"]) == ([5], [4])
    back = alignment_from_json(data)
    assert (back.src_regions, back.tgt_regions) == ((5,), (4,))
    assert "src_regions" not in alignment_to_json(SAMPLE)
    assert alignment_from_json(alignment_to_json(SAMPLE)).src_regions == ()


@pytest.mark.parametrize(("regions", "message"), [
    ({"src_regions": [5]}, "src_regions: 1 region starts on the source side but 0 on the "
     "target side"),
    ({"src_regions": [5], "tgt_regions": [9]}, "tgt_regions: the target side's region starts "
     "must ascend"),
    ({"src_regions": ["5"], "tgt_regions": [4]}, "src_regions: expected a list of sentence "
     "indices"),
])
def test_region_starts_are_checked(regions: dict[str, Any], message: str) -> None:
    data = {**alignment_to_json(SAMPLE), **regions}
    with pytest.raises(FormatError, match=message):
        alignment_from_json(data, path="a.json")


def test_formatting_round_trips_as_sentence_start_end_style() -> None:
    looks = ((), (Formatting(0, 3, Style.BOLD), Formatting(4, 9, Style.LINK)))
    data = alignment_to_json(replace(SAMPLE, tgt_formatting=looks + ((),) * 4))
    assert data["tgt_formatting"] == [[1, 0, 3, "b"], [1, 4, 9, "a"]]
    assert "src_formatting" not in data
    back = alignment_from_json(data)
    assert back.tgt_formatting[:2] == looks and back.src_formatting == ()


def test_a_links_address_is_saved_fifth_and_a_file_without_it_still_reads() -> None:
    looks = ((), (Formatting(0, 3, Style.BOLD), Formatting(4, 9, Style.LINK, "https://x.org"),
                  Formatting(10, 12, Style.LINK)))
    data = alignment_to_json(replace(SAMPLE, tgt_formatting=looks + ((),) * 4))
    assert data["tgt_formatting"] == [[1, 0, 3, "b"], [1, 4, 9, "a", "https://x.org"],
                                      [1, 10, 12, "a"]]
    assert alignment_from_json(data).tgt_formatting[:2] == looks
    # written before links kept their address: the same link, pointing nowhere known
    data["tgt_formatting"][1] = [1, 4, 9, "a"]
    assert alignment_from_json(data).tgt_formatting[1][1] == Formatting(4, 9, Style.LINK)


@pytest.mark.parametrize(("where", "value", "message"), [
    (["tgt_formatting"], [[0, 0, 2, "b", "https://x.org"]], r"tgt_formatting\[0\]: expected "
     "a link's address"),
    (["tgt_formatting"], [[0, 0, 2, "a", 7]], r"tgt_formatting\[0\]: expected a link's"),
    (["beads", 0, "review"], {"state": "maybe"}, r"beads\[0\].review: expected an object"),
    (["beads", 0, "review"], {"state": "edited", "changed": "yesterday"},
     r"beads\[0\].review.changed: expected a UTC time"),
    (["src_paragraph_starts"], [99], "src_paragraph_starts: expected sentence indices"),
    # written sorted: [5, 3, 1] was accepted
    (["src_paragraph_starts"], [5, 3, 1], "saved alignment: src_paragraph_starts: expected "
     "sentence indices in ascending order, each once: 5 comes before 3$"),
    (["tgt_paragraph_starts"], [0, 2, 2], "tgt_paragraph_starts: .*: 2 comes before 2$"),
    (["src_formatting"], {"0": []}, "src_formatting: expected a list of"),
    (["src_formatting"], [[0, 0, 2, "big"]], r"src_formatting\[0\]: expected \[sentence, "
     r"start, end, style\] with a style of b, i, u, s, sup, sub, a, code$"),
    (["tgt_formatting"], [[0, 3, 3, "b"]], r"tgt_formatting\[0\]: expected a sentence index "
     "and a span inside it"),
    (["tgt_formatting"], [[99, 0, 1, "b"]], r"tgt_formatting\[0\]: expected a sentence"),
])
def test_review_and_paragraph_validation(where: list[Any], value: Any, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        alignment_from_json(broken(where, value), path="a.json")


def without(*indices: int) -> dict[str, Any]:
    data = good()
    data["beads"] = [b for k, b in enumerate(data["beads"]) if k not in indices]
    return data


def edited(change: Any) -> dict[str, Any]:
    data = good()
    change(data)
    return data


def _swap_2_4(data: dict[str, Any]) -> None:
    """Beads 2 and 3 as [2, 4]:[2] and [3]:[] (a bead with a hole)."""
    data["beads"][2]["src"], data["beads"][3]["src"] = [2, 4], [3]


# SAMPLE's beads: [0]:[0] [1]:[1] [2, 3]:[2] [4]:[] [5]:[3] []:[4] [6]:[5]
@pytest.mark.parametrize(("data", "message"), [
    (without(2), "beads: source sentences 2-3 are in no bead"),
    (without(5), "beads: target sentence 4 is in no bead"),
    (edited(lambda d: d["beads"][1]["src"].append(2)),
     "beads: source sentence 2 is in beads 1 and 2"),
    (edited(lambda d: d["src_sentences"].pop()),
     "beads: source sentence 6 is in bead 6, but there are only 6 source sentences"),
    (edited(lambda d: d["beads"].insert(3, {"src": [], "tgt": [], "score": 0.0})),
     "beads: bead 3 has no sentence on either side"),
    (edited(lambda d: d["beads"].reverse()), "beads: source sentences out of order: bead 0"),
    (edited(_swap_2_4), "beads: bead 2 has source sentences 2 and 4 but not 3 .in bead 3."),
])
def test_beads_must_cover_every_sentence_once_in_order(data: Any, message: str) -> None:
    with pytest.raises(FormatError, match=message) as info:
        alignment_from_json(data, path="a.json")
    assert info.value.path == "a.json"


def test_a_bead_deleted_by_hand_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rb.json"
    write_alignment_json(SAMPLE, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["beads"][1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_alignment_json(path)
    assert str(info.value) == (
        f"{path}: saved alignment: beads: source sentence 1 is in no bead")


def test_parts_round_trip_and_are_checked() -> None:
    H, B, F = Part.HEADING, Part.BODY, Part.FRONT_MATTER
    src, tgt = (H, *[B] * 6), (F, H, *[B] * 4)  # SAMPLE's 7 and 6 sentences
    data = alignment_to_json(replace(SAMPLE, src_parts=src, tgt_parts=tgt))
    assert (data["src_parts"], data["tgt_parts"]) == (
        {"heading": [0]}, {"front-matter": [0], "heading": [1]})
    back = alignment_from_json(data)
    assert (back.src_parts, back.tgt_parts) == (src, tgt)
    assert "src_parts" not in alignment_to_json(SAMPLE)
    assert alignment_from_json(alignment_to_json(SAMPLE)).src_parts == ()
    with pytest.raises(FormatError, match=r"src_parts\.heading: expected sentence indices "
                                          "below 7"):
        alignment_from_json({**data, "src_parts": {"heading": [99]}}, path="a.json")
    with pytest.raises(FormatError, match="'preface' is no part"):
        alignment_from_json({**data, "src_parts": {"preface": [0]}}, path="a.json")
    with pytest.raises(FormatError, match="sentence 0 is in two parts, heading and footnote"):
        alignment_from_json({**data, "src_parts": {"heading": [0], "footnote": [0]}})


def test_an_older_files_headings_are_read_as_heading_parts() -> None:
    data = alignment_to_json(SAMPLE)
    back = alignment_from_json({**data, "src_headings": [1], "tgt_headings": [0]})
    assert back.src_parts == (Part.BODY, Part.HEADING, *[Part.BODY] * 5)
    assert back.tgt_parts == (Part.HEADING, *[Part.BODY] * 5)  # SAMPLE's 6 target sentences
    with pytest.raises(FormatError, match="src_headings: expected sentence indices below"):
        alignment_from_json({**data, "src_headings": [99]}, path="a.json")


def test_paragraph_numbers_round_trip_and_are_checked() -> None:
    """Where findings on a saved alignment point: the reader's paragraph number of each
    sentence (a checked .align names them as the documents did), beside its part."""
    n, m = len(SAMPLE.src_sentences), len(SAMPLE.tgt_sentences)
    src_parts = (Part.HEADING,) + (Part.BODY,) * (n - 2) + (Part.FOOTNOTE,)
    placed = replace(SAMPLE, src_paragraphs=tuple(range(1, n + 1)),
                     tgt_paragraphs=(1,) * m, src_parts=src_parts)
    data = alignment_to_json(placed)
    assert data["src_paragraphs"] == list(range(1, n + 1))
    assert data["src_parts"] == {"heading": [0], "footnote": [n - 1]}
    assert "tgt_parts" not in data
    back = alignment_from_json(data)
    assert (back.src_paragraphs, back.tgt_paragraphs, back.src_parts, back.tgt_parts) == (
        placed.src_paragraphs, placed.tgt_paragraphs, src_parts, ())
    assert "src_paragraphs" not in alignment_to_json(SAMPLE)
    assert alignment_from_json(alignment_to_json(SAMPLE)).src_paragraphs == ()
    with pytest.raises(FormatError, match=f"src_paragraphs: expected a paragraph number "
                                          f"\\(0 or more\\) for each of the {n} sentences"):
        alignment_from_json({**data, "src_paragraphs": [1, 2]}, path="a.json")
