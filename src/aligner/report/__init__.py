"""The editors' review report: one self-contained HTML page (see ``docs/report.md``)."""

from __future__ import annotations

import os

from aligner.fileio import atomic_write
from aligner.report.data import ReportData, joined_text
from aligner.report.html import render_report

__all__ = ["ReportData", "joined_text", "render_report", "write_report"]


def write_report(data: ReportData, path: str | os.PathLike[str]) -> None:
    """Render ``data`` and write it to ``path`` atomically (no partial file on failure).

    A path that cannot be written raises :class:`~aligner.errors.AlignerError`
    naming it.
    """
    page = render_report(data)
    with atomic_write(path) as fh:
        fh.write(page)
