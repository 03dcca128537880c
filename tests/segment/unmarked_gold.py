"""A hand-made segmentation gold of the Thai and Lao tests (tests/fixtures/thai, lao):
one sentence a line, a blank line between paragraphs."""

from __future__ import annotations

from pathlib import Path


def gold_text(path: Path, *, one_paragraph: bool
              ) -> tuple[str, list[tuple[int, int]], set[int]]:
    """The gold's text as a reader gives it -- its sentences joined by spaces, its
    paragraphs by a blank line or, with ``one_paragraph``, by a space too -- with the
    spans of its paragraphs and the offsets where its sentences start (but the first)."""
    paragraphs = [p.split("\n") for p in path.read_text(encoding="utf-8").strip().split("\n\n")]
    sep = " " if one_paragraph else "\n\n"
    text = sep.join(" ".join(p) for p in paragraphs)
    starts: set[int] = set()
    blocks: list[tuple[int, int]] = []
    pos = 0
    for i, p in enumerate(paragraphs):
        if i and one_paragraph:
            starts.add(pos)
        a = pos
        for line in p:
            if pos > a:
                starts.add(pos)
            pos += len(line) + 1
        blocks.append((a, pos - 1))
        pos += len(sep) - 1
    return text, [(0, len(text))] if one_paragraph else blocks, starts
