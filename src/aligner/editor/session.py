"""One document being edited: edits, realign, undo and redo over an :class:`EditStore`.

Every call names the version the person saw; a call against an older one
raises :class:`~aligner.editor.store.VersionConflict` and changes nothing
(two tabs on one document cannot overwrite each other).  Calls are
serialised by a lock, so the check and the commit are one step.

Undo and redo come from the log alone (:func:`history`), so they survive a
restart: an undo commits the inverse of the last edit not yet undone, a redo
the inverse of the last undo, and a new edit forgets what could be redone.
The session follows the log after every commit, also one that logged the edit
but could not replace the file (:class:`~aligner.editor.store.SaveError`):
that edit is made, and can be undone.

Realigning uses the options the alignment was made with, read back from its
``settings`` (:func:`options_from_settings`), so that with nothing fixed it
is the pair's fresh alignment.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from aligner.align.options import AlignOptions, Evidence
from aligner.editor.edits import Change, Edit, EditError, Op, apply_change, plan
from aligner.editor.store import EditStore, Record, SaveError, VersionConflict
from aligner.model import Alignment, Bead
from aligner.textutil import count

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the page shows: the alignment at a version, and whether undo/redo can run."""

    alignment: Alignment
    version: int
    can_undo: bool
    can_redo: bool
    message: str = ""


def history(records: Sequence[Record]) -> tuple[list[int], list[int]]:
    """(undo stack, redo stack) of record versions after ``records``.

    An undo inverts the record on top of the undo stack; a redo inverts the
    undo record on top of the redo stack.
    """
    undo: list[int] = []
    redo: list[int] = []
    for record in records:
        if record.op == "undo":
            if undo and undo[-1] == record.undoes:
                undo.pop()
            redo.append(record.version)
        elif record.op == "redo":
            if redo and redo[-1] == record.redoes:
                redo.pop()
            undo.append(record.version)
        else:
            undo.append(record.version)
            redo.clear()
    return undo, redo


def options_from_settings(settings: Mapping[str, str]) -> AlignOptions:
    """The :class:`AlignOptions` an alignment's ``settings`` record (``aligner align``
    writes them all); a key that is not an option, or a value that does not parse,
    leaves the default.  ``encoder`` records the encoder used: ``none``, or a model's
    name, which is asked for again as ``auto`` (that model when it is installed)."""
    defaults = AlignOptions()
    chosen: dict[str, Any] = {}
    for option in fields(AlignOptions):
        text = settings.get(option.name)
        if text is None:
            continue
        kind = type(getattr(defaults, option.name))
        value: Any
        if option.name == "encoder":
            value = "none" if text == "none" else "auto"
        elif kind is bool:
            if text not in ("True", "False"):
                continue
            value = text == "True"
        else:
            try:
                value = kind(text)
            except ValueError:
                continue
            if kind is float and not math.isfinite(value):
                continue
        chosen[option.name] = value
    return AlignOptions(**chosen)


