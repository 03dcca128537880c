"""A reviewed pair renamed on both sides keeps its review under the new name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.collection.conftest import DOCS, run, write_folders


def _batch(src: Path, tgt: Path, db: Path, *extra: str) -> tuple[int, str, str]:
    return run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en", "--db",
               str(db), "--jobs", "1", "--encoder", "none", *extra)


def _review(db: Path) -> None:
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    docs = CollectionDocuments(db)
    try:
        doc = next(s.id for s in docs.summaries() if s.name == "mina")
        session = docs[doc].session
        session.edit(Edit(Op.CONFIRM, 0), 0)
        session.edit(Edit(Op.TEXT, 2, Side.TARGET, ("The union asked for a 10% raise.",)), 1)
    finally:
        docs.close()


def test_a_reviewed_pair_renamed_on_both_sides_keeps_its_review(tmp_path: Path) -> None:
    src, tgt = write_folders(tmp_path, {"mina": DOCS["2021/mina"],
                                        "puerto": DOCS["2021/puerto"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _review(db)
    for folder, lang in ((src, "es"), (tgt, "en")):
        (folder / f"mina.{lang}.txt").rename(folder / f"mina-2026.{lang}.txt")
        (folder / f"puerto.{lang}.txt").rename(folder / f"muelle.{lang}.txt")  # unreviewed
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert "1 pair aligned, 1 unchanged" in stderr  # muelle aligned, mina-2026 renamed
    assert ("aligner: mina-2026: renamed from mina, whose files are gone and were byte for "
            "byte these: its review and edit log go with it") in stderr
    # neither gone nor a copy of another: the one line about it is that one
    assert [line for line in stderr.splitlines() if "mina" in line] == [
        "aligner: mina-2026: renamed from mina, whose files are gone and were byte for "
        "byte these: its review and edit log go with it"]
    assert "puerto: its files are gone" in stderr  # an unreviewed one: a document anew
    conn = sqlite3.connect(db)
    try:
        docs = dict(conn.execute("SELECT name, src_name FROM documents").fetchall())
        reviews = conn.execute(
            "SELECT b.unit, b.review, b.target FROM beads b JOIN documents d ON d.id = b.doc "
            "WHERE d.name = 'mina-2026' AND b.review IS NOT NULL ORDER BY b.unit").fetchall()
        log = conn.execute("SELECT e.op FROM edits e JOIN documents d ON d.id = e.doc "
                           "WHERE d.name = 'mina-2026' ORDER BY e.version").fetchall()
    finally:
        conn.close()
    assert docs == {"mina-2026": "mina-2026.es.txt", "muelle": "muelle.es.txt",
                    "puerto": "puerto.es.txt"}
    assert reviews == [(0, "confirmed", "The copper mine employed two thousand workers."),
                       (2, "edited", "The union asked for a 10% raise.")]
    assert log == [("confirm",), ("text",)]
    out = tmp_path / "all.tsv"
    code, _, stderr = run("export", str(db), "--doc", "mina*", "-o", str(out))
    assert code == 0, stderr
    text = out.read_text(encoding="utf-8")
    assert "10% raise" in text and "ten percent raise" not in text  # one version, corrected
