"""``aligner glossary export`` / ``import`` (registered on a stand-in ``glossary`` group)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from aligner.cli.glossary_io import register
from aligner.cli.main import CliError
from aligner.errors import AlignerError
from aligner.formats.glossary_tsv import read_glossary_tsv, write_glossary_tsv
from aligner.formats.tbx import read_tbx
from aligner.model import TermStatus
from tests.formats.conftest import GLOSSARY


class _Group(click.Group):
    """Maps library errors like the real CLI does."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except AlignerError as exc:
            raise CliError(exc.format(), exit_code=exc.exit_code) from exc


@click.group(cls=_Group)
def glossary() -> None:
    """Stand-in for the real ``glossary`` group."""


register(glossary)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(glossary, list(args))
    return result.exit_code, result.stderr


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.tsv"
    write_glossary_tsv(GLOSSARY, path)
    return path


@pytest.mark.parametrize(
    ("fmt", "name", "message"),
    [
        ("tbx", "g.tbx", "wrote 3 concepts"),
        ("tbx3", "g3.tbx", "wrote 3 concepts"),
        ("omegat", "g.txt", "wrote 4 entries"),
        ("csv", "g.csv", "wrote 5 entries"),
    ],
)
def test_export(tmp_path: Path, tsv: Path, fmt: str, name: str, message: str) -> None:
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "--format", fmt, "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: {message} to {out}\n"


def test_export_omegat_with_forbidden(tmp_path: Path, tsv: Path) -> None:
    out = tmp_path / "g.txt"
    code, _ = run("export", str(tsv), "--format", "omegat", "--include-forbidden", "-o", str(out))
    assert code == 0
    assert "state blow\tFORBIDDEN, do not use" in out.read_text(encoding="utf-8")


def test_import_tbx_then_export_round_trip(tmp_path: Path, tsv: Path) -> None:
    tbx = tmp_path / "g.tbx"
    assert run("export", str(tsv), "--format", "tbx", "-o", str(tbx))[0] == 0
    back = tmp_path / "back.tsv"
    code, stderr = run("import", str(tbx), "-o", str(back))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 5 entries (es -> en) to {back}\n"
    assert [(e.source, e.target, e.status) for e in read_glossary_tsv(back).entries] == [
        (e.source, e.target, e.status) for e in GLOSSARY.entries
    ]
    assert read_tbx(tbx).entries[2].status is TermStatus.FORBIDDEN


def test_import_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif>", encoding="utf-8")
    code, stderr = run("import", str(bad), "-o", str(tmp_path / "out.tsv"))
    assert code == 2
    assert stderr.startswith(f"aligner: error: {bad}:1:")
    assert not (tmp_path / "out.tsv").exists()
