"""``aligner batch --scheduler tcp://HOST:PORT``: the pairs aligned on a Dask cluster.

Imported only when ``--scheduler`` is given; it needs the ``dask`` extra
(``pip install 'aligner[dask]'``, which brings ``distributed``).  The client --
the process running ``aligner batch`` -- reads the files and sends their bytes
with each task (workers need no access to the files, only ``aligner``
installed), and it stays the one process that writes the database.  A worker
that dies mid-pair is Dask's to handle: the scheduler runs the task again on
another worker; a task that fails every time comes back as a failed pair,
which the next run retries.  Tasks are submitted a few per worker thread at a
time, so neither the client nor the scheduler holds the whole collection.
"""

from __future__ import annotations

import concurrent.futures
import importlib
import itertools
import logging
import socket
from collections.abc import Iterator
from typing import Any

from aligner.collection.batch import IN_FLIGHT_PER_WORKER, Runner
from aligner.collection.store import PairRecord
from aligner.collection.work import BatchSettings, PairJob, align_job, failure
from aligner.errors import AlignerError, ConfigError


class SchedulerLost(AlignerError):
    """The Dask scheduler went away in the middle of a run (killed, its machine down):
    the pairs in flight are lost, not failed, and every pair stored is whole.  Exit
    status 1, as for pairs that failed."""

    exit_code = 1


def dask_runner(address: str, *, connect_timeout: float = 20.0) -> Runner:
    """Results of the pairs from the Dask scheduler at ``address``."""
    _distributed()  # no Dask: said before the collection is made or touched

    def run(jobs: Iterator[PairJob], settings: BatchSettings) -> Iterator[PairRecord]:
        return dask_results(jobs, settings, address, connect_timeout)

    return run


def _distributed() -> Any:
    """The ``distributed`` module (typed Any: the extra may not be installed where the
    types are checked)."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ConfigError("--scheduler needs Dask: pip install '.[dask]' in aligner's source "
                          "folder") from None


def reach(address: str, timeout: float = 20.0) -> None:
    """Connect to the scheduler at ``address`` and close again: an error naming it when
    it cannot be reached, said before a run makes or changes anything (a new collection,
    its lock file, the settings it remembers).  A ``tcp://HOST:PORT`` that refuses the
    connection is said at once (Dask's own client tries again until its timeout)."""
    scheme, _, place = address.rpartition("://")
    host, _, port = place.rpartition(":")
    if scheme in ("", "tcp") and host and port.isdigit():
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: "
                              f"{exc.strerror or exc}") from None
    _connect(address, timeout).close()


def _connect(address: str, timeout: float) -> Any:
    client_class = _distributed().Client
    try:
        return client_class(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def dask_results(jobs: Iterator[PairJob], settings: BatchSettings, address: str,
                 connect_timeout: float = 20.0) -> Iterator[PairRecord]:
    """Records of ``jobs`` as the cluster finishes them (any order)."""
    client = _connect(address, connect_timeout)
    # its background sender logs a traceback the moment the scheduler goes, before the
    # run hears of it: a lost scheduler is said in one line below
    logging.getLogger("distributed.batched").setLevel(logging.CRITICAL)
    try:
        with client.as_current():  # as_completed looks for the current client
            yield from _results(client, jobs, settings)
    except Exception as exc:
        if not _lost(client, exc):
            raise
        # ClosedClientError from the next submit, or the futures cancelled with the
        # connection: said in one line; the client's own log of its reconnecting, cut
        # short by the close below, would be tracebacks
        for name in [n for n in logging.root.manager.loggerDict if n.startswith("distributed")]:
            logging.getLogger(name).setLevel(logging.CRITICAL)  # its config sets some levels
        raise SchedulerLost(f"lost the Dask scheduler at {address} ({type(exc).__name__})"
                            ) from None
    finally:
        client.close()


def _connected(client: Any) -> bool:
    """Whether the client still has its scheduler (not closed, nor reconnecting)."""
    return getattr(client, "status", "running") == "running"


def _lost(client: Any, exc: Exception) -> bool:
    """Whether ``exc`` says the scheduler is gone: the client no longer has it, a
    future was cancelled -- the run cancels none itself, the scheduler's loss cancels
    them all, and the client may hear of that after the first one's result -- or the
    connection closed while a result was being fetched (``CommClosedError``, also
    before the client hears of the loss: a pair stored as failed for it once)."""
    from distributed.comm.core import CommClosedError

    return not _connected(client) or isinstance(
        exc, (concurrent.futures.CancelledError, CommClosedError))


def _results(client: Any, jobs: Iterator[PairJob], settings: BatchSettings
             ) -> Iterator[PairRecord]:
    threads = sum(client.nthreads().values()) or 1
    window = IN_FLIGHT_PER_WORKER * threads
    [shared] = client.scatter([settings], broadcast=True)
    pending: dict[str, PairJob] = {}
    first = []
    for job in itertools.islice(jobs, window):
        future = client.submit(align_job, job, shared, pure=False)
        pending[future.key] = job
        first.append(future)
    if not first:
        return
    running = _distributed().as_completed(first)

    def submit() -> bool:
        job = next(jobs, None)
        if job is None:
            return False
        future = client.submit(align_job, job, shared, pure=False)
        pending[future.key] = job
        running.add(future)
        return True

    for future in running:
        job = pending.pop(future.key)
        try:
            record: PairRecord = future.result()
        except Exception as exc:  # KilledWorker, a task that raised: the pair failed
            if _lost(client, exc):  # cancelled with the rest: the scheduler is gone
                raise
            record = failure(job, settings, f"{job.src_path}: on the Dask cluster: "
                                            f"{type(exc).__name__}: {exc}")
        future.release()
        yield record
        while len(pending) < window and submit():
            pass
