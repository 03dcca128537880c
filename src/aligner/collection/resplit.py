"""A reviewer's sentence splits made again on a document's changed files.

``aligner review`` can split a sentence the segmenter left glued
(:mod:`aligner.editor.splitting`); the collection marks the second part of each
(``sentences.split``: the whitespace the file has between the parts).  When
``aligner batch`` aligns the changed files of a reviewed document, its new
segmentation has the glued sentence again: :func:`resplit` finds each sentence a
reviewer split -- its parts joined again as the file has them (a corrected part
by its file's text, as :mod:`aligner.collection.carry` looks for it) -- among the
new sentences, in order, as ``diff`` matches lines, and splits the one it finds
at the same places, before the review is carried over
(:func:`~aligner.collection.carry.carry_review`), so that the parts are found
there word for word.  A split whose sentence changed in the files, or is gone, is
not made: the new file's sentence is there as the segmenter made it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from difflib import SequenceMatcher

from aligner.collection.rows import Segmentation
from aligner.collection.store import Collection, DocumentRow
from aligner.editor.splitting import SentenceSplit, apply_split, cut_cue_ends, split_beads
from aligner.model import Alignment

#: (side, index) of the second part of a sentence a reviewer split -> the whitespace
#: the file has between the parts.
Splits = Mapping[tuple[str, int], str]


def stored_splits(collection: Collection, doc: DocumentRow) -> dict[tuple[str, int], str]:
    """The sentence splits of ``doc`` (``sentences.split``, schema 14)."""
    with collection.guard():
        return {(side, idx): gap for side, idx, gap in collection.conn.execute(
            "SELECT side, idx, split FROM sentences WHERE doc = ? AND split IS NOT NULL",
            (doc.id,))}


def _file_sentences(old: Alignment, side: str, originals: Mapping[tuple[str, int], str],
                    splits: Splits) -> list[tuple[str, list[tuple[int, int]]]]:
    """``old``'s sentences of ``side`` as the file had them: each with the (cut, resume)
    offsets of the splits a reviewer made in it, none for most."""
    out: list[tuple[str, list[tuple[int, int]]]] = []
    for i, text in enumerate(getattr(old, f"{side}_sentences")):
        text = originals.get((side, i), text)
        gap = splits.get((side, i))
        if gap is None or not out:
            out.append((text, []))
            continue
        whole, cuts = out[-1]
        cuts.append((len(whole), len(whole) + len(gap)))
        out[-1] = (whole + gap + text, cuts)
    return out


def resplit(old: Alignment, new: Alignment, spans: Mapping[str, Segmentation], *,
            originals: Mapping[tuple[str, int], str], splits: Splits
            ) -> tuple[Alignment, dict[str, Segmentation], tuple[tuple[str, int, str], ...]]:
    """``new`` (the changed files aligned afresh; ``spans``: where its sentences are in
    the files, by side) with ``old``'s sentence splits made again where the file still
    has the sentence; the spans cut likewise, and (side, index, whitespace) of the second
    part of each split made (``sentences.split``)."""
    made: list[tuple[str, int, str]] = []
    out_spans = dict(spans)
    for side in ("src", "tgt"):
        was = _file_sentences(old, side, originals, splits)
        if not any(cuts for _, cuts in was):
            continue
        now: tuple[str, ...] = getattr(new, f"{side}_sentences")
        matcher = SequenceMatcher(None, [t for t, _ in was], list(now), autojunk=False)
        todo = {b + k: was[a + k][1] for a, b, size in matcher.get_matching_blocks()
                for k in range(size) if was[a + k][1]}
        # the last sentence first, its last split first: the indices before stay
        for n in sorted(todo, reverse=True):
            for cut, resume in reversed(todo[n]):
                text = getattr(new, f"{side}_sentences")[n]
                s = SentenceSplit(side, n, text, cut, resume, cue_ends=cut_cue_ends(
                    getattr(new, f"{side}_cues"), n, cut))
                new = replace(apply_split(new, s), beads=split_beads(new.beads, s))
        rows: list[tuple[int, int, int]] = []
        marks: list[tuple[str, int, str]] = []
        for n, (start, end, block) in enumerate(out_spans[side].spans):
            bounds = [0, *(c for cut in todo.get(n, ()) for c in cut), end - start]
            for k in range(0, len(bounds), 2):
                if k:
                    marks.append((side, len(rows), now[n][bounds[k - 1]:bounds[k]]))
                rows.append((start + bounds[k], start + bounds[k + 1], block))
        out_spans[side] = Segmentation(tuple(rows))
        made += marks
    return new, out_spans, tuple(made)
