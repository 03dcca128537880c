"""A reviewed document whose files changed: its review carried over to the new text.

``aligner batch`` realigns a pair whose files changed.  When a person had
reviewed the stored alignment (``aligner review``), the marks of the beads
whose sentences are still there, word for word, are worth keeping: a typo fixed
in one sentence should cost the review of that sentence, not of the document.
:func:`carry_review` finds each reviewed bead's sentences in the new
segmentation (the two sentence lists matched in order, as ``diff`` matches
lines), keeps every bead found whole and in order as a fixed bead with its
mark, and aligns the sentences between them again
(:func:`aligner.align.realign.realign`).  A reviewed bead with a sentence
changed, gone or out of order is not carried: its sentences are aligned again
and are unreviewed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from aligner.align.options import AlignOptions, Evidence
from aligner.align.realign import realign
from aligner.model import Alignment, Bead


@dataclass(frozen=True, slots=True)
class Carried:
    """The new alignment with the review carried over, and how many marks were."""

    alignment: Alignment
    carried: int  # reviewed beads kept, with their marks
    dropped: int  # reviewed beads whose sentences changed: aligned again, unreviewed


def _same_sentences(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """Old sentence index -> new index, for the sentences matched unchanged in order."""
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    return {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}


def _moved(indices: tuple[int, ...], where: dict[int, int]) -> tuple[int, ...] | None:
    """``indices`` in the new text, if every one is there and they are still adjacent."""
    new = tuple(where.get(i, -1) for i in indices)
    if any(i < 0 for i in new) or any(b != a + 1 for a, b in pairwise(new)):
        return None
    return new


def _starts(beads: Sequence[Bead]) -> list[tuple[int, int]]:
    """Where each bead starts on each side: its first sentence, or for an empty side
    the number of that side's sentences in the beads before it."""
    out: list[tuple[int, int]] = []
    s = t = 0
    for bead in beads:
        s, t = (bead.src[0] if bead.src else s), (bead.tgt[0] if bead.tgt else t)
        out.append((s, t))
        s, t = s + len(bead.src), t + len(bead.tgt)
    return out


def _boundary(old: int, where: dict[int, int], old_size: int, new_size: int) -> int | None:
    """The new place of the boundary before old sentence ``old`` (``old_size``: the
    end), from the sentences either side of it that are still there: right after the
    one before it, right before the one after it -- both, when both are there, and then
    with nothing new between them (a sentence added there may translate the one the
    reviewer left alone).  None when neither is there."""
    before = 0 if old == 0 else (where[old - 1] + 1 if old - 1 in where else None)
    after = new_size if old == old_size else where.get(old)
    if before is not None and after is not None:
        return before if before == after else None
    return before if before is not None else after


def carry_review(old: Alignment, new: Alignment, *, options: AlignOptions | None = None,
                 evidence: Evidence | None = None) -> Carried:
    """``new`` (the changed files aligned afresh) with ``old``'s reviewed beads that are
    still there kept as they were reviewed and the rest aligned again around them.

    With no reviewed bead to carry, ``new`` is returned as it is."""
    reviewed = [(b, at) for b, at in zip(old.beads, _starts(old.beads), strict=True)
                if b.review is not None]
    src_at = _same_sentences(old.src_sentences, new.src_sentences)
    tgt_at = _same_sentences(old.tgt_sentences, new.tgt_sentences)
    sizes = ((len(old.src_sentences), len(new.src_sentences)),
             (len(old.tgt_sentences), len(new.tgt_sentences)))
    beads: list[Bead] = []
    fixed: list[int] = []
    si = ti = 0  # the new sentences placed so far, on each side

    def gap(s_end: int, t_end: int) -> None:
        # the sentences between two carried beads: one bead for now, aligned again below
        if s_end > si or t_end > ti:
            beads.append(Bead(tuple(range(si, s_end)), tuple(range(ti, t_end)), 0.0))

    for bead, (s_old, t_old) in reviewed:
        src, tgt = _moved(bead.src, src_at), _moved(bead.tgt, tgt_at)
        if src is None or tgt is None:
            continue
        # a one-sided bead stands between two sentences of its empty side: the same
        # two, still side by side, in the new text -- else where it goes is unknown
        s_start = src[0] if src else _boundary(s_old, src_at, *sizes[0])
        t_start = tgt[0] if tgt else _boundary(t_old, tgt_at, *sizes[1])
        if s_start is None or t_start is None:
            continue
        if s_start < si or t_start < ti:  # out of order with a bead carried before
            continue
        gap(s_start, t_start)
        fixed.append(len(beads))
        beads.append(Bead(src, tgt, bead.score, bead.signals, bead.review))
        si, ti = s_start + len(src), t_start + len(tgt)
    gap(len(new.src_sentences), len(new.tgt_sentences))
    if not fixed:
        return Carried(new, 0, len(reviewed))
    skeleton = Alignment(new.src_sentences, new.tgt_sentences, tuple(beads), new.src_lang,
                         new.tgt_lang, new.src_name, new.tgt_name, new.settings,
                         new.src_paragraph_starts, new.tgt_paragraph_starts)
    again = realign(skeleton, fixed, evidence=evidence, options=options)
    # the settings of the alignment as batch made it, not those of the realigned runs
    return Carried(Alignment(again.src_sentences, again.tgt_sentences, again.beads,
                             new.src_lang, new.tgt_lang, new.src_name, new.tgt_name,
                             new.settings, new.src_paragraph_starts,
                             new.tgt_paragraph_starts),
                   len(fixed), len(reviewed) - len(fixed))
