"""What follows a side's sentences when an edit changes their texts: their formatting
and a memory's inline codes (offsets into the old text, left out) and their subtitle cues
(cut to the new text) -- for :func:`aligner.editor.edits.apply_change` and for ``aligner
batch`` carrying a review over (:mod:`aligner.collection.carry`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from aligner.model import SubtitleCue

_Look = TypeVar("_Look")


class TextChange(Protocol):
    """A sentence's text changed (:class:`aligner.editor.edits.TextChange`)."""

    @property
    def side(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def before(self) -> str: ...
    @property
    def after(self) -> str: ...


def unformatted(formatting: tuple[tuple[_Look, ...], ...], texts: Sequence[TextChange],
                 side: str) -> tuple[tuple[_Look, ...], ...]:
    """A side's formatting (or a memory's inline codes) with that of each sentence whose
    text changed left out: its spans were offsets into the old text (bold would land on
    other characters, or past the end).  Undo gives the text back, not its formatting."""
    changed = {t.index for t in texts if t.side == side and t.before != t.after}
    if not changed or not formatting:
        return formatting
    return tuple(() if i in changed else spans for i, spans in enumerate(formatting))


def cues_cut(cues: tuple[tuple[SubtitleCue, ...], ...], sentences: tuple[str, ...]
              ) -> tuple[tuple[SubtitleCue, ...], ...]:
    """A side's subtitle cues with their spans cut to the sentences' texts, which an edit
    may have shortened: a cue is the file's (its number and times stay, and so does the
    sentence it starts in), only where its text lies in the sentence was an offset into
    the old text."""
    if not cues:
        return cues
    return tuple(tuple(c if c.span[1] <= len(text) else replace(
        c, span=(min(c.span[0], len(text)), len(text))) for c in mine)
        for mine, text in zip(cues, sentences, strict=False))
