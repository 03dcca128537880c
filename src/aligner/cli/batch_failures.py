"""The end of ``aligner batch``'s report: its failed pairs, grouped by reason."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.textutil import first_few

if TYPE_CHECKING:
    from aligner.collection.batch import FailedPair

_GROUPED = 3  # failed pairs of one reason said in one line


def failure_lines(failed: Sequence[FailedPair], db: str) -> list[str]:
    """The end of a run's report of its failed pairs: one line each, but one line for
    :data:`_GROUPED` or more that failed for the same reason -- the error without the
    file and place it names (``es/a.txt: byte 4: looks like a binary file``) -- naming
    the first few; ``aligner list`` shows each one's whole error.  By name."""
    groups: dict[tuple[str, bool], list[FailedPair]] = {}
    for f in sorted(failed, key=lambda f: f.name):  # not the order the workers finished in
        groups.setdefault((_reason(f), f.kept), []).append(f)
    lines = []
    for (reason, kept), pairs in groups.items():
        tail = ("; the alignment stored before is kept (of the files and settings it was "
                "made with)" if kept else "")
        if len(pairs) < _GROUPED:
            lines += [f"{f.name} ({f.src}, {f.tgt}): {f.error}{tail}" for f in pairs]
            continue
        names = first_few([f.name for f in pairs], 3)
        lines.append(f"{len(pairs)} pairs: {reason}{tail} ({names}; aligner list "
                     f"{db} --doc NAME shows each one's error)")
    return lines


def _reason(f: FailedPair) -> str:
    """``f``'s error without the file it names and the place in it."""
    error = f.error
    for path in (f.src, f.tgt):
        if error.startswith(f"{path}:"):
            error = error[len(path) + 1:].lstrip()
            break
    return re.sub(r"^(byte \d+|\d+(:\d+)?): ", "", error)
