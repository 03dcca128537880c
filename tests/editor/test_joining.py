"""Joining two sentences the segmenter split wrongly (the reverse of ``S``): the joined
text, what follows it, the undo, the refusals, and invariants among other edits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.editor.edits import Change, Edit, EditError, Op, apply_change, check_invariants, plan
from aligner.model import (
    OMITTED_MEMBERS,
    Alignment,
    Bead,
    Formatting,
    Review,
    ReviewState,
    Side,
    Style,
)

NOW = datetime(2026, 12, 7, 23, 0, tzinfo=UTC)
S, T = Side.SOURCE, Side.TARGET


def _cut() -> Alignment:
    """The French editor's walk: ``M.`` read as a sentence end, so the French of bead 1
    is two sentences, the first ending in ``M.``."""
    return Alignment(
        ("Il monta au phare.", "Il parla avec le gardien, M.",
         "Le Bihan, et redescendit le soir.", "La mer était calme."),
        ("He climbed the lighthouse.",
         "He spoke with the keeper, Mr Le Bihan, and came down in the evening.",
         "The sea was calm."),
        (Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.7, {OMITTED_MEMBERS: 2.0}),
         Bead((3,), (2,), 0.8)), "fr", "en",
        src_paragraph_starts=frozenset({0, 3}),
        # "M. Le Bihan" in italics: a span ending the first, one starting the second
        src_formatting=((), (Formatting(26, 28, Style.ITALIC),),
                        (Formatting(0, 8, Style.ITALIC),), ()))


def _join(al: Alignment, k: int = 1, side: Side = S, sentence: int = 1
          ) -> tuple[Change, Alignment]:
    change = plan(al, Edit(Op.JOIN_SENTENCE, k, side, sentence=sentence), NOW)
    return change, apply_change(al, change)


def test_two_sentences_of_a_bead_are_joined_by_a_space_and_the_rest_renumbered() -> None:
    change, out = _join(_cut())
    assert out.src_sentences == (
        "Il monta au phare.",
        "Il parla avec le gardien, M. Le Bihan, et redescendit le soir.",
        "La mer était calme.")
    assert [(b.src, b.tgt) for b in out.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    bead = out.beads[1]
    assert bead.review == Review(ReviewState.EDITED, NOW) and bead.score == 0.7
    assert bead.signals[OMITTED_MEMBERS] == 1.0  # the second flagged: the sentence is
    assert out.src_paragraph_starts == frozenset({0, 2})
    # the italics over "M. Le Bihan" made one span again, across the space
    assert out.src_formatting == ((), (Formatting(26, 37, Style.ITALIC),), ())
    assert out.tgt_sentences == _cut().tgt_sentences
    assert (change.start, len(change.before), len(change.after)) == (1, 1, 1)


def test_undo_splits_them_again_as_they_were() -> None:
    start = _cut()
    change, out = _join(start)
    back = apply_change(out, change.inverse())
    assert back == start
    assert back.src_formatting == start.src_formatting


def test_a_language_written_without_spaces_is_joined_without_one() -> None:
    al = Alignment(("你好。", "他来了", "。"), ("Hello.", "He came."),
                   (Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.5)), "zh", "en")
    _, out = _join(al)
    assert out.src_sentences == ("你好。", "他来了。")


@pytest.mark.parametrize(("edit", "message"), [
    (Edit(Op.JOIN_SENTENCE, 1, S, sentence=2), "source sentences 2 and 3 are not both in "
                                                "bead 1 \\(its source sentences: 1, 2\\)"),
    (Edit(Op.JOIN_SENTENCE, 1, T, sentence=1), "target sentences 1 and 2 are not both"),
    (Edit(Op.JOIN_SENTENCE, 0, S, sentence=0), "source sentences 0 and 1 are not both"),
    (Edit(Op.JOIN_SENTENCE, 1, S), "sentences None and \\? are not both"),
    (Edit(Op.JOIN_SENTENCE, 1, None, sentence=1), "needs side"),
])
def test_a_join_that_makes_no_sense_is_refused(edit: Edit, message: str) -> None:
    with pytest.raises(EditError, match=message):
        plan(_cut(), edit, NOW)


def test_sentences_of_two_paragraphs_are_not_joined() -> None:
    al = Alignment(("Uno.", "Dos."), ("One. Two.",), (Bead((0, 1), (0,), 0.5),), "es", "en",
                   src_paragraph_starts=frozenset({0, 1}))
    with pytest.raises(EditError, match="sentence 1 starts another paragraph"):
        plan(al, Edit(Op.JOIN_SENTENCE, 0, S, sentence=0), NOW)
    with pytest.raises(EditError, match="starts another paragraph"):
        plan(Alignment(("Uno.", "Dos."), ("One. Two.",), (Bead((0, 1), (0,), 0.5),), "es",
                       "en", src_paragraphs=(1, 2)),
             Edit(Op.JOIN_SENTENCE, 0, S, sentence=0), NOW)


# -- joins among other edits -----------------------------------------------------------

OTHER_EDITS = [Op.MERGE_NEXT, Op.MERGE_PREV, Op.SPLIT, Op.MOVE_FIRST, Op.MOVE_LAST,
               Op.DETACH_FIRST, Op.DETACH_LAST]
WORDS = st.sampled_from(["Il", "M.", "Le", "Bihan,", "«oui»", "à", "deux", "phare."])


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    sizes = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)).filter(any),
                          min_size=1, max_size=5))

    def text() -> str:
        return " ".join(draw(st.lists(WORDS, min_size=1, max_size=4)))

    beads, i, j = [], 0, 0
    for a, b in sizes:
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), 0.5))
        i, j = i + a, j + b
    return Alignment(tuple(text() for _ in range(i)), tuple(text() for _ in range(j)),
                     tuple(beads), "fr", "en")


@settings(max_examples=200, deadline=None)
@given(alignments(), st.data())
def test_joins_among_other_edits_keep_the_invariants_and_undo_exactly(
        start: Alignment, data: st.DataObject) -> None:
    al, done = start, []
    for _ in range(data.draw(st.integers(1, 8))):
        k = data.draw(st.integers(0, len(al.beads) - 1))
        side = data.draw(st.sampled_from([S, T]))
        mine = getattr(al.beads[k], "src" if side is S else "tgt")
        if data.draw(st.booleans()) and mine:
            edit = Edit(Op.JOIN_SENTENCE, k, side, sentence=data.draw(st.sampled_from(mine)))
        else:
            op = data.draw(st.sampled_from(OTHER_EDITS))
            edit = Edit(op, k, side if op in (Op.MOVE_FIRST, Op.MOVE_LAST, Op.DETACH_FIRST,
                                              Op.DETACH_LAST) else None)
        try:
            change = plan(al, edit, NOW)
        except EditError:
            continue
        al = apply_change(al, change)
        check_invariants(al)
        done.append(change)
    for key in ("src", "tgt"):  # every word kept, in order
        assert " ".join(getattr(al, f"{key}_sentences")) == " ".join(
            getattr(start, f"{key}_sentences"))
    for change in reversed(done):
        al = apply_change(al, change.inverse())
    assert al == start
