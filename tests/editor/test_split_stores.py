"""A sentence split saved: in the saved alignment and its log, in a collection's sentences
(offsets, formatting, the split mark) and edit log; undone and redone after a restart."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aligner.collection.store import open_collection
from aligner.editor.catalog import CollectionDocuments
from aligner.editor.edits import Edit, EditError, Op
from aligner.editor.session import EditSession
from aligner.editor.store import JsonFileStore
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead, Formatting, Side, Style

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
S, T = Side.SOURCE, Side.TARGET
GLUED = "Llegó en 1973. El golpe lo cambió todo."
AL = Alignment(("Hola.", GLUED, "Adiós."),
               ("Hello.", "He arrived in 1973.", "The coup changed everything.", "Bye."),
               (Bead((0,), (0,), 0.9), Bead((1,), (1, 2), 0.6), Bead((2,), (3,), 0.8)),
               "es", "en", src_formatting=((), (Formatting(9, 23, Style.BOLD),), ()))


def _session(path: Path) -> EditSession:
    return EditSession(JsonFileStore(path), clock=lambda: NOW)


def test_a_split_is_saved_logged_and_undone_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    write_alignment_json(AL, path)
    session = _session(path)
    session.edit(Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=14), 0)
    saved = read_alignment_json(path)
    assert saved.src_sentences == ("Hola.", "Llegó en 1973.", "El golpe lo cambió todo.",
                                   "Adiós.")
    assert [(b.src, b.tgt) for b in saved.beads] == [((0,), (0,)), ((1, 2), (1, 2)),
                                                     ((3,), (3,))]
    assert saved.src_formatting == ((), (Formatting(9, 14, Style.BOLD),),
                                    (Formatting(0, 8, Style.BOLD),), ())
    (line,) = Path(f"{path}.log.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert (record["op"], record["side"], record["bead"]) == ("split-sentence", "source", 1)
    assert record["splits"] == [{"side": "src", "sentence": 1, "text": GLUED, "cut": 14,
                                 "resume": 15, "join": False}]
    session.store.close()

    session = _session(path)  # the log read back: undo and redo from it
    assert session.snapshot().can_undo
    session.undo(1)
    undone = read_alignment_json(path)
    assert undone == AL and undone.src_formatting == AL.src_formatting
    session.redo(2)
    session.store.close()
    session = _session(path)
    assert session.snapshot().alignment == saved
    # a text edit after the split: the log of sentence numbers past the old count reads
    session.edit(Edit(Op.TEXT, 2, S, ("Adiós, dijo.",)), 3)
    session.undo(4)
    session.undo(5)
    session.store.close()
    assert _session(path).snapshot().alignment == AL


# -- a collection ---------------------------------------------------------------------

# 2021/mina's Spanish sentence 1 (tests/collection/conftest.py), split after the comma
MINA_1 = "Según sus defensores, la vía chilena pasaba por las urnas."


def _rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _mina(docs: CollectionDocuments) -> EditSession:
    doc_id = next(s.id for s in docs.summaries() if s.name == "2021/mina")
    session = docs[doc_id].session
    session.clock = lambda: NOW
    return session


SENTENCES = ("SELECT s.idx, s.text, s.start, s.\"end\", s.paragraph, s.split FROM sentences s "
             "JOIN documents d ON d.id = s.doc WHERE d.name = '2021/mina' AND s.side = 'src' "
             "ORDER BY s.idx")


def test_a_split_in_a_collection_cuts_the_sentence_row_and_is_undone(
        collection_db: Path) -> None:
    before = _rows(collection_db, SENTENCES)
    assert before[1][1] == MINA_1
    start, end = before[1][2], before[1][3]
    docs = CollectionDocuments(collection_db)
    try:
        mina = _mina(docs)
        assert mina.snapshot().alignment.src_sentences[1] == MINA_1
        mina.edit(Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=21), 0)
    finally:
        docs.close()
    after = _rows(collection_db, SENTENCES)
    first, second = "Según sus defensores,", "la vía chilena pasaba por las urnas."
    # the parts' offsets cover the sentence's span, the space between in neither
    assert after == [before[0], (1, first, start, start + 21, before[1][4], None),
                     (2, second, start + 22, end, before[1][4], " "),
                     (3, *before[2][1:])]
    assert _rows(collection_db, "SELECT src_sentences, beads FROM documents "
                                "WHERE name = '2021/mina'") == [(4, 3)]
    assert _rows(collection_db, "SELECT src_first, src_count, review, source FROM beads b "
                                "JOIN documents d ON d.id = b.doc WHERE d.name = '2021/mina' "
                                "ORDER BY unit") == [
        (0, 1, None, "La mina de cobre empleaba a dos mil obreros."),
        (1, 2, "edited", f"{first} {second}"),
        (3, 1, None, "El sindicato pidió un aumento del diez por ciento.")]
    with open_collection(collection_db) as c:  # counts, beads and index agree
        assert c.problems() == []
    (splits,) = _rows(collection_db, "SELECT splits FROM edits")[0]
    assert json.loads(splits) == [{"side": "src", "sentence": 1, "text": MINA_1, "cut": 21,
                                   "resume": 22, "join": False}]

    docs = CollectionDocuments(collection_db)  # after a restart, from the edits table
    try:
        mina = _mina(docs)
        mina.undo(1)
        assert _rows(collection_db, SENTENCES) == before
        mina.redo(2)
        assert _rows(collection_db, SENTENCES) == after
    finally:
        docs.close()


def test_a_corrected_sentence_of_a_collection_is_not_split(collection_db: Path) -> None:
    docs = CollectionDocuments(collection_db)
    try:
        mina = _mina(docs)
        mina.edit(Edit(Op.TEXT, 1, S, ("Según sus defensores, la vía pasaba por las urnas.",)),
                  0)
        with pytest.raises(EditError, match="corrected"):
            mina.edit(Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=21), 1)
        assert mina.snapshot().version == 1
    finally:
        docs.close()
    assert len(_rows(collection_db, SENTENCES)) == 3


# -- a join (the reverse of S) ----------------------------------------------------------

CUT = Alignment(("Hola.", "Habló con el guarda, el Sr.", "Le Bihan, y bajó.", "Adiós."),
                ("Hello.", "He spoke with the keeper, Mr Le Bihan, and came down.", "Bye."),
                (Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.6), Bead((3,), (2,), 0.8)),
                "es", "en")


def test_a_join_is_saved_logged_and_undone_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    write_alignment_json(CUT, path)
    session = _session(path)
    snap = session.edit(Edit(Op.JOIN_SENTENCE, 1, S, sentence=1), 0)
    assert snap.message == "join-sentence: saved"
    saved = read_alignment_json(path)
    assert saved.src_sentences == ("Hola.", "Habló con el guarda, el Sr. Le Bihan, y bajó.",
                                   "Adiós.")
    assert [(b.src, b.tgt) for b in saved.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    (line,) = Path(f"{path}.log.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert (record["op"], record["side"], record["bead"]) == ("join-sentence", "source", 1)
    assert record["splits"] == [{"side": "src", "sentence": 1,
                                 "text": "Habló con el guarda, el Sr. Le Bihan, y bajó.",
                                 "cut": 27, "resume": 28, "join": True, "segmenter": True}]
    session.store.close()
    session = _session(path)  # the log read back
    assert session.undo(1).message == "undid join-sentence"
    assert read_alignment_json(path) == CUT
    assert session.redo(2).message == "redid join-sentence"
    assert read_alignment_json(path) == saved
    session.store.close()


def test_a_join_in_a_collection_makes_one_row_of_two_and_is_undone(
        collection_db: Path) -> None:
    """Two sentences of a bead (a merge first: the mina's are in two beads) made one row,
    its offsets from the first's start to the second's end; undone, the rows are as the
    segmenter made them, with no split mark."""
    before = _rows(collection_db, SENTENCES)
    docs = CollectionDocuments(collection_db)
    try:
        mina = _mina(docs)
        mina.edit(Edit(Op.MERGE_NEXT, 1), 0)
        mina.edit(Edit(Op.JOIN_SENTENCE, 1, S, sentence=1), 1)
    finally:
        docs.close()
    joined = f"{MINA_1} {before[2][1]}"
    assert _rows(collection_db, SENTENCES) == [
        before[0], (1, joined, before[1][2], before[2][3], before[1][4], None)]
    assert _rows(collection_db, "SELECT src_sentences FROM documents "
                                "WHERE name = '2021/mina'") == [(2,)]
    # the join's mark, which batch finds it by in changed files (schema 17)
    joined_marks = ("SELECT s.idx, s.joined FROM sentences s JOIN documents d ON d.id = s.doc "
                    "WHERE d.name = '2021/mina' AND s.side = 'src' AND s.joined IS NOT NULL")
    assert _rows(collection_db, joined_marks) == [(1, f"[[{len(MINA_1)}, {len(MINA_1) + 1}]]")]
    assert _rows(collection_db, "SELECT source, review FROM beads b JOIN documents d "
                                "ON d.id = b.doc WHERE d.name = '2021/mina' AND unit = 1"
                 ) == [(joined, "edited")]
    with open_collection(collection_db) as c:
        assert c.problems() == []
    docs = CollectionDocuments(collection_db)  # after a restart, from the edits table
    try:
        mina = _mina(docs)
        mina.undo(2)
        assert _rows(collection_db, SENTENCES) == before
        assert _rows(collection_db, joined_marks) == []
        mina.redo(3)
        assert len(_rows(collection_db, SENTENCES)) == 2
        # a split (S) of the joined sentence before the join: the mark goes with the part
        mina.edit(Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=21), 4)
        assert _rows(collection_db, joined_marks) == [
            (2, f"[[{len(MINA_1) - 22}, {len(MINA_1) - 21}]]")]
        mina.undo(5)
        assert _rows(collection_db, joined_marks) == [(1, f"[[{len(MINA_1)}, {len(MINA_1) + 1}]]")]
        mina.undo(6)
        mina.undo(7)
    finally:
        docs.close()
    assert _rows(collection_db, SENTENCES) == before
    with open_collection(collection_db) as c:
        assert c.problems() == []


def test_a_corrected_sentence_of_a_collection_is_not_joined(collection_db: Path) -> None:
    docs = CollectionDocuments(collection_db)
    try:
        mina = _mina(docs)
        mina.edit(Edit(Op.MERGE_NEXT, 1), 0)
        mina.edit(Edit(Op.TEXT, 1, S, ("Según sus defensores, la vía pasaba por las urnas.",
                                        "El sindicato pidió un aumento del diez por ciento.")),
                  1)
        with pytest.raises(EditError, match=r"src sentence 1's text was corrected: .* join "
                                            r"the sentences, then correct the whole"):
            mina.edit(Edit(Op.JOIN_SENTENCE, 1, S, sentence=1), 2)
        assert mina.snapshot().version == 2
    finally:
        docs.close()
    assert len(_rows(collection_db, SENTENCES)) == 3


def test_an_inserted_sentence_of_a_collection_is_not_split_or_joined_and_says_why(
        collection_db: Path) -> None:
    """An inserted sentence has no text in the file to cut its parts from: refused as
    inserted, not as corrected (its row's ``original`` is empty, not a file's text)."""
    inserted = "Nobody expected it. Not even the union."
    docs = CollectionDocuments(collection_db)
    try:
        mina = _mina(docs)
        mina.edit(Edit(Op.DETACH_LAST, 2, T), 0)  # bead 2 a 1-0, its target a 0-1 after
        mina.edit(Edit(Op.INSERT_SENTENCE, 2, T, (inserted,)), 1)
        with pytest.raises(EditError, match=r"^target sentence 2 was inserted in the review "
                                            r"and no file has it, so it has no place in the "
                                            r"file to split at: correct its text \(e\)"):
            mina.edit(Edit(Op.SPLIT_SENTENCE, 2, T, sentence=2, at=19), 2)
        mina.edit(Edit(Op.MERGE_NEXT, 2), 2)  # with the detached target sentence
        with pytest.raises(EditError, match=r"^target sentence 2 was inserted in the review "
                                            r"and no file has it, so it is joined to no "
                                            r"sentence of the file"):
            mina.edit(Edit(Op.JOIN_SENTENCE, 2, T, sentence=2), 3)
        # its text may be corrected, as any sentence's: still no file's
        mina.edit(Edit(Op.TEXT, 2, T, ("Nobody expected it.", mina.snapshot().alignment
                                       .tgt_sentences[3])), 3)
        assert mina.snapshot().version == 4
    finally:
        docs.close()
    assert _rows(collection_db, "SELECT s.idx, s.text, s.original FROM sentences s JOIN "
                                "documents d ON d.id = s.doc WHERE d.name = '2021/mina' "
                                "AND s.side = 'tgt' AND s.idx = 2") == [
        (2, "Nobody expected it.", "")]
    with open_collection(collection_db) as c:
        assert c.problems() == []
