"""The editor's store on a collection database: one transaction per edit, versions per
document, undo/redo from the log, and everything back after the store is reopened."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aligner.collection.search import search
from aligner.collection.store import Collection, open_collection
from aligner.editor.catalog import CollectionDocuments, review_state
from aligner.editor.dbstore import ReviewDatabase
from aligner.editor.edits import Edit, EditError, Op
from aligner.editor.session import EditSession
from aligner.editor.store import ChangedBehind, VersionConflict
from aligner.errors import AlignerError
from aligner.model import ReviewState, Side

T0 = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)

# The two pairs as the aligner stores them: every sentence 1-1 (the texts are
# translated sentence by sentence, see tests/collection/conftest.py).
MINA = [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
PUERTO = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def _open(db: Path) -> CollectionDocuments:
    return CollectionDocuments(db)


def _session(docs: CollectionDocuments, name: str) -> EditSession:
    doc_id = next(s.id for s in docs.summaries() if s.name == name)
    session = docs[doc_id].session
    session.clock = lambda: T0
    return session


def _beads(session: EditSession) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in session.snapshot().alignment.beads]


def _stored(db: Path, name: str) -> list[tuple[Any, ...]]:
    """What the database holds of a document: its beads with their marks and texts,
    their index entries, its version and its log, read by another connection."""
    conn = sqlite3.connect(db)
    try:
        doc, revision = conn.execute("SELECT id, revision FROM documents WHERE name = ?",
                                     (name,)).fetchone()
        beads = conn.execute("SELECT unit, src_first, src_count, tgt_first, tgt_count, score, "
                             "review, reviewed, source, target FROM beads WHERE doc = ? "
                             "ORDER BY unit", (doc,)).fetchall()
        forms = conn.execute("SELECT f.src_forms, f.tgt_forms FROM bead_forms f JOIN beads b "
                             "ON b.id = f.rowid WHERE b.doc = ? ORDER BY b.unit",
                             (doc,)).fetchall()
        log = conn.execute("SELECT version, op, start FROM edits WHERE doc = ? "
                           "ORDER BY version", (doc,)).fetchall()
    finally:
        conn.close()
    return [revision, beads, forms, log]


def test_an_edit_is_stored_with_its_marks_texts_index_and_log(collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        assert _beads(mina) == MINA
        mina.edit(Edit(Op.MERGE_NEXT, 1), 0)
        mina.edit(Edit(Op.CONFIRM, 0), 1)
    finally:
        docs.close()
    revision, beads, forms, log = _stored(collection_db, "2021/mina")
    assert revision == 2
    assert log == [(1, "merge-next", 1), (2, "confirm", 0)]
    assert [(b[1:5], b[6], b[7]) for b in beads] == [
        ((0, 1, 0, 1), "confirmed", "2026-12-01T09:30:00.000000Z"),
        ((1, 2, 1, 2), "edited", "2026-12-01T09:30:00.000000Z")]
    assert beads[1][8] == ("Según sus defensores, la vía chilena pasaba por las urnas. "
                           "El sindicato pidió un aumento del diez por ciento.")
    assert len(forms) == 2 and "sindicato" in forms[1][0] and "union" in forms[1][1]
    with open_collection(collection_db) as c:
        assert c.problems() == []
        # The concordance finds the merged unit, under its new number.
        hits = list(search(c, "aumento del diez por ciento"))
        assert [(h.document, h.unit) for h in hits] == [("2021/mina", 1)]
        doc = c.documents(["2021/mina"])[0]
        assert doc.beads == 2
        review = c.alignment(doc).beads[0].review
        assert review is not None and review.state is ReviewState.CONFIRMED
        assert review.changed == T0


def test_a_text_edit_replaces_the_sentence_bead_text_and_index_and_is_undone(
        collection_db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from aligner.cli.main import cli

    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        mina.edit(Edit(Op.TEXT, 0, Side.TARGET, ("The copper mine employed three thousand "
                                                   "miners.",)), 0)
    finally:
        docs.close()
    revision, beads, forms, log = _stored(collection_db, "2021/mina")
    assert (revision, log) == (1, [(1, "text", 0)])
    assert beads[0][9] == "The copper mine employed three thousand miners."
    assert beads[0][6] == "edited" and beads[0][5] < 1.0  # the aligner's score kept
    assert "miner" in forms[0][1] and "worker" not in forms[0][1]
    with open_collection(collection_db) as c:
        assert c.problems() == []
        assert [h.unit for h in search(c, "three thousand miners")] == [0]
        assert list(search(c, "two thousand workers")) == []
        al = c.alignment(c.documents(["2021/mina"])[0])
        assert al.tgt_sentences[0] == "The copper mine employed three thousand miners."
        texts = c.conn.execute("SELECT texts FROM edits").fetchone()[0]
    assert "The copper mine employed two thousand workers." in texts  # the original kept
    with open_collection(collection_db) as c:  # and beside the sentence (schema 9)
        assert c.originals(c.documents(["2021/mina"])[0]) == {
            ("tgt", 0): "The copper mine employed two thousand workers."}
    out = tmp_path / "mina.tsv"
    result = CliRunner().invoke(cli, ["export", str(collection_db), "--doc", "2021/mina",
                                      "-o", str(out), "--reviewed-only"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[-1].split("\t")[:2] == [
        "La mina de cobre empleaba a dos mil obreros.",
        "The copper mine employed three thousand miners."]

    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        mina.undo(1)
    finally:
        docs.close()
    with open_collection(collection_db) as c:
        assert c.problems() == []
        assert [h.unit for h in search(c, "two thousand workers")] == [0]
        assert c.alignment(c.documents(["2021/mina"])[0]).tgt_sentences[0] == (
            "The copper mine employed two thousand workers.")
        assert c.originals(c.documents(["2021/mina"])[0]) == {}  # the file's text again


def test_reopened_the_store_has_the_document_its_version_and_its_undo(
        collection_db: Path) -> None:
    docs = _open(collection_db)
    mina = _session(docs, "2021/mina")
    mina.edit(Edit(Op.MERGE_NEXT, 0), 0)
    mina.edit(Edit(Op.CONFIRM, 1), 1)
    mina.undo(2)  # the confirm
    docs.close()

    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        snap = mina.snapshot()
        assert snap.version == 3 and snap.can_undo and snap.can_redo
        assert _beads(mina) == [((0, 1), (0, 1)), ((2,), (2,))]
        assert snap.alignment.beads[1].review is None
        assert [r.op for r in mina.store.records()] == ["merge-next", "confirm", "undo"]
        mina.redo(3)
        assert mina.snapshot().alignment.beads[1].review is not None
        mina.undo(4)
        mina.undo(5)  # the merge
        assert _beads(mina) == MINA and mina.snapshot().version == 6
    finally:
        docs.close()
    assert _stored(collection_db, "2021/mina")[0] == 6
    with open_collection(collection_db) as c:
        assert c.problems() == []
        assert [(b.src, b.tgt) for b in c.alignment(c.documents(["2021/mina"])[0]).beads] == MINA


def test_an_edit_made_at_a_fraction_of_a_second_is_undone_after_a_restart(
        collection_db: Path) -> None:
    docs = _open(collection_db)
    mina = _session(docs, "2021/mina")
    mina.clock = lambda: T0.replace(microsecond=739648)  # what a real clock says
    mina.edit(Edit(Op.CONFIRM, 1), 0)
    mina.edit(Edit(Op.MERGE_NEXT, 1), 1)  # the confirmed bead, merged: marked edited
    docs.close()

    docs = _open(collection_db)  # the database keeps microseconds, the log seconds
    try:
        mina = _session(docs, "2021/mina")
        mina.undo(2)
        mina.undo(3)
        assert _beads(mina) == MINA and mina.snapshot().alignment.beads[1].review is None
        mina.redo(4)
        assert mina.snapshot().alignment.beads[1].review is not None
    finally:
        docs.close()


def test_a_stale_version_is_refused_and_changes_nothing(collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        mina.edit(Edit(Op.CONFIRM, 0), 0)
        before = _stored(collection_db, "2021/mina")
        with pytest.raises(VersionConflict) as caught:
            mina.edit(Edit(Op.MERGE_NEXT, 1), 0)  # made on version 0; 1 is current
        assert caught.value.current == 1
        with pytest.raises(EditError):
            mina.edit(Edit(Op.MERGE_NEXT, 2), 1)  # past the last bead
        assert _stored(collection_db, "2021/mina") == before
    finally:
        docs.close()


def test_a_failure_inside_the_transaction_leaves_the_database_as_it_was(
        collection_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        before = _stored(collection_db, "2021/mina")
        real = Collection.replace_beads
        written: list[int] = []

        def replace_then_fail(self: Collection, *args: Any) -> None:
            real(self, *args)  # the beads and their index rows are replaced ...
            written.append(self.conn.execute("SELECT count(*) FROM beads").fetchone()[0])
            raise sqlite3.OperationalError("disk I/O error")  # ... then the disk fails

        monkeypatch.setattr(Collection, "replace_beads", replace_then_fail)
        with pytest.raises(AlignerError, match="disk I/O error"):
            mina.edit(Edit(Op.MERGE_NEXT, 0), 0)
        assert written == [6]  # the merge was written inside the transaction
        assert _stored(collection_db, "2021/mina") == before
        assert mina.snapshot().version == 0 and _beads(mina) == MINA

        monkeypatch.setattr(Collection, "replace_beads", real)
        mina.edit(Edit(Op.MERGE_NEXT, 0), 0)  # the same edit, now saved
        assert _stored(collection_db, "2021/mina")[0] == 1
    finally:
        docs.close()
    with open_collection(collection_db) as c:
        assert c.problems() == []


def test_two_documents_have_their_own_versions(collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        mina, puerto = _session(docs, "2021/mina"), _session(docs, "2021/puerto")
        mina.edit(Edit(Op.CONFIRM, 0), 0)
        mina.edit(Edit(Op.CONFIRM, 1), 1)
        puerto.edit(Edit(Op.MERGE_NEXT, 2), 0)  # version 0 of its own document
        assert (mina.snapshot().version, puerto.snapshot().version) == (2, 1)
        assert _beads(puerto) == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2, 3))]
        puerto.undo(1)
        assert _beads(mina) == MINA and mina.snapshot().alignment.beads[1].review is not None
        states = {s.name: (s.state, s.version, s.reviewed) for s in docs.summaries()}
        assert states == {"2021/mina": ("in progress", 2, 2),
                          "2021/puerto": ("not reviewed", 2, 0)}
        mina.edit(Edit(Op.CONFIRM, 2), 2)
        assert {s.name: s.state for s in docs.summaries()}["2021/mina"] == "reviewed"
    finally:
        docs.close()


def test_one_review_per_collection(collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        with pytest.raises(AlignerError, match="another aligner review is editing"):
            ReviewDatabase(collection_db)
    finally:
        docs.close()
    ReviewDatabase(collection_db).close()  # released with the first
    # a clean stop leaves no lock file beside the collection (walk: clutter)
    assert not Path(f"{collection_db}.review-lock").exists()


def test_a_lock_file_removed_by_a_review_that_stopped_is_not_held(
        collection_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A review that locked the file just as the one before removed it holds a file that
    is no longer at the path: it must lock the new one, or two reviews could run."""
    import os

    import aligner.editor.dbstore as dbstore

    path = Path(f"{collection_db}{dbstore.LOCK_SUFFIX}")
    real = dbstore.hold_exclusively
    calls: list[int] = []

    def then_removed(fh: Any, busy: str, db: str) -> Any:
        held = real(fh, busy, db)
        calls.append(os.fstat(held.fileno()).st_ino)
        if len(calls) == 1:
            path.unlink()  # the review before stops: removes the file it held
        return held

    monkeypatch.setattr(dbstore, "hold_exclusively", then_removed)
    held = dbstore._lock(path, str(collection_db))
    try:
        assert len(calls) == 2  # the removed file let go, the new one locked
        assert os.fstat(held.fileno()).st_ino == path.stat().st_ino == calls[1]
    finally:
        held.close()


