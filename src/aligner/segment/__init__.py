"""Sentence segmentation: a fast text-level splitter and its document wrapper.

:func:`split_spans` works on any region of a string; :func:`segment_document`
runs it block by block, so that no sentence crosses a block (paragraph,
heading, list item, byline line).  The spaCy component in
:mod:`aligner.segment.spacy_component` calls the same function.  Another
splitter of the same shape -- an SRX file's rules for the language
(:class:`aligner.segment.srx.SrxSegmenter`) -- can take its place, block by block.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from aligner.model import Document, Segment, SegmentedDocument
from aligner.segment.core import split_sentences, split_spans
from aligner.segment.rules import AbbrevClass, LanguageRules, rules_for

# (text, start, end) -> trimmed sentence spans of text[start:end]
SpanSplitter = Callable[[str, int, int], list[tuple[int, int]]]


def segment_document(doc: Document, splitter: SpanSplitter | None = None) -> SegmentedDocument:
    """Split every block of ``doc`` into sentences (offsets into ``doc.text``), with
    the built-in rules for ``doc.lang`` or with ``splitter``."""
    segments: list[Segment] = []
    text = doc.text
    # the kept spans' starts, in text order as the readers give them, and the furthest
    # end of those up to each
    starts = [k0 for k0, _ in doc.keep]
    reach = list(itertools.accumulate((k1 for _, k1 in doc.keep), max))
    for index, block in enumerate(doc.blocks):
        if splitter is None:
            spans = split_spans(text, doc.lang, block.start, block.end)
        else:
            spans = splitter(text, block.start, block.end)
        if doc.keep:
            spans = _kept_together(text, spans, starts, reach)
        for a, b in spans:
            segments.append(Segment(start=a, end=b, text=text[a:b], block=index))
    return SegmentedDocument(document=doc, segments=tuple(segments))


def _kept_together(text: str, spans: list[tuple[int, int]], starts: list[int],
                   reach: list[int]) -> list[tuple[int, int]]:
    """``spans`` with each two that a break inside a kept span (inline code) parts
    joined again."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        # a kept span begun before the last sentence's end and still open at this start,
        # or one that ends with the sentence's ? or ! (Ruby's is_ready?, save!), or with
        # its full stop when a lower-case word goes on (``Conflict.`` in the log)
        end = out[-1][1] if out else 0
        i = bisect.bisect_left(starts, end) if out else 0
        if i and (reach[i - 1] > a
                  or (reach[i - 1] == end and (text[end - 1] in "?!" or text[a].islower()))):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


__all__ = [
    "AbbrevClass",
    "LanguageRules",
    "SpanSplitter",
    "rules_for",
    "segment_document",
    "split_sentences",
    "split_spans",
]
