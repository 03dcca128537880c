"""No merge-conflict marker is left in the project's text: a merge resolved in haste
once left one in docs/languages.md, where no test read it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MARKER = re.compile(r"^(<{7}|>{7})( |$)|^={7}$", re.M)
_TEXT = {".md", ".py", ".txt", ".tsv", ".toml", ".cfg", ".css", ".js", ".html", ".c", ".srx",
         ".json", ".yml", ".yaml", ".xml", ".tbx", ".tmx", ".xlf", ""}


def _files() -> list[Path]:
    found = [ROOT / "README.md", ROOT / "Makefile", ROOT / "pyproject.toml"]
    for top in ("src", "docs", "tests", "benchmarks", "corpus", ".ci"):
        found += [p for p in (ROOT / top).rglob("*")
                  if p.is_file() and p.suffix in _TEXT and "__pycache__" not in p.parts]
    return [p for p in found if p.is_file()]


def test_no_file_keeps_a_conflict_marker() -> None:
    files = _files()
    assert len(files) > 100  # the walk found the project
    left = [f"{p.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
            for p in files
            for text in [p.read_text(encoding="utf-8", errors="replace")]
            for m in _MARKER.finditer(text)]
    assert left == []
