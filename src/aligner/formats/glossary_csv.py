"""Glossaries as CSV for spreadsheets: the project's TSV columns, RFC 4180.

Header row ``SRC_LANG,TGT_LANG,status,note``; UTF-8 with a byte-order mark
(for Excel, as in :mod:`aligner.formats.csvfmt`); quoted fields may hold
commas, quotes and line breaks.  The reader also takes what spreadsheets
write: semicolons for commas, UTF-16 with a byte-order mark, trailing empty
cells; :mod:`aligner.formats.glossary_xlsx` reads ``.xlsx`` rows the same way.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable

from aligner.errors import GlossaryError
from aligner.fileio import atomic_write, read_text
from aligner.formats.csvfmt import csv_rows, delimiter_of
from aligner.formats.glossary_common import parse_status
from aligner.glossary import known_language
from aligner.model import Glossary, GlossaryEntry


def write_glossary_csv(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` as CSV; return the number of rows."""
    with atomic_write(path) as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        writer.writerow([glossary.src_lang, glossary.tgt_lang, "status", "note"])
        for e in glossary.entries:
            writer.writerow([e.source, e.target, e.status.value, e.note])
    return len(glossary.entries)


def read_glossary_csv(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Glossary:
    """Read a CSV glossary whose header row names the two languages.

    The delimiter is a comma, or a semicolon
    (:func:`~aligner.formats.csvfmt.delimiter_of`).  A byte-order mark (UTF-8,
    UTF-16) wins over ``encoding``.
    """
    name = os.fspath(path)
    text = read_text(name, encoding=encoding)
    return glossary_from_rows(csv_rows(text, delimiter_of(text), path=name,
                                       error=GlossaryError), path=name)


def glossary_from_rows(rows: Iterable[tuple[int, list[str]]], *, path: str) -> Glossary:
    """A glossary from spreadsheet rows ``(line, cells)``: a header row naming the two
    languages, then ``source, target[, status[, note]]`` rows (trailing empty cells,
    which spreadsheets add, do not count)."""
    entries: list[GlossaryEntry] = []
    header: list[str] | None = None
    for line, raw in rows:
        row = list(raw)
        while row and not row[-1].strip():
            row.pop()
        if header is None:
            if not row:
                continue
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise GlossaryError(
                    "the first row must name the languages: SRC_LANG,TGT_LANG,status,note",
                    path=path,
                    line=line,
                )
            for code in row[:2]:
                known_language(code.strip(), path=path, line=line)
            header = row
            continue
        if not row:
            continue
        if len(row) < 2 or len(row) > 4:
            raise GlossaryError(f"expected 2 to 4 fields, found {len(row)}", path=path, line=line)
        source, target = row[0].strip(), row[1].strip()
        if not source or not target:
            raise GlossaryError("empty term", path=path, line=line)
        status = parse_status(row[2] if len(row) > 2 else "")
        if status is None:
            raise GlossaryError(
                f"unknown status {row[2]!r}: use preferred, allowed or forbidden",
                path=path,
                line=line,
            )
        note = row[3].strip() if len(row) > 3 else ""
        entries.append(GlossaryEntry(source, target, status=status, note=note, line=line))
    if header is None:
        raise GlossaryError(
            "the first row must name the languages: SRC_LANG,TGT_LANG,status,note",
            path=path,
            line=1,
        )
    return Glossary(header[0].strip(), header[1].strip(), tuple(entries), path=path)
