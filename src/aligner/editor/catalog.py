"""The documents of a collection under review: opened on demand, listed with their state.

:class:`CollectionDocuments` is the server's mapping of document ids
(``documents.id`` in the database) to editor documents; a document is opened
(its alignment and log read) the first time a page asks for it.  Its
:meth:`~CollectionDocuments.summaries` are the list page's rows: each
document's state (:func:`review_state`), sentence counts, and how many beads
look doubtful (:func:`~aligner.editor.view.is_doubtful`, the ``n`` key's rule),
computed once per document version.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping

from aligner.align.options import Evidence
from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.collection.store import DocumentGone, DocumentRow
from aligner.editor.app import Document
from aligner.editor.dbstore import CollectionStore, ReviewDatabase
from aligner.editor.places import COLLECTION_SUFFIX, Places
from aligner.editor.session import EditSession
from aligner.editor.store import ChangedBehind
from aligner.editor.view import DocumentSummary, page_view
from aligner.errors import AlignerError, GlossaryPairError
from aligner.model import Glossary


def review_state(beads: int, reviewed: int) -> str:
    """``not reviewed`` (no bead has a person's mark), ``reviewed`` (every bead has one:
    confirmed or edited) or ``in progress`` (some have)."""
    if reviewed == 0:
        return "not reviewed"
    return "reviewed" if reviewed >= beads else "in progress"


class CollectionDocuments(Mapping[str, Document]):
    """The aligned documents of a collection, by id, opened on first use."""

    def __init__(self, path: str | os.PathLike[str], *, glossary: str | None = None,
                 low_confidence: float = DEFAULT_MIN_CONFIDENCE,
                 glossaries: Mapping[tuple[str, str], str] | None = None) -> None:
        self.db = ReviewDatabase(path)
        self.glossary_path = glossary
        #: Each language pair's own glossary (the collection remembers it), before
        #: ``glossary``: ``aligner review C.db`` given no --glossary.
        self.glossaries = dict(glossaries or {})
        self.low_confidence = low_confidence
        #: Where the reviser was in each document, by name (:mod:`aligner.editor.places`).
        self.places = Places(f"{path}{COLLECTION_SUFFIX}")
        self._rows = {str(d.id): d for d in self.db.documents()}
        self._open: dict[str, Document] = {}
        self._glossaries: dict[tuple[str, str], Glossary | None] = {}
        #: The language pairs the glossary is not of, and why (read by :meth:`glossary`).
        self.refused: dict[tuple[str, str], GlossaryPairError] = {}
        self._doubtful: dict[tuple[str, int], int] = {}
        # each document's files as last compared, by what a stat says of them
        self._files: dict[tuple[object, ...], str] = {}
        self._lock = threading.Lock()

    def __getitem__(self, doc_id: str) -> Document:
        with self._lock:
            if doc_id not in self._open:
                row = self._rows[doc_id]  # KeyError: no such document
                glossary = self.glossary(row.src_lang, row.tgt_lang)
                from aligner.pipeline import term_evidence

                session = EditSession(CollectionStore(self.db, row),
                                      evidence=Evidence(term_pairs=term_evidence(glossary)))
                self._open[doc_id] = Document(session, glossary, self.low_confidence,
                                              places=self.places, place_key=row.name)
            return self._open[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def glossary(self, src_lang: str, tgt_lang: str) -> Glossary | None:
        """The glossary oriented for a language pair (read once per pair); None for a
        pair it is not of (a collection of several pairs: :attr:`refused` says which)."""
        key = (src_lang, tgt_lang)
        if key not in self._glossaries:
            from aligner.collection.remembered import pair_key
            from aligner.pipeline import load_glossary_file

            own = self.glossaries.get(pair_key(self.glossaries, key)) \
                if self.glossaries else None
            try:
                self._glossaries[key] = load_glossary_file(
                    own or self.glossary_path, src_lang=src_lang, tgt_lang=tgt_lang)
            except GlossaryPairError as exc:
                self._glossaries[key] = None
                self.refused[key] = exc
        return self._glossaries[key]

    def start_making_forms(self) -> threading.Thread:
        """Make the word forms of each language pair of the collection in a background
        thread: an edit writes the concordance entries of the beads it changes with them
        (:func:`~aligner.collection.work.unit_texts`), and the lemma tables they are made
        from take a second or more to read (20 s on a busy machine), which the first edit
        would otherwise wait for.  An edit that comes while they are made waits for them
        (:func:`~aligner.collection.forms.side_forms` makes a pair once)."""
        pairs = sorted({(row.src_lang, row.tgt_lang) for row in self._rows.values()})
        thread = threading.Thread(target=_make_forms, args=(pairs,), name="aligner-forms",
                                  daemon=True)
        thread.start()
        return thread

    def encoder(self) -> str:
        """The encoder realigning and a split's check use for some document of the
        collection: ``auto`` when one was aligned with an encoder (or records no
        settings, realigned with the defaults), else ``none``."""
        from aligner.editor.session import options_from_settings

        with self.db.use() as c:
            used = {row[0] for row in c.conn.execute(
                "SELECT DISTINCT json_extract(settings, '$.encoder') FROM documents "
                "WHERE status = 'aligned'")}
        return "auto" if any(options_from_settings({} if name is None else {
            "encoder": str(name)}).encoder != "none" for name in used) else "none"

    def refresh(self) -> None:
        """Read the list of documents again: ``aligner batch`` may have aligned documents
        again (a new id each), added or dropped some while the editor runs.  A document
        opened under an id that is gone is closed; its page then says it changed."""
        rows = {str(d.id): d for d in self.db.documents()}
        with self._lock:
            for doc_id in [k for k in self._open if k not in rows]:
                del self._open[doc_id]
            self._rows = rows

    def summaries(self) -> list[DocumentSummary]:
        """Every document's row on the list page, by name, as the collection is now."""
        self.refresh()
        counts = self.db.review_counts()
        out = []
        for doc_id, row in dict(self._rows).items():
            if row.id not in counts:
                continue  # gone since the list was read
            beads, reviewed, version = counts[row.id]
            doubtful = self._count_doubtful(doc_id, row, version)
            if doubtful is None:  # replaced behind the open editor
                continue
            out.append(DocumentSummary(
                doc_id, row.name, review_state(beads, reviewed), row.src_sentences,
                row.tgt_sentences, beads, reviewed, doubtful, version, self._file_state(row),
                row.src_lang, row.tgt_lang))
        return sorted(out, key=lambda s: s.name)

    def _file_state(self, row: DocumentRow) -> str:
        """"changed", "gone" or "" (as stored): :func:`~aligner.collection.stored.
        compare_files`, hashed again only when a file's size or time changed."""
        from pathlib import Path

        from aligner.collection.stored import compare_files

        stats: list[object] = [row.id, row.src_hash, row.tgt_hash]
        for path in (row.src_path, row.tgt_path):
            try:
                st = Path(path).stat()
                stats.append((path, st.st_size, st.st_mtime_ns))
            except OSError:
                stats.append((path, None))
        key = tuple(stats)
        if key not in self._files:
            missing, changed = compare_files(row)
            self._files[key] = "gone" if missing else "changed" if changed else ""
        return self._files[key]

    def _count_doubtful(self, doc_id: str, row: DocumentRow, stored: int) -> int | None:
        """The document's doubtful beads, at the version the editor holds (``stored``,
        the database's, when it is not open); None when it was replaced behind it."""
        doc = self._open.get(doc_id)
        alignment = None
        version = stored
        if doc is not None:  # the version the editor holds
            try:
                alignment, version = doc.session.store.load()
            except ChangedBehind:
                return None
        key = (doc_id, version)
        if key not in self._doubtful:
            if alignment is None:
                try:
                    with self.db.use() as c:  # read, not kept: the list needs only the count
                        alignment = c.alignment(row)
                except DocumentGone:  # aligned again since the rows were read: not listed
                    return None
            glossary = self.glossary(row.src_lang, row.tgt_lang)
            self._doubtful[key] = page_view(alignment, glossary, self.low_confidence).doubtful
        return self._doubtful[key]

    def close(self) -> None:
        self.db.close()


def _make_forms(pairs: list[tuple[str, str]]) -> None:
    from aligner.collection.forms import side_forms

    for src_lang, tgt_lang in pairs:
        # one that cannot be made: the edit that needs it says so, as it would have
        with contextlib.suppress(AlignerError):
            side_forms(src_lang, tgt_lang)
