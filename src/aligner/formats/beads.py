"""Bead files: one bead per line, ``[0, 1]:[0]:0.9731`` (vecalign's format with a score).

Every bead is written, null beads (``[3]:[]``, ``[]:[4]``) included: a bead
file is the whole alignment, not an export of its aligned pairs.  Reading
bead files (for ``aligner eval`` and the gold) is :mod:`aligner.align.beadfile`.
"""

from __future__ import annotations

import os
from datetime import datetime

from aligner.align.beadfile import format_bead
from aligner.fileio import atomic_write
from aligner.formats.units import WriteReport
from aligner.model import Alignment


def write_beads(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write every bead of ``alignment``; ``min_score``, ``creation_date`` and
    ``reviewed_only`` do not apply (the file is the whole alignment and has no header)."""
    with atomic_write(path) as fh:
        for bead in alignment.beads:
            fh.write(format_bead(bead) + "\n")
    return WriteReport(units_written=len(alignment.beads))
