"""docs/editor.md says what the code does: its hooks exist, its key count is the test's."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "editor.md").read_text(encoding="utf-8")
EDITOR = REPO / "src" / "aligner" / "editor"
PAGE = "".join((EDITOR / "templates" / name).read_text(encoding="utf-8")
               for name in ("editor.html", "rows.html", "row.html", "summary.html",
                                "documents.html"))
SCRIPT = "".join(path.read_text(encoding="utf-8")
                 for path in sorted((EDITOR / "static").glob("*.js")))


def test_every_documented_data_attribute_is_written() -> None:
    hooks = set(re.findall(r"`[^`]*?(data-[a-z-]+)", DOC))
    assert hooks >= {"data-bead", "data-src", "data-review", "data-doubtful", "data-state",
                     "data-document"}
    for hook in hooks:
        name = hook.removeprefix("data-")
        camel = re.sub(r"-([a-z])", lambda m: m.group(1).upper(), name)
        assert hook in PAGE or f"dataset.{camel}" in SCRIPT, hook


def test_the_recorded_key_count_is_the_tests() -> None:
    test = (REPO / "tests" / "editor" / "test_browser.py").read_text(encoding="utf-8")
    (counted,) = re.findall(r"assert keys\.count == (\d+)", test)
    assert f"**{counted} key presses**" in DOC
