"""``aligner check`` of two subtitle files: the --subtitle-* limits, and the cue in
each finding's name."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli

ES = """1
00:00:01,000 --> 00:00:04,000
Mi abuelo empezó aquí con once años.

2
00:00:04,500 --> 00:00:07,000
Trabajó en la salina toda su vida.
"""
# cue 1: 40 characters in 2.5 s (16 a second); cue 2 starts before cue 1 ends, and its
# first line has 43 characters
EN = """1
00:00:01,000 --> 00:00:03,500
My grandfather started here aged eleven.

2
00:00:03,000 --> 00:00:07,000
He worked in the saltworks all of his life,
yes.
"""


def _check(tmp_path: Path, *args: str) -> tuple[int, str]:
    (tmp_path / "a.es.srt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.srt").write_text(EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.es.srt"),
                                      str(tmp_path / "a.en.srt"), "--no-glossary", "-q",
                                      *args])
    return result.exit_code, result.stdout


def test_subtitle_findings_and_their_limits(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "--format", "json")
    assert code == 0  # warnings only
    found = [(f["code"], f["unit"], f["tgt_cue"], f["tgt_time"])
             for f in json.loads(out)["findings"]]
    assert found == [("subtitle-overlap", 1, "2", "00:00:03,000"),
                     ("subtitle-line-length", 1, "2", "00:00:03,000")]
    # 40 characters in 2.5 s are 16 a second: under 17; a limit of 15 finds them
    code, out = _check(tmp_path, "--subtitle-cps", "15", "--subtitle-line", "43")
    assert "target cue 1 (00:00:01,000): 40 characters in 2.50 s: 16.0 characters a " \
           "second (limit 15)" in out
    assert "subtitle-line-length" not in out
    assert "unit 1 (cue 2, 00:00:04,500; target cue 2, 00:00:03,000)" in out


# EN as a WebVTT file that leaves the hours out, without cue identifiers
EN_VTT = """WEBVTT

00:01.000 --> 00:03.500
My grandfather started here aged eleven.

00:03.000 --> 00:07.000
He worked in the saltworks all of his life,
yes.
"""


def test_each_file_shows_its_times_as_it_writes_them(tmp_path: Path) -> None:
    """The SubRip source's times with SubRip's comma, the WebVTT target's as it writes
    them (a full stop, no hours): in text, JSON, CSV and HTML."""
    (tmp_path / "a.es.srt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.vtt").write_text(EN_VTT, encoding="utf-8")
    pair = [str(tmp_path / "a.es.srt"), str(tmp_path / "a.en.vtt"), "--no-glossary", "-q"]

    def check(*args: str) -> str:
        result = CliRunner().invoke(cli, ["check", *pair, *args])
        assert result.exit_code == 0, result.stderr  # warnings only
        return result.stdout

    overlap = ("target cue #2 (00:03.000): starts 0.500 s before cue #1 ends (00:03.500)")
    where = "unit 1 (cue 2, 00:00:04,500; target cue #2, 00:03.000)"
    assert f"{where}  {overlap}" in check()
    found = json.loads(check("--format", "json"))["findings"]
    assert [(f["code"], f["src_cue"], f["src_time"], f["tgt_cue"], f["tgt_time"])
            for f in found] == [("subtitle-overlap", "2", "00:00:04,500", "#2", "00:03.000"),
                                ("subtitle-line-length", "2", "00:00:04,500", "#2",
                                 "00:03.000")]
    assert found[0]["message"] == overlap
    rows = check("--format", "csv").splitlines()
    assert rows[1].endswith(',2,"00:00:04,500",#2,00:03.000')
    check("--format", "html", "-o", str(tmp_path / "r.html"))
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "cue 2, 00:00:04,500; target cue #2, 00:03.000" in page
    assert "target cue #2 (00:03.000): starts 0.500 s before cue #1 ends (00:03.500)" in page
    assert "00:00:03,000" not in page and "00:00:03.000" not in page


def test_bad_subtitle_limits_are_usage_errors(tmp_path: Path) -> None:
    code, _ = _check(tmp_path, "--subtitle-cps", "0")
    assert code == 2
    (tmp_path / "a.es.srt").write_text(ES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.es.srt"),
                                      str(tmp_path / "a.en.srt"), "--no-glossary",
                                      "--subtitle-min-duration", "8"])
    assert result.exit_code == 2
    assert "--subtitle-min-duration 8 is more than --subtitle-max-duration 7" in result.output


def test_a_limit_for_one_side(tmp_path: Path) -> None:
    """``--subtitle-line 44 --subtitle-line tgt:43``: the target's line of 43 characters
    is within its limit; ``src:`` sets the source's alone, whose findings are info."""
    code, out = _check(tmp_path, "--subtitle-line", "40", "--subtitle-line", "tgt:43",
                       "--format", "json")
    found = [(f["code"], f["severity"], f["message"][:13]) for f in json.loads(out)["findings"]
             if f["code"] == "subtitle-line-length"]
    assert found == []  # the source's longest line has 36 characters
    code, out = _check(tmp_path, "--subtitle-line", "tgt:43", "--subtitle-line", "src:30",
                       "--format", "json")
    found = [(f["code"], f["severity"], f["message"][:13]) for f in json.loads(out)["findings"]
             if f["code"] == "subtitle-line-length"]
    assert found == [("subtitle-line-length", "info", "source cue 1 "),
                     ("subtitle-line-length", "info", "source cue 2 ")]
    for bad in ("tgt:", "dst:16", "tgt:1.5", "src:0"):
        code, _ = _check(tmp_path, "--subtitle-line", bad)
        assert code == 2, bad


def _cues(texts: list[str], starts: list[float]) -> str:
    def time(seconds: float) -> str:
        ms = round(seconds * 1000)
        return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"
    return "".join(f"{n}\n{time(a)} --> {time(a + 3.2)}\n{text}\n\n"
                   for n, (text, a) in enumerate(zip(texts, starts, strict=True), 1))


def test_subtitle_shift_is_an_option(tmp_path: Path) -> None:
    # ten cues five seconds apart; the target's fifth starts 1.7 s late, overlapping none
    es = [f"Frase número {n} del documental." for n in range(1, 11)]
    en = [f"Sentence number {n} of the documentary." for n in range(1, 11)]
    starts = [1.0 + 5 * k for k in range(10)]
    (tmp_path / "b.es.srt").write_text(_cues(es, starts), encoding="utf-8")
    starts[4] += 1.7
    (tmp_path / "b.en.srt").write_text(_cues(en, starts), encoding="utf-8")

    def codes(*args: str) -> list[str]:
        result = CliRunner().invoke(cli, ["check", str(tmp_path / "b.es.srt"),
                                          str(tmp_path / "b.en.srt"), "--no-glossary", "-q",
                                          "--format", "json", *args])
        assert result.exit_code == 0, result.output
        return [f["code"] for f in json.loads(result.stdout)["findings"]]

    assert codes() == ["subtitle-cue-shift"]
    assert codes("--subtitle-shift", "2") == []
