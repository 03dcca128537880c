"""The editor's operations: pure functions from an alignment and an edit to a change.

Every operation is local: it replaces a run of consecutive beads by others
(:class:`Change`), so that the edit log can store it small and undo it by
swapping ``before`` and ``after``.  :func:`plan` computes the change and
:func:`apply_change` applies it, refusing one that does not fit (its
``before`` is not what the alignment has there) or whose result breaks the
alignment's invariants (:func:`check_invariants`: every sentence in exactly
one bead, in order, and no empty bead).  An edit that makes no sense (a
merge past the last bead, a split of a 1-1 bead) raises :class:`EditError`
and changes nothing.

What a person does is marked on the beads it makes: the beads an operation
builds are *edited* (:class:`~aligner.model.ReviewState`), with the time, and
get the score 1.0 (a person made them; no aligner score applies); *confirm*
marks a bead as it is, keeping the aligner's score.  A neighbour that only
receives a sentence (a move) loses any mark it had and its score (0.0, so it
is shown as doubtful) until someone confirms it or realigns around it.
The beads of a memory converted to a saved alignment carry what their units said of
themselves (:attr:`Bead.unit <aligner.model.Bead.unit>`): confirm and text keep it;
a bead an operation builds keeps what all the beads it takes sentences from say
alike, less what a unit says of itself alone (its ``tuid``, score, sentence numbers
and review mark) -- a merge of two units of one client is still that client's.  A
memory's inline codes are kept by sentence, as a document's formatting is, so a
merge or split keeps every code; a corrected text loses its own.

*Text* corrects the words of the sentences of one side of a bead (a typo, a
wrong number): the change carries the sentences' texts before and after
(:class:`TextChange`), so that it is undone and logged like the others; the
bead is marked *edited* and keeps its score (its sentences are still the
same sentences, aligned as they were).  The sentence's offsets in the
document it was read from are those of the text as read, which the log keeps
(the change's ``before``).  *Confirm all* confirms, in one change, every bead no
person has marked that is not doubtful; which are doubtful is the page's judgement (the
checks, the glossary), so the caller names the beads to leave (``Edit.skip``).  *Split
sentence* makes one sentence of a side two, *join sentence* two of one bead one
(:mod:`aligner.editor.splitting`): the change carries it (``Change.splits``) and
renumbers the beads after it; its inverse is the other.  *Insert sentence* gives a bead
without a sentence on a side one that no file has (:mod:`aligner.editor.inserting`): a
person's translation of a sentence left out, the bead marked edited with the score 1.0;
its inverse takes the sentence out again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from aligner.editor import inserting, splitting
from aligner.editor.inserting import InsertRefused, SentenceInsert
from aligner.editor.sentence_data import cues_cut, unformatted
from aligner.editor.splitting import SentenceSplit
from aligner.errors import AlignerError
from aligner.formats.units import PROP_REVIEWED, PROP_SCORE, PROP_SRC_SENTENCES, PROP_TGT_SENTENCES
from aligner.model import Alignment, Bead, Review, ReviewState, Side
from aligner.unitrecord import UnitRecord, agreed


class EditError(AlignerError):
    """An edit that cannot be made (refused with a message; nothing changes)."""


class Op(Enum):
    MERGE_NEXT = "merge-next"
    MERGE_PREV = "merge-prev"
    SPLIT = "split"
    MOVE_FIRST = "move-first"  # first sentence of a side into the previous bead
    MOVE_LAST = "move-last"  # last sentence of a side into the next bead
    DETACH_FIRST = "detach-first"  # first sentence of a side as an unaligned bead before
    DETACH_LAST = "detach-last"  # last sentence of a side as an unaligned bead after
    ATTACH_PREV = "attach-prev"  # an unaligned bead joins the previous bead
    ATTACH_NEXT = "attach-next"
    CONFIRM = "confirm"
    CONFIRM_ALL = "confirm-all"  # every bead without a mark, but those in Edit.skip
    TEXT = "text"  # new texts for the sentences of a side (Edit.texts)
    SPLIT_SENTENCE = "split-sentence"  # one sentence of a side made two (Edit.sentence, .at)
    JOIN_SENTENCE = "join-sentence"  # sentences Edit.sentence and the next made one
    INSERT_SENTENCE = "insert-sentence"  # a new sentence (Edit.texts) for an empty side


#: Operations that work on one side of a bead (source or target).
SIDED = frozenset({Op.MOVE_FIRST, Op.MOVE_LAST, Op.DETACH_FIRST, Op.DETACH_LAST, Op.TEXT,
                   Op.SPLIT_SENTENCE, Op.JOIN_SENTENCE, Op.INSERT_SENTENCE})


@dataclass(frozen=True, slots=True)
class Edit:
    """One operation on bead number ``bead`` (and ``side`` for the sided ones).

    ``texts``: for :attr:`Op.TEXT`, the new text of each sentence of the side, in
    order (one per sentence; those unchanged stay as they are); for
    :attr:`Op.INSERT_SENTENCE`, the one new sentence's text.  ``skip``: for
    :attr:`Op.CONFIRM_ALL`, the beads to leave unmarked (the doubtful ones).
    ``sentence``, ``at``: for :attr:`Op.SPLIT_SENTENCE`, the sentence (its index on the
    side) and the offset in its text to split it at (:attr:`Op.JOIN_SENTENCE`: the first
    of the two to join).
    """

    op: Op
    bead: int
    side: Side | None = None
    texts: tuple[str, ...] = ()
    skip: frozenset[int] = frozenset()
    sentence: int | None = None
    at: int | None = None


@dataclass(frozen=True, slots=True)
class TextChange:
    """Sentence ``index`` of ``side`` (``"src"``/``"tgt"``): its text ``before`` and
    ``after``."""

    side: str
    index: int
    before: str
    after: str

    def inverse(self) -> TextChange:
        return TextChange(self.side, self.index, self.after, self.before)


@dataclass(frozen=True, slots=True)
class Change:
    """Beads ``start .. start + len(before)`` replaced by ``after``; sentence texts
    replaced as ``texts`` says; sentences split (or joined) as ``splits`` says, or
    inserted (taken out) as ``inserts`` says, which renumbers the beads after the run
    (``after`` is in the new numbering already)."""

    start: int
    before: tuple[Bead, ...]
    after: tuple[Bead, ...]
    texts: tuple[TextChange, ...] = ()
    splits: tuple[SentenceSplit, ...] = ()
    inserts: tuple[SentenceInsert, ...] = ()

    def inverse(self) -> Change:
        return Change(self.start, self.after, self.before,
                      tuple(t.inverse() for t in self.texts),
                      tuple(s.inverse() for s in reversed(self.splits)),
                      tuple(s.inverse() for s in reversed(self.inserts)))

    @property
    def is_empty(self) -> bool:
        return (self.before == self.after and all(t.before == t.after for t in self.texts)
                and not self.splits and not self.inserts)


def check_invariants(alignment: Alignment) -> None:
    """Raise :class:`EditError` unless every sentence is in exactly one bead, in order,
    and no bead is empty."""
    for side, n in (("src", len(alignment.src_sentences)), ("tgt", len(alignment.tgt_sentences))):
        seen = [i for bead in alignment.beads for i in getattr(bead, side)]
        if seen != list(range(n)):
            what = "source" if side == "src" else "target"
            raise EditError(f"the {what} sentences would not each be in one bead, in order")
    for k, bead in enumerate(alignment.beads):
        if not bead.src and not bead.tgt:
            raise EditError(f"bead {k} would be empty")


def _to_the_second(bead: Bead) -> Bead:
    if bead.review is None:
        return bead
    return replace(bead, review=replace(bead.review,
                                        changed=bead.review.changed.replace(microsecond=0)))


def apply_change(alignment: Alignment, change: Change) -> Alignment:
    """``alignment`` with ``change`` made; refused if it does not fit or breaks an invariant.

    The score and signals of the beads are compared too (``Bead`` equality
    leaves signals out, so those are compared here): a change from the log
    must meet exactly the beads it was made on -- review times to the second,
    which is what the log keeps of them (a collection stores finer ones).
    """
    end = change.start + len(change.before)
    here = alignment.beads[change.start:end]
    if not 0 <= change.start <= len(alignment.beads) or end > len(alignment.beads) or not (
        [_to_the_second(b) for b in here] == [_to_the_second(b) for b in change.before]
        and all(dict(a.signals) == dict(b.signals) for a, b in zip(here, change.before,
                                                                    strict=True))
    ):
        raise EditError(f"the change at bead {change.start} does not fit this alignment")
    tail = alignment.beads[end:]
    try:
        for s in change.splits:
            tail = splitting.split_beads(tail, s)
        for i in change.inserts:
            tail = inserting.insert_beads(tail, i)
    except (splitting.SplitRefused, InsertRefused) as exc:
        raise EditError(str(exc)) from None
    beads = alignment.beads[:change.start] + change.after + tail
    src, tgt = _texts_changed(alignment, change.texts)
    out = replace(alignment, beads=beads, src_sentences=src, tgt_sentences=tgt,
                  src_formatting=unformatted(alignment.src_formatting, change.texts, "src"),
                  tgt_formatting=unformatted(alignment.tgt_formatting, change.texts, "tgt"),
                  src_codes=unformatted(alignment.src_codes, change.texts, "src"),
                  tgt_codes=unformatted(alignment.tgt_codes, change.texts, "tgt"),
                  src_cues=cues_cut(alignment.src_cues, src),
                  tgt_cues=cues_cut(alignment.tgt_cues, tgt))
    try:
        for s in change.splits:
            out = splitting.apply_split(out, s)
        for i in change.inserts:
            out = inserting.apply_insert(out, i)
    except (splitting.SplitRefused, InsertRefused) as exc:
        raise EditError(f"the change at bead {change.start} does not fit this alignment: "
                        f"{exc}") from None
    check_invariants(out)
    return out


def _texts_changed(alignment: Alignment, texts: Sequence[TextChange]
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence lists with ``texts`` made, refused unless each finds its ``before``."""
    if not texts:
        return alignment.src_sentences, alignment.tgt_sentences
    lists = {"src": list(alignment.src_sentences), "tgt": list(alignment.tgt_sentences)}
    for t in texts:
        sentences = lists.get(t.side)
        if sentences is None or not 0 <= t.index < len(sentences) or (
                sentences[t.index] != t.before):
            raise EditError(f"the text change of {t.side} sentence {t.index} does not fit "
                            "this alignment")
        sentences[t.index] = t.after
    return tuple(lists["src"]), tuple(lists["tgt"])


