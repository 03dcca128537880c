"""-o: never one of the command's inputs; ``-`` is standard output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

ES = "Hola, ¿cómo estás?\nEn 1970 ganó Allende.\n"
EN = "Hello, how are you?\nAllende won in 1970.\n"
GLOSSARY = "es\ten\tstatus\nAllende\tAllende\tpreferred\n"
ALIGN = ["--presplit", "--src-lang", "es", "--tgt-lang", "en", "--encoder", "none"]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["align", "a.es.txt", "a.en.txt", *ALIGN, "-o", "a.json"])
    assert result.exit_code == 0, result.output
    return tmp_path


@pytest.mark.parametrize(
    ("args", "output"),
    [
        (["align", "a.es.txt", "a.en.txt", *ALIGN, "-o"], "a.es.txt"),
        (["align", "a.es.txt", "a.en.txt", *ALIGN, "--glossary", "g.tsv", "-o"], "./g.tsv"),
        (["segment", "--lang", "es", "a.es.txt", "-o"], "a.es.txt"),
        (["check", "a.json", "-o"], "a.json"),
        (["report", "a.es.txt", "a.en.txt", "--src-lang", "es", "--tgt-lang", "en", "-o"],
         "a.en.txt"),
        (["export", "a.json", "-o"], "a.json"),
        (["glossary", "import", "g.tsv", "-o"], "g.tsv"),
        (["glossary", "export", "g.tsv", "--format", "csv", "-o"], "g.tsv"),
        (["glossary", "suggest", "a.es.txt", "a.en.txt", "--src-lang", "es", "--tgt-lang",
          "en", "-o"], "a.es.txt"),
    ],
    ids=["align", "align-glossary", "segment", "check", "report", "export", "glossary-import",
         "glossary-export", "glossary-suggest"],
)
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
        folder: Path, args: list[str], output: str) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = CliRunner().invoke(cli, [*args, output])
    assert result.exit_code == 2
    given = os.path.normpath(output)
    assert result.output.startswith(f"aligner: error: {output}: is also an input (")
    assert result.output.endswith("); give the output another name\n")
    assert given in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize("command", [
    ["check", "a.es.txt", "a.en.txt", "--src-lang", "es", "--tgt-lang", "en"],
    ["report", "a.es.txt", "a.en.txt", "--src-lang", "es", "--tgt-lang", "en"],
    ["glossary", "suggest", "a.es.txt", "a.en.txt", "--src-lang", "es", "--tgt-lang", "en"],
], ids=["check", "report", "glossary-suggest"])
def test_the_glossary_read_by_default_is_an_input_too(folder: Path, command: list[str]) -> None:
    (folder / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, "--encoder", "none", "-o", "glossary.tsv"])
    assert (result.exit_code, result.output) == (
        2, "aligner: error: glossary.tsv: is also an input (glossary.tsv); give the output "
           "another name\n")
    assert (folder / "glossary.tsv").read_text(encoding="utf-8") == GLOSSARY


def test_the_same_file_by_another_path_is_the_same_file(folder: Path) -> None:
    (folder / "link.txt").symlink_to(folder / "a.es.txt")
    result = CliRunner().invoke(cli, ["segment", "--lang", "es", str(folder / "a.es.txt"),
                                      "-o", "link.txt"])
    assert result.exit_code == 2
    assert (folder / "a.es.txt").read_text(encoding="utf-8") == ES


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["export", "a.json", "--format", "tmx", "-o", "-"], "<?xml"),
        (["export", "a.json", "--format", "tsv", "-o", "-"], "Hola, ¿cómo estás?\tHello"),
        (["align", "a.es.txt", "a.en.txt", *ALIGN, "--format", "tmx", "-o", "-"], "<?xml"),
        (["segment", "--lang", "es", "a.es.txt", "-o", "-"], "Hola, ¿cómo estás?\n"),
        (["segment", "--export-srx", "-"], "<?xml"),
        (["glossary", "export", "g.tsv", "--format", "csv", "-o", "-"], "\ufeffes,en,status"),
        (["glossary", "import", "g.tsv", "-o", "-"], "es\ten\tstatus"),
        (["check", "a.json", "-o", "-"], "0 findings"),
    ],
    ids=["export-tmx", "export-tsv", "align", "segment", "export-srx", "glossary-export",
         "glossary-import", "check"],
)
def test_dash_is_standard_output(folder: Path, args: list[str], starts: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(starts)
    assert not (folder / "-").exists()


def test_dash_without_an_extension_needs_a_format(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "a.json", "-o", "-"])
    assert result.exit_code == 2
    assert result.output == ("aligner: error: standard output (-o -) needs --format: one of "
                             "tmx, xliff, xliff12, tsv, csv, xlsx, json, beads\n")


def test_a_collection_report_is_a_folder_not_standard_output(folder: Path) -> None:
    db = folder / "c.db"
    (folder / "es").mkdir()
    (folder / "en").mkdir()
    (folder / "es" / "a.es.txt").write_text(ES, encoding="utf-8")
    (folder / "en" / "a.en.txt").write_text(EN, encoding="utf-8")
    assert CliRunner().invoke(cli, ["batch", "es", "en", "--src-lang", "es", "--tgt-lang",
                                    "en", "--db", str(db), "--jobs", "1"]).exit_code == 0
    result = CliRunner().invoke(cli, ["report", str(db), "-o", "-"])
    assert result.exit_code == 2
    assert "the report of a collection is a folder" in result.output
    assert not (folder / "-").exists()
