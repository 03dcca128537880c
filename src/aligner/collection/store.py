"""The collection database: one SQLite file (see ``docs/collections.md`` for the schema).

:func:`open_collection` opens (or creates) it and refuses, with one line, a
file that is not a SQLite database, a SQLite database of another application,
a collection written by a newer version of the schema, or a corrupt one; a
file that exists is never overwritten.  Every pair is stored in one
transaction (:meth:`Collection.store`), so a run that is killed leaves each
pair either completely stored or absent; the database is in WAL mode so that
readers are not blocked by the writer.  One process writes: ``aligner batch``'s
parent (the workers only compute).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import InputError
from aligner.model import Alignment, Bead

#: ``PRAGMA application_id``: "alnc" -- this file is an aligner collection.
APPLICATION_ID = 0x616C6E63
#: ``PRAGMA user_version``: the schema this code writes and reads.
SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
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


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Where a side's sentences come from: ``(start, end, paragraph)`` per sentence,
    offsets into the document text as read, paragraph = the reader's block number."""

    spans: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True, slots=True)
class PairRecord:
    """One pair as it is stored: where from, what it was aligned with, and the outcome.

    ``alignment`` is None for a failed pair (``error`` says why);
    ``forms`` holds, per two-sided bead in order, the word forms of its source
    and target that the concordance indexes (:mod:`aligner.collection.forms`).
    """

    name: str
    src_path: str
    tgt_path: str
    src_hash: str
    tgt_hash: str
    settings_hash: str
    src_lang: str
    tgt_lang: str
    alignment: Alignment | None = None
    src_spans: Segmentation | None = None
    tgt_spans: Segmentation | None = None
    forms: tuple[tuple[str, str], ...] = ()
    units: tuple[tuple[str, str], ...] = ()  # every bead's joined source and target text
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()  # what aligner align would have warned about the pair


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document of the collection as the ``documents`` table has it."""

    id: int
    name: str
    src_path: str
    tgt_path: str
    src_hash: str
    tgt_hash: str
    settings_hash: str
    status: str
    error: str | None
    src_lang: str
    tgt_lang: str
    src_sentences: int
    tgt_sentences: int
    beads: int


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


class Collection:
    """An open collection database (use :func:`open_collection`)."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn a database error (a corrupt file, a full disk) into one line naming the file."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise InputError(f"database error: {exc}", path=self.path) from None

    # -- reading -----------------------------------------------------------------

    def documents(self, names: Sequence[str] = ()) -> list[DocumentRow]:
        """Every document (or those named), by name; an unknown name is an error."""
        with self.guard():
            rows = [DocumentRow(*r) for r in self.conn.execute(
                "SELECT id, name, src_path, tgt_path, src_hash, tgt_hash, settings_hash, "
                "status, error, src_lang, tgt_lang, src_sentences, tgt_sentences, beads "
                "FROM documents ORDER BY name")]
        if names:
            by_name = {r.name: r for r in rows}
            missing = [n for n in names if n not in by_name]
            if missing:
                raise InputError(f"no document {missing[0]!r} in the collection", path=self.path)
            rows = [by_name[n] for n in dict.fromkeys(names)]
        return rows

    def alignment(self, doc: DocumentRow) -> Alignment:
        """The stored alignment of an aligned document, as ``aligner align`` made it."""
        with self.guard():
            src_name, tgt_name, settings = self.conn.execute(
                "SELECT src_name, tgt_name, settings FROM documents WHERE id = ?",
                (doc.id,)).fetchone()
            sents: dict[str, list[str]] = {"src": [], "tgt": []}
            starts: dict[str, set[int]] = {"src": set(), "tgt": set()}
            prev: dict[str, int | None] = {"src": None, "tgt": None}
            for side, text, paragraph in self.conn.execute(
                    "SELECT side, text, paragraph FROM sentences WHERE doc = ? "
                    "ORDER BY side, idx", (doc.id,)):
                if paragraph != prev[side]:  # as SegmentedDocument.paragraph_starts
                    starts[side].add(len(sents[side]))
                prev[side] = paragraph
                sents[side].append(text)
            beads = tuple(
                Bead(tuple(range(sf, sf + sc)), tuple(range(tf, tf + tc)), score,
                     json.loads(signals))
                for sf, sc, tf, tc, score, signals in self.conn.execute(
                    "SELECT src_first, src_count, tgt_first, tgt_count, score, signals "
                    "FROM beads WHERE doc = ? ORDER BY unit", (doc.id,)))
        return Alignment(tuple(sents["src"]), tuple(sents["tgt"]), beads, doc.src_lang,
                         doc.tgt_lang, src_name, tgt_name, json.loads(settings),
                         frozenset(starts["src"]), frozenset(starts["tgt"]))

    def aligned(self, names: Sequence[str] = ()) -> Iterator[tuple[DocumentRow, Alignment]]:
        """The aligned documents (or those named) one at a time, by name."""
        for doc in self.documents(names):
            if doc.status == "aligned":
                yield doc, self.alignment(doc)

    # -- writing -----------------------------------------------------------------

    def store(self, record: PairRecord) -> None:
        """Replace the document ``record.name`` by ``record``, in one transaction."""
        with self.guard():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._replace(record)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _replace(self, r: PairRecord) -> None:
        c = self.conn
        old = c.execute("SELECT id FROM documents WHERE name = ?", (r.name,)).fetchone()
        if old is not None:
            c.execute("DELETE FROM bead_forms WHERE rowid IN (SELECT id FROM beads WHERE doc = ?)",
                      old)
            c.execute("DELETE FROM beads WHERE doc = ?", old)
            c.execute("DELETE FROM sentences WHERE doc = ?", old)
            c.execute("DELETE FROM documents WHERE id = ?", old)
        al = r.alignment
        cur = c.execute(
            "INSERT INTO documents (name, src_path, tgt_path, src_hash, tgt_hash, settings_hash,"
            " status, error, warnings, src_lang, tgt_lang, src_name, tgt_name, settings,"
            " src_sentences, tgt_sentences, beads, seconds)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (r.name, r.src_path, r.tgt_path, r.src_hash, r.tgt_hash, r.settings_hash,
             "failed" if al is None else "aligned", r.error,
             json.dumps(list(r.warnings), ensure_ascii=False), r.src_lang, r.tgt_lang,
             al.src_name if al else "", al.tgt_name if al else "",
             json.dumps(dict(al.settings) if al else {}, ensure_ascii=False),
             len(al.src_sentences) if al else 0, len(al.tgt_sentences) if al else 0,
             len(al.beads) if al else 0, r.seconds))
        if al is None:
            return
        doc = cur.lastrowid
        assert r.src_spans is not None and r.tgt_spans is not None
        for side, sentences, spans in (("src", al.src_sentences, r.src_spans),
                                       ("tgt", al.tgt_sentences, r.tgt_spans)):
            c.executemany(
                'INSERT INTO sentences (doc, side, idx, text, start, "end", paragraph) '
                "VALUES (?,?,?,?,?,?,?)",
                ((doc, side, i, text, *span) for i, (text, span) in
                 enumerate(zip(sentences, spans.spans, strict=True))))
        forms = iter(r.forms)
        for unit, (bead, (source, target)) in enumerate(zip(al.beads, r.units, strict=True)):
            cur = c.execute(
                "INSERT INTO beads (doc, unit, src_first, src_count, tgt_first, tgt_count, "
                "score, signals, source, target) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc, unit, *_run(bead.src), *_run(bead.tgt), bead.score,
                 json.dumps(dict(bead.signals)), source, target))
            if not bead.is_null:
                c.execute("INSERT INTO bead_forms (rowid, src_forms, tgt_forms) VALUES (?,?,?)",
                          (cur.lastrowid, *next(forms)))

    # -- integrity ---------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with the stored data (empty when every document is whole):
        SQLite's own integrity check, then each aligned document's counts of
        sentences, beads and indexed units against what its row says."""
        with self.guard():
            found = [r[0] for r in self.conn.execute("PRAGMA integrity_check")
                     if r[0] != "ok"]
            for name, doc, n_src, n_tgt, n_beads, status in self.conn.execute(
                    "SELECT name, id, src_sentences, tgt_sentences, beads, status "
                    "FROM documents"):
                have = self.conn.execute(
                    "SELECT (SELECT count(*) FROM sentences WHERE doc = ?1 AND side = 'src'),"
                    " (SELECT count(*) FROM sentences WHERE doc = ?1 AND side = 'tgt'),"
                    " (SELECT count(*) FROM beads WHERE doc = ?1),"
                    " (SELECT count(*) FROM beads WHERE doc = ?1 AND src_count > 0"
                    "  AND tgt_count > 0),"
                    " (SELECT count(*) FROM bead_forms WHERE rowid IN"
                    "  (SELECT id FROM beads WHERE doc = ?1))", (doc,)).fetchone()
                two_sided = have[3]
                want = (n_src, n_tgt, n_beads, two_sided, two_sided)
                if status == "failed":
                    want = (0, 0, 0, 0, 0)
                if tuple(have) != want:
                    found.append(f"{name}: stored {have}, expected {want}")
            orphans = self.conn.execute(
                "SELECT count(*) FROM beads WHERE doc NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            if orphans:
                found.append(f"{orphans} beads of no document")
        return found


def _run(indices: tuple[int, ...]) -> tuple[int, int]:
    """A bead side as (first, count); the aligner's beads are runs of consecutive sentences."""
    if not indices:
        return 0, 0
    if list(indices) != list(range(indices[0], indices[0] + len(indices))):
        raise ValueError(f"bead side {indices} is not a run of consecutive sentences")
    return indices[0], len(indices)


