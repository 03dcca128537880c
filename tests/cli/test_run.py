from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import OutputError

REPO = Path(__file__).resolve().parents[2]


def test_run_writes_every_artefact(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "glossary.tsv", tmp_path / "glossary.tsv")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    for name in ("chile-73.es.sentences.txt", "chile-73.en.sentences.jsonl", "chile-73.align",
                 "chile-73.alignment.json", "chile-73.tmx"):
        assert (out / name).is_file(), name
    text = (tmp_path / "corpus/es/chile-73.es.txt").read_text(encoding="utf-8")
    for line in (out / "chile-73.es.sentences.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert text[rec["start"]:rec["end"]] == rec["text"]
    assert "alignment vs gold" in r.output


def test_the_bundled_pair_named_is_scored_against_its_gold_as_plain_run_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """walk6: README's `aligner run corpus/es/chile-73.es.txt corpus/en/chile-73.en.txt
    -o mine/` printed no F1 line, though the gold is there; a copy of the pair elsewhere
    is no longer the bundled pair, and has no gold."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    args = ["--encoder", "none", "--no-glossary"]
    r = CliRunner().invoke(cli, ["run", "corpus/es/chile-73.es.txt",
                                 "corpus/en/chile-73.en.txt", "-o", "mine", *args])
    assert r.exit_code == 0, r.output
    assert ("alignment vs gold (corpus/gold/chile-73.gold, this run's alignment): strict "
            "P/R/F1 ") in r.output
    plain = CliRunner().invoke(cli, ["run", "-o", "plain", "--encoder", "none"])
    gold_line = [line for line in plain.output.splitlines() if "vs gold" in line]
    assert len(gold_line) == 1 and gold_line[0] in r.output.splitlines()
    (tmp_path / "copy").mkdir()
    for side in ("es", "en"):
        shutil.copy(tmp_path / f"corpus/{side}/chile-73.{side}.txt", tmp_path / "copy")
    r = CliRunner().invoke(cli, ["run", "copy/chile-73.es.txt", "copy/chile-73.en.txt",
                                 "-o", "other", *args])
    assert r.exit_code == 0 and "vs gold" not in r.output, r.output


def test_run_without_corpus_is_exit_2(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(tmp_path / "o")])
    assert r.exit_code == 2
    assert "corpus document not found" in r.output and "Traceback" not in r.output


def test_run_writes_the_corpus_findings(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "glossary.tsv", tmp_path / "glossary.tsv")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads((out / "chile-73.findings.json").read_text(encoding="utf-8"))
    assert doc["settings"]["glossary"].endswith("glossary.tsv")
    # the two inconsistencies of the translation itself (tests/check/corpus_expected.tsv);
    # bead numbers depend on the aligner, the terms do not
    inconsistent = {f["source_term"] for f in doc["findings"] if f["code"] == "term-inconsistent"}
    assert inconsistent == {"camionero", "Unidad Popular"}
    assert "term-inconsistent" in (out / "chile-73.report.html").read_text(encoding="utf-8")


def test_a_broken_gold_is_said_before_any_output_is_written(tmp_path: Path) -> None:
    """It was read last: all nine outputs were written, then exit 2."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    (tmp_path / "corpus" / "gold" / "chile-73.gold").write_text("[0]:[0]\nnot a bead\n",
                                                                 encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"])
    assert r.exit_code == 2 and "chile-73.gold:2" in r.output, r.output
    assert not out.exists() or not any(out.iterdir())
    (tmp_path / "corpus" / "gold" / "chile-73.gold").write_text("", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"])
    assert r.exit_code == 2 and "the gold has no beads" in r.output, r.output
    assert not out.exists() or not any(out.iterdir())


def test_run_without_corpus_names_the_options_run_has(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(tmp_path / "o")])
    assert r.exit_code == 2
    assert "give --root" in r.output and "--src" not in r.output


def test_run_and_align_keep_a_reviewed_alignment(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                    "--encoder", "none"]).exit_code == 0
    saved = out / "chile-73.alignment.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["beads"][3]["review"] = {"state": "confirmed", "changed": "2026-12-05T10:00:00Z"}
    saved.write_text(json.dumps(data), encoding="utf-8")  # as aligner review leaves it
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"])
    assert (r.exit_code, r.stderr) == (
        2, f"aligner: error: {saved}: holds a review (1 bead reviewed in aligner review); a new "
           "alignment would replace it: move it (and its log) away, or write to another file\n")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing written
    es, en = tmp_path / "corpus/es/chile-73.es.txt", tmp_path / "corpus/en/chile-73.en.txt"
    r = CliRunner().invoke(cli, ["align", str(es), str(en), "--src-lang", "es", "--tgt-lang",
                                 "en", "--encoder", "none", "-o", str(saved)])
    assert r.exit_code == 2 and "holds a review" in r.stderr
    assert saved.read_bytes() == before[saved.name]


