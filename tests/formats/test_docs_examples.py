"""The examples in docs/formats.md do what the page says."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.formats import GlossaryFormat, read_glossary, write_glossary
from aligner.formats.tsv import read_tsv
from tests._tools import assert_valid_tmx

REPO = Path(__file__).resolve().parents[2]
SAVED = REPO / "docs" / "examples" / "saved-alignment.json"


def test_export_examples(tmp_path: Path) -> None:
    runner = CliRunner()
    tmx, tsv = tmp_path / "example.tmx", tmp_path / "example.tsv"
    result = runner.invoke(cli, ["export", str(SAVED), "-o", str(tmx)])
    left = ("; 1 source sentence without a counterpart left out (the json and beads formats "
            "keep them)")
    assert result.stderr == f"aligner: wrote 3 units to {tmx}{left}\n"
    assert_valid_tmx(tmx)
    result = runner.invoke(cli, ["export", str(SAVED), "-o", str(tsv), "--min-score", "0.9"])
    assert result.stderr == f"aligner: wrote 2 units to {tsv}, 1 below --min-score{left}\n"
    assert [u.target for u in read_tsv(tsv)] == [
        "The train leaves at eight.",
        "It reaches Valparaíso at noon.",
    ]
    result = runner.invoke(cli, ["export", str(tsv), "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == 2
    assert "pass --src-lang and --tgt-lang" in result.stderr


def test_glossary_example(tmp_path: Path) -> None:
    glossary = read_glossary(REPO / "glossary.tsv", fmt=GlossaryFormat.TSV)
    assert write_glossary(glossary, tmp_path / "glossary.tbx", fmt=GlossaryFormat.TBX) == 85
    assert read_glossary(tmp_path / "glossary.tbx").entries[0].target == "cordones industriales"
