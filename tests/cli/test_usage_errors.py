"""Bad input on the command line is one line, ``aligner: error: ...``, and exit code 2
(README, "Commands") -- whether a command refuses an option or click does, parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

REPO = Path(__file__).resolve().parents[2]
SAVED = str(REPO / "docs" / "examples" / "saved-alignment.json")
GLOSSARY = str(REPO / "glossary.tsv")


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["export", SAVED, "-o", "{tmp}/w.json", "--min-score", "0.5"], None,
     "--min-score goes with TMX, XLIFF, TSV, CSV and XLSX: json keeps every bead"),
    (["align", "{tmp}/a.de.txt", "{tmp}/a.en.txt", "--creator", "X"], None,
     "--creator, --created and --prop go with --format tmx"),
    (["align", "{tmp}/a.de.txt", "{tmp}/a.en.txt", "--untranslated"], None,
     "--untranslated goes with XLIFF, TSV, CSV and XLSX, for a translator to fill in: the "
     "bead file keeps every bead already"),
    (["align", "{tmp}/a.de.txt", "{tmp}/a.en.txt", "--format", "tmx", "--created",
      "yesterday"], None,
     "invalid value for '--created': 'yesterday' is not an ISO 8601 date or time"),
    (["export", SAVED, "-o", "{tmp}/x.tmx", "--created", "0001-01-01T00:00:00+14:00"], None,
     "invalid value for '--created': '0001-01-01T00:00:00+14:00' is out of range in UTC"),
    (["segment", "{tmp}/a.de.txt", "--encoding", "rot13"], None,
     "'rot13' is no text encoding"),
    # options that contradict each other, or the output
    (["check", SAVED, "--glossary", GLOSSARY, "--no-glossary"], None,
     "give --glossary FILE or --no-glossary, not both"),
    (["export", SAVED, "-o", "{tmp}/y.json", "--created", "2024-01-01"], None,
     "--created dates a TMX or XLIFF header: json has none"),
    (["report", SAVED, "-o", "{tmp}/r.tmx", "--no-glossary"], None,
     "report writes an HTML page: give -o NAME.html, not .tmx"),
    (["report", SAVED, "-o", "{tmp}/r.json", "--no-glossary"], None,
     "report writes an HTML page: give -o NAME.html, not .json"),
    (["check", SAVED, "-o", "{tmp}/r.tmx", "--no-glossary"], None,
     "r.tmx: .tmx names another kind of file"),
    (["check", SAVED, "-o", "{tmp}/r.rtf", "--no-glossary"], None,
     "r.rtf: .rtf names another kind of file"),
    (["glossary", "export", GLOSSARY, "-o", "{tmp}/x.csv", "--include-forbidden"], None,
     "--include-forbidden goes with --format omegat"),
    (["segment", "-"], "Hola.\n", "missing --lang"),
    (["run", "--root", str(REPO), "-o", "{tmp}/a.de.txt"], None,
     "invalid value for '-o' / '--out'"),
    (["check", "{tmp}/C.db", "--format", "html"], None,
     "the report of a collection is a folder: give -o DIR/"),
    # click's own: the line names the help to read
    (["export", SAVED, "--bogus"], None,
     "no such option '--bogus' (see 'aligner export --help')"),
    (["export"], None, "missing argument 'INPUTS...' (see 'aligner export --help')"),
    (["--bogus"], None, "no such option '--bogus' (see 'aligner --help')"),
    # an option of one value given twice: not the last one silently (--tgt-lang fr lost)
    (["search", "{tmp}/C.db", "agua", "--tgt-lang", "fr", "--tgt-lang", "pt-BR"], None,
     "--tgt-lang is given twice, and takes one value: give it once (a command for each "
     "value) (see 'aligner search --help')"),
    (["export", SAVED, "-o", "{tmp}/a.tmx", "--output={tmp}/b.tmx", "-o", "{tmp}/c.tmx"], None,
     "--output is given 3 times, and takes one value"),
    # a group's command too
    (["glossary", "validate", GLOSSARY, "--src-lang", "es", "--src-lang", "en"], None,
     "--src-lang is given twice, and takes one value: give it once (a command for each "
     "value) (see 'aligner glossary validate --help')"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], stdin: str | None,
                                          message: str) -> None:
    (tmp_path / "a.de.txt").write_text("Hallo.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args],
                                input=stdin, prog_name="aligner")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("aligner: error: ")
    assert message in result.stderr
    assert "Usage:" not in result.output


@pytest.mark.parametrize("args", [
    # options that take several values, flags and a value that looks like the option
    ["list", "{tmp}/C.db", "--doc", "a", "--doc", "b"],
    ["list", "{tmp}/C.db", "--kinds", "--kinds"],
    ["search", "{tmp}/C.db", "--tgt-lang", "--", "--tgt-lang"],
])
def test_options_that_may_repeat_are_not_refused_for_it(tmp_path: Path, args: list[str]
                                                         ) -> None:
    result = CliRunner().invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert "given twice" not in result.stderr


def test_asking_a_group_for_its_commands_still_shows_them() -> None:
    result = CliRunner().invoke(cli, ["glossary"])
    assert "Commands:" in result.output and "aligner: error" not in result.output


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (a KeyboardInterrupt wherever a command is) is not click's "Aborted!" and
    exit 1, which `check` uses for "findings found"; it is one line and 130."""
    import aligner.cli.segment as segment_cli

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(segment_cli, "segment_document", interrupted, raising=False)
    monkeypatch.setattr("aligner.segment.segment_document", interrupted)
    result = CliRunner().invoke(cli, ["segment", "-", "--lang", "es"], input="Hola. Adiós.\n")
    assert result.exit_code == 130, result.output
    assert result.stderr == "\naligner: interrupted; no file was left half-written\n"


def test_a_second_ctrl_c_while_the_first_ones_exit_runs_ends_at_once() -> None:
    """The exit after a Ctrl-C joins a worker pool's threads, which takes a moment on a
    loaded machine: a second Ctrl-C then raised in Python's shutdown and printed its
    traceback (batch's Ctrl-C-twice test saw it under load).  Now it ends the process,
    status 130, saying it was interrupted once."""
    import subprocess
    import sys

    code = ("import os, signal, time\n"
            "from aligner.cli.main import second_ctrl_c_ends_at_once\n"
            "second_ctrl_c_ends_at_once()\n"
            "os.kill(os.getpid(), signal.SIGINT)\n"
            "time.sleep(30)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 130
    assert done.stderr == "\naligner: interrupted; no file was left half-written\n"
