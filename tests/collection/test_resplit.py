"""A reviewer's sentence split carried over by ``aligner batch`` when a document's files
change: the sentence split again at the same place while the file still has it."""

from __future__ import annotations

from pathlib import Path

from aligner.editor.catalog import CollectionDocuments
from aligner.editor.edits import Edit, Op
from aligner.model import Side
from tests.collection.conftest import (
    DOCS,
    batch_folders,
    db_rows,
    replace_in_mina,
    write_folders,
)

# 2021/mina's sentence 1 on each side, split after the comma by the reviewer
ES_FIRST, ES_SECOND = "Según sus defensores,", "la vía chilena pasaba por las urnas."
EN_FIRST = "According to its defenders,"
EN_SECOND = "the Chilean road ran through the ballot box."


def _split_both_sides(db: Path) -> None:
    """As a reviewer would: sentence 1 split on each side, then the bead split in two, and
    bead 0 confirmed."""
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        session.edit(Edit(Op.SPLIT_SENTENCE, 1, Side.SOURCE, sentence=1, at=len(ES_FIRST)), 0)
        session.edit(Edit(Op.SPLIT_SENTENCE, 1, Side.TARGET, sentence=1, at=len(EN_FIRST)), 1)
        session.edit(Edit(Op.SPLIT, 1), 2)
        session.edit(Edit(Op.CONFIRM, 0), 3)
    finally:
        docs.close()


def _sentences(db: Path, side: str) -> list[tuple[object, ...]]:
    return db_rows(db, f"SELECT text, start, \"end\", split FROM sentences WHERE side = '{side}' "
                     "ORDER BY idx")


def test_batch_splits_a_split_sentence_again_in_changed_files(tmp_path: Path) -> None:
    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    batch_folders(src, tgt, db)
    _split_both_sides(db)
    replace_in_mina(src, "diez", "doce")  # another sentence of the files changes
    replace_in_mina(tgt, "ten", "twelve")
    stderr = batch_folders(src, tgt, db)
    assert "aligned again with the review of 3 beads carried over" in stderr
    assert db_rows(db, "SELECT src_first, src_count, tgt_first, tgt_count, review FROM beads "
                     "ORDER BY unit") == [(0, 1, 0, 1, "confirmed"), (1, 1, 1, 1, "edited"),
                                          (2, 1, 2, 1, "edited"), (3, 1, 3, 1, None)]
    for side, folder, first, second in (("src", src, ES_FIRST, ES_SECOND),
                                        ("tgt", tgt, EN_FIRST, EN_SECOND)):
        rows = _sentences(db, side)
        assert [(text, split) for text, _, _, split in rows][1:3] == [(first, None),
                                                                     (second, " ")]
        # every sentence is the file's text at its offsets: the parts too
        text = next(folder.rglob("mina*")).read_text(encoding="utf-8")
        assert [text[a:b] for _, a, b, _ in rows] == [t for t, _, _, _ in rows]  # type: ignore[misc]
        assert rows[2][1] == rows[1][2] + 1  # type: ignore[operator]
    assert db_rows(db, "SELECT src_sentences, tgt_sentences FROM documents") == [(4, 4)]

    # once more: a split carried over is carried again (the collection marks it)
    replace_in_mina(src, "doce", "trece")
    replace_in_mina(tgt, "twelve", "thirteen")
    batch_folders(src, tgt, db)
    assert [t for t, _, _, _ in _sentences(db, "src")][1:3] == [ES_FIRST, ES_SECOND]

    # the split sentence itself changed in the file: the new one is as the segmenter made it
    replace_in_mina(src, "las urnas", "las elecciones")
    stderr = batch_folders(src, tgt, db)
    assert [t for t, _, _, _ in _sentences(db, "src")] == [
        "La mina de cobre empleaba a dos mil obreros.",
        "Según sus defensores, la vía chilena pasaba por las elecciones.",
        "El sindicato pidió un aumento del trece por ciento."]
    assert db_rows(db, "SELECT count(*) FROM sentences WHERE split IS NOT NULL "
                     "AND side = 'src'") == [(0,)]
    assert "2 reviewed beads whose sentences changed or moved were aligned again" in stderr
