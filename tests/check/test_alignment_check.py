"""check_alignment and write_findings: the entry points for the main job."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.check import check_alignment
from aligner.check.output import OutputFormat, write_findings
from aligner.errors import ConfigError
from aligner.model import Alignment, Bead

ALIGNMENT = Alignment(
    ("¿Qué falló?", "Fue en 1973.", "Nada más."),
    ("What went wrong?", "It was in 1972.", "Facebook Twitter Share"),
    (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.2), Bead((2,), (), 0.0), Bead((), (2,), 0.0)),
    "es", "en",
)


def test_check_alignment_one_unit_per_bead() -> None:
    result = check_alignment(ALIGNMENT, glossary=None)
    assert [(f.unit, f.code) for f in result.findings] == [
        (1, "number-mismatch"), (1, "alignment-low-confidence"), (2, "empty-target")
    ]


def test_write_findings(tmp_path: Path) -> None:
    result = check_alignment(ALIGNMENT, glossary=None)
    path = tmp_path / "findings.json"
    write_findings(result, path, fmt=OutputFormat.JSON, units=len(ALIGNMENT.beads))
    assert len(json.loads(path.read_text(encoding="utf-8"))["findings"]) == 3
    with pytest.raises(ConfigError):
        write_findings(result, tmp_path / "x.html", fmt=OutputFormat.HTML, units=4)
    assert not (tmp_path / "x.html").exists()
