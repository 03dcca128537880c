"""subtitle-cue-order: two target cues timed as two source cues whose texts match them
crosswise -- the sign of cue texts in another order.

The aligner keeps sentences in order, so two target cues whose texts were swapped come
out as one bead of both (a 2-2 unit) and nothing else shows it.  A unit is looked at
when its cues pair one to one by time, cue by cue (start and end within
:data:`~aligner.check.subtitle_timing.SAME_TIME`, after the files' own offset or rate,
:mod:`aligner.check.subtitle_timing`) and every cue of it is whole sentences on both
sides: each cue starts a sentence, the unit's first sentence starts its first cue and
its last cue ends in it.  Only then is a cue's text a thing of its own, to be compared
with the other side's cue of the same time: where a sentence runs over two cues, a
translation moves its words from one cue to the other as its word order asks (a number
at the end of the source's first line, at the start of the target's second), which is
no error.

For each two cues of such a unit, the things the two texts share -- the checks'
evidence, not the aligner's -- are counted for the pairing by time and for the crossed
one: numbers (digits and number words, each side read as ``number-mismatch`` reads it),
glossary terms (a source term and an approved rendering of it) and words written alike
on both sides with a capital (names).  The crossed pairing is reported when it shares
something and the pairing by time nothing.  Lengths decide alone when the texts share
nothing: when both cues paired by time are far from the document's usual length ratio
(as ``length-ratio`` measures it, by a factor of 1.6 at least) and both crossed
ones are not; and they stop a finding when the crossed pairing fits them worse than
the pairing by time.  Two cues with nothing to tell them apart are not reported.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterator, Sequence
from functools import cache

from aligner.check.base import Context
from aligner.check.number_table import number_words
from aligner.check.numbers import extract_numbers
from aligner.check.spelled_numbers import WordReader
from aligner.check.subtitle_timing import SAME_TIME, DocumentTiming, Timing
from aligner.check.term_index import TermIndex, term_index
from aligner.check.units import Unit
from aligner.lang import STOPWORDS_DATA, get_profile
from aligner.model import Finding, SubtitleCue

_LENGTH_FACTOR = math.log(1.6)  # as length-ratio: translations vary by a third or so
_NAME = re.compile(r"\b[^\W\d_][^\W\d_'’-]{2,}\b")


def check_cue_order(ctx: Context, timings: Sequence[DocumentTiming]) -> Iterator[Finding]:
    """``subtitle-cue-order`` of each document, with its timing (``timings``:
    :func:`~aligner.check.subtitle_timing.document_timings`)."""
    index = (term_index(ctx.glossary, src_lang=ctx.src_lang, tgt_lang=ctx.tgt_lang)
             if ctx.glossary is not None and ctx.glossary.entries else None)
    for doc in timings:
        units, timing = doc.units, doc.timing
        usual: float | None = None
        judged = False
        for n, u in enumerate(units):
            unit = ctx.units[u]
            if len(unit.src_cues) < 2 or len(unit.src_cues) != len(unit.tgt_cues):
                continue
            if not judged:
                usual, judged = _usual_ratio(ctx, units), True
            if not (_timed_alike(unit, timing) and _whole_cues(ctx, unit, units, n)):
                continue
            yield from _crossed(ctx, u, unit, index, usual)


def _timed_alike(unit: Unit, timing: Timing | None) -> bool:
    at = timing if timing is not None else (lambda seconds: seconds)
    return all(abs(t.start - at(s.start)) <= SAME_TIME and abs(t.end - at(s.end)) <= SAME_TIME
               for s, t in zip(unit.src_cues, unit.tgt_cues, strict=True))


def _whole_cues(ctx: Context, unit: Unit, units: Sequence[int], n: int) -> bool:
    """Whether every cue of ``unit`` (``units[n]``, ``units`` those of its document) is
    whole sentences of it, on both sides."""
    if unit.cue_at is None:
        return False
    for side, cues in enumerate((unit.src_cues, unit.tgt_cues)):
        if unit.cue_at[side] != cues[0] or any(c.span[0] for c in cues):
            return False
        after = next((at[side] for k in range(n + 1, len(units))
                      if (at := ctx.units[units[k]].cue_at) is not None
                      and at[side] is not None), None)
        if after == cues[-1]:
            return False  # the last cue goes on into the next unit
    return True


def _text(cue: SubtitleCue) -> str:
    return " ".join(line for line in cue.lines if line)


@cache
def _reader(lang: str) -> WordReader | None:
    table = number_words(lang)
    return None if table.han else WordReader.of(table.words, table.lists, table.teen_units)


def _numbers(text: str, lang: str) -> set[str]:
    reader = _reader(lang)
    words = {str(n) for n in reader.numbers(text)} if reader is not None else set()
    return {v for v, _, _ in extract_numbers(text, lang)} | words


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


def _names(text: str, lang: str) -> set[str]:
    return {w for w in _NAME.findall(text) if w[0].isupper() and
            w.lower() not in _function_words(lang)}


def _terms(index: TermIndex | None, source: str, target: str) -> list[str]:
    """The glossary terms of ``source`` with an approved rendering in ``target``."""
    if index is None:
        return []
    found = {t for h in index.tgt_matcher.find(target, overlapping=True) for t in h.terms}
    return [f"'{index.sources[s]}'" for h in index.src_matcher.find(source) for s in h.terms
            if found.intersection(index.approved[s])]


def _shared(ctx: Context, index: TermIndex | None, src: SubtitleCue, tgt: SubtitleCue
            ) -> list[str]:
    """What the texts of ``src`` and ``tgt`` share: numbers, glossary terms, names."""
    source, target = _text(src), _text(tgt)
    numbers = _numbers(source, ctx.src_lang) & _numbers(target, ctx.tgt_lang)
    names = _names(source, ctx.src_lang) & _names(target, ctx.tgt_lang)
    return sorted(numbers) + _terms(index, source, target) + sorted(names)


def _usual_ratio(ctx: Context, units: list[int]) -> float | None:
    """The median log length ratio of the document's units (as ``length-ratio``)."""
    least = ctx.options.length_ratio_min_chars
    ratios = [math.log(len(t) / len(s)) for u in units
              for s, t in [(ctx.units[u].source.strip(), ctx.units[u].target.strip())]
              if len(s) >= least and t]
    return statistics.median(ratios) if len(ratios) >= 8 else None


