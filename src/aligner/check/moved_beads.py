"""A moved paragraph exported as one unit: the alignment's one-sided beads that
``moved`` matched (:mod:`aligner.check.moved`) made one bead, for a file of units.

An alignment is monotone, so a paragraph the translator moved is left as two one-sided
beads: its source where it was (``n-0``), its translation where it went (``0-n``).  A
file of units (TMX, XLIFF, TSV, CSV) has no place for a sentence without a counterpart,
so neither side would reach the memory -- though ``check`` has found them each other's
translation.  :func:`pair_moved` gives the writers one bead for each move instead: the
source sentences and their translation, at the source's place, the target's one-sided
bead gone.  Its score is the encoder's mean cosine of the move's sentence pairs (what
matched them; :data:`aligner.check.moved.MIN_COSINE` or more), its signal
:data:`MOVED_SIGNAL` says so.

The bead pairs sentences out of order (the alignment is no longer monotone), so it is
for the writers of units only: a saved alignment (json, beads) keeps the one-sided
beads, for the editor, and ``check`` reports them ``moved``.
"""

from __future__ import annotations

from dataclasses import replace

from aligner.check.base import CheckOptions, Context
from aligner.check.moved import find_moves
from aligner.check.units import units_from_alignment
from aligner.model import Alignment, Bead

#: The signal of a bead :func:`pair_moved` made (1.0): its sentences are a moved
#: paragraph and its translation.
MOVED_SIGNAL = "moved"


def pair_moved(alignment: Alignment, *, encoder: str = "auto") -> tuple[Alignment, int]:
    """``alignment`` with each move's one-sided beads made one bead, and how many
    moves were paired; ``alignment`` itself, 0, when none was found (no encoder for
    the languages, ``encoder`` ``none``, nothing moved)."""
    if alignment.unit_props or not any(b.is_null for b in alignment.beads):
        return alignment, 0
    units = units_from_alignment(alignment, with_confidence=False)
    ctx = Context(units, alignment.src_lang, alignment.tgt_lang,
                  CheckOptions(encoder=encoder))
    moves = find_moves(ctx)
    # a unit is a bead (one per bead, in order); a move's units are one-sided beads
    moves = tuple(m for m in moves if len(units) == len(alignment.beads)
                  and all(alignment.beads[u].is_null for u in (*m.src_units, *m.tgt_units)))
    if not moves:
        return alignment, 0
    paired: dict[int, Bead] = {}
    gone: set[int] = set()
    for move in moves:
        first = alignment.beads[move.src_units[0]]
        src = tuple(k for u in move.src_units for k in alignment.beads[u].src)
        tgt = tuple(k for u in move.tgt_units for k in alignment.beads[u].tgt)
        paired[move.src_units[0]] = Bead(src, tgt, move.similarity,
                                         signals={MOVED_SIGNAL: 1.0}, review=first.review)
        gone.update(move.src_units[1:])
        gone.update(move.tgt_units)
    beads = tuple(paired.get(i, bead) for i, bead in enumerate(alignment.beads)
                  if i not in gone)
    return replace(alignment, beads=beads), len(moves)
