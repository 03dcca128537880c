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


def test_bad_subtitle_limits_are_usage_errors(tmp_path: Path) -> None:
    code, _ = _check(tmp_path, "--subtitle-cps", "0")
    assert code == 2
    (tmp_path / "a.es.srt").write_text(ES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.es.srt"),
                                      str(tmp_path / "a.en.srt"), "--no-glossary",
                                      "--subtitle-min-duration", "8"])
    assert result.exit_code == 2
    assert "--subtitle-min-duration 8 is more than --subtitle-max-duration 7" in result.output
