"""``aligner glossary validate`` through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli


def test_validate_prints_summary(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\tstatus\nfundo\testate\nfundo\tfund\tforbidden\nJAP\tJAP\n",
                 encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 0, result.output
    assert "es -> en: 2 terms, 3 rows (2 preferred, 0 allowed, 1 forbidden)" in result.output


def test_validate_reports_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\tstatus\nfundo\testate\nfundo\tfund\tmaybe\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 2
    assert f"aligner: error: {p}:3: unknown status 'maybe'" in result.output


def test_validate_wrong_pair(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\nfundo\testate\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", "--src-lang", "fr", str(p)])
    assert result.exit_code == 2
    assert f"{p}:1:" in result.output
