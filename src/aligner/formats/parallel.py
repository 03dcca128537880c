"""Parallel text: two plain files, line *n* of one the translation of line *n* of the
other -- what Moses, fairseq, OpenNMT and Marian train on and what hunalign writes.

``aligner export A.json -o corpus --format parallel`` writes ``corpus.es`` and
``corpus.en``: the path given, and each side's language tag after a dot (the tags as
the alignment has them, ``corpus.pt-BR``).  Each exported bead is one line of each file
-- the beads of the other exports, n:m beads with their sentences joined as the
language joins them, null beads and beads below ``--min-score`` left out -- in UTF-8
without a byte-order mark, lines ending with LF.  A line break inside a segment (a
poem's lines, a hard-wrapped text not unwrapped) would shift every line after it, so
each run of line-break characters (LF, CR, VT, FF, NEL, the Unicode line and paragraph
separators, the information separators that Python's ``splitlines`` also breaks at)
becomes one space: the one change made to the text, which is why this format is
written and never read (the score and the documents are not in it either: the TSV
keeps them).  Both files are written through :func:`aligner.fileio.atomic_write`
together: a failed write leaves neither.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from aligner.errors import ConfigError
from aligner.fileio import atomic_write
from aligner.formats.units import WriteReport, export_rows
from aligner.model import Alignment

# what str.splitlines breaks a line at: each run becomes one space
_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` with each run of line-break characters made one space."""
    return _BREAKS.sub(" ", text)


def parallel_paths(path: str | os.PathLike[str], src_lang: str,
                   tgt_lang: str) -> tuple[Path, Path]:
    """The two files ``path`` names for a pair: ``path.SRC`` and ``path.TGT``;
    :class:`ConfigError` for standard output or a pair of one tag on both sides."""
    name = os.fspath(path)
    if name == "-":
        raise ConfigError("parallel text is two files (PATH.SRC_LANG and PATH.TGT_LANG), "
                          "not standard output: give -o PATH")
    if src_lang.lower() == tgt_lang.lower():
        raise ConfigError(f"parallel text names its two files by language, and both sides "
                          f"are {src_lang}: write TSV instead")
    return Path(f"{name}.{src_lang}"), Path(f"{name}.{tgt_lang}")


def write_parallel(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write ``path.SRC`` and ``path.TGT``, one line per exported bead
    (``creation_date`` is taken for the writers' common signature: no place for it)."""
    return write_parallel_stream(alignment.src_lang, alignment.tgt_lang, [alignment], path,
                                 min_score=min_score, reviewed_only=reviewed_only)


def write_parallel_stream(
    src_lang: str, tgt_lang: str, alignments: Iterable[Alignment],
    path: str | os.PathLike[str], *, min_score: float = 0.0, reviewed_only: bool = False,
) -> WriteReport:
    """:func:`write_parallel` of several alignments of one language pair, one after the
    other, read as they come (a collection's documents)."""
    src_path, tgt_path = parallel_paths(path, src_lang, tgt_lang)
    written = weak = 0
    with ExitStack() as files:
        src = files.enter_context(atomic_write(src_path))
        tgt = files.enter_context(atomic_write(tgt_path))
        for alignment in alignments:
            for row in export_rows(alignment, min_score=min_score,
                                   reviewed_only=reviewed_only):
                if row is None:
                    weak += 1
                    continue
                src.write(one_line(row.source) + "\n")
                tgt.write(one_line(row.target) + "\n")
                written += 1
    return WriteReport(units_written=written, below_min_score=weak,
                       files=(os.fspath(src_path), os.fspath(tgt_path)))
