"""Documents of a collection database as editor stores (``aligner review COLLECTION.db``).

:class:`CollectionStore` is the editor's :class:`~aligner.editor.store.EditStore`
for one document of a collection made by ``aligner batch``.  A commit is one
SQLite transaction: the document's version is checked against the database,
its beads are replaced -- with their review marks, their joined texts and
their concordance index entries (``bead_forms``), made as ``aligner batch``
makes them -- the text of each sentence a text edit changed is replaced in
``sentences`` (its ``start``/``end`` still those of the text as read from the
document, which the log and ``sentences.original`` keep; its formatting dropped and
its subtitle cues cut to the new text, as :func:`~aligner.editor.edits.apply_change`
does), a split sentence made two rows (``_store_split``: their offsets cut from the
sentence's, the second marked ``split``, schema 14) or joined again, a sentence a person
inserted made a row of its own (``_store_insert``: its file's text empty, ``original``,
its offsets the point in the file where it stands) or taken out again, and the edit is appended
to the ``edits`` table with the new version in ``documents.revision``.  Anything that
fails rolls the whole transaction back.  The database is in WAL mode: a committed edit survives a
killed process.

All the documents of one review share a :class:`ReviewDatabase`: one SQLite
connection, used by one thread at a time (its lock), and a lock file
(``COLLECTION.db.review-lock``) held while the review runs, so that two
``aligner review`` processes cannot edit one collection.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from aligner.collection.cues import sentence_cues
from aligner.collection.looks import sentence_looks
from aligner.collection.opening import refuse_read_only
from aligner.collection.rejoin import joins_from_json, joins_to_json
from aligner.collection.store import Collection, DocumentRow, open_collection
from aligner.collection.work import unit_texts
from aligner.editor.edits import EditError, apply_change
from aligner.editor.inserting import SentenceInsert
from aligner.editor.splitting import SentenceSplit
from aligner.editor.store import (
    ChangedBehind,
    Record,
    VersionConflict,
    hold_exclusively,
    record_from_json,
    record_to_json,
)
from aligner.editor.texts import texts_to_json
from aligner.errors import AlignerError, FormatError
from aligner.model import Alignment

LOCK_SUFFIX = ".review-lock"


class ReviewDatabase:
    """A collection opened for review: its connection (one thread at a time) and lock."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        refuse_read_only(self.path)  # at start, not at the first edit
        lock_path = Path(f"{self.path}{LOCK_SUFFIX}")
        made = not lock_path.exists()
        self._lock_file = _lock(lock_path, self.path)
        try:
            # The server's worker threads take turns on the one connection (self.lock).
            self.collection = open_collection(path, threads=True, write=True)
        except BaseException:
            if made:  # a collection refused leaves no lock file of ours behind
                lock_path.unlink(missing_ok=True)
            self._lock_file.close()
            raise
        self.lock = threading.RLock()

    @contextmanager
    def use(self) -> Iterator[Collection]:
        """The collection, for this thread alone; database errors as one line."""
        with self.lock, self.collection.guard():
            yield self.collection

    def documents(self) -> list[DocumentRow]:
        with self.use() as c:
            return [d for d in c.documents() if d.status == "aligned"]

    def review_counts(self) -> dict[int, tuple[int, int, int]]:
        """Per document id: (beads, beads a person confirmed or edited, version)."""
        with self.use() as c:
            rows = c.conn.execute(
                "SELECT d.id, count(b.id), count(b.review), d.revision FROM documents d "
                "LEFT JOIN beads b ON b.doc = d.id GROUP BY d.id").fetchall()
        return {doc: (n, reviewed, revision) for doc, n, reviewed, revision in rows}

    def close(self) -> None:
        with self.lock:
            self.collection.close()
            # a clean stop leaves no lock file beside the collection: removed while still
            # held, so a review starting meanwhile finds it gone and makes its own (_lock)
            Path(f"{self.path}{LOCK_SUFFIX}").unlink(missing_ok=True)
            self._lock_file.close()  # closing the file releases the lock


