"""A whole copy of a collection, made while other commands may be using it: ``aligner backup``.

A collection is one SQLite file, but not while it is in use: in WAL mode (the mode
:mod:`aligner.collection.opening` sets) the last commits live in ``C.db-wal`` beside
it until SQLite writes them back into the file, which it does when the last command
using the collection closes it, or when the log has grown large.  A ``cp C.db`` made
while ``aligner review`` runs copies the file without them -- a backup that misses
every edit since the editor started, and says nothing.  :func:`backup` copies through
SQLite's online backup API instead, which reads the collection as one transaction
(the ``-wal`` file included) while other commands go on writing, and makes the copy a
single file (``journal_mode = DELETE``: nothing beside it to forget), checked
(``PRAGMA quick_check``) before it is renamed into place -- a failed backup leaves no
file, and an older backup of the same name stays until the new one is whole.

The copy is of the schema this aligner writes: a collection of an older schema is
read as :func:`~aligner.collection.opening.connect` reads a read-only one, upgraded in
memory, and copied so (the collection itself is left as it is).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aligner.collection.opening import connect
from aligner.errors import InputError, OutputError
from aligner.fileio import cannot_write, current_umask, sync_file


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, for the line the command prints."""

    documents: int
    beads: int
    reviewed: int
    edits: int
    size: int
    #: The schema the collection had, when the copy is of a newer one; else None.
    upgraded_from: int | None = None


def backup(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> BackupSummary:
    """Copy the collection ``source`` to ``target`` (module docstring).  ``target`` may be
    an older copy, which is replaced; anything else already there is refused
    (:class:`OutputError`), as is the collection itself."""
    src, dest = os.fspath(source), Path(target)
    _refuse_target(src, dest)
    opened = connect(src, create=False, threads=False, write=False, read_only=True)
    try:
        with _temporary(dest) as tmp:
            copy = sqlite3.connect(tmp, isolation_level=None)
            try:
                opened.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    raise InputError(f"the copy fails SQLite's check ({verdict}): the "
                                     "collection may be damaged", path=src)
                summary = _summary(copy, upgraded_from=opened.upgraded_from)
            except sqlite3.Error as exc:
                raise cannot_write(os.fspath(dest), OSError(str(exc))) from None
            finally:
                copy.close()
            sync_file(Path(tmp))
            size = Path(tmp).stat().st_size
            Path(tmp).replace(dest)
    finally:
        opened.conn.close()
    sync_file(dest.parent)
    return dataclasses.replace(summary, size=size)


def _refuse_target(src: str, dest: Path) -> None:
    if dest.is_dir():
        raise OutputError("is a folder; give a file name for the copy", path=os.fspath(dest))
    if dest.exists() and dest.resolve() == Path(src).resolve():
        raise OutputError("is the collection itself; give another name for the copy",
                          path=os.fspath(dest))
    for beside in (Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        if beside.exists():
            raise OutputError(f"{beside.name} is beside it: that copy is open in another "
                              "command (or was not closed cleanly) and is not replaced; "
                              "give another name", path=os.fspath(dest))
    if dest.exists() and dest.stat().st_size > 0:
        try:
            connect(os.fspath(dest), create=False, threads=False, write=False,
                    read_only=True).conn.close()
        except InputError:
            raise OutputError("exists and is not an aligner collection: it is left as it "
                              "is; give another name for the copy",
                              path=os.fspath(dest)) from None


@contextlib.contextmanager
def _temporary(dest: Path) -> Iterator[str]:
    """A temporary file name beside ``dest``, removed unless it was renamed into place."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
        os.close(fd)
        Path(tmp).chmod(0o666 & ~current_umask())  # mkstemp makes 0600; a copy is a file
    except OSError as exc:
        raise cannot_write(os.fspath(dest), exc) from None
    try:
        yield tmp
    except OSError as exc:
        raise cannot_write(os.fspath(dest), exc) from None
    finally:
        for left in (tmp, f"{tmp}-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(left).unlink()


def _summary(conn: sqlite3.Connection, *, upgraded_from: int | None) -> BackupSummary:
    """What the copy holds (its size still to come)."""
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return BackupSummary(
        documents=one("SELECT count(*) FROM documents"),
        beads=one("SELECT count(*) FROM beads"),
        reviewed=one("SELECT count(review) FROM beads"),
        edits=one("SELECT count(*) FROM edits"),
        size=0, upgraded_from=upgraded_from)
