"""CSV alignment for spreadsheets (RFC 4180 through the :mod:`csv` module).

A header row ``SRC_LANG,TGT_LANG,score`` and then one row per exported bead; the
documents of a collection exported together add a fourth column, ``document``.
Fields are quoted when needed, line breaks inside a cell are kept (inside
quotes), rows end with CRLF as RFC 4180 says.  The file starts with a UTF-8
byte-order mark because that is how Excel recognises UTF-8 -- without it
Excel reads the file in the local code page and garbles every accent; the
reader accepts files with or without it.

Text is written as it is: a cell that starts with ``=``, ``+``, ``-`` or
``@`` may be taken for a formula by a spreadsheet (open untrusted files with
formulas disabled).  Changing the text would break the round trip.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from aligner.errors import FormatError, InputError
from aligner.fileio import atomic_write, read_text
from aligner.formats.tsv import parse_score
from aligner.formats.units import (
    PROP_DOCUMENT,
    PROP_SCORE,
    TranslationUnit,
    UnitFile,
    WriteReport,
    export_rows,
)
from aligner.lang import lang_matches
from aligner.model import Alignment


def write_csv(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write a header row and one ``source,target,score`` row per exported bead (and, with
    ``untranslated``, per source left untranslated: an empty target, no score)."""
    return write_csv_stream(alignment.src_lang, alignment.tgt_lang, [alignment], path,
                            min_score=min_score, reviewed_only=reviewed_only,
                            untranslated=untranslated)


def write_csv_stream(
    src_lang: str, tgt_lang: str, alignments: Iterable[Alignment | tuple[str, Alignment]],
    path: str | os.PathLike[str], *, min_score: float = 0.0, reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """:func:`write_csv` of several alignments of one language pair, one after the
    other, read as they come (memory does not grow with their number).  Alignments
    given with a name (a collection's documents) get a fourth column, ``document``,
    named in the header -- decided by the first, so give all named or none."""
    counts = RowCounts()
    with atomic_write(path) as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        for row in sheet_rows(src_lang, tgt_lang, alignments, counts, min_score=min_score,
                              reviewed_only=reviewed_only, untranslated=untranslated):
            writer.writerow(row)
    return WriteReport(units_written=counts.written, below_min_score=counts.weak)


@dataclass(slots=True)
class RowCounts:
    """What :func:`sheet_rows` wrote and left out, counted as it goes."""

    written: int = 0
    weak: int = 0


def sheet_rows(
    src_lang: str, tgt_lang: str, alignments: Iterable[Alignment | tuple[str, Alignment]],
    counts: RowCounts, *, min_score: float = 0.0, reviewed_only: bool = False,
    untranslated: bool = False,
) -> Iterator[list[str]]:
    """The header row ``SRC_LANG, TGT_LANG, score[, document]``, then ``source, target,
    score[, document]`` per exported bead: the CSV's rows, and the workbook's
    (:mod:`aligner.formats.xlsx`)."""
    header = [src_lang, tgt_lang, "score"]
    named = False
    for item in alignments:
        name, alignment = item if isinstance(item, tuple) else (None, item)
        if header:
            # a CSV read with its document column keeps it
            named = name is not None or any(PROP_DOCUMENT in p for p in alignment.unit_props)
            yield header + ([DOCUMENT_COLUMN] if named else [])
            header = []
        for row in export_rows(alignment, min_score=min_score, reviewed_only=reviewed_only,
                               untranslated=untranslated):
            if row is None:
                counts.weak += 1
                continue
            cells = [row.source, row.target, row.props.get(PROP_SCORE, "")]
            document = name if name is not None else row.props.get(PROP_DOCUMENT, "")
            yield [*cells, document] if named else cells
            counts.written += 1
    if header:
        yield header


#: The header of the column that names each row's document in a CSV of several.
DOCUMENT_COLUMN = "document"


def read_csv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> list[TranslationUnit]:
    """Read a CSV with a header row naming the two languages (and an optional score)."""
    return list(load_csv(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding).units)


def load_csv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> UnitFile:
    """All units of a CSV file with the languages its header row names; the delimiter
    is a comma, or a semicolon (:func:`delimiter_of`; a score's decimal mark is then a
    comma).

    The third column, when there is one, is the score (:func:`~aligner.formats.tsv.parse_score`).
    """
    name = os.fspath(path)
    text = read_text(name, encoding=encoding, binary_ok=True)
    delimiter = delimiter_of(text)
    return units_from_rows(csv_rows(text, delimiter, path=name), name, src_lang=src_lang,
                           tgt_lang=tgt_lang, decimal_comma=delimiter == ";")


def units_from_rows(rows: Iterator[tuple[int, list[str]]], name: str, *,
                    src_lang: str | None, tgt_lang: str | None,
                    decimal_comma: bool = False) -> UnitFile:
    """The units of the rows of a CSV file or a workbook's sheet (each with its line):
    a header row naming the two languages, then ``source, target[, score[, document]]``
    rows.  With ``decimal_comma`` (cells parted by semicolons) a score's decimal mark
    is a comma."""
    units: list[TranslationUnit] = []
    _, header = next(rows, (1, None))
    if header is None:
        raise FormatError("empty file, expected a header row", path=name)
    if len(header) < 2:
        raise FormatError("the header row needs two language columns", path=name, line=1)
    for want, have in ((src_lang, header[0]), (tgt_lang, header[1])):
        if want and not lang_matches(want, have):
            raise FormatError(
                f"language {want} requested; languages present: {header[0]}, {header[1]}",
                path=name,
                line=1,
            )
    named = len(header) == 4 and header[3].strip().lower() == DOCUMENT_COLUMN
    widths = (2, 3, 4) if named else (2, 3)
    for line, row in rows:
        if not row:
            continue
        if len(row) not in widths:
            raise FormatError(f"expected {' or '.join(map(str, widths))} fields, found "
                              f"{len(row)}", path=name, line=line)
        score = row[2].replace(",", ".") if len(row) >= 3 and decimal_comma else ""
        props = (parse_score(score or row[2], path=name, line=line)
                 if len(row) >= 3 and (row[2] or len(row) == 3) else {})
        if len(row) == 4 and row[3]:
            props = {**props, PROP_DOCUMENT: row[3]}
        units.append(TranslationUnit(source=row[0], target=row[1], props=props, index=len(units)))
    return UnitFile(tuple(units), src_lang=header[0], tgt_lang=header[1])


def csv_rows(text: str, delimiter: str, *, path: str,
             error: type[InputError] = FormatError) -> Iterator[tuple[int, list[str]]]:
    """The rows of CSV ``text``, each with the line it starts on (a quoted cell may hold
    line breaks).  Malformed CSV raises ``error`` at the line where the bad row starts:
    a quote never closed is reported where it opens, not at the end of the file."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            why = ("a quoted cell opens in this row and is never closed"
                   if "unexpected end of data" in str(exc) else str(exc))
            raise error(f"malformed CSV: {why}", path=path, line=start) from None
        yield start, row
        start = reader.line_num + 1


def delimiter_of(text: str) -> str:
    """The delimiter of CSV text: a comma, or a semicolon when the first line that is
    not blank has more semicolons than commas (what Excel writes where the comma is
    the decimal separator, e.g. in Spanish)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","
