"""A saved alignment made with a glossary's terms, checked where no glossary is at hand
(another folder, a CI machine), says that the glossary's checks do not run: a forbidden
term that stopped a build with exit 1 passed there with exit 0 and one easy line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

# Written for this test: a notice, its translation with a forbidden rendering, a glossary.
ES = "El camión llegó tarde.\n\nLa huelga terminó el lunes.\n"
EN = "The lorry arrived late.\n\nThe strike ended on Monday.\n"
GLOSSARY = "es\ten\tstatus\ncamión\ttruck\tpreferred\ncamión\tlorry\tforbidden\n"
SAID = "aligned with a glossary's terms, but no glossary is used now"


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "a.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["align", str(tmp_path / "a.es.txt"), str(tmp_path / "a.en.txt"),
                                 "--glossary", str(tmp_path / "g.tsv"), "--encoder", "none",
                                 "-o", str(tmp_path / "a.json")])
    assert r.exit_code == 0, r.output
    monkeypatch.chdir(tmp_path)  # no ./glossary.tsv here
    (tmp_path / "kept").mkdir()
    (tmp_path / "g.tsv").rename(tmp_path / "kept" / "g.tsv")
    # an alignment saved before alignments recorded their glossary (a recorded one that
    # is gone is the command's to say, in one line: test_a_recorded_glossary_gone_...)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data.pop("glossary")["path"] == "g.tsv"
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path / "a.json"


def test_a_recorded_glossary_gone_is_one_warning(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["align", "a.es.txt", "a.en.txt", "--glossary", "g.tsv",
                                 "--encoder", "none", "-o", "a.json"])
    assert r.exit_code == 0, r.output
    (tmp_path / "g.tsv").unlink()
    r = CliRunner().invoke(cli, ["check", "a.json"])
    assert r.exit_code == 0, r.output
    assert [line for line in r.output.splitlines() if line.startswith("aligner: warning")] == [
        "aligner: warning: a.json: the glossary it was made with, g.tsv, is gone: checked "
        "without a glossary, so term-missing, term-forbidden and term-inconsistent do not "
        "run (give --glossary FILE)"]


def test_checked_without_its_glossary_it_says_so(saved: Path) -> None:
    r = CliRunner().invoke(cli, ["check", str(saved)])
    assert r.exit_code == 0, r.output
    assert f"aligner: warning: {saved}: {SAID}" in r.output
    r = CliRunner().invoke(cli, ["check", str(saved), "--glossary",
                                 str(saved.parent / "kept" / "g.tsv")])
    assert r.exit_code == 1 and SAID not in r.output and "term-forbidden" in r.output


def test_no_glossary_asked_for_or_none_used_to_align_says_nothing(saved: Path) -> None:
    r = CliRunner().invoke(cli, ["check", str(saved), "--no-glossary"])
    assert r.exit_code == 0 and SAID not in r.output, r.output
    plain = saved.parent / "plain.json"
    r = CliRunner().invoke(cli, ["align", str(saved.parent / "a.es.txt"),
                                 str(saved.parent / "a.en.txt"), "--encoder", "none",
                                 "-o", str(plain)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["check", str(plain), str(saved)])
    assert r.exit_code == 0 and f"aligner: warning: {saved}: {SAID}" in r.output, r.output
    assert f"{plain}:" not in r.output


def test_suggesting_terms_runs_no_term_check_so_warns_of_none(saved: Path) -> None:
    r = CliRunner().invoke(cli, ["glossary", "suggest", str(saved), "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert SAID not in r.output
