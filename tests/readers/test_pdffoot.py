"""Footnotes told by their place at a page's foot (readers/pdffoot.py), on hand-made
rows; tests/readers/test_pdfnotes.py reads a PDF LibreOffice made."""

from __future__ import annotations

from aligner.readers.pdffoot import Row, note_starts

RULE = 245.0  # the separator LibreOffice draws above the notes


def _body(top: float, lines: int, calls: dict[int, str] | None = None) -> list[Row]:
    """``lines`` body lines of 12 pt, 14 pt apart, from ``top`` down; ``calls`` gives
    the call a line makes, by its number."""
    calls = calls or {}
    return [Row(top - 14 * n - 12, top - 14 * n, 12.0, "", (calls[n],) if n in calls else ())
            for n in range(lines)]


def test_notes_in_the_body_s_size_below_the_rule_are_notes() -> None:
    """Lines opening with a raised number under the separator, each answering a call
    above, are notes, their second lines of the same size with them."""
    rows = [*_body(700, 10, {2: "1", 7: "2"}),
            Row(231, 243, 12.0, "1"), Row(217, 229, 12.0),
            Row(193, 205, 12.0, "2")]
    assert note_starts(rows, [RULE]) == ({10, 12}, set())


def test_a_page_number_may_follow_the_notes() -> None:
    rows = [*_body(700, 4, {1: "1"}), Row(231, 243, 12.0, "1"), Row(40, 50, 10.0)]
    assert note_starts(rows, [RULE]) == ({4}, set())


def test_a_note_whose_call_is_on_the_page_before_is_a_note() -> None:
    """A call on a page's last lines whose note does not fit there: the note goes
    whole to the next page, where no call answers its label but the page before's."""
    one = [*_body(700, 40, {39: "5"})]
    starts, pending = note_starts(one, [])
    assert (starts, pending) == (set(), {"5"})
    two = [*_body(700, 10, {4: "6"}), Row(231, 243, 12.0, "5"), Row(217, 229, 12.0),
           Row(193, 205, 12.0, "6")]
    assert note_starts(two, [RULE], pending) == ({10, 12}, set())
    # not called on the page before: the first line stays, and so the rest (a line of
    # the body's size standing between the rule and the notes is no note's)
    assert note_starts(two, [RULE]) == (set(), {"6"})


def test_raised_numbers_answering_no_call_are_no_notes() -> None:
    """A list numbered in raised digits at a page's foot calls back to nothing."""
    rows = [*_body(700, 6), Row(231, 243, 12.0, "1"), Row(217, 229, 12.0, "2")]
    assert note_starts(rows, [RULE]) == (set(), set())


def test_a_raised_number_inside_the_body_is_no_note() -> None:
    """A line opening with a raised number that matches a call, but standing in the
    body, a paragraph's gap below the line before (no rule, no wide gap), is none."""
    rows = [*_body(700, 3, {1: "1"}), Row(646, 658, 12.0, "1"), *_body(644, 3)]
    assert note_starts(rows, []) == (set(), {"1"})


def test_a_wide_gap_sets_notes_apart_without_a_rule() -> None:
    rows = [*_body(700, 3, {1: "1"}), Row(600, 612, 12.0, "1")]
    assert note_starts(rows, []) == ({3}, set())


def test_a_heading_below_the_lines_makes_them_no_foot() -> None:
    """Below the notes only their own lines stand, then the page's footer: a heading
    and a paragraph below them show the lines are body."""
    rows = [*_body(700, 3, {1: "1"}), Row(231, 243, 12.0, "1"), Row(200, 216, 16.0),
            *_body(190, 2)]
    assert note_starts(rows, [RULE]) == (set(), {"1"})


def test_a_label_on_the_baseline_is_a_note_s_below_the_rule_only() -> None:
    """LibreOffice's Arabic note whose style sizes only Latin text smaller: the label
    on the baseline, the note in the text's size (``1الأرقام …``).  Below the
    separator it opens a note; a paragraph opening with a number, a gap below the
    text and no rule, is none."""
    rows = [*_body(700, 4, {1: "1"}), Row(231, 243, 12.0, "1", raised=False)]
    assert note_starts(rows, [RULE]) == ({4}, set())
    assert note_starts(rows, []) == (set(), {"1"})
    raised = [*_body(700, 4, {1: "1"}), Row(231, 243, 12.0, "1")]
    assert note_starts(raised, []) == ({4}, set())
