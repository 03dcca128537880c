"""The sentence texts of a text edit, and a sentence split, as the edit log keeps them
(JSON file and collection).

A record of a text edit has ``"texts"``: one object per sentence changed,
``{"side": "tgt", "sentence": 4, "before": "...", "after": "..."}`` -- the
text before is the one the document was read with (or the last edit's), so
the log keeps the original wording.  A record of another operation, or one
written before there were text edits, has none.

A record of a sentence split (:mod:`aligner.editor.splitting`), or of its undo,
has ``"splits"``: ``{"side": "src", "sentence": 4, "text": "...", "cut": 14,
"resume": 15, "join": false}`` -- the whole sentence, and where its two parts end
and begin (``join``: the two parts made one again); ``"cue_ends"``, ``[[cue
index, span end], ...]``, when the split cut a subtitle cue.

A record of an inserted sentence (:mod:`aligner.editor.inserting`), or of its undo, has
``"inserts"``: ``{"side": "tgt", "sentence": 7, "text": "...", "remove": false}`` -- the
new sentence's place and text (``remove``: taken out again).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aligner.editor.edits import Change, TextChange
from aligner.editor.inserting import SentenceInsert
from aligner.editor.splitting import SentenceSplit
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


def splits_to_json(splits: Sequence[SentenceSplit]) -> list[dict[str, Any]]:
    """A change's sentence splits as the log keeps them."""
    return [{"side": s.side, "sentence": s.index, "text": s.text, "cut": s.cut,
             "resume": s.resume, "join": s.join, **({"segmenter": True} if s.segmenter else {}),
             **({"cue_ends": [list(e) for e in s.cue_ends]} if s.cue_ends else {})}
            for s in splits]


def splits_from_json(raw: Any, limits: Mapping[str, int],
                     fail: Callable[[str, str], FormatError]) -> tuple[SentenceSplit, ...]:
    """The ``splits`` of a log record (none in a record of another operation)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("splits", "expected a list of sentence splits")
    out = []
    for i, s in enumerate(raw):
        ends = s.get("cue_ends", []) if isinstance(s, dict) else None
        if not (isinstance(s, dict) and s.get("side") in limits
                and type(s.get("sentence")) is int and 0 <= s["sentence"] < limits[s["side"]]
                and isinstance(s.get("text"), str) and type(s.get("join")) is bool
                and type(s.get("segmenter", False)) is bool
                and type(s.get("cut")) is int and type(s.get("resume")) is int
                and 0 < s["cut"] <= s["resume"] < len(s["text"])
                and isinstance(ends, list) and all(
                    isinstance(e, list) and len(e) == 2 and all(type(n) is int for n in e)
                    for e in ends)):
            raise fail(f"splits[{i}]", "expected a side, a sentence number, its text, the "
                                       "offsets where its parts end and begin, and join")
        out.append(SentenceSplit(s["side"], s["sentence"], s["text"], s["cut"], s["resume"],
                                 s["join"], tuple((a, b) for a, b in ends),
                                 s.get("segmenter", False)))
    return tuple(out)


def inserts_to_json(inserts: Sequence[SentenceInsert]) -> list[dict[str, Any]]:
    """A change's inserted sentences as the log keeps them."""
    return [{"side": s.side, "sentence": s.index, "text": s.text, "remove": s.remove}
            for s in inserts]


def inserts_from_json(raw: Any, limits: Mapping[str, int],
                      fail: Callable[[str, str], FormatError]) -> tuple[SentenceInsert, ...]:
    """The ``inserts`` of a log record (none in a record of another operation, or one
    written before sentences were inserted)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("inserts", "expected a list of inserted sentences")
    out = []
    for i, s in enumerate(raw):
        if not (isinstance(s, dict) and s.get("side") in limits
                and type(s.get("sentence")) is int and 0 <= s["sentence"] <= limits[s["side"]]
                and isinstance(s.get("text"), str) and s["text"].strip()
                and type(s.get("remove")) is bool):
            raise fail(f"inserts[{i}]", "expected a side, a sentence number, its text and "
                                        "remove")
        out.append(SentenceInsert(s["side"], s["sentence"], s["text"], s["remove"]))
    return tuple(out)


def sentences_to_json(change: Change) -> dict[str, Any]:
    """What a log record keeps of ``change``'s sentences: its ``texts``, ``splits`` and
    ``inserts``, each only when it has any."""
    return {**({"texts": texts_to_json(change.texts)} if change.texts else {}),
            **({"splits": splits_to_json(change.splits)} if change.splits else {}),
            **({"inserts": inserts_to_json(change.inserts)} if change.inserts else {})}


def sentences_from_json(raw: Mapping[str, Any], limits: Mapping[str, int],
                        fail: Callable[[str, str], FormatError]
                        ) -> tuple[tuple[TextChange, ...], tuple[SentenceSplit, ...],
                                   tuple[SentenceInsert, ...]]:
    """A log record's ``texts``, ``splits`` and ``inserts`` (:func:`sentences_to_json`)."""
    return (texts_from_json(raw.get("texts"), limits, fail),
            splits_from_json(raw.get("splits"), limits, fail),
            inserts_from_json(raw.get("inserts"), limits, fail))