class CollectionStore:
    """One document of a collection, edited (see the module docstring).

    The alignment and the log are read on first use and kept while the database
    has the same version; every load and commit checks it, so a document that
    changed behind the editor's back is refused rather than overwritten, and
    its page says so rather than showing the old copy.
    """

    def __init__(self, db: ReviewDatabase, doc: DocumentRow) -> None:
        self.db = db
        self.doc = doc
        self._alignment: Alignment | None = None
        self._version = 0
        self._records: list[Record] | None = None

    @property
    def name(self) -> str:
        return self.doc.name

    def close(self) -> None:
        """Nothing to release per document: the :class:`ReviewDatabase` holds the lock."""

    def load(self) -> tuple[Alignment, int]:
        # Checked on every load, not only the first: a page reloaded after aligner
        # batch replaced the document must not be served the copy kept here.
        # One snapshot: aligner batch replacing the document between the two reads
        # must not leave the version of one copy beside the text of none.
        with self.db.use() as c, c.snapshot():
            version = self._revision(c)  # ChangedBehind: the document is gone
            if self._alignment is None or version != self._version:
                self._alignment = c.alignment(self.doc)
                self._version = version
                self._records = None
        return self._alignment, self._version

    def records(self) -> Sequence[Record]:
        if self._records is None:
            self._records = self._read_log()
        return tuple(self._records)

    def commit(self, record: Record, expected_version: int) -> Alignment:
        alignment, version = self.load()
        if expected_version != version:
            raise VersionConflict(expected_version, version)
        if record.version != version + 1:
            raise EditError(f"record {record.version} is not the next version")
        new = apply_change(alignment, record.change)  # EditError: nothing written
        units, forms = unit_texts(new)
        saved = record_to_json(record)
        with self.db.use() as c, c.transaction():
            current = self._revision(c)
            if current != version:
                self._alignment = self._records = None  # read it again next time
                raise VersionConflict(expected_version, current)
            c.replace_beads(self.doc.id, new, units, forms)
            # the file's text is kept the first time a sentence is changed (NULL once
            # it reads as the file again): batch finds it in the files by that text;
            # a changed text loses its formatting, as apply_change drops it (undo too),
            # and its cues' spans are cut to it, as apply_change cuts them
            c.conn.executemany(
                "UPDATE sentences SET original = nullif(coalesce(original, ?2), ?1), "
                "formatting = CASE WHEN ?1 = ?2 THEN formatting END, cues = ?6, "
                "text = ?1 WHERE doc = ?3 AND side = ?4 AND idx = ?5",
                [(t.after, t.before, self.doc.id, t.side, t.index,
                  sentence_cues(getattr(new, f"{t.side}_cues"), t.index))
                 for t in record.change.texts])
            for split in record.change.splits:
                _store_split(c, self.doc.id, new, split)
            for insert in record.change.inserts:
                _store_insert(c, self.doc.id, new, insert)
            texts = record.change.texts
            c.conn.execute(
                "INSERT INTO edits (doc, version, time, op, bead, side, undoes, redoes, start, "
                "before, after, texts, splits, inserts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.doc.id, record.version, saved["time"], record.op, record.bead,
                 record.side, record.undoes, record.redoes, record.change.start,
                 json.dumps(saved["before"], ensure_ascii=False),
                 json.dumps(saved["after"], ensure_ascii=False),
                 json.dumps(texts_to_json(texts), ensure_ascii=False) if texts else None,
                 saved.get("splits") and json.dumps(saved["splits"], ensure_ascii=False),
                saved.get("inserts") and json.dumps(saved["inserts"], ensure_ascii=False)))
            c.conn.execute("UPDATE documents SET revision = ? WHERE id = ?",
                           (record.version, self.doc.id))
        self._alignment, self._version = new, record.version
        if self._records is not None:
            self._records.append(record)
        return new

    def _revision(self, c: Collection) -> int:
        row = c.conn.execute("SELECT revision FROM documents WHERE id = ? AND name = ?",
                             (self.doc.id, self.doc.name)).fetchone()
        if row is None:
            raise ChangedBehind(f"document {self.doc.name!r} is no longer in the collection "
                                "as it was opened (aligned again or removed by aligner "
                                "batch?); open it again from the list of documents, if it "
                                "is there", path=self.db.path)
        return int(row[0])

    def _read_log(self) -> list[Record]:
        alignment, _ = self.load()
        with self.db.use() as c, c.snapshot():
            # still the document loaded (ChangedBehind if not): the log of one replaced
            # since would be none -- its edits go with it -- and undo would find nothing
            self._revision(c)
            rows = c.conn.execute(
                "SELECT version, time, op, bead, side, undoes, redoes, start, before, after, "
                "texts, splits, inserts FROM edits WHERE doc = ? ORDER BY version",
                (self.doc.id,)).fetchall()
        # a record made before sentence splits were undone may name one sentence more
        limits = {side: len(getattr(alignment, f"{side}_sentences")) + len(rows)
                  for side in ("src", "tgt")}
        records = []
        for (version, time, op, bead, side, undoes, redoes, start, before, after, texts,
             splits, inserts) in rows:
            where = f"{self.db.path}: edits of {self.doc.name!r}, version {version}"
            try:
                raw = {"version": version, "time": time, "op": op, "bead": bead, "side": side,
                       "undoes": undoes, "redoes": redoes, "start": start,
                       "before": json.loads(before), "after": json.loads(after),
                       "texts": None if texts is None else json.loads(texts),
                       "splits": None if splits is None else json.loads(splits),
                       "inserts": None if inserts is None else json.loads(inserts)}
            except json.JSONDecodeError:
                raise FormatError(f"{where}: not valid JSON") from None
            records.append(record_from_json(raw, limits, where))
        return records


