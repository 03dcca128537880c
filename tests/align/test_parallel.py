"""Forked workers: results in item order, failures named by the item's description."""

from __future__ import annotations

import multiprocessing as mp
import time

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
