"""The collection database: one SQLite file (see ``docs/collections.md`` for the schema).

:func:`open_collection` opens (or creates) it and refuses, with one line, a
file that is not a SQLite database, a SQLite database of another application,
a collection written by a newer version of the schema, or a corrupt one; a
file that exists is never overwritten.  Every pair is stored in one
transaction (:meth:`Collection.store`), so a run that is killed leaves each
pair either completely stored or absent; the database is in WAL mode so that
readers are not blocked by the writer.  One process writes: ``aligner batch``'s
parent (the workers only compute).  Every write goes through :class:`Collection`
(storing, removing, re-beading a document, review marks), under its one guard and
transaction.  How the file is opened -- made, upgraded, or read where it cannot be
written -- is :mod:`aligner.collection.opening`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from aligner.collection.cues import sentence_cues, with_cues
from aligner.collection.forms import FORMS_VERSION
from aligner.collection.looks import sentence_looks, with_looks
from aligner.collection.opening import Opened, connect, notes
from aligner.collection.parts import sentence_part, with_parts
from aligner.collection.records import bead_record, with_records
from aligner.collection.rows import MEMORY, as_run, with_memory_props
from aligner.collection.rows import DocumentGone as DocumentGone
from aligner.collection.rows import DocumentRow as DocumentRow
from aligner.collection.rows import PairRecord as PairRecord
from aligner.collection.rows import Segmentation as Segmentation
from aligner.collection.schema import SCHEMA_VERSION as SCHEMA_VERSION
from aligner.collection.selecting import selected
from aligner.collection.substring import stored
from aligner.errors import InputError
from aligner.model import Alignment, Bead, Review, ReviewState
from aligner.textutil import count

_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"  # a review mark's time, UTC


class Collection:
    """An open collection database (use :func:`open_collection`)."""

    def __init__(self, opened: Opened, path: str) -> None:
        self.opened = opened
        self.conn = opened.conn
        self.path = path

    def notes(self, *, searching: bool = False) -> list[str]:
        """What a command should tell the user about how the collection was opened (an
        upgrade of its schema; a read-only one's search entries left old)."""
        return notes(self.path, self.opened, searching=searching)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn a database error (a corrupt file, a full disk) into one line naming the file."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise InputError(f"database error: {exc}", path=self.path) from None

    # -- reading -----------------------------------------------------------------

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every read in the block sees the collection as it was at
        the first one, whatever ``aligner batch`` commits meanwhile (WAL mode lets a reader
        keep its snapshot while a writer goes on).  Inside one already: that one; no writes."""
        began = not self.conn.in_transaction
        if began:
            self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if began:
                self.conn.execute("COMMIT")  # ends the read; nothing was written

    def documents(self, names: Sequence[str] = ()) -> list[DocumentRow]:
        """Every document (or those named: a name, a pattern as ``legal/*``, or a folder,
        in the order given), by name; a name that finds none is an error."""
        with self.guard():
            rows = [DocumentRow(*r) for r in self.conn.execute(
                "SELECT id, name, src_path, tgt_path, src_hash, tgt_hash, settings_hash, "
                "status, error, src_lang, tgt_lang, src_sentences, tgt_sentences, beads, kind "
                "FROM documents ORDER BY name")]
        if names:  # a name typed in one Unicode form finds the document stored in another
            by_name = {unicodedata.normalize("NFC", r.name): r for r in rows}
            rows = [by_name[n] for n in selected(names, list(by_name), path=self.path)]
        return rows

    def reviewed_beads(self) -> dict[str, int]:
        """How many beads a person confirmed or edited, by document name (those with any)."""
        with self.guard():
            return dict(self.conn.execute(
                "SELECT d.name, count(*) FROM beads b JOIN documents d ON d.id = b.doc "
                "WHERE b.review IS NOT NULL GROUP BY d.name"))

    def last_id(self) -> int:
        """The last document id given: every document stored from now on has a larger one."""
        with self.guard():
            return int(self.conn.execute("SELECT last FROM document_ids").fetchone()[0])

    def revision(self, doc: DocumentRow) -> int:
        """How many edits the document has had (``aligner review``): its version."""
        with self.guard():
            row = self.conn.execute("SELECT revision FROM documents WHERE id = ?",
                                    (doc.id,)).fetchone()
        return int(row[0]) if row else -1

    def settings(self, doc: DocumentRow) -> dict[str, str]:
        """The settings the document was aligned with (as ``Alignment.settings``)."""
        with self.guard():
            row = self.conn.execute("SELECT settings FROM documents WHERE id = ?",
                                    (doc.id,)).fetchone()
        return dict(json.loads(row[0])) if row else {}

    def alignment(self, doc: DocumentRow) -> Alignment:
        """The stored alignment of an aligned document, as ``aligner align`` made it.
        Read in one snapshot, so a document replaced meanwhile is never half read;
        :class:`DocumentGone` when it is no longer there (its row read before)."""
        with self.guard(), self.snapshot():
            row = self.conn.execute(
                "SELECT src_name, tgt_name, settings FROM documents WHERE id = ?",
                (doc.id,)).fetchone()
            if row is None:
                raise DocumentGone(f"document {doc.name!r} is no longer in the collection "
                                   "(aligned again or removed by aligner batch since it "
                                   "was listed)", path=self.path)
            src_name, tgt_name, settings = row
            sents: dict[str, list[str]] = {"src": [], "tgt": []}
            looks: dict[str, list[str | None]] = {"src": [], "tgt": []}
            cues: dict[str, list[str | None]] = {side: [] for side in looks}
            parts: dict[str, list[tuple[str | None, int | None]]] = {s: [] for s in looks}
            starts: dict[str, set[int]] = {"src": set(), "tgt": set()}
            prev: dict[str, int | None] = {"src": None, "tgt": None}
            for side, text, paragraph, formatting, cue, part, number in self.conn.execute(
                    "SELECT side, text, paragraph, formatting, cues, part, number FROM "
                    "sentences WHERE doc = ? ORDER BY side, idx", (doc.id,)):
                if paragraph != prev[side]:  # as SegmentedDocument.paragraph_starts
                    starts[side].add(len(sents[side]))
                prev[side] = paragraph
                for column, value in ((sents, text), (looks, formatting), (cues, cue)):
                    column[side].append(value)
                parts[side].append((part, number))
            rows = self.conn.execute(
                "SELECT src_first, src_count, tgt_first, tgt_count, score, signals, review, "
                "reviewed, record FROM beads WHERE doc = ? ORDER BY unit", (doc.id,)).fetchall()
        beads = tuple(Bead(tuple(range(sf, sf + sc)), tuple(range(tf, tf + tc)), score,
                           json.loads(signals), _review(review, reviewed))
                      for sf, sc, tf, tc, score, signals, review, reviewed, _ in rows)
        alignment = Alignment(tuple(sents["src"]), tuple(sents["tgt"]), beads, doc.src_lang,
                              doc.tgt_lang, src_name, tgt_name, json.loads(settings),
                              frozenset(starts["src"]), frozenset(starts["tgt"]))
        # a memory's records, codes (schema 8); the sentences' looks, cues, parts (12, 13, 15)
        at = f"{self.path}: {doc.name}"
        alignment = with_looks(with_records(alignment, [row[-1] for row in rows], where=at),
                               looks["src"], looks["tgt"], where=at)
        alignment = with_parts(with_cues(alignment, cues["src"], cues["tgt"], where=at),
                               parts["src"], parts["tgt"], where=at)
        return with_memory_props(alignment) if doc.kind == MEMORY else alignment

    def originals(self, doc: DocumentRow) -> dict[tuple[str, int], str]:
        """The file's text of each sentence of ``doc`` a reviewer's text edit changed,
        by (side, index): the stored text is the corrected one (schema 9)."""
        with self.guard():
            return {(side, idx): text for side, idx, text in self.conn.execute(
                "SELECT side, idx, original FROM sentences WHERE doc = ? "
                "AND original IS NOT NULL", (doc.id,))}

    def aligned(self, names: Sequence[str] = ()) -> Iterator[tuple[DocumentRow, Alignment]]:
        """The aligned documents (or those named) one at a time, by name, as they were
        when the first was read (one snapshot)."""
        with self.snapshot():
            for doc in self.documents(names):
                if doc.status == "aligned":
                    yield doc, self.alignment(doc)

    # -- writing -----------------------------------------------------------------

    def store(self, record: PairRecord, *, keep_reviewed: bool = False,
              carried_from: tuple[int, int] | None = None) -> int:
        """Replace the document ``record.name`` by ``record``, in one transaction, and
        return 0 -- unless ``keep_reviewed`` and the stored document has beads a person
        reviewed: then it is kept and their number returned.  The test is made inside
        the transaction, so a review saved while the record was being made counts.
        ``carried_from`` (document id, revision): the record carries the review of that
        document as it was then, and replaces it if it is still so."""
        with self.guard(), self.transaction():
            if carried_from is not None and self.conn.execute(
                    "SELECT id, revision FROM documents WHERE name = ?",
                    (record.name,)).fetchone() == carried_from:
                self._replace(record)
                return 0
            if keep_reviewed and (reviewed := self._reviewed(record.name)):
                return reviewed
            self._replace(record)
        return 0

    def _reviewed(self, name: str) -> int:
        """How many beads of the document ``name`` a person confirmed or edited."""
        (reviewed,) = self.conn.execute(
            "SELECT count(*) FROM beads b JOIN documents d ON d.id = b.doc "
            "WHERE d.name = ? AND b.review IS NOT NULL", (name,)).fetchone()
        return int(reviewed)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: committed at the block's end, rolled back if it raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def store_all(self, records: Sequence[PairRecord], paths: Sequence[tuple[str, int]] = (),
                  *, keep_reviewed: bool = False) -> list[tuple[str, int]]:
        """Replace the documents of ``records`` by them and give the documents of
        ``paths`` (path, id) their one file's new path (a memory that moved), all in one
        transaction; with ``keep_reviewed``, a stored document with beads a person
        reviewed is kept (tested in the transaction), and returned with their number."""
        kept = []
        with self.guard(), self.transaction():
            self.conn.executemany("UPDATE documents SET src_path = ?1, tgt_path = ?1 "
                                  "WHERE id = ?2", paths)
            for record in records:
                if keep_reviewed and (reviewed := self._reviewed(record.name)):
                    kept.append((record.name, reviewed))
                    continue
                self._replace(record)
        return kept

    def _replace(self, r: PairRecord) -> None:
        c = self.conn
        old = c.execute("SELECT id FROM documents WHERE name = ?", (r.name,)).fetchone()
        # the edit log of the document replaced is its history: kept, under its id
        logged = old is not None and c.execute("SELECT 1 FROM edits WHERE doc = ? LIMIT 1",
                                                old).fetchone() is not None
        self._delete(r.name, keep_log=True)
        al = r.alignment
        # A new id, never one given before (schema version 4): an editor page open on
        # the document replaced must find it gone, not write into this one.
        c.execute("UPDATE document_ids SET last = max(last, (SELECT coalesce(max(id), 0) "
                  "FROM documents)) + 1")
        (doc,) = c.execute("SELECT last FROM document_ids").fetchone()
        c.execute(
            "INSERT INTO documents (id, name, src_path, tgt_path, src_hash, tgt_hash, "
            "settings_hash, status, error, warnings, src_lang, tgt_lang, src_name, tgt_name, "
            "settings, src_sentences, tgt_sentences, beads, seconds, forms, kind)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc, r.name, r.src_path, r.tgt_path, r.src_hash, r.tgt_hash, r.settings_hash,
             "failed" if al is None else "aligned", r.error,
             json.dumps(list(r.warnings), ensure_ascii=False), r.src_lang, r.tgt_lang,
             al.src_name if al else "", al.tgt_name if al else "",
             json.dumps(dict(al.settings) if al else {}, ensure_ascii=False),
             len(al.src_sentences) if al else 0, len(al.tgt_sentences) if al else 0,
             len(al.beads) if al else 0, r.seconds, FORMS_VERSION, r.kind))
        if logged:
            c.execute("INSERT INTO replaced_documents (id, name, replaced_by) VALUES (?,?,?)",
                      (old[0], r.name, doc))
        if al is None:
            return
        assert r.src_spans is not None and r.tgt_spans is not None
        for side, spans in (("src", r.src_spans), ("tgt", r.tgt_spans)):
            sentences, looks, cues, parts, numbers = (getattr(al, f"{side}_{column}") for
                column in ("sentences", "formatting", "cues", "parts", "paragraphs"))
            c.executemany('INSERT INTO sentences (doc, side, idx, text, start, "end", paragraph, '
                          "formatting, cues, part, number) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                          ((doc, side, i, text, *span, sentence_looks(looks, i),
                            sentence_cues(cues, i), *sentence_part(parts, i, numbers))
                           for i, (text, span) in enumerate(zip(sentences, spans.spans,
                                                                strict=True))))
        for column, marks in (("original", r.originals), ("split", r.splits), ("joined", r.joins)):
            c.executemany(f"UPDATE sentences SET {column} = ? WHERE doc = ? AND side = ? AND "
                          f"idx = ?", ((t, doc, side, i) for side, i, t in marks))
        self._insert_beads(doc, al, r.units, r.forms)

    def remove(self, *names: str) -> None:
        """Take the documents ``names`` out, with their beads, sentences, search entries,
        review and edit logs (``replaced_documents``' too), all in one transaction."""
        with self.guard(), self.transaction():
            for name in names:
                self._delete(name)

    def _delete(self, name: str, *, keep_log: bool = False) -> None:
        c = self.conn
        old = c.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        if old is not None:
            c.execute("DELETE FROM bead_forms WHERE rowid IN (SELECT id FROM beads WHERE doc = ?)",
                      old)
            c.execute("DELETE FROM beads WHERE doc = ?", old)
            c.execute("DELETE FROM sentences WHERE doc = ?", old)
            if not keep_log:
                c.execute("DELETE FROM edits WHERE doc = ?", old)
            c.execute("DELETE FROM documents WHERE id = ?", old)
        if not keep_log:
            c.execute("DELETE FROM edits WHERE doc IN "
                      "(SELECT id FROM replaced_documents WHERE name = ?)", (name,))
            c.execute("DELETE FROM replaced_documents WHERE name = ?", (name,))

    def replace_beads(self, doc: int, alignment: Alignment, units: Sequence[tuple[str, str]],
                      forms: Sequence[tuple[str, str]]) -> None:
        """Replace document ``doc``'s beads by ``alignment``'s, with their index entries
        and records (inside a transaction the caller holds: ``units``/``forms`` as
        :class:`PairRecord` has them)."""
        c = self.conn
        c.execute("DELETE FROM bead_forms WHERE rowid IN (SELECT id FROM beads WHERE doc = ?)",
                  (doc,))
        c.execute("DELETE FROM beads WHERE doc = ?", (doc,))
        self._insert_beads(doc, alignment, units, forms)
        c.execute("UPDATE documents SET beads = ?, forms = ? WHERE id = ?",
                  (len(alignment.beads), FORMS_VERSION, doc))

    def _insert_beads(self, doc: int, alignment: Alignment, units: Sequence[tuple[str, str]],
                      forms: Sequence[tuple[str, str]]) -> None:
        c, two_sided = self.conn, iter(forms)
        for unit, (bead, (source, target)) in enumerate(zip(alignment.beads, units,
                                                            strict=True)):
            review = bead.review
            cur = c.execute(
                "INSERT INTO beads (doc, unit, src_first, src_count, tgt_first, tgt_count, "
                "score, signals, source, target, review, reviewed, src_folded, tgt_folded, "
                "record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc, unit, *as_run(bead.src), *as_run(bead.tgt), bead.score,
                 json.dumps(dict(bead.signals)), source, target,
                 review.state.value if review else None,
                 review.changed.astimezone(UTC).strftime(_TIME) if review else None,
                 *((None, None) if bead.is_null else (stored(source), stored(target))),
                 bead_record(alignment, bead)))
            if not bead.is_null:
                c.execute("INSERT INTO bead_forms (rowid, src_forms, tgt_forms) VALUES (?,?,?)",
                          (cur.lastrowid, *next(two_sided)))

    # -- integrity ---------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with the stored data (empty when every document is whole):
        SQLite's own integrity check, then each aligned document's counts of
        sentences, beads and indexed units against what its row says."""
        with self.guard():
            found = [r[0] for r in self.conn.execute("PRAGMA integrity_check")
                     if r[0] != "ok"]
            for name, doc, n_src, n_tgt, n_beads, status in self.conn.execute(
                    "SELECT name, id, src_sentences, tgt_sentences, beads, status "
                    "FROM documents"):
                have = self.conn.execute(
                    "SELECT (SELECT count(*) FROM sentences WHERE doc = ?1 AND side = 'src'),"
                    " (SELECT count(*) FROM sentences WHERE doc = ?1 AND side = 'tgt'),"
                    " (SELECT count(*) FROM beads WHERE doc = ?1),"
                    " (SELECT count(*) FROM beads WHERE doc = ?1 AND src_count > 0"
                    "  AND tgt_count > 0),"
                    " (SELECT count(*) FROM bead_forms WHERE rowid IN"
                    "  (SELECT id FROM beads WHERE doc = ?1))", (doc,)).fetchone()
                want = ((0, 0, 0, 0, 0) if status == "failed"  # two-sided beads: indexed
                        else (n_src, n_tgt, n_beads, have[3], have[3]))
                if tuple(have) != want:
                    found.append(f"{name}: stored {have}, expected {want}")
            orphans = self.conn.execute(
                "SELECT count(*) FROM beads WHERE doc NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            if orphans:
                found.append(f"{count(orphans, 'bead')} of no document")
        return found


def _review(state: str | None, changed: str | None) -> Review | None:
    return None if state is None or changed is None else Review(
        ReviewState(state), datetime.strptime(changed, _TIME).replace(tzinfo=UTC))


def open_collection(path: str | os.PathLike[str], *, create: bool = False,
                    threads: bool = False, write: bool = False,
                    read_only: bool = False) -> Collection:
    """Open the collection at ``path``; with ``create``, make it when there is no file
    (or an empty one).  Anything else than a collection of a schema this code
    knows raises :class:`InputError` naming the file -- and is left untouched.
    With ``write`` (or ``create``), a file or folder that cannot be written is
    refused at once; without, it is opened read-only (:mod:`aligner.collection.opening`),
    and with ``read_only`` so even where it could be written (nothing is upgraded).
    With ``threads``, the connection may be used by other threads than this one
    (one at a time: the caller serialises them)."""
    name = os.fspath(path)
    return Collection(connect(name, create=create, threads=threads, write=write,
                              read_only=read_only), name)
