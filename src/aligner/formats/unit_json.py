"""The parts of a saved alignment that keep what a memory's units said: each bead's
record of its unit (``"unit"``: attributes, props and notes of the ``tu`` and of its
source and target ``tuv``, :class:`~aligner.unitrecord.UnitRecord`) and each side's
inline codes (``"src_codes"``: ``[sentence, offset, kind, key, code]``, and a sixth
item, ``{"type": "bold"}``, for a code with attributes
(:attr:`~aligner.model.InlineTag.attributes`); :mod:`aligner.formats.inline_codes`).
Each is written only when there is any, so a file without them reads as before
(:mod:`aligner.formats.alignment_json`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aligner.errors import FormatError
from aligner.model import CODE_ATTRIBUTES, InlineCode, TagKind
from aligner.unitrecord import Annotations, UnitRecord


def record_to_json(record: UnitRecord) -> dict[str, Any]:
    """``{"attributes": {...}, "props": [[type, value], ...], "notes": [...], "src":
    {...}, "tgt": {...}}``, each part only when there is any (``{}``: a unit that said
    nothing of itself, which is still no bead of the aligner's)."""
    return {**_annotations_to_json(record.tu),
            **{side: _annotations_to_json(part) for side, part in (
                ("src", record.src), ("tgt", record.tgt)) if part}}


def _annotations_to_json(part: Annotations) -> dict[str, Any]:
    return {key: value for key, value in (
        ("attributes", dict(part.attributes)), ("props", [list(p) for p in part.props]),
        ("notes", list(part.notes))) if value}



def codes_to_json(codes: Sequence[Sequence[InlineCode]]) -> list[list[Any]]:
    return [[k, c.offset, c.kind.value, c.key, c.code,
             *([dict(c.attributes)] if c.attributes else [])]
            for k, found in enumerate(codes) for c in found]


_KINDS = {k.value: k for k in TagKind}


def codes_from_json(raw: Any, sentences: tuple[str, ...], key: str,
                     fail: Callable[[str, str], FormatError]
                     ) -> tuple[tuple[InlineCode, ...], ...]:
    """``[[sentence, offset, kind, key, code], ...]`` (each with its attributes as a
    sixth item when it has any) -> the inline codes of each sentence, in the order
    written (codes at one offset keep it)."""
    if not isinstance(raw, list):
        raise fail(key, "expected a list of [sentence, offset, kind, key, code]")
    found: list[list[InlineCode]] = [[] for _ in sentences] if raw else []
    for i, item in enumerate(raw):
        if not (isinstance(item, list) and len(item) in (5, 6)
                and all(type(v) is int for v in item[:2]) and item[2] in _KINDS
                and all(isinstance(v, str) for v in item[3:5])):
            raise fail(f"{key}[{i}]", "expected [sentence, offset, kind, key, code] with a "
                       f"kind of {', '.join(_KINDS)}")
        k, offset, kind, code_key, code = item[:5]
        attributes = item[5] if len(item) == 6 else {}
        if not isinstance(attributes, Mapping) or not all(
                n in CODE_ATTRIBUTES and isinstance(v, str) for n, v in attributes.items()):
            raise fail(f"{key}[{i}][5]", "expected the code's attributes, an object of "
                       f"strings named {', '.join(CODE_ATTRIBUTES)}")
        if not 0 <= k < len(sentences) or not 0 <= offset <= len(sentences[k]) or (
                found[k] and found[k][-1].offset > offset):
            raise fail(f"{key}[{i}]", "expected a sentence index and an offset inside it, "
                       "after the sentence's codes before it")
        found[k].append(InlineCode(offset, _KINDS[kind], code_key, code,
                                   tuple(attributes.items())))
    return tuple(tuple(codes) for codes in found)


def record_from_json(raw: Any, where: str,
                      fail: Callable[[str, str], FormatError]) -> UnitRecord:
    if not isinstance(raw, Mapping):
        raise fail(where, "expected an object")
    sides = {side: _annotations_from_json(raw.get(side, {}), f"{where}.{side}", fail)
             for side in ("src", "tgt")}
    return UnitRecord(_annotations_from_json(raw, where, fail), sides["src"], sides["tgt"])


def _annotations_from_json(raw: Any, where: str,
                           fail: Callable[[str, str], FormatError]) -> Annotations:
    if not isinstance(raw, Mapping):
        raise fail(where, "expected an object")
    attributes = raw.get("attributes", {})
    if not isinstance(attributes, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in attributes.items()):
        raise fail(f"{where}.attributes", "expected an object of strings")
    props = raw.get("props", [])
    if not isinstance(props, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, str) for v in p)
            for p in props):
        raise fail(f"{where}.props", "expected a list of [type, value]")
    notes = raw.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise fail(f"{where}.notes", "expected a list of strings")
    return Annotations(tuple(attributes.items()), tuple((t, v) for t, v in props),
                       tuple(notes))
