"""Opening a collection to read where it cannot be written, and to write where it cannot."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from aligner.collection.schema import APPLICATION_ID, SCHEMA_V1
from aligner.collection.store import SCHEMA_VERSION, open_collection
from aligner.errors import InputError
from tests.collection.conftest import run

ReadOnly = Callable[[Path], None]


def _shelved(collection: Path, shelf: Path) -> Path:
    """A copy of ``collection`` in the folder ``shelf`` (batch closed it cleanly: the
    one file holds everything)."""
    shelf.mkdir()
    return Path(shutil.copy(collection, shelf / "c.db"))


def _version_1(db: Path) -> Path:
    """A collection as the first schema had it: one document of one bead."""
    conn = sqlite3.connect(db)
    conn.executescript(f"""{SCHEMA_V1}
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 1;""")
    conn.execute("INSERT INTO documents (name, src_path, tgt_path, src_hash, tgt_hash, "
                 "settings_hash, status, warnings, src_lang, tgt_lang, src_name, tgt_name, "
                 "settings, src_sentences, tgt_sentences, beads, seconds) VALUES "
                 "('a', 'a.es', 'a.en', '', '', '', 'aligned', '[]', 'es', 'en', 'a.es', "
                 "'a.en', '{}', 1, 1, 1, 0.0)")
    conn.execute("INSERT INTO sentences VALUES (1, 'src', 0, 'Hola, puerto.', 0, 13, 1), "
                 "(1, 'tgt', 0, 'Hello, port.', 0, 12, 1)")
    conn.execute("INSERT INTO beads (doc, unit, src_first, src_count, tgt_first, tgt_count, "
                 "score, signals, source, target) VALUES (1, 0, 0, 1, 0, 1, 0.9, '{}', "
                 "'Hola, puerto.', 'Hello, port.')")
    conn.commit()
    conn.close()
    return db


def test_a_collection_in_a_read_only_folder_is_read_by_every_read_command(
        tmp_path: Path, collection: Path, make_read_only: ReadOnly) -> None:
    """A reference collection published read-only: export, search, check and report
    all refused it (SQLite could not make its -wal and -shm files beside it)."""
    db = _shelved(collection, tmp_path / "shelf")
    before = db.read_bytes()
    make_read_only(db.parent)
    out = tmp_path / "all.tsv"
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0, stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 13
    code, stdout, stderr = run("search", str(db), "huelga")
    assert code == 0, stderr
    assert stdout.startswith("2021/puerto  unit 2")
    code, stdout, stderr = run("check", str(db), "--no-glossary", "--format", "json")
    assert code in (0, 1), stderr
    assert json.loads(stdout)["summary"]["documents"] == 4
    code, _, stderr = run("report", str(db), "--no-glossary", "-o", str(tmp_path / "rep"))
    assert code == 0, stderr
    assert (tmp_path / "rep" / "index.html").is_file()
    assert "aligner: warning" not in stderr
    assert [p.name for p in db.parent.iterdir()] == ["c.db"] and db.read_bytes() == before


def test_a_read_only_collection_file_is_read_and_refused_for_writing_at_start(
        tmp_path: Path, collection: Path, folders: tuple[Path, Path],
        make_read_only: ReadOnly) -> None:
    """A read-only file in a writable folder: aligner review started, then answered its
    first edit with an error; batch failed on the first pair it stored."""
    from aligner.editor.dbstore import ReviewDatabase

    make_read_only(collection)
    code, stdout, stderr = run("search", str(collection), "huelga")
    assert code == 0 and stdout.startswith("2021/puerto  unit 2"), stderr
    refusal = (f"{collection}: cannot write: the file is read-only; aligner batch and "
               "aligner review write a collection (export, search, check and report read "
               "a read-only one): copy it to a writable folder, or make it writable")
    with pytest.raises(InputError) as caught:
        ReviewDatabase(collection)
    assert str(caught.value) == refusal
    assert not Path(f"{collection}.review-lock").exists()
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--db", str(collection),
                          "--src-lang", "es", "--tgt-lang", "en", "--force", "--jobs", "1")
    assert (code, stderr) == (2, f"aligner: error: {refusal}\n")


def test_an_old_collection_on_read_only_media_is_read_as_upgraded_in_memory(
        tmp_path: Path, make_read_only: ReadOnly) -> None:
    """Every schema upgrade only adds tables and columns: a read-only collection of an
    older schema is upgraded in a copy in memory (it was 'cannot upgrade the collection
    from schema 1: attempt to write a readonly database')."""
    (tmp_path / "shelf").mkdir()
    db = _version_1(tmp_path / "shelf" / "v1.db")
    before = db.read_bytes()
    make_read_only(db)
    make_read_only(db.parent)
    with open_collection(db) as c:
        assert c.opened.read_only and c.opened.upgraded_from == 1
        [doc] = c.documents()
        assert c.alignment(doc).src_sentences == ("Hola, puerto.",)
        assert c.notes() == [f"{db}: read-only, of schema 1: read as schema {SCHEMA_VERSION} "
                             "in memory (the file is left as it is)"]
    code, stdout, stderr = run("export", str(db), "-o", str(tmp_path / "v1.tsv"))
    assert code == 0, stderr
    assert f"read as schema {SCHEMA_VERSION} in memory" in stderr
    code, stdout, stderr = run("search", str(db), "puerto")
    assert code == 0 and stdout.startswith("a  unit 0"), stderr  # its entries made in memory
    assert db.read_bytes() == before and [p.name for p in db.parent.iterdir()] == ["v1.db"]


def test_a_read_command_that_upgrades_a_collection_says_so(tmp_path: Path) -> None:
    """It was silent, and a colleague's older aligner could not open the file after."""
    db = _version_1(tmp_path / "v1.db")
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "v1.tsv"))
    assert code == 0, stderr
    assert stderr.startswith(f"aligner: warning: {db}: upgraded the collection from schema 1 "
                             f"to {SCHEMA_VERSION}; an aligner older than this one cannot "
                             "open it now\n")
    assert "upgraded" not in run("export", str(db), "-o", str(tmp_path / "again.tsv"))[2]


