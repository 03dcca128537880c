"""The sentence texts of a text edit as the edit log keeps them (JSON file and collection).

A record of a text edit has ``"texts"``: one object per sentence changed,
``{"side": "tgt", "sentence": 4, "before": "...", "after": "..."}`` -- the
text before is the one the document was read with (or the last edit's), so
the log keeps the original wording.  A record of another operation, or one
written before there were text edits, has none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aligner.editor.edits import TextChange
from aligner.errors import FormatError


def texts_to_json(texts: Sequence[TextChange]) -> list[dict[str, Any]]:
    """A change's sentence texts as the log keeps them (the text before is the one the
    document was read with, or the last edit's)."""
    return [{"side": t.side, "sentence": t.index, "before": t.before, "after": t.after}
            for t in texts]


def texts_from_json(raw: Any, limits: Mapping[str, int],
                    fail: Callable[[str, str], FormatError]) -> tuple[TextChange, ...]:
    """The ``texts`` of a log record (none in a record of another operation, or one
    written before there were text edits)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("texts", "expected a list of sentence texts")
    out = []
    for i, t in enumerate(raw):
        if not (isinstance(t, dict) and t.get("side") in limits
                and type(t.get("sentence")) is int
                and 0 <= t["sentence"] < limits[t["side"]]
                and isinstance(t.get("before"), str) and isinstance(t.get("after"), str)):
            raise fail(f"texts[{i}]", "expected a side, a sentence number and its texts "
                                      "before and after")
        out.append(TextChange(t["side"], t["sentence"], t["before"], t["after"]))
    return tuple(out)
