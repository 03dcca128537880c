"""The glossary a command reads saved alignments with when given no --glossary: the one
they record (:mod:`aligner.formats.glossary_record`), as ``review``, ``check`` and
``export --leave-out-flagged`` of a saved alignment read it."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import NamedTuple

import click

from aligner.cli.terminal import warn


class Chosen(NamedTuple):
    """The glossary :func:`saved_glossary` chose, what says so, and whether that says no
    glossary is used and why (the recorded one is gone): the check then says no more of
    it (``no_glossary`` of :func:`aligner.pipeline.load_check_input`)."""

    path: str | None
    tell: Callable[[], None]
    none_said: bool = False


def saved_glossary(inputs: Sequence[str | os.PathLike[str]], glossary_path: str | None,
                   no_glossary: bool, *, quiet: bool = False, doing: str = "checking",
                   done: str = "checked", say: Callable[[str], None] = warn,
                   lost: str = ("term-missing, term-forbidden and term-inconsistent do "
                                "not run")) -> Chosen:
    """``--glossary`` when given, none for ``--no-glossary``; else the glossary the saved
    alignments among ``inputs`` were made with (one for all of them), said in a line
    (``doing``); else ``./glossary.tsv`` when it is there
    (:func:`~aligner.pipeline.default_glossary`).  A recorded glossary that is gone is
    warned of, and none is used (``done``: what is done without it, ``lost``: what that
    costs); one that changed
    since is used, with a warning; saved alignments made with different ones: warned of,
    and the default used.  Warnings go to ``say``; ``quiet`` leaves out the line.

    With the glossary, what says all that, for the caller to call once the inputs are
    read: an input refused (a saved alignment of other languages than those given) is
    one line, its error, as any bad input is."""
    from aligner.formats.glossary_record import recorded_glossary
    from aligner.pipeline import default_glossary

    said: list[Callable[[], None]] = []

    def tell() -> None:
        for line in said:
            line()

    if glossary_path is not None or no_glossary:
        return Chosen(default_glossary(glossary_path, use_default=not no_glossary), tell)
    records = [r for p in inputs if os.fspath(p).lower().endswith(".json")
               and (r := recorded_glossary(p)) is not None]
    if not records:
        return Chosen(default_glossary(None), tell)
    if len({os.path.realpath(r.path) for r in records}) > 1:
        made = "; ".join(f"{r.alignment}: {r.path}" for r in records)
        said.append(lambda: say(f"the saved alignments were made with different glossaries "
                                f"({made}): none of them is used unasked (give --glossary "
                                "FILE)"))
        return Chosen(default_glossary(None), tell)
    first = records[0]
    if not first.exists:
        other = (f" (the file at its absolute path, {first.not_same}, is another: its bytes "
                 "are not those recorded)" if first.not_same else "")
        said.append(lambda: say(f"{first.alignment}: the glossary it was made with, "
                                f"{first.path}, is gone{other}: {done} without a glossary, so "
                                f"{lost} (give --glossary FILE)"))
        return Chosen(None, tell, none_said=True)
    if first.changed:
        said.append(lambda: say(f"{first.path} has changed since {first.alignment} was made "
                                "with it: its terms as they are now are used"))
    if not quiet:
        # copied away from its glossary: the same file (by its bytes) at its absolute path
        where = (f" -- recorded as {first.written}, no file from its folder, and found "
                 "unchanged at its absolute path" if first.by_absolute else "")
        said.append(lambda: click.echo(
            f"aligner: {doing} with the glossary {first.alignment} was made with, "
            f"{first.path}{where} (--glossary FILE or --no-glossary to choose)", err=True))
    return Chosen(first.path, tell)
