"""Realigning (R) keeps the boundaries a person's splits made, even of doubtful parts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from aligner.editor.edits import Change, Edit, Op
from aligner.editor.kept_splits import kept_apart, split_points
from aligner.editor.session import EditSession
from aligner.editor.splitting import SentenceSplit
from aligner.editor.store import JsonFileStore, Record
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead

NOW = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)

# The translator swapped two sentences (Anna's and Carla's): the aligner keeps them one
# 2-2 bead, so a split of it is made but left doubtful (as tests/editor/test_app.py).
SRC = ("La casa estaba al final del camino.", "Anna conoció a Bruno en Roma en 1990.",
       "Carla vendió 12 casas en Lima.", "Se fueron antes de la lluvia.")
TGT = ("The house stood at the end of the road.", "Carla sold 12 houses in Lima.",
       "Anna met Bruno in Rome in 1990.", "They left before the rain.")
SWAPPED = Alignment(SRC, TGT, (Bead((0,), (0,), 0.9), Bead((1, 2), (1, 2), 0.93),
                               Bead((3,), (3,), 0.9)), "es", "en", settings={"encoder": "none"})
SPLIT = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def _shape(al: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in al.beads]


def _session(al: Alignment, path: Path) -> EditSession:
    write_alignment_json(al, path)
    return EditSession(JsonFileStore(path), clock=lambda: NOW)


def test_realigning_joins_the_doubtful_parts_of_a_split_it_does_not_know(tmp_path: Path) -> None:
    # the parts as a split leaves them (unmarked, score 0), but no split in the log:
    # the aligner joins them -- what the kept boundary below prevents
    parts = (SWAPPED.beads[0], Bead((1,), (1,)), Bead((2,), (2,)), SWAPPED.beads[2])
    session = _session(Alignment(SRC, TGT, parts, "es", "en", settings={"encoder": "none"}),
                       tmp_path / "doc.json")
    session.realign(0)
    assert _shape(read_alignment_json(tmp_path / "doc.json")) == _shape(SWAPPED)
    session.store.close()


def test_realigning_keeps_a_split_apart_also_undone_and_redone(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    session = _session(SWAPPED, path)
    snap = session.edit(Edit(Op.SPLIT, 1), 0)
    assert "the parts are left doubtful" in snap.message
    assert [b.review for b in snap.alignment.beads[1:3]] == [None, None]
    snap = session.realign(1)
    assert snap.message == "realigning changed no bead"
    assert _shape(read_alignment_json(path)) == SPLIT
    session.undo(1)
    assert _shape(read_alignment_json(path)) == _shape(SWAPPED)
    session.redo(2)
    session.realign(3)
    assert _shape(read_alignment_json(path)) == SPLIT
    session.store.close()
    # a restart: the log says so still
    session = EditSession(JsonFileStore(path), clock=lambda: NOW)
    assert session.realign(3).message == "realigning changed no bead"
    session.undo(3)  # the redo undone: the split is gone, and so is its boundary
    assert kept_apart(session.snapshot().alignment, session.store.records()) == frozenset()
    session.store.close()


def _split(version: int, first: Bead, rest: Bead) -> Record:
    return Record(version, NOW, "split", Change(1, (Bead(first.src + rest.src,
                                                         first.tgt + rest.tgt),),
                                                (first, rest)), bead=1)


def _sentence(version: int, split: SentenceSplit, op: str = "split-sentence") -> Record:
    return Record(version, NOW, op, Change(0, (), (), splits=(split,)))


def test_the_points_of_the_splits_in_effect() -> None:
    split = _split(1, Bead((1,), (1,)), Bead((2,), (2,)))
    assert split_points([split]) == {(2, 2)}
    undo = Record(2, NOW, "undo", split.change.inverse(), undoes=1)
    assert split_points([split, undo]) == set()
    redo = Record(3, NOW, "redo", split.change, redoes=2)
    assert split_points([split, undo, redo]) == {(2, 2)}
    undo_redo = Record(4, NOW, "undo", split.change.inverse(), undoes=3)
    assert split_points([split, undo, redo, undo_redo]) == set()
    # a 2-1 into 1-1 and 1-0: the point after the first part on both sides
    assert split_points([_split(1, Bead((4,), (3,)), Bead((5,), ()))]) == {(5, 4)}
    # a bead with an empty side: no point (its parts are edited, fixed anyway)
    assert split_points([_split(1, Bead((), (3,)), Bead((), (4,)))]) == set()
    # a merge is no split, nor an undo of an edit that is none
    merge = Record(1, NOW, "merge-next", Change(1, split.change.after, split.change.before))
    assert split_points([merge, Record(2, NOW, "undo", merge.change.inverse(), undoes=1)]) \
        == set()


def test_a_sentence_split_before_a_point_moves_it_and_its_join_closes_one() -> None:
    split = _split(1, Bead((1,), (1,)), Bead((2,), (2,)))
    before = SentenceSplit("src", 0, "Uno. Dos.", 4, 5)
    after = SentenceSplit("tgt", 2, "One. Two.", 4, 5)
    assert split_points([split, _sentence(2, before), _sentence(3, after)]) == {(3, 2)}
    joined = _sentence(4, before.inverse(), "undo")
    assert split_points([split, _sentence(2, before), joined]) == {(2, 2)}
    # a split point between the two parts of a sentence split: their join closes it
    parts = _split(2, Bead((1,), (1,)), Bead((2,), (2,)))
    closing = _sentence(3, SentenceSplit("src", 1, "Uno. Dos.", 4, 5, join=True), "undo")
    assert split_points([_sentence(1, SentenceSplit("src", 1, "Uno. Dos.", 4, 5)), parts,
                         closing]) == set()


def test_a_point_is_kept_where_the_alignment_has_a_boundary() -> None:
    records = [_split(1, Bead((1,), (1,)), Bead((2,), (2,)))]
    split = Alignment(SRC, TGT, tuple(Bead(*s) for s in SPLIT), "es", "en")
    assert kept_apart(split, records) == frozenset({2})
    assert kept_apart(SWAPPED, records) == frozenset()  # merged again: no boundary there


def test_a_collections_edit_log_gives_the_split_too(collection_db: Path) -> None:
    from aligner.editor.catalog import CollectionDocuments

    docs = CollectionDocuments(collection_db)
    try:
        doc_id = next(s.id for s in docs.summaries() if s.name == "2021/mina")
        session = docs[doc_id].session
        session.clock = lambda: NOW
        assert _shape(session.snapshot().alignment) == [((0,), (0,)), ((1,), (1,)),
                                                        ((2,), (2,))]
        session.edit(Edit(Op.MERGE_NEXT, 1), 0)  # a 2-2, split again
        session.edit(Edit(Op.SPLIT, 1), 1)
        now = session.snapshot().alignment
        assert _shape(now) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
        assert split_points(session.store.records()) == {(2, 2)}
        assert kept_apart(now, session.store.records()) == frozenset({2})
    finally:
        docs.close()


def test_a_sentence_inserted_before_a_point_moves_it() -> None:
    """A translation inserted for a source sentence left out (import --into): the point
    after it moves on the target side; one inserted after it does not, though both get
    target sentence 2 (the 1-0 bead either side of the point)."""
    from aligner.editor.inserting import SentenceInsert

    split = _split(1, Bead((1,), (1,)), Bead((2,), (2,)))  # the point (2, 2)

    def inserted(version: int, src: int, op: str = "insert-sentence",
                 remove: bool = False) -> Record:
        made, left = Bead((src,), (2,)), Bead((src,), ())
        change = Change(3, (left,), (made,), inserts=(SentenceInsert("tgt", 2, "Dos."),))
        return Record(version, NOW, op, change.inverse() if remove else change)

    assert split_points([split, inserted(2, 1)]) == {(2, 3)}  # source sentence 1: before
    assert split_points([split, inserted(2, 2)]) == {(2, 2)}  # source sentence 2: after
    assert split_points([split, inserted(2, 1), inserted(3, 1, "undo", remove=True)]) == {
        (2, 2)}
