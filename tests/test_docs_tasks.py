"""docs/tasks.md stays true: every command its tables give runs, on the bundled corpus,
in the order written (the alignment one row saves, a later row reads): exit 0, or 1
for a check that found an error (without the encoder the corpus has two).  ``aligner
review`` serves a page until stopped: its own tests run it."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

REPO = Path(__file__).resolve().parents[1]
_COMMAND = re.compile(r"`(aligner [^`]+)`")
_CORPUS = {"$S": "corpus/es/chile-73.es.txt", "$T": "corpus/en/chile-73.en.txt"}


def _commands() -> list[str]:
    text = (REPO / "docs" / "tasks.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [m[1] for row in rows for m in _COMMAND.finditer(row.split(" | ")[1])]


def test_the_tables_give_commands() -> None:
    assert len(_commands()) >= 15


def test_every_command_of_the_tasks_page_runs(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "glossary.tsv", tmp_path / "glossary.tsv")
    monkeypatch.chdir(tmp_path)
    ran = 0
    for command in _commands():
        args = [_CORPUS.get(a, a) for a in shlex.split(command)[1:]]
        if args[0] == "review":
            continue
        r = CliRunner().invoke(cli, [*args, "--encoder", "none"] if args[0] in (
            "run", "check", "report", "align", "batch") else args)
        assert r.exit_code in ((0, 1) if args[0] == "check" else (0,)), (command, r.output)
        assert "Traceback" not in r.output, (command, r.output)
        ran += 1
    assert ran >= 15
    for made in ("out/chile-73.tmx", "review.html", "findings.json", "chile.tmx", "a.tmx",
                 "glossary.tbx", "c.db", "site/index.html", "all.tmx"):
        assert (tmp_path / made).is_file(), made
