"""What a memory's unit said of itself, kept with its bead in the collection.

``aligner import`` reads a memory as a saved alignment keeps it (``aligner export
mem.tmx -o mem.json``): each bead with its unit's record
(:class:`~aligner.unitrecord.UnitRecord`: the attributes, props and notes of its ``tu``
and ``tuv``s) and each sentence's inline codes beside its plain text
(:mod:`aligner.formats.inline_codes`).  The collection keeps both in one column,
``beads.record`` (schema 8), in the saved alignment's own JSON
(:mod:`aligner.formats.unit_json`)::

    {"unit": {"attributes": {"tuid": "7"}, "props": [["x-client", "ACME"]], ...},
     "src_codes": [[0, 6, "open", "x=1", "<b>"], ...], "tgt_codes": [...]}

A code's first number is the sentence's place in the bead (0: its first sentence), so
a bead's row says all of it and a bead the editor rebuilt is written as it is.  A
part is there only when there is any, and the column is NULL for a bead with neither
(every bead of a pair ``aligner batch`` aligned): a pair's collection grows by nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from aligner.errors import FormatError
from aligner.formats.unit_json import (
    codes_from_json,
    codes_to_json,
    record_from_json,
    record_to_json,
)
from aligner.model import Alignment, Bead, InlineCode
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.check.units import Unit

_SIDES = ("src", "tgt")


def bead_record(alignment: Alignment, bead: Bead) -> str | None:
    """The ``beads.record`` of ``bead`` of ``alignment``: its unit's record and its
    sentences' codes, as JSON; None when it has neither."""
    out: dict[str, object] = {}
    if bead.unit is not None:
        out["unit"] = record_to_json(bead.unit)
    for side, codes, indices in (("src", alignment.src_codes, bead.src),
                                 ("tgt", alignment.tgt_codes, bead.tgt)):
        if codes and any(codes[k] for k in indices):
            out[f"{side}_codes"] = codes_to_json([codes[k] for k in indices])
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")) if out else None


def with_records(alignment: Alignment, records: Sequence[str | None], *,
                 where: str) -> Alignment:
    """``alignment`` (a document read from the collection, one entry of ``records`` per
    bead) with each bead's record and its sentences' codes; :class:`FormatError` naming
    ``where`` and the bead for a row that is not what :func:`bead_record` writes."""
    if not any(r is not None for r in records):
        return alignment
    beads = list(alignment.beads)
    codes: dict[str, list[tuple[InlineCode, ...]]] = {
        "src": [()] * len(alignment.src_sentences), "tgt": [()] * len(alignment.tgt_sentences)}
    for n, (bead, raw) in enumerate(zip(alignment.beads, records, strict=True)):
        if raw is None:
            continue

        def fail(key: str, message: str, n: int = n) -> FormatError:
            return FormatError(f"{where}: beads.record of unit {n}: {key}: {message}")

        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise fail("record", "not valid JSON") from None
        if not isinstance(data, dict):
            raise fail("record", "expected an object")
        if "unit" in data:
            beads[n] = replace(bead, unit=record_from_json(data["unit"], "unit", fail))
        for side, indices in zip(_SIDES, (bead.src, bead.tgt), strict=True):
            if (key := f"{side}_codes") in data:
                sentences = getattr(alignment, f"{side}_sentences")
                found = codes_from_json(data[key], tuple(sentences[k] for k in indices),
                                        key, fail)
                for k, kept in zip(indices, found, strict=False):
                    codes[side][k] = kept
    return replace(alignment, beads=tuple(beads),
                   src_codes=tuple(codes["src"]) if any(codes["src"]) else (),
                   tgt_codes=tuple(codes["tgt"]) if any(codes["tgt"]) else ())


def memory_units(alignment: Alignment, units: Sequence[Unit]) -> tuple[Unit, ...]:
    """The units of a memory's document (one a bead) named and read as ``check`` of its
    file names and reads them, from what each bead's record keeps: a PO entry's
    ``ui-strings.es.po:19`` (``, fuzzy`` for a fuzzy one) or a bundle's key as its label,
    its flags that say how its strings are filled in (``c-format``) and its context."""
    from aligner.formats.po import STRING_FORMATS, po_context, po_flags

    out = list(units)
    for n, bead in enumerate(alignment.beads):
        if bead.unit is None or n >= len(out):
            continue
        props = bead.unit.tu.first_props()
        label = props.get("x-po-entry") or props.get("x-bundle-key")
        if label:
            out[n] = replace(out[n], label=label, context=po_context(props),
                             formats=po_flags(props) & STRING_FORMATS)
    return tuple(out)


def fuzzy_warning(props: Sequence[Mapping[str, str]]) -> str | None:
    """What ``aligner import`` says of a catalogue's fuzzy entries (``props``: its units'
    properties), as ``check`` of the file does, naming them; None without any."""
    from aligner.formats.po import po_flags

    entries = [p.get("x-po-entry", "?") for p in props if "fuzzy" in po_flags(p)]
    if not entries:
        return None
    named = "; ".join(entries[:5]) + (f"; and {len(entries) - 5} more" if len(entries) > 5
                                      else "")
    return (f"{count(len(entries), 'unit')} of fuzzy entries (#, fuzzy), imported as they "
            f"are: gettext does not use them until a translator confirms them ({named})")