def _off(src: SubtitleCue, tgt: SubtitleCue, usual: float) -> bool:
    """Whether the two cues' lengths are far from the document's usual ratio."""
    s, t = len(_text(src)), len(_text(tgt))
    return not s or not t or abs(math.log(t / s) - usual) > _LENGTH_FACTOR


def _crossed(ctx: Context, u: int, unit: Unit, index: TermIndex | None, usual: float | None
             ) -> Iterator[Finding]:
    src, tgt = unit.src_cues, unit.tgt_cues
    reported: set[int] = set()
    for i in range(len(src)):
        for j in range(i + 1, len(src)):
            if i in reported or j in reported:
                continue
            straight = _shared(ctx, index, src[i], tgt[i]) + _shared(ctx, index, src[j], tgt[j])
            if straight:
                continue
            crossed = [(a, b, _shared(ctx, index, src[a], tgt[b])) for a, b in ((i, j), (j, i))]
            lengths = None if usual is None else (
                _off(src[i], tgt[i], usual) + _off(src[j], tgt[j], usual),
                _off(src[i], tgt[j], usual) + _off(src[j], tgt[i], usual))
            if any(shared for _, _, shared in crossed):
                if lengths is not None and lengths[1] > lengths[0]:
                    continue  # the lengths say otherwise
                why = "; ".join(f"source cue {src[a].name} and target cue {tgt[b].name} "
                                f"share {', '.join(shared)}" for a, b, shared in crossed
                                if shared)
            elif lengths == (2, 0):
                why = ("their lengths fit crosswise, not as timed (the document's usual "
                       f"target/source ratio is {math.exp(usual or 0):.2f})")
            else:
                continue
            reported |= {i, j}
            yield Finding(
                "subtitle-cue-order", ctx.severity("subtitle-cue-order"), u,
                f"target cues {tgt[i].name} ({tgt[i].timecode}) and {tgt[j].name} "
                f"({tgt[j].timecode}) are timed as source cues {src[i].name} "
                f"({src[i].timecode}) and {src[j].name} ({src[j].timecode}) but match them "
                f"crosswise ({why}): their texts may be in another order")
