"""Units to check: (source, target[, confidence]) pairs, and where they come from.

Units are numbered from 0 in input order: the line of a pair file, the bead of
an alignment, the ``tu`` of a TMX file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from aligner.formats.tsv import parse_tsv, read_tsv
from aligner.formats.units import TranslationUnit, unit_score
from aligner.lang import join_sentences
from aligner.model import Alignment, InlineTag, UnitOrigin


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit.  ``confidence`` is the aligner's score, when the unit has one
    (an alignment the tool made, or a file it wrote: TSV/CSV score, TMX/XLIFF ``x-score``).

    ``src_tags``/``tgt_tags`` are the inline codes (TMX ``ph``, ``bpt``, ...)
    whose placeholders (``{1/}``) are in the texts: tags, not text, for the checks.
    """

    source: str
    target: str
    confidence: float | None = None
    origin: UnitOrigin | None = None  # set when several files are checked together
    src_tags: tuple[InlineTag, ...] = ()
    tgt_tags: tuple[InlineTag, ...] = ()


#: What a tag placeholder becomes for the text checks: no digit, letter,
#: space or punctuation, and the same length, so offsets still hold.
TAG_MASK = "\ufffc"


def mask_tags(text: str, tags: tuple[InlineTag, ...]) -> str:
    """``text`` with each tag placeholder replaced by :data:`TAG_MASK` characters."""
    if not tags:
        return text
    parts: list[str] = []
    at = 0
    for tag in tags:
        parts += [text[at:tag.start], TAG_MASK * (tag.end - tag.start)]
        at = tag.end
    parts.append(text[at:])
    return "".join(parts)


def units_from_records(records: Iterable[TranslationUnit]) -> tuple[Unit, ...]:
    """Units of an exchange file, numbered by the record's ``index`` and with its
    ``x-score`` as confidence (none without one).

    A record the reader skipped (a ``tu`` without both languages) leaves a gap:
    an empty unit keeps the numbering equal to the position in the file and is
    ignored by every check.
    """
    units: list[Unit] = []
    for record in records:
        units.extend(Unit("", "") for _ in range(record.index - len(units)))
        units.append(Unit(record.source, record.target, unit_score(record.props),
                          src_tags=record.src_tags, tgt_tags=record.tgt_tags))
    return tuple(units)


def parse_pairs(text: str, *, path: str = "<pairs>") -> tuple[Unit, ...]:
    """Parse a pair file: the TSV that ``align --format tsv`` and ``export -o X.tsv``
    write (:func:`aligner.formats.tsv.parse_tsv`: ``source TAB target [TAB score]``,
    escaped cells, no header); the score, when there is one, is the confidence.
    """
    return units_from_records(parse_tsv(text, path=path))


def read_pairs(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> tuple[Unit, ...]:
    """Read a pair file (see :func:`parse_pairs`)."""
    return units_from_records(read_tsv(path, encoding=encoding))


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
