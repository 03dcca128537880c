"""A saved alignment: the JSON that ``aligner align --format json`` writes and reads back.

Shape (one object)::

    {"src_lang": "es", "tgt_lang": "en", "src_name": "...", "tgt_name": "...",
     "settings": {"key": "value", ...},
     "src_sentences": ["...", ...], "tgt_sentences": ["...", ...],
     "beads": [{"src": [0], "tgt": [0, 1], "score": 0.93, "signals": {"length": 0.4}}, ...]}

Sentence indices are 0-based; ``settings`` values are strings; ``signals``
maps a signal name to a number.  :func:`alignment_from_json` checks all of it
and names the first problem with its JSON path.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from aligner.errors import FormatError
from aligner.fileio import atomic_write, read_text
from aligner.formats.units import WriteReport
from aligner.model import Alignment, Bead


def alignment_to_json(alignment: Alignment) -> dict[str, Any]:
    """The JSON-ready dictionary for ``alignment``."""
    return {
        "src_lang": alignment.src_lang,
        "tgt_lang": alignment.tgt_lang,
        "src_name": alignment.src_name,
        "tgt_name": alignment.tgt_name,
        "settings": dict(alignment.settings),
        "src_sentences": list(alignment.src_sentences),
        "tgt_sentences": list(alignment.tgt_sentences),
        "beads": [
            {"src": list(b.src), "tgt": list(b.tgt), "score": b.score, "signals": dict(b.signals)}
            for b in alignment.beads
        ],
    }


def alignment_from_json(data: Any, *, path: str = "<json>") -> Alignment:
    """Build an :class:`Alignment` from the dictionary :func:`alignment_to_json` makes."""

    def fail(where: str, what: str) -> FormatError:
        return FormatError(f"saved alignment: {where}: {what}", path=path)

    if not isinstance(data, Mapping):
        raise fail("top level", "expected an object")
    for key in ("src_lang", "tgt_lang"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise fail(key, "expected a language code")
    for key in ("src_name", "tgt_name"):
        if not isinstance(data.get(key, ""), str):
            raise fail(key, "expected a string")
    settings = data.get("settings", {})
    if not isinstance(settings, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.items()
    ):
        raise fail("settings", "expected an object of strings")
    sides: dict[str, tuple[str, ...]] = {}
    for key in ("src_sentences", "tgt_sentences"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise fail(key, "expected a list of strings")
        sides[key] = tuple(value)
    raw_beads = data.get("beads")
    if not isinstance(raw_beads, list):
        raise fail("beads", "expected a list")
    beads: list[Bead] = []
    limits = {"src": len(sides["src_sentences"]), "tgt": len(sides["tgt_sentences"])}
    for i, raw in enumerate(raw_beads):
        where = f"beads[{i}]"
        if not isinstance(raw, Mapping):
            raise fail(where, "expected an object")
        idx: dict[str, tuple[int, ...]] = {}
        for side in ("src", "tgt"):
            value = raw.get(side)
            if not isinstance(value, list) or not all(
                type(k) is int and 0 <= k < limits[side] for k in value
            ):
                raise fail(f"{where}.{side}", f"expected sentence indices below {limits[side]}")
            idx[side] = tuple(value)
        score = raw.get("score", 0.0)
        if type(score) not in (int, float) or not math.isfinite(score):
            raise fail(f"{where}.score", "expected a number")
        signals = raw.get("signals", {})
        if not isinstance(signals, Mapping) or not all(
            isinstance(k, str) and type(v) in (int, float) and math.isfinite(v)
            for k, v in signals.items()
        ):
            raise fail(f"{where}.signals", "expected an object of numbers")
        beads.append(
            Bead(idx["src"], idx["tgt"], float(score), {k: float(v) for k, v in signals.items()})
        )
    return Alignment(
        src_sentences=sides["src_sentences"],
        tgt_sentences=sides["tgt_sentences"],
        beads=tuple(beads),
        src_lang=data["src_lang"],
        tgt_lang=data["tgt_lang"],
        src_name=data.get("src_name", "<source>"),
        tgt_name=data.get("tgt_name", "<target>"),
        settings=dict(settings),
    )


def write_alignment_json(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
) -> WriteReport:
    """Save ``alignment`` as UTF-8 JSON (non-ASCII kept as it is).

    Every bead is saved: ``min_score`` does not apply to the saved alignment,
    and it has no creation date (``creation_date`` is accepted for the uniform
    writer signature of :mod:`aligner.formats`).
    """
    with atomic_write(path) as fh:
        json.dump(alignment_to_json(alignment), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return WriteReport(units_written=len(alignment.beads))


def read_alignment_json(path: str | os.PathLike[str]) -> Alignment:
    """Load a saved alignment; malformed JSON names the line and column."""
    name = os.fspath(path)
    text = read_text(name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON: {exc.msg}", path=name, line=exc.lineno, column=exc.colno
        ) from None
    return alignment_from_json(data, path=name)
