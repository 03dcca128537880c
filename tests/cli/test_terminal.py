"""The progress line of aligner batch: on a terminal only."""

from __future__ import annotations

import io

import pytest

from aligner.cli import terminal


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_batch_progress_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    err = _Tty()
    monkeypatch.setattr("sys.stderr", err)
    report = terminal.batch_progress()
    assert report is not None
    report(25, 100, 5000, 10.0)
    line = err.getvalue()
    assert "[#####               ] 25/100 pairs  500 sentences/s  0m30s left" in line
    assert line.startswith("\r") and not line.endswith("\n")
    report(100, 100, 20000, 40.0)
    assert err.getvalue().endswith("\n")


def test_no_progress_on_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert terminal.batch_progress() is None
