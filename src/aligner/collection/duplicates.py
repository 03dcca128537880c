"""The same text stored twice: documents of the same files, and repeated units.

An archive gets the same pair of files into a collection under two names
naturally -- a folder run, then a manifest that names the pair otherwise; a
copy ``informe - copia.docx`` beside its original -- and every export then
holds their units twice.  The collection keeps each file's SHA-256, so such
documents are found from their rows alone (:func:`copies`): ``aligner batch``
names them, and ``aligner export`` says so.  ``aligner export --unique`` writes
each unit once (:class:`UniqueUnits`), which also drops the units that recur
across documents (a letterhead, "Thank you for your attention.").  The same
goes for files of units (a TMX, XLIFF, TSV or CSV, merged from several
memories): ``--unique`` keeps the first of the units of the same source and
target text, in one file or across the files given (:meth:`UniqueUnits.source`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from aligner.collection.rows import MEMORY
from aligner.collection.store import DocumentRow
from aligner.formats.units import UnitFile, export_rows, units_to_alignment
from aligner.model import Alignment, Bead
from aligner.textutil import count, first_few


@dataclass(frozen=True, slots=True)
class Copies:
    """Aligned documents whose source files and target files are byte for byte the same,
    by name; ``same_files``: they are the very same two files (the same paths)."""

    documents: tuple[DocumentRow, ...]
    same_files: bool

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.documents)


def copies(docs: Sequence[DocumentRow]) -> list[Copies]:
    """The groups of aligned documents among ``docs`` stored from the same texts -- not
    the memories of one file read in several language pairs (a TMX of several pairs is
    a document for each, of other units)."""
    groups: dict[tuple[str, ...], list[DocumentRow]] = {}
    for doc in docs:
        if doc.status == "aligned":
            pair = (doc.src_lang, doc.tgt_lang) if doc.kind == MEMORY else ()
            groups.setdefault((doc.src_hash, doc.tgt_hash, *pair), []).append(doc)
    return [Copies(tuple(sorted(g, key=lambda d: d.name)),
                   len({(d.src_path, d.tgt_path) for d in g}) == 1)
            for g in groups.values() if len(g) > 1]


def copies_note(found: Sequence[Copies], *, shown: int = 5,
                written: Mapping[str, int] | None = None) -> str | None:
    """What ``aligner export`` says of the copies among the documents it writes.
    ``written``: how many units of each copy are written that an earlier document of
    its group writes too (``--reviewed-only``, ``--min-score`` leave units out): a copy
    with none is not named, and the note counts them."""
    later = [(name, group.names[0]) for group in found for name in group.names[1:]
             if written is None or written.get(name, 0)]
    if not later:
        return None
    listed = first_few([f"{name} (of {first})" for name, first in later], shown)
    one = len(later) == 1
    twice = (f"{'its' if one else 'their'} units are written twice" if written is None
             else f"{count(sum(written[n] for n, _ in later), 'unit')} of "
             f"{'it' if one else 'them'} written twice")
    return (f"{len(later)} document{' is a copy' if one else 's are copies'} of "
            f"{'another' if one else 'others'} (files of the same content): {listed}: "
            f"{twice} (--unique writes each unit once)")


class UniqueUnits:
    """Each unit -- a source and target text -- written once, the first time it comes.

    A repeated unit's bead is handed on as a sentence without a counterpart on each
    side, which no writer exports: the alignment stays whole (every sentence in one
    bead, in order).  Which beads a writer exports, and with what text, is the
    writers' own rule (:func:`~aligner.formats.units.export_rows`), so a unit left
    out for ``min_score`` does not count as written.
    """

    def __init__(self, *, min_score: float = 0.0, reviewed_only: bool = False) -> None:
        self.min_score = min_score
        self.reviewed_only = reviewed_only
        self.left_out = 0
        self._seen: set[tuple[str, str]] = set()

    def __call__(self, documents: Iterable[tuple[str, Alignment]]
                 ) -> Iterator[tuple[str, Alignment]]:
        for name, alignment in documents:
            yield name, self._first_times(alignment)

    def source(self, source: Alignment | UnitFile) -> Alignment | UnitFile:
        """An input of ``aligner export`` with each unit it repeats left out: a file of
        units loses those units (the others are written as they were read, a TMX's
        ``tu`` whole); a saved alignment, their beads (as a collection's document)."""
        if isinstance(source, Alignment):
            return self._first_times(source)
        # one bead per unit, in order (units_to_alignment): the units' texts and scores
        # as every writer exports them
        repeated = self._repeated(units_to_alignment(source))
        if not repeated:
            return source
        self.left_out += len(repeated)
        return replace(source, units=tuple(u for i, u in enumerate(source.units)
                                           if i not in repeated))

    def _repeated(self, alignment: Alignment) -> set[int]:
        """The beads of ``alignment`` whose unit was written before (and remember the
        others)."""
        repeated: set[int] = set()
        for row in export_rows(alignment, min_score=self.min_score,
                               reviewed_only=self.reviewed_only):
            if row is None:
                continue
            key = (row.source, row.target)
            if key in self._seen:
                repeated.add(row.number - 1)
            self._seen.add(key)
        return repeated

    def _first_times(self, alignment: Alignment) -> Alignment:
        repeated = self._repeated(alignment)
        if not repeated:
            return alignment
        self.left_out += len(repeated)
        beads: list[Bead] = []
        for i, bead in enumerate(alignment.beads):
            if i in repeated:
                beads += [Bead(bead.src, (), bead.score), Bead((), bead.tgt, bead.score)]
            else:
                beads.append(bead)
        return replace(alignment, beads=tuple(beads), unit_props=(), unit_tags=())


def written_twice(found: Sequence[Copies], read: Callable[[DocumentRow], Alignment], *,
                  min_score: float = 0.0, reviewed_only: bool = False) -> dict[str, int]:
    """Of each copy (a document of a group after its first), how many of the units an
    export writes of it (:func:`~aligner.formats.units.export_rows`) an earlier
    document of its group writes too; ``read``: a document's alignment."""
    out: dict[str, int] = {}
    for group in found:
        seen: set[tuple[str, str]] = set()
        for k, doc in enumerate(group.documents):
            rows = {(r.source, r.target) for r in export_rows(
                read(doc), min_score=min_score, reviewed_only=reviewed_only) if r is not None}
            if k:
                out[doc.name] = len(rows & seen)
            seen |= rows
    return out