def _store_split(c: Collection, doc: int, new: Alignment, s: SentenceSplit) -> None:
    """Sentence ``s.index`` of ``s.side`` made two rows (or the two made one again, a
    join): the parts' offsets in the file are the sentence's, cut where the parts end and
    begin (the whitespace between in neither, ``split`` keeps it); the rows after it
    renumbered; formatting and cues those of ``new``.  A corrected sentence (its offsets
    are those of the file's text) is refused."""
    where = (doc, s.side, s.index)
    rows = c.conn.execute(
        'SELECT idx, start, "end", original, joined FROM sentences WHERE doc = ? AND side = ? '
        "AND idx IN (?, ?) ORDER BY idx", (*where, s.index + 1)).fetchall()
    held_by = next((row for row in rows[:2 if s.join else 1] if row[3] is not None), None)
    if held_by is not None and held_by[3] == "":  # inserted: no file has it (_store_insert)
        raise EditError(_inserted_refusal(s, held_by[0]))
    if held_by is not None:
        what = ("join the sentences, then correct the whole" if s.join and s.segmenter
                else "split the sentence, then correct its parts")
        raise EditError(f"{s.side} sentence {held_by[0]}'s text was "
                        "corrected: its place in the file is that of the file's text; undo "
                        f"the correction, {what}")
    sentences = getattr(new, f"{s.side}_sentences")

    def side_data(k: int) -> tuple[str | None, str | None]:
        return (sentence_looks(getattr(new, f"{s.side}_formatting"), k),
                sentence_cues(getattr(new, f"{s.side}_cues"), k))

    start, end = rows[0][1], rows[-1][2] if s.join else rows[0][2]
    conn = c.conn
    # a reviewer's joins (+) in the sentence: where its parts end and begin (schema 17)
    held = joins_from_json(rows[0][4])
    if s.join:
        held += ((s.cut, s.resume),) if s.segmenter else ()
        held += tuple((a + s.resume, b + s.resume) for a, b in joins_from_json(rows[-1][4]))
        parts: tuple[object, ...] = (joins_to_json(held),)
    else:
        parts = (joins_to_json([(a, b) for a, b in held if b <= s.cut
                                and (a, b) != (s.cut, s.resume)]),
                 joins_to_json([(a - s.resume, b - s.resume) for a, b in held
                                if a >= s.resume]))
    if s.join:
        conn.execute('DELETE FROM sentences WHERE doc = ? AND side = ? AND idx = ?',
                     (doc, s.side, s.index + 1))
        # renumbered through negative numbers: the key (doc, side, idx) is unique at each row
        conn.execute("UPDATE sentences SET idx = -idx WHERE doc = ? AND side = ? AND idx > ?",
                     (doc, s.side, s.index + 1))
        conn.execute("UPDATE sentences SET idx = -idx - 1 WHERE doc = ? AND side = ? "
                     "AND idx < 0", (doc, s.side))
        conn.execute('UPDATE sentences SET text = ?, "end" = ?, formatting = ?, cues = ?, '
                     "joined = ? WHERE doc = ? AND side = ? AND idx = ?",
                     (sentences[s.index], end, *side_data(s.index), *parts, *where))
    else:
        conn.execute("UPDATE sentences SET idx = -idx - 2 WHERE doc = ? AND side = ? "
                     "AND idx > ?", where)
        conn.execute("UPDATE sentences SET idx = -idx - 1 WHERE doc = ? AND side = ? "
                     "AND idx < 0", (doc, s.side))
        conn.execute('UPDATE sentences SET text = ?, "end" = ?, formatting = ?, cues = ?, '
                     "joined = ? WHERE doc = ? AND side = ? AND idx = ?",
                     (sentences[s.index], start + s.cut, *side_data(s.index), parts[0], *where))
        conn.execute(
            'INSERT INTO sentences (doc, side, idx, text, start, "end", paragraph, split, '
            "formatting, cues, part, number, joined) SELECT doc, side, ?, ?, ?, ?, paragraph, ?, "
            "?, ?, part, number, ? FROM sentences WHERE doc = ? AND side = ? AND idx = ?",
            (s.index + 1, sentences[s.index + 1], start + s.resume, end,
             None if s.segmenter else s.text[s.cut:s.resume], *side_data(s.index + 1),
             parts[1], *where))
    conn.execute(f"UPDATE documents SET {s.side}_sentences = ? WHERE id = ?",
                 (len(sentences), doc))


