"""The edit operations: each one by hand, the refusals, and invariants under any sequence."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.editor.edits import (
    SIDED,
    Change,
    Edit,
    EditError,
    Op,
    TextChange,
    apply_change,
    check_invariants,
    plan,
)
from aligner.editor.session import realign_change
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.formats.units import export_rows
from aligner.model import (
    Alignment,
    Bead,
    Formatting,
    InlineCode,
    Review,
    ReviewState,
    Side,
    Style,
    TagKind,
)
from aligner.unitrecord import Annotations, UnitRecord

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
S, T = Side.SOURCE, Side.TARGET


def _al(*beads: tuple[tuple[int, ...], tuple[int, ...]]) -> Alignment:
    n = sum(len(s) for s, _ in beads)
    m = sum(len(t) for _, t in beads)
    return Alignment(tuple(f"s{i}" for i in range(n)), tuple(f"t{j}" for j in range(m)),
                     tuple(Bead(s, t, 0.7, {"lexical": 0.3}) for s, t in beads), "es", "en")


def _do(al: Alignment, op: Op, bead: int, side: Side | None = None) -> list[tuple]:
    out = apply_change(al, plan(al, Edit(op, bead, side), NOW))
    return [(b.src, b.tgt) for b in out.beads]


BASE = _al(((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((), (4,)), ((4,), (5,)))

# Each operation on BASE, and the beads it must give (worked out by hand).
CASES = [
    (Op.MERGE_NEXT, 0, None, [((0, 1), (0, 1, 2)), ((2, 3), (3,)), ((), (4,)), ((4,), (5,))]),
    (Op.MERGE_PREV, 2, None, [((0,), (0,)), ((1, 2, 3), (1, 2, 3)), ((), (4,)), ((4,), (5,))]),
    (Op.SPLIT, 1, None, [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2, 3), (3,)), ((), (4,)),
                         ((4,), (5,))]),
    (Op.SPLIT, 2, None, [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), ()), ((), (4,)),
                         ((4,), (5,))]),
    (Op.MOVE_FIRST, 1, T, [((0,), (0, 1)), ((1,), (2,)), ((2, 3), (3,)), ((), (4,)),
                           ((4,), (5,))]),
    (Op.MOVE_LAST, 2, S, [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)),
                          ((4,), (5,))]),
    (Op.MOVE_LAST, 3, T, [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((4,), (4, 5))]),
    (Op.DETACH_FIRST, 1, T, [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2, 3), (3,)),
                             ((), (4,)), ((4,), (5,))]),
    (Op.DETACH_LAST, 1, T, [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2, 3), (3,)),
                            ((), (4,)), ((4,), (5,))]),
    (Op.DETACH_LAST, 0, S, [((), (0,)), ((0,), ()), ((1,), (1, 2)), ((2, 3), (3,)),
                            ((), (4,)), ((4,), (5,))]),
    (Op.ATTACH_PREV, 3, None, [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3, 4)), ((4,), (5,))]),
    (Op.ATTACH_NEXT, 3, None, [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((4,), (4, 5))]),
]


@pytest.mark.parametrize(("op", "bead", "side", "expected"), CASES)
def test_each_operation(op: Op, bead: int, side: Side | None, expected: list[tuple]) -> None:
    assert _do(BASE, op, bead, side) == expected


def test_made_beads_are_edited_and_a_touched_neighbour_loses_its_mark() -> None:
    confirmed = apply_change(BASE, plan(BASE, Edit(Op.CONFIRM, 2), NOW))
    assert confirmed.beads[2].review == Review(ReviewState.CONFIRMED, NOW)
    assert confirmed.beads[2].score == 0.7  # a confirmed bead keeps the aligner's score
    out = apply_change(confirmed, plan(confirmed, Edit(Op.MOVE_LAST, 1, T), NOW))
    assert out.beads[1].review == Review(ReviewState.EDITED, NOW) and out.beads[1].score == 1.0
    assert out.beads[2].review is None and out.beads[2].score == 0.0
    assert out.beads[2].tgt == (2, 3)


@pytest.mark.parametrize(("edit", "message"), [
    (Edit(Op.MERGE_NEXT, 4), "no next bead"),
    (Edit(Op.MERGE_PREV, 0), "no previous bead"),
    (Edit(Op.MERGE_NEXT, 5), "bead 5 does not exist"),
    (Edit(Op.MERGE_NEXT, -1), "bead -1 does not exist"),
    (Edit(Op.SPLIT, 0), "nothing to split"),
    (Edit(Op.MOVE_FIRST, 0, S), "no previous bead"),
    (Edit(Op.MOVE_FIRST, 3, S), "no source sentence"),
    (Edit(Op.DETACH_LAST, 3, T), "already unaligned"),
    (Edit(Op.ATTACH_PREV, 1), "only an unaligned sentence"),
    (Edit(Op.MOVE_FIRST, 1), "needs side"),
    (Edit(Op.MERGE_NEXT, 1, S), "takes no side"),
])
def test_edits_that_make_no_sense_are_refused(edit: Edit, message: str) -> None:
    with pytest.raises(EditError, match=message):
        plan(BASE, edit, NOW)


def test_confirming_twice_is_refused() -> None:
    once = apply_change(BASE, plan(BASE, Edit(Op.CONFIRM, 0), NOW))
    with pytest.raises(EditError, match="already confirmed"):
        plan(once, Edit(Op.CONFIRM, 0), NOW)


def test_an_edited_bead_may_be_confirmed() -> None:
    merged = apply_change(BASE, plan(BASE, Edit(Op.MERGE_NEXT, 0), NOW))
    assert merged.beads[0].review == Review(ReviewState.EDITED, NOW)
    later = datetime(2026, 11, 25, 9, 31, tzinfo=UTC)
    confirmed = apply_change(merged, plan(merged, Edit(Op.CONFIRM, 0), later))
    assert confirmed.beads[0].review == Review(ReviewState.CONFIRMED, later)
    assert confirmed.beads[0].score == merged.beads[0].score  # the edit's 1.0 stays
    with pytest.raises(EditError, match="already confirmed"):
        plan(confirmed, Edit(Op.CONFIRM, 0), later)


def test_a_text_edit_replaces_the_sentences_of_one_side_and_marks_the_bead_edited() -> None:
    # bead 1 is 1-2: its target sentences t1 and t2; only t2 is corrected
    edit = Edit(Op.TEXT, 1, T, ("t1", "three months' rent"))
    change = plan(BASE, edit, NOW)
    assert change.texts == (TextChange("tgt", 2, "t2", "three months' rent"),)
    out = apply_change(BASE, change)
    assert out.tgt_sentences == ("t0", "t1", "three months' rent", "t3", "t4", "t5")
    assert out.src_sentences == BASE.src_sentences
    bead = out.beads[1]
    assert (bead.src, bead.tgt, bead.score) == ((1,), (1, 2), 0.7)  # aligned as it was
    assert bead.review == Review(ReviewState.EDITED, NOW)
    assert [b for k, b in enumerate(out.beads) if k != 1] == [
        b for k, b in enumerate(BASE.beads) if k != 1]
    back = apply_change(out, change.inverse())
    assert back.tgt_sentences == BASE.tgt_sentences and back.beads == BASE.beads
    with pytest.raises(EditError, match="does not fit"):  # the text is no longer "t2"
        apply_change(out, change)


def test_a_text_edit_leaves_out_the_formatting_of_the_sentences_it_changes(
        tmp_path: Path) -> None:
    """Bold of the old text on the new one landed on other characters or past its end,
    and the saved file could no longer be read."""
    spans = tuple((Formatting(0, 2, Style.BOLD),) for _ in BASE.tgt_sentences)
    formatted = replace(BASE, tgt_formatting=spans, src_formatting=spans[:4])
    change = plan(formatted, Edit(Op.TEXT, 1, T, ("t1", "x")), NOW)
    out = apply_change(formatted, change)
    assert out.tgt_formatting == (*spans[:2], (), *spans[3:])  # t2 changed: none left
    assert out.src_formatting == formatted.src_formatting
    saved = tmp_path / "a.json"
    write_alignment_json(out, saved)
    assert read_alignment_json(saved).tgt_formatting == out.tgt_formatting


@pytest.mark.parametrize(("edit", "message"), [
    (Edit(Op.TEXT, 1, T, ("t1",)), "expected 2 text"),
    (Edit(Op.TEXT, 1, T, ("t1", "t2")), "unchanged"),
    (Edit(Op.TEXT, 0, S, ("  ",)), "cannot be left empty"),
    (Edit(Op.TEXT, 3, S, ("x",)), "no source sentence"),
    (Edit(Op.TEXT, 0, None, ("x",)), "needs side"),
])
def test_a_text_edit_that_makes_no_sense_is_refused(edit: Edit, message: str) -> None:
    with pytest.raises(EditError, match=message):
        plan(BASE, edit, NOW)


def test_confirm_all_marks_every_bead_without_a_mark_but_the_skipped_ones() -> None:
    merged = apply_change(BASE, plan(BASE, Edit(Op.MERGE_NEXT, 4 - 1), NOW))  # 3+4 edited
    later = datetime(2026, 11, 25, 9, 31, tzinfo=UTC)
    change = plan(merged, Edit(Op.CONFIRM_ALL, 0, skip=frozenset({1})), later)
    out = apply_change(merged, change)
    assert [b.review for b in out.beads] == [
        Review(ReviewState.CONFIRMED, later), None, Review(ReviewState.CONFIRMED, later),
        Review(ReviewState.EDITED, NOW)]
    assert [b.score for b in out.beads] == [b.score for b in merged.beads]
    assert (change.start, len(change.before)) == (0, 3)  # one change, up to the last one
    assert apply_change(out, change.inverse()).beads == merged.beads
    with pytest.raises(EditError, match="no bead to confirm"):
        plan(out, Edit(Op.CONFIRM_ALL, 0, skip=frozenset({1})), later)


def test_a_change_that_does_not_fit_or_breaks_the_invariants_is_refused() -> None:
    with pytest.raises(EditError, match="does not fit"):
        apply_change(BASE, Change(1, (Bead((9,), (9,)),), ()))
    with pytest.raises(EditError, match="does not fit"):  # same beads, other signals
        apply_change(BASE, Change(0, (Bead((0,), (0,), 0.7, {"x": 1.0}),), ()))
    with pytest.raises(EditError, match="source sentences"):
        apply_change(BASE, Change(0, (BASE.beads[0],), ()))
    with pytest.raises(EditError, match="empty"):
        apply_change(BASE, Change(0, (BASE.beads[0],), (BASE.beads[0], Bead((), ()))))


def test_realign_change_is_the_smallest_differing_run() -> None:
    after = _al(((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2, 3), (3,)), ((), (4,)),
                ((4,), (5,)))
    change = realign_change(BASE, after)
    assert change.start == 1 and change.before == (BASE.beads[1],)
    assert apply_change(BASE, change).beads == after.beads
    assert realign_change(BASE, BASE).is_empty
    # the same beads with other scores are no change: realigning moved no sentence
    rescored = replace(BASE, beads=tuple(replace(b, score=b.score / 2 + 0.01,
                                                 signals={"length": 0.5})
                                         for b in BASE.beads))
    assert realign_change(BASE, rescored).is_empty


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    shapes = draw(st.lists(st.sampled_from([(1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1),
                                            (3, 1), (0, 2)]), min_size=1, max_size=8))
    beads, i, j = [], 0, 0
    for a, b in shapes:
        beads.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    return _al(*beads)


edits = st.builds(Edit, st.sampled_from(list(Op)), st.integers(-1, 9),
                  st.sampled_from([None, S, T]),
                  st.lists(st.sampled_from(["x", "s1", "t0", " ", "dos"]), max_size=3).map(tuple),
                  st.frozensets(st.integers(0, 9), max_size=4))


@settings(max_examples=300, deadline=None)
@given(alignments(), st.lists(edits, max_size=12))
def test_any_sequence_of_edits_keeps_the_invariants_and_undoes_exactly(
        start: Alignment, sequence: list[Edit]) -> None:
    al = start
    done: list[Change] = []
    for edit in sequence:
        if edit.op in SIDED and edit.side is None:
            edit = replace(edit, side=S)
        try:
            change = plan(al, edit, NOW)
        except EditError:
            continue  # refused: nothing changes
        al = apply_change(al, change)
        check_invariants(al)
        done.append(change)
    for change in reversed(done):
        al = apply_change(al, change.inverse())
    assert al.beads == start.beads
    assert (al.src_sentences, al.tgt_sentences) == (start.src_sentences, start.tgt_sentences)


# Two units of a memory converted to a saved alignment (tests/formats/test_tmx_record.py):
# each bead keeps what its tu said, each sentence its inline codes beside its text.
_ACME = UnitRecord(Annotations((("tuid", "7"), ("creationid", "ana")),
                               (("x-score", "0.8700"), ("x-client", "ACME")),
                               ("Checked by legal.",)))
_ACME_TOO = UnitRecord(Annotations((("tuid", "8"), ("creationid", "ana")),
                                   (("x-client", "ACME"), ("x-project", "P1"))),
                       tgt=Annotations(props=(("x-style", "formal"),)))
_BOLD = (InlineCode(0, TagKind.OPEN, "x=1", "<b>"), InlineCode(2, TagKind.CLOSE, "x=1", "</b>"))
MEMORY = Alignment(("s0", "s1"), ("t0", "t1"),
                   (Bead((0,), (0,), 0.87, unit=_ACME), Bead((1,), (1,), 1.0, unit=_ACME_TOO)),
                   "es", "en", src_codes=(_BOLD, _BOLD), tgt_codes=(_BOLD, ()))


def test_a_merge_keeps_what_both_units_say_alike_and_every_code() -> None:
    out = apply_change(MEMORY, plan(MEMORY, Edit(Op.MERGE_NEXT, 0), NOW))
    # the same creationid and client stay; the ids, the score of one and a note or a
    # project of one only are no longer the merged unit's
    assert out.beads[0].unit == UnitRecord(Annotations((("creationid", "ana"),),
                                                       (("x-client", "ACME"),)))
    (row,) = [r for r in export_rows(out, codes=True) if r is not None]
    assert row.source == "{1}s0{/1} {2}s1{/2}"  # numbered anew in the unit
    assert "x-score" not in row.props  # none made up: the units agree on none
    undone = apply_change(out, plan(MEMORY, Edit(Op.MERGE_NEXT, 0), NOW).inverse())
    assert [b.unit for b in undone.beads] == [_ACME, _ACME_TOO]


def test_a_confirmed_unit_keeps_its_record_and_says_it_is_reviewed() -> None:
    out = apply_change(MEMORY, plan(MEMORY, Edit(Op.CONFIRM, 1), NOW))
    assert out.beads[1].unit == _ACME_TOO
    row = [r for r in export_rows(out, codes=True) if r is not None][1]
    assert row.props == {"x-reviewed": "confirmed"}  # no score: the unit had none


def test_a_text_edit_drops_the_codes_of_the_sentence_it_changes(tmp_path: Path) -> None:
    change = plan(MEMORY, Edit(Op.TEXT, 0, S, ("s0 corrected",)), NOW)
    out = apply_change(MEMORY, change)
    assert out.src_codes == ((), _BOLD)  # its offsets were into the old words
    assert out.tgt_codes == MEMORY.tgt_codes and out.beads[0].unit == _ACME
    row = next(r for r in export_rows(out, codes=True) if r is not None)
    assert (row.source, row.src_tags) == ("s0 corrected", ())
    assert row.target == "{1}t0{/1}" and row.props == {"x-score": "0.8700",
                                                       "x-reviewed": "edited"}
    saved = tmp_path / "a.json"
    write_alignment_json(out, saved)
    again = read_alignment_json(saved)
    assert again.src_codes == out.src_codes and again.beads[0].unit == _ACME
