"""A reviewer's sentence joins made again on a document's changed files.

``aligner review`` can join two sentences the segmenter split wrongly (``+``,
:func:`aligner.editor.splitting.join_in_bead`); the collection keeps on the joined
sentence where its parts end and begin (``sentences.joined``: JSON ``[[cut, resume],
...]``, offsets in the sentence's text as the file has it).  When ``aligner batch``
aligns the changed files of a reviewed document, its new segmentation has the parts
apart again: :func:`rejoin` finds the parts of each sentence a reviewer joined, one
after the other, among the new sentences -- in order, as ``diff`` matches lines -- and
joins them again, before the review is carried over
(:func:`~aligner.collection.carry.carry_review`), so that the joined sentence is found
there word for word.  A join whose parts changed in the files, are gone, or now lie in
two paragraphs is not made: the new file's sentences are there as the segmenter made
them.  The beads of the fresh alignment that held the parts are made one (carrying
realigns every bead it does not carry).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from aligner.collection.rows import Segmentation
from aligner.collection.store import Collection, DocumentRow
from aligner.editor.splitting import SentenceSplit, SplitRefused, apply_split
from aligner.model import Alignment, Bead

#: (side, index) of a sentence a reviewer joined -> (cut, resume) of each join in it.
Joins = Mapping[tuple[str, int], tuple[tuple[int, int], ...]]


def stored_joins(collection: Collection, doc: DocumentRow) -> dict[tuple[str, int],
                                                                   tuple[tuple[int, int], ...]]:
    """The sentence joins of ``doc`` (``sentences.joined``, schema 17)."""
    with collection.guard():
        rows = collection.conn.execute(
            "SELECT side, idx, joined FROM sentences WHERE doc = ? AND joined IS NOT NULL",
            (doc.id,)).fetchall()
    return {(side, idx): joins_from_json(raw) for side, idx, raw in rows}


def joins_to_json(joins: Sequence[tuple[int, int]]) -> str | None:
    """``sentences.joined`` of a sentence with these joins (None: none)."""
    return json.dumps([list(j) for j in sorted(joins)]) if joins else None


def joins_from_json(raw: str | None) -> tuple[tuple[int, int], ...]:
    """The joins ``sentences.joined`` holds (none for NULL or a value not understood)."""
    try:
        held = json.loads(raw) if raw else []
    except json.JSONDecodeError:
        return ()
    if not isinstance(held, list):
        return ()
    return tuple((int(a), int(b)) for a, b in held
                 if isinstance(a, int) and isinstance(b, int) and 0 < a <= b)


def _parts(text: str, joins: Sequence[tuple[int, int]]) -> list[str] | None:
    """``text`` cut at its joins; None when the offsets do not fit it."""
    bounds = [0, *(x for pair in sorted(joins) for x in pair), len(text)]
    if bounds != sorted(bounds) or bounds[-2] >= len(text):
        return None
    return [text[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]


def _merged_beads(beads: Sequence[Bead], side: str, index: int) -> tuple[Bead, ...]:
    """``beads`` with ``side``'s sentences ``index`` and ``index + 1`` made one: the
    later renumbered, and the beads from the one that held the first to the one that held
    the second made one bead, unmarked (carrying aligns it again)."""
    at = [k for k, b in enumerate(beads) if index in getattr(b, side)
          or index + 1 in getattr(b, side)]
    lo, hi = at[0], at[-1]
    run = beads[lo:hi + 1]
    merged = Bead(tuple(i for b in run for i in b.src), tuple(j for b in run for j in b.tgt),
                  min(b.score for b in run)) if hi > lo else replace(run[0], signals={})
    out = []
    for bead in (*beads[:lo], merged, *beads[hi + 1:]):
        mine: tuple[int, ...] = getattr(bead, side)
        now = tuple(dict.fromkeys(i - 1 if i > index else i for i in mine))
        changed: dict[str, Any] = {side: now}
        out.append(replace(bead, **changed) if now != mine else bead)
    return tuple(out)


def rejoin(old: Alignment, new: Alignment, spans: Mapping[str, Segmentation], *,
           originals: Mapping[tuple[str, int], str], joins: Joins
           ) -> tuple[Alignment, dict[str, Segmentation], tuple[tuple[str, int, str], ...]]:
    """``new`` (the changed files aligned afresh; ``spans``: where its sentences are in
    the files, by side) with ``old``'s sentence joins made again where the file still has
    the parts, one after the other; the spans joined likewise, and (side, index, JSON) of
    each joined sentence's joins (``sentences.joined``)."""
    made: list[tuple[str, int, str]] = []
    out_spans = dict(spans)
    for side in ("src", "tgt"):
        items: list[str] = []
        owners: list[tuple[int, tuple[tuple[int, int], ...], str]] = []  # (first item, joins, text)
        for i, text in enumerate(getattr(old, f"{side}_sentences")):
            text = originals.get((side, i), text)
            mine = joins.get((side, i), ())
            parts = _parts(text, mine) if mine else None
            if parts is not None:
                owners.append((len(items), tuple(sorted(mine)), text))
                items += parts
            else:
                items.append(text)
        if not owners:
            continue
        now: tuple[str, ...] = getattr(new, f"{side}_sentences")
        matcher = SequenceMatcher(None, items, list(now), autojunk=False)
        where = {a + k: b + k for a, b, size in matcher.get_matching_blocks()
                 for k in range(size)}
        todo: list[tuple[int, tuple[tuple[int, int], ...], str]] = []
        for first, mine, text in owners:
            at = [where.get(first + k, -1) for k in range(len(mine) + 1)]
            if at[0] >= 0 and all(b == at[0] + k for k, b in enumerate(at)):
                todo.append((at[0], mine, text))
        done: list[tuple[int, tuple[tuple[int, int], ...]]] = []
        rows = list(out_spans[side].spans)
        for b, mine, text in sorted(todo, reverse=True):  # the last first: indices before stay
            trial, beads = new, new.beads
            try:
                for cut, resume in mine:
                    current: str = getattr(trial, f"{side}_sentences")[b]
                    nxt: str = getattr(trial, f"{side}_sentences")[b + 1]
                    gap = text[cut:resume]
                    s = SentenceSplit(side, b, current + gap + nxt, len(current),
                                      len(current) + len(gap), join=True, segmenter=True)
                    if b + 1 in getattr(trial, f"{side}_paragraph_starts") or (
                            b + 1 in getattr(trial, f"{side}_regions")):
                        raise SplitRefused("two paragraphs now")
                    trial = apply_split(trial, s)
                    beads = _merged_beads(beads, side, b)
            except SplitRefused:
                continue
            new = replace(trial, beads=beads)
            start, _, block = rows[b]
            end = rows[b + len(mine)][1]
            rows[b:b + len(mine) + 1] = [(start, end, block)]
            done = [(i - len(mine), m) for i, m in done]
            done.append((b, mine))
        out_spans[side] = Segmentation(tuple(rows))
        made += [(side, i, joins_to_json(m) or "") for i, m in sorted(done)]
    return new, out_spans, tuple(made)