def _edited(src: Sequence[int], tgt: Sequence[int], now: datetime,
            *made_of: Bead) -> Bead:
    return Bead(tuple(src), tuple(tgt), 1.0, {}, Review(ReviewState.EDITED, now),
                _unit(made_of))


def _touched(src: Sequence[int], tgt: Sequence[int], *made_of: Bead) -> Bead:
    """A bead changed as a side effect: no mark, no score until someone looks at it."""
    return Bead(tuple(src), tuple(tgt), 0.0, {}, None, _unit(made_of))


#: What a memory's unit says of itself alone, which a bead rebuilt from its sentences
#: is no longer: its id, its score, its sentence numbers and review mark (the bead's own).
_OWN_ATTRIBUTES = ("tuid",)
_OWN_PROPS = (PROP_SCORE, PROP_SRC_SENTENCES, PROP_TGT_SENTENCES, PROP_REVIEWED)


def _unit(made_of: Sequence[Bead]) -> UnitRecord | None:
    """The record of a bead rebuilt from the sentences of ``made_of`` (units of a memory
    in a saved alignment): what they all say alike (:func:`~aligner.unitrecord.agreed`)."""
    if not made_of:
        return None
    return agreed([b.unit for b in made_of], own_attributes=_OWN_ATTRIBUTES,
                  own_props=_OWN_PROPS)


