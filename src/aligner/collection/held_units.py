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


def held_by(collection: Collection, wanted: Names[Key]) -> dict[Key, list[tuple[Pair, str]]]:
    """Of ``wanted``, those a two-sided bead of an aligned document of ``collection`` has,
    each with the pairs and names of the documents that have it.  The beads are read one
    row at a time, once for every memory of an import, so memory holds the memories'
    keys alone, whatever the size of the collection."""
    found: dict[Key, list[tuple[Pair, str]]] = {}
    with collection.guard():
        for source, target, src_lang, tgt_lang, name in collection.conn.execute(
                "SELECT b.source, b.target, d.src_lang, d.tgt_lang, d.name FROM beads b "
                "JOIN documents d ON d.id = b.doc WHERE d.status = 'aligned' "
                "AND b.src_count > 0 AND b.tgt_count > 0"):
            key = _key(source, target)
            if key in wanted:
                found.setdefault(key, []).append(((src_lang, tgt_lang), name))
    return found


def _keys(memory: Memory) -> list[Key]:
    """The key of each unit of ``memory`` (of each two-sided bead, for a saved alignment)."""
    al = memory.alignment
    if memory.units is None:
        return [_key(" ".join(al.src_sentences[i] for i in b.src),
                     " ".join(al.tgt_sentences[i] for i in b.tgt))
                for b in al.beads if not b.is_null]
    return [_key(u.source, u.target, bool(u.src_tags or u.tgt_tags))
            for u in memory.units.units]


def without_held(memory: Memory, held: dict[Key, list[tuple[Pair, str]]], *,
                 encoding: str = "utf-8") -> Held:
    """``memory`` without the units ``held`` (:func:`held_by`) says another document has
    in its language pair (the module docstring)."""
    al = memory.alignment
    pair = (al.src_lang, al.tgt_lang)
    keys = _keys(memory)
    found = {k for k in set(keys) if any(
        name != memory.name and same_pair(other, pair) for other, name in held.get(k, ()))}
    if memory.units is None:  # a saved alignment: counted, kept whole
        return Held(memory, kept=sum(k in found for k in keys))
    if not found:
        return Held(memory)
    units = memory.units.units
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
    unchanged = {m.name for m in memories if (old := stored.get(m.name)) is not None
                 and (old.status, old.src_hash, old.settings_hash) == (
                     "aligned", m.digest, m.settings_hash)}
    wanted = {k for m in memories if m.name not in unchanged for k in _keys(m)}
    held = held_by(collection, wanted) if wanted else {}
    # an unchanged one: import_memories leaves it as it is
    return [(m, Held(m) if m.name in unchanged else without_held(m, held, encoding=encoding))
            for m in memories]
