"""Where an edited alignment lives: the storage interface and the saved-alignment file.

A store holds one document: its alignment, its version (the number of the
last edit committed) and the edit log.  :class:`EditStore` is all the editor
asks of it -- load, commit one :class:`Record` against an expected version,
read the log -- so that a collection database can hold documents the same
way a JSON file does.

:class:`JsonFileStore` keeps ``ALIGNMENT.json`` and its log
``ALIGNMENT.json.log.jsonl`` beside it.  A commit first appends the record
to the log and flushes it to the disk (the log is written ahead), then
replaces the JSON atomically, again flushed; the JSON says which version it
holds (``"revision"``).  Opening the store replays any record the JSON does
not have yet (a crash between the two writes), and drops a last log line cut
short by a crash.  While a store is open it holds an exclusive lock on the
log, so two editors cannot work on one file.  The log is that lock before it
is a log: a store that made it and closes without an edit removes it again,
so that opening a file and looking leaves no trace (an empty log that a
killed review left counts as no review:
:func:`~aligner.formats.alignment_json.refuse_replacing_a_review`).

A log belongs to one JSON: before the first record of a new log is written,
the JSON is given a random ``"log_id"`` (unless it has one), and the log's
first record carries it too.  An alignment made again, the old log left
beside it, has no id or another one, and the log is refused -- even when the
new alignment is the same as the old one, so the old edits would fit.  (A
signature of the alignment's content could not tell those apart, nor tell
them from a crash before the JSON was first replaced; an id written first
can.)  A log written before there were ids has none in its first record and
is read as before, with a JSON that has none either.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from aligner.editor.edits import Change, EditError, apply_change
from aligner.editor.texts import sentences_from_json, sentences_to_json
from aligner.errors import AlignerError, FormatError, OutputError
from aligner.fileio import atomic_write, read_text
from aligner.formats.alignment_json import (
    alignment_from_json,
    alignment_to_json,
    bead_from_json,
    parse_json,
)
from aligner.formats.alignment_json import bead_to_json as _bead_json
from aligner.model import Alignment

LOG_SUFFIX = ".log.jsonl"
_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


class VersionConflict(AlignerError):
    """An edit made against a version that is no longer the current one."""

    def __init__(self, expected: int, current: int) -> None:
        super().__init__(f"the document changed (version {current}, the edit was made on "
                         f"version {expected}, in another tab?); the page shows it as it is "
                         "now")
        self.current = current


class ChangedBehind(AlignerError):
    """What the editor opened was replaced by another program since (a file written
    by ``aligner align -o``, a document aligned again by ``aligner batch``): an edit
    would overwrite that work, so it is refused until the editor is restarted."""


class SaveError(AlignerError):
    """The store could not write to the disk: a condition of the server (a full disk,
    no permission), not of the request.  ``logged``: the edit is in the log all the
    same, so it is made -- the file gets it at the next save that works, or when
    the store is opened again."""

    def __init__(self, message: str, *, path: str, logged: bool) -> None:
        super().__init__(message, path=path)
        self.logged = logged


@dataclass(frozen=True, slots=True)
class Record:
    """One committed edit, as the log keeps it.

    ``op`` is an :class:`~aligner.editor.edits.Op` value, ``"realign"``,
    ``"undo"`` or ``"redo"``; ``bead``/``side`` what the person pointed at.
    ``undoes`` names the record an undo inverted, ``redoes`` the undo record a
    redo inverted.  ``change`` holds the beads before and after, so each
    record can be undone without the ones before it.
    """

    version: int
    time: datetime
    op: str
    change: Change
    bead: int | None = None
    side: str | None = None
    undoes: int | None = None
    redoes: int | None = None


class EditStore(Protocol):
    """The storage the editor needs for one document."""

    @property
    def name(self) -> str:
        """The document's name, for messages."""
        ...

    def load(self) -> tuple[Alignment, int]:
        """The current alignment and its version."""
        ...

    def commit(self, record: Record, expected_version: int) -> Alignment:
        """Apply and save ``record`` as version ``expected_version + 1`` in one transaction.

        Raises :class:`VersionConflict` when the current version is not
        ``expected_version``, :class:`~aligner.editor.edits.EditError` when the
        change does not fit; either way nothing changes.
        """
        ...

    def records(self) -> Sequence[Record]:
        """The edit log, oldest first."""
        ...

    def close(self) -> None:
        """Release the document (its lock)."""
        ...


def record_to_json(record: Record) -> dict[str, Any]:
    return {
        "version": record.version,
        "time": record.time.astimezone(UTC).strftime(_TIME),
        "op": record.op, "bead": record.bead, "side": record.side,
        "undoes": record.undoes, "redoes": record.redoes,
        "start": record.change.start,
        "before": [_bead_json(b) for b in record.change.before],
        "after": [_bead_json(b) for b in record.change.after],
        **sentences_to_json(record.change),
    }


