"""``aligner import --by-document``: a collection's TMX imported as the documents it was
exported from.

``aligner export C.db`` writes each unit's document name (``x-document``,
:data:`~aligner.formats.units.PROP_DOCUMENT`).  Imported as it is, the file is one
memory (``tm/archive.tmx``): a desk restoring its archive from the TMX loses the view of
each article.  :func:`by_document` makes each name a memory of its own, named as the
document was (``a01-duma-budget``), its units in the file's order; units without a name
stay in the file's memory.  Each is a memory of the one file (its digest and reading),
so the file imported again unchanged leaves them all as they are.  What the TMX did not
hold does not come back: a sentence without a counterpart (a file of units has none),
the edit log, a pair's files.
"""

from __future__ import annotations

from dataclasses import replace

from aligner.collection.memories import Memory, read_memory
from aligner.formats.units import PROP_DOCUMENT, TranslationUnit


def by_document(memory: Memory, *, encoding: str = "utf-8") -> list[Memory]:
    """``memory`` as a memory for each document its units name (the module docstring);
    ``[memory]`` for a saved alignment, or a file whose units name none."""
    if memory.units is None:
        return [memory]
    groups: dict[str, list[TranslationUnit]] = {}
    for unit in memory.units.units:
        groups.setdefault(unit.props.get(PROP_DOCUMENT, "").strip(), []).append(unit)
    if set(groups) == {""}:
        return [memory]
    out = []
    for k, (name, units) in enumerate(groups.items()):
        # what the file said as a whole (units left out, a header row) said once, first
        part = replace(memory.units, units=tuple(units), skipped=0, header_row="")
        again = read_memory(memory.path, name=name or memory.name, encoding=encoding,
                            units=part)
        out.append(replace(again, warnings=memory.warnings if k == 0 else ()))
    return out
