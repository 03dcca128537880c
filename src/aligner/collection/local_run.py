"""``aligner batch``'s local workers: processes of this machine that live for the whole run.

:func:`local_results` is the :data:`~aligner.collection.batch.Runner` of a run without
``--scheduler`` (:mod:`aligner.collection.dask_run` is the one with): a pool of worker
processes aligns the pairs, at most a few in flight per worker, and gives back their
records as they finish.  Ctrl-C is the parent's alone: it ends the workers, and nothing
waits for the pairs in flight.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from aligner.align.parallel import die_with_parent
from aligner.collection.batch import IN_FLIGHT_PER_WORKER, Runner
from aligner.collection.store import PairRecord
from aligner.collection.work import BatchSettings, PairJob, align_job, failure

_SETTINGS: BatchSettings | None = None


def _init_worker(settings: BatchSettings) -> None:
    global _SETTINGS
    _SETTINGS = settings
    # Ctrl-C is the parent's to handle: it stops sending work and leaves the database
    # consistent; workers dying of it mid-pair would only print tracebacks.  The worker
    # was forked with Ctrl-C held (_ctrl_c_held): one that came since is dropped here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent()


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C blocked in this thread while the pool may fork workers, and raised here
    when the block ends.  A worker inherits the block, so it cannot die of a Ctrl-C
    before its initializer ignores it: one that came in that moment (right after the
    start, or seconds after it on a loaded machine) killed it with a traceback."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _run_in_worker(job: PairJob) -> PairRecord:
    assert _SETTINGS is not None  # set by _init_worker
    return align_job(job, _SETTINGS)


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def local_runner(n_workers: int) -> Runner:
    """Results from ``n_workers`` local processes that live for the whole run."""

    def run(jobs: Iterator[PairJob], settings: BatchSettings) -> Iterator[PairRecord]:
        return local_results(jobs, settings, n_workers)

    return run


def local_results(jobs: Iterator[PairJob], settings: BatchSettings,
                  n_workers: int) -> Iterator[PairRecord]:
    """Records of ``jobs`` as local workers finish them.

    A worker that dies (killed, out of memory) breaks the pool: the pairs in
    flight are recorded as failed (the next run retries them) and a new pool
    goes on with the rest.
    """
    window = IN_FLIGHT_PER_WORKER * n_workers

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n_workers, initializer=_init_worker,
                                   initargs=(settings,))

    pool = new_pool()
    pending: dict[Future[PairRecord], PairJob] = {}
    finished = False
    try:
        while True:
            while len(pending) < window and (job := next(jobs, None)) is not None:
                with _ctrl_c_held():  # the pool forks its workers in a submit
                    pending[pool.submit(_run_in_worker, job)] = job
            if not pending:
                finished = True
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                job = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    yield failure(job, settings, f"{job.src_path}: the worker process aligning "
                                                 "this pair died (killed, or out of memory)")
            if broken:
                for job in pending.values():
                    yield failure(job, settings, f"{job.src_path}: a worker process died "
                                                 "while this pair was in flight")
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        # Done: the idle workers and the pool's thread end now (a thread left running
        # keeps this process from forking the aligner's workers afterwards).
        # Interrupted: nothing waits for pairs in flight -- their workers are ended,
        # or Python's exit would wait for them (a minute on a long pair, and a
        # second Ctrl-C then hung the command in that wait).
        if not finished:
            _end_workers(pool)
        pool.shutdown(wait=finished, cancel_futures=True)
        if not finished:
            _join_manager(pool)


def _join_manager(pool: ProcessPoolExecutor) -> None:
    """Wait (a bounded while) for the pool's manager thread, its workers ended: Python's
    exit wakes every pool's manager thread without the pool's lock, and one closing its
    pipe at that moment made the exit print a traceback (``OSError: Bad file
    descriptor``) after ``aligner: interrupted`` -- seen once on a loaded machine.  With
    the workers gone the thread ends at once; a later Ctrl-C is ignored by then
    (:func:`aligner.cli.launch.first_ctrl_c_ignores_the_next`)."""
    thread = getattr(pool, "_executor_manager_thread", None)
    if thread is not None:
        thread.join(timeout=10)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes (the pool has no public way to)."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


