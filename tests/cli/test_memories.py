"""``aligner import``'s command line: its place among the commands and its options."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_is_a_command_with_its_help() -> None:
    code, out, _ = _run("--help")
    assert code == 0 and "import" in out.split()
    code, out, _ = _run("import", "--help")
    assert code == 0 and "Import translation memories FILES" in out
    assert "--discard-reviews" in out and "--name" in out


def test_name_goes_with_one_file(tmp_path: Path) -> None:
    files = [tmp_path / "a.tsv", tmp_path / "b.tsv"]
    for f in files:
        f.write_text("Hola.\tHello.\n", encoding="utf-8")
    code, _, stderr = _run("import", str(tmp_path / "c.db"), *map(str, files), "--name", "x")
    assert code == 2
    assert stderr == "aligner: error: --name names one memory: give one FILE with it\n"
    assert not (tmp_path / "c.db").exists()


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    code, _, stderr = _run("import", str(tmp_path / "c.db"), str(tmp_path / "none.tmx"))
    assert code == 2 and stderr == f"aligner: error: {tmp_path / 'none.tmx'}: no such file\n"
    assert not (tmp_path / "c.db").exists()
