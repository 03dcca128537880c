"""What every reader's document must be, whatever its input: blocks in order inside the
text, formatting inside the text, and each sentence the text of its span, inside its
block -- for the readers' property tests."""

from __future__ import annotations

from aligner.model import Document
from aligner.segment import segment_document


def assert_consistent(doc: Document) -> None:
    pos = 0
    for b in doc.blocks:
        assert pos <= b.start < b.end <= len(doc.text)
        pos = b.end
    for f in doc.formatting:
        assert 0 <= f.start < f.end <= len(doc.text)
    for seg in segment_document(doc).segments:
        assert seg.text == doc.text[seg.start : seg.end]
        assert doc.blocks[seg.block].start <= seg.start < seg.end <= doc.blocks[seg.block].end
