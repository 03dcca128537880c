"""``aligner batch``'s Ctrl-C: the first one ends the run, those after it are ignored."""

from __future__ import annotations

import signal

import pytest

from aligner.cli.batch import first_ctrl_c_ignores_the_next


def test_a_second_ctrl_c_while_the_run_ends_is_ignored() -> None:
    """A second KeyboardInterrupt landed anywhere in the ending of the run (between two
    workers being ended), and left workers running that the exit waited for."""
    before = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(KeyboardInterrupt), first_ctrl_c_ignores_the_next():
            signal.raise_signal(signal.SIGINT)
            pytest.fail("the first Ctrl-C did not interrupt the run")
        try:
            signal.raise_signal(signal.SIGINT)  # the second: nothing
        except KeyboardInterrupt:
            pytest.fail("a second Ctrl-C interrupted the ending of the run")
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_without_ctrl_c_the_handler_before_is_put_back() -> None:
    before = signal.getsignal(signal.SIGINT)
    with first_ctrl_c_ignores_the_next():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
