"""A source sentence left without a counterpart (a 1-0 bead, an omission) given the
translation a translator wrote into an exported file (``aligner import C.db FILE
--into NAME``, :mod:`aligner.editor.corrections`).

The editor has no operation that makes a target sentence out of nothing: a
sentence is the file's, with its place in it.  The filled-in text is made a
sentence the way a reviewer could make it by hand in ``aligner review``, with
edits each logged and undoable: the nearest target sentence -- the last one of
the bead before, else the first one of the bead after -- is split where its last
(first) word begins (ends), its two parts are corrected to its own whole text and
to the new one (text edits), and the new part is detached from that bead and
attached to the 1-0 bead, which becomes a 1-1 bead marked edited.  The neighbour
keeps its text and is marked edited; its sentence shows as corrected (its place in
the file is that of the part it was split into, the new sentence's that of its last
or first word), so an ``aligner batch`` of changed files does not carry either
correction over (it says so), as for any correction whose sentence is no longer
the file's.  Fills are made in the order of the beads, so that of two omissions in a
row the second is made beside the first one's new sentence; a 1-0 bead with no
neighbour holding a target sentence of two words or more (a text without spaces:
Chinese, Japanese, Thai) is not filled: it is reported.
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
    alignment and version after it; :class:`EditError` when it cannot be made (no
    neighbour with a target sentence of two words or more, or none whose sentence may
    be split: one a reviewer corrected in a collection), with the alignment as it was
    (the edits made before a refusal are undone)."""
    k, text = filling.bead, filling.text.strip()
    beads = alignment.beads
    if not text or not 0 <= k < len(beads) or beads[k].tgt or not beads[k].src:
        raise EditError(f"bead {k} is not a source sentence without a counterpart")
    refused: EditError | None = None
    for before in (True, False):
        n = k - 1 if before else k + 1
        if not 0 <= n < len(beads) or not beads[n].tgt:
            continue
        indices = beads[n].tgt
        i = indices[-1] if before else indices[0]
        old = alignment.tgt_sentences[i]
        at = _last_space(old) if before else _first_space(old)
        if at is None:
            continue
        # after the split, sentence i + 1 is the second part: the neighbour's whole text
        # goes in the part it keeps, the new text in the other
        own, new = (i, i + 1) if before else (i + 1, i)
        texts = tuple(old if j == own else text if j == new else alignment.tgt_sentences[j]
                      for j in (*indices, indices[-1] + 1))
        steps = [Edit(Op.SPLIT_SENTENCE, n, Side.TARGET, sentence=i, at=at),
                 Edit(Op.TEXT, n, Side.TARGET, texts)]
        if before:  # the new part, last of bead n, alone after it, then joined to bead k
            steps += [Edit(Op.DETACH_LAST, n, Side.TARGET), Edit(Op.ATTACH_NEXT, k)]
        else:  # the new part, first of bead n, alone before it (bead k + 1), joined to k
            steps += [Edit(Op.DETACH_FIRST, n, Side.TARGET), Edit(Op.ATTACH_PREV, k + 1)]
        try:
            return _made(session, alignment, version, steps)
        except EditError as exc:  # (a corrected sentence is not split): the other one
            refused = exc
            snapshot = session.snapshot()  # after the undos
            alignment, version = snapshot.alignment, snapshot.version
    if refused is not None:
        raise refused
    raise EditError(f"bead {k} has no neighbour with a target sentence of two words or "
                    "more to split its translation off")


def _made(session: EditSession, alignment: Alignment, version: int,
          steps: list[Edit]) -> tuple[Alignment, int]:
    """``steps`` made one after the other; all undone when one is refused."""
    made = 0
    try:
        for step in steps:
            snapshot = session.edit(step, version)
            alignment, version = snapshot.alignment, snapshot.version
            made += 1
    except EditError:
        for _ in range(made):
            snapshot = session.undo(version)
            alignment, version = snapshot.alignment, snapshot.version
        raise
    return alignment, version


def _last_space(text: str) -> int | None:
    """Where the last word of ``text`` begins (None for a text of one word)."""
    text = text.rstrip()
    at = max(text.rfind(" "), text.rfind("\t"), text.rfind("\n"))
    return at + 1 if at > 0 and text[:at].strip() else None


def _first_space(text: str) -> int | None:
    """Where the first word of ``text`` ends (None for a text of one word)."""
    lead = len(text) - len(text.lstrip())
    text = text.lstrip()
    spaces = [a for a in (text.find(" "), text.find("\t"), text.find("\n")) if a > 0]
    return min(spaces) + lead if spaces and text[min(spaces):].strip() else None
