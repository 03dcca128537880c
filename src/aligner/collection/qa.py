"""``aligner check`` and ``aligner report`` over a collection.

Documents are checked one at a time (:func:`~aligner.collection.crosscheck.check_documents`);
the report writes each document's review page as soon as it is checked, so
memory holds one document, its findings and the collection's term tally.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aligner import __version__
from aligner.check import CheckOptions
from aligner.collection.crosscheck import (
    COLLECTION_CHECKS,
    SEGMENT_CODE,
    TERM_CODE,
    CrossFinding,
    check_documents,
    segment_findings,
    term_tally,
)
from aligner.collection.findings import CollectionFindings
from aligner.collection.store import Collection, DocumentRow, open_collection
from aligner.collection.stored import changed_since_stored, left_out
from aligner.errors import ConfigError
from aligner.model import Severity
from aligner.pipeline import load_glossary_file


@dataclass(frozen=True, slots=True)
class CollectionCheckOptions:
    """The per-document checks' options, and the codes of the checks across documents
    that are off or have another severity."""

    checks: CheckOptions = field(default_factory=CheckOptions)
    disabled: frozenset[str] = frozenset()
    severities: dict[str, Severity] | None = None

    def severity(self, code: str) -> Severity:
        return (self.severities or {}).get(code, COLLECTION_CHECKS[code])


def split_codes(codes: Sequence[str]) -> tuple[list[str], list[str]]:
    """Codes of the checks across documents, and the others."""
    return ([c for c in codes if c in COLLECTION_CHECKS],
            [c for c in codes if c not in COLLECTION_CHECKS])


def _languages(docs: Sequence[DocumentRow]) -> tuple[str | None, str | None]:
    """The collection's languages (its first aligned document's); None when it has none."""
    aligned = [d for d in docs if d.status == "aligned"] or list(docs)
    if not aligned:
        return None, None
    return aligned[0].src_lang, aligned[0].tgt_lang


def _texts(collection: Collection, found: Sequence[CrossFinding]
           ) -> dict[tuple[str, int], tuple[str, str]]:
    out = {}
    with collection.guard():
        for f in found:
            row = collection.conn.execute(
                "SELECT b.source, b.target FROM beads b JOIN documents d ON d.id = b.doc "
                "WHERE d.name = ? AND b.unit = ?", (f.document, f.unit)).fetchone()
            if row is not None:
                out[(f.document, f.unit)] = (row[0], row[1])
    return out


def check_collection(db: str | os.PathLike[str], *, glossary: str | None,
                     options: CollectionCheckOptions, names: Sequence[str] = (),
                     encoding: str = "utf-8", report_dir: str | None = None,
                     low_confidence: float | None = None,
                     warn: Callable[[str], None] = lambda _message: None) -> CollectionFindings:
    """Check every aligned document of ``db`` (or those named) and across them; with
    ``report_dir``, write the review pages and the index there as well.  Documents
    that did not align are left out of the checks, with a warning; one that ``names``
    selects is an error (:class:`ConfigError`), as for ``export --doc``."""
    # one snapshot: aligner batch storing meanwhile changes nothing of what is checked
    with open_collection(db) as collection, collection.snapshot():
        for opening in collection.notes():
            warn(opening)
        docs = collection.documents(names)
        failed = [d for d in docs if d.status != "aligned"]
        if names and failed:  # as export --doc: a gate must not pass what it cannot check
            raise ConfigError(f"the document {failed[0].name} did not align "
                              f"({failed[0].error}); fix its files and run aligner batch "
                              "again, or leave it out of --doc", path=os.fspath(db))
        if failed:
            warn(left_out(db, failed))
        if (note := changed_since_stored(db, docs)) is not None:
            warn(note)
        src_lang, tgt_lang = _languages(docs)
        loaded = load_glossary_file(glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                                    encoding=encoding, warn=warn)
        if loaded is not None and glossary is not None and src_lang and tgt_lang:
            from aligner.pipeline.direction import unchecked_forbidden

            if (note := unchecked_forbidden(
                    glossary, loaded, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                    fix=f"a TMX of it is read the other way round (aligner export "
                        f"{os.fspath(db)} -o all.tmx, then aligner check all.tmx)")) is not None:
                warn(note)
        tally = (term_tally(loaded, src_lang, tgt_lang)
                 if src_lang is not None and tgt_lang is not None else None)
        found = CollectionFindings()
        with contextlib.ExitStack() as stack:
            pages = None
            if report_dir is not None:
                from aligner.collection.pages import CollectionPages

                pages = stack.enter_context(
                    CollectionPages(Path(report_dir), low_confidence=low_confidence))
            for checked in check_documents(collection, docs, glossary=loaded,
                                           options=options.checks, tally=tally):
                found.add_document(checked)
                if pages is not None:
                    pages.add_document(checked, loaded)
            cross: list[CrossFinding] = []
            if tally is not None and TERM_CODE not in options.disabled:
                cross += tally.findings(options.severity(TERM_CODE))
            if SEGMENT_CODE not in options.disabled:
                cross += segment_findings(collection, docs, options.severity(SEGMENT_CODE))
            found.add_cross(cross, _texts(collection, cross))
            found.settings = {  # typed, as aligner check of one pair writes them
                "tool": f"aligner {__version__}", "collection": os.fspath(db),
                "src_lang": src_lang, "tgt_lang": tgt_lang,
                "glossary": loaded.path if loaded is not None else None,
                "glossary_used": loaded is not None and bool(loaded.entries),
                "disabled": sorted(options.checks.disabled | options.disabled),
                "severities": {c: s.value for c, s in sorted(
                    {**options.checks.severities, **(options.severities or {})}.items())},
                "min_confidence": options.checks.min_confidence,
            }
            if options.checks.checklist is not None:
                found.settings["checklist"] = options.checks.checklist.path
            if pages is not None:
                pages.finish(found, tally.table() if tally is not None else [], failed)
    return found
