"""The end of ``aligner batch``'s report: its failed pairs, grouped by reason."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from aligner.cli.quiet_option import info
from aligner.textutil import count, first_few

if TYPE_CHECKING:
    from aligner.collection.batch import FailedPair

_GROUPED = 3  # failed pairs of one reason said in one line


def failure_lines(failed: Sequence[FailedPair], db: str) -> list[str]:
    """The end of a run's report of its failed pairs: one line each, but one line for
    :data:`_GROUPED` or more that failed for the same reason -- the error without the
    file and place it names (``es/a.txt: byte 4: looks like a binary file``) -- naming
    the first few; ``aligner list`` shows each one's whole error.  By name."""
    groups: dict[tuple[str, bool, bool], list[FailedPair]] = {}
    for f in sorted(failed, key=lambda f: f.name):  # not the order the workers finished in
        groups.setdefault((_reason(f), f.kept, f.before), []).append(f)
    lines = []
    for (reason, kept, before), pairs in groups.items():
        tail = ("; the alignment stored before is kept (of the files and settings it was "
                "made with)" if kept else "")
        head = "failed before, unchanged: " if before else ""
        if len(pairs) < _GROUPED:
            lines += [f"{f.name} ({f.src}, {f.tgt}): {head}{f.error}{tail}" for f in pairs]
            continue
        names = first_few([f.name for f in pairs], 3)
        lines.append(f"{len(pairs)} pairs: {head}{reason}{tail} ({names}; aligner list "
                     f"{db} --doc NAME shows each one's error)")
    return lines


def tell_failures(failed: Sequence[FailedPair], db: str) -> bool:
    """Say a run's failed pairs (:func:`failure_lines`), and how to try again those
    that failed before and were not tried again; whether there were any."""
    for line in failure_lines(failed, db):
        click.echo(f"aligner: failed: {line}", err=True)
    if before := sum(f.before for f in failed):
        info(f"aligner: {count(before, 'pair')} that failed before, of the same files and "
             f"settings, {'was' if before == 1 else 'were'} not read again: fix "
             f"{'its files' if before == 1 else 'their files'}, or give --retry-failed to "
             f"try {'it' if before == 1 else 'them'} anyway")
    return bool(failed)


def _reason(f: FailedPair) -> str:
    """``f``'s error without the file it names and the place in it."""
    error = f.error
    for path in (f.src, f.tgt):
        if error.startswith(f"{path}:"):
            error = error[len(path) + 1:].lstrip()
            break
    return re.sub(r"^(byte \d+|\d+(:\d+)?): ", "", error)
