"""Subtitle checks: the timing and layout of the cues of a SubRip or WebVTT side.

They run on each side that is a subtitle file (its units carry cues:
:attr:`~aligner.check.units.Unit.src_cues`), the target's and the source's alike,
and say nothing of any other input.  A finding is attached to the unit that holds
the cue (the unit whose sentence the cue's text starts in) and names the side, the
cue (its number as written, or ``#12``, its place in the file) and its start.

The limits (:class:`~aligner.check.base.SubtitleLimits`) follow the conventions of
published subtitle style guides, as docs/checks.md says with their sources: about 17
characters a second for adults, 42 characters a line, two lines, a cue shown from
5/6 of a second to 7 seconds.  A cue's reading speed is the characters of its lines
as shown (spaces and punctuation count, the line break does not) over the seconds
it is shown.

The cue counts of the two sides are compared once (``subtitle-cue-count``, info): a
translation made on a template keeps the source's cues, so a difference is a cue
merged, split or left out -- which the finding points to by the first unit that
holds more cues on one side than on the other.

The two sides' times and texts are compared cue by cue too: a target cue shifted from
its source cue and files timed apart throughout (:mod:`aligner.check.subtitle_timing`),
and two cues whose texts match crosswise (:mod:`aligner.check.cue_order`).
"""

from __future__ import annotations

from collections.abc import Iterator

from aligner.check.base import Context, SubtitleLimits
from aligner.check.cue_order import check_cue_order
from aligner.check.subtitle_timing import check_timing
from aligner.model import Finding, Side, SubtitleCue, timecode
from aligner.textutil import count


def check_subtitles(ctx: Context) -> Iterator[Finding]:
    limits = ctx.options.subtitle_limits
    totals = {Side.SOURCE: 0, Side.TARGET: 0}
    for side in (Side.TARGET, Side.SOURCE):
        previous: SubtitleCue | None = None
        for u, unit in enumerate(ctx.units):
            for cue in unit.tgt_cues if side is Side.TARGET else unit.src_cues:
                totals[side] += 1
                for code, message in _problems(cue, previous, limits):
                    yield Finding(code, ctx.severity(code), u,
                                  f"{side.value} cue {cue.name} ({cue.timecode}): {message}")
                previous = cue
    src, tgt = totals[Side.SOURCE], totals[Side.TARGET]
    if src and tgt and src != tgt:
        yield Finding("subtitle-cue-count", ctx.severity("subtitle-cue-count"),
                      _first_apart(ctx),
                      f"the target has {count(tgt, 'cue')}, the source {src:,}: a cue merged, "
                      "split or left out (this is the first unit with more cues on one side)")
    if src and tgt:
        yield from check_timing(ctx)
        yield from check_cue_order(ctx)


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
