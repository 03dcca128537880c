"""``aligner export COLLECTION.db``: the collection's aligned beads as one file.

Documents are read from the database one at a time and handed to
:func:`aligner.formats.export_documents`, which writes as they come, so memory
holds one document whatever the size of the collection.  One document
exported alone is the file ``aligner align`` writes for that pair, plus the
document's name on every TMX unit (``x-document``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from aligner.collection.duplicates import UniqueUnits, copies, copies_note
from aligner.collection.findings import changed_since_stored, left_out
from aligner.collection.store import open_collection
from aligner.errors import ConfigError
from aligner.formats import AlignmentFormat, TmxMeta, WriteReport, export_documents
from aligner.model import Alignment
from aligner.textutil import count


def export_collection(
    db: str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    names: Sequence[str] = (),
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
    unique: bool = False,
    warn: Callable[[str], None] = lambda _message: None,
) -> WriteReport:
    """Write the aligned documents of ``db`` (or those in ``names``) to ``path``.  A
    document named in ``names`` that did not align is an error naming it and why; the
    failed ones of a whole collection are left out, with a warning.  Documents stored
    from the same texts as another are named in a warning, unless ``unique``: then
    each unit is written once (:mod:`aligner.collection.duplicates`)."""
    # one snapshot: aligner batch storing meanwhile changes nothing of what is written
    with open_collection(db) as collection, collection.snapshot():
        for opening in collection.notes():
            warn(opening)
        docs = collection.documents(names)  # an unknown name fails before anything is written
        failed = [d for d in docs if d.status != "aligned"]
        if names and failed:
            raise ConfigError(f"the document {failed[0].name} did not align ({failed[0].error}); "
                              "fix its files and run aligner batch again, or leave it out",
                              path=os.fspath(db))
        if failed and len(failed) == len(docs):
            raise ConfigError(f"nothing to export: none of its {count(len(docs), 'document')} "
                              "aligned (aligner batch lists why)", path=os.fspath(db))
        if failed:
            warn(left_out(db, failed))
        if (note := changed_since_stored(db, docs)) is not None:
            warn(note)
        if not unique and (note := copies_note(copies(docs))) is not None:
            warn(f"{os.fspath(db)}: {note}")

        def documents() -> Iterator[tuple[str, Alignment]]:
            for doc in docs:
                if doc.status == "aligned":
                    yield doc.name, collection.alignment(doc)

        once = UniqueUnits(min_score=min_score, reviewed_only=reviewed_only)
        with collection.guard():
            report = export_documents(once(documents()) if unique else documents(), path,
                                      fmt=fmt, min_score=min_score,
                                      creation_date=creation_date, meta=meta,
                                      reviewed_only=reviewed_only,
                                      several=len(docs) - len(failed) > 1)
        return replace(report, repeated=once.left_out)
