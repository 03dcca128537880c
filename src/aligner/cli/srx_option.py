"""``--srx RULES.srx``, defined once for every command that segments documents
(``segment``, ``align``, ``check``, ``report``, ``run``): the option reads the file
(an :class:`~aligner.segment.srx.SrxRules`, or None without it) before the command
runs, so that a file that is not SRX stops it at once with exit code 2."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from aligner.cli.paths import ExistingPath

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules

F = TypeVar("F", bound=Callable[..., object])

HELP = ("Segment by this SRX 2.0 file's rules (OmegaT's, Okapi's...) instead of the built-in "
        "ones: its languagemaps choose the rules for each language; a language no map "
        "matches keeps the built-in rules, with a warning.")


def _read(_ctx: click.Context, _param: click.Parameter, value: str | None) -> SrxRules | None:
    if value is None:
        return None
    from aligner.pipeline import load_srx

    return load_srx(value)


def with_srx(command: F) -> F:
    """Add ``--srx`` to a command (parameter ``srx``: the rules read, or None)."""
    return click.option("--srx", type=ExistingPath(),
                        callback=_read, metavar="RULES.srx", help=HELP)(command)
