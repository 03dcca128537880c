"""A house's checklist file (check/checklist_file.py): its rows, and the errors that
name the file and line.  Rules written by hand for this test."""

from __future__ import annotations

import pytest
from test_checklist import HOUSE

from aligner.check.checklist_file import Side, parse_checklist
from aligner.errors import InputError
from aligner.model import Severity


def test_rows_are_read_with_their_defaults() -> None:
    checklist = parse_checklist(HOUSE, path="house.tsv")
    assert [(r.name, r.side, r.severity, r.languages, r.line) for r in checklist.rules] == [
        ("straight-quotes", Side.TARGET, Severity.WARNING, ("es",), 4),
        ("month-comma-year", Side.TARGET, Severity.ERROR, (), 5),
        ("source-todo", Side.SOURCE, None, (), 6),
        ("no-etc", Side.BOTH, Severity.INFO, ("es", "en"), 7),
    ]
    assert checklist.rules[2].message == "matches (?i)\\btodo\\b"


@pytest.mark.parametrize(("text", "message"), [
    ("x\ttarget\twarning\t(open\tm\n",
     "house.tsv:1: rule x: bad pattern '(open': missing ), unterminated subpattern at "
     "character 1"),
    ("# c\nx\tsideways\twarning\tfoo\n", "house.tsv:2: side 'sideways': expected source, "
                                         "target, both"),
    ("x\ttarget\tfatal\tfoo\n", "house.tsv:1: severity 'fatal': expected info, warning, "
                                "error"),
    ("x\ttarget\twarning\n", "house.tsv:1: 3 columns: expected name, side, severity, "
                             "pattern, message, languages separated by tabs (message and "
                             "languages may be left out)"),
    ("x\ttarget\t\ta*\n", "house.tsv:1: rule x: the pattern 'a*' matches the empty text"),
    ("x\ttarget\t\tfoo\tm\tespañol\n",
     "house.tsv:1: rule x: 'español' is not a language tag such as es or pt-BR"),
    ("x y\ttarget\t\tfoo\n", "house.tsv:1: rule name 'x y': letters, digits, - and _ only"),
    ("x\ttarget\t\tfoo\nx\tsource\t\tbar\n", "house.tsv:2: rule x again (line 1 has it)"),
    ("# only a comment\n", "house.tsv: no rule (name, side, severity, pattern, message, "
                           "separated by tabs)"),
])
def test_a_bad_row_names_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_checklist(text, path="house.tsv")
    assert str(err.value) == message
