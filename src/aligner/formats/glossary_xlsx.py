"""Glossaries from Excel workbooks (``.xlsx``, through openpyxl; written by
:mod:`aligner.formats.term_base`).

The first worksheet holds what the CSV glossary holds: a header row naming the
languages, then ``source, target[, status[, note]]`` rows
(:func:`aligner.formats.glossary_csv.glossary_from_rows`).  Row numbers in
messages are the sheet's row numbers.  Cells are read as
:mod:`aligner.formats.workbook` reads them (a formula as its saved value).
"""

from __future__ import annotations

import os

from aligner.errors import GlossaryError
from aligner.formats.glossary_csv import glossary_from_rows
from aligner.formats.workbook import sheet_rows
from aligner.model import Glossary


def read_glossary_xlsx(path: str | os.PathLike[str], *, src_lang: str | None = None,
                       tgt_lang: str | None = None,
                       errors: list[GlossaryError] | None = None) -> Glossary:
    """Read the first worksheet of an ``.xlsx`` workbook as a glossary (the pair
    ``src_lang`` -> ``tgt_lang`` of a sheet of more languages, as the CSV; ``errors``:
    as for :func:`aligner.glossary.load_glossary`)."""
    name = os.fspath(path)
    rows = sheet_rows(name, GlossaryError,
                      "a glossary: a glossary is TSV, CSV, TBX or an .xlsx workbook")
    return glossary_from_rows(rows, path=name, src_lang=src_lang, tgt_lang=tgt_lang,
                              errors=errors)