def _inserted_refusal(s: SentenceSplit, index: int) -> str:
    """Why sentence ``index``, which a person inserted, is not split or joined here: a
    collection cuts a sentence's parts from the file's text, which has none of it."""
    side = "source" if s.side == "src" else "target"
    if s.join:
        return (f"{side} sentence {index} was inserted in the review and no file has it, "
                "so it is joined to no sentence of the file: undo the insert and correct "
                "the other sentence's text (e) to hold both")
    return (f"{side} sentence {index} was inserted in the review and no file has it, so "
            "it has no place in the file to split at: correct its text (e), or undo the "
            "insert and insert each part beside the sentence it translates")


def _store_insert(c: Collection, doc: int, new: Alignment, s: SentenceInsert) -> None:
    """Sentence ``s.index`` of ``s.side`` made a row (or its row taken out again), the rows
    from there on renumbered.  The row says the sentence is no file's: its file's text
    (``original``) is empty, and its offsets are the point where it stands in the file --
    the end of the sentence before it (the start of the first) -- so that ``aligner
    batch`` carrying the review over to changed files looks for it by its own text
    (:mod:`aligner.collection.carry`).  Its paragraph, part and number are the sentence
    before it's (the first one's, for a sentence inserted first), as
    :func:`~aligner.editor.inserting.apply_insert` gives them."""
    conn, where = c.conn, (doc, s.side)
    if s.remove:
        conn.execute("DELETE FROM sentences WHERE doc = ? AND side = ? AND idx = ?",
                     (*where, s.index))
        # renumbered through negative numbers: the key (doc, side, idx) is unique at each row
        conn.execute("UPDATE sentences SET idx = -idx WHERE doc = ? AND side = ? AND idx > ?",
                     (*where, s.index))
        conn.execute("UPDATE sentences SET idx = -idx - 1 WHERE doc = ? AND side = ? "
                     "AND idx < 0", where)
    else:
        near = conn.execute(
            'SELECT CASE WHEN ?3 = 0 THEN start ELSE "end" END, paragraph, part, number '
            "FROM sentences WHERE doc = ?1 AND side = ?2 AND idx = max(?3 - 1, 0)",
            (*where, s.index)).fetchone() or (0, 0, None, None)
        conn.execute("UPDATE sentences SET idx = -idx - 2 WHERE doc = ? AND side = ? "
                     "AND idx >= ?", (*where, s.index))
        conn.execute("UPDATE sentences SET idx = -idx - 1 WHERE doc = ? AND side = ? "
                     "AND idx < 0", where)
        conn.execute('INSERT INTO sentences (doc, side, idx, text, start, "end", paragraph, '
                     "original, part, number) VALUES (?,?,?,?,?,?,?,'',?,?)",
                     (*where, s.index, s.text, near[0], near[0], *near[1:]))
    conn.execute(f"UPDATE documents SET {s.side}_sentences = ? WHERE id = ?",
                 (len(getattr(new, f"{s.side}_sentences")), doc))


def _lock(path: Path, db: str) -> IO[bytes]:
    """An exclusive lock on ``path`` (created), held while the returned file is open.
    A review that stops removes the file while it holds it: one locked here after that
    is no longer the file at ``path``, so it is let go and ``path`` opened again."""
    while True:
        try:
            fh = path.open("a+b")
        except OSError as exc:
            raise AlignerError(f"cannot create the review lock {path}: {exc.strerror}",
                               path=db) from None
        held = hold_exclusively(fh, "another aligner review is editing this collection", db)
        try:
            if path.stat().st_ino == os.fstat(held.fileno()).st_ino:
                return held
        except FileNotFoundError:
            pass
        held.close()