def _sides(bead: Bead, side: Side) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(the side's sentences, the other side's)."""
    return (bead.src, bead.tgt) if side is Side.SOURCE else (bead.tgt, bead.src)


def _make(side: Side, this: Sequence[int], other: Sequence[int]
          ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(src, tgt) from a side's sentences and the other side's."""
    return (tuple(this), tuple(other)) if side is Side.SOURCE else (tuple(other), tuple(this))


def plan(alignment: Alignment, edit: Edit, now: datetime) -> Change:
    """The change ``edit`` makes to ``alignment`` (see the module docstring)."""
    beads = alignment.beads
    k = edit.bead
    if not 0 <= k < len(beads):
        raise EditError(f"bead {k} does not exist: the alignment has {len(beads)} beads")
    if (edit.op in SIDED) != (edit.side is not None):
        raise EditError(f"{edit.op.value} {'needs' if edit.op in SIDED else 'takes no'} side")
    bead = beads[k]
    op = edit.op
    if op is Op.CONFIRM_ALL:
        return _confirm_all(alignment, edit.skip, now)
    if op is Op.CONFIRM:
        # an edited bead may be confirmed: looked at as it is, findings and all
        if bead.review is not None and bead.review.state is ReviewState.CONFIRMED:
            raise EditError(f"bead {k} is already {bead.review.state.value}")
        return Change(k, (bead,), (replace(bead, review=Review(ReviewState.CONFIRMED, now)),))
    if op in (Op.MERGE_NEXT, Op.MERGE_PREV, Op.ATTACH_NEXT, Op.ATTACH_PREV):
        if op in (Op.ATTACH_NEXT, Op.ATTACH_PREV) and not bead.is_null:
            raise EditError(f"bead {k} is aligned: only an unaligned sentence is attached")
        j = k + 1 if op in (Op.MERGE_NEXT, Op.ATTACH_NEXT) else k - 1
        if not 0 <= j < len(beads):
            raise EditError(f"bead {k} has no {'next' if j > k else 'previous'} bead")
        a, b = beads[min(j, k)], beads[max(j, k)]
        return Change(min(j, k), (a, b), (_edited(a.src + b.src, a.tgt + b.tgt, now, a, b),))
    if op is Op.SPLIT:
        if len(bead.src) + len(bead.tgt) < 2 or (len(bead.src) == 1 and len(bead.tgt) == 1):
            raise EditError(f"bead {k} ({bead.kind}) has nothing to split")
        return Change(k, (bead,), (_edited(bead.src[:1], bead.tgt[:1], now, bead),
                                   _edited(bead.src[1:], bead.tgt[1:], now, bead)))
    assert edit.side is not None  # SIDED, checked above
    side = edit.side
    mine, other = _sides(bead, side)
    if op is Op.INSERT_SENTENCE:
        return _insert(alignment, k, side, mine, edit.texts, now)
    if not mine:
        raise EditError(f"bead {k} has no {side.value} sentence")
    if op is Op.TEXT:
        return _text(alignment, k, side, edit.texts, now)
    if op in (Op.SPLIT_SENTENCE, Op.JOIN_SENTENCE):
        return _split_sentence(alignment, k, side, edit, now)
    if op in (Op.MOVE_FIRST, Op.MOVE_LAST):
        j = k - 1 if op is Op.MOVE_FIRST else k + 1
        if not 0 <= j < len(beads):
            raise EditError(f"bead {k} has no {'previous' if j < k else 'next'} bead")
        near_mine, near_other = _sides(beads[j], side)
        if op is Op.MOVE_FIRST:
            moved, rest = mine[0], mine[1:]
            near = _touched(*_make(side, (*near_mine, moved), near_other), beads[j], bead)
        else:
            moved, rest = mine[-1], mine[:-1]
            near = _touched(*_make(side, (moved, *near_mine), near_other), beads[j], bead)
        kept = (_edited(*_make(side, rest, other), now, bead),) if rest or other else ()
        if op is Op.MOVE_FIRST:
            return Change(j, (beads[j], bead), (near, *kept))
        return Change(k, (bead, beads[j]), (*kept, near))
    # DETACH_FIRST / DETACH_LAST
    if not other and len(mine) == 1:
        raise EditError(f"bead {k}'s {side.value} sentence is already unaligned")
    first = op is Op.DETACH_FIRST
    moved = mine[0] if first else mine[-1]
    rest = mine[1:] if first else mine[:-1]
    alone = _edited(*_make(side, (moved,), ()), now, bead)
    remaining = _edited(*_make(side, rest, other), now, bead)
    return Change(k, (bead,), (alone, remaining) if first else (remaining, alone))


