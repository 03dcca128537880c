"""``aligner check SAVED.json --src-lang en-GB`` of an alignment saved as en-US: read in
en-GB (its dates day first), where it was refused ("the alignment is en-US -> pt-PT, not
en-GB -> pt-PT") and had to be aligned again (the pharma translator's walk: a UK text
whose DOCX declared LibreOffice's en-US)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment, Bead


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "solution.alignment.json"
    write_alignment_json(Alignment(
        ("Keep this leaflet.", "This leaflet was last revised on 12/03/2026."),
        ("Guarde este folheto.", "Este folheto foi revisto pela última vez em 12/03/2026."),
        (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)), "en-US", "pt-PT"), path)
    return path


def _check(path: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", str(path), "--no-glossary", *options])
    return result.exit_code, result.output


def test_another_region_of_the_source_language_reads_it_in_that_region(
        tmp_path: Path) -> None:
    saved = _saved(tmp_path)
    code, output = _check(saved)
    assert code == 0, output
    assert "3 December 2026 (en-US: month first)" in output
    code, output = _check(saved, "--src-lang", "en-GB")
    assert code == 0, output
    assert "date-order" not in output
    code, output = _check(saved, "--src-lang", "en-GB", "--format", "json")
    assert code == 0, output
    assert '"src_lang": "en-GB"' in output
    code, output = _check(saved, "--src-lang", "en")  # bare: the alignment's own region
    assert code == 0, output
    assert "date-order" in output


def test_another_language_is_still_refused(tmp_path: Path) -> None:
    saved = _saved(tmp_path)
    code, output = _check(saved, "--src-lang", "fr")
    assert code == 2
    assert "the alignment is en-US -> pt-PT, not fr -> pt-PT" in output
