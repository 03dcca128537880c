"""-q/--quiet on align, export, batch, import and run: no progress, 'wrote' or summary
line on standard error, but every warning and error still."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from aligner.cli import terminal
from aligner.cli.main import cli
from aligner.cli.quiet_option import quiet_option
from aligner.cli.run import _log


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _pair(folder: Path) -> tuple[Path, Path]:
    (folder / "es").mkdir(parents=True)
    (folder / "en").mkdir()
    src, tgt = folder / "es" / "carta.es.txt", folder / "en" / "carta.en.txt"
    src.write_text("El puerto abrió en marzo.\n\nNadie lo esperaba.\n", encoding="utf-8")
    tgt.write_text("The port opened in March.\n\nNobody expected it.\n", encoding="utf-8")
    return src, tgt


def test_align_and_export_say_nothing_but_write(tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path)
    out = tmp_path / "a.tsv"
    code, _, stderr = _run("align", str(src), str(tgt), "--encoder", "none", "-o", str(out))
    assert code == 0 and stderr == f"aligner: wrote 2 units to {out}\n"
    out.unlink()
    code, _, stderr = _run("align", str(src), str(tgt), "--encoder", "none", "-o", str(out),
                           "--quiet")
    assert code == 0 and stderr == "" and out.read_text(encoding="utf-8").count("\n") == 2
    again = tmp_path / "b.tsv"
    code, _, stderr = _run("export", str(out), "-o", str(again), "--src-lang", "es",
                           "--tgt-lang", "en", "-q")
    assert (code, stderr) == (0, "") and again.read_bytes() == out.read_bytes()


def test_quiet_still_says_the_sentences_a_file_of_units_leaves_out(tmp_path: Path) -> None:
    """The note of one-sided sentences left out went with the 'wrote' line it ends."""
    src, tgt = _pair(tmp_path)
    src.write_text("El puerto abrió en marzo.\n\nLa mina de cobre empleaba a dos mil obreros "
                   "y el sindicato pidió un aumento del diez por ciento.\n\nNadie lo "
                   "esperaba.\n", encoding="utf-8")
    out = tmp_path / "a.tsv"
    left_out = ("1 source sentence without a counterpart left out (the json and beads "
                "formats keep them)")
    code, _, stderr = _run("align", str(src), str(tgt), "--encoder", "none", "-o", str(out))
    assert (code, stderr) == (0, f"aligner: wrote 2 units to {out}; {left_out}\n")
    code, _, stderr = _run("align", str(src), str(tgt), "--encoder", "none", "-o", str(out),
                           "-q")
    assert (code, stderr) == (0, f"aligner: warning: {out}: {left_out}\n")
    saved = tmp_path / "a.json"  # export: the same
    assert _run("align", str(src), str(tgt), "--encoder", "none", "-o", str(saved))[0] == 0
    code, _, stderr = _run("export", str(saved), "-o", str(tmp_path / "b.tmx"), "--quiet")
    assert (code, stderr) == (0, f"aligner: warning: {tmp_path / 'b.tmx'}: {left_out}\n")
    # written as units without a target, they are no loss: nothing to say
    code, _, stderr = _run("export", str(saved), "-o", str(tmp_path / "b.xlf"), "-q",
                           "--untranslated")
    assert (code, stderr) == (0, "")


def test_batch_and_import_keep_their_warnings_and_drop_their_counts(tmp_path: Path) -> None:
    _pair(tmp_path)
    (tmp_path / "es" / "sola.es.txt").write_text("Sin pareja.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db",
                           str(db), "--encoder", "none", "-q")
    assert code == 0
    assert stderr == (f"aligner: warning: {tmp_path / 'es' / 'sola.es.txt'}: no partner in "
                      "the other folder; left out\n")
    code, _, stderr = _run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db",
                           str(db), "--encoder", "none")
    assert "aligner: 0 pairs aligned, 1 unchanged, 0 failed, of 1" in stderr
    memory = tmp_path / "m.tsv"
    memory.write_text("Hola.\tHello.\n", encoding="utf-8")
    code, _, stderr = _run("import", str(db), str(memory), "--src-lang", "es", "--tgt-lang",
                           "en", "--quiet")
    assert code == 0 and stderr == ""
    # an error is said whatever the flag
    code, _, stderr = _run("import", str(db), str(tmp_path / "none.tsv"), "-q")
    assert code == 2 and stderr.startswith("aligner: error:")


def test_no_progress_line_on_a_terminal_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    @click.command()
    @quiet_option
    def show() -> None:
        monkeypatch.setattr(sys, "stderr", _Tty())
        seen.extend([terminal.batch_progress(), terminal.progress_reporter()])

    assert CliRunner().invoke(show, ["-q"]).exit_code == 0
    assert seen == [None, None]
    seen.clear()
    assert CliRunner().invoke(show, []).exit_code == 0
    assert len(seen) == 2 and all(callable(report) for report in seen)


def test_run_says_its_warnings_when_quiet() -> None:
    @click.command()
    @quiet_option
    def show() -> None:
        _log("segmenting and aligning a and b")
        _log("warning: b: no sentence")

    result = CliRunner().invoke(show, ["-q"])
    assert result.stderr == "aligner: warning: b: no sentence\n"
    result = CliRunner().invoke(show, [])
    assert result.stderr == ("aligner: segmenting and aligning a and b\n"
                             "aligner: warning: b: no sentence\n")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True
