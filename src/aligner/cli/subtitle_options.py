"""The options of the subtitle checks' limits (``aligner check``): each is given for
both sides (``--subtitle-line 42``) or for one (``--subtitle-line tgt:16``), and may be
given for both and for a side (``--subtitle-line 42 --subtitle-line tgt:16``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from aligner.check.base import SubtitleLimits
from aligner.lang.subtitle_limits import languages_with_limits

F = TypeVar("F", bound=Callable[..., Any])

_DEFAULT = SubtitleLimits()


def _by_language(field: str) -> str:
    """The languages' own figures for ``field`` (``; zh 9, ja 4``), for --help."""
    found = [f"{code} {limits[field]:g}" for code, limits in languages_with_limits()]
    return "; " + ", ".join(found) if found else ""


# option name, SubtitleLimits field, whole number, lowest value (and whether it may be
# that value), what it limits, its default shown
_OPTIONS = (
    ("--subtitle-cps", "max_cps", False, 0.0, False,
     "most characters a second a cue may ask to be read",
     f"{_DEFAULT.max_cps:g}" + _by_language("max_cps")),
    ("--subtitle-line", "max_line", True, 1.0, True, "most characters a line of a cue",
     f"{_DEFAULT.max_line}" + _by_language("max_line")),
    ("--subtitle-lines", "max_lines", True, 1.0, True, "most lines a cue",
     f"{_DEFAULT.max_lines}"),
    ("--subtitle-min-duration", "min_duration", False, 0.0, True,
     "shortest time a cue is shown, in seconds", f"{_DEFAULT.min_duration:.3f}"),
    ("--subtitle-max-duration", "max_duration", False, 0.0, False,
     "longest time a cue is shown, in seconds", f"{_DEFAULT.max_duration:g}"),
)
_SIDES = {"src": "source", "source": "source", "tgt": "target", "target": "target"}


def subtitle_options(f: F) -> F:
    """The five limits' options, each repeatable: ``N`` for both sides, ``tgt:N`` or
    ``src:N`` for one side."""
    for name, _field, _whole, _low, _closed, what, default in reversed(_OPTIONS):
        f = click.option(name, multiple=True, metavar="[src:|tgt:]N",
                         help=f"Subtitle files: {what}, for both sides, or with src: or "
                              f"tgt: for one (default {default}).")(f)
    return f


def subtitle_limits(**given: tuple[str, ...]) -> SubtitleLimits:
    """The limits the options say (:class:`~aligner.check.base.SubtitleLimits`); a
    :class:`click.UsageError` for a value that is no number in range, or a shortest
    time longer than the longest."""
    both: dict[str, float] = {}
    sides: dict[str, dict[str, float]] = {"source": {}, "target": {}}
    for name, field, whole, low, closed, _what, _default in _OPTIONS:
        for value in given.get(name.lstrip("-").replace("-", "_"), ()):
            side, sep, number = value.partition(":")
            if not sep:
                side, number = "", value
            elif side.strip().lower() not in _SIDES:
                raise click.UsageError(f"{name} {value!r}: expected N, src:N or tgt:N")
            try:
                amount = float(int(number)) if whole else float(number)
            except ValueError:
                raise click.UsageError(f"{name} {value!r}: {number.strip()!r} is not "
                                       f"{'a whole number' if whole else 'a number'}") from None
            if amount < low or (amount == low and not closed):
                raise click.UsageError(f"{name} {value!r}: must be "
                                       f"{'at least' if closed else 'more than'} {low:g}")
            (sides[_SIDES[side.strip().lower()]] if side else both)[field] = amount
    values: dict[str, Any] = {k: int(v) if k in ("max_line", "max_lines") else v
                              for k, v in both.items()}
    limits = SubtitleLimits(
        **values, given=frozenset(both), source=tuple(sorted(sides["source"].items())),
        target=tuple(sorted(sides["target"].items())))
    for side in ("source", "target"):
        found = limits.for_side("und", target=side == "target")
        if found.min_duration > found.max_duration:
            raise click.UsageError(
                f"--subtitle-min-duration {found.min_duration:g} is more than "
                f"--subtitle-max-duration {found.max_duration:g} (the {side})")
    return limits


__all__ = ["subtitle_limits", "subtitle_options"]
