from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli

# a forbidden rendering (error) and a number mismatch (error) in a pair file
PAIRS = "El golpe de Estado de 1973.\tThe state blow of 1974.\nHola.\tHello.\n"
GLOSSARY = (
    "es\ten\tstatus\n"
    "golpe de Estado\tcoup d'état\tpreferred\n"
    "golpe de Estado\tstate blow\tforbidden\n"
)


def _inputs(tmp_path: Path) -> tuple[str, str]:
    pairs = tmp_path / "p.tsv"
    pairs.write_text(PAIRS, encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    return str(pairs), str(glossary)


def test_report_is_written_and_exit_is_0_despite_errors(tmp_path: Path) -> None:
    pairs, glossary = _inputs(tmp_path)
    out = tmp_path / "r.html"
    r = CliRunner().invoke(cli, ["report", "--pairs", pairs, "--glossary", glossary,
                                 "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert 'data-code="term-forbidden"' in page
    assert 'data-code="number-mismatch"' in page
    assert page.count('data-bead="0"') >= 1 and 'data-bead="2"' not in page


def test_fail_on_makes_it_a_gate(tmp_path: Path) -> None:
    pairs, glossary = _inputs(tmp_path)
    out = tmp_path / "r.html"
    r = CliRunner().invoke(cli, ["report", "--pairs", pairs, "--glossary", glossary,
                                 "-o", str(out), "--fail-on", "error"])
    assert r.exit_code == 1
    assert out.is_file()


def test_output_is_required(tmp_path: Path) -> None:
    pairs, glossary = _inputs(tmp_path)
    r = CliRunner().invoke(cli, ["report", "--pairs", pairs, "--glossary", glossary])
    assert r.exit_code == 2
    assert "--output" in r.output


def test_a_folder_is_refused_with_or_without_a_trailing_slash(tmp_path: Path) -> None:
    # "new/" names a folder even before it exists: no file called "new" is written
    pairs, glossary = _inputs(tmp_path)
    (tmp_path / "old").mkdir()
    for out in (tmp_path / "old", f"{tmp_path / 'new'}{os.sep}"):
        r = CliRunner().invoke(cli, ["report", "--pairs", pairs, "--glossary", glossary,
                                     "-o", str(out)])
        assert r.exit_code == 2, r.output
        assert r.output == (f"aligner: error: {out}: is a folder; the review page of one "
                            "pair is a file (a folder is for a collection's report)\n")
    assert not (tmp_path / "new").exists()


def test_the_report_of_a_memory_speaks_of_its_units_as_check_does(tmp_path: Path) -> None:
    tmx = tmp_path / "tm.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="es" '
        'segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="es"><seg>Uno.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>'
        "</body></tmx>\n", encoding="utf-8")
    out = tmp_path / "r.html"
    checked = CliRunner().invoke(cli, ["check", str(tmx), "--no-glossary"])
    assert "unit 1 (tu 2)  the target is empty" in checked.output
    r = CliRunner().invoke(cli, ["report", str(tmx), "--no-glossary", "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert '<a href="#bead-1">unit 1 (tu 2)</a>' in page  # the finding's link
    assert 'id="map"' not in page and "of the characters" not in page
