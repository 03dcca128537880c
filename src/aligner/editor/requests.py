"""The editor's requests read: a JSON body, an edit, a place; refusals with a status.

Split from :mod:`aligner.editor.app`, which answers them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from aligner.editor.edits import SIDED, Edit, Op
from aligner.editor.places import Place
from aligner.model import Side

#: The largest request body read (the API's bodies are a few dozen bytes).
MAX_BODY = 64 * 1024


class HTTPError(Exception):
    """A request refused with ``status`` and a message; nothing changed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class NoDocument(HTTPError):
    """The address names no document the server has."""


async def json_body(request: Request) -> dict[str, Any]:
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise HTTPError(413, f"the request body is too large (over {MAX_BODY} bytes)")
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        # ValueError: not JSON, not UTF-8, or an integer of more digits than Python
        # converts; RecursionError: nested deeper than the parser goes.
        raise HTTPError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise HTTPError(400, "the request body must be a JSON object")
    return body


def edit_from_body(body: Mapping[str, Any]) -> Edit:
    ops = {op.value: op for op in Op}
    name = body.get("op")
    op = ops.get(name) if isinstance(name, str) else None
    if op is None:
        raise HTTPError(400, f"op: expected one of {', '.join(ops)}")
    bead = body.get("bead")
    if type(bead) is not int:  # not a bool, a float or a string
        raise HTTPError(400, "bead: expected a bead number")
    side = None
    if op in SIDED:
        sides = {s.value: s for s in Side}
        given = body.get("side")
        side = sides.get(given) if isinstance(given, str) else None
        if side is None:
            raise HTTPError(400, "side: expected source or target")
    texts: tuple[str, ...] = ()
    if op in (Op.TEXT, Op.INSERT_SENTENCE):  # insert-sentence: the new one's text
        given = body.get("texts")
        if not isinstance(given, list) or not all(isinstance(t, str) for t in given):
            raise HTTPError(400, "texts: expected the new text of each sentence of the side")
        texts = tuple(given)
    if op is Op.SPLIT_SENTENCE:
        sentence, at = body.get("sentence"), body.get("at")
        if type(sentence) is not int or type(at) is not int:
            raise HTTPError(400, "sentence, at: expected the sentence's number and the "
                                  "offset in its text to split it at")
        return Edit(op, bead, side, sentence=sentence, at=at)
    if op is Op.JOIN_SENTENCE:
        sentence = body.get("sentence")
        if type(sentence) is not int:
            raise HTTPError(400, "sentence: expected the number of the first sentence to join")
        return Edit(op, bead, side, sentence=sentence)
    return Edit(op, bead, side, texts)


def place_from_body(body: Mapping[str, Any]) -> Place:
    """The focused bead and side the page sends (``POST /doc/ID/api/place``)."""
    bead, side = body.get("bead"), body.get("side")
    if type(bead) is not int or bead < 0 or side not in ("source", "target"):
        raise HTTPError(400, "bead, side: expected the focused bead and side")
    return Place(bead, Side(side))
