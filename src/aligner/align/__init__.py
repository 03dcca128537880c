"""Sentence alignment for any language pair, without models or downloads."""

from __future__ import annotations

from aligner.align.aligner import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.regions import note_regions
from aligner.model import Alignment, SegmentedDocument


def align_documents(
    src: SegmentedDocument,
    tgt: SegmentedDocument,
    *,
    evidence: Evidence | None = None,
    options: AlignOptions | None = None,
    progress: Progress | None = None,
) -> Alignment:
    """Align two segmented documents; paragraph starts are soft anchors, and when both
    end with notes the body and the notes are aligned apart (:mod:`aligner.align.regions`)."""
    src_regions, tgt_regions = note_regions(src.parts, tgt.parts)
    return align_sentences(
        src.sentences,
        tgt.sentences,
        src_lang=src.document.lang,
        tgt_lang=tgt.document.lang,
        src_paragraph_starts=src.paragraph_starts,
        tgt_paragraph_starts=tgt.paragraph_starts,
        evidence=evidence,
        options=options,
        src_name=src.document.name,
        tgt_name=tgt.document.name,
        progress=progress,
        src_regions=src_regions,
        tgt_regions=tgt_regions,
    )


__all__ = [
    "AlignOptions", "Alignment", "Evidence", "Progress", "align_documents", "align_sentences",
]
