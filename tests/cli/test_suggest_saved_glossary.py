"""``aligner glossary suggest`` of a saved alignment, given no --glossary: the glossary
the alignment records is its known terms, as check and review read it (the pharma
translator's walk: "leaflet -> bula" suggested again from alignments made with it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

ES = ("El paro patronal empezó el lunes. Los sindicatos apoyaron el paro patronal. "
      "El paro patronal fracasó en una semana.\n")
EN = ("The lockout began on Monday. The unions backed the lockout. "
      "The lockout failed within a week.\n")


def test_the_recorded_glossary_gives_the_known_terms(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.es.txt").write_text(ES, encoding="utf-8")
    Path("a.en.txt").write_text(EN, encoding="utf-8")
    Path("terms.tsv").write_text("es\ten\nparo patronal\tlockout\n", encoding="utf-8")
    made = CliRunner().invoke(cli, ["align", "a.es.txt", "a.en.txt", "--glossary",
                                    "terms.tsv", "--encoder", "none", "-o", "a.json"])
    assert made.exit_code == 0, made.output
    asked = ["glossary", "suggest", "a.json", "--encoder", "none"]
    known = CliRunner().invoke(cli, asked)
    assert known.exit_code == 0, known.output
    assert "paro patronal\tlockout" not in known.stdout
    assert ("aligner: suggesting with the glossary a.json was made with, terms.tsv "
            "(--glossary FILE or --no-glossary to choose)") in known.stderr
    unknown = CliRunner().invoke(cli, [*asked, "--no-glossary"])
    assert unknown.exit_code == 0, unknown.output
    assert "paro patronal\tlockout\t" in unknown.stdout
    Path("terms.tsv").unlink()
    gone = CliRunner().invoke(cli, asked)
    assert gone.exit_code == 0, gone.output
    assert "paro patronal\tlockout\t" in gone.stdout
    assert ("is gone: suggested without a glossary, so its terms are suggested again "
            "(give --glossary FILE)") in gone.stderr
