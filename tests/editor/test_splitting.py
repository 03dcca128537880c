"""Splitting a sentence the segmenter left glued: the split point, each part by hand, the
formatting, codes and cues that follow, the undo, and invariants under any split."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.editor.edits import Change, Edit, EditError, Op, apply_change, check_invariants, plan
from aligner.editor.splitting import SplitRefused, split_point
from aligner.model import (
    OMITTED_MEMBERS,
    Alignment,
    Bead,
    Formatting,
    InlineCode,
    Part,
    Review,
    ReviewState,
    Side,
    Style,
    SubtitleCue,
    TagKind,
)

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
S, T = Side.SOURCE, Side.TARGET
GLUED = "Llegó en 1973. El golpe lo cambió todo."

# (text, offset) -> (cut, resume), worked out by hand
POINTS = [
    (GLUED, 14, (14, 15)),  # right after the full stop
    (GLUED, 15, (14, 15)),  # right before "El": the space goes between, in neither part
    ("Uno.   Dos.", 6, (4, 7)),  # inside a run of spaces
    ("Fin.Otro", 4, (4, 4)),  # after punctuation, no space: allowed, nothing between
    ("Es así, dijo.", 7, (7, 8)),  # between words after a comma
    ("«Vete». Y se fue.", 7, (7, 8)),  # after a closing quote
]

# (text, offset, what the refusal says)
REFUSED = [
    (GLUED, 0, "not inside the sentence"),
    (GLUED, len(GLUED), "not inside the sentence"),
    (GLUED, 21, "inside the word 'golpe'"),  # gol|pe
    (GLUED, 2, "inside the word 'Llegó'"),
    ("1973 fue", 2, "inside the word '1973'"),
    (" Hola", 1, "only whitespace on one side"),
]


@pytest.mark.parametrize(("text", "at", "expected"), POINTS)
def test_the_split_point_leaves_the_whitespace_between_the_parts(
        text: str, at: int, expected: tuple[int, int]) -> None:
    assert split_point(text, at) == expected


@pytest.mark.parametrize(("text", "at", "message"), REFUSED)
def test_a_point_at_an_end_or_inside_a_word_is_refused(text: str, at: int,
                                                       message: str) -> None:
    with pytest.raises(SplitRefused, match=message):
        split_point(text, at)


def _glued() -> Alignment:
    """Bead 1's Spanish holds two sentences the segmenter left as one."""
    return Alignment(
        ("Hola.", GLUED, "Adiós."),
        ("Hello.", "He arrived in 1973.", "The coup changed everything.", "Bye."),
        (Bead((0,), (0,), 0.9), Bead((1,), (1, 2), 0.6, {OMITTED_MEMBERS: 1.0}),
         Bead((2,), (3,), 0.8)), "es", "en",
        src_paragraph_starts=frozenset({0, 2}), tgt_paragraph_starts=frozenset({0, 3}),
        # "1973. El golpe" in bold: the span crosses the point
        src_formatting=((), (Formatting(9, 23, Style.BOLD), Formatting(34, 38, Style.ITALIC)),
                        ()),
        src_codes=((), (InlineCode(9, TagKind.OPEN, "x=1"), InlineCode(14, TagKind.CLOSE, "x=1"),
                        InlineCode(15, TagKind.OPEN, "x=2"), InlineCode(39, TagKind.CLOSE, "x=2")),
                   ()),
        # cue 4's text runs across the point, cue 5 starts in the second part
        src_cues=((), (SubtitleCue(4, "5", 1.0, 2.0, (0, 17)),
                       SubtitleCue(5, "6", 2.0, 3.0, (18, 39))), ()))


def _split(al: Alignment, at: int = 15) -> tuple[Change, Alignment]:
    change = plan(al, Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=at), NOW)
    return change, apply_change(al, change)


def test_a_split_sentence_is_two_sentences_of_its_bead_and_the_rest_renumbered() -> None:
    change, out = _split(_glued())
    assert out.src_sentences == ("Hola.", "Llegó en 1973.", "El golpe lo cambió todo.",
                                 "Adiós.")
    assert [(b.src, b.tgt) for b in out.beads] == [((0,), (0,)), ((1, 2), (1, 2)),
                                                   ((3,), (3,))]
    bead = out.beads[1]
    assert bead.review == Review(ReviewState.EDITED, NOW)
    assert bead.score == 0.6  # its text is aligned as it was
    assert bead.signals[OMITTED_MEMBERS] == 3.0  # the sentence flagged: both its parts
    assert out.src_paragraph_starts == frozenset({0, 3})
    assert out.tgt_sentences == _glued().tgt_sentences
    assert (change.start, len(change.before), len(change.after)) == (1, 1, 1)


