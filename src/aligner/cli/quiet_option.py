"""``-q/--quiet`` on the commands that write files or a collection: align, export, batch,
import and run.

Quiet leaves out what a command says it is doing and what it did -- the progress line,
the ``aligner: wrote ...`` line, batch's and import's count lines (``5 pairs aligned,
...``, ``2 memories imported, ...``), run's step lines -- and never a line of
``aligner: warning:``, ``aligner: failed:`` or ``aligner: error:``, nor standard
output.  What the ``wrote`` line says of sentences a file of units leaves out (one-sided
beads) is lost text, no report of progress: with --quiet it is said as a warning
(:func:`aligner.cli.outputs.say_written`).  (``check`` and ``report`` have a
``--quiet`` of their own, which leaves out their warnings as well: there the warnings
are the findings.)  The flag is kept in click's context for the run of the command, so
the functions that show progress (:mod:`aligner.cli.terminal`) and the ``wrote`` line
(:mod:`aligner.cli.outputs`) ask :func:`is_quiet` rather than taking it as one more
argument everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])

_KEY = "aligner.quiet"

QUIET_HELP = ("No progress, 'wrote' or summary line on standard error; warnings and "
              "errors are still said.")


def _note(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[_KEY] = True


def quiet_option(command: F) -> F:
    """Add ``-q/--quiet`` to a command (not passed to it: see :func:`is_quiet`)."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_note,
                        help=QUIET_HELP)(command)


def is_quiet() -> bool:
    """Whether the command running was given --quiet (False outside a command)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_KEY))


def info(message: str) -> None:
    """A line that says what was done (``aligner: ...``), on standard error unless --quiet."""
    if not is_quiet():
        click.echo(message, err=True)