class EditSession:
    """Edits one document held by ``store``; ``evidence``/``options`` are for realigning
    (``options``: by default those the alignment was made with)."""

    def __init__(self, store: EditStore, *, evidence: Evidence | None = None,
                 options: AlignOptions | None = None, clock: Clock = _utc_now) -> None:
        self.store = store
        self.evidence = evidence
        self.options = options
        self.clock = clock
        self._lock = threading.Lock()
        self._follow_log()

    def encoder(self) -> str:
        """The encoder realigning and a split's check use: ``none`` or ``auto``."""
        alignment, _ = self.store.load()
        return (self.options or options_from_settings(alignment.settings)).encoder

    def snapshot(self, message: str = "") -> Snapshot:
        alignment, version = self.store.load()
        return Snapshot(alignment, version, bool(self._undo), bool(self._redo), message)

    def edit(self, edit: Edit, version: int) -> Snapshot:
        with self._lock:
            alignment = self._current(version)
            change = plan(alignment, edit, self.clock())
            side = edit.side.value if edit.side is not None else None
            message = ""
            if edit.op is Op.CONFIRM_ALL:
                done = sum(a.review != b.review for a, b in zip(change.before, change.after,
                                                                strict=True))
                # every bead the page shows as doubtful, as its counter counts them: an
                # edited bead with a finding too (a confirmed one is never doubtful)
                left = sum(0 <= k < len(alignment.beads) for k in edit.skip)
                message = (f"confirmed {count(done, 'bead')}" + (
                    f"; {count(left, 'doubtful bead')} left to look at (n finds them)"
                    if left else ""))
            elif edit.op is Op.SPLIT:
                change, message = self._second_opinion(alignment, change)
            return self._commit(edit.op.value, change, version, bead=edit.bead, side=side,
                                message=message)

    def _second_opinion(self, alignment: Alignment, change: Change) -> tuple[Change, str]:
        """A split (``s``) checked against the aligner: its sentences aligned again on
        their own, as realigning would (the document's options and evidence).  Where the
        aligner makes other beads of them -- a crossed 2-2 (two sentences swapped) kept
        whole, which a monotone alignment cannot pair one by one -- the split's beads are
        made all the same, but unmarked and scored 0 (doubtful: ``n`` finds them, ``C``
        leaves them, ``c`` vouches for each), and the answer says what the aligner makes.
        A split that leaves a sentence unaligned (a 1-0 or 0-1 part) is the person's
        call alone: not checked."""
        from aligner.align.realign import realign

        made = change.after
        if any(b.is_null for b in made):
            return change, ""
        trial = apply_change(alignment, change)
        lo, hi = change.start, change.start + len(made)
        fixed = set(range(len(trial.beads))) - set(range(lo, hi))
        options = self.options or options_from_settings(alignment.settings)
        again = realign(trial, fixed, evidence=self.evidence, options=options)
        theirs = again.beads[lo:len(again.beads) - (len(trial.beads) - hi)]
        if [(b.src, b.tgt) for b in theirs] == [(b.src, b.tgt) for b in made]:
            return change, ""
        shapes = ", ".join(f"{b.kind} ({b.score:.2f})" for b in theirs)
        doubted = tuple(replace(b, score=0.0, review=None) for b in made)
        return (replace(change, after=doubted),
                f"split: saved, but the aligner makes {shapes} of these sentences, not "
                f"{' + '.join(b.kind for b in made)}: sentences in another order (a swap) "
                "stay one bead, as no one-by-one pairing holds them; the parts are left "
                "doubtful (c confirms each, u undoes)")

    def realign(self, version: int) -> Snapshot:
        """Align again every bead that no person confirmed or edited, around those that
        are, and keeping the boundaries the person's splits made (:mod:`kept_splits`)."""
        from aligner.align.realign import realign
        from aligner.editor.kept_splits import kept_apart

        with self._lock:
            alignment = self._current(version)
            fixed = {k for k, b in enumerate(alignment.beads) if b.review is not None}
            options = self.options or options_from_settings(alignment.settings)
            again = realign(alignment, fixed, evidence=self.evidence, options=options,
                            apart=kept_apart(alignment, self.store.records()))
            change = realign_change(alignment, again)
            if change.is_empty:
                return self.snapshot("realigning changed no bead")
            return self._commit("realign", change, version,
                                message=f"realigned: {count(len(change.before), 'bead')} "
                                        f"became {len(change.after)}")

    def undo(self, version: int) -> Snapshot:
        with self._lock:
            self._current(version)
            if not self._undo:
                raise EditError("nothing to undo")
            target = self._by_version[self._undo[-1]]
            return self._commit("undo", target.change.inverse(), version, bead=target.bead,
                                undoes=target.version,
                                message=_undid(*self._what(target.version)))

    def redo(self, version: int) -> Snapshot:
        with self._lock:
            self._current(version)
            if not self._redo:
                raise EditError("nothing to redo")
            target = self._by_version[self._redo[-1]]
            return self._commit("redo", target.change.inverse(), version, bead=target.bead,
                                redoes=target.version,
                                message=f"redid {self._what(target.undoes)[0]}")

    def _what(self, version: int | None) -> tuple[str, bool]:
        """The op of the edit record ``version`` made, for the status line, and whether
        it was made again by a redo (a redo's record is followed to the edit it redid)."""
        record, redone = self._by_version.get(version or 0), False
        while record is not None and record.op == "redo":  # a redo of an undo of ...
            undo = self._by_version.get(record.redoes or 0)
            record = self._by_version.get(undo.undoes or 0) if undo is not None else None
            redone = True
        return (record.op if record is not None else "an edit"), redone

    def _current(self, version: int) -> Alignment:
        alignment, current = self.store.load()
        if version != current:
            raise VersionConflict(version, current)
        return alignment

    def _commit(self, op: str, change: Change, version: int, *, bead: int | None = None,
                side: str | None = None, undoes: int | None = None,
                redoes: int | None = None, message: str = "") -> Snapshot:
        record = Record(version + 1, self.clock(), op, change, bead, side, undoes, redoes)
        try:
            self.store.commit(record, version)
        except SaveError as exc:
            if exc.logged:  # made all the same: undo must know it
                self._follow_log()
            raise
        self._follow_log()
        return self.snapshot(message or f"{op}: saved")

    def _follow_log(self) -> None:
        records = self.store.records()
        self._by_version = {r.version: r for r in records}
        self._undo, self._redo = history(records)


def _undid(op: str, redone: bool) -> str:
    return f"undid the redo of {op}" if redone else f"undid {op}"


def realign_change(before: Alignment, after: Alignment) -> Change:
    """The smallest run of beads that differs between two alignments of the same pair:
    in their sentences or review, not in their scores alone (a realigning that moves no
    sentence changes nothing, whatever it makes of the confidences)."""
    a, b = before.beads, after.beads
    lo = 0
    while lo < min(len(a), len(b)) and _same(a[lo], b[lo]):
        lo += 1
    hi = 0
    while hi < min(len(a), len(b)) - lo and _same(a[-1 - hi], b[-1 - hi]):
        hi += 1
    return Change(lo, a[lo:len(a) - hi], b[lo:len(b) - hi])


def _same(x: Bead, y: Bead) -> bool:
    return (x.src, x.tgt, x.review) == (y.src, y.tgt, y.review)