def test_formatting_codes_and_cues_follow_the_parts() -> None:
    _, out = _split(_glued())
    assert out.src_formatting == (
        (), (Formatting(9, 14, Style.BOLD),),
        (Formatting(0, 8, Style.BOLD), Formatting(19, 23, Style.ITALIC)), ())
    assert out.src_codes == (
        (), (InlineCode(9, TagKind.OPEN, "x=1"), InlineCode(14, TagKind.CLOSE, "x=1")),
        (InlineCode(0, TagKind.OPEN, "x=2"), InlineCode(24, TagKind.CLOSE, "x=2")), ())
    assert out.src_cues == (
        (), (SubtitleCue(4, "5", 1.0, 2.0, (0, 14)),),
        (SubtitleCue(5, "6", 2.0, 3.0, (3, 24)),), ())


def test_undo_gives_the_sentence_back_with_its_formatting_codes_and_cues() -> None:
    start = _glued()
    change, out = _split(start)
    back = apply_change(out, change.inverse())
    assert back == start
    assert back.beads[1].signals == start.beads[1].signals
    for field in ("src_formatting", "src_codes", "src_cues", "src_paragraph_starts"):
        assert getattr(back, field) == getattr(start, field), field


def test_a_split_then_a_move_of_the_second_part() -> None:
    _, out = _split(_glued())
    moved = apply_change(out, plan(out, Edit(Op.SPLIT, 1), NOW))
    assert [(b.src, b.tgt) for b in moved.beads] == [((0,), (0,)), ((1,), (1,)),
                                                     ((2,), (2,)), ((3,), (3,))]


@pytest.mark.parametrize(("edit", "message"), [
    (Edit(Op.SPLIT_SENTENCE, 1, S, sentence=0, at=3), "sentence 0 is not a source sentence "
                                                      "of bead 1"),
    (Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1), "needs the offset"),
    (Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=21), "inside the word 'golpe'"),
    (Edit(Op.SPLIT_SENTENCE, 1, S, sentence=1, at=0), "not inside the sentence"),
    (Edit(Op.SPLIT_SENTENCE, 1, None, sentence=1, at=15), "needs side"),
])
def test_a_split_that_makes_no_sense_is_refused(edit: Edit, message: str) -> None:
    with pytest.raises(EditError, match=message):
        plan(_glued(), edit, NOW)


def test_a_join_that_does_not_fit_is_refused() -> None:
    change, _ = _split(_glued())
    with pytest.raises(EditError, match="does not fit"):
        apply_change(_glued(), change.inverse())  # the parts are not there


# -- any inner offset of any sentence ------------------------------------------------

WORDS = st.sampled_from(["Llegó", "en", "1973.", "El", "golpe", "«sí»", "a", "dos,", "¿qué?"])


@st.composite
def glued_alignments(draw: st.DrawFn) -> Alignment:
    """An alignment of sentences of words (spaces between, a few doubled)."""
    sizes = draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)).filter(any),
                          min_size=1, max_size=5))

    def text() -> str:
        words = draw(st.lists(WORDS, min_size=1, max_size=6))
        return "".join(w + draw(st.sampled_from([" ", " ", "  "])) for w in words).strip()

    beads, i, j = [], 0, 0
    for a, b in sizes:
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), 0.5))
        i, j = i + a, j + b
    return Alignment(tuple(text() for _ in range(i)), tuple(text() for _ in range(j)),
                     tuple(beads), "es", "en")


