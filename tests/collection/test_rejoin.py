"""A reviewer's sentence join (``+`` in aligner review) carried over by ``aligner batch``
when a document's files change: the parts joined again while the file still has them."""

from __future__ import annotations

from pathlib import Path

from aligner.collection.rejoin import rejoin
from aligner.collection.rows import Segmentation
from aligner.editor.catalog import CollectionDocuments
from aligner.editor.edits import Edit, Op
from aligner.model import Alignment, Bead, Side
from tests.collection.conftest import (
    DOCS,
    batch_folders,
    db_rows,
    replace_in_mina,
    write_folders,
)

ES_1 = "Según sus defensores, la vía chilena pasaba por las urnas."
ES_2 = "El sindicato pidió un aumento del diez por ciento."
EN_1 = "According to its defenders, the Chilean road ran through the ballot box."
EN_2 = "The union asked for a ten percent raise."


def test_the_parts_found_one_after_the_other_are_joined_again() -> None:
    """Old: source sentence 1 joined from three parts (``M.`` | ``Le Bihan`` cut twice);
    new: the same three parts, a sentence added before them, and in two beads."""
    whole = "Vio al Sr. Le Bihan y al Sr. Le Goff."
    old = Alignment(("Hola.", whole), ("Hello.", "He saw Mr Le Bihan and Mr Le Goff."),
                    (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)), "es", "en")
    joins = {("src", 1): ((10, 11), (28, 29))}
    parts = ("Vio al Sr.", "Le Bihan y al Sr.", "Le Goff.")
    new = Alignment(("Nuevo.", "Hola.", *parts), ("New.", "Hello.", old.tgt_sentences[1]),
                    (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2, 3), (2,), 0.5),
                     Bead((4,), (), 0.0)), "es", "en", src_paragraph_starts=frozenset({0, 1}))
    spans = {"src": Segmentation(((0, 6, 0), (7, 12, 1), (13, 23, 1), (24, 41, 1),
                                  (42, 50, 1))),
             "tgt": Segmentation(((0, 4, 0), (5, 11, 1), (12, 46, 1)))}
    got, got_spans, marks = rejoin(old, new, spans, originals={}, joins=joins)
    assert got.src_sentences == ("Nuevo.", "Hola.", whole)
    assert [(b.src, b.tgt) for b in got.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert got_spans["src"].spans == ((0, 6, 0), (7, 12, 1), (13, 50, 1))
    assert got_spans["tgt"] == spans["tgt"]
    assert marks == (("src", 2, "[[10, 11], [28, 29]]"),)
    # a part changed: not joined, the new sentences as the segmenter made them
    changed = Alignment(("Hola.", parts[0], "Le Bihan y el Sr.", parts[2]),
                        new.tgt_sentences[1:], (Bead((0,), (0,), 0.9),
                                                Bead((1, 2, 3), (1,), 0.5)), "es", "en")
    cut = {"src": Segmentation(spans["src"].spans[1:]), "tgt": spans["tgt"]}
    assert rejoin(old, changed, cut, originals={}, joins=joins) == (changed, cut, ())


def _join_both_sides(db: Path) -> None:
    """As a reviewer would: beads 1 and 2 merged, their two sentences joined on each side."""
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        session.edit(Edit(Op.MERGE_NEXT, 1), 0)
        session.edit(Edit(Op.JOIN_SENTENCE, 1, Side.SOURCE, sentence=1), 1)
        session.edit(Edit(Op.JOIN_SENTENCE, 1, Side.TARGET, sentence=1), 2)
        session.edit(Edit(Op.CONFIRM, 0), 3)
    finally:
        docs.close()


def test_batch_joins_a_joined_sentence_again_in_changed_files(tmp_path: Path) -> None:
    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    batch_folders(src, tgt, db)
    _join_both_sides(db)
    assert db_rows(db, "SELECT side, idx, joined FROM sentences WHERE joined IS NOT NULL "
                     "ORDER BY side") == [("src", 1, f"[[{len(ES_1)}, {len(ES_1) + 1}]]"),
                                          ("tgt", 1, f"[[{len(EN_1)}, {len(EN_1) + 1}]]")]
    replace_in_mina(src, "de cobre", "de plata")  # another sentence of the files changes
    replace_in_mina(tgt, "copper", "silver")
    stderr = batch_folders(src, tgt, db)
    assert "aligned again with the review of 1 bead carried over" in stderr
    assert db_rows(db, "SELECT src_first, src_count, tgt_first, tgt_count, review, source "
                     "FROM beads ORDER BY unit") == [
        (0, 1, 0, 1, None, "La mina de plata empleaba a dos mil obreros."),
        (1, 1, 1, 1, "edited", f"{ES_1} {ES_2}")]
    for side, folder in (("src", src), ("tgt", tgt)):
        rows = db_rows(db, f"SELECT text, start, \"end\", joined FROM sentences "
                         f"WHERE side = '{side}' ORDER BY idx")
        assert len(rows) == 2 and rows[1][3] is not None
        # every sentence is the file's text at its offsets: the joined one too
        text = next(folder.rglob("mina*")).read_text(encoding="utf-8")
        assert [text[a:b] for _, a, b, _ in rows] == [t for t, _, _, _ in rows]  # type: ignore[misc]
    assert db_rows(db, "SELECT src_sentences, tgt_sentences FROM documents") == [(2, 2)]

    # once more: a join carried over is carried again (the collection marks it)
    replace_in_mina(src, "de plata", "de oro")
    batch_folders(src, tgt, db)
    assert [t for (t,) in db_rows(db, "SELECT text FROM sentences WHERE side = 'src' "
                                    "ORDER BY idx")] == [
        "La mina de oro empleaba a dos mil obreros.", f"{ES_1} {ES_2}"]

    # a part changed in the file (bead 0 confirmed, so that the review has a bead to
    # carry): the new sentences are as the segmenter made them
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        session.edit(Edit(Op.CONFIRM, 0), session.snapshot().version)
    finally:
        docs.close()
    replace_in_mina(src, "las urnas", "las elecciones")
    stderr = batch_folders(src, tgt, db)
    assert "aligned again with the review of 1 bead carried over" in stderr
    assert [t for (t,) in db_rows(db, "SELECT text FROM sentences WHERE side = 'src' "
                                    "ORDER BY idx")] == [
        "La mina de oro empleaba a dos mil obreros.",
        ES_1.replace("las urnas", "las elecciones"), ES_2]
    assert db_rows(db, "SELECT count(*) FROM sentences WHERE side = 'src' AND joined IS NOT "
                     "NULL") == [(0,)]


# Run as ``python -c SCRIPT DB``: the collection's one document, beads 0 and 1 merged,
# then source sentences 0 and 1 joined -- killed (SIGKILL, by itself, as a power cut)
# right after the join's sentence rows are written, inside the commit's transaction.
_KILLED_IN_A_JOIN = (
    "import os, signal, sys\n"
    "from aligner.editor import dbstore\n"
    "from aligner.editor.catalog import CollectionDocuments\n"
    "from aligner.editor.edits import Edit, Op\n"
    "from aligner.model import Side\n"
    "real = dbstore._store_split\n"
    "def dying(c, doc, new, s):\n"
    "    real(c, doc, new, s)\n"
    "    os.kill(os.getpid(), signal.SIGKILL)\n"
    "docs = CollectionDocuments(sys.argv[1])\n"
    "session = docs[list(docs)[0]].session\n"
    "session.edit(Edit(Op.MERGE_NEXT, 0), 0)\n"
    "dbstore._store_split = dying\n"
    "session.edit(Edit(Op.JOIN_SENTENCE, 0, Side.SOURCE, sentence=0), 1)\n")


def test_kill_9_during_a_join_loses_only_the_join(tmp_path: Path) -> None:
    """The merge before it was saved and stays; the join killed before its commit leaves
    no trace -- no joined sentence, no edit in the log --, and the collection is whole:
    the same join made again is saved."""
    import os
    import subprocess
    import sys

    from aligner.collection.store import open_collection
    from tests.conftest import REPO

    src, tgt = write_folders(tmp_path, {"2021/mina": (f"{ES_1} {ES_2}", f"{EN_1} {EN_2}")})
    db = tmp_path / "c.db"
    batch_folders(src, tgt, db)
    before = db_rows(db, "SELECT side, idx, text FROM sentences ORDER BY side, idx")
    killed = subprocess.run([sys.executable, "-c", _KILLED_IN_A_JOIN, str(db)],
                            capture_output=True, check=False,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert killed.returncode == -9, killed.stderr
    with open_collection(db) as c:
        assert c.problems() == []
    assert db_rows(db, "SELECT side, idx, text FROM sentences ORDER BY side, idx") == before
    assert db_rows(db, "SELECT count(*) FROM sentences WHERE joined IS NOT NULL") == [(0,)]
    assert db_rows(db, "SELECT version, op FROM edits ORDER BY version") == [(1, "merge-next")]
    docs = CollectionDocuments(db)
    try:
        session = docs[next(iter(docs))].session
        session.edit(Edit(Op.JOIN_SENTENCE, 0, Side.SOURCE, sentence=0), 1)
    finally:
        docs.close()
    assert db_rows(db, "SELECT count(*) FROM sentences WHERE joined IS NOT NULL") == [(1,)]
