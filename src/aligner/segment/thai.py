"""Thai sentence ends at spaces: the rule of :mod:`aligner.segment.unmarked` with Thai's
words (``lang/th/spaces.txt``), under the name the rule had before Lao shared it."""

from __future__ import annotations

from collections.abc import Iterable

from aligner.segment.unmarked import THAI, Script, scripts_in
from aligner.segment.unmarked import space_cuts as _space_cuts

__all__ = ["has_thai", "space_cuts"]


def has_thai(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a Thai letter (the rule has nothing to do otherwise)."""
    return THAI in scripts_in(text, start, end)


def space_cuts(text: str, start: int, end: int, cuts: Iterable[int] = (),
               script: Script = THAI) -> list[int]:
    """The offsets in ``text[start:end]`` where a space ends a Thai sentence."""
    return _space_cuts(script, text, start, end, cuts)
