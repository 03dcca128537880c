"""The collection database's schema, its version and the upgrade from older versions.

A new database is made at version 1 and upgraded step by step, so a new
database and an upgraded one are the same by construction.  Version 2 adds
what ``aligner review`` writes: a reviewer's mark on each bead
(``beads.review``, ``beads.reviewed``), each document's version
(``documents.revision``, the number of its last edit) and the edit log
(``edits``).  Version 3 records with each document the version of the word
forms its concordance entries were made with (``documents.forms``; see
:mod:`aligner.collection.reindex`).  Version 4 keeps the last document id given
(``document_ids``), so that a document stored again never gets the id of one
deleted: a review page open on the old one must not write into the new one.
Version 5 lets the edit log keep a text edit's sentence texts (``edits.texts``,
NULL for the other operations).  Version 6 tells a document pair from a translation
memory read in whole by ``aligner import`` (``documents.kind``: ``pair`` or
``memory``).  Version 7 keeps each two-sided unit's texts folded without their accents
(``beads.src_folded``, ``beads.tgt_folded``; NULL where the text
itself reads the same to ``LIKE``), for ``aligner search --match substring|prefix``
(:mod:`aligner.collection.substring`); an upgraded collection's documents have them
made with their search entries (:mod:`aligner.collection.reindex`).  Version 8
keeps what each unit of a memory said of itself -- its record (attributes, props, notes
of its ``tu`` and ``tuv``s) and its inline codes (``beads.record``, JSON; NULL for a
bead of a pair; :mod:`aligner.collection.records`).  Version 9 keeps what a
reviewer's text edit replaced: a sentence's text as the file has it
(``sentences.original``, NULL while the text is the file's), so that ``aligner batch``
finds the sentence in the changed files and carries the correction over
(:mod:`aligner.collection.carry`), and the edit log of a document aligned again (its
rows stay under the old document id, named in ``replaced_documents``).  Version 10
remembers the settings of the last ``aligner batch`` run (``batch_settings``: its
glossary and SRX file, by path and SHA-256, its encoder and input format), which a
later run that does not give them uses (:mod:`aligner.collection.remembered`).
Version 11 keeps them for each language pair (``batch_settings.src_lang``, ``tgt_lang``):
an upgraded collection gives each pair of its aligned documents the one set it
remembered (:func:`_settings_per_pair`).  Version 12 keeps each sentence's character
formatting (``sentences.formatting``, JSON; NULL for a sentence with none, and for every
sentence of a document stored before, until it is aligned again:
:mod:`aligner.collection.looks`).  Version 13 keeps each sentence's subtitle cues
(``sentences.cues``, JSON; NULL likewise: :mod:`aligner.collection.cues`).
Version 14 keeps a reviewer's sentence splits (:mod:`aligner.editor.splitting`): on the
second part of a sentence split in two, the whitespace the file has between the two
parts (``sentences.split``; NULL for a sentence as the segmenter made it), so that
``aligner batch`` splits the sentence again when it aligns changed files, and the split
itself in the edit log (``edits.splits``, JSON; NULL for the other operations).
Version 15 keeps each sentence's part of its document (``sentences.part``: body,
heading, an EPUB's front matter; NULL where it is not known, and for every sentence of
a document stored before, until it is aligned again: :mod:`aligner.collection.parts`).
Version 16 keeps each sentence's paragraph number as its reader gives it (``sentences.number``:
the original's paragraph, past paragraphs the reader joined, such as a DOCX list's items;
NULL where not known, and for every sentence of a document stored before, until it is
aligned again), so that ``check C.db`` points where ``check`` of the saved alignment does.
Version 17 keeps a reviewer's sentence joins (``sentences.joined``: JSON ``[[cut, resume],
...]`` on a sentence made of two or more the segmenter had cut; NULL for the others), so
that ``aligner batch`` joins them again when it aligns changed files
(:mod:`aligner.collection.rejoin`).
Version 18 keeps, on an aligned document whose changed files failed to align for a reason
of their own, that failure (``documents.kept_failure``, JSON; NULL for the others), so that
``aligner batch`` does not try the same files again (:mod:`aligner.collection.kept_failures`).
Version 19 keeps a sentence a person inserted in the edit log (``edits.inserts``, JSON;
NULL for the other operations: :mod:`aligner.editor.inserting`); the sentence's row says
it is no file's by its file's text, empty (``sentences.original``).
An upgrade runs in one transaction when a collection is opened.
What a collection file looks like from outside (:func:`looks_like_collection`)
is here too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

#: ``PRAGMA application_id``: "alnc" -- this file is an aligner collection.
APPLICATION_ID = 0x616C6E63
#: ``PRAGMA user_version``: the schema this code writes and reads.
SCHEMA_VERSION = 19

SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    src_path TEXT NOT NULL,
    tgt_path TEXT NOT NULL,
    src_hash TEXT NOT NULL,
    tgt_hash TEXT NOT NULL,
    settings_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('aligned', 'failed')),
    error TEXT,
    warnings TEXT NOT NULL,
    src_lang TEXT NOT NULL,
    tgt_lang TEXT NOT NULL,
    src_name TEXT NOT NULL,
    tgt_name TEXT NOT NULL,
    settings TEXT NOT NULL,
    src_sentences INTEGER NOT NULL,
    tgt_sentences INTEGER NOT NULL,
    beads INTEGER NOT NULL,
    seconds REAL NOT NULL,
    stored TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE sentences (
    doc INTEGER NOT NULL REFERENCES documents (id),
    side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc, side, idx)
) WITHOUT ROWID;
CREATE TABLE beads (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents (id),
    unit INTEGER NOT NULL,
    src_first INTEGER NOT NULL,
    src_count INTEGER NOT NULL,
    tgt_first INTEGER NOT NULL,
    tgt_count INTEGER NOT NULL,
    score REAL NOT NULL,
    signals TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    UNIQUE (doc, unit)
);
CREATE VIRTUAL TABLE bead_forms USING fts5 (
    src_forms, tgt_forms, tokenize = 'unicode61 remove_diacritics 2'
);
"""