def test_old_search_entries_of_a_read_only_collection_are_said_to_be_old(
        tmp_path: Path, collection: Path, make_read_only: ReadOnly) -> None:
    db = _shelved(collection, tmp_path / "shelf")
    with open_collection(db) as c:
        c.conn.execute("UPDATE documents SET forms = 1 WHERE name LIKE '2021/%'")
    make_read_only(db)
    code, stdout, stderr = run("search", str(db), "huelga")
    assert code == 0 and stdout.startswith("2021/puerto  unit 2"), stderr
    assert stderr.startswith(f"aligner: warning: {db}: read-only: the search entries of 2 "
                             "documents were made by an older aligner and cannot be remade "
                             "here, so some word forms may not be found")
    assert "search entries" not in run("export", str(db), "-o", str(tmp_path / "a.tsv"))[2]


def test_changes_left_in_the_wal_file_of_a_read_only_folder_are_not_skipped(
        tmp_path: Path, collection: Path, make_read_only: ReadOnly) -> None:
    """A -wal file holding commits (copied while a batch had the collection open) in a
    read-only folder: reading the file alone would miss them, so it is refused, saying
    what to do."""
    keep = sqlite3.connect(collection)  # holds the WAL open: closing would checkpoint it
    keep.execute("SELECT count(*) FROM documents").fetchone()
    with open_collection(collection) as c:
        c.remove("2021/mina")
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{collection}{suffix}", shelf / f"c.db{suffix}")
    keep.close()
    assert (shelf / "c.db-wal").stat().st_size > 0
    make_read_only(shelf)
    with pytest.raises(InputError) as caught:
        open_collection(shelf / "c.db")
    assert ("c.db-wal beside it holds changes not yet written into the file; copy the "
            "collection with its -wal file to a writable folder") in str(caught.value)

