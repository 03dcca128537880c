"""Opening a collection database file: made, upgraded, or read where it cannot be written.

:func:`connect` is what :func:`aligner.collection.store.open_collection` does
before it wraps the connection.  Three ways in:

- **to write** (``aligner batch``, ``aligner review``): the file and its folder
  must be writable -- SQLite makes ``C.db-wal`` and ``C.db-shm`` beside it --
  else one line says so at once, before any work (a read-only file used to let
  ``aligner review`` start and answer its first edit with an error);
- **to read, where it can be written** (``export``, ``search``, ``check``,
  ``report``): as to write, so an older schema is upgraded in place and stale
  search entries remade, as before -- the caller is told (:class:`Opened`);
- **to read, where it cannot** (a read-only share, folder or file): SQLite's
  ``mode=ro``; where that cannot work because the folder is read-only and the
  ``-shm`` file is not there, ``immutable=1``, which is safe only because then
  no ``-wal`` file with changes is there either (a writer would need to make
  one beside the file, in that folder).  An older schema is copied into memory
  and upgraded there, its search entries remade -- every upgrade only adds
  tables and columns -- and the file is left as it is; in a file of the current
  schema, the search entries of an older word-form version are not remade
  (``search`` says so).

A command that only looks (``aligner list``) asks for the third way whether or not
the file can be written (``read_only``): it changes nothing, not even an older
schema or stale search entries, so it goes on beside a running ``aligner batch``
without waiting for its writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from aligner.collection.reindex import refresh_forms, stale_documents
from aligner.collection.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    create,
    is_sqlite_file,
    upgrade,
)
from aligner.errors import InputError
from aligner.fileio import cannot_write
from aligner.textutil import count


@dataclass(frozen=True, slots=True)
class Opened:
    """A connection and what opening did that a user may want to hear."""

    conn: sqlite3.Connection
    #: The file cannot be written: the connection only reads (or holds a copy in memory).
    read_only: bool = False
    #: The schema the file had when this open upgraded it (in place, or in memory when
    #: ``read_only``); None when it was current.
    upgraded_from: int | None = None
    #: Documents whose search entries are of an older word-form version and were not
    #: remade (``read_only``): ``search`` may miss some of their word forms.
    stale_forms: int = 0


def notes(path: str, opened: Opened, *, searching: bool = False) -> list[str]:
    """One line for each thing a command should say about how ``path`` was opened."""
    said = []
    if opened.upgraded_from is not None and not opened.read_only:
        said.append(f"{path}: upgraded the collection from schema {opened.upgraded_from} to "
                    f"{SCHEMA_VERSION}; an aligner older than this one cannot open it now")
    elif opened.upgraded_from is not None:
        said.append(f"{path}: read-only, of schema {opened.upgraded_from}: read as schema "
                    f"{SCHEMA_VERSION} in memory (the file is left as it is)")
    if searching and opened.stale_forms:
        said.append(f"{path}: read-only: the search entries of "
                    f"{count(opened.stale_forms, 'document')} were made by an older aligner "
                    "and cannot be remade here, so some word forms may not be found (a copy "
                    "in a writable folder is remade when first opened)")
    return said


def writable_problem(path: str | os.PathLike[str]) -> str | None:
    """Why the collection at ``path`` (an existing file) cannot be written, or None."""
    p = Path(path)
    # no write bit for anyone: made read-only on purpose, which root's access() ignores
    if not os.access(p, os.W_OK) or not p.stat().st_mode & 0o222:
        return "the file is read-only"
    if not os.access(p.parent, os.W_OK | os.X_OK):
        return (f"its folder is read-only (SQLite writes {p.name}-wal and -shm beside "
                "the collection)")
    return None


def refuse_read_only(path: str | os.PathLike[str]) -> None:
    """:class:`InputError` when the collection at ``path`` exists and cannot be written."""
    name = os.fspath(path)
    if Path(name).is_file() and (why := writable_problem(name)) is not None:
        raise InputError(f"cannot write: {why}; aligner batch and aligner review write a "
                         "collection (export, search, check and report read a read-only "
                         "one): copy it to a writable folder, or make it writable", path=name)


def connect(name: str, *, create: bool, threads: bool, write: bool,
            read_only: bool = False) -> Opened:
    """The connection :func:`~aligner.collection.store.open_collection` wraps; with
    ``read_only``, one that never writes, as for a file that cannot be written."""
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
    if read_only and not (write or create):
        return _read_only(name, threads)
    if exists and not empty and writable_problem(name) is not None:
        if write or create:
            refuse_read_only(name)
        return _read_only(name, threads)
    if not exists:  # a new collection's folder is made, as -o makes an output's
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_write(name, exc) from None
    try:
        conn = sqlite3.connect(name, isolation_level=None, timeout=30.0,
                               check_same_thread=not threads)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open: {exc}", path=name) from None
    try:
        return _prepare(conn, name, empty)
    except BaseException:
        conn.close()
        if not exists:  # a collection that could not be made (a full disk) leaves no file
            for made in (p, Path(f"{name}-wal"), Path(f"{name}-shm")):
                with contextlib.suppress(OSError):
                    made.unlink()
        raise


def _header(conn: sqlite3.Connection, name: str) -> tuple[int, int, int]:
    """The file's application id, schema version and number of schema objects."""
    try:
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if _no_room(exc):  # the file is fine: its -wal and -shm files beside it cannot grow
            folder = Path(name).parent
            why = ("its folder is not writable: SQLite makes "
                   f"{Path(name).name}-wal and -shm beside it; copy the collection to a "
                   "writable folder" if not os.access(folder, os.W_OK | os.X_OK)
                   else f"is the disk full? SQLite needs room for {Path(name).name}-wal "
                        "and -shm beside it")
            raise InputError(f"cannot open: {exc} ({why})", path=name) from None
        raise InputError(f"not an aligner collection, or a corrupt one ({exc})",
                         path=name) from None
    return int(app), int(version), int(tables)