#: Version 1 -> 2: review marks, document versions, the edit log.
UPGRADE_V2 = """
ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE beads ADD COLUMN review TEXT CHECK (review IN ('confirmed', 'edited'));
ALTER TABLE beads ADD COLUMN reviewed TEXT;
CREATE TABLE edits (
    doc INTEGER NOT NULL REFERENCES documents (id),
    version INTEGER NOT NULL,
    time TEXT NOT NULL,
    op TEXT NOT NULL,
    bead INTEGER,
    side TEXT,
    undoes INTEGER,
    redoes INTEGER,
    start INTEGER NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    PRIMARY KEY (doc, version)
) WITHOUT ROWID;
"""

#: Version 2 -> 3: the forms version of each document's index entries (0: made before
#: versions were recorded, so remade when the collection is next opened).
UPGRADE_V3 = """
ALTER TABLE documents ADD COLUMN forms INTEGER NOT NULL DEFAULT 0;
"""

#: Version 3 -> 4: the last document id given, which SQLite would give again after
#: the document of the largest id is deleted (``id INTEGER PRIMARY KEY``).
UPGRADE_V4 = """
CREATE TABLE document_ids (last INTEGER NOT NULL);
INSERT INTO document_ids SELECT coalesce(max(id), 0) FROM documents;
"""

#: Version 4 -> 5: a text edit's sentence texts before and after (``aligner review``'s
#: ``text`` operation; JSON as the JSON file's log writes them).
UPGRADE_V5 = """
ALTER TABLE edits ADD COLUMN texts TEXT;
"""

#: Version 5 -> 6: what a document is -- a pair of files ``aligner batch`` aligned, or a
#: translation memory (TMX, XLIFF, TSV, CSV, saved alignment) ``aligner import`` read.
UPGRADE_V6 = """
ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'pair'
    CHECK (kind IN ('pair', 'memory'));
"""

