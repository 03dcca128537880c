"""The marks of the lines of a pair: paragraph starts and lines that continue the one
before them (a sentence split inside its brackets)."""

from __future__ import annotations

import pytest

from aligner.align.problem import _lengths_and_paragraphs, continues


@pytest.mark.parametrize(("previous", "line"), [
    ("Das Buch von Elizabeth Stark ( London :", "Collins 1956 ) , flott geschrieben ."),
    ("un porteur reçoit 3 roupies ( 2 fr .", "70 ) par jour , et la nourriture ."),
    ("Darüber berichtet Braham ( Alpine Journal , Nr. 293 , S .", "296-309 ) ."),
    ("收入（按", "年计）增加了。"),
])
def test_a_sentence_split_inside_its_brackets_continues(previous: str, line: str) -> None:
    assert continues(previous, line)


@pytest.mark.parametrize(("previous", "line"), [
    # brackets around whole sentences close after a sentence end
    ("(As that is rather a hard word, I will just explain it.",
     "They had a large canvas bag, and then sat upon it.)"),
    ("Do you think (she said to herself) that it matters?", "No."),  # closed on its line
    ("Um nicht zu wiederholen ( siehe oben .", "Es folgt eine Liste ."),  # never closed
    ("Eran las 9.", "Allende habló ( por radio ) a las 10."),  # nothing left open
])
def test_other_lines_do_not(previous: str, line: str) -> None:
    assert not continues(previous, line)


def test_marks_give_a_paragraph_start_the_last_word() -> None:
    lines = ["Sherpa Da Temba ( Himalayan Club :", "Liste 212 ) .", "Neuer Absatz ( so :",
             "hier ) ."]
    _, marks = _lengths_and_paragraphs(lines, frozenset({0, 3}))
    assert marks.tolist() == [1, -1, 0, 1]
