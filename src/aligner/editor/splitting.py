"""A sentence the segmenter left glued, split in two by a reviewer (and its undo, a join);
two sentences it split wrongly, joined by a reviewer (:func:`join_in_bead`; its undo, a split).

``Llegó en 1973. El golpe...`` read as one sentence (a missed boundary, a
subtitle caption glued to speech) is split at a character offset chosen on the
page: the text before it, its trailing whitespace left out, is the first part;
the text after it, its leading whitespace left out, the second.  The whitespace
between the two belongs to neither, as the segmenter leaves the whitespace
between any two sentences out of both (:class:`~aligner.model.Segment` spans are
trimmed): ``text[:cut]`` + ``text[cut:resume]`` + ``text[resume:]`` is the
sentence, so nothing is lost, and a collection's sentence offsets of the two
parts are ``[start, start + cut)`` and ``[start + resume, end)``.

Refused (:class:`~aligner.editor.edits.EditError`, nothing changes): an offset at
the start or the end of the sentence, or one that leaves only whitespace on a
side; and one inside a word -- a letter or digit on both sides of the point with
no whitespace between (``gol|pe``): no segmenter puts a boundary there.  A point
after punctuation with no space (``1973.|El``) is allowed.

:class:`SentenceSplit` is what the edit log keeps: the side, the sentence, its
whole text and the two offsets, so that the join (its inverse, ``join=True``)
gives the very text back.  The sentence's other side-data follow: its character
formatting (a span crossing the point is cut into one closed span in each part;
a join makes one again of a span ending the first part and one of the same style
starting the second), a memory's inline codes (by offset: a code in the
whitespace goes with the part it opens or closes), its subtitle cues (a cue
belongs to the part its text starts in, its end cut at that part's end; the split
keeps the cut ends, ``cue_ends``, so that the join gives them back), and the
paragraph and region starts after it move by one.  The split part stays in the
bead that held the sentence, which gets one more sentence on that side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from aligner.model import (
    OMITTED_MEMBERS,
    Alignment,
    Bead,
    Formatting,
    InlineCode,
    Side,
    SubtitleCue,
    TagKind,
)

_Item = TypeVar("_Item")


class SplitRefused(ValueError):
    """A split point that makes no sense (the message says why)."""


@dataclass(frozen=True, slots=True)
class SentenceSplit:
    """Sentence ``index`` of ``side`` (``"src"``/``"tgt"``), of text ``text``, made two:
    ``text[:cut]`` and ``text[resume:]``; ``join``: the inverse, sentences ``index`` and
    ``index + 1`` (those two parts) made ``text`` again.  ``cue_ends``: (cue index, span
    end) of each subtitle cue the split cut at the first part's end.  ``segmenter``: the
    boundary is the segmenter's, not a reviewer's (a reviewer's join of two sentences,
    and its undo): a collection marks no split there."""

    side: str
    index: int
    text: str
    cut: int
    resume: int
    join: bool = False
    cue_ends: tuple[tuple[int, int], ...] = ()
    segmenter: bool = False

    def inverse(self) -> SentenceSplit:
        return replace(self, join=not self.join)

    @property
    def parts(self) -> tuple[str, str]:
        return self.text[:self.cut], self.text[self.resume:]

    @property
    def delta(self) -> int:
        """How many sentences the side gains (1) or loses (-1)."""
        return -1 if self.join else 1


def split_point(text: str, at: int) -> tuple[int, int]:
    """(cut, resume) of a split of ``text`` at offset ``at`` (see the module docstring);
    :class:`SplitRefused` for a point that makes no sense."""
    if not 0 < at < len(text):
        raise SplitRefused(f"offset {at} is not inside the sentence (1 to {len(text) - 1}): "
                           "a split leaves text on both sides")
    first, rest = text[:at].rstrip(), text[at:].lstrip()
    if not first or not rest:
        raise SplitRefused(f"a split at offset {at} leaves only whitespace on one side")
    cut, resume = len(first), len(text) - len(rest)
    if cut == resume and text[cut - 1].isalnum() and text[cut].isalnum():
        start, end = cut, cut
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        word = text[start:end]
        raise SplitRefused(f"offset {at} is inside the word {word!r}: split between two "
                           "words or after punctuation")
    return cut, resume


def split_in_bead(alignment: Alignment, k: int, side: Side, sentence: int | None,
                  at: int | None) -> tuple[Bead, SentenceSplit]:
    """Bead ``k`` with its ``side`` sentence ``sentence`` split at offset ``at``, and the
    split; :class:`SplitRefused` for a sentence not in the bead or a point that makes no
    sense.  The bead keeps its score and signals (a sentence an omission check flagged
    is flagged in both its parts)."""
    bead = alignment.beads[k]
    key = "src" if side is Side.SOURCE else "tgt"
    indices: tuple[int, ...] = getattr(bead, key)
    if sentence is None or sentence not in indices:
        raise SplitRefused(f"sentence {sentence} is not a {side.value} sentence of bead {k} "
                           f"(its {side.value} sentences: {', '.join(map(str, indices))})")
    if at is None:
        raise SplitRefused("split-sentence needs the offset to split the sentence at")
    text: str = getattr(alignment, f"{key}_sentences")[sentence]
    try:
        cut, resume = split_point(text, at)
    except SplitRefused as exc:
        raise SplitRefused(f"{side.value} sentence {sentence}: {exc}") from None
    split = SentenceSplit(key, sentence, text, cut, resume, cue_ends=cut_cue_ends(
        getattr(alignment, f"{key}_cues"), sentence, cut))
    (after,) = split_beads((bead,), split)
    if key == "src" and OMITTED_MEMBERS in bead.signals:
        # the mask's bits are places in the bead's source: both parts get the sentence's
        p, mask = indices.index(sentence), int(bead.signals[OMITTED_MEMBERS])
        low = mask & ((1 << (p + 1)) - 1)
        bits = low | (mask >> p & 1) << (p + 1) | (mask >> (p + 1)) << (p + 2)
        after = replace(after, signals={**bead.signals, OMITTED_MEMBERS: float(bits)})
    return after, split


#: What a join must give back exactly when it is undone (split again), on its side.
_SIDE_DATA = ("sentences", "formatting", "codes", "cues", "paragraph_starts", "regions",
              "paragraphs", "parts")


def join_in_bead(alignment: Alignment, k: int, side: Side, sentence: int | None
                 ) -> tuple[Bead, SentenceSplit]:
    """Bead ``k`` with its ``side`` sentences ``sentence`` and ``sentence + 1`` made one
    (two sentences the segmenter split wrongly: ``M.`` | ``Le Bihan ...``), and the join:
    the texts joined by the language's separator (a space; none for Chinese or
    Japanese), which its undo, a split, takes out again.  :class:`SplitRefused` for
    sentences not both in the bead, of two paragraphs or note regions, or whose
    codes or cues a split would not give back as they are."""
    bead = alignment.beads[k]
    key = "src" if side is Side.SOURCE else "tgt"
    indices: tuple[int, ...] = getattr(bead, key)
    if sentence is None or sentence not in indices or sentence + 1 not in indices:
        raise SplitRefused(f"{side.value} sentences {sentence} and "
                           f"{'?' if sentence is None else sentence + 1} are not both in "
                           f"bead {k} (its {side.value} sentences: "
                           f"{', '.join(map(str, indices))})")
    sentences: tuple[str, ...] = getattr(alignment, f"{key}_sentences")
    first, second = sentences[sentence], sentences[sentence + 1]
    starts = (getattr(alignment, f"{key}_paragraph_starts"), getattr(alignment, f"{key}_regions"))
    data = [v for name in ("paragraphs", "parts")
            if len(v := getattr(alignment, f"{key}_{name}")) == len(sentences)]
    if any(sentence + 1 in it for it in starts) or any(
            v[sentence] != v[sentence + 1] for v in data):
        raise SplitRefused(f"{side.value} sentence {sentence + 1} starts another paragraph "
                           "(or note, or part): only sentences of one paragraph are joined")
    from aligner.lang import get_profile

    gap = get_profile(getattr(alignment, f"{key}_lang")).sentence_separator
    join = SentenceSplit(key, sentence, first + gap + second, len(first),
                         len(first) + len(gap), join=True, segmenter=True)
    joined = apply_split(alignment, join)
    back = apply_split(joined, join.inverse())
    if any(getattr(back, f"{key}_{name}") != getattr(alignment, f"{key}_{name}")
           for name in _SIDE_DATA):
        raise SplitRefused(f"{side.value} sentences {sentence} and {sentence + 1} hold inline "
                           "codes or subtitle cues that a join would mix: not joined")
    (after,) = split_beads((bead,), join)
    if key == "src" and OMITTED_MEMBERS in bead.signals:
        # the mask's bits are places in the bead's source: the sentence is either part's
        p, mask = indices.index(sentence), int(bead.signals[OMITTED_MEMBERS])
        both = (mask >> p | mask >> (p + 1)) & 1
        bits = mask & ((1 << p) - 1) | both << p | (mask >> (p + 2)) << (p + 1)
        after = replace(after, signals={**bead.signals, OMITTED_MEMBERS: float(bits)})
    return after, join


def split_beads(beads: Sequence[Bead], s: SentenceSplit) -> tuple[Bead, ...]:
    """Every bead renumbered for ``s``; the bead holding the sentence holds both parts
    (a join: the bead holding both parts holds the sentence)."""
    out = []
    for bead in beads:
        mine: tuple[int, ...] = getattr(bead, s.side)
        if not mine or mine[-1] < s.index:
            out.append(bead)
            continue
        if s.join:
            if (s.index in mine) != (s.index + 1 in mine):
                raise SplitRefused(f"{s.side} sentences {s.index} and {s.index + 1} are "
                                   "not in one bead: they cannot be joined")
            now = tuple(i - 1 if i > s.index else i for i in mine if i != s.index + 1)
        else:
            now = tuple(j for i in mine for j in ((i, i + 1) if i == s.index
                                                  else (i + 1 if i > s.index else i,)))
        changed: dict[str, Any] = {s.side: now}
        out.append(replace(bead, **changed))
    return tuple(out)


def apply_split(alignment: Alignment, s: SentenceSplit) -> Alignment:
    """``alignment``'s sentences of ``s.side`` with ``s`` made -- the texts, formatting,
    codes, cues, paragraph and region starts, paragraph numbers and parts (a heading's,
    a footnote's); not its beads (:func:`split_beads`); :class:`SplitRefused` when the
    sentences are not what ``s`` says."""
    side = s.side
    sentences: tuple[str, ...] = getattr(alignment, f"{side}_sentences")
    first, second = s.parts
    if s.join:
        here = sentences[s.index:s.index + 2]
        if tuple(here) != (first, second):
            raise SplitRefused(f"{side} sentences {s.index} and {s.index + 1} are not the "
                               "parts of the split to join")
    elif not 0 <= s.index < len(sentences) or sentences[s.index] != s.text:
        raise SplitRefused(f"{side} sentence {s.index} is not the sentence to split")
    looks = _each(getattr(alignment, f"{side}_formatting"), s, _split_looks, _join_looks)
    codes = _each(getattr(alignment, f"{side}_codes"), s, _split_codes, _join_codes)
    cues = _each(getattr(alignment, f"{side}_cues"), s, _split_cues, _join_cues)
    starts: frozenset[int] = getattr(alignment, f"{side}_paragraph_starts")
    regions: tuple[int, ...] = getattr(alignment, f"{side}_regions")
    changed: dict[str, Any] = {
        # both parts of a split are in the sentence's paragraph and part; a join keeps
        # the first one's (data of other sentences than these is dropped)
        **{f"{side}_{k}": _spliced(v, s, (v[s.index],) * 2, (v[s.index],))
           if len(v) == len(sentences) else ()
           for k in ("paragraphs", "parts") if (v := getattr(alignment, f"{side}_{k}"))},
        f"{side}_sentences": _spliced(sentences, s, (first, second), (s.text,)),
        f"{side}_formatting": looks, f"{side}_codes": codes, f"{side}_cues": cues,
        f"{side}_paragraph_starts": frozenset(_moved(starts, s)),
        f"{side}_regions": tuple(_moved(regions, s))}
    return replace(alignment, **changed)


def _moved(indices: Sequence[int] | frozenset[int], s: SentenceSplit) -> list[int]:
    """Sentence indices (paragraph or region starts) renumbered for ``s``: none is the
    second part of a split sentence."""
    if s.join:
        return [i - 1 if i > s.index + 1 else i for i in indices if i != s.index + 1]
    return [i + 1 if i > s.index else i for i in indices]


def _spliced(items: Sequence[_Item], s: SentenceSplit, parts: tuple[_Item, _Item],
             whole: tuple[_Item]) -> tuple[_Item, ...]:
    if s.join:
        return (*items[:s.index], *whole, *items[s.index + 2:])
    return (*items[:s.index], *parts, *items[s.index + 1:])


def _each(per_sentence: tuple[tuple[_Item, ...], ...], s: SentenceSplit,
          split: Callable[[tuple[_Item, ...], SentenceSplit],
                          tuple[tuple[_Item, ...], tuple[_Item, ...]]],
          join: Callable[[tuple[_Item, ...], tuple[_Item, ...], SentenceSplit],
                         tuple[_Item, ...]]) -> tuple[tuple[_Item, ...], ...]:
    """A side's per-sentence data (formatting, codes, cues; ``()`` for none) with the
    sentence's split by ``split``, or the two parts' joined by ``join``."""
    if not per_sentence:
        return per_sentence
    if s.join:
        whole = join(per_sentence[s.index], per_sentence[s.index + 1], s)
        return _spliced(per_sentence, s, ((), ()), (whole,))
    return _spliced(per_sentence, s, split(per_sentence[s.index], s), ((),))


def _split_looks(spans: tuple[Formatting, ...], s: SentenceSplit
                 ) -> tuple[tuple[Formatting, ...], tuple[Formatting, ...]]:
    first, second = [], []
    for f in spans:
        if min(f.start, s.cut) < min(f.end, s.cut):
            first.append(f.moved(min(f.start, s.cut), min(f.end, s.cut)))
        a, b = max(f.start, s.resume) - s.resume, max(f.end, s.resume) - s.resume
        if a < b:
            second.append(f.moved(a, b))
    return tuple(first), tuple(second)


def _join_looks(first: tuple[Formatting, ...], second: tuple[Formatting, ...],
                s: SentenceSplit) -> tuple[Formatting, ...]:
    out = list(first)
    # a span the split cut in two: it ended the first part, one of its style began the second
    open_at = {(f.style, f.href): k for k, f in enumerate(out) if f.end == s.cut}
    for f in second:
        k = open_at.pop((f.style, f.href), None) if f.start == 0 else None
        if k is not None:
            out[k] = out[k].moved(out[k].start, f.end + s.resume)
        else:
            out.append(f.moved(f.start + s.resume, f.end + s.resume))
    return tuple(out)


def _split_codes(codes: tuple[InlineCode, ...], s: SentenceSplit
                 ) -> tuple[tuple[InlineCode, ...], tuple[InlineCode, ...]]:
    first, second = [], []
    for c in codes:
        if c.offset < s.cut or (c.offset <= s.resume and c.kind is not TagKind.OPEN):
            first.append(replace(c, offset=min(c.offset, s.cut)))
        else:
            second.append(replace(c, offset=max(c.offset - s.resume, 0)))
    return tuple(first), tuple(second)


def _join_codes(first: tuple[InlineCode, ...], second: tuple[InlineCode, ...],
                s: SentenceSplit) -> tuple[InlineCode, ...]:
    return (*first, *(replace(c, offset=c.offset + s.resume) for c in second))


def _split_cues(cues: tuple[SubtitleCue, ...], s: SentenceSplit
                ) -> tuple[tuple[SubtitleCue, ...], tuple[SubtitleCue, ...]]:
    first, second = [], []
    for c in cues:
        a, b = c.span
        if a < s.cut:
            first.append(c if b <= s.cut else replace(c, span=(a, s.cut)))
        else:
            a = max(a - s.resume, 0)
            second.append(replace(c, span=(a, max(b - s.resume, a))))
    return tuple(first), tuple(second)


def cut_cue_ends(cues: tuple[tuple[SubtitleCue, ...], ...], index: int,
                 cut: int) -> tuple[tuple[int, int], ...]:
    """(cue index, span end) of the cues of sentence ``index`` a split at ``cut`` cuts."""
    if not cues:
        return ()
    return tuple((c.index, c.span[1]) for c in cues[index] if c.span[0] < cut < c.span[1])


def _join_cues(first: tuple[SubtitleCue, ...], second: tuple[SubtitleCue, ...],
               s: SentenceSplit) -> tuple[SubtitleCue, ...]:
    ends = dict(s.cue_ends)
    out = [replace(c, span=(c.span[0], ends[c.index])) if c.index in ends
           and c.span[1] == s.cut else c for c in first]
    out += [replace(c, span=(c.span[0] + s.resume, c.span[1] + s.resume)) for c in second]
    return tuple(out)
