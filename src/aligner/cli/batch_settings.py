"""``aligner batch``'s settings: the options given, else the ones the collection
remembers (:mod:`aligner.collection.remembered`), and the lines that say which."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from aligner.cli.quiet_option import info
from aligner.cli.terminal import warn
from aligner.collection.remembered import Resolved, Setting

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules


def given_settings(ctx: click.Context, *, glossary: str | None, no_glossary: bool,
                   srx: SrxRules | None, no_srx: bool, encoder: str,
                   input_format: str | None) -> dict[str, Setting]:
    """The remembered options the command line gives, by option (a file by its absolute
    path and SHA-256; ``--no-glossary``, ``--no-srx`` and ``auto`` as None)."""
    given: dict[str, Setting] = {}
    for option, path, none in (("glossary", glossary, no_glossary),
                               ("srx", None if srx is None else srx.path, no_srx)):
        if path is not None and none:
            raise click.UsageError(f"give --{option} or --no-{option}, not both")
        if path is not None:
            given[option] = Setting(option, str(Path(path).resolve()), file_sha(path))
        elif none:
            given[option] = Setting(option, None)
    if ctx.get_parameter_source("encoder") is not ParameterSource.DEFAULT:
        given["encoder"] = Setting("encoder", encoder)
    if input_format is not None:
        given["input-format"] = Setting("input-format",
                                        None if input_format == "auto" else input_format)
    return given


def file_sha(path: str | Path) -> str | None:
    """The SHA-256 of a file's bytes; None when it cannot be read (gone)."""
    from aligner.collection.stored import content_hash

    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


def tell(resolved: Resolved, *, aligned: bool) -> None:
    """Say which settings come from the collection, and which given ones replace its own
    (``aligned``: it holds pairs they may realign)."""
    if resolved.taken:
        info("aligner: using the collection's settings: "
             + ", ".join(s.shown() for s in resolved.taken))
    if aligned:
        for was, now in resolved.changed:
            warn(f"{now.shown()} replaces the collection's {was.shown()} and is its setting "
                 "from now on: the pairs aligned otherwise are realigned (leave the option "
                 "out to go on with the collection's)")
