"""The database: refused when it is not ours, never overwritten, schema versioned."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.collection.store import SCHEMA_VERSION, open_collection
from aligner.errors import AlignerError, InputError
from tests.collection.conftest import run


def _batch(folders: tuple[Path, Path], db: Path) -> tuple[int, str, str]:
    return run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es", "--tgt-lang",
               "en", "--db", str(db), "--jobs", "1")


def test_new_database_is_versioned(collection: Path) -> None:
    conn = sqlite3.connect(collection)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with open_collection(collection) as c:
        assert c.problems() == []
        assert [d.name for d in c.documents()] == [
            "2021/mina", "2021/puerto", "2022/campo", "2022/fabrica"]


def _refused(folders: tuple[Path, Path], db: Path, message: str) -> None:
    before = db.read_bytes()
    code, _out, stderr = _batch(folders, db)
    assert code == 2
    assert stderr.startswith(f"aligner: error: {db}: ") and message in stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert db.read_bytes() == before  # never overwritten
    for command in (["export", str(db), "-o", str(db.parent / "x.tmx")],
                    ["check", str(db)], ["search", str(db), "x"]):
        code, _, stderr = run(*command)
        assert code == 2 and message in stderr, (command, stderr)
    assert db.read_bytes() == before


def test_foreign_sqlite_database(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.commit()
    conn.close()
    _refused(folders, db, "not an aligner collection (a SQLite database of another application)")


def test_not_a_database(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    db = tmp_path / "notes.db"
    db.write_text("just some notes\n", encoding="utf-8")
    _refused(folders, db, "not an aligner collection (not a SQLite database)")


def test_newer_schema(tmp_path: Path, folders: tuple[Path, Path], collection: Path) -> None:
    conn = sqlite3.connect(collection)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    _refused(folders, collection, "written by a newer aligner")


def test_corrupt_database(tmp_path: Path, folders: tuple[Path, Path], collection: Path) -> None:
    conn = sqlite3.connect(collection)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(collection.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page:3 * page] = b"\xa5" * (2 * page)  # scribble over the schema's pages
    collection.write_bytes(bytes(data))
    before = collection.read_bytes()
    code, _, stderr = _batch(folders, collection)
    assert code == 2 and stderr.startswith(f"aligner: error: {collection}: ")
    assert "Traceback" not in stderr and stderr.count("\n") == 1
    assert collection.read_bytes() == before


def test_missing_collection(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such collection"):
        open_collection(tmp_path / "none.db")
    code, _, stderr = run("search", str(tmp_path / "none.db"), "x")
    assert code == 2 and "no such collection" in stderr


def test_a_version_1_database_is_upgraded_when_opened(tmp_path: Path) -> None:
    from aligner.collection import schema

    db = tmp_path / "v1.db"
    conn = sqlite3.connect(db)
    conn.executescript(f"""{schema.SCHEMA_V1}
        PRAGMA application_id = {schema.APPLICATION_ID};
        PRAGMA user_version = 1;""")
    conn.execute("INSERT INTO documents (name, src_path, tgt_path, src_hash, tgt_hash, "
                 "settings_hash, status, warnings, src_lang, tgt_lang, src_name, tgt_name, "
                 "settings, src_sentences, tgt_sentences, beads, seconds) VALUES "
                 "('a', 'a.es', 'a.en', '', '', '', 'aligned', '[]', 'es', 'en', 'a.es', "
                 "'a.en', '{}', 1, 1, 1, 0.0)")
    conn.execute("INSERT INTO sentences VALUES (1, 'src', 0, 'Hola.', 0, 5, 1), "
                 "(1, 'tgt', 0, 'Hello.', 0, 6, 1)")
    conn.execute("INSERT INTO beads (doc, unit, src_first, src_count, tgt_first, tgt_count, "
                 "score, signals, source, target) VALUES (1, 0, 0, 1, 0, 1, 0.9, '{}', "
                 "'Hola.', 'Hello.')")
    conn.commit()
    conn.close()
    with open_collection(db) as c:
        assert c.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 19
        # version 4 starts the ids given from the largest there
        assert c.conn.execute("SELECT last FROM document_ids").fetchall() == [(1,)]
        doc = c.documents()[0]
        beads = c.alignment(doc).beads
        assert [(b.src, b.tgt, b.review) for b in beads] == [((0,), (0,), None)]
        assert c.conn.execute("SELECT revision FROM documents").fetchone()[0] == 0
        assert c.conn.execute("SELECT count(*) FROM edits").fetchone()[0] == 0
        # version 5: the edit log keeps a text edit's sentences
        assert "texts" in {row[1] for row in c.conn.execute("PRAGMA table_info(edits)")}
        # its one bead had no index entry (the test wrote none): made from its texts
        assert c.conn.execute("SELECT src_forms, tgt_forms FROM bead_forms").fetchall() == [
            ("hola", "hello")]
        # version 7: a place for its texts folded for a substring search (none needed:
        # LIKE reads "Hola." as "hola.")
        assert c.conn.execute("SELECT src_folded, tgt_folded FROM beads").fetchall() == [
            (None, None)]
        # version 8: no record for a pair's bead (a memory's unit keeps one)
        assert c.conn.execute("SELECT record FROM beads").fetchall() == [(None,)]
        # version 14: no sentence a reviewer split, no split in the log
        assert c.conn.execute("SELECT split FROM sentences").fetchall() == [(None,), (None,)]
        assert "splits" in {row[1] for row in c.conn.execute("PRAGMA table_info(edits)")}
        assert c.problems() == []


def test_a_document_stored_again_never_gets_an_id_given_before(
        tmp_path: Path, folders: tuple[Path, Path], collection: Path) -> None:
    """SQLite gives the largest id again once its row is deleted: a document realigned
    (deleted, then stored) kept its id, and a review page open on the old one wrote
    its beads into the new one."""
    def ids() -> dict[str, int]:
        with open_collection(collection) as c:
            return {d.name: d.id for d in c.documents()}

    first = ids()
    newest = max(first, key=first.__getitem__)
    with open_collection(collection) as c:
        c.remove(newest)
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(collection), "--jobs", "1",
                          "--force")
    assert code == 0, stderr
    second = ids()
    assert set(second) == set(first)
    assert min(second.values()) > max(first.values())  # none given before, not even newest's


def test_two_processes_creating_one_database_share_it(tmp_path: Path) -> None:
    """Two ``aligner batch`` runs on a new database: both see it empty and create it; the
    second waits for the first's write lock and then keeps what it made (it failed with
    'table documents already exists')."""
    from aligner.collection import schema

    db = tmp_path / "new.db"
    first, second = (sqlite3.connect(db, isolation_level=None) for _ in range(2))
    for conn in (first, second):  # both read the empty database before either writes
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    schema.create(first)
    first.execute("INSERT INTO edits (doc, version, time, op, start, before, after) "
                  "VALUES (1, 1, 't', 'merge', 0, '[]', '[]')")
    schema.create(second)
    assert second.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert second.execute("SELECT count(*) FROM edits").fetchone()[0] == 1
    for conn in (first, second):
        conn.close()
    with open_collection(db) as c:
        assert c.documents() == []


def test_a_new_collection_gets_its_folder(tmp_path: Path) -> None:
    db = tmp_path / "new" / "sub" / "C.db"
    with open_collection(db, create=True) as c:
        assert c.documents() == []
    (tmp_path / "afile").write_text("", encoding="utf-8")
    with pytest.raises(AlignerError, match=r"C\.db: cannot write: .*afile is not a folder"):
        open_collection(tmp_path / "afile" / "C.db", create=True)


def test_a_collection_that_cannot_be_made_leaves_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import aligner.collection.opening as opening

    def full_disk(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x)")  # the file is there, and so is its WAL
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(opening, "create", full_disk)
    db = tmp_path / "c.db"
    with pytest.raises(InputError, match="cannot create the collection: disk I/O error"):
        open_collection(db, create=True)
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old.db"  # a file that was there before is left alone
    old.write_bytes(b"")
    with pytest.raises(InputError):
        open_collection(old, create=True)
    assert old.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="file-size limits are set the Linux way here")
def test_no_room_beside_a_collection_is_not_called_corruption(tmp_path: Path,
                                                              collection: Path) -> None:
    def limited() -> None:  # in the child: no file may grow past 16 KB (the -shm needs 32)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    r = subprocess.run([sys.executable, "-c", code, "search", str(collection), "puerto"],
                       capture_output=True, text=True, check=False, preexec_fn=limited)
    assert r.returncode == 2
    assert r.stderr.startswith(f"aligner: error: {collection}: cannot open: ")
    assert "is the disk full?" in r.stderr and "corrupt" not in r.stderr
    assert run("search", str(collection), "puerto")[0] == 0  # the file was fine all along


def test_a_reindex_killed_midway_loses_nothing_and_is_finished_by_the_next_open(
        collection: Path) -> None:
    """Opening a collection of older word forms remakes its entries one document at a
    time; a process killed with SIGKILL inside the second document's transaction leaves
    the first document remade, the others as they were, and a whole database: the next
    open finishes the job."""
    import subprocess
    import sys

    from aligner.collection.forms import FORMS_VERSION

    conn = sqlite3.connect(collection)
    conn.execute("UPDATE documents SET forms = 0")
    conn.commit()
    first_beads = conn.execute(
        "SELECT count(*) FROM beads WHERE src_count > 0 AND tgt_count > 0 AND doc = "
        "(SELECT min(id) FROM documents)").fetchone()[0]
    conn.close()
    # Killed (SIGKILL, by itself) at the second document's second index entry: every
    # entry is two index_text calls, source and target.
    script = (
        "import os, signal, sys\n"
        "from aligner.collection.forms import SideForms\n"
        "from aligner.collection.store import open_collection\n"
        "calls = [0]\n"
        "real = SideForms.index_text\n"
        "def dying(self, text):\n"
        "    calls[0] += 1\n"
        f"    if calls[0] == {2 * first_beads + 3}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(self, text)\n"
        "SideForms.index_text = dying\n"
        "open_collection(sys.argv[1]).close()\n")
    proc = subprocess.run([sys.executable, "-c", script, str(collection)], check=False)
    assert proc.returncode == -9
    conn = sqlite3.connect(collection)
    assert [v for (v,) in conn.execute("SELECT forms FROM documents ORDER BY id")] == [
        FORMS_VERSION, 0, 0, 0]  # the first committed, the second rolled back
    conn.close()
    with open_collection(collection) as c:
        assert c.problems() == []
        assert {v for (v,) in c.conn.execute("SELECT forms FROM documents")} == {FORMS_VERSION}


def test_a_version_5_database_is_upgraded_to_tell_pairs_from_memories(tmp_path: Path) -> None:
    """Version 6 adds documents.kind: every document an older aligner stored is a pair."""
    from aligner.collection import schema

    db = tmp_path / "v5.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.executescript(f"""{schema.SCHEMA_V1}
        PRAGMA application_id = {schema.APPLICATION_ID};
        PRAGMA user_version = 1;""")
    for version in range(2, 6):
        conn.executescript(schema.UPGRADES[version] + f"PRAGMA user_version = {version};")
    conn.execute("INSERT INTO documents (name, src_path, tgt_path, src_hash, tgt_hash, "
                 "settings_hash, status, warnings, src_lang, tgt_lang, src_name, tgt_name, "
                 "settings, src_sentences, tgt_sentences, beads, seconds) VALUES "
                 "('a', 'a.es', 'a.en', '', '', '', 'aligned', '[]', 'es', 'en', 'a.es', "
                 "'a.en', '{}', 0, 0, 0, 0.0)")
    assert "kind" not in {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    conn.close()
    with open_collection(db) as c:
        assert c.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 19
        assert [d.kind for d in c.documents()] == ["pair"]
        with pytest.raises(sqlite3.IntegrityError):  # a pair or a memory, nothing else
            c.conn.execute("UPDATE documents SET kind = 'other'")
        assert c.notes() == [f"{db}: upgraded the collection from schema 5 to 19; an aligner "
                             "older than this one cannot open it now"]


def test_a_version_8_database_gets_the_files_text_of_a_corrected_sentence_from_its_log(
        collection: Path) -> None:
    """Version 9 keeps a corrected sentence's text as the file has it beside the
    correction; an older collection has it in its edit log, the first edit's text
    before, and the upgrade takes it from there."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    docs = CollectionDocuments(collection)
    try:
        mina = docs[next(s.id for s in docs.summaries() if s.name == "2021/mina")].session
        for version, text in enumerate(("The copper mine employed 2,000 workers.",
                                        "The copper mine employed 2000 workers.")):
            mina.edit(Edit(Op.TEXT, 0, Side.TARGET, (text,)), version)
    finally:
        docs.close()
    conn = sqlite3.connect(collection)
    conn.execute("ALTER TABLE sentences DROP COLUMN original")
    conn.execute("ALTER TABLE sentences DROP COLUMN formatting")
    conn.execute("DROP INDEX sentences_cued")
    conn.execute("ALTER TABLE sentences DROP COLUMN cues")
    conn.execute("ALTER TABLE sentences DROP COLUMN split")  # schema 14
    conn.execute("ALTER TABLE edits DROP COLUMN splits")
    conn.execute("ALTER TABLE sentences DROP COLUMN part")  # schema 15
    conn.execute("ALTER TABLE sentences DROP COLUMN number")  # schema 16
    conn.execute("ALTER TABLE sentences DROP COLUMN joined")  # schema 17
    conn.execute("ALTER TABLE documents DROP COLUMN kept_failure")  # schema 18
    conn.execute("ALTER TABLE edits DROP COLUMN inserts")  # schema 19
    conn.execute("DROP TABLE replaced_documents")
    conn.execute("DROP TABLE batch_settings")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    with open_collection(collection) as c:
        assert c.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 19
        assert c.originals(c.documents(["2021/mina"])[0]) == {
            ("tgt", 0): "The copper mine employed two thousand workers."}
        assert c.conn.execute("SELECT count(*) FROM sentences WHERE original IS NOT NULL"
                              ).fetchone()[0] == 1
