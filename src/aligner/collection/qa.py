"""``aligner check`` and ``aligner report`` over a collection.

Documents are checked one at a time (:func:`~aligner.collection.crosscheck.check_documents`);
the report writes each document's review page as soon as it is checked, so
memory holds one document, its findings and the collection's term tally.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aligner import __version__
from aligner.check import CheckOptions
from aligner.collection.crosscheck import (
    COLLECTION_CHECKS,
    SEGMENT_CODE,
    TERM_CODE,
    CrossFinding,
    TermTally,
    check_documents,
    segment_findings,
    term_tally,
)
from aligner.collection.findings import CollectionFindings
from aligner.collection.language_pairs import Pair, by_pair, of_pair
from aligner.collection.remembered import pair_key
from aligner.collection.store import Collection, DocumentRow, open_collection
from aligner.collection.stored import changed_since_stored, left_out
from aligner.errors import ConfigError, GlossaryPairError
from aligner.model import Glossary, Severity
from aligner.pipeline import load_glossary_file
from aligner.textutil import count, first_few


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
                     warn: Callable[[str], None] = lambda _message: None,
                     src_lang: str | None = None,
                     tgt_lang: str | None = None,
                     glossaries: Mapping[Pair, str] | None = None) -> CollectionFindings:
    """Check every aligned document of ``db`` (or those named) and across them; with
    ``report_dir``, write the review pages and the index there as well.  Documents
    that did not align are left out of the checks, with a warning; one that ``names``
    selects is an error (:class:`ConfigError`), as for ``export --doc``.  The documents
    of each language pair are checked with the glossary read for that pair, and
    compared with one another only (:func:`~.crosscheck.segment_findings`); those of
    ``src_lang``/``tgt_lang`` alone when given (:func:`~.language_pairs.of_pair`).
    ``glossaries``: the glossary of each language pair that has one of its own (the one
    ``aligner batch`` remembers for it), in place of ``glossary``."""
    # one snapshot: aligner batch storing meanwhile changes nothing of what is checked
    with open_collection(db) as collection, collection.snapshot():
        for opening in collection.notes():
            warn(opening)
        docs = of_pair(collection.documents(names), src_lang, tgt_lang, path=db)
        failed = [d for d in docs if d.status != "aligned"]
        if names and failed:  # as export --doc: a gate must not pass what it cannot check
            raise ConfigError(f"the document {failed[0].name} did not align "
                              f"({failed[0].error}); fix its files and run aligner batch "
                              "again, or leave it out of --doc", path=os.fspath(db))
        if failed:
            warn(left_out(db, failed))
        if (note := changed_since_stored(db, docs)) is not None:
            warn(note)
        docs = [d for d in docs if d.status == "aligned"] or docs
        own = glossaries or {}
        pairs = [_pair_check(own.get(pair_key(own, pair), glossary), pair, members, db=db,
                             encoding=encoding, warn=warn) for pair, members in by_pair(docs)]
        refused = [p.refused for p in pairs if p.refused is not None]
        if refused and len(refused) == len(pairs):  # of none of the pairs: as for one
            raise refused[0]
        for p in pairs:
            if p.refused is not None:
                warn(f"{p.glossary} is for another language pair than {p.pair[0]} -> "
                     f"{p.pair[1]}: not used for the {count(len(p.docs), 'document')} of "
                     f"that pair ({first_few([d.name for d in p.docs], 3)}); check them "
                     f"with a glossary of their pair (--src-lang {p.pair[0]} --tgt-lang "
                     f"{p.pair[1]} --glossary FILE)")
        found = CollectionFindings()
        with contextlib.ExitStack() as stack:
            pages = None
            if report_dir is not None:
                from aligner.collection.pages import CollectionPages
                from aligner.report.collection import pair_label

                pages = stack.enter_context(
                    CollectionPages(Path(report_dir), low_confidence=low_confidence))
            of_doc = {d.id: p for p in pairs for d in p.docs}
            for doc in docs:  # by name, each with its pair's glossary and tally
                pair = of_doc[doc.id]
                for checked in check_documents(collection, [doc], glossary=pair.loaded,
                                               options=options.checks, tally=pair.tally,
                                               asked=(src_lang, tgt_lang)):
                    found.add_document(checked)
                    if pages is not None:
                        pages.add_document(checked, pair.loaded)
            cross: list[CrossFinding] = []
            for pair in pairs:
                if pair.tally is not None and TERM_CODE not in options.disabled:
                    cross += pair.tally.findings(options.severity(TERM_CODE))
            if SEGMENT_CODE not in options.disabled:
                cross += segment_findings(collection, docs, options.severity(SEGMENT_CODE))
            loaded = next((p.loaded for p in pairs if p.loaded is not None), None)
            one = pairs[0].pair if len(pairs) == 1 else (None, None)
            found.add_cross(cross, _texts(collection, cross))
            found.settings = {  # typed, as aligner check of one pair writes them
                "tool": f"aligner {__version__}", "collection": os.fspath(db),
                "src_lang": one[0], "tgt_lang": one[1],
                "language_pairs": [list(p.pair) for p in pairs],
                "glossary": loaded.path if loaded is not None else None,
                "glossaries": [p.loaded.path if p.loaded is not None else None
                               for p in pairs],
                "glossary_used": loaded is not None and bool(loaded.entries),
                "disabled": sorted(options.checks.disabled | options.disabled),
                "severities": {c: s.value for c, s in sorted(
                    {**options.checks.severities, **(options.severities or {})}.items())},
                "min_confidence": options.checks.min_confidence,
            }
            if options.checks.checklist is not None:
                found.settings["checklist"] = options.checks.checklist.path
            if pages is not None:
                pages.finish(found, [(pair_label(*p.pair), term, renderings)
                                     for p in pairs if p.tally is not None
                                     for term, renderings in p.tally.table()], failed)
    return found


@dataclass(frozen=True, slots=True)
class _PairCheck:
    """A language pair of the documents checked: its documents, the glossary read for
    it (None: none, or one of another pair, ``refused``) and its term tally."""

    pair: tuple[str, str]
    docs: list[DocumentRow]
    glossary: str | None
    loaded: Glossary | None
    refused: GlossaryPairError | None
    tally: TermTally | None


def _pair_check(glossary: str | None, pair: tuple[str, str], docs: list[DocumentRow], *,
                db: str | os.PathLike[str], encoding: str, warn: Callable[[str], None]
                ) -> _PairCheck:
    """The glossary read for the documents of ``pair`` -- the other way round for the
    reversed pair, as ``aligner check`` reads it for one document --, or why it is not
    (``refused``: of another pair)."""
    try:
        loaded = load_glossary_file(glossary, src_lang=pair[0], tgt_lang=pair[1],
                                    encoding=encoding, warn=warn)
    except GlossaryPairError as exc:
        return _PairCheck(pair, docs, glossary, None, exc, None)
    if loaded is not None and glossary is not None:
        from aligner.pipeline.direction import unchecked_forbidden

        if (note := unchecked_forbidden(
                glossary, loaded, src_lang=pair[0], tgt_lang=pair[1], encoding=encoding,
                fix=f"a TMX of it is read the other way round (aligner export "
                    f"{os.fspath(db)} -o all.tmx, then aligner check all.tmx)")) is not None:
            warn(note)
    return _PairCheck(pair, docs, glossary, loaded, None, term_tally(loaded, *pair))