#: Version 6 -> 7: the texts of a two-sided unit folded for a substring search, made
#: with the document's search entries (``documents.forms`` 27 and later).
UPGRADE_V7 = """
ALTER TABLE beads ADD COLUMN src_folded TEXT;
ALTER TABLE beads ADD COLUMN tgt_folded TEXT;
"""

#: Version 7 -> 8: a memory's unit's record and inline codes (``aligner import``); a
#: memory imported before has none, and is read again when imported again.
UPGRADE_V8 = """
ALTER TABLE beads ADD COLUMN record TEXT;
"""

#: Version 8 -> 9: the file's text of each sentence a text edit changed, from the edit
#: log (the first edit's text before is the one the document was read with); and the
#: documents aligned again whose edit log is kept.
UPGRADE_V9 = """
ALTER TABLE sentences ADD COLUMN original TEXT;
UPDATE sentences SET original = (
    SELECT json_extract(t.value, '$.before') FROM edits e, json_each(e.texts) t
    WHERE e.doc = sentences.doc AND json_extract(t.value, '$.side') = sentences.side
      AND json_extract(t.value, '$.sentence') = sentences.idx
    ORDER BY e.version LIMIT 1)
WHERE doc IN (SELECT doc FROM edits WHERE texts IS NOT NULL);
UPDATE sentences SET original = NULL WHERE original = text;
CREATE TABLE replaced_documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    replaced_by INTEGER NOT NULL,
    time TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"""

#: Version 9 -> 10: the batch settings the collection remembers, one row an option
#: (``glossary``, ``srx``: a file's absolute path and SHA-256, or NULL for none;
#: ``encoder``, ``input-format``: the value); none in an older collection.
UPGRADE_V10 = """
CREATE TABLE batch_settings (
    option TEXT PRIMARY KEY,
    value TEXT,
    sha256 TEXT,
    stored TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"""

#: Version 10 -> 11: the settings of each language pair, named by the tags its documents
#: share (:func:`~aligner.collection.language_pairs.shared_pair`); the one set a
#: collection remembered goes to every pair of its documents ``aligner batch`` aligned
#: (:func:`_settings_per_pair`), as its last run's settings were what the next run of any
#: pair used.
UPGRADE_V11 = """
CREATE TABLE pair_settings (
    src_lang TEXT NOT NULL,
    tgt_lang TEXT NOT NULL,
    option TEXT NOT NULL,
    value TEXT,
    sha256 TEXT,
    stored TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (src_lang, tgt_lang, option)
);
"""

#: Version 11 -> 12: each sentence's formatting (bold, italics, links: the spans of a
#: saved alignment's ``src_formatting``); the documents stored before have none until
#: ``aligner batch`` aligns them again -- their text was read without it.
UPGRADE_V12 = """
ALTER TABLE sentences ADD COLUMN formatting TEXT;
"""

#: Version 12 -> 13: each sentence's subtitle cues (a SubRip or WebVTT pair's: numbers,
#: times, lines); the documents stored before have none until ``aligner batch`` aligns
#: them again -- they are checked and searched without them, as before.  The partial
#: index finds the cue a search hit's sentence lies in without reading the sentences of a
#: document that has none (:func:`aligner.collection.cues.cue_at`).
UPGRADE_V13 = """
ALTER TABLE sentences ADD COLUMN cues TEXT;
CREATE INDEX sentences_cued ON sentences (doc, side, idx) WHERE cues IS NOT NULL;
"""


#: Version 13 -> 14: a reviewer's sentence splits, on the sentences and in the edit log.
UPGRADE_V14 = """
ALTER TABLE sentences ADD COLUMN split TEXT;
ALTER TABLE edits ADD COLUMN splits TEXT;
"""

#: Version 14 -> 15: each sentence's part of its document (body, heading, front matter).
UPGRADE_V15 = """
ALTER TABLE sentences ADD COLUMN part TEXT;
"""

