"""``aligner remove``: documents taken out of a collection by name, all or none.

A duplicate (the same files stored under two names) or a memory imported by mistake
could only be deleted with ``sqlite3`` by hand, keeping the search index
(``bead_forms``), the sentences and the edit log in step; ``--prune`` takes only the
pairs whose files are gone, never a memory.  :func:`remove_documents` takes the
documents named, in one transaction (:meth:`~aligner.collection.store.Collection.remove`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aligner.collection.rows import MEMORY, DocumentRow
from aligner.collection.store import Collection
from aligner.errors import InputError
from aligner.textutil import count


def described(docs: Sequence[DocumentRow], reviewed: Mapping[str, int]) -> list[str]:
    """One line a document: its name, language pair, beads, review and where from."""
    lines = []
    for d in docs:
        what = (f"a memory imported from {d.src_path}" if d.kind == MEMORY
                else f"{d.src_path} and {d.tgt_path}")
        held = f", {reviewed[d.name]:,} reviewed" if d.name in reviewed else ""
        state = "" if d.status == "aligned" else f", {d.status}"
        lines.append(f"{d.name} ({d.src_lang} -> {d.tgt_lang}, {count(d.beads, 'bead')}"
                     f"{held}{state}): {what}")
    return lines


def remove_documents(collection: Collection, docs: Sequence[DocumentRow]) -> None:
    """Take ``docs`` out of the collection, in one transaction.  :class:`InputError` and
    nothing removed when one of them was stored anew since it was read (an ``aligner
    batch`` beside): that is another version than the one shown."""
    now = {d.name: d.id for d in collection.documents()}
    changed = [d.name for d in docs if now.get(d.name) != d.id]
    if changed:
        raise InputError(f"{', '.join(changed)}: stored anew or removed since this command "
                         "read the collection (an aligner batch beside it?): run it again; "
                         "nothing was removed", path=collection.path)
    collection.remove(*(d.name for d in docs))