def open_collection(path: str | os.PathLike[str], *, create: bool = False) -> Collection:
    """Open the collection at ``path``; with ``create``, make it when there is no file
    (or an empty one).  Anything else than a collection of a schema this code
    knows raises :class:`InputError` naming the file -- and is left untouched."""
    name = os.fspath(path)
    p = Path(name)
    exists = p.exists()
    if not exists and not create:
        raise InputError("no such collection", path=name)
    if p.is_dir():
        raise InputError("is a directory, expected a collection database", path=name)
    empty = not exists or p.stat().st_size == 0
    if not empty and not is_sqlite_file(p):
        raise InputError("not an aligner collection (not a SQLite database)", path=name)
    if empty and not create:
        raise InputError("empty file, not an aligner collection", path=name)
    try:
        conn = sqlite3.connect(name, isolation_level=None, timeout=30.0)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open: {exc}", path=name) from None
    try:
        _prepare(conn, name, empty)
    except BaseException:
        conn.close()
        raise
    return Collection(conn, name)


def _prepare(conn: sqlite3.Connection, name: str, empty: bool) -> None:
    try:
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise InputError(f"not an aligner collection, or a corrupt one ({exc})",
                         path=name) from None
    if app != APPLICATION_ID:
        if not (empty or (app == 0 and version == 0 and tables == 0)):
            raise InputError("not an aligner collection (a SQLite database of another "
                             "application); it was left as it is", path=name)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(f"""BEGIN IMMEDIATE;
                {_SCHEMA}
                PRAGMA application_id = {APPLICATION_ID};
                PRAGMA user_version = {SCHEMA_VERSION};
                COMMIT;""")
        except sqlite3.Error as exc:
            raise InputError(f"cannot create the collection: {exc}", path=name) from None
    elif version > SCHEMA_VERSION:
        raise InputError(f"written by a newer aligner (collection schema {version}; this "
                         f"version reads schema {SCHEMA_VERSION} and older): upgrade aligner",
                         path=name)
    elif version < 1:
        raise InputError(f"collection schema {version} is unknown", path=name)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a commit survives a killed process; power loss may undo
        # the last commits, never leave half of one.
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise InputError(f"database error: {exc}", path=name) from None
