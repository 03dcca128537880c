"""A collection's rows as plain records: a document as the ``documents`` table has it
(:class:`DocumentRow`), and a document to store (:class:`PairRecord`).  Kept apart
from :mod:`aligner.collection.store`, which reads and writes them, and re-exported
there."""

from __future__ import annotations

from dataclasses import dataclass, replace

from aligner.errors import InputError
from aligner.formats.units import (
    PROP_SCORE,
    PROP_SRC_CUES,
    PROP_SRC_DOC,
    PROP_SRC_PART,
    PROP_SRC_SECTION,
    PROP_SRC_SENTENCES,
    PROP_TGT_CUES,
    PROP_TGT_DOC,
    PROP_TGT_PART,
    PROP_TGT_SECTION,
    PROP_TGT_SENTENCES,
)
from aligner.model import Alignment, Bead

#: ``documents.kind``: a pair of files ``aligner batch`` aligned, or a translation memory
#: ``aligner import`` read (:mod:`aligner.collection.memories`).
PAIR = "pair"
MEMORY = "memory"
#: The signal of a memory's bead whose unit had no score of its own (a memory of
#: another tool): its score, 1.0, is no alignment score -- it only keeps the unit from
#: being taken for a weak one (``--min-score``, check's low confidence) -- and an
#: export writes no ``x-score`` for it (:func:`with_memory_props`).
UNSCORED = "unscored"


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Where a side's sentences come from: ``(start, end, paragraph)`` per sentence,
    offsets into the document text as read, paragraph = the reader's block number."""

    spans: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True, slots=True)
class PairRecord:
    """One pair as it is stored: where from, what it was aligned with, and the outcome.

    ``alignment`` is None for a failed pair (``error`` says why);
    ``forms`` holds, per two-sided bead in order, the word forms of its source
    and target that the concordance indexes (:mod:`aligner.collection.forms`).
    """

    name: str
    src_path: str
    tgt_path: str
    src_hash: str
    tgt_hash: str
    settings_hash: str
    src_lang: str
    tgt_lang: str
    alignment: Alignment | None = None
    src_spans: Segmentation | None = None
    tgt_spans: Segmentation | None = None
    forms: tuple[tuple[str, str], ...] = ()
    units: tuple[tuple[str, str], ...] = ()  # every bead's joined source and target text
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()  # what aligner align would have warned about the pair
    #: A reviewed document's review carried over (:mod:`aligner.collection.carry`):
    #: the reviewed beads kept with their marks, and those aligned again.
    carried: tuple[int, int] | None = None
    kind: str = PAIR  # documents.kind
    #: (side, sentence, the file's text) of each sentence whose text is a reviewer's
    #: correction carried over (``sentences.original``).
    originals: tuple[tuple[str, int, str], ...] = ()
    #: Each reviewer's correction or inserted sentence not carried over: the file's
    #: sentences under that bead changed (:class:`DroppedEdit`).
    dropped: tuple[DroppedEdit, ...] = ()
    #: (side, sentence, the whitespace before it) of the second part of each sentence a
    #: reviewer split, made again (``sentences.split``, :mod:`aligner.collection.resplit`).
    splits: tuple[tuple[str, int, str], ...] = ()
    #: (side, sentence, its joins as JSON) of each sentence a reviewer joined, made again
    #: (``sentences.joined``, :mod:`aligner.collection.rejoin`).
    joins: tuple[tuple[str, int, str], ...] = ()


class DocumentGone(InputError):
    """A document listed a moment ago is no longer in the collection: ``aligner batch``
    aligned it again (under a new id) or removed it since its row was read."""


@dataclass(frozen=True, slots=True)
class DroppedEdit:
    """A reviewer's sentences of bead ``bead`` (its number as reviewed) on ``side`` that
    ``aligner batch`` did not carry over to changed files: ``texts``, corrections of the
    file's text, or ``inserted``: sentences no file had (a translation filled in for a
    sentence left out, ``aligner import --into``), which the new file does not have."""

    bead: int
    side: str
    texts: tuple[str, ...]
    inserted: bool = False


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document of the collection as the ``documents`` table has it."""

    id: int
    name: str
    src_path: str
    tgt_path: str
    src_hash: str
    tgt_hash: str
    settings_hash: str
    status: str
    error: str | None
    src_lang: str
    tgt_lang: str
    src_sentences: int
    tgt_sentences: int
    beads: int
    kind: str = PAIR  # documents.kind: a pair aligned, or a memory imported


#: What a unit of a memory says of where it came from, kept as its record has it: the
#: files and sentences (and subtitle cues) of the documents an earlier export took it
#: from (an archive exported, then imported elsewhere, keeps them).
_PROVENANCE = (PROP_SRC_DOC, PROP_TGT_DOC, PROP_SRC_SENTENCES, PROP_TGT_SENTENCES,
               PROP_SRC_CUES, PROP_TGT_CUES, PROP_SRC_SECTION, PROP_TGT_SECTION,
               PROP_SRC_PART, PROP_TGT_PART)


def with_memory_props(alignment: Alignment) -> Alignment:
    """A memory's alignment (its beads with their records) with the properties its beads
    are exported with (``Alignment.unit_props``): the unit's own score, when it had one,
    and the documents, sentences and cues its record names (:data:`_PROVENANCE`) -- no
    sentence numbers of the memory's own, which its units do not have, and no document
    of its own, which the memory file is not."""
    def props(bead: Bead) -> dict[str, str]:
        had = bead.unit.tu.first_props() if bead.unit is not None else {}
        kept = {p: had[p] for p in _PROVENANCE if p in had}
        return kept if UNSCORED in bead.signals else {PROP_SCORE: f"{bead.score:.4f}", **kept}

    return replace(alignment, unit_props=tuple(props(b) for b in alignment.beads))


def as_run(indices: tuple[int, ...]) -> tuple[int, int]:
    """A bead side as (first, count); the aligner's beads are runs of consecutive sentences."""
    if not indices:
        return 0, 0
    if list(indices) != list(range(indices[0], indices[0] + len(indices))):
        raise ValueError(f"bead side {indices} is not a run of consecutive sentences")
    return indices[0], len(indices)