def test_an_output_name_taken_by_a_folder_stops_run_before_it_writes(tmp_path: Path) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    out = tmp_path / "out"
    (out / "chile-73.tmx").mkdir(parents=True)
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"])
    assert (r.exit_code, r.stderr) == (
        2, f"aligner: error: {out / 'chile-73.tmx'}: is a folder; the output of that name "
           "cannot be written\n")
    assert [p.name for p in out.iterdir()] == ["chile-73.tmx"]


def test_a_read_only_output_stops_run_before_it_writes(tmp_path: Path) -> None:
    """The outputs take their places by renames, which replaced a chmod-444 file."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "chile-73.tmx"
    kept.write_text("mine", encoding="utf-8")
    kept.chmod(0o444)
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"])
    assert (r.exit_code, r.stderr) == (
        2, f"aligner: error: {kept}: is read-only: make it writable (chmod u+w) to replace "
           "it, or give another name\n")
    assert [p.name for p in out.iterdir()] == ["chile-73.tmx"]
    assert kept.read_text(encoding="utf-8") == "mine"


def test_run_dates_its_tmx_by_source_date_epoch(tmp_path: Path) -> None:
    """Reproducible output (docs/formats.md): the TMX header's date is SOURCE_DATE_EPOCH's."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", "--root", str(tmp_path), "-o", str(out),
                                 "--encoder", "none"], env={"SOURCE_DATE_EPOCH": "86400"})
    assert r.exit_code == 0, r.output
    assert 'creationdate="19700102T000000Z"' in (out / "chile-73.tmx").read_text(encoding="utf-8")


def test_a_run_that_fails_part_way_leaves_the_last_runs_outputs_together(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report failing (a full disk, Ctrl-C) left the new alignment, TMX and findings
    beside the last run's report: a folder whose files no longer went together."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "glossary.tsv", tmp_path / "glossary.tsv")
    out = tmp_path / "out"
    args = ["run", "--root", str(tmp_path), "-o", str(out), "--encoder", "none"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # the second run's alignment would differ: its Spanish text has a sentence less
    es = tmp_path / "corpus/es/chile-73.es.txt"
    es.write_text(es.read_text(encoding="utf-8").replace("Allende", "Allende.", 1),
                  encoding="utf-8")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OutputError("cannot write: No space left on device", path="report.html")

    monkeypatch.setattr("aligner.report.write_report", full_disk)
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2 and "No space left on device" in r.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing new, nothing else


def test_a_run_removes_the_staging_folders_of_runs_killed_outright(tmp_path: Path) -> None:
    """A run killed with kill -9 cannot remove its hidden staging folder: the next run
    does, and leaves alone the folder of a run still going (its process is alive)."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "glossary.tsv", tmp_path / "glossary.tsv")
    out = tmp_path / "out"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    killed = out / f".run-{gone.pid}-abc12_yz"
    going = out / f".run-{os.getpid()}-def45_yz"
    other = out / ".run-notes"  # not a name a run gives its folder
    mine = out / ".run-2024-archives"  # such a name, but no run's mark in it
    for folder in (killed, going, other, mine):
        folder.mkdir(parents=True)
        (folder / "chile-73.tmx").write_text("partial", encoding="utf-8")
        if folder is not mine and folder is not other:
            (folder / ".aligner-run").touch()
    args = ["run", "--root", str(tmp_path), "-o", str(out), "--encoder", "none"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    hidden = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
    assert hidden == sorted([going.name, other.name, mine.name])


def test_a_runs_staging_folder_carries_the_mark_a_later_run_sweeps_by(tmp_path: Path) -> None:
    from aligner.mainjob import _staged

    with _staged(tmp_path) as staging:
        assert (staging / ".aligner-run").is_file()
        assert staging.name.startswith(f".run-{os.getpid()}-")
    assert not staging.exists()