#: Version 15 -> 16: each sentence's paragraph number as its reader gives it.
UPGRADE_V16 = """
ALTER TABLE sentences ADD COLUMN number INTEGER;
"""

#: Version 16 -> 17: a reviewer's sentence joins, on the sentences.
UPGRADE_V17 = """
ALTER TABLE sentences ADD COLUMN joined TEXT;
"""

#: Version 17 -> 18: the failure of an aligned document's changed files, kept beside it.
UPGRADE_V18 = """
ALTER TABLE documents ADD COLUMN kept_failure TEXT;
"""

#: Version 18 -> 19: a sentence a person inserted, in the edit log.
UPGRADE_V19 = """
ALTER TABLE edits ADD COLUMN inserts TEXT;
"""


def _settings_per_pair(conn: sqlite3.Connection) -> None:
    """Version 10 -> 11: the collection's one set of settings, each row under every
    language pair of its aligned (``batch``) documents; then ``pair_settings`` is
    ``batch_settings``."""
    from aligner.collection.language_pairs import pair_names

    _run(conn, UPGRADE_V11)
    held = conn.execute("SELECT src_lang, tgt_lang FROM documents WHERE kind = 'pair' "
                        "ORDER BY id").fetchall()
    for src, tgt in pair_names((s, t) for s, t in held):
        conn.execute("INSERT INTO pair_settings (src_lang, tgt_lang, option, value, sha256, "
                     "stored) SELECT ?, ?, option, value, sha256, stored FROM batch_settings",
                     (src, tgt))
    conn.execute("DROP TABLE batch_settings")
    conn.execute("ALTER TABLE pair_settings RENAME TO batch_settings")


#: The script (or the function) that takes a database of version ``n - 1`` to version ``n``.
UPGRADES: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    2: UPGRADE_V2, 3: UPGRADE_V3, 4: UPGRADE_V4, 5: UPGRADE_V5, 6: UPGRADE_V6,
    7: UPGRADE_V7, 8: UPGRADE_V8, 9: UPGRADE_V9, 10: UPGRADE_V10, 11: _settings_per_pair,
    12: UPGRADE_V12, 13: UPGRADE_V13, 14: UPGRADE_V14, 15: UPGRADE_V15,
    16: UPGRADE_V16, 17: UPGRADE_V17, 18: UPGRADE_V18,
    19: UPGRADE_V19}


def create(conn: sqlite3.Connection) -> None:
    """Make the schema in an empty database (version 1, then each upgrade).  Under the
    write lock: a process creating the same database at the same time is waited for,
    and what it made is kept (the second finds the schema there and only upgrades)."""
    with write_transaction(conn):
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            _run(conn, SCHEMA_V1)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA user_version = 1")
    upgrade(conn, 1)


def upgrade(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database of schema ``version`` to :data:`SCHEMA_VERSION`, one transaction
    per step (a step interrupted leaves the database at the version before it); a step
    another process made meanwhile is not made again."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with write_transaction(conn):
            if conn.execute("PRAGMA user_version").fetchone()[0] < target:
                step = UPGRADES[target]
                if isinstance(step, str):
                    _run(conn, step)
                else:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {target}")


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` (the write lock, waited for) ... ``COMMIT``; rolled back when
    the body raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _run(conn: sqlite3.Connection, script: str) -> None:
    """The statements of ``script`` one by one, inside the caller's transaction
    (``executescript`` would commit it first)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in the schema: {statement!r}")


_SQLITE_MAGIC = b"SQLite format 3\x00"


def is_sqlite_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a file that starts as every SQLite database does."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


#: File name extensions taken for a collection even when the file is not one (so that
#: the user hears "not an aligner collection" rather than "unknown format").
COLLECTION_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def looks_like_collection(path: str | os.PathLike[str]) -> bool:
    """Whether a command's input is meant as a collection: a SQLite file, or a .db name."""
    return is_sqlite_file(path) or Path(path).suffix.lower() in COLLECTION_SUFFIXES
