"""Subtitle checks: the timing and layout of the cues of a SubRip or WebVTT side.

They run on each side that is a subtitle file (its units carry cues:
:attr:`~aligner.check.units.Unit.src_cues`), the target's and the source's alike, and
say nothing of any other input. A finding on the source is info whatever the code's
severity: the translator cannot edit the source, but a fault in it (a line too long,
an overlap a translation made on it copies) is worth knowing. A finding is attached to
the unit that holds the cue (the unit whose sentence the cue's text starts in) and
names the side, the cue (its number as written, or ``#12``, its place in the file) and
its start.

The limits (:class:`~aligner.check.base.SubtitleLimits`) follow the conventions of
published subtitle style guides, as docs/checks.md says with their sources: about 17
characters a second for adults, 42 characters a line, two lines, a cue shown from
5/6 of a second to 7 seconds -- each side's language may set its own characters a
second and a line (:meth:`~aligner.check.base.SubtitleLimits.for_side`: Chinese 9 and
16).  A cue's reading speed is the characters of its lines
as shown (spaces and punctuation count, the line break does not) over the seconds
it is shown.

The cue counts of the two sides are compared once (``subtitle-cue-count``, info): a
translation made on a template keeps the source's cues, so a difference is a cue
merged, split or left out.  The finding points to a cue left out where it can: the
first cue of the side with more shown while no cue of the other side is (a merge
covers the time of both cues it merged) -- unless more cues are so than the
difference in count, when the two files are timed apart; else to the first unit that
holds more cues on one side than on the other.

The two sides' times and texts are compared cue by cue too: a target cue shifted from
its source cue and files timed apart throughout (:mod:`aligner.check.subtitle_timing`),
and two cues whose texts match crosswise (:mod:`aligner.check.cue_order`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from aligner.check.base import Context, SubtitleLimits
from aligner.check.cue_order import check_cue_order
from aligner.check.subtitle_timing import check_timing, document_timings
from aligner.model import Finding, Severity, Side, SubtitleCue, timecode
from aligner.textutil import count


def check_subtitles(ctx: Context) -> Iterator[Finding]:
    totals = {Side.SOURCE: 0, Side.TARGET: 0}
    for side in (Side.TARGET, Side.SOURCE):
        target = side is Side.TARGET
        limits = ctx.options.subtitle_limits.for_side(
            ctx.tgt_lang if target else ctx.src_lang, target=target)
        previous: SubtitleCue | None = None
        for u, unit in enumerate(ctx.units):
            for cue in unit.tgt_cues if target else unit.src_cues:
                totals[side] += 1
                for code, message in _problems(cue, previous, limits):
                    # the source is not the translator's to edit: what is wrong with
                    # it is worth knowing, at info
                    severity = ctx.severity(code) if target else Severity.INFO
                    yield Finding(code, severity, u,
                                  f"{side.value} cue {cue.name} ({cue.timecode}): {message}")
                previous = cue
    src, tgt = totals[Side.SOURCE], totals[Side.TARGET]
    if src and tgt and src != tgt:
        counts = f"the target has {count(tgt, 'cue')}, the source {src:,}"
        alone = _alone(ctx, Side.SOURCE if src > tgt else Side.TARGET, abs(src - tgt))
        if alone is None:
            yield Finding("subtitle-cue-count", ctx.severity("subtitle-cue-count"),
                          _first_apart(ctx), f"{counts}: a cue merged, split or left out "
                                             "(this is the first unit with more cues on one "
                                             "side)")
        else:
            u, side, cue = alone
            other = Side.TARGET if side is Side.SOURCE else Side.SOURCE
            yield Finding("subtitle-cue-count", ctx.severity("subtitle-cue-count"), u,
                          f"{counts}: {side.value} cue {cue.name} ({cue.timecode}) has no "
                          f"{other.value} cue shown at its time -- left out? (other "
                          "differences are cues merged or split)")
    if src and tgt:
        timings = document_timings(ctx)  # each document's timing, fitted once for both
        yield from check_timing(ctx, timings)
        yield from check_cue_order(ctx, timings)


def _alone(ctx: Context, side: Side, excess: int
           ) -> tuple[int, Side, SubtitleCue] | None:
    """The first cue of ``side`` (the side with ``excess`` cues more) shown while no cue
    of the other side is, with its unit: where a translation made on the source's
    timings left a cue out.  None when there is none, or more than ``excess`` (the two
    sides are timed apart: a lone cue tells nothing)."""
    mine = [(u, cue) for u, unit in enumerate(ctx.units)
            for cue in (unit.src_cues if side is Side.SOURCE else unit.tgt_cues)]
    shown = sorted((c.start, c.end) for unit in ctx.units
                   for c in (unit.tgt_cues if side is Side.SOURCE else unit.src_cues))
    spans: list[list[float]] = []  # the other side's time on screen, merged
    for start, end in shown:
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    starts = [a for a, _ in spans]
    lone = []
    for u, cue in mine:
        k = bisect_right(starts, cue.start) - 1  # the last span starting at or before it
        covered = (k >= 0 and spans[k][1] > cue.start) or (
            k + 1 < len(spans) and spans[k + 1][0] < cue.end)
        if not covered:
            lone.append((u, side, cue))
    return lone[0] if 0 < len(lone) <= excess else None


def _problems(cue: SubtitleCue, previous: SubtitleCue | None, limits: SubtitleLimits
              ) -> Iterator[tuple[str, str]]:
    """The codes and messages of what is wrong with ``cue`` (after ``previous``)."""
    if previous is not None and cue.start < previous.start:
        yield ("subtitle-overlap",
               f"starts before cue {previous.name} ({previous.timecode}): out of order")
    elif previous is not None and cue.start < previous.end:
        yield ("subtitle-overlap",
               f"starts {previous.end - cue.start:.3f} s before cue {previous.name} ends "
               f"({timecode(previous.end, previous.clock)})")
    duration = cue.end - cue.start
    if duration <= 0:
        yield ("subtitle-end-before-start",
               f"ends at {timecode(cue.end, cue.clock)}, " + ("before it starts" if duration < 0
                                                 else "when it starts"))
        return  # no duration: no reading speed, nor a length of time to judge
    chars = sum(len(line) for line in cue.lines)
    if chars and chars / duration > limits.max_cps:
        yield ("subtitle-reading-speed",
               f"{chars} characters in {duration:.2f} s: {chars / duration:.1f} characters a "
               f"second (limit {limits.max_cps:g})")
    if duration < limits.min_duration:
        yield ("subtitle-duration",
               f"shown {duration:.2f} s, less than {limits.min_duration:.2f} s")
    elif duration > limits.max_duration:
        yield ("subtitle-duration",
               f"shown {duration:.2f} s, more than {limits.max_duration:g} s")
    for n, line in enumerate(cue.lines, 1):
        if len(line) > limits.max_line:
            yield ("subtitle-line-length",
                   f"line {n} has {len(line)} characters (limit {limits.max_line}): "
                   f"{line!r}")
    shown = [line for line in cue.lines if line]
    if len(shown) > limits.max_lines:
        yield ("subtitle-line-count",
               f"{len(shown)} lines (limit {limits.max_lines})")


def _first_apart(ctx: Context) -> int:
    """The first unit that holds more cues on one side than on the other (unit 0 when
    none does): where a cue was merged, split or left out."""
    for u, unit in enumerate(ctx.units):
        if len(unit.src_cues) != len(unit.tgt_cues):
            return u
    return 0