def record_from_json(raw: Any, limits: dict[str, int], where: str) -> Record:
    def fail(at: str, what: str) -> FormatError:
        return FormatError(f"{where}: {at}: {what}")

    if not isinstance(raw, dict):
        raise fail("record", "expected an object")
    try:
        time = datetime.strptime(str(raw.get("time")), _TIME).replace(tzinfo=UTC)
    except ValueError:
        raise fail("time", "expected a UTC time") from None
    for key in ("version", "start"):
        if type(raw.get(key)) is not int:
            raise fail(key, "expected a number")
    for key in ("bead", "undoes", "redoes"):
        if raw.get(key) is not None and type(raw[key]) is not int:
            raise fail(key, "expected a number or null")
    if not isinstance(raw.get("op"), str) or not isinstance(raw.get("side") or "", str):
        raise fail("op", "expected a string")
    sides = {}
    for key in ("before", "after"):
        if not isinstance(raw.get(key), list):
            raise fail(key, "expected a list of beads")
        sides[key] = tuple(bead_from_json(b, f"{key}[{i}]", limits, fail)
                           for i, b in enumerate(raw[key]))
    change = Change(raw["start"], sides["before"], sides["after"],
                    *sentences_from_json(raw, limits, fail))
    return Record(raw["version"], time, raw["op"], change,
                  raw.get("bead"), raw.get("side"), raw.get("undoes"), raw.get("redoes"))


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells a file apart from one written over it: inode, size, change time."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


