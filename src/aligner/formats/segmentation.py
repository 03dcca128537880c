"""Segmentation files: one sentence per line, or JSON lines with character offsets.

``lines``: each sentence on a line of its own, a line break inside a sentence
(a wrapped line of the input) written as a space -- as nothing between two wide
(Chinese or Japanese) characters, which wrap without one --, so that line ``k`` is
always sentence ``k``.  ``jsonl``: ``{"text", "start", "end", "part", "paragraph"}`` per
sentence: the text exactly as in the document, ``[start, end)`` its character
offsets into the reader's text, ``part`` where in the original it comes from
(``body``, ``heading``, ``list``, ``table``, ``footnote``, ``endnote``, ``notes``: a
slide's speaker notes) and
``paragraph`` the 1-based number of its paragraph in the reader's text.
``reader-text``: that text itself (a Markdown, HTML, DOCX... file's visible text, as
the reader extracted it; a text file's text), which the offsets index, with a line
break added at the end when it has none.
"""

from __future__ import annotations

import json
import os
from enum import Enum

from aligner.fileio import atomic_write
from aligner.model import SegmentedDocument
from aligner.textutil import unwrap


class SegmentationFormat(Enum):
    LINES = "lines"
    JSONL = "jsonl"
    READER_TEXT = "reader-text"


def render_segmentation(doc: SegmentedDocument, fmt: SegmentationFormat) -> str:
    """The file's whole text; every line ends with LF."""
    if fmt is SegmentationFormat.READER_TEXT:
        text = doc.document.text
        return text if text.endswith("\n") or not text else text + "\n"
    if fmt is SegmentationFormat.JSONL:
        blocks = doc.document.blocks
        lines = []
        for s in doc.segments:
            block = blocks[s.block] if s.block < len(blocks) else None
            record = {"text": s.text, "start": s.start, "end": s.end,
                      "part": block.part.value if block else "body",
                      "paragraph": block.paragraph if block else 0}
            lines.append(json.dumps(record, ensure_ascii=False))
    else:
        lines = [unwrap(s.text) for s in doc.segments]
    return "".join(line + "\n" for line in lines)


def write_segmentation(doc: SegmentedDocument, path: str | os.PathLike[str],
                       fmt: SegmentationFormat) -> None:
    """Write ``doc``'s sentences in ``fmt`` atomically (no partial file on failure)."""
    with atomic_write(path) as fh:
        fh.write(render_segmentation(doc, fmt))
