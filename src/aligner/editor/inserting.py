"""A sentence that no file has, inserted on a side: the translation of a source sentence
the target left out, written by a person (``aligner import C.db FILE --into NAME``, a
unit of a corrected export that translates a 1-0 bead), and its undo, which takes the
sentence out again.

The new sentence goes where the bead it is aligned with stands: after the side's last
sentence of the beads before it.  Every sentence from there on moves up by one (the
beads after it are renumbered, as a sentence split renumbers them,
:mod:`aligner.editor.splitting`); paragraph and region starts keep their sentences, so
the new one belongs to the paragraph (and note region) of the sentence before it (a
sentence inserted first, to the first one's), and so does its paragraph number and part.  It
has no formatting, inline codes or subtitle cues: its text is the person's.  Nothing of
any other sentence changes, so a text without spaces between its words (Chinese,
Japanese, Thai) takes one as any other does.

:class:`SentenceInsert` is what the edit log keeps: the side, the index and the text;
its inverse (``remove=True``) takes out the sentence at that index, refused unless it
has that text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from aligner.model import Alignment, Bead

_Item = TypeVar("_Item")


class InsertRefused(ValueError):
    """An insert (or removal) that does not fit the alignment (the message says why)."""


@dataclass(frozen=True, slots=True)
class SentenceInsert:
    """Sentence ``text`` put at ``index`` of ``side`` (``"src"``/``"tgt"``); ``remove``:
    the inverse, the sentence at ``index`` (of that text) taken out."""

    side: str
    index: int
    text: str
    remove: bool = False

    def inverse(self) -> SentenceInsert:
        return replace(self, remove=not self.remove)


def insert_point(beads: Sequence[Bead], k: int, side: str) -> int:
    """Where a sentence of ``side`` given to bead ``k`` goes: after the side's sentences
    of the beads before it."""
    before = [i for bead in beads[:k] for i in getattr(bead, side)]
    return before[-1] + 1 if before else 0


def insert_beads(beads: Sequence[Bead], s: SentenceInsert) -> tuple[Bead, ...]:
    """Every bead renumbered for ``s``: sentences from ``s.index`` on move up by one (a
    removal: down, refused when a bead holds the sentence taken out)."""
    out = []
    for bead in beads:
        mine: tuple[int, ...] = getattr(bead, s.side)
        if s.remove and s.index in mine:
            raise InsertRefused(f"{s.side} sentence {s.index} is in a bead of its own "
                                "alignment: it cannot be taken out")
        if not mine or mine[-1] < s.index:
            out.append(bead)
            continue
        step = -1 if s.remove else 1
        changed: dict[str, Any] = {s.side: tuple(i + step if i >= s.index else i
                                                 for i in mine)}
        out.append(replace(bead, **changed))
    return tuple(out)


def apply_insert(alignment: Alignment, s: SentenceInsert) -> Alignment:
    """``alignment``'s sentences of ``s.side`` with ``s`` made -- the texts, formatting,
    codes, cues, paragraph and region starts, paragraph numbers and parts; not its beads
    (:func:`insert_beads`); :class:`InsertRefused` when the sentences do not fit."""
    side = s.side
    sentences: tuple[str, ...] = getattr(alignment, f"{side}_sentences")
    if s.remove:
        if not 0 <= s.index < len(sentences) or sentences[s.index] != s.text:
            raise InsertRefused(f"{side} sentence {s.index} is not the sentence inserted "
                                "there")
    elif not 0 <= s.index <= len(sentences):
        raise InsertRefused(f"{side} sentence {s.index} is past the end of the side "
                            f"({len(sentences)} sentences)")
    elif not s.text.strip():
        raise InsertRefused("an inserted sentence cannot be empty")
    n = len(sentences)
    changed: dict[str, Any] = {f"{side}_sentences": _spliced(sentences, s, s.text)}
    for name in ("formatting", "codes", "cues"):
        if len(v := getattr(alignment, f"{side}_{name}")) == n:
            changed[f"{side}_{name}"] = _spliced(v, s, ())
    for name in ("paragraphs", "parts"):  # the sentence's own: the one before it's
        if (v := getattr(alignment, f"{side}_{name}")) and len(v) == n:
            changed[f"{side}_{name}"] = _spliced(v, s, v[max(s.index - 1, 0)])
    starts: frozenset[int] = getattr(alignment, f"{side}_paragraph_starts")
    regions: tuple[int, ...] = getattr(alignment, f"{side}_regions")
    changed[f"{side}_paragraph_starts"] = frozenset(_moved(starts, s))
    changed[f"{side}_regions"] = tuple(dict.fromkeys(_moved(regions, s)))
    return replace(alignment, **changed)


def _moved(indices: Sequence[int] | frozenset[int], s: SentenceInsert) -> list[int]:
    """Sentence indices (paragraph or region starts) renumbered for ``s``: a start stays
    on its sentence, which moves up (down when the one before it is taken out) -- but
    the first: a sentence inserted first opens the first paragraph, which the sentence
    after it then continues (a collection tells paragraphs by their number, which the
    new sentence takes from its neighbour)."""
    if s.remove:
        return [i - 1 if i > s.index else i for i in indices]
    return [i + 1 if i >= s.index and i else i for i in indices]


def _spliced(items: Sequence[_Item], s: SentenceInsert, new: _Item) -> tuple[_Item, ...]:
    if s.remove:
        return (*items[:s.index], *items[s.index + 1:])
    return (*items[:s.index], new, *items[s.index:])
