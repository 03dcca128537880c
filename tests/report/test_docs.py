"""The example in docs/report.md really works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "report.md"


def test_the_python_example_writes_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(example, str(DOC), "exec"), namespace)
    written = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert written == namespace["page"]
    assert written.count(' data-bead="') == 2
    assert '<mark class="m-ok" title="pozo">well</mark>' in written
