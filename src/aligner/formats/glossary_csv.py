"""Glossaries as CSV for spreadsheets: the project's TSV columns, RFC 4180.

Header row ``SRC_LANG,TGT_LANG,status,note``; UTF-8 with a byte-order mark
(for Excel, as in :mod:`aligner.formats.csvfmt`); quoted fields may hold
commas, quotes and line breaks.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from aligner.errors import GlossaryError
from aligner.fileio import atomic_write, decode
from aligner.formats.glossary_common import parse_status
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


def read_glossary_csv(path: str | os.PathLike[str]) -> Glossary:
    """Read a CSV glossary whose header row names the two languages."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=name) from None
    reader = csv.reader(io.StringIO(decode(data, path=name), newline=""), strict=True)
    entries: list[GlossaryEntry] = []
    try:
        header = next(reader, None)
        if header is None or len(header) < 2 or not header[0].strip() or not header[1].strip():
            raise GlossaryError(
                "the first row must name the languages: SRC_LANG,TGT_LANG,status,note",
                path=name,
                line=1,
            )
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < 2 or len(row) > 4:
                raise GlossaryError(
                    f"expected 2 to 4 fields, found {len(row)}", path=name, line=line
                )
            source, target = row[0].strip(), row[1].strip()
            if not source or not target:
                raise GlossaryError("empty term", path=name, line=line)
            status = parse_status(row[2] if len(row) > 2 else "")
            if status is None:
                raise GlossaryError(
                    f"unknown status {row[2]!r}: use preferred, allowed or forbidden",
                    path=name,
                    line=line,
                )
            note = row[3].strip() if len(row) > 3 else ""
            entries.append(GlossaryEntry(source, target, status=status, note=note, line=line))
    except csv.Error as exc:
        raise GlossaryError(f"malformed CSV: {exc}", path=name, line=reader.line_num) from None
    return Glossary(header[0].strip(), header[1].strip(), tuple(entries), path=name)
