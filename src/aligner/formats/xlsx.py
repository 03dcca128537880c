"""Alignments as Excel workbooks (``.xlsx``, through openpyxl), for reviewers who work in
a spreadsheet, as LF Aligner's users do.

One worksheet laid out as the CSV export (:mod:`aligner.formats.csvfmt`): a header row
``SRC_LANG, TGT_LANG, score`` (and ``document`` for a collection's documents together),
then one row per exported bead.  The score is a number cell; the texts are text cells,
always -- a text that starts with ``=`` is no formula -- with their line breaks, wrapped
in columns wide enough to read, the header row frozen.  The workbook is written as it
goes (openpyxl's write-only mode: memory does not grow with the rows) and through
:func:`aligner.fileio.atomic_write`.

Characters XML 1.0 cannot hold or keep (the C0 controls but tab and line feed: a carriage
return would be read as a line feed; U+FFFE, U+FFFF) cannot be in a
cell: they are written as Excel writes them, ``_x000B_``, and read back as the
characters (as ``_x005F_`` escapes a text's own ``_x`` sequences).  Read back, a
workbook is its first sheet in that layout, cells read as
:mod:`aligner.formats.workbook` reads them; a sheet a person edited in Excel or
LibreOffice reads as well, empty cells after the last column aside.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, cast

from aligner.errors import FormatError
from aligner.fileio import atomic_write
from aligner.formats.csvfmt import RowCounts, sheet_rows, units_from_rows
from aligner.formats.units import UnitFile, WriteReport
from aligner.formats.workbook import sheet_rows as workbook_rows
from aligner.model import Alignment

# the characters XML 1.0 cannot hold, and the text of an escape already there
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_WIDTHS = {"A": 60, "B": 60, "C": 8, "D": 24}
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
_SPOOLED = 32 * 1024 * 1024  # a workbook larger than this is made in a temporary file


def _escaped(text: str) -> str:
    return _UNWRITABLE.sub(lambda m: "_x005F_" if m.group() == "_" else
                           f"_x{ord(m.group()):04X}_", text)


def write_xlsx(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write a header row and one ``source, target, score`` row per exported bead (and, with
    ``untranslated``, per source left untranslated: an empty target, no score)."""
    return write_xlsx_stream(alignment.src_lang, alignment.tgt_lang, [alignment], path,
                             min_score=min_score, reviewed_only=reviewed_only,
                             creation_date=creation_date, untranslated=untranslated)


def write_xlsx_stream(
    src_lang: str, tgt_lang: str, alignments: Iterable[Alignment | tuple[str, Alignment]],
    path: str | os.PathLike[str], *, min_score: float = 0.0, reviewed_only: bool = False,
    creation_date: datetime | None = None, untranslated: bool = False,
) -> WriteReport:
    """:func:`write_xlsx` of several alignments of one language pair (named ones get a
    ``document`` column, as in :func:`aligner.formats.csvfmt.write_csv_stream`).  The
    workbook's dates (its properties, each zip entry's) are ``creation_date`` (default:
    now), so the same alignment and date give the same bytes."""
    counts = RowCounts()
    rows = sheet_rows(src_lang, tgt_lang, alignments, counts, min_score=min_score,
                      reviewed_only=reviewed_only, untranslated=untranslated)
    write_sheet(path, f"{src_lang}-{tgt_lang}", _scored(rows), widths=_WIDTHS,
                creation_date=creation_date)
    return WriteReport(units_written=counts.written, below_min_score=counts.weak)


def _scored(rows: Iterator[list[str]]) -> Iterator[list[Cell]]:
    """The CSV's rows with each bead's score (the third column) a number."""
    yield from itertools.islice(rows, 1)
    for row in rows:
        yield [float(text) if column == 2 and text else text for column, text in enumerate(row)]


#: What a cell of :func:`write_sheet` holds: a text, or a number (never a formula).
Cell = str | int | float


def write_sheet(path: str | os.PathLike[str], title: str, rows: Iterable[Sequence[Cell]], *,
                widths: Mapping[str, float], creation_date: datetime | None = None) -> None:
    """Write ``rows`` as the one worksheet ``title`` of a workbook at ``path``, the first
    row a bold header frozen above the others: a number as a number cell, a text as a text
    cell (wrapped, escaped as :func:`_escaped` says) whatever it starts with -- ``=`` makes
    no formula.  ``widths``: column letter to width.  The workbook's dates (its properties,
    each zip entry's) are ``creation_date`` (default: now), so the same rows and date give
    the same bytes; it is made as it goes (openpyxl's write-only mode: memory does not grow
    with the rows) and written through :func:`aligner.fileio.atomic_write`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment as CellLayout
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    wrapped, bold = CellLayout(wrap_text=True, vertical="top"), Font(bold=True)
    for number, row in enumerate(rows):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet)
            if isinstance(value, str):
                cell.value = _escaped(value)
                cell.data_type = "s"  # never a formula
                cell.alignment = wrapped
            elif isinstance(value, float) and math.isfinite(value):
                # openpyxl writes a float with 16 digits ("%.16g": 0.9814 becomes
                # 0.9814000000000001); Python's repr is the shortest text that reads
                # back as the same float, as the CSV writes it
                cell.value = repr(value)
                cell.data_type = "n"
            else:
                cell.value = value
            if not number:
                cell.font = bold
            cells.append(cell)
        sheet.append(cells)
    when = (creation_date or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None,
                                                                        microsecond=0)
    book.properties.created = book.properties.modified = when
    book.properties.creator = "aligner"
    with tempfile.SpooledTemporaryFile(max_size=_SPOOLED, mode="w+b") as made:
        book.save(made)
        made.seek(0)
        with atomic_write(path, binary=True) as fh:
            _restamped(made, cast(IO[bytes], fh), when)


def _restamped(made: IO[bytes], out: IO[bytes], when: datetime) -> None:
    """The zip ``made`` written to ``out`` entry by entry, each dated ``when``, and the
    workbook's modification date ``when`` too (openpyxl dates both with the clock)."""
    stamp = max(when, datetime(1980, 1, 1)).timetuple()[:6]
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            data = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                                     + rb"\g<2>", data)
            target.writestr(info, data)


def load_xlsx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> UnitFile:
    """All units of a workbook's first sheet, laid out as :func:`write_xlsx` writes it."""
    name = os.fspath(path)
    rows = workbook_rows(name, FormatError, "an alignment workbook")
    return units_from_rows(_trimmed(rows), name, src_lang=src_lang, tgt_lang=tgt_lang)


def _trimmed(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """Rows without the empty cells after their last column (a sheet's rows are as wide
    as its widest), blank rows left out, escapes read back (openpyxl's reading of them:
    ``_x000B_`` is U+000B)."""
    from openpyxl.utils.escape import unescape

    for number, row in rows:
        while len(row) > 2 and not row[-1]:
            row.pop()
        if any(row):
            yield number, [unescape(cell) for cell in row]
