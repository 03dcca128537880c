"""Forked workers: results in item order, failures named by the item's description."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.align import parallel


@pytest.fixture(autouse=True)
def _needs_fork() -> None:
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("needs the fork start method")


def _slow_square(x: int) -> int:
    time.sleep(0.02 * (5 - x % 5))  # early items finish last
    return x * x


def test_results_come_back_in_item_order() -> None:
    items = list(range(9))
    out = list(parallel.forked(_slow_square, iter(items), 3, lambda x: f"item {x}"))
    assert out == [(x, x * x) for x in items]


def test_a_failing_item_is_named() -> None:
    def work(x: int) -> int:
        if x == 4:
            raise KeyError("lost")
        return x

    with pytest.raises(RuntimeError, match=r"(?s)^doing item 4 failed in a worker process:"
                                           r".*KeyError: 'lost'"):
        list(parallel.forked(work, range(6), 2, lambda x: f"doing item {x}"))


def test_one_after_another_while_other_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    def no_fork(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("forked while another thread was running")

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "forked", no_fork)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert list(parallel.in_order(lambda x: -x, range(3), str)) == [(0, 0), (1, -1), (2, -2)]
    finally:
        stop.set()
        other.join()


def test_a_worker_dies_with_its_parent(tmp_path: Path) -> None:
    """A parent ended by kill -9 (or the OOM killer) left its workers running for
    good; a worker that called die_with_parent is ended by the kernel."""
    pid_file = tmp_path / "worker.pid"
    script = (
        "import os, sys, time\n"
        "from aligner.align.parallel import die_with_parent\n"
        "if os.fork() == 0:\n"
        "    die_with_parent()\n"
        f"    open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        worker = int(pid_file.read_text())
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker)
    finally:
        parent.kill()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").split()[2] != "Z"
    except FileNotFoundError:
        return False