def _behind(db: Path, change: str) -> None:
    """Change the row of 2021/mina from another connection, as aligner batch would."""
    conn = sqlite3.connect(db)
    try:
        conn.execute(f"UPDATE documents SET {change} WHERE name = '2021/mina'")
        conn.commit()
    finally:
        conn.close()


def test_a_document_aligned_again_behind_the_editor_is_not_overwritten(
        collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        mina.snapshot()
        _behind(collection_db, "revision = 7")  # what aligner batch does to a changed pair
        with pytest.raises(VersionConflict):
            mina.edit(Edit(Op.CONFIRM, 0), 0)
        assert _stored(collection_db, "2021/mina")[0] == 7
    finally:
        docs.close()


def test_a_document_replaced_behind_the_editor_is_a_conflict_not_a_crash(
        collection_db: Path) -> None:
    docs = _open(collection_db)
    try:
        mina = _session(docs, "2021/mina")
        mina.snapshot()
        _behind(collection_db, "id = id + 100")  # aligner batch stores it again, a new row
        with pytest.raises(ChangedBehind, match="no longer in the collection as it was opened"):
            mina.edit(Edit(Op.CONFIRM, 0), 0)
    finally:
        docs.close()


@pytest.mark.parametrize(("beads", "reviewed", "state"), [
    (3, 0, "not reviewed"), (3, 1, "in progress"), (3, 3, "reviewed"), (1, 1, "reviewed")])
def test_review_state(beads: int, reviewed: int, state: str) -> None:
    assert review_state(beads, reviewed) == state


def test_batch_keeps_a_reviewed_document_unless_told_to_discard_the_review(
        collection_db: Path, collection_master: Path) -> None:
    from tests.collection.conftest import run

    docs = _open(collection_db)
    try:
        _session(docs, "2021/mina").edit(Edit(Op.MERGE_NEXT, 0), 0)
    finally:
        docs.close()
    reviewed = _stored(collection_db, "2021/mina")
    root = collection_master.parent
    batch = ("batch", str(root / "es"), str(root / "en"), "--src-lang", "es", "--tgt-lang",
             "en", "--db", str(collection_db), "--jobs", "1", "--force")
    code, _, stderr = run(*batch)
    assert code == 0, stderr
    assert "1 kept for their review" in stderr
    assert "2021/mina: --force realigns every pair, but 1 bead of it was reviewed" in stderr
    assert _stored(collection_db, "2021/mina") == reviewed  # nothing of the review lost

    code, _, stderr = run(*batch, "--discard-reviews")
    assert code == 0, stderr
    revision, beads, _, log = _stored(collection_db, "2021/mina")
    assert (revision, log) == (0, [])
    assert [b[1:5] for b in beads] == [(0, 1, 0, 1), (1, 1, 1, 1), (2, 1, 2, 1)]
    with open_collection(collection_db) as c:
        assert c.problems() == []
        # the review's log is history now: kept under the id of the document replaced
        assert c.conn.execute(
            "SELECT r.name, e.op FROM edits e JOIN replaced_documents r ON r.id = e.doc"
        ).fetchall() == [("2021/mina", "merge-next")]


def test_prune_keeps_a_reviewed_document_unless_told_to_discard_the_review(
        collection_db: Path, collection_master: Path, tmp_path: Path) -> None:
    import shutil

    from tests.collection.conftest import run

    docs = _open(collection_db)
    try:
        _session(docs, "2021/mina").edit(Edit(Op.MERGE_NEXT, 0), 0)
    finally:
        docs.close()
    root = collection_master.parent
    for side in ("es", "en"):  # the folders moved: the documents now name the copies
        shutil.copytree(root / side, tmp_path / side)
    batch = ("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--src-lang", "es",
             "--tgt-lang", "en", "--db", str(collection_db), "--jobs", "1", "--prune")
    assert run(*batch)[0] == 0
    for side in ("es", "en"):  # then the reviewed pair's files are deleted
        (tmp_path / side / "2021" / f"mina.{side}.txt").unlink()
    code, _, stderr = run(*batch)
    assert code == 0, stderr
    assert "2021/mina: its files are gone" in stderr and "it holds a review" in stderr
    assert "removed" not in stderr
    code, _, stderr = run(*batch, "--discard-reviews")
    assert code == 0 and "removed 1 document whose files are gone: 2021/mina" in stderr, stderr
    with open_collection(collection_db) as c:
        assert "2021/mina" not in {d.name for d in c.documents()}
        assert c.problems() == []
        assert c.conn.execute("SELECT count(*) FROM edits").fetchone()[0] == 0
