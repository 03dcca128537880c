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

import os
from datetime import datetime
from pathlib import Path

from aligner.errors import ConfigError, FormatError
from aligner.fileio import atomic_write, decode
from aligner.formats.units import (
    PROP_SCORE,
    TranslationUnit,
    UnitFile,
    WriteReport,
    export_rows,
)
from aligner.model import Alignment
from aligner.textutil import escape_cell, unescape_cell

BOM = "\ufeff"


def write_tsv(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
) -> WriteReport:
    """Write one ``source TAB target TAB score`` line per exported bead.

    ``creation_date`` is accepted for a uniform writer signature; TSV has no
    place for it.
    """
    written = weak = 0
    with atomic_write(path) as fh:
        for row in export_rows(alignment, min_score=min_score):
            if row is None:
                weak += 1
                continue
            if written == 0 and row.source.startswith(BOM):
                fh.write(BOM)
            fh.write(
                f"{escape_cell(row.source)}\t{escape_cell(row.target)}\t{row.props[PROP_SCORE]}\n"
            )
            written += 1
    return WriteReport(units_written=written, below_min_score=weak)


def read_tsv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> list[TranslationUnit]:
    """Read ``source TAB target [TAB score]`` lines; empty lines are skipped.

    TSV carries no language codes, so ``src_lang``/``tgt_lang`` are accepted
    and not checked.
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror}", path=name) from None
    text = decode(data, path=name)
    units: list[TranslationUnit] = []
    # split("\n"), not splitlines(): escaped cells may hold U+2028, \x0b, ...
    for lineno, raw in enumerate(text.split("\n"), start=1):
        # Our cells never hold a raw CR (it is escaped), so one at the end of a
        # line is a CRLF line ending from an editor: drop it.
        line = raw.removesuffix("\r")
        if line == "":
            continue
        cells = line.split("\t")
        if len(cells) not in (2, 3):
            raise FormatError(
                f"expected 2 or 3 tab-separated columns (source, target, score), "
                f"found {len(cells)}",
                path=name,
                line=lineno,
            )
        props = {PROP_SCORE: cells[2]} if len(cells) == 3 and cells[2] else {}
        units.append(
            TranslationUnit(
                source=unescape_cell(cells[0]),
                target=unescape_cell(cells[1]),
                props=props,
                index=len(units),
            )
        )
    return units


def load_tsv(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> UnitFile:
    """All units of a TSV file; the languages must be given, TSV does not say them."""
    if not src_lang or not tgt_lang:
        raise ConfigError(
            f"{os.fspath(path)}: a TSV file does not say its languages; "
            "pass --src-lang and --tgt-lang"
        )
    return UnitFile(tuple(read_tsv(path)), src_lang=src_lang, tgt_lang=tgt_lang)
