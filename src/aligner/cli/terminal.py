"""What the commands show on the terminal besides their output: progress and warnings."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from aligner.cli.quiet_option import is_quiet

if TYPE_CHECKING:  # the aligner (and numpy) only when a command aligns
    from aligner.align import Progress


def progress_reporter() -> Progress | None:
    """A one-line progress display on stderr, only when stderr is a terminal (and the
    command was not given --quiet)."""
    if not sys.stderr.isatty() or is_quiet():
        return None

    def report(stage: str, frac: float) -> None:
        bar = "#" * int(frac * 20)
        # padded so that a shorter stage wipes out a longer one before it
        click.echo(f"\r  aligning [{bar:<20}] {stage:<44}", err=True, nl=frac >= 1.0)

    return report


def batch_progress() -> Callable[[int, int, int, float], None] | None:
    """``aligner batch``'s progress line on stderr (pairs, sentences per second, time
    left), only when stderr is a terminal; nothing on a pipe or with --quiet."""
    if not sys.stderr.isatty() or is_quiet():
        return None

    def report(done: int, total: int, sentences: int, seconds: float) -> None:
        frac = done / total if total else 1.0
        bar = "#" * int(frac * 20)
        rate = sentences / seconds if seconds > 0 else 0.0
        left = seconds / done * (total - done) if done else 0.0
        eta = f"{int(left // 60)}m{int(left % 60):02d}s"
        click.echo(f"\r  [{bar:<20}] {done:,}/{total:,} pairs  {rate:,.0f} sentences/s  "
                   f"{eta} left  ", err=True, nl=done >= total)

    return report


def warn(message: str) -> None:
    click.echo(f"aligner: warning: {message}", err=True)


def error(message: str) -> None:
    """An error said before the one that ends the command (several bad rows of a file)."""
    click.echo(f"aligner: error: {message}", err=True)
