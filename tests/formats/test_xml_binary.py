"""A binary file under an XML exchange file's name (``.tmx``, ``.xlf``) is said to be
binary, as batch says of a binary document, not ``not well-formed XML`` (a localization
engineer's walk); a malformed XML file is still named by line and column."""

from __future__ import annotations

from pathlib import Path

from tests.collection.conftest import run

# bytes of our own making: an ELF-like header with a NUL at byte 7
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(1, 200))


def test_import_of_a_binary_tmx_says_it_is_binary(tmp_path: Path) -> None:
    tmx = tmp_path / "bin.tmx"
    tmx.write_bytes(BINARY)
    db = tmp_path / "c.db"
    code, _, stderr = run("import", str(db), str(tmx), "--src-lang", "en", "--tgt-lang", "es")
    assert code == 2
    assert stderr == (f"aligner: error: {tmx}: byte 7: looks like a binary file (NUL byte), "
                      "not a TMX document\n")


def test_a_malformed_xliff_is_still_named_by_line_and_column(tmp_path: Path) -> None:
    xlf = tmp_path / "broken.xlf"
    xlf.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n</xliff>\n',
                   encoding="utf-8")
    code, _, stderr = run("import", str(tmp_path / "c.db"), str(xlf), "--src-lang", "en",
                          "--tgt-lang", "es")
    assert code == 2 and f"{xlf}:4:" in stderr and "not well-formed XML" in stderr
