"""What the commands show on the terminal besides their output: progress and warnings."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # the aligner (and numpy) only when a command aligns
    from aligner.align import Progress


def progress_reporter() -> Progress | None:
    """A one-line progress display on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(stage: str, frac: float) -> None:
        bar = "#" * int(frac * 20)
        # padded so that a shorter stage wipes out a longer one before it
        click.echo(f"\r  aligning [{bar:<20}] {stage:<44}", err=True, nl=frac >= 1.0)

    return report


def warn(message: str) -> None:
    click.echo(f"aligner: warning: {message}", err=True)
