"""A source sentence without a counterpart given a translation by edits
(:mod:`aligner.editor.filling`): beside the bead before, else the bead after; refused,
with nothing changed, when no neighbour has a target sentence of two words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from aligner.editor.edits import EditError
from aligner.editor.filling import Fill, fill
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
             " ".join(alignment.tgt_sentences[i] for i in b.tgt)) for b in alignment.beads]


@pytest.mark.parametrize("left_out", [0, 1])
def test_the_translation_is_made_a_sentence_of_the_left_out_bead(tmp_path: Path,
                                                                 left_out: int) -> None:
    """Bead 1 (before it: bead 0) or bead 0 (only the bead after it has a target)."""
    src = ("The march left at ten.", "Nobody expected it.", "It ended calmly.")
    tgt = [("La marcha salió a las diez.",), ("Nadie lo esperaba.",), ("Terminó en calma.",)]
    kept = [t for k, t in enumerate(tgt) if k != left_out]
    beads, j = [], 0
    for k in range(3):
        beads.append(Bead((k,), () if k == left_out else (j,), 0.9))
        j += k != left_out
    alignment = Alignment(src, tuple(t[0] for t in kept), tuple(beads), "en", "es")
    session = _session(tmp_path, alignment)
    after, version = fill(session, alignment, 0, Fill(left_out, tgt[left_out][0]))
    assert _pairs(after) == list(zip(src, (t[0] for t in tgt), strict=True))
    review = after.beads[left_out].review
    assert review is not None and review.state is ReviewState.EDITED
    assert version == 4  # split, correct, detach, attach: four edits of the log
    for _ in range(4):
        version = session.undo(version).version
    assert _pairs(session.snapshot().alignment) == _pairs(alignment)


def test_refused_when_no_neighbour_has_two_words(tmp_path: Path) -> None:
    alignment = Alignment(("Yes.", "Nobody expected it."), ("Sí.",),
                          (Bead((0,), (0,), 0.9), Bead((1,), (), 0.9)), "en", "es")
    session = _session(tmp_path, alignment)
    with pytest.raises(EditError, match="no neighbour with a target sentence of two words"):
        fill(session, alignment, 0, Fill(1, "Nadie lo esperaba."))
    assert session.snapshot().version == 0


def test_a_neighbour_that_cannot_be_split_leaves_the_other_one(tmp_path: Path) -> None:
    """The bead before has one word only: the translation goes beside the bead after."""
    alignment = Alignment(("Yes.", "Nobody expected it.", "It ended calmly."),
                          ("Sí.", "Terminó en calma."),
                          (Bead((0,), (0,), 0.9), Bead((1,), (), 0.9), Bead((2,), (1,), 0.9)),
                          "en", "es")
    session = _session(tmp_path, alignment)
    after, _ = fill(session, alignment, 0, Fill(1, "Nadie lo esperaba."))
    assert _pairs(after) == [("Yes.", "Sí."), ("Nobody expected it.", "Nadie lo esperaba."),
                             ("It ended calmly.", "Terminó en calma.")]
