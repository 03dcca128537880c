"""Boundary F1 on the segbench DEV sets, through the CLI protocol (slow).

Runs ``../shared/bench/seg/segbench.py`` with ``cmd:aligner segment
--jsonl-docs`` exactly as the acceptance command does and checks the bars of
the foundation issue and of issue 14 (zh, ja, de, fr, nl, it, pt).  Skipped when
``../shared`` is not beside the repo.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT.parent / "shared" / "bench" / "seg"
BARS = {
    "golden_en": 98.0,
    "golden_es": 98.0,
    "ud_en_ewt": 89.5,
    "ud_en_gum": 96.5,
    "ud_es_gsd": 98.2,
    # issue 14, Chinese and Japanese
    "ud_zh_gsdsimp": 98.9,
    "ud_ja_gsd": 97.9,
    "golden_ja": 90.0,
    # issue 14, German, French, Dutch, Italian and Portuguese
    "golden_de": 97.0,
    "golden_it": 95.0,
    "ud_it_isdt": 96.0,
    "ud_pt_bosque": 91.9,
    "ud_de_gsd": 92.6,
    "ud_fr_gsd": 96.6,
    "ud_nl_alpino": 99.0,
}


@pytest.mark.slow
@pytest.mark.skipif(not (BENCH / "segbench.py").is_file(), reason=f"{BENCH} is absent")
def test_dev_bars(tmp_path: Path) -> None:
    aligner = shutil.which("aligner", path=str(Path(sys.executable).parent))
    assert aligner is not None, "the aligner console script is not installed"
    out = tmp_path / "res.json"
    cmd = [sys.executable, str(BENCH / "segbench.py"), "--json", str(out)]
    for name in BARS:
        cmd += ["--gold", str(BENCH / f"{name}.jsonl")]
    cmd += ["--seg", f"cmd:{aligner} segment --jsonl-docs"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    results = {Path(r["gold"]).stem: r for r in json.loads(out.read_text(encoding="utf-8"))}
    scores = {name: round(results[name]["f1"] * 100, 1) for name in BARS}
    failing = {name: (scores[name], bar) for name, bar in BARS.items() if scores[name] < bar}
    assert not failing, f"below the bar (score, bar): {failing}"
