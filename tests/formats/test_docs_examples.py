"""The examples in docs/formats.md do what the page says."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def _shown(page: str, command: str) -> list[str]:
    """The output a console example of ``docs/<page>`` shows after ``$ command``."""
    lines = (REPO / "docs" / page).read_text(encoding="utf-8").splitlines()
    at = lines.index(f"$ {command}") + 1
    end = next(k for k in range(at, len(lines)) if lines[k].startswith(("$", "```")))
    return lines[at:end]


def test_subtitle_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/readers.md, "Subtitles": each file's times as it writes them, in a finding and
    in the cues an export carries."""
    subtitles = "tests/fixtures/subtitles/harbour.en.vtt tests/fixtures/subtitles/harbour.es.srt"
    runner = CliRunner()
    monkeypatch.chdir(REPO)
    result = runner.invoke(cli, ["check", *subtitles.split(), "--encoder", "none",
                                 "--no-glossary"])
    (line,) = _shown("readers.md", f"aligner check {subtitles} --encoder none --no-glossary "
                                   "| grep -m1 'unit 3 '")
    assert line in result.stdout.splitlines()
    tmx = tmp_path / "harbour.tmx"
    result = runner.invoke(cli, ["align", *subtitles.split(), "--encoder", "none", "-o",
                                 str(tmx)])
    assert result.exit_code == 0, result.stderr
    assert _shown("readers.md", f"aligner align {subtitles} --encoder none -o harbour.tmx"
                  ) == [result.stderr.strip().replace(str(tmx), "harbour.tmx")]
    assert_valid_tmx(tmx)
    cues = [x for x in tmx.read_text(encoding="utf-8").splitlines() if "cues" in x][:2]
    assert _shown("readers.md", "grep -m2 'cues' harbour.tmx") == cues
