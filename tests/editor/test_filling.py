"""A source sentence without a counterpart given a translation (:mod:`aligner.editor.filling`):
one ``insert-sentence`` edit of the log, which puts a new target sentence where the 1-0
bead stands and nothing else changes -- in a target written without spaces too --,
undone and redone as any edit, and read back from the log."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from aligner.editor.edits import EditError
from aligner.editor.filling import Fill, fill
from aligner.editor.inserting import SentenceInsert
from aligner.editor.session import EditSession
from aligner.editor.store import JsonFileStore
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment, Bead, ReviewState

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def _session(tmp_path: Path, alignment: Alignment) -> EditSession:
    path = tmp_path / "doc.json"
    write_alignment_json(alignment, path)
    return EditSession(JsonFileStore(path), clock=lambda: NOW)


def _pairs(alignment: Alignment) -> list[tuple[str, str]]:
    return [(" ".join(alignment.src_sentences[i] for i in b.src),
             "|".join(alignment.tgt_sentences[i] for i in b.tgt)) for b in alignment.beads]


#: (source, target with one sentence left out, the left-out one's translation)
PAIRS = {
    "es": (("The march left at ten.", "Nobody expected it.", "It ended calmly."),
           ("La marcha salió a las diez.", "Nadie lo esperaba.", "Terminó en calma.")),
    "zh": (("The march left at ten.", "Nobody expected it.", "It ended calmly."),
           ("游行十点出发。", "谁也没想到。", "结束得很平静。")),
    "ja": (("Store below 25 °C.", "Keep out of reach of children.", "Do not freeze."),
           ("25℃以下で保管してください。", "子供の手の届かない所に保管してください。",
            "凍結させないでください。")),
}


@pytest.mark.parametrize("lang", sorted(PAIRS))
@pytest.mark.parametrize("left_out", [0, 1, 2])
def test_the_translation_is_a_sentence_of_its_own_in_one_edit(tmp_path: Path, lang: str,
                                                              left_out: int) -> None:
    src, tgt = PAIRS[lang]
    kept = [t for k, t in enumerate(tgt) if k != left_out]
    beads, j = [], 0
    for k in range(3):
        beads.append(Bead((k,), () if k == left_out else (j,), 0.9))
        j += k != left_out
    alignment = Alignment(src, tuple(kept), tuple(beads), "en", lang,
                          tgt_paragraph_starts=frozenset({0}))
    session = _session(tmp_path, alignment)
    after, version = fill(session, alignment, 0, Fill(left_out, tgt[left_out]))
    assert version == 1  # one edit
    assert after.tgt_sentences == tgt and _pairs(after) == list(zip(src, tgt, strict=True))
    made = after.beads[left_out]
    assert made.tgt == (left_out,) and made.score == 1.0
    assert made.review is not None and made.review.state is ReviewState.EDITED
    # the other beads are as they were, their target sentences renumbered
    assert [(b.score, b.review) for k, b in enumerate(after.beads) if k != left_out] == [
        (0.9, None), (0.9, None)]
    assert after.tgt_paragraph_starts == frozenset({0})
    (record,) = session.store.records()
    assert record.op == "insert-sentence" and record.change.inserts == (
        SentenceInsert("tgt", left_out, tgt[left_out]),)
    # undone: the sentence taken out, the alignment as it was; redone: back again
    undone = session.undo(version)
    assert undone.alignment == alignment
    redone = session.redo(undone.version)
    assert redone.alignment.tgt_sentences == tgt
    session.store.close()
    # the log read back (the file and its log opened again)
    again = JsonFileStore(tmp_path / "doc.json")
    try:
        loaded, version = again.load()
        assert version == 3 and loaded.tgt_sentences == tgt
        assert [r.op for r in again.records()] == ["insert-sentence", "undo", "redo"]
        assert again.records()[1].change.inserts == (
            SentenceInsert("tgt", left_out, tgt[left_out], remove=True),)
    finally:
        again.close()


def test_two_left_out_in_a_row_are_filled_in_order(tmp_path: Path) -> None:
    src = ("A.", "Nobody expected it.", "Nor did they.", "It ended.")
    alignment = Alignment(src, ("A.", "Terminó."),
                          (Bead((0,), (0,), 0.9), Bead((1,), (), 0.9), Bead((2,), (), 0.9),
                           Bead((3,), (1,), 0.9)), "en", "es")
    session = _session(tmp_path, alignment)
    after, version = fill(session, alignment, 0, Fill(1, "Nadie lo esperaba."))
    after, version = fill(session, after, version, Fill(2, "Ni ellos."))
    assert _pairs(after) == [("A.", "A."), ("Nobody expected it.", "Nadie lo esperaba."),
                             ("Nor did they.", "Ni ellos."), ("It ended.", "Terminó.")]


@pytest.mark.parametrize("bead", [0, 5])
def test_refused_for_a_bead_that_is_no_source_sentence_left_out(tmp_path: Path,
                                                                bead: int) -> None:
    alignment = Alignment(("Yes.", "Nobody expected it."), ("Sí.",),
                          (Bead((0,), (0,), 0.9), Bead((1,), (), 0.9)), "en", "es")
    session = _session(tmp_path, alignment)
    with pytest.raises(EditError, match="not a source sentence without a counterpart"):
        fill(session, alignment, 0, Fill(bead, "Nadie lo esperaba."))
    assert session.snapshot().version == 0
