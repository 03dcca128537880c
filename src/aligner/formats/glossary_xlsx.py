"""Glossaries from Excel workbooks (``.xlsx``, read only, through openpyxl).

The first worksheet holds what the CSV glossary holds: a header row naming the
two languages, then ``source, target[, status[, note]]`` rows
(:func:`aligner.formats.glossary_csv.glossary_from_rows`).  Row numbers in
messages are the sheet's row numbers.  Cell values that are numbers or dates
are read as their text.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aligner.errors import GlossaryError
from aligner.formats.glossary_csv import glossary_from_rows
from aligner.model import Glossary


def read_glossary_xlsx(path: str | os.PathLike[str]) -> Glossary:
    """Read the first worksheet of an ``.xlsx`` workbook as a glossary."""
    from openpyxl import load_workbook

    name = os.fspath(path)
    if not Path(name).is_file():
        raise GlossaryError("no such file", path=name)
    try:
        book = load_workbook(name, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise GlossaryError(f"not a readable .xlsx workbook ({exc})", path=name) from None
    try:
        sheet = book.worksheets[0]
        return glossary_from_rows(_rows(sheet.iter_rows(values_only=True)), path=name)
    finally:
        book.close()


def _rows(values: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[str]]]:
    for number, row in enumerate(values, start=1):
        yield number, ["" if v is None else str(v) for v in row]
