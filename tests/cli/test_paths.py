"""A missing input file is one line naming it, whichever option or argument names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["align", "nope.txt", "a.txt", "--src-lang", "es", "--tgt-lang", "en"],
         "nope.txt: no such file"),
        (["align", "a.txt", "a.txt", "--src-lang", "es", "--tgt-lang", "en", "--glossary",
          "nope.tsv"], "nope.tsv: no such file"),
        (["align", "a.txt", "a.txt", "--src-lang", "es", "--tgt-lang", "en", "--src-mt",
          "sub"], "sub: is a directory, expected a file"),
        (["eval", "nope", "a.txt"], "nope: no such file or folder"),
        (["segment", "a.txt", "--lang", "es", "--srx", "nope.srx"], "nope.srx: no such file"),
        (["batch", "sub", "sub", "--src-lang", "es", "--tgt-lang", "en", "--db", "c.db",
          "--glossary", "nope.tsv"], "nope.tsv: no such file"),
    ],
    ids=["align-src", "align-glossary", "align-src-mt-folder", "eval", "srx", "batch-glossary"],
)
def test_a_missing_input_is_one_line_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Hola.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.output) == (2, f"aligner: error: {message}\n")
    assert not (tmp_path / "c.db").exists()
