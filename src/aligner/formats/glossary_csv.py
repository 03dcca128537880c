"""Glossaries as CSV for spreadsheets: the project's TSV columns, RFC 4180.

Header row ``SRC_LANG,TGT_LANG,status,note`` (and ``case`` when a row needs it);
columns after the languages are read by name; UTF-8 with a byte-order mark
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
from aligner.glossary import (
    case_cell,
    header_language,
    ignored_names,
    keep_or_raise,
    optional_columns,
    parse_row,
    without_repeats,
)
from aligner.glossary_languages import (
    Picked,
    forbids_other_term,
    pick_cells,
    pick_header,
    picked_languages,
)
from aligner.glossary_words import refuse_unread_statuses
from aligner.model import Glossary, GlossaryEntry, TermStatus


def write_glossary_csv(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` as CSV; return the number of rows.  A ``case`` column is
    written when a row matches otherwise than the default rule says, a ``pos`` column
    when a row has a part of speech (as in the TSV)."""
    cases = [case_cell(e) for e in glossary.entries]
    extra = [name for name, cells in (("case", cases), ("pos", [e.pos for e in glossary.entries]))
             if any(cells)]
    with atomic_write(path) as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        writer.writerow([glossary.src_lang, glossary.tgt_lang, "status", "note", *extra])
        for e, case in zip(glossary.entries, cases, strict=True):
            writer.writerow([e.source, e.target, e.status.value, e.note,
                             *([case] if "case" in extra else []),
                             *([e.pos] if "pos" in extra else [])])
    return len(glossary.entries)


def read_glossary_csv(path: str | os.PathLike[str], *, encoding: str = "utf-8",
                      src_lang: str | None = None, tgt_lang: str | None = None,
                      errors: list[GlossaryError] | None = None) -> Glossary:
    """Read a CSV glossary whose header row names the languages.

    The delimiter is a comma, or a semicolon
    (:func:`~aligner.formats.csvfmt.delimiter_of`).  A byte-order mark (UTF-8,
    UTF-16) wins over ``encoding``.  ``src_lang``/``tgt_lang`` pick the pair of a
    header of more languages, as in the TSV; ``errors``: as for
    :func:`aligner.glossary.load_glossary`.
    """
    name = os.fspath(path)
    text = read_text(name, encoding=encoding)
    return glossary_from_rows(csv_rows(text, delimiter_of(text), path=name,
                                       error=GlossaryError), path=name, src_lang=src_lang,
                              tgt_lang=tgt_lang, errors=errors)


def glossary_from_rows(rows: Iterable[tuple[int, list[str]]], *, path: str,
                       src_lang: str | None = None, tgt_lang: str | None = None,
                       errors: list[GlossaryError] | None = None) -> Glossary:
    """A glossary from spreadsheet rows ``(line, cells)``: a header row naming the two
    languages and then, by name and in any order, ``status``, ``note`` and ``case``
    (:func:`aligner.glossary.optional_columns`: ``Estado``, ``Remarque`` too; a column of
    status words under another name is an error), or the two languages alone (status
    and note in the third and fourth cells); then a row per term and rendering, read
    and checked as the TSV's rows are (:func:`aligner.glossary.parse_row`, repeated rows
    refused).  Trailing empty cells, which spreadsheets add, do not count.  A header of
    more languages (``en,es,fr,de,status,note``) is a term base, read as the TSV's is:
    the columns of ``src_lang`` -> ``tgt_lang`` (default: the first two), a row without
    a term in one of them no row of the pair
    (:func:`aligner.glossary_languages.picked_languages`)."""
    entries: list[GlossaryEntry] = []
    header: list[str] | None = None
    header_line = 0
    columns: dict[str, int] = {}
    ncols = 0
    picked: Picked | None = None
    languages: tuple[str, ...] = ()
    data: list[tuple[int, list[str]]] = []  # every row after the header, bad ones too
    for line, raw in rows:
        row = [cell.strip() for cell in raw]
        while row and not row[-1]:
            row.pop()
        if header is None:
            if not row:
                continue
            if len(row) < 2 or not row[0] or not row[1]:
                raise GlossaryError(_HEADER, path=path, line=line)
            row[:2] = [header_language(code, path=path, line=line) for code in row[:2]]
            header, header_line = row, line
            # a header of the two languages alone: status and note in their places
            columns = optional_columns(row, path=path, line=line) if len(row) > 2 else _PLACES
            ncols = 2 + len(columns)
            picked = picked_languages(header, columns, src_lang, tgt_lang)
            header, columns, languages = pick_header(header, columns, picked)
            continue
        pair_row = pick_cells(row, picked) if row else None
        if pair_row is None:
            continue  # blank, or no term in one of the pair's languages
        data.append((line, pair_row))
        try:
            entry = parse_row(pair_row, columns, ncols=ncols, path=path, line=line,
                              separator="comma")
        except GlossaryError as exc:
            keep_or_raise(exc, errors)
            continue
        if not (entry.status is TermStatus.FORBIDDEN and forbids_other_term(picked)):
            entries.append(entry)
    if header is None:
        raise GlossaryError(_HEADER, path=path, line=1)
    refuse_unread_statuses(header, columns, data, path=path, line=header_line)
    return without_repeats(Glossary(header[0], header[1], tuple(entries), path=path,
                                    ignored=ignored_names(columns), languages=languages),
                           errors=errors)


_PLACES = {"status": 2, "note": 3}
_HEADER = ("the first row must name the languages, then its columns by name: "
           "SRC_LANG,TGT_LANG,status,note[,case]")
