"""Helpers shared by the glossary formats (TBX, TSV, CSV)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from aligner.model import GlossaryEntry

_BREAKS = re.compile(r"[\t\r\n]+")


def concepts(entries: Iterable[GlossaryEntry]) -> list[tuple[str, list[GlossaryEntry]]]:
    """Group entries into concepts by source term, in order of first appearance."""
    groups: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.source, []).append(entry)
    return list(groups.items())


def one_line(text: str) -> str:
    """Tabs and line breaks -> one space: line-based glossary files cannot hold them."""
    return _BREAKS.sub(" ", text)