class JsonFileStore:
    """A saved alignment file and its edit log (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.log_path = Path(f"{self.path}{LOG_SUFFIX}")
        data = self._read_json()
        self._seen = _stamp(self.path)
        self.behind = False  # the log has edits the file could not be given yet
        self._alignment = alignment_from_json(data, path=str(self.path))
        revision = data.get("revision", 0)
        if type(revision) is not int or revision < 0:
            raise FormatError("saved alignment: revision: expected a number", path=str(self.path))
        log_id = data.get("log_id")
        if log_id is not None and not isinstance(log_id, str):
            raise FormatError("saved alignment: log_id: expected a string", path=str(self.path))
        self._log_id: str | None = log_id
        self._kept = {k: data[k] for k in ("glossary",) if k in data}  # kept as it was
        self._made_log = not self.log_path.exists()
        self._lock = self._open_log()
        try:
            self._records = self._read_log()
            self._version = revision
            self._catch_up()
        except BaseException:
            self.close()
            raise

    @property
    def name(self) -> str:
        return str(self.path)

    def close(self) -> None:
        """Release the lock; a log this store made and wrote nothing into goes (removed
        while still locked, so no other review can have opened it in between)."""
        if self._made_log and not self._lock.closed:
            with contextlib.suppress(OSError):
                if os.fstat(self._lock.fileno()).st_size == 0:
                    self.log_path.unlink()
        self._lock.close()  # closing the file releases the lock

    def load(self) -> tuple[Alignment, int]:
        return self._alignment, self._version

    def records(self) -> Sequence[Record]:
        return tuple(self._records)

    def commit(self, record: Record, expected_version: int) -> Alignment:
        if expected_version != self._version:
            raise VersionConflict(expected_version, self._version)
        if _stamp(self.path) != self._seen:
            raise ChangedBehind("was replaced by another program since aligner review opened "
                                "it (aligner align -o?); the edit would overwrite that: "
                                "restart aligner review to edit what the file holds now",
                                path=str(self.path))
        if record.version != self._version + 1:
            raise EditError(f"record {record.version} is not the next version")
        new = apply_change(self._alignment, record.change)
        raw = record_to_json(record)
        if not self._records:
            raw = {"log_id": self._start_log(), **raw}
        self._append(json.dumps(raw, ensure_ascii=False) + "\n")
        self._records.append(record)
        self._alignment, self._version = new, record.version
        try:
            self._write_json()
        except OutputError as exc:
            # The log has the edit: the next save, or the next start, writes it into the file.
            self.behind = True
            raise SaveError(f"the edit is in the log, but the file could not be replaced: "
                            f"{exc.reason}; the next edit that can be saved, or the next "
                            "aligner review of the file, writes it there",
                            path=str(self.path), logged=True) from None
        return new

    # -- files -------------------------------------------------------------

    def _read_json(self) -> dict[str, Any]:
        data = parse_json(read_text(self.path), path=str(self.path))
        if not isinstance(data, dict):
            raise FormatError("saved alignment: top level: expected an object",
                              path=str(self.path))
        return data

    def _write_json(self) -> None:
        data = {**alignment_to_json(self._alignment), **self._kept, "revision": self._version}
        if self._log_id is not None:
            data["log_id"] = self._log_id
        with atomic_write(self.path, durable=True) as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        self._seen, self.behind = _stamp(self.path), False

    def _start_log(self) -> str:
        """The id the first record of a new log carries, in the JSON before the log has it."""
        if self._log_id is None:
            self._log_id = secrets.token_hex(8)
            try:
                self._write_json()
            except OutputError as exc:
                self._log_id = None
                raise SaveError(f"not saved: the file could not be replaced: {exc.reason}",
                                path=str(self.path), logged=False) from None
        return self._log_id

    def _append(self, line: str) -> None:
        """Append ``line`` to the log and flush it to the disk; on failure, take back any
        part of it written (a later record must not follow half a line)."""
        fd = self._lock.fileno()
        end = os.fstat(fd).st_size
        data = memoryview(line.encode("utf-8"))
        try:
            while data:  # the log is opened to append: each write goes to its end
                data = data[os.write(fd, data):]
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, end)
            raise SaveError(f"not saved: cannot write the edit log: {exc.strerror}",
                            path=str(self.log_path), logged=False) from None

    def _open_log(self) -> IO[bytes]:
        while True:
            try:
                opened = self.log_path.open("a+b")
            except OSError as exc:
                what = "open" if self.log_path.exists() else "create"
                raise AlignerError(f"cannot {what} the edit log: {exc.strerror}",
                                   path=str(self.log_path)) from None
            fh = hold_exclusively(opened, "another aligner review is editing this file",
                                  str(self.path))
            # A review that ended without an edit removes its empty log (close): the
            # file locked here may be that one, no longer at the path; then open anew.
            here = _stamp(self.log_path)
            if here is not None and here[0] == os.fstat(fh.fileno()).st_ino:
                return fh
            fh.close()

    def _read_log(self) -> list[Record]:
        self._lock.seek(0)
        raw = self._lock.read()
        lines = raw.split(b"\n")
        if lines and lines[-1]:
            # A last line without its newline was cut short by a crash before
            # its record was committed: drop it.
            self._lock.truncate(len(raw) - len(lines[-1]))
        # a record made before sentence splits were undone may name one sentence more
        limits = {side: len(getattr(self._alignment, f"{side}_sentences")) + len(lines)
                  for side in ("src", "tgt")}
        records: list[Record] = []
        for n, line in enumerate(lines[:-1], start=1):
            where = f"{self.log_path}:{n}"
            try:
                raw = json.loads(line)
            except (ValueError, RecursionError):
                raise FormatError("not a log record (valid JSON expected)",
                                  path=str(self.log_path), line=n) from None
            record = record_from_json(raw, limits, where)
            if n == 1 and raw.get("log_id") != self._log_id:
                raise FormatError("this edit log belongs to another alignment of this name "
                                  "(made again, the log left beside it?): move it away to start "
                                  "a new one", path=str(self.log_path))
            if records and record.version != records[-1].version + 1:
                raise FormatError(f"version {record.version} follows {records[-1].version}",
                                  path=str(self.log_path), line=n)
            records.append(record)
        return records

    def _catch_up(self) -> None:
        """Replay the log records newer than the JSON (written ahead, then a crash)."""
        last = self._records[-1].version if self._records else self._version
        if last < self._version:
            raise FormatError(f"the edit log ends at version {last} but the alignment is at "
                              f"revision {self._version}: it is not this file's log; move it "
                              "away to start a new one", path=str(self.log_path))
        pending = [r for r in self._records if r.version > self._version]
        if pending and pending[0].version != self._version + 1:
            raise FormatError(f"the edit log has no record {self._version + 1}",
                              path=str(self.log_path))
        for record in pending:
            try:
                self._alignment = apply_change(self._alignment, record.change)
            except EditError:
                raise FormatError(f"record {record.version} does not fit the alignment: this "
                                  "log belongs to another version of the file; move it away "
                                  "to start a new one", path=str(self.log_path)) from None
            self._version = record.version
        if pending:
            self._write_json()


def hold_exclusively(fh: IO[bytes], busy: str, path: str) -> IO[bytes]:
    """``fh`` with an exclusive lock on its file, held while it is open: the one review
    of a file or a collection.  Another process holding it: ``fh`` is closed and
    :class:`AlignerError` says ``busy`` about ``path``.  Where there are no POSIX locks,
    ``fh`` is returned unlocked (one review at a time is then up to the user)."""
    try:
        import fcntl
    except ImportError:
        return fh
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise AlignerError(busy, path=path) from None
    return fh
