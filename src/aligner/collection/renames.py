"""A reviewed document whose two files were renamed: its review follows them.

A pair renamed on both sides is a new document to ``aligner batch`` (a document is
its name); the old one stays, its files gone.  For a document a person reviewed, that
lost the review to the new name and left both in every export.  When a new pair's
files are byte for byte those of a reviewed document whose files are both gone,
:func:`renamed_from` finds it and :func:`rename` gives it the pair's name and paths,
keeping its id, beads, review and edit log: the run then goes on with it as with any
stored document (unchanged, or kept for its review when the settings differ).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from aligner.collection.rows import PAIR, DocumentRow
from aligner.collection.store import Collection


def gone_reviewed(stored: Mapping[str, DocumentRow], names: set[str],
                  reviewed: Mapping[str, int]) -> dict[tuple[str, str], DocumentRow]:
    """The reviewed pairs no pair of this run names whose two files are gone (at
    absolute paths: a relative one may be there from another folder), by their files'
    hashes; the first by name where two have the same."""
    out: dict[tuple[str, str], DocumentRow] = {}
    for d in stored.values():
        paths = Path(d.src_path), Path(d.tgt_path)
        if (d.name in reviewed and d.name not in names and d.kind == PAIR
                and d.status == "aligned" and all(p.is_absolute() and not p.exists()
                                                  for p in paths)):
            out.setdefault((d.src_hash, d.tgt_hash), d)
    return out


def rename(collection: Collection, doc: DocumentRow, name: str, src: Path,
           tgt: Path) -> DocumentRow:
    """``doc`` named ``name``, of the files ``src`` and ``tgt`` (their names are those
    its exports give), in one transaction; its history (``replaced_documents``) too."""
    src_path, tgt_path = str(src.resolve()), str(tgt.resolve())
    with collection.guard(), collection.transaction():
        collection.conn.execute(
            "UPDATE documents SET name = ?, src_path = ?, tgt_path = ?, src_name = ?, "
            "tgt_name = ? WHERE id = ?", (name, src_path, tgt_path, src.name, tgt.name,
                                          doc.id))
        collection.conn.execute("UPDATE replaced_documents SET name = ? WHERE name = ?",
                                (name, doc.name))
    return replace(doc, name=name, src_path=src_path, tgt_path=tgt_path)
