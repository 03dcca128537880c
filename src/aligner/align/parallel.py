"""Process management: work items run in child processes forked from this thread.

Used by segmented alignment (:func:`aligner.align.aligner._align_segments`), but
it knows nothing of alignment: it runs ``work(item)`` for each item, in forked
children at most one per core where that is safe, and gives the results back
in item order.  A child lives for one item: the garbage collector is kept away
from what it inherited, and the C allocator keeps freed memory for reuse.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import connection
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TypeVar

from aligner.errors import ResourceError

T = TypeVar("T")
R = TypeVar("R")


def _keep_freed_memory() -> None:
    """Let the C allocator keep freed memory for reuse (glibc only; a no-op elsewhere).

    A segment allocates and frees large numpy temporaries over and over; by
    default glibc maps each one afresh and hands it back, and every page is
    faulted in and zeroed again.  A worker lives for one segment, so holding
    on to its heap costs nothing afterwards.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
    mallopt(m_mmap_threshold, 32 << 20)  # the largest glibc allows
    mallopt(m_trim_threshold, 1 << 30)
    mallopt(m_top_pad, 64 << 20)


def die_with_parent() -> None:
    """Have the kernel end this worker when its parent process dies (Linux only; a
    no-op elsewhere): a parent killed by ``kill -9`` or the OOM killer left its
    workers running for good, holding their memory and the collection open."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    pr_set_pdeathsig = 1
    prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() == 1:  # the parent died before the call: nothing will signal it
        os._exit(1)


def _child(work: Callable[[T], R], item: T, conn: Connection) -> None:
    """Body of a forked worker: run one item of work and send the result back.

    Everything inherited from the parent is frozen out of the garbage
    collector's reach (a collection would visit, and so copy, every object),
    and the collector stays off: the child lives for one item, and what
    little cyclic garbage it makes goes when it exits.
    """
    die_with_parent()
    gc.freeze()
    gc.disable()
    _keep_freed_memory()
    try:
        conn.send(("ok", work(item)))
    except BaseException:  # reported by the parent, which raises it
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def forked(work: Callable[[T], R], items: Iterable[T], workers: int,
           describe: Callable[[T], str]) -> Iterator[tuple[T, R]]:
    """Run ``work`` on each item in child processes forked from this thread, at most
    ``workers`` at a time; results come back in item order.

    A fresh process per item gives back everything it allocated when it
    exits; forking only from a process's one thread (never from a pool's
    helper thread, and never while other threads run) keeps a child from
    inheriting a lock that another thread held at the moment of the fork.
    ``items`` is consumed lazily: the next item (a segment's cut) is computed
    while the children work.  A child that fails or dies is reported with
    ``describe(item)`` ("aligning source sentences 0-59").
    """
    ctx = mp.get_context("fork")
    running: dict[int, tuple[Connection, BaseProcess]] = {}
    finished: dict[int, R] = {}
    started: list[T] = []
    pending = iter(items)
    more = True
    next_out = 0  # the first item not yet given back
    try:
        while more or running or finished:
            while more and len(running) < workers:
                try:
                    item = next(pending)
                except StopIteration:
                    more = False
                    break
                receive, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_child, args=(work, item, send), daemon=True)
                proc.start()
                send.close()
                running[len(started)] = (receive, proc)
                started.append(item)
            while next_out in finished:
                yield started[next_out], finished.pop(next_out)
                next_out += 1
            if not running:
                continue
            ready = connection.wait([receive for receive, _ in running.values()])
            for k in [k for k, (receive, _) in running.items() if receive in ready]:
                receive, child = running.pop(k)
                try:
                    status, payload = receive.recv()
                except EOFError:  # the child died without a word
                    status, payload = "died", None
                receive.close()
                child.join()
                what = describe(started[k])
                if status == "died":
                    code = child.exitcode or 0
                    how = f"was killed by signal {-code}" if code < 0 else f"exited ({code})"
                    raise ResourceError(f"the worker process {what} {how}; the "
                                        "machine may be short of memory")
                if status != "ok":
                    raise RuntimeError(f"{what} failed in a worker process:\n"
                                       f"{payload}")
                finished[k] = payload
    finally:
        for receive, child in running.values():
            child.terminate()
            child.join()
            receive.close()


def workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def in_order(work: Callable[[T], R], items: Iterable[T],
             describe: Callable[[T], str]) -> Iterator[tuple[T, R]]:
    """``(item, work(item))`` for each item, in order: in forked children (:func:`forked`,
    one per core) where that is safe, otherwise one after another in this process."""
    n = workers()
    # A daemonic process (itself a worker) may not start processes, and a process
    # with other threads running may not fork safely: a child could inherit a lock
    # one of them holds.  Both run the items one after another.
    if (n > 1 and "fork" in mp.get_all_start_methods()
            and not mp.current_process().daemon and threading.active_count() == 1):
        return forked(work, items, n, describe)
    return ((item, work(item)) for item in items)
