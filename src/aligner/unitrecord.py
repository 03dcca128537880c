"""What a translation unit of a memory said about itself, kept on the bead it became.

A TMX ``tu`` carries more than its two texts: attributes (``tuid``, ``creationdate``,
``creationid``, ``changedate``, ...), ``prop``s and ``note``s, on the ``tu`` and on each
``tuv``.  A memory converted to a saved alignment (to be reviewed in ``aligner review``)
keeps them on each bead (:attr:`aligner.model.Bead.unit`), so that exporting it to TMX
again writes the unit as it was (:mod:`aligner.formats.tmx_record`).  The editor's
operations combine the records of the beads they rebuild (:func:`agreed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Annotations:
    """The attributes (the language aside), ``prop``s (type, value; in order, a type
    given twice kept twice) and ``note``s of one element, a ``tu`` or a ``tuv``."""

    attributes: Pairs = ()
    props: Pairs = ()
    notes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.attributes or self.props or self.notes)

    def first_props(self) -> dict[str, str]:
        """Each prop type with its first value, as a TMX is read (a type given twice)."""
        return dict(reversed(self.props))


@dataclass(frozen=True, slots=True)
class UnitRecord:
    """A unit's annotations: of the ``tu`` and of its source and target ``tuv``."""

    tu: Annotations = Annotations()
    src: Annotations = Annotations()
    tgt: Annotations = Annotations()

    def __bool__(self) -> bool:
        return bool(self.tu or self.src or self.tgt)


def agreed(records: Sequence[UnitRecord | None], *, own_attributes: Iterable[str] = (),
           own_props: Iterable[str] = ()) -> UnitRecord | None:
    """What every one of ``records`` says alike -- an attribute, prop or note each has,
    with the same value -- for a unit made of theirs (a merge); what one unit says of
    itself alone (``own_attributes``: its id; ``own_props``: its score, sentence
    numbers) is left out, since it is no longer that unit.  None when one of them has
    no record (a bead the aligner made); an empty record when they agree on nothing
    (still a unit of a memory: none of the aligner's props is made up for it)."""
    if not records or any(r is None for r in records):
        return None
    kept = [r for r in records if r is not None]
    skip_attributes, skip_props = frozenset(own_attributes), frozenset(own_props)

    def common(parts: Sequence[Annotations]) -> Annotations:
        first, rest = parts[0], parts[1:]
        return Annotations(
            tuple(a for a in first.attributes if a[0] not in skip_attributes
                  and all(a in p.attributes for p in rest)),
            tuple(p for p in first.props if p[0] not in skip_props
                  and all(p in q.props for q in rest)),
            tuple(n for n in first.notes if all(n in q.notes for q in rest)))

    return UnitRecord(common([r.tu for r in kept]), common([r.src for r in kept]),
                      common([r.tgt for r in kept]))
