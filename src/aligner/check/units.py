"""Units to check: (source, target[, confidence]) pairs, and where they come from.

Units are numbered from 0 in input order: the line of a pair file, the bead of
an alignment, the ``tu`` of a TMX file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from aligner.errors import FormatError
from aligner.fileio import read_text
from aligner.lang import join_sentences
from aligner.model import Alignment
from aligner.textutil import unescape_cell


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit.  ``confidence`` is set only when an aligner made it."""

    source: str
    target: str
    confidence: float | None = None


def parse_pairs(text: str, *, path: str = "<pairs>") -> tuple[Unit, ...]:
    """Parse a pair file: no header, one unit per line, exactly one tab per line.

    Cells may use the escapes ``\\t``, ``\\n`` and ``\\\\`` (and ``\\r``); an
    unknown escape is kept as it is.  Blank lines at the end of the file are
    ignored.
    """
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    # Blank lines at the very end are the file's ending, not units; a blank line
    # anywhere else is an error like any other line without its tab.
    while lines and not lines[-1].strip("\r"):
        lines.pop()
    units: list[Unit] = []
    for lineno, line in enumerate(lines, start=1):
        line = line.removesuffix("\r")
        tabs = line.count("\t")
        if tabs != 1:
            what = "no tab" if tabs == 0 else f"{tabs} tabs"
            raise FormatError(
                f"expected 'source<TAB>target' (exactly one tab), found {what}",
                path=path,
                line=lineno,
            )
        source, target = line.split("\t")
        units.append(Unit(unescape_cell(source), unescape_cell(target)))
    return tuple(units)


def read_pairs(path: str | os.PathLike[str]) -> tuple[Unit, ...]:
    """Read a pair file (see :func:`parse_pairs`)."""
    name = os.fspath(path)
    return parse_pairs(read_text(name), path=name)


def units_from_alignment(alignment: Alignment, *, with_confidence: bool = True) -> tuple[Unit, ...]:
    """One unit per bead; the sentences of a side are joined as the side's language
    joins them (:func:`aligner.lang.join_sentences`: a space, none in Chinese and
    Japanese), so a unit's text is the text the exports write for the bead."""
    return tuple(
        Unit(
            join_sentences((alignment.src_sentences[i] for i in bead.src), alignment.src_lang),
            join_sentences((alignment.tgt_sentences[i] for i in bead.tgt), alignment.tgt_lang),
            bead.score if with_confidence else None,
        )
        for bead in alignment.beads
    )
