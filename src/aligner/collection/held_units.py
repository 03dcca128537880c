"""Units a memory brings that the collection holds already (``aligner import``).

A collection's own export imported back into it (a desk restoring its archive, a TMX
passed round and returned) would add every unit a second time: each search hit twice,
each term counted twice.  A unit of a file of units (TMX, XLIFF, TSV, CSV) is *held*
when a two-sided bead of another document has the same source and target text --
compared with runs of white space as one space, a memory's inline codes left out as the
collection keeps them (:mod:`aligner.formats.inline_codes`) -- in the same language
pair (:func:`~aligner.collection.language_pairs.same_pair`: a bare ``es`` is any region
of it, ``es-MX`` and ``es-ES`` are two).  Such units are left out of the memory
(:func:`without_held`); ``aligner import --keep-duplicates`` keeps them.  The document
the memory replaces (a changed file imported again) is not looked in: its units are the
file's own.  A saved alignment keeps its beads whole (its sentences are one text, which
a bead left out would break): its held beads are counted, not left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection as Names
from collections.abc import Sequence
from dataclasses import dataclass, replace

from aligner.collection.language_pairs import Pair, same_pair
from aligner.collection.memories import Memory, read_memory
from aligner.collection.store import Collection

#: A memory unit's placeholder of an inline code (``{1}``, ``{/1}``, ``{2/}``).
_PLACEHOLDER = re.compile(r"\{/?\d+/?\}")

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Held:
    """A memory with the units the collection held left out (``memory`` None: all of
    them were), and how many were (``left_out``; for a saved alignment, which keeps
    them, ``kept``)."""

    memory: Memory | None
    left_out: int = 0
    kept: int = 0


def _key(source: str, target: str, coded: bool = False) -> Key:
    if coded:
        source, target = _PLACEHOLDER.sub("", source), _PLACEHOLDER.sub("", target)
    return " ".join(source.split()), " ".join(target.split())


def held_keys(collection: Collection, wanted: Names[Key], pair: Pair,
              besides: str) -> set[Key]:
    """Those of ``wanted`` that a two-sided bead of an aligned document of ``collection``
    in ``pair`` other than ``besides`` has.  The beads are read one row at a time, so
    memory holds the memory's keys alone, whatever the size of the collection."""
    found: set[Key] = set()
    with collection.guard():
        for source, target, src_lang, tgt_lang in collection.conn.execute(
                "SELECT b.source, b.target, d.src_lang, d.tgt_lang FROM beads b "
                "JOIN documents d ON d.id = b.doc WHERE d.status = 'aligned' "
                "AND d.name != ? AND b.src_count > 0 AND b.tgt_count > 0", (besides,)):
            key = _key(source, target)
            if key in wanted and key not in found and same_pair((src_lang, tgt_lang), pair):
                found.add(key)
    return found


def without_held(collection: Collection, memory: Memory, *,
                 encoding: str = "utf-8") -> Held:
    """``memory`` without the units ``collection`` holds in another document (the module
    docstring)."""
    al = memory.alignment
    pair = (al.src_lang, al.tgt_lang)
    if memory.units is None:  # a saved alignment: counted, kept whole
        keys = [_key(" ".join(al.src_sentences[i] for i in b.src),
                     " ".join(al.tgt_sentences[i] for i in b.tgt))
                for b in al.beads if not b.is_null]
        found = held_keys(collection, set(keys), pair, memory.name)
        return Held(memory, kept=sum(k in found for k in keys))
    units = memory.units.units
    keys = [_key(u.source, u.target, bool(u.src_tags or u.tgt_tags)) for u in units]
    found = held_keys(collection, set(keys), pair, memory.name)
    if not found:
        return Held(memory)
    kept = tuple(u for u, k in zip(units, keys, strict=True) if k not in found)
    if not kept:
        return Held(None, left_out=len(units))
    # read again from the units kept: the same file, digest and settings, so that it is
    # "unchanged" when imported again
    again = read_memory(memory.path, name=memory.name, encoding=encoding,
                        units=replace(memory.units, units=kept))
    return Held(replace(again, warnings=memory.warnings), left_out=len(units) - len(kept))


def leave_out_held(collection: Collection, memories: Sequence[Memory], *,
                   encoding: str = "utf-8") -> list[tuple[Memory, Held]]:
    """Each of ``memories`` that is to be stored (not one unchanged since its import)
    with the units ``collection`` holds left out: :func:`without_held` of each."""
    stored = {d.name: d for d in collection.documents()}
    out = []
    for m in memories:
        old = stored.get(m.name)
        if old is not None and (old.status, old.src_hash, old.settings_hash) == (
                "aligned", m.digest, m.settings_hash):
            out.append((m, Held(m)))  # unchanged: import_memories leaves it as it is
            continue
        out.append((m, without_held(collection, m, encoding=encoding)))
    return out