def _text(alignment: Alignment, k: int, side: Side, texts: Sequence[str],
          now: datetime) -> Change:
    """New texts for the sentences of bead ``k``'s ``side``: the bead is marked edited
    and keeps its score (its sentences are the same ones, aligned as they were)."""
    bead = alignment.beads[k]
    key = "src" if side is Side.SOURCE else "tgt"
    indices = bead.src if side is Side.SOURCE else bead.tgt
    sentences = alignment.src_sentences if side is Side.SOURCE else alignment.tgt_sentences
    if len(texts) != len(indices):
        raise EditError(f"bead {k} has {len(indices)} {side.value} sentence(s): expected "
                        f"{len(indices)} text(s), got {len(texts)}")
    changes = []
    for i, text in zip(indices, texts, strict=True):
        if not text.strip():
            raise EditError(f"a sentence cannot be left empty ({side.value} sentence {i}): "
                            "to take a sentence out of a unit, detach it (d, D)")
        if text != sentences[i]:
            changes.append(TextChange(key, i, sentences[i], text))
    if not changes:
        raise EditError(f"bead {k}'s {side.value} text is unchanged")
    edited = replace(bead, review=Review(ReviewState.EDITED, now))
    return Change(k, (bead,), (edited,), tuple(changes))


def _insert(alignment: Alignment, k: int, side: Side, mine: Sequence[int],
            texts: Sequence[str], now: datetime) -> Change:
    """Bead ``k``, without a sentence on ``side``, given the one of ``texts`` (its outer
    space left out), a new sentence where the bead stands (:mod:`aligner.editor.inserting`)."""
    if mine:
        raise EditError(f"bead {k} has a {side.value} sentence: a new one is inserted "
                        "only beside a sentence left without a counterpart")
    if len(texts) != 1 or not texts[0].strip():
        raise EditError("insert-sentence needs the one text of the new sentence")
    key, bead = "src" if side is Side.SOURCE else "tgt", alignment.beads[k]
    i = inserting.insert_point(alignment.beads, k, key)
    made = _edited(*_make(side, (i,), _sides(bead, side)[1]), now, bead)
    return Change(k, (bead,), (made,), inserts=(SentenceInsert(key, i, texts[0].strip()),))


