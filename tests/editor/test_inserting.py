"""A sentence inserted on a side (:mod:`aligner.editor.inserting`): the side's data move
with their sentences, the new one has none of its own but its paragraph, and taking it
out again gives every one of them back."""

from __future__ import annotations

import pytest

from aligner.editor.inserting import (
    InsertRefused,
    SentenceInsert,
    apply_insert,
    insert_beads,
    insert_point,
)
from aligner.model import Alignment, Bead, Formatting, Part, Style

_SIDE = ("paragraph_starts", "regions", "formatting", "paragraphs", "parts", "sentences")


def _alignment() -> Alignment:
    """Four target sentences in two paragraphs, the last a heading in a note region."""
    bold = (Formatting(0, 4, Style.BOLD),)
    return Alignment(("S0.", "S1.", "S2.", "S3.", "S4."), ("T0.", "T1.", "T2.", "T3."),
                     (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2,), (), 0.9),
                      Bead((3,), (2,), 0.9), Bead((4,), (3,), 0.9)), "en", "es",
                     tgt_paragraph_starts=frozenset({0, 2}), tgt_regions=(3,),
                     tgt_formatting=(bold, (), bold, ()), tgt_paragraphs=(1, 1, 2, 3),
                     tgt_parts=(Part.BODY, Part.BODY, Part.BODY, Part.HEADING))


def _side(alignment: Alignment) -> dict[str, object]:
    return {name: getattr(alignment, f"tgt_{name}") for name in _SIDE}


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4])
def test_taken_out_again_gives_every_side_datum_back(index: int) -> None:
    old = _alignment()
    s = SentenceInsert("tgt", index, "New.")
    new = apply_insert(old, s)
    assert new.tgt_sentences[index] == "New." and len(new.tgt_sentences) == 5
    assert new.tgt_formatting[index] == ()
    # the new sentence is of the paragraph and part of the one before it (the first's)
    assert new.tgt_paragraphs[index] == old.tgt_paragraphs[max(index - 1, 0)]
    assert new.tgt_parts[index] == old.tgt_parts[max(index - 1, 0)]
    back = apply_insert(new, s.inverse())
    assert _side(back) == _side(old)
    beads = insert_beads(old.beads, s)
    assert insert_beads(beads, s.inverse()) == old.beads


def test_starts_stay_on_their_sentences() -> None:
    old = _alignment()
    # before T2, which opens the second paragraph: the new one ends the first paragraph
    new = apply_insert(old, SentenceInsert("tgt", 2, "New."))
    assert new.tgt_paragraph_starts == frozenset({0, 3}) and new.tgt_regions == (4,)
    # first: it opens the first paragraph, which T0 continues
    new = apply_insert(old, SentenceInsert("tgt", 0, "New."))
    assert new.tgt_paragraph_starts == frozenset({0, 3}) and new.tgt_regions == (4,)
    # last: it ends the note region
    new = apply_insert(old, SentenceInsert("tgt", 4, "New."))
    assert new.tgt_paragraph_starts == frozenset({0, 2}) and new.tgt_regions == (3,)


def test_the_place_of_a_bead_without_a_sentence_on_the_side() -> None:
    beads = _alignment().beads
    assert [insert_point(beads, k, "tgt") for k in range(5)] == [0, 1, 2, 2, 3]


@pytest.mark.parametrize(("s", "message"), [
    (SentenceInsert("tgt", 5, "New."), "past the end"),
    (SentenceInsert("tgt", 1, "  "), "cannot be empty"),
    (SentenceInsert("tgt", 1, "T2.", remove=True), "not the sentence inserted there"),
])
def test_refused(s: SentenceInsert, message: str) -> None:
    with pytest.raises(InsertRefused, match=message):
        apply_insert(_alignment(), s)


def test_a_sentence_a_bead_holds_is_not_taken_out() -> None:
    with pytest.raises(InsertRefused, match="cannot be taken out"):
        insert_beads(_alignment().beads, SentenceInsert("tgt", 1, "T1.", remove=True))
