"""What a memory's units lose when written to a format other than TMX, named for the
user: XLIFF, TSV and CSV keep a unit's text, inline codes (as
codes or placeholders), score, sentence numbers, document names and review mark
(:func:`~aligner.formats.units.bead_props`), and have no place for the rest of what
a TMX ``tu`` says -- its other ``prop``s, its ``note``s and the attributes of the
``tu`` and its ``tuv``s (dates, ids, usage counts; not the ``tuid``: every writer
numbers its units).  TMX to TMX keeps it all
(:mod:`aligner.formats.tmx_keep`), and so does the saved alignment, for the TMX
written from it (:mod:`aligner.formats.tmx_record`)."""

from __future__ import annotations

import re

from aligner.formats.units import ALIGNER_PROPS, UnitFile
from aligner.textutil import count

_NAMED = 4  # names shown of each kind; "..." says there are more
# the start tags of a tu and its tuvs, and their attributes (the language aside)
_START = re.compile(rb"<tuv?\b([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:.-]+)\s*=")
# the language is written; a tuid is the writer's to number, as every unit id is
_NOT_LOST = {b"xml:lang", b"lang", b"tuid"}
_SEG = re.compile(rb"<seg\b[^>]*/>|<seg\b.*?</seg>", re.DOTALL)


def not_written(units: UnitFile, fmt: str) -> str | None:
    """One line naming what ``units`` hold that ``fmt`` does not write, and in how
    many units, or None when they hold nothing of the kind, e.g. ``6 units: their
    props x-Client:SingleString, notes and attributes creationdate, usagecount are
    not written to xliff (TMX to TMX keeps them)``."""
    props: dict[str, None] = {}
    attributes: dict[str, None] = {}
    notes = False
    losing = 0
    for unit in units.units:
        own = [p for p in unit.props if p not in ALIGNER_PROPS]  # every format writes these
        names = [a.decode("ascii", "replace") for start in _START.findall(_start_tags(
            unit.original)) for a in _ATTRIBUTE.findall(start) if a not in _NOT_LOST]
        if own or names or unit.notes:
            losing += 1
        props.update(dict.fromkeys(own))
        attributes.update(dict.fromkeys(names))
        notes = notes or bool(unit.notes)
    if not losing:
        return None
    what = [f"{kind} {_names(list(found))}" for kind, found in (
        ("props", props), ("attributes", attributes)) if found]
    if notes:
        what.insert(1 if props else 0, "notes")
    return (f"{count(losing, 'unit')}: {'its' if losing == 1 else 'their'} {_join(what)} "
            f"are not written to {fmt} (TMX to TMX keeps them)")


def _start_tags(original: bytes) -> bytes:
    """A serialised ``tu`` without its ``seg``s (their content is text and codes,
    whose attributes are no unit's)."""
    return _SEG.sub(b"", original)


def _names(found: list[str]) -> str:
    return ", ".join(found[:_NAMED]) + (", ..." if len(found) > _NAMED else "")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
