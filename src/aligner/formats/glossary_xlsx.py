"""Glossaries from Excel workbooks (``.xlsx``, read only, through openpyxl).

The first worksheet holds what the CSV glossary holds: a header row naming the
two languages, then ``source, target[, status[, note]]`` rows
(:func:`aligner.formats.glossary_csv.glossary_from_rows`).  Row numbers in
messages are the sheet's row numbers.  Cells are read as
:mod:`aligner.formats.workbook` reads them (a formula as its saved value).
"""

from __future__ import annotations

import os
from pathlib import Path

from aligner.errors import GlossaryError
from aligner.formats.glossary_csv import glossary_from_rows
from aligner.formats.workbook import not_a_workbook, sheet_rows
from aligner.model import Glossary


def read_glossary_xlsx(path: str | os.PathLike[str], *,
                       errors: list[GlossaryError] | None = None) -> Glossary:
    """Read the first worksheet of an ``.xlsx`` workbook as a glossary (``errors``: as
    for :func:`aligner.glossary.load_glossary`)."""
    name = os.fspath(path)
    if not Path(name).is_file():
        raise GlossaryError("no such file", path=name)
    wrong = not_a_workbook(name, "a glossary: a glossary is TSV, CSV, TBX or an .xlsx workbook")
    if wrong:
        raise GlossaryError(wrong, path=name)
    return glossary_from_rows(sheet_rows(name, GlossaryError), path=name, errors=errors)
