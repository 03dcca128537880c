"""Subtitle timing across the two sides: a target cue shifted from its source cue, and
two files whose times differ throughout.

A unit of two subtitle files *opens* a cue on each side when its first sentence starts
the side's first cue in it (:func:`opening_cues`); such a unit begins on screen at the
same moment on both sides in a translation timed on the source's cues, so the starts of
its two opening cues are the pairs this module compares.  Their differences say how the
files are timed:

* most pairs (two thirds) start within :data:`SAME_TIME` of each other: the files are in
  sync, and a pair further apart than ``--subtitle-shift`` (1.5 s) is a shifted target
  cue (``subtitle-cue-shift``) -- unless the target cue starts with another source cue
  (within :data:`SAME_TIME`): a cue merged or left out, which ``subtitle-cue-count``
  points to, starts the target with the next one;
* otherwise, when one straight line ``target = rate * source + offset`` (an offset, a
  frame rate converted) brings most pairs within :data:`SAME_TIME`, one
  ``subtitle-timing`` finding says so, and the shifts are measured from that line;
* otherwise one ``subtitle-timing`` finding says the times differ throughout, and no
  cue is called shifted.

A side is judged on :data:`MIN_PAIRS` pairs at least (fewer say nothing of the files'
timing).  The line's rate is the median slope between pairs half the file apart (a
robust slope, Theil and Sen's, on few slopes) and its offset the median remainder.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from aligner.check.base import Context
from aligner.check.units import Unit
from aligner.model import Finding, SubtitleCue, timecode

#: Two cues start (or end) "at the same time" within this many seconds: a few frames
#: of re-spotting, far less than the shortest cue a guide allows (5/6 s).
SAME_TIME = 0.5
#: Pairs of opening cues needed before the files' timing is judged.
MIN_PAIRS = 8
#: The share of pairs the files' timing must bring within SAME_TIME.
_MOST = 2 / 3
#: Frame-rate conversions a rate may be (a film's 23.976 or 24 fps shown at PAL's 25).
_FRAME_RATES = ((23.976, 25.0), (24.0, 25.0), (23.976, 24.0), (25.0, 29.97), (24.0, 29.97))


@dataclass(frozen=True, slots=True)
class Timing:
    """How target times follow source times in one document: ``target = rate * source +
    offset`` for most cue pairs (``fits`` of ``pairs``)."""

    rate: float
    offset: float
    fits: int
    pairs: int

    def __call__(self, seconds: float) -> float:
        return self.rate * seconds + self.offset

    @property
    def in_sync(self) -> bool:
        return self.rate == 1.0 and self.offset == 0.0


def opening_cues(unit: Unit) -> tuple[SubtitleCue, SubtitleCue] | None:
    """The cue each side's first sentence starts, when on both sides the unit's first
    sentence starts its first cue (else None)."""
    if unit.cue_at is None or not unit.src_cues or not unit.tgt_cues:
        return None
    src, tgt = unit.cue_at
    if src is None or tgt is None or src != unit.src_cues[0] or tgt != unit.tgt_cues[0]:
        return None
    return (src, tgt) if src.span[0] == 0 and tgt.span[0] == 0 else None


def documents(ctx: Context) -> list[list[int]]:
    """The units of each document, in order (one list when one pair is checked)."""
    by_doc: dict[str | None, list[int]] = {}
    for u, unit in enumerate(ctx.units):
        by_doc.setdefault(unit.document, []).append(u)
    return list(by_doc.values())


def fit_timing(pairs: Sequence[tuple[float, float]]) -> Timing | None:
    """The files' timing from the ``(source start, target start)`` pairs: in sync, else
    one straight line, when either brings most pairs within :data:`SAME_TIME`; None
    when there are too few pairs or no line fits."""
    if len(pairs) < MIN_PAIRS:
        return None

    def fits(rate: float, offset: float) -> int:
        return sum(abs(t - (rate * s + offset)) <= SAME_TIME for s, t in pairs)

    n = fits(1.0, 0.0)
    if n >= _MOST * len(pairs):
        return Timing(1.0, 0.0, n, len(pairs))
    ordered = sorted(pairs)
    half = len(ordered) // 2
    slopes = [(ordered[k + half][1] - ordered[k][1]) / (ordered[k + half][0] - ordered[k][0])
              for k in range(len(ordered) - half) if ordered[k + half][0] > ordered[k][0]]
    candidates = [(1.0, statistics.median(t - s for s, t in pairs))]
    if slopes:
        rate = statistics.median(slopes)
        candidates.append((rate, statistics.median(t - rate * s for s, t in pairs)))
    best = max(candidates, key=lambda c: fits(*c))
    n = fits(*best)
    return Timing(best[0], best[1], n, len(pairs)) if n >= _MOST * len(pairs) else None


def opened_pairs(ctx: Context, units: list[int]
                 ) -> list[tuple[int, tuple[SubtitleCue, SubtitleCue]]]:
    """Each of ``units`` that opens a cue on both sides, with the two cues."""
    return [(u, pair) for u in units if (pair := opening_cues(ctx.units[u])) is not None]


@dataclass(frozen=True, slots=True)
class DocumentTiming:
    """One document's units, those that open a cue on both sides (:func:`opened_pairs`)
    and the timing they fit (:func:`fit_timing`): found once, read by this module's
    checks and by :mod:`aligner.check.cue_order`."""

    units: list[int]
    opened: list[tuple[int, tuple[SubtitleCue, SubtitleCue]]]
    timing: Timing | None


def document_timings(ctx: Context) -> list[DocumentTiming]:
    """Each document's :class:`DocumentTiming`, in :func:`documents`' order."""
    found = []
    for units in documents(ctx):
        opened = opened_pairs(ctx, units)
        found.append(DocumentTiming(units, opened, fit_timing(
            [(s.start, t.start) for _, (s, t) in opened])))
    return found


def check_timing(ctx: Context, timings: Sequence[DocumentTiming]) -> Iterator[Finding]:
    """``subtitle-timing`` and ``subtitle-cue-shift`` of each document."""
    for doc in timings:
        units, opened, timing = doc.units, doc.opened, doc.timing
        if len(opened) < MIN_PAIRS:
            continue
        if timing is None:
            near = sum(abs(t.start - s.start) <= SAME_TIME for _, (s, t) in opened)
            yield Finding("subtitle-timing", ctx.severity("subtitle-timing"), opened[0][0],
                          f"the cue times of the two files differ throughout: {near} of "
                          f"{len(opened)} aligned cues start within {SAME_TIME:g} s of each "
                          "other, and no offset or rate brings most together (a target "
                          "spotted anew?); shifted cues are not looked for")
            continue
        if not timing.in_sync:
            yield Finding("subtitle-timing", ctx.severity("subtitle-timing"), opened[0][0],
                          _describe(timing))
        yield from _shifts(ctx, units, opened, timing)


def _describe(timing: Timing) -> str:
    fits = (f"{timing.fits} of {timing.pairs} aligned cues start within {SAME_TIME:g} s of "
            "that")
    if timing.rate == 1.0:
        return (f"the target's cues start {abs(timing.offset):.3f} s "
                f"{'later' if timing.offset > 0 else 'earlier'} than the source's throughout "
                f"({fits}): an offset")
    rates = [f" ({a:g} and {b:g} fps?)" for a, b in _FRAME_RATES
             if min(abs(timing.rate - a / b), abs(timing.rate - b / a)) < 0.0005]
    offset = (f" {'+' if timing.offset > 0 else '-'} {abs(timing.offset):.3f} s"
              if abs(timing.offset) >= 0.0005 else "")
    return (f"the target's times are the source's \u00d7 {timing.rate:.4f}{offset} throughout "
            f"({fits}): a frame rate converted{rates[0] if rates else ''}, or an offset "
            "that grows")


def _shifts(ctx: Context, units: list[int],
            opened: list[tuple[int, tuple[SubtitleCue, SubtitleCue]]], timing: Timing
            ) -> Iterator[Finding]:
    limit = ctx.options.subtitle_limits.max_shift
    starts = sorted(timing(c.start) for u in units for c in ctx.units[u].src_cues)
    for u, (src, tgt) in opened:
        gap = tgt.start - timing(src.start)
        k = bisect_left(starts, tgt.start - SAME_TIME)
        if abs(gap) <= limit or (k < len(starts) and starts[k] <= tgt.start + SAME_TIME):
            continue
        sync, there = "", ""
        if not timing.in_sync:
            sync = " once their timing is allowed for"
            there = f", {timecode(timing(src.start), tgt.clock)} in the target's timing"
        yield Finding("subtitle-cue-shift", ctx.severity("subtitle-cue-shift"), u,
                      f"target cue {tgt.name} ({tgt.timecode}) starts {abs(gap):.3f} s "
                      f"{'after' if gap > 0 else 'before'} source cue {src.name} "
                      f"({src.timecode}{there}), although most cues of the two files start "
                      f"together{sync} "
                      f"({timing.fits} of {timing.pairs} within {SAME_TIME:g} s): shifted?")
