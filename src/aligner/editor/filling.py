"""A source sentence left without a counterpart (a 1-0 bead, an omission) given the
translation a translator wrote into an exported file (``aligner import C.db FILE
--into NAME``, :mod:`aligner.editor.corrections`).

The filled-in text is a sentence of the target that no file has: it is inserted
(:attr:`~aligner.editor.edits.Op.INSERT_SENTENCE`, :mod:`aligner.editor.inserting`)
where the 1-0 bead stands, and the bead becomes a 1-1 bead marked edited -- one edit of
the log, of its own kind, which ``aligner review`` undoes (``u``) as any other.  No
other sentence changes, so a target written without spaces (Chinese, Japanese, Thai)
is filled as any other.  In a collection the new sentence's row says it is no file's
(:mod:`aligner.editor.dbstore`): an ``aligner batch`` of changed files carries the bead
over when the new file has the sentence (the translator delivered it), else it says the
correction was not carried over, as for any correction whose sentence is no longer
the file's.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.editor.edits import Edit, EditError, Op
from aligner.editor.session import EditSession
from aligner.model import Alignment, Side


@dataclass(frozen=True, slots=True)
class Fill:
    """A target text for bead ``bead``, which has source sentences and no target one."""

    bead: int
    text: str


def fill(session: EditSession, alignment: Alignment, version: int, filling: Fill
         ) -> tuple[Alignment, int]:
    """``filling`` made through ``session`` on ``alignment`` (at ``version``): the
    alignment and version after it; :class:`EditError`, nothing changed, when bead
    ``filling.bead`` is no source sentence without a counterpart."""
    k, text = filling.bead, filling.text.strip()
    beads = alignment.beads
    if not text or not 0 <= k < len(beads) or beads[k].tgt or not beads[k].src:
        raise EditError(f"bead {k} is not a source sentence without a counterpart")
    snapshot = session.edit(Edit(Op.INSERT_SENTENCE, k, Side.TARGET, (text,)), version)
    return snapshot.alignment, snapshot.version
