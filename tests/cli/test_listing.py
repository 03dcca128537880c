"""aligner list on the command line: the table, JSON, CSV, --doc, and a writer at work."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aligner import __version__
from tests.collection.conftest import run


@pytest.fixture
def scored(collection_db: Path) -> Path:
    """The two-pair collection (2021/mina: 3 beads, 2021/puerto: 4) with its scores set by
    hand: mina's 0.4, 0.6 and 0.8, two of them reviewed; puerto's all 1.0."""
    conn = sqlite3.connect(collection_db)
    with conn:
        for unit, score in enumerate((0.4, 0.6, 0.8)):
            conn.execute("UPDATE beads SET score = ? WHERE unit = ? AND doc = (SELECT id "
                         "FROM documents WHERE name = '2021/mina')", (score, unit))
        conn.execute("UPDATE beads SET review = 'confirmed', reviewed = "
                     "'2026-01-02T03:04:05.000000Z' WHERE unit < 2 AND doc = (SELECT id "
                     "FROM documents WHERE name = '2021/mina')")
        conn.execute("UPDATE beads SET score = 1.0 WHERE doc = (SELECT id FROM documents "
                     "WHERE name = '2021/puerto')")
    conn.close()
    return collection_db


def test_text_table_and_totals(scored: Path) -> None:
    code, out, stderr = run("list", str(scored), "--no-files")
    assert code == 0 and stderr == ""
    lines = out.splitlines()
    assert lines[0].split() == ["document", "languages", "src", "tgt", "beads", "reviewed",
                                "one-sided", "mean", "<0.5", "stored", "state"]
    assert lines[1].split()[:9] == ["2021/mina", "es->en", "3", "3", "3", "2", "0", "0.60", "1"]
    assert lines[1].endswith("  aligned")
    assert lines[2].split()[:9] == ["2021/puerto", "es->en", "4", "4", "4", "0", "0", "1.00",
                                    "0"]
    # the mean of the seven beads' scores, (0.4 + 0.6 + 0.8 + 4) / 7, not of the two means
    assert lines[3].split() == ["total", "7", "7", "7", "2", "0", "0.83", "1", "2",
                                "documents:", "2", "aligned"]
    # what the batch that made it remembers: its defaults (tests/cli/test_batch_settings.py)
    assert lines[4] == ("batch settings of es -> en (a batch run of the pair that leaves one "
                        "out uses it): "
                        "--no-glossary, --no-srx, --encoder auto, --input-format auto")
    # and what aligned them: auto resolved (use-multilingual-v3 with the extra, else none)
    assert lines[5].startswith(f"aligned by aligner {__version__}, encoder ")
    assert lines[5].endswith(": 2 documents of es -> en")
    assert "auto" not in lines[5]
    assert len(lines) == 6


def test_json_and_csv(scored: Path) -> None:
    code, out, _ = run("list", str(scored), "--format", "json", "--doc", "2021/mina",
                       "--below", "0.7")
    assert code == 0
    data = json.loads(out)
    assert data["collection"] == str(scored) and data["below"] == 0.7
    (doc,) = data["documents"]
    assert {k: doc[k] for k in ("name", "state", "reason", "beads", "reviewed", "low",
                                "mean_score", "last_reviewed")} == {
        "name": "2021/mina", "state": "aligned", "reason": None, "beads": 3, "reviewed": 2,
        "low": 2, "mean_score": 0.6, "last_reviewed": "2026-01-02T03:04:05.000000Z"}
    assert data["totals"]["documents"] == 1 and data["totals"]["aligned"] == 1
    code, out, _ = run("list", str(scored), "--format", "csv", "--doc", "2021/mina")
    rows = out.lstrip("\ufeff").splitlines()
    assert rows[0].startswith("name,src_lang,tgt_lang,src_sentences,")
    assert rows[1].startswith("2021/mina,es,en,3,3,3,2,0,0.6,1,aligned,,")
    assert len(rows) == 2


def test_a_pattern_that_finds_nothing(scored: Path) -> None:
    code, out, stderr = run("list", str(scored), "--doc", "2023/*")
    assert code == 2 and out == ""
    assert stderr == (f"aligner: error: {scored}: no document '2023/*' in the collection: "
                      f"aligner list {scored} lists its documents\n")


def test_a_listing_beside_a_writer_sees_what_it_committed(scored: Path) -> None:
    """A batch storing a pair holds a write transaction: the listing neither waits for
    it nor sees the pair before it is committed."""
    writer = sqlite3.connect(scored, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE documents SET name = '2021/minas' WHERE name = '2021/mina'")
    code, out, stderr = run("list", str(scored), "--no-files")
    assert code == 0, stderr
    assert "2021/mina " in out and "2021/minas" not in out
    writer.execute("COMMIT")
    writer.close()
    assert "2021/minas" in run("list", str(scored), "--no-files")[1]


def test_below_defaults_to_checks_low_confidence_threshold() -> None:
    from aligner.check.base import DEFAULT_MIN_CONFIDENCE
    from aligner.cli.listing import BELOW

    assert BELOW == DEFAULT_MIN_CONFIDENCE