def _split_sentence(alignment: Alignment, k: int, side: Side, edit: Edit,
                    now: datetime) -> Change:
    """Sentence ``edit.sentence`` of bead ``k``'s ``side`` split at offset ``edit.at``, or
    joined with the next (:mod:`aligner.editor.splitting`): the bead holds the parts (the
    whole), is marked edited and keeps its score (its text is aligned as it was)."""
    try:
        bead, split = (splitting.join_in_bead(alignment, k, side, edit.sentence)
                       if edit.op is Op.JOIN_SENTENCE else
                       splitting.split_in_bead(alignment, k, side, edit.sentence, edit.at))
    except splitting.SplitRefused as exc:
        raise EditError(str(exc)) from None
    edited = replace(bead, review=Review(ReviewState.EDITED, now))
    return Change(k, (alignment.beads[k],), (edited,), splits=(split,))


def _confirm_all(alignment: Alignment, skip: frozenset[int], now: datetime) -> Change:
    """Every bead without a mark and not in ``skip`` confirmed: one change, from the
    first such bead to the last."""
    todo = [k for k, b in enumerate(alignment.beads) if b.review is None and k not in skip]
    if not todo:
        raise EditError("no bead to confirm: every bead is marked"
                        + (" or doubtful" if skip else ""))
    lo, hi = todo[0], todo[-1] + 1
    marked = set(todo)
    after = tuple(replace(b, review=Review(ReviewState.CONFIRMED, now)) if lo + j in marked
                  else b for j, b in enumerate(alignment.beads[lo:hi]))
    return Change(lo, alignment.beads[lo:hi], after)
