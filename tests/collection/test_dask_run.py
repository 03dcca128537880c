"""When the Dask runner takes an error for the scheduler's loss (collection/dask_run.py):
a pair in flight then is lost with it, never stored as failed."""

from __future__ import annotations

import concurrent.futures
from types import SimpleNamespace

from distributed.comm.core import CommClosedError

from aligner.collection.dask_run import _lost

RUNNING = SimpleNamespace(status="running")


def test_a_closed_connection_is_the_scheduler_lost_before_the_client_hears_of_it() -> None:
    # s29: a result fetched as the scheduler died raised CommClosedError while the
    # client still said "running", and its pair was stored as failed
    assert _lost(RUNNING, CommClosedError("in <TCP (closed) ConnectionPool.gather>"))
    assert _lost(RUNNING, concurrent.futures.CancelledError())
    assert _lost(SimpleNamespace(status="closed"), ValueError("anything"))


def test_a_task_that_raised_is_a_failed_pair() -> None:
    assert not _lost(RUNNING, ValueError("bad input"))
    assert not _lost(RUNNING, OSError("no such file"))  # the task's own, not the comm's
