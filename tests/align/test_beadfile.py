from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.beadfile import (
    check_coverage,
    format_bead,
    parse_beads,
    read_beads,
    read_sentence_lines,
)
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
    p.write_bytes(b"One.\r\nTwo.\rThree.")  # a lone CR ends a line too (old Mac files)
    assert read_sentence_lines(str(p)) == ["One.", "Two.", "Three."]


def test_coverage_problems_are_reported() -> None:
    assert check_coverage([((0,), (0,)), ((1,), ())], 2, 1) == []
    assert check_coverage([((1,), (0,))], 2, 1) != []


def _b(*beads: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return parse_beads(beads)


@pytest.mark.parametrize(("beads", "n_src", "n_tgt", "problem"), [
    (_b("[0]:[0]", "[1]:[1]", "[4]:[2]"), 5, 3, "source sentences 2-3 are in no bead"),
    (_b("[0]:[0]", "[2]:[1]"), 3, 2, "source sentence 1 is in no bead"),
    (_b("[0]:[0]", "[1]:[]"), 2, 2, "target sentence 1 is in no bead"),
    ([((0,), (0,)), ((0, 1), (1,))], 2, 2, "source sentence 0 is in beads 0 and 1"),
    ([((0, 0), (0,))], 1, 1, "source sentence 0 is twice in bead 0"),
    (_b("[0]:[0]", "[1, 2]:[1]"), 2, 2,
     "source sentence 2 is in bead 1, but there are only 2 source sentences (0-1)"),
    (_b("[]:[0]"), 0, 0, "target sentence 0 is in bead 0, but there are no target sentences"),
    ([((0,), (0,)), ((), ()), ((1,), (1,))], 2, 2, "bead 1 has no sentence on either side"),
    (_b("[0, 2]:[0]", "[1]:[1]"), 3, 2,
     "bead 0 has source sentences 0 and 2 but not 1 (in bead 1): a bead takes consecutive"),
    ([((1, 0), (0,))], 2, 1, "bead 0 lists its source sentences out of order (1, 0)"),
    (_b("[0]:[1]", "[1]:[0]"), 2, 2,
     "target sentences out of order: bead 0 starts at sentence 1, but sentence 0 (in bead 1"),
])
def test_coverage_names_the_gap_the_repeat_or_the_disorder(
    beads: list[tuple[tuple[int, ...], tuple[int, ...]]], n_src: int, n_tgt: int, problem: str
) -> None:
    problems = check_coverage(beads, n_src, n_tgt)
    assert problems and problems[0].startswith(problem), problems


def test_coverage_is_linear_on_a_large_alignment() -> None:
    n = 200_000
    beads = [((i,), (i,)) for i in range(n)]
    assert check_coverage(beads, n, n) == []
    del beads[n // 2]
    assert check_coverage(beads, n, n) == [f"source sentence {n // 2} is in no bead",
                                           f"target sentence {n // 2} is in no bead"]


@pytest.mark.parametrize(("lines", "message"), [
    (["[0]:[0]", "[0]:[1]"], r"x\.gold:2: source sentence 0 is already in the bead on line 1"),
    (["[0]:[0]", "", "[1]:[0, 1]"],
     r"x\.gold:3: target sentence 0 is already in the bead on line 1"),
    (["[0]:[0]", "[1, 1]:[1]"], r"x\.gold:2: source sentence 1 is twice in this bead"),
    (["[0]:[0]", "[1]:[1]:abc"], r"x\.gold:2: score 'abc' is not a number"),
    # float() reads these, and eval scored the file with exit 0
    (["[0]:[0]:2.5", "[1]:[1]:nan"], r"x\.gold:2: score 'nan' is not a number"),
    (["[0]:[0]:-inf"], r"x\.gold:1: score '-inf' is not a number"),
    (["[0]:[0]:Infinity"], r"x\.gold:1: score 'Infinity' is not a number"),
])
def test_a_repeated_sentence_or_a_bad_score_names_the_line(lines: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_beads(lines, path="x.gold")


def test_published_gold_irregularities_still_load() -> None:
    """Crossing beads, holes and ``[]:[]`` occur in published gold (Text+Berg, OPUS)."""
    assert parse_beads(["[0]:[0, 2]", "[]:[1]", "[]:[]", "[1]:[3]:-1.5e-3"]) == [
        ((0,), (0, 2)), ((), (1,)), ((), ()), ((1,), (3,))]


def test_a_vecalign_cost_past_1_loads() -> None:
    """vecalign writes a cost, not a confidence, in the third field: a poor bead's
    passes 1 (its distance over the typical one)."""
    assert parse_beads(["[0]:[0]:0.312", "[1, 2]:[1]:2.5"]) == [((0,), (0,)), ((1, 2), (1,))]


def test_benchmark_and_corpus_gold_files_load(shared_dir: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    golds = sorted((shared_dir / "bench" / "align").glob("*/*.gold"))
    golds += sorted((repo / "corpus" / "gold").glob("*.gold"))
    assert len(golds) > 10
    for gold in golds:
        assert read_beads(str(gold)), gold
