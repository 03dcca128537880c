"""``aligner export COLLECTION.db``: the collection's aligned beads as one file.

Documents are read from the database one at a time and handed to
:func:`aligner.formats.export_documents`, which writes as they come, so memory
holds one document whatever the size of the collection.  One document
exported alone is the file ``aligner align`` writes for that pair, plus the
document's name on every TMX unit (``x-document``).

A collection holds one language pair, but ``aligner batch`` takes a regional
variant of it (``es-ES``/``en-US`` documents beside ``es``/``en`` ones: a bare
language matches any region), and each document keeps the tags it was stored
with.  TMX, TSV and CSV write each document's own; XLIFF names one pair for
the whole file, so there the documents are written under the tags they share
(:func:`shared_pair`: the bare languages, ``es``/``en``), with a warning.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from aligner.collection.duplicates import UniqueUnits, copies, copies_note, written_twice
from aligner.collection.store import open_collection
from aligner.collection.stored import changed_since_stored, gone_since_stored, left_out
from aligner.errors import ConfigError
from aligner.formats import (
    XLIFF_FORMATS,
    AlignmentFormat,
    TmxMeta,
    WriteReport,
    alignment_format_for_path,
    check_untranslated,
    export_documents,
)
from aligner.lang import primary
from aligner.lang.tags import normalize_tag
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
    unwrap: bool = False,
    untranslated: bool = False,
    warn: Callable[[str], None] = lambda _message: None,
) -> WriteReport:
    """Write the aligned documents of ``db`` (or those in ``names``) to ``path``.  A
    document named in ``names`` that did not align is an error naming it and why; the
    failed ones of a whole collection are left out, with a warning.  Documents stored
    from the same texts as another are named in a warning, unless ``unique``: then
    each unit is written once (:mod:`aligner.collection.duplicates`); ``unwrap``: the
    segments without a hard-wrapped text's line breaks (:mod:`aligner.formats.unwrap`);
    ``untranslated``: the sources left untranslated too, as units without a target (XLIFF:
    :func:`aligner.formats.check_untranslated`, said before the collection is read)."""
    check_untranslated(fmt or alignment_format_for_path(path), untranslated)
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
        for note in (changed_since_stored(db, docs), gone_since_stored(db, docs)):
            if note is not None:
                warn(note)
        # the copies' units written: all of them, unless some are left out
        found = [] if unique else copies(docs)
        written = (written_twice(found, collection.alignment, min_score=min_score,
                                 reviewed_only=reviewed_only)
                   if found and (reviewed_only or min_score > 0) else None)
        if (note := copies_note(found, written=written)) is not None:
            warn(f"{os.fspath(db)}: {note}")

        aligned = [d for d in docs if d.status == "aligned"]
        pairs = sorted({(d.src_lang, d.tgt_lang) for d in aligned})
        relabel = None
        if len(pairs) > 1 and (fmt or alignment_format_for_path(path)) in XLIFF_FORMATS:
            relabel = shared_pair(pairs)
            listed = ", ".join(f"{s} -> {t}" for s, t in pairs)
            warn(f"{os.fspath(db)}: its documents are {listed}: XLIFF names one language "
                 f"pair, so they are written as {relabel[0]} -> {relabel[1]} (TMX keeps each "
                 "document's own)")

        one_sided = [0, 0]

        def documents() -> Iterator[tuple[str, Alignment]]:
            for doc in aligned:
                alignment = collection.alignment(doc)
                for bead in alignment.beads:
                    if bead.is_null:
                        one_sided[0] += len(bead.src)
                        one_sided[1] += len(bead.tgt)
                if relabel is not None:
                    alignment = replace(alignment, src_lang=relabel[0], tgt_lang=relabel[1])
                yield doc.name, alignment

        once = UniqueUnits(min_score=min_score, reviewed_only=reviewed_only)
        with collection.guard():
            report = export_documents(once(documents()) if unique else documents(), path,
                                      fmt=fmt, min_score=min_score,
                                      creation_date=creation_date, meta=meta,
                                      reviewed_only=reviewed_only,
                                      several=len(docs) - len(failed) > 1, unwrap=unwrap,
                                      untranslated=untranslated)
        return replace(report, repeated=once.left_out, one_sided=(one_sided[0], one_sided[1]))


def shared_pair(pairs: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """The language pair all of ``pairs`` are: a side's tag when they all have it (in
    any case), else its bare language (``es-ES`` and ``es``: ``es``)."""
    def shared(tags: list[str]) -> str:
        return tags[0] if len({normalize_tag(t) for t in tags}) == 1 else primary(tags[0])

    return shared([s for s, _ in pairs]), shared([t for _, t in pairs])
