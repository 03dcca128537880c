"""Segmentation files: one sentence per line, or JSON lines with character offsets.

``lines``: each sentence on a line of its own, a line break inside a sentence
(a wrapped line of the input) written as a space -- as nothing between two wide
(Chinese or Japanese) characters, which wrap without one --, so that line ``k`` is
always sentence ``k``.  ``jsonl``: ``{"text", "start", "end", "part", "paragraph"}`` per
sentence: the text exactly as in the document, ``[start, end)`` its character
offsets into the reader's text, ``part`` where in the original it comes from
(``body``, ``heading``, ``list``, ``table``, ``footnote``, ``endnote``) and
``paragraph`` the 1-based number of its paragraph in the reader's text.
"""

from __future__ import annotations

import json
import os
import re
from enum import Enum

from aligner.fileio import atomic_write
from aligner.model import SegmentedDocument
from aligner.textutil import is_wide


class SegmentationFormat(Enum):
    LINES = "lines"
    JSONL = "jsonl"


def render_segmentation(doc: SegmentedDocument, fmt: SegmentationFormat) -> str:
    """The file's whole text; every line ends with LF."""
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
        lines = [_one_line(s.text) for s in doc.segments]
    return "".join(line + "\n" for line in lines)


_BREAK = re.compile(r"\r\n|\r|\n")


def _one_line(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return text

    def joint(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        wide = all(c and is_wide(c) for c in (before, after))
        return "" if wide else " "

    return _BREAK.sub(joint, text)


def write_segmentation(doc: SegmentedDocument, path: str | os.PathLike[str],
                       fmt: SegmentationFormat) -> None:
    """Write ``doc``'s sentences in ``fmt`` atomically (no partial file on failure)."""
    with atomic_write(path) as fh:
        fh.write(render_segmentation(doc, fmt))