@settings(max_examples=300, deadline=None)
@given(glued_alignments(), st.data())
def test_a_split_at_any_inner_offset_is_lossless_and_covers_every_sentence_once(
        start: Alignment, data: st.DataObject) -> None:
    k = data.draw(st.integers(0, len(start.beads) - 1))
    bead = start.beads[k]
    side = data.draw(st.sampled_from([s for s, mine in ((S, bead.src), (T, bead.tgt)) if mine]))
    key = "src" if side is S else "tgt"
    sentence = data.draw(st.sampled_from(getattr(start.beads[k], key)))
    text = getattr(start, f"{key}_sentences")[sentence]
    if len(text) < 2:
        return
    at = data.draw(st.integers(1, len(text) - 1))
    edit = Edit(Op.SPLIT_SENTENCE, k, side, sentence=sentence, at=at)
    # refused exactly when a letter or digit stands on both sides of the point, or one
    # side is whitespace alone
    inside_word = text[at - 1].isalnum() and text[at].isalnum()
    if inside_word or not text[:at].strip() or not text[at:].strip():
        with pytest.raises(EditError):
            plan(start, edit, NOW)
        return
    change = plan(start, edit, NOW)
    out = apply_change(start, change)
    check_invariants(out)  # every sentence in exactly one bead, in order
    before, after = getattr(start, f"{key}_sentences"), getattr(out, f"{key}_sentences")
    assert len(after) == len(before) + 1
    first, second = after[sentence], after[sentence + 1]
    gap = text[len(first):len(text) - len(second)]
    assert first + gap + second == text  # lossless: nothing lost, nothing added
    assert not gap.strip() and first == first.strip() and second == second.strip()
    assert after[:sentence] + after[sentence + 2:] == before[:sentence] + before[sentence + 1:]
    bead = out.beads[k]
    assert sentence in getattr(bead, key) and sentence + 1 in getattr(bead, key)
    other = "tgt" if key == "src" else "src"
    assert getattr(out, f"{other}_sentences") == getattr(start, f"{other}_sentences")
    assert [getattr(b, other) for b in out.beads] == [getattr(b, other) for b in start.beads]
    back = apply_change(out, change.inverse())
    assert back == start


OTHER_EDITS = [Op.MERGE_NEXT, Op.MERGE_PREV, Op.SPLIT, Op.MOVE_FIRST, Op.MOVE_LAST,
               Op.DETACH_FIRST, Op.DETACH_LAST, Op.ATTACH_PREV, Op.CONFIRM]


@settings(max_examples=200, deadline=None)
@given(glued_alignments(), st.data())
def test_splits_among_other_edits_keep_the_invariants_and_undo_exactly(
        start: Alignment, data: st.DataObject) -> None:
    al = start
    done: list[Change] = []
    for _ in range(data.draw(st.integers(1, 8))):
        k = data.draw(st.integers(0, len(al.beads) - 1))
        side = data.draw(st.sampled_from([S, T]))
        key = "src" if side is S else "tgt"
        mine = getattr(al.beads[k], key)
        if data.draw(st.booleans()) and mine:
            sentence = data.draw(st.sampled_from(mine))
            text = getattr(al, f"{key}_sentences")[sentence]
            edit = Edit(Op.SPLIT_SENTENCE, k, side, sentence=sentence,
                        at=data.draw(st.integers(0, len(text))))
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
    joined = {side: "".join(getattr(al, f"{side}_sentences")).replace(" ", "")
              for side in ("src", "tgt")}
    # no character but whitespace lost or added on either side
    assert joined == {side: "".join(getattr(start, f"{side}_sentences")).replace(" ", "")
                      for side in ("src", "tgt")}
    for change in reversed(done):
        al = apply_change(al, change.inverse())
    assert al == start


def test_parts_follow_a_split_and_its_undo() -> None:
    # sentence 1 a heading (as a reader would mark it), sentence 2 body text
    H, B, F = Part.HEADING, Part.BODY, Part.FOOTNOTE
    start = replace(_glued(), src_parts=(B, H, B))
    change, out = _split(start)
    assert out.src_parts == (B, H, H, B)  # both halves of the heading
    assert apply_change(out, change.inverse()).src_parts == (B, H, B)
    body = replace(_glued(), src_parts=(B, B, F))
    change, out = _split(body)
    assert out.src_parts == (B, B, B, F)  # the footnote renumbered
    assert apply_change(out, change.inverse()).src_parts == (B, B, F)
    assert _split(_glued())[1].src_parts == ()  # none known, none made up


def test_paragraph_numbers_and_parts_follow_a_split_and_its_undo() -> None:
    # the reader's paragraphs 1, 5 and 6 (a joined list before), the last a footnote
    start = replace(_glued(), src_paragraphs=(1, 5, 6),
                    src_parts=(Part.BODY, Part.BODY, Part.FOOTNOTE))
    change, out = _split(start)
    assert out.src_paragraphs == (1, 5, 5, 6)  # both parts are in the sentence's paragraph
    assert out.src_parts == (Part.BODY, Part.BODY, Part.BODY, Part.FOOTNOTE)
    back = apply_change(out, change.inverse())
    assert (back.src_paragraphs, back.src_parts) == (start.src_paragraphs, start.src_parts)
    assert out.tgt_paragraphs == () and out.tgt_parts == ()  # a side without them
