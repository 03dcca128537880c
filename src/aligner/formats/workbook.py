"""Reading the first worksheet of an ``.xlsx`` workbook as rows of text (openpyxl), for the
glossary reader (:mod:`.glossary_xlsx`) and the alignment reader (:mod:`.xlsx`).

Cell values that are numbers or dates are read as their text.  A formula is read as the
value the workbook saved for it; one saved without a value (a workbook written by a
script, not saved in a spreadsheet since) is an error naming its cell, not an empty cell.
Row numbers are the sheet's.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aligner.errors import InputError


def not_a_workbook(name: str, what: str) -> str | None:
    """What is wrong with a zip file read as a workbook (a Word document, an EPUB...), or
    None when it holds one; ``what`` names what was expected (``a glossary is TSV, ...``)."""
    try:
        with zipfile.ZipFile(name) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") \
                if "mimetype" in names else ""
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        return f"not a readable .xlsx workbook ({exc})"
    if "xl/workbook.xml" in names:
        return None
    kind = ("a Word document" if "word/document.xml" in names
            else "a PowerPoint presentation" if "ppt/presentation.xml" in names
            else "an EPUB book" if "epub" in mimetype
            else "an OpenDocument spreadsheet (save it as .xlsx or CSV)"
            if "spreadsheet" in mimetype
            else "an OpenDocument file" if "opendocument" in mimetype
            else "a zip archive")
    return f"is {kind}, not {what}"


def sheet_rows(name: str, error: type[InputError], what: str
               ) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first worksheet of the workbook ``name`` as text, each with its
    number; a missing file, or one that is no readable workbook (:func:`not_a_workbook`,
    ``what`` naming what was expected), raises ``error`` at once."""
    if not Path(name).is_file():
        raise error("no such file", path=name)
    wrong = not_a_workbook(name, what)
    if wrong:
        raise error(wrong, path=name)
    return _sheet_rows(name, error)


def _sheet_rows(name: str, error: type[InputError]) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    # a file object: openpyxl would refuse a workbook by its file name's extension
    with Path(name).open("rb") as fh:
        try:
            book = load_workbook(fh, read_only=True, data_only=True)
        except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise error(f"not a readable .xlsx workbook ({exc})", path=name) from None
        try:
            yield from _rows(book.worksheets[0].iter_rows(values_only=True), name, error)
        finally:
            book.close()


def _rows(values: Iterator[tuple[Any, ...]], name: str, error: type[InputError]
          ) -> Iterator[tuple[int, list[str]]]:
    formulas: dict[tuple[int, int], str] | None = None
    for number, row in enumerate(values, start=1):
        if None in row:  # an empty cell, or a formula with no saved value
            formulas = _formulas(name) if formulas is None else formulas
            column = next((c for c, v in enumerate(row, start=1)
                           if v is None and (number, c) in formulas), None)
            if column is not None:
                from openpyxl.utils import get_column_letter

                cell = f"{get_column_letter(column)}{number}"
                raise error(
                    f"cell {cell} holds a formula with no saved value "
                    f"({formulas[number, column]}); open the file in Excel or LibreOffice "
                    "and save it, so that the values are stored", path=name, line=number)
        yield number, ["" if v is None else str(v) for v in row]


def _formulas(name: str) -> dict[tuple[int, int], str]:
    """The formulas of the first worksheet by (row, column), both from 1."""
    from openpyxl import load_workbook

    with Path(name).open("rb") as fh:
        book = load_workbook(fh, read_only=True, data_only=False)
        try:
            return {(cell.row, cell.column): str(cell.value)
                    for row in book.worksheets[0].iter_rows() for cell in row
                    if cell.data_type == "f" and cell.row is not None
                    and cell.column is not None}
        finally:
            book.close()
