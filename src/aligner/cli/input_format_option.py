"""``--input-format``, defined once for the commands that read two documents (``align``,
``check``, ``report``, ``glossary suggest``): the reader messages tell a user to give it
(``FILE: is a DOCX file, not text; name it .docx or give --input-format docx``), so each
of these commands must have it, with the same names and the same meaning."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from aligner.readers import FORMAT_NAMES

F = TypeVar("F", bound=Callable[..., object])

HELP = "Override the reader chosen from the file extension (both files)."


def input_format_option(command: F) -> F:
    """Add ``--input-format text|markdown|html|srt|vtt|docx|odt|pptx|odp|epub|rtf|pdf|txt|md|
    subrip|webvtt`` (parameter
    ``input_format``: the name given, or None) to a command."""
    return click.option("--input-format", type=click.Choice(FORMAT_NAMES), help=HELP)(command)
