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
and are unreviewed; the beads that hold them after that -- its sentences still there,
and those now where it stood (a left-out sentence delivered) -- carry the signal
:data:`~aligner.model.REVIEW_AGAIN`, which makes them doubtful in ``aligner review``.

A sentence a reviewer corrected (``aligner review``'s text edit) is looked for by
the text the file had (``originals``; ``sentences.original`` in the collection), not
by the correction, which no file has: when the file still has it, the bead is
carried with the corrected text (:attr:`Carried.originals` says which new sentences
hold a correction, and their file's text).  A file that now reads as the reviewer
corrected it -- the translator delivered the fix the reviewer made in the editor --
has the correction itself: the sentence is found by it as well, and the bead is
carried with no correction left to record, its text being the file's.  A correction
in a bead that is not carried (its other side changed) stays on its sentence while the
file has that sentence as before; one whose sentence changed in the file is lost to
the new alignment: :attr:`Carried.lost` names it.  The new
alignment has the new files' formatting (:attr:`~aligner.model.Alignment.src_formatting`),
less that of a sentence holding a correction, and their subtitle cues, cut to a
correction's text as a text edit cuts them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from aligner.align.options import AlignOptions, Evidence
from aligner.align.realign import realign
from aligner.collection.rows import DroppedEdit
from aligner.editor.sentence_data import cues_cut
from aligner.model import REVIEW_AGAIN, Alignment, Bead


@dataclass(frozen=True, slots=True)
class Carried:
    """The new alignment with the review carried over, and how many marks were."""

    alignment: Alignment
    carried: int  # reviewed beads kept, with their marks
    dropped: int  # reviewed beads whose sentences changed: aligned again, unreviewed
    #: (side, new sentence, the file's text) of each corrected sentence carried over.
    originals: tuple[tuple[str, int, str], ...] = ()
    #: The corrections and inserted sentences not carried over, by old bead and side.
    lost: tuple[DroppedEdit, ...] = ()


def _same_sentences(old: Sequence[str], new: Sequence[str],
                    fixed: Mapping[str, str] | None = None) -> dict[int, int]:
    """Old sentence index -> new index, for the sentences matched unchanged in order;
    ``fixed``: a correction's text -> the file's text it replaced, so that a new sentence
    reading as corrected matches the old one it corrected (but for a correction that
    reads as another old sentence, which it would be taken for)."""
    same = set(old)
    alias = {text: was for text, was in (fixed or {}).items() if text not in same}
    matcher = SequenceMatcher(None, list(old), [alias.get(text, text) for text in new],
                              autojunk=False)
    return {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}


def _fixes(old: Alignment, originals: Mapping[tuple[str, int], str], side: str
           ) -> dict[str, str]:
    """The corrections of ``side``: corrected text -> the file's text it replaced."""
    sentences = old.src_sentences if side == "src" else old.tgt_sentences
    return {sentences[i]: text for (s, i), text in originals.items() if s == side}


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


def _as_read(old: Alignment, originals: Mapping[tuple[str, int], str],
             side: str) -> tuple[str, ...]:
    """``old``'s sentences of ``side`` as its file had them (a correction undone)."""
    sentences = old.src_sentences if side == "src" else old.tgt_sentences
    return tuple(originals.get((side, i), text) for i, text in enumerate(sentences))


def _lost(old: Alignment, originals: Mapping[tuple[str, int], str],
          kept: set[tuple[str, int]]) -> tuple[DroppedEdit, ...]:
    """The corrections of ``old`` not in ``kept``, and its inserted sentences (no file's
    text under them: ``original`` empty) not in it, by bead and side."""
    lost = []
    for k, bead in enumerate(old.beads):
        for side, indices, sentences in (("src", bead.src, old.src_sentences),
                                         ("tgt", bead.tgt, old.tgt_sentences)):
            gone = [i for i in indices if (side, i) in originals and (side, i) not in kept]
            for inserted in (False, True):
                texts = tuple(sentences[i] for i in gone
                              if (originals[side, i] == "") is inserted)
                if texts:
                    lost.append(DroppedEdit(k, side, texts, inserted))
    return tuple(lost)


def _new_range(lo: int, hi: int, where: Mapping[int, int], size: int) -> range:
    """Where old sentences ``lo .. hi - 1`` of a side are in the new text: from after the
    nearest sentence before them still there to before the nearest one after them (those
    of them still there, and what the file has in their place now)."""
    kept = sorted(where)
    k = bisect_left(kept, lo)
    start = where[kept[k - 1]] + 1 if k > 0 else 0
    k = bisect_left(kept, hi)
    return range(start, where[kept[k]] if k < len(kept) else size)


def _review_again(bead: Bead, places: Sequence[tuple[range, range]]) -> Bead:
    """``bead`` with :data:`REVIEW_AGAIN` when it is unreviewed and holds a sentence
    where a reviewed bead not carried over stood."""
    if bead.review is not None or not any(
            any(i in src for i in bead.src) or any(j in tgt for j in bead.tgt)
            for src, tgt in places):
        return bead
    return replace(bead, signals={**bead.signals, REVIEW_AGAIN: 1.0})


def _still_there(old: Alignment, new: Alignment, originals: Mapping[tuple[str, int], str],
                 at: Mapping[str, Mapping[int, int]], moved_to: dict[tuple[str, int], int],
                 held: set[tuple[str, int]]) -> None:
    """Add to ``moved_to`` (or ``held``, when the new file reads as corrected) each
    correction of a bead not carried whose sentence the new file still has: the bead's
    other side changed, not the sentence the reviewer corrected, which keeps its fix."""
    for (side, i), _ in sorted(originals.items()):
        j = at[side].get(i)
        if j is None or (side, i) in moved_to or (side, i) in held:
            continue
        texts_old, texts_new = ((old.src_sentences, new.src_sentences) if side == "src"
                                else (old.tgt_sentences, new.tgt_sentences))
        if texts_new[j] == texts_old[i]:
            held.add((side, i))
        else:
            moved_to[side, i] = j


def carry_review(old: Alignment, new: Alignment, *, options: AlignOptions | None = None,
                 evidence: Evidence | None = None,
                 originals: Mapping[tuple[str, int], str] | None = None) -> Carried:
    """``new`` (the changed files aligned afresh) with ``old``'s reviewed beads that are
    still there kept as they were reviewed and the rest aligned again around them.
    ``originals``: the file's text of each sentence of ``old`` a reviewer corrected,
    by (side, index) (:meth:`~aligner.collection.store.Collection.originals`).

    With no reviewed bead to carry, ``new`` is returned as it is."""
    originals = originals or {}
    reviewed = [(b, at) for b, at in zip(old.beads, _starts(old.beads), strict=True)
                if b.review is not None]
    src_at = _same_sentences(_as_read(old, originals, "src"), new.src_sentences,
                             _fixes(old, originals, "src"))
    tgt_at = _same_sentences(_as_read(old, originals, "tgt"), new.tgt_sentences,
                             _fixes(old, originals, "tgt"))
    sizes = ((len(old.src_sentences), len(new.src_sentences)),
             (len(old.tgt_sentences), len(new.tgt_sentences)))
    beads: list[Bead] = []
    fixed: list[int] = []
    # the corrections carried: (side, old sentence) -> new sentence
    moved_to: dict[tuple[str, int], int] = {}
    held: set[tuple[str, int]] = set()  # those the new file holds: no correction now
    si = ti = 0  # the new sentences placed so far, on each side

    def gap(s_end: int, t_end: int) -> None:
        # the sentences between two carried beads: one bead for now, aligned again below
        if s_end > si or t_end > ti:
            beads.append(Bead(tuple(range(si, s_end)), tuple(range(ti, t_end)), 0.0))

    not_carried: list[tuple[Bead, int, int]] = []
    for bead, (s_old, t_old) in reviewed:
        not_carried.append((bead, s_old, t_old))  # taken off again when carried
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
        not_carried.pop()
        fixed.append(len(beads))
        beads.append(Bead(src, tgt, bead.score, bead.signals, bead.review))
        si, ti = s_start + len(src), t_start + len(tgt)
        for side, was, now in (("src", bead.src, src), ("tgt", bead.tgt, tgt)):
            texts_old, texts_new = ((old.src_sentences, new.src_sentences) if side == "src"
                                    else (old.tgt_sentences, new.tgt_sentences))
            for i, j in zip(was, now, strict=True):
                if (side, i) not in originals:
                    continue
                if texts_new[j] == texts_old[i]:
                    held.add((side, i))
                else:
                    moved_to[side, i] = j
    gap(len(new.src_sentences), len(new.tgt_sentences))
    _still_there(old, new, originals, {"src": src_at, "tgt": tgt_at}, moved_to, held)
    lost = _lost(old, originals, set(moved_to) | held)
    if not fixed and not moved_to:
        return Carried(new, 0, len(reviewed), lost=lost)
    skeleton = Alignment(new.src_sentences, new.tgt_sentences, tuple(beads), new.src_lang,
                         new.tgt_lang, new.src_name, new.tgt_name, new.settings,
                         new.src_paragraph_starts, new.tgt_paragraph_starts,
                         src_regions=new.src_regions, tgt_regions=new.tgt_regions)
    again = realign(skeleton, fixed, evidence=evidence, options=options) if fixed else new
    # the corrections carried over, in place of the file's text under them
    texts = {"src": list(again.src_sentences), "tgt": list(again.tgt_sentences)}
    kept: list[tuple[str, int, str]] = []
    for (side, i), j in sorted(moved_to.items()):
        kept.append((side, j, texts[side][j]))
        texts[side][j] = (old.src_sentences if side == "src" else old.tgt_sentences)[i]
    # the settings of the alignment as batch made it, not those of the realigned runs
    # and the new files' formatting, less that of a correction (its spans are offsets
    # into the file's text), as a text edit in aligner review drops it
    corrected = {(side, j) for side, j, _ in kept}
    looks = {side: tuple(() if (side, j) in corrected else spans
                         for j, spans in enumerate(getattr(new, f"{side}_formatting")))
             for side in ("src", "tgt")}
    places = [(_new_range(s_old, s_old + len(b.src), src_at, len(new.src_sentences)),
               _new_range(t_old, t_old + len(b.tgt), tgt_at, len(new.tgt_sentences)))
              for b, s_old, t_old in not_carried] if fixed else []
    carried = Alignment(tuple(texts["src"]), tuple(texts["tgt"]),
                        tuple(_review_again(b, places) for b in again.beads),
                        new.src_lang, new.tgt_lang, new.src_name, new.tgt_name,
                        new.settings, new.src_paragraph_starts, new.tgt_paragraph_starts,
                        src_formatting=looks["src"] if any(looks["src"]) else (),
                        tgt_formatting=looks["tgt"] if any(looks["tgt"]) else (),
                        src_regions=new.src_regions, tgt_regions=new.tgt_regions,
                        src_cues=cues_cut(new.src_cues, tuple(texts["src"])),
                        tgt_cues=cues_cut(new.tgt_cues, tuple(texts["tgt"])))
    return Carried(carried, len(fixed), len(reviewed) - len(fixed), tuple(kept), lost)
