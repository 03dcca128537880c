r"""Tab-separated alignment: ``source TAB target TAB score``, one aligned bead a line.

For spreadsheets, Xbench and command-line tools.  Like every export (TMX,
XLIFF, CSV) it holds the aligned beads only -- a sentence without a
counterpart is in the saved alignment (JSON), not here -- with the sentences
of an n:m bead joined into one cell.  No header line, so that
tools that take the first two columns as a bilingual list read every line as
data.  Cells are escaped with :func:`aligner.textutil.escape_cell` (``\\``,
``\t``, ``\n``, ``\r``), so any text survives a round trip; lines end with
LF; the encoding is UTF-8 without a byte-order mark -- except when the first
cell itself starts with U+FEFF, which gets a BOM in front so that the reader,
which drops one leading BOM, gives it back.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from datetime import datetime

from aligner.errors import ConfigError, FormatError
from aligner.fileio import atomic_write, read_text
from aligner.formats.units import (
    PROP_SCORE,
    TranslationUnit,
    UnitFile,
    WriteReport,
    export_rows,
)
from aligner.lang import lang_matches
from aligner.lang.tags import is_valid_tag, suggest_code
from aligner.model import Alignment
from aligner.textutil import escape_cell, unescape_cell

BOM = "\ufeff"


def write_tsv(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write one ``source TAB target TAB score`` line per exported bead (and, with
    ``untranslated``, per source left untranslated: an empty target, no score).

    ``creation_date`` is accepted for a uniform writer signature; TSV has no
    place for it.
    """
    return write_tsv_stream([alignment], path, min_score=min_score, reviewed_only=reviewed_only,
                            untranslated=untranslated)


def write_tsv_stream(
    alignments: Iterable[Alignment], path: str | os.PathLike[str], *, min_score: float = 0.0,
    reviewed_only: bool = False, untranslated: bool = False,
) -> WriteReport:
    """:func:`write_tsv` of several alignments one after the other, read as they come
    (a collection's documents: memory does not grow with their number)."""
    written = weak = 0
    with atomic_write(path) as fh:
        for alignment in alignments:
            for row in export_rows(alignment, min_score=min_score,
                                   reviewed_only=reviewed_only, untranslated=untranslated):
                if row is None:
                    weak += 1
                    continue
                if written == 0 and row.source.startswith(BOM):
                    fh.write(BOM)
                fh.write(f"{escape_cell(row.source)}\t{escape_cell(row.target)}\t"
                         f"{row.props.get(PROP_SCORE, '')}\n")
                written += 1
    return WriteReport(units_written=written, below_min_score=weak)


def parse_score(cell: str, *, path: str, line: int) -> dict[str, str]:
    """The ``x-score`` property of a score cell (none for an empty cell).

    A score is a number from 0 to 1; anything else is an error naming the line,
    so a file of another shape (a glossary's comment column) is not read as one.
    """
    cell = cell.strip()
    if not cell:
        return {}
    try:
        value = float(cell)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        raise FormatError(
            f"the third column is the score, a number from 0 to 1; found {cell!r}",
            path=path,
            line=line,
        )
    return {PROP_SCORE: cell}


def parse_tsv(text: str, *, path: str = "<tsv>") -> list[TranslationUnit]:
    """Parse ``source TAB target [TAB score]`` lines (the one TSV dialect of the tool).

    A leading BOM is dropped; blank lines at the end of the file are its ending,
    a blank line anywhere else is an error like any line without its tab.
    ``index`` is the 0-based line number, so unit N is line N + 1.
    """
    return _parse(text.removeprefix(BOM), path=path)[0]


def _parse(text: str, *, path: str, langs: tuple[str, str] | None = None
           ) -> tuple[list[TranslationUnit], str]:
    """The units of ``text`` and its header row: with the file's ``langs``, a first
    line that names the columns (:func:`_is_header`) is no unit (``index`` stays the
    line number - 1)."""
    header = ""
    # split("\n"), not splitlines(): escaped cells may hold U+2028, \x0b, ...
    lines = text.split("\n")
    while lines and not lines[-1].strip("\r"):
        lines.pop()
    units: list[TranslationUnit] = []
    for lineno, raw in enumerate(lines, start=1):
        # Our cells never hold a raw CR (it is escaped), so one at the end of a
        # line is a CRLF line ending from an editor: drop it.
        cells = raw.removesuffix("\r").split("\t")
        if lineno == 1 and langs is not None and _is_header(cells, langs):
            header = raw.removesuffix("\r")
            continue
        if len(cells) not in (2, 3):
            found = ("a blank line" if not raw.strip() else "1 column (no tab)"
                     if len(cells) == 1 else f"{len(cells)} columns")
            raise FormatError(
                f"expected 'source<TAB>target' or 'source<TAB>target<TAB>score', found {found}",
                path=path,
                line=lineno,
            )
        props = parse_score(cells[2], path=path, line=lineno) if len(cells) == 3 else {}
        units.append(
            TranslationUnit(
                source=unescape_cell(cells[0]),
                target=unescape_cell(cells[1]),
                props=props,
                index=lineno - 1,
            )
        )
    return units, header


def _is_header(cells: list[str], langs: tuple[str, str]) -> bool:
    """Whether a first line names the columns, as a spreadsheet's header row does: the
    two languages (``es``/``en``, ``Spanish``/``English``, in any letter case) or
    ``source``/``target``, and ``score`` over a third column."""
    if len(cells) not in (2, 3) or (len(cells) == 3 and cells[2].strip().casefold() != "score"):
        return False
    first, second = (c.strip() for c in cells[:2])
    if (first.casefold(), second.casefold()) == ("source", "target"):
        return True
    return all(_names(cell, lang) for cell, lang in ((first, langs[0]), (second, langs[1])))


def _names(cell: str, lang: str) -> bool:
    """Whether ``cell`` is the language ``lang`` by code or by name."""
    if not cell or len(cell) > 40:
        return False
    if is_valid_tag(cell) and lang_matches(lang, cell):
        return True
    code = suggest_code(cell)
    return code is not None and lang_matches(lang, code)


def read_tsv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> list[TranslationUnit]:
    """Read a TSV file (see :func:`parse_tsv`).

    TSV carries no language codes, so ``src_lang``/``tgt_lang`` are not checked;
    given both, a first line that names them is a header row, not a unit
    (:func:`_is_header`).
    """
    name = os.fspath(path)
    # decode() has dropped the file's byte-order mark; a U+FEFF after it is text.
    return _parse(read_text(name, encoding=encoding, binary_ok=True), path=name,
                  langs=(src_lang, tgt_lang) if src_lang and tgt_lang else None)[0]


def load_tsv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> UnitFile:
    """All units of a TSV file; the languages must be given, TSV does not say them."""
    if not src_lang or not tgt_lang:
        raise ConfigError(
            f"{os.fspath(path)}: a TSV file does not say its languages; "
            "pass --src-lang and --tgt-lang"
        )
    name = os.fspath(path)
    units, header = _parse(read_text(name, encoding=encoding, binary_ok=True), path=name,
                           langs=(src_lang, tgt_lang))
    return UnitFile(tuple(units), src_lang=src_lang, tgt_lang=tgt_lang, header_row=header)
