"""``aligner export --leave-out-flagged LEVEL``: the units the checks flag, kept out of a
translation memory; ``--note-flagged LEVEL``: their findings written on them as notes.

A unit left in the source language (``untranslated``), with a changed amount or a
forbidden term is no translation a CAT tool should offer as a match.  The command runs
the checks as ``aligner check`` runs them on the same input and gives this module the
units with a finding at or above the level asked (:func:`flagged_units`: by input and
unit number, as the findings number them); :class:`FlaggedUnits` leaves them out of
what is exported, as :class:`~aligner.collection.duplicates.UniqueUnits` leaves out
repeats: a file of units loses the unit, a saved alignment (or a collection's
document) has the bead handed on as a sentence without a counterpart on each side,
which no writer exports, so the alignment stays whole.

A bead a person confirmed or edited in ``aligner review`` (a unit with an
``x-reviewed`` prop) is kept whatever its findings: a person vouched for it, as
``--min-score`` keeps it whatever its score.  The units kept so are counted
(:attr:`FlaggedUnits.kept_reviewed`).

With ``--note-flagged LEVEL`` the findings of that severity or worse go with the unit
they are about (:attr:`~aligner.model.Bead.findings`, :attr:`~aligner.formats.units.
TranslationUnit.findings`), which the XLIFF and TMX writers write as its notes
(:mod:`aligner.formats.finding_notes`).  They are given to each unit before a unit is
left out (a unit left out takes its notes with it), as the findings number the units
of the input as read: both options together leave out the units with a finding of
one level and note the findings of the other on the units kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from aligner.formats.units import PROP_REVIEWED, UnitFile, export_rows, units_to_alignment
from aligner.model import Alignment, Bead, Finding, InlineTag, Severity
from aligner.textutil import count


def unit_findings(findings: Iterable[Finding], level: Severity, *, name: str
                  ) -> dict[str, dict[int, tuple[Finding, ...]]]:
    """The findings at least as severe as ``level``, by the input they are in and the
    number of their unit there (as :func:`flagged_units` numbers them)."""
    out: dict[str, dict[int, tuple[Finding, ...]]] = {}
    for f in findings:
        if f.severity.rank >= level.rank:
            where, unit = (f.origin.document, f.origin.unit) if f.origin else (name, f.unit)
            mine = out.setdefault(where, {})
            mine[unit] = (*mine.get(unit, ()), f)
    return out


def flagged_units(findings: Iterable[Finding], level: Severity, *, name: str
                  ) -> dict[str, set[int]]:
    """The numbers of the units with a finding at least as severe as ``level``, by the
    input they are in: a finding's ``origin`` names its file and number there (several
    inputs checked together), else the unit is of the one input ``name``."""
    out: dict[str, set[int]] = {}
    for f in findings:
        if f.severity.rank >= level.rank:
            where, unit = (f.origin.document, f.origin.unit) if f.origin else (name, f.unit)
            out.setdefault(where, set()).add(unit)
    return out


@dataclass
class FlaggedUnits:
    """Leaves out of an export the units of ``flagged`` (by input name: the unit numbers
    :func:`flagged_units` gives) that a writer would export, counting them in
    ``left_out``; the reviewed among them are kept and counted in ``kept_reviewed``.
    ``min_score``/``reviewed_only``: the export's, so that a unit left out for them is
    not counted here.  ``level`` None: none is left out.  ``notes``: the findings to
    write on each unit (by input name and unit number: :func:`unit_findings`) and
    ``note_level``, the severity they were taken at (None: no notes)."""

    flagged: Mapping[str, set[int]]
    level: Severity | None
    min_score: float = 0.0
    reviewed_only: bool = False
    left_out: int = 0
    kept_reviewed: int = 0
    notes: Mapping[str, Mapping[int, tuple[Finding, ...]]] = field(default_factory=dict)
    note_level: Severity | None = None
    #: the findings to note on beads of a source sentence without a counterpart, and of
    #: a target sentence without one: a unit only ``--untranslated`` writes (the first),
    #: none (the second); counted to be said, not to be lost silently
    one_sided_notes: tuple[int, int] = (0, 0)

    def __call__(self, documents: Iterable[tuple[str, Alignment]]
                 ) -> Iterator[tuple[str, Alignment]]:
        """A collection's documents, by name, without their flagged beads."""
        for name, alignment in documents:
            yield name, self.alignment(alignment, self.flagged.get(name, set()), name)

    def source(self, source: Alignment | UnitFile, name: str) -> Alignment | UnitFile:
        """An input of ``aligner export`` (read from the file ``name``) without its
        flagged units: a file of units loses them (the others are written as read, a
        TMX's ``tu`` whole), a saved alignment has their beads split; each unit with its
        findings to note."""
        numbers = self.flagged.get(name, set())
        if isinstance(source, Alignment):
            return self.alignment(source, numbers, name)
        if found := self.notes.get(name):
            source = replace(source, units=tuple(
                replace(u, findings=found[u.index]) if u.index in found else u
                for u in source.units))
        # one bead per unit, in order; a unit's number in the findings is its index in
        # the file (units_from_records)
        out = self._out(units_to_alignment(source), {k for k, u in enumerate(source.units)
                                                     if u.index in numbers})
        if not out:
            return source
        return replace(source, units=tuple(u for k, u in enumerate(source.units)
                                           if k not in out))

    def alignment(self, alignment: Alignment, numbers: set[int], name: str) -> Alignment:
        """``alignment`` (of the input or document ``name``) with the beads of
        ``numbers`` that would be written split into a sentence without a counterpart on
        each side (their unit props and tags kept in step, one entry for each half),
        each bead with its findings to note."""
        if found := self.notes.get(name):
            alignment = replace(alignment, beads=tuple(
                replace(b, findings=found[i]) if i in found else b
                for i, b in enumerate(alignment.beads)))
            src, tgt = self.one_sided_notes
            self.one_sided_notes = (
                src + sum(len(found[i]) for i, b in enumerate(alignment.beads)
                          if i in found and b.src and not b.tgt),
                tgt + sum(len(found[i]) for i, b in enumerate(alignment.beads)
                          if i in found and b.tgt and not b.src))
        out = self._out(alignment, numbers)
        if not out:
            return alignment
        beads: list[Bead] = []
        props: list[Mapping[str, str]] = []
        tags: list[tuple[tuple[InlineTag, ...], tuple[InlineTag, ...]]] = []
        for i, bead in enumerate(alignment.beads):
            halves = ([Bead(bead.src, (), bead.score), Bead((), bead.tgt, bead.score)]
                      if i in out else [bead])
            beads += halves
            if alignment.unit_props:
                props += [alignment.unit_props[i]] * len(halves)
            if alignment.unit_tags:
                tags += [alignment.unit_tags[i]] * len(halves)
        return replace(alignment, beads=tuple(beads), unit_props=tuple(props),
                       unit_tags=tuple(tags))

    def _out(self, alignment: Alignment, numbers: set[int]) -> set[int]:
        """The beads of ``numbers`` a writer exports (the rule of
        :func:`~aligner.formats.units.export_rows`) and no person reviewed."""
        out: set[int] = set()
        if not numbers:
            return out
        for row in export_rows(alignment, min_score=self.min_score,
                               reviewed_only=self.reviewed_only):
            if row is None or row.number - 1 not in numbers:
                continue
            if PROP_REVIEWED in row.props:
                self.kept_reviewed += 1
            else:
                out.add(row.number - 1)
        self.left_out += len(out)
        return out

    def said(self, notes: int = 0, *, untranslated: bool = False) -> str:
        """What the 'wrote' line adds: ``, 2 units with an error left out
        (--leave-out-flagged error): aligner check lists them``, and the reviewed kept;
        ``notes``: the findings the writer wrote as notes (``--note-flagged``), said
        as ``, 3 findings written as notes (--note-flagged warning)``, and those on
        sentences without a counterpart that no unit written holds (``untranslated``:
        the export writes the source ones)."""
        text = ""
        if self.note_level is not None:
            text += (f", {count(notes, 'finding')} written as notes (--note-flagged "
                     f"{self.note_level.value})")
            src, tgt = self.one_sided_notes
            if src and not untranslated:
                text += (f"; {count(src, 'finding')} on a source sentence without a "
                         "counterpart not written (it has no unit: --untranslated writes "
                         "it, with its notes, as a unit to fill in)")
            if tgt:
                text += (f"; {count(tgt, 'finding')} on a target sentence without a "
                         "counterpart not written (no unit holds it: aligner check lists "
                         "it)")
        if self.level is None:
            return text
        what = {Severity.ERROR: "an error", Severity.WARNING: "a warning or error",
                Severity.INFO: "a finding"}[self.level]
        text += (f", {count(self.left_out, 'unit')} with {what} left out (--leave-out-flagged "
                f"{self.level.value}): aligner check lists them")
        if self.kept_reviewed:
            text += (f"; {count(self.kept_reviewed, 'reviewed unit')} with {what} kept (a "
                     "person vouched for them)")
        return text
