"""A unit of two subtitle files names the cue its first sentence lies in: text,
JSON and CSV output, and a saved alignment that keeps the cues."""

from __future__ import annotations

from pathlib import Path

from aligner.check import CheckResult
from aligner.check.output import finding_dict, to_csv, unit_name
from aligner.check.units import units_from_alignment
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead, Finding, Severity
from aligner.readers import read_string
from aligner.segment import segment_document

ES = """1
00:00:01,000 --> 00:00:03,000
Lo sé. Vi el billete

2
00:00:03,100 --> 00:00:05,000
encima de la mesa.

3
00:01:12,820 --> 00:01:15,000
MANUEL ZALDÍVAR
"""

EN = """1
00:00:01,000 --> 00:00:03,000
I know.

2
00:00:03,100 --> 00:00:05,000
I saw the ticket on the table.

4
00:01:12,900 --> 00:01:15,000
MANUEL SALDÍVAR
"""


def _alignment() -> Alignment:
    src = segment_document(read_string(ES, lang="es", input_format="srt"))
    tgt = segment_document(read_string(EN, lang="en", input_format="srt"))
    assert src.sentences == ("Lo sé.", "Vi el billete encima de la mesa.", "MANUEL ZALDÍVAR")
    assert tgt.sentences == ("I know.", "I saw the ticket on the table.", "MANUEL SALDÍVAR")
    return Alignment(src.sentences, tgt.sentences,
                     tuple(Bead((k,), (k,), 0.9) for k in range(3)), "es", "en",
                     src_paragraph_starts=src.paragraph_starts,
                     tgt_paragraph_starts=tgt.paragraph_starts,
                     src_cues=src.sentence_cues(), tgt_cues=tgt.sentence_cues())


def test_a_unit_names_the_cue_its_first_sentence_lies_in() -> None:
    units = units_from_alignment(_alignment())
    assert [unit_name(n, u) for n, u in enumerate(units)] == [
        "unit 0 (cue 1, 00:00:01,000)",
        # the source's sentence starts inside cue 1; the target's starts cue 2
        "unit 1 (cue 1, 00:00:01,000; target cue 2, 00:00:03,100)",
        "unit 2 (cue 3, 00:01:12,820; target cue 4, 00:01:12,900)"]
    # the cues each unit holds, for the subtitle checks
    assert [[c.number for c in u.src_cues] for u in units] == [["1"], ["2"], ["3"]]
    assert [[c.number for c in u.tgt_cues] for u in units] == [["1"], ["2"], ["4"]]


def test_json_and_csv_carry_cue_and_time() -> None:
    units = units_from_alignment(_alignment())
    finding = Finding("term-missing", Severity.ERROR, 2, "not rendered")
    d = finding_dict(finding, units[2])
    assert (d["src_cue"], d["src_time"], d["tgt_cue"], d["tgt_time"]) == (
        "3", "00:01:12,820", "4", "00:01:12,900")
    row = to_csv(CheckResult((finding,), units=units)).splitlines()
    assert row[0].endswith(",src_cue,src_time,tgt_cue,tgt_time")
    assert row[1].endswith(',3,"00:01:12,820",4,"00:01:12,900"')


def test_a_saved_alignment_keeps_the_cues(tmp_path: Path) -> None:
    al = _alignment()
    path = tmp_path / "a.json"
    write_alignment_json(al, path)
    back = read_alignment_json(path)
    assert back.src_cues == al.src_cues and back.tgt_cues == al.tgt_cues
    assert [unit_name(n, u) for n, u in enumerate(units_from_alignment(back))][1] == (
        "unit 1 (cue 1, 00:00:01,000; target cue 2, 00:00:03,100)")
    assert back.tgt_cues[2][0].lines == ("MANUEL SALDÍVAR",)


def test_an_older_saved_alignment_without_cues_is_read_as_before(tmp_path: Path) -> None:
    from dataclasses import replace

    path = tmp_path / "old.json"
    write_alignment_json(replace(_alignment(), src_cues=(), tgt_cues=()), path)
    assert "_cues" not in path.read_text(encoding="utf-8")
    units = units_from_alignment(read_alignment_json(path))
    assert unit_name(2, units[2]) == "unit 2 (paragraph 2)"
    assert units[2].cue_at is None


def test_a_saved_alignment_keeps_how_a_webvtt_file_writes_times(tmp_path: Path) -> None:
    """A WebVTT cue's list says its clock after the lines; a SubRip cue's is as it was,
    and a WebVTT cue saved before (no clock) is read as SubRip's."""
    import json

    from aligner.formats.alignment_json import alignment_from_json

    vtt = "WEBVTT\n\n00:03.100 --> 00:05.000\nI saw the ticket on the table.\n"
    tgt = segment_document(read_string(vtt, lang="en", input_format="vtt"))
    src = segment_document(read_string(ES, lang="es", input_format="srt"))
    al = Alignment(src.sentences, tgt.sentences, (Bead((0, 1, 2), (0,), 0.5),), "es", "en",
                   src_cues=src.sentence_cues(), tgt_cues=tgt.sentence_cues())
    path = tmp_path / "a.json"
    write_alignment_json(al, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["tgt_cues"] == [[0, 0, None, 3.1, 5.0, 0, 30,
                                 ["I saw the ticket on the table."], "vtt-minutes"]]
    assert [len(c) for c in data["src_cues"]] == [8, 8, 8]
    back = read_alignment_json(path)
    assert back.tgt_cues == al.tgt_cues
    assert unit_name(0, units_from_alignment(back)[0]) == (
        "unit 0 (cue 1, 00:00:01,000; target cue #1, 00:03.100)")
    data["tgt_cues"][0].pop()
    older = alignment_from_json(data)
    assert older.tgt_cues[0][0].timecode == "00:00:03,100"
    data["tgt_cues"][0].append("vtt-hours")
    import pytest

    from aligner.errors import FormatError

    with pytest.raises(FormatError, match=r"tgt_cues\[0\]: expected \[sentence"):
        alignment_from_json(data)


def test_a_bad_cue_entry_is_refused_with_its_path() -> None:
    import pytest

    from aligner.errors import FormatError
    from aligner.formats.alignment_json import alignment_from_json

    data = {"src_lang": "es", "tgt_lang": "en", "src_sentences": ["A."],
            "tgt_sentences": ["B."], "beads": [{"src": [0], "tgt": [0], "score": 1}],
            "tgt_cues": [[0, 0, "1", 1.0, 2.0, 0, 9, ["B."]]]}
    with pytest.raises(FormatError, match=r"tgt_cues\[0\]: expected a sentence index and a "
                                          "span inside it"):
        alignment_from_json(data)
    data["tgt_cues"] = [[0, 0, 1, 1.0, 2.0, 0, 2, ["B."]]]  # a number is written as a string
    with pytest.raises(FormatError, match=r"tgt_cues\[0\]: expected \[sentence"):
        alignment_from_json(data)


def test_the_review_page_names_a_bead_by_its_cue() -> None:
    from aligner.check import check_alignment
    from aligner.pipeline.checks import CheckInput, report_data
    from aligner.pipeline.steps import AlignedPair
    from aligner.report import render_report

    al = _alignment()
    units = units_from_alignment(al)
    inp = CheckInput(units, "es", "en", "a.es.srt", "a.en.srt", AlignedPair(al))
    data = report_data(inp, check_alignment(al, glossary=None))
    assert data.name(2) == "unit 2 (cue 3, 00:01:12,820; target cue 4, 00:01:12,900)"
    assert '<span class="cue">cue 1, 00:00:01,000</span>' in render_report(data)
