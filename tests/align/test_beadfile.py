from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.beadfile import check_coverage, format_bead, parse_beads, read_sentence_lines
from aligner.errors import InputError
from aligner.model import Bead


def test_parse_and_format_round_trip() -> None:
    lines = ["[0, 1]:[0]", "[2]:[]", "[]:[1]", "[3]:[2, 3]:0.5000"]
    beads = parse_beads(lines)
    assert beads == [((0, 1), (0,)), ((2,), ()), ((), (1,)), ((3,), (2, 3))]
    assert format_bead(Bead((0, 1), (0,), 0.25)) == "[0, 1]:[0]:0.2500"
    assert format_bead(Bead((), (1,)), with_score=False) == "[]:[1]"


def test_bad_bead_line_names_the_line() -> None:
    with pytest.raises(InputError, match=r"x\.gold:2"):
        parse_beads(["[0]:[0]", "0-0"], path="x.gold")


def test_presplit_lines_keep_blank_lines_but_not_a_final_newline(tmp_path: Path) -> None:
    p = tmp_path / "a.src"
    p.write_bytes(b"one\r\n\nthree\n")
    assert read_sentence_lines(str(p)) == ["one", "", "three"]
    p.write_bytes(b"")
    assert read_sentence_lines(str(p)) == []


def test_coverage_problems_are_reported() -> None:
    assert check_coverage([((0,), (0,)), ((1,), ())], 2, 1) == []
    assert check_coverage([((1,), (0,))], 2, 1) != []
