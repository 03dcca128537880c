"""The ``--jsonl-docs`` protocol: one JSON document in, one JSON line out.

Input lines are ``{"id": ..., "lang": ..., "text": ...}``; the answer is
``{"id": ..., "sentences": [...]}``, or the same with ``"sentences": []`` and
an ``"error"`` when the line cannot be processed, so that a stream never
stops on one bad document.  The text is read as plain text (blank line = hard
boundary, heading-like lines end sentences), as :mod:`aligner.readers.text`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from aligner.errors import ConfigError
from aligner.lang.tags import validate_tag
from aligner.readers.text import read_plain
from aligner.segment import segment_document

_SURROGATE = re.compile("[\ud800-\udfff]")


def segment_json_line(line: str) -> dict[str, Any]:
    """Answer one protocol line (never raises on bad input)."""
    if not line.strip():
        return {"id": None, "sentences": [], "error": "empty line"}
    if _SURROGATE.search(line):  # bytes that are not UTF-8, kept by surrogateescape
        return {"id": None, "sentences": [], "error": "the line is not valid UTF-8"}
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return {"id": None, "sentences": [], "error": f"bad JSON: {exc}"}
    if not isinstance(obj, dict):
        return {"id": None, "sentences": [], "error": "expected a JSON object"}
    doc_id = obj.get("id")
    text, lang = obj.get("text"), obj.get("lang")
    if not isinstance(text, str):
        return {"id": doc_id, "sentences": [], "error": "missing or non-string 'text'"}
    if _SURROGATE.search(text):  # "\\udcff" escaped in the JSON: no character of any text
        return {"id": doc_id, "sentences": [], "error": "'text' holds a lone surrogate"}
    if lang is None or (isinstance(lang, str) and not lang.strip()):
        return {"id": doc_id, "sentences": [], "error": "missing or empty 'lang'"}
    if not isinstance(lang, str):
        got = json.dumps(lang)
        return {"id": doc_id, "sentences": [], "error": "'lang' must be a string (a language "
                f"code such as es), not {got if len(got) <= 30 else got[:29] + '…'}"}
    try:
        validate_tag(lang, what="'lang'")
    except ConfigError as exc:
        return {"id": doc_id, "sentences": [], "error": str(exc)}
    seg = segment_document(read_plain(text, lang=lang, name=str(doc_id)))
    return {"id": doc_id, "sentences": list(seg.sentences)}
