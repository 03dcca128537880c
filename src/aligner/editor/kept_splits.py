"""The boundaries a person's splits (``s``) made, which realigning (``R``) keeps.

A split the aligner would not make (a crossed 2-2) leaves its parts unmarked and
doubtful (:meth:`~aligner.editor.session.EditSession.edit`), so realigning would
align them again -- and join them again.  But the person said these sentences
belong apart: realigning keeps the boundary between the parts, whatever their
marks (:func:`~aligner.align.realign.realign`, ``apart``).

The boundaries come from the edit log (:func:`split_points`): each split still in
effect -- not undone, or redone -- as the point between its first part and the
rest, the counts of source and target sentences before it, numbered as the
sentences are now (a sentence split with ``S``, or joined again by its undo, moves
the points after it).  A point counts where the alignment has a boundary there
(:func:`kept_apart`); a split merged again (``m``) has none while it is merged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aligner.editor.edits import Change
from aligner.editor.inserting import SentenceInsert
from aligner.editor.splitting import SentenceSplit
from aligner.editor.store import Record
from aligner.model import Alignment

#: (source sentences before it, target sentences before it)
Point = tuple[int, int]


def _is_split(record: Record, by_version: Mapping[int, Record]) -> bool:
    """Does ``record`` make a split: a split, or a redo of one (through any undo-redo chain)?"""
    seen = set()
    while record.op == "redo" and record.version not in seen:
        seen.add(record.version)
        undo = by_version.get(record.redoes or -1)
        target = by_version.get(undo.undoes or -1) if undo is not None else None
        if target is None:
            return False
        record = target
    return record.op == "split"


def _point(change: Change) -> Point | None:
    """The point between a split's first part and the rest; None for a bead with a
    side empty (its parts one-sided: edited, so fixed anyway)."""
    if len(change.after) < 2:
        return None
    first, rest = change.after[0], change.after[1]
    src = first.src[-1] + 1 if first.src else (rest.src[0] if rest.src else None)
    tgt = first.tgt[-1] + 1 if first.tgt else (rest.tgt[0] if rest.tgt else None)
    return None if src is None or tgt is None else (src, tgt)


def _moved(point: Point, split: SentenceSplit) -> Point | None:
    """``point`` after a sentence split (or join); None when a join closes it."""
    at = point[0] if split.side == "src" else point[1]
    if split.join and at == split.index + 1:
        return None  # the two parts it lay between are one sentence again
    if at > split.index:
        at += split.delta
    return (at, point[1]) if split.side == "src" else (point[0], at)


def _inserted(point: Point, change: Change, insert: SentenceInsert) -> Point:
    """``point`` after a sentence inserted (or taken out) in the bead ``change`` makes: it
    moves when that bead is before it -- its sentences of the other side are -- as the
    index alone cannot tell (a 1-0 bead either side of the point gets the same one)."""
    other = "tgt" if insert.side == "src" else "src"
    held: tuple[int, ...] = getattr(change.after[0], other) if change.after else ()
    if not held or held[-1] >= (point[0] if other == "src" else point[1]):
        return point
    step = -1 if insert.remove else 1
    return (point[0] + step, point[1]) if insert.side == "src" else (point[0], point[1] + step)


def split_points(records: Sequence[Record]) -> set[Point]:
    """The points of the splits in effect after ``records`` (the log, oldest first)."""
    by_version: dict[int, Record] = {}
    made: dict[int, Point] = {}  # by the version of the split (or redo) that made it
    for record in records:
        by_version[record.version] = record
        for split in record.change.splits:
            moved = {v: _moved(p, split) for v, p in made.items()}
            made = {v: p for v, p in moved.items() if p is not None}
        for insert in record.change.inserts:
            made = {v: _inserted(p, record.change, insert) for v, p in made.items()}
        if record.op == "undo":
            made.pop(record.undoes or -1, None)
        elif _is_split(record, by_version):
            point = _point(record.change)
            if point is not None:
                made[record.version] = point
    return set(made.values())


def kept_apart(alignment: Alignment, records: Sequence[Record]) -> frozenset[int]:
    """The bead numbers ``k`` of ``alignment`` where a split in effect put the boundary
    between bead ``k - 1`` and bead ``k``."""
    points = split_points(records)
    out: set[int] = set()
    src = tgt = 0
    for k, bead in enumerate(alignment.beads):
        if k and (src, tgt) in points:
            out.add(k)
        src += len(bead.src)
        tgt += len(bead.tgt)
    return frozenset(out)
