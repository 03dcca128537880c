"""Segmentation files: one sentence per line, or JSON lines with character offsets.

``lines``: each sentence on a line of its own, a line break inside a sentence
(a wrapped line of the input) written as a space, so that line ``k`` is always
sentence ``k``.  ``jsonl``: ``{"text", "start", "end"}`` per sentence, the text
exactly as in the document and ``[start, end)`` its character offsets.
"""

from __future__ import annotations

import json
import os
from enum import Enum

from aligner.fileio import atomic_write
from aligner.model import SegmentedDocument


class SegmentationFormat(Enum):
    LINES = "lines"
    JSONL = "jsonl"


def render_segmentation(doc: SegmentedDocument, fmt: SegmentationFormat) -> str:
    """The file's whole text; every line ends with LF."""
    if fmt is SegmentationFormat.JSONL:
        lines = [json.dumps({"text": s.text, "start": s.start, "end": s.end}, ensure_ascii=False)
                 for s in doc.segments]
    else:
        lines = [s.text.replace("\r", " ").replace("\n", " ") for s in doc.segments]
    return "".join(line + "\n" for line in lines)


def write_segmentation(doc: SegmentedDocument, path: str | os.PathLike[str],
                       fmt: SegmentationFormat) -> None:
    """Write ``doc``'s sentences in ``fmt`` atomically (no partial file on failure)."""
    with atomic_write(path) as fh:
        fh.write(render_segmentation(doc, fmt))
