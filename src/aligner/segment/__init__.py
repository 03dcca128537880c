"""Sentence segmentation: a fast text-level splitter and its document wrapper.

:func:`split_spans` works on any region of a string; :func:`segment_document`
runs it block by block, so that no sentence crosses a block (paragraph,
heading, list item, byline line).  The spaCy component in
:mod:`aligner.segment.spacy_component` calls the same function.
"""

from __future__ import annotations

from aligner.model import Document, Segment, SegmentedDocument
from aligner.segment.core import split_sentences, split_spans
from aligner.segment.rules import AbbrevClass, LanguageRules, rules_for


def segment_document(doc: Document) -> SegmentedDocument:
    """Split every block of ``doc`` into sentences (offsets into ``doc.text``)."""
    segments: list[Segment] = []
    text = doc.text
    for index, block in enumerate(doc.blocks):
        for a, b in split_spans(text, doc.lang, block.start, block.end):
            segments.append(Segment(start=a, end=b, text=text[a:b], block=index))
    return SegmentedDocument(document=doc, segments=tuple(segments))


__all__ = [
    "AbbrevClass",
    "LanguageRules",
    "rules_for",
    "segment_document",
    "split_sentences",
    "split_spans",
]