def _known_version(name: str, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise InputError(f"written by a newer aligner (collection schema {version}; this "
                         f"version reads schema {SCHEMA_VERSION} and older): upgrade aligner",
                         path=name)
    if version < 1:
        raise InputError(f"collection schema {version} is unknown", path=name)


def _prepare(conn: sqlite3.Connection, name: str, empty: bool) -> Opened:
    app, version, tables = _header(conn, name)
    upgraded_from = None
    if app != APPLICATION_ID:
        if not (empty or (app == 0 and version == 0 and tables == 0)):
            raise InputError("not an aligner collection (a SQLite database of another "
                             "application); it was left as it is", path=name)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            create(conn)
        except sqlite3.Error as exc:
            raise InputError(f"cannot create the collection: {exc}", path=name) from None
    else:
        _known_version(name, version)
        if version < SCHEMA_VERSION:
            try:
                upgrade(conn, version)
            except sqlite3.Error as exc:
                raise InputError(f"cannot upgrade the collection from schema {version}: "
                                 f"{exc}", path=name) from None
            upgraded_from = version
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a commit survives a killed process; power loss may undo
        # the last commits, never leave half of one.
        conn.execute("PRAGMA synchronous = NORMAL")
        refresh_forms(conn)  # index entries an older version's word forms made
    except sqlite3.DatabaseError as exc:
        raise InputError(f"database error: {exc}", path=name) from None
    return Opened(conn, upgraded_from=upgraded_from)


def _read_only(name: str, threads: bool) -> Opened:
    """The collection opened without writing to it or beside it (the module docstring)."""
    uri = "file:" + quote(str(Path(name).resolve()))
    wal = Path(f"{name}-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=30.0,
                           check_same_thread=not threads)
    try:
        header = _header(conn, name)
    except InputError as exc:
        conn.close()
        if pending:
            raise InputError(f"cannot open read-only ({exc}): its folder is read-only and "
                             f"{wal.name} beside it holds changes not yet written into the "
                             "file; copy the collection with its -wal file to a writable "
                             "folder and open it there once", path=name) from None
        # no -shm can be made, and no writer can be at work: nothing to miss
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None,
                               check_same_thread=not threads)
        header = _header(conn, name)
    app, version, _ = header
    if app != APPLICATION_ID:
        conn.close()
        raise InputError("not an aligner collection (a SQLite database of another "
                         "application); it was left as it is", path=name)
    _known_version(name, version)
    upgraded_from = None
    try:
        if version < SCHEMA_VERSION:  # additive steps, made on a copy in memory
            memory = sqlite3.connect(":memory:", isolation_level=None,
                                     check_same_thread=not threads)
            conn.backup(memory)
            conn.close()
            conn = memory
            upgrade(conn, version)
            refresh_forms(conn)  # the copy's search entries as the file's upgrade makes them
            upgraded_from = version
        stale = len(stale_documents(conn))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise InputError(f"database error: {exc}", path=name) from None
    return Opened(conn, read_only=True, upgraded_from=upgraded_from, stale_forms=stale)


def _no_room(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed for want of room or of a working disk, not for the file."""
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN"))
