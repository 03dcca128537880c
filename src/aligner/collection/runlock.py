"""One ``aligner batch`` at a time on a collection, and a ``--force`` run's resumption.

:func:`batch_lock` holds an advisory lock on ``C.db.batch-lock``
while a run works: a second run started meanwhile would align every pair the
first is aligning, so it is refused, naming the process that holds it.  The
kernel releases the lock when that process ends, however it ends, so a lock
file left by a killed run blocks nothing (a POSIX record lock, ``lockf``: a
worker process forked by the run does not hold it, as it would an ``flock``).

The file also remembers a ``--force`` run that did not finish: the last
document id given when it started (every document it stored has a larger one).
The same command run again goes on from there -- a pair stored since then, of
the same files and settings, was realigned by that run and is not realigned
again -- instead of starting over.  Any run that finishes forgets it, and removes the
file (while it still holds it: a run that locked the file in that moment finds it is
no longer the one at that path and opens it again).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from aligner.errors import InputError
from aligner.fileio import cannot_write

#: Beside ``C.db``: the lock one ``aligner batch`` holds while it runs on it.
BATCH_LOCK_SUFFIX = ".batch-lock"
_FORCE = "force-after "  # the line of an unfinished --force run


class BatchLock:
    """The lock a run holds (see the module docstring)."""

    def __init__(self, fh: IO[str] | None, left: str) -> None:
        self._fh = fh
        self.forcing = False
        #: The last document id given when a --force run that did not finish started.
        self.unfinished_force: int | None = None
        for line in left.splitlines():
            if line.startswith(_FORCE) and line[len(_FORCE):].strip().isdigit():
                self.unfinished_force = int(line[len(_FORCE):])
        self.note(self.unfinished_force)  # kept until a run finishes

    def note(self, force_after: int | None) -> None:
        """Write what the file says while this run holds it: its process, and with
        ``force_after`` that a --force run started after that document id is under way."""
        self.forcing = force_after is not None
        if self._fh is None:
            return
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(f"{os.getpid()}\n"
                       + (f"{_FORCE}{force_after}\n" if force_after is not None else ""))
        self._fh.flush()


@contextlib.contextmanager
def batch_lock(path: str | os.PathLike[str]) -> Iterator[BatchLock]:
    """Held while one ``aligner batch`` runs on the collection at ``path`` (the module
    docstring).  Where there are no POSIX locks, nothing is held."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield BatchLock(None, "")
        return
    name = os.fspath(path)
    lock = Path(f"{name}{BATCH_LOCK_SUFFIX}")
    while True:
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            fh = lock.open("a+", encoding="utf-8")
        except OSError as exc:
            raise cannot_write(lock, exc) from None
        with fh:
            fh.seek(0)
            try:
                # a POSIX record lock, not flock: it is the process's own, so the worker
                # processes forked from it do not hold it too after it ends
                fcntl.lockf(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = fh.readline().strip()
                who = f" (process {holder})" if holder.isdigit() else ""
                raise InputError(f"another aligner batch{who} is running on this collection: "
                                 "let it finish, then run again (only what it left is done)",
                                 path=name) from None
            if not _still_there(lock, fh):
                continue  # removed by a run that finished meanwhile: lock the path anew
            held = BatchLock(fh, fh.read())
            yield held  # closing the file releases the lock
            if not held.forcing:
                # finished with nothing to remember: no file left beside the collection
                # (removed while held; a run killed or interrupted leaves it)
                lock.unlink(missing_ok=True)
            return


def _still_there(path: Path, fh: IO[str]) -> bool:
    """Whether the file locked through ``fh`` is still the one at ``path``."""
    try:
        return path.stat().st_ino == os.fstat(fh.fileno()).st_ino
    except FileNotFoundError:
        return False
