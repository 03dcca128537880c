"""x-score values other tools write (Okapi, Excel): a decimal comma, percentages, and
values that are no confidence, named."""

from __future__ import annotations

import pytest

from aligner.formats.score_props import read_scores
from aligner.formats.units import TranslationUnit, UnitFile, unit_score


def memory(*scores: str) -> UnitFile:
    return UnitFile(tuple(TranslationUnit("a", "b", {"x-score": s}, index=i,
                                          original=b"<tu>...</tu>")
                          for i, s in enumerate(scores)), "es", "en")


def scores(units: UnitFile) -> list[float | None]:
    return [unit_score(u.props) for u in units.units]


@pytest.mark.parametrize(("value", "score"), [("0,42", 0.42), (" 0.30 ", 0.3), ("1", 1.0),
                                              ("85", None), ("1,000.5", None), ("x", None)])
def test_a_unit_score_reads_a_decimal_comma(value: str, score: float | None) -> None:
    assert unit_score({"x-score": value}) == score


def test_percentages_are_read_when_every_score_is_one() -> None:
    units, messages = read_scores(memory("85", "42", "30.5", "100", "0"))
    assert scores(units) == [0.85, 0.42, 0.305, 1.0, 0.0]
    assert messages == ["x-score read as percentages (every score in the file is from 0 to "
                        "100): 85 is 0.85"]


def test_a_score_outside_0_1_among_fractions_is_named_and_unscored() -> None:
    units, messages = read_scores(memory("85", "0,42", "0.30", "n/a"))
    assert scores(units) == [None, 0.42, 0.3, None]
    assert units.units[1].props["x-score"] == "0.42"
    assert messages == ["2 units with an x-score that is not a number from 0 to 1, read as "
                        "unscored (--min-score keeps it): tu 1 '85', tu 4 'n/a'"]


def test_scores_from_0_to_1_are_left_as_they_are() -> None:
    units, messages = read_scores(memory("0.9500", "1"))
    assert (units, messages) == (memory("0.9500", "1"), [])


def test_a_unit_is_named_as_check_names_it() -> None:
    """A tu with a tuid is ``tuid 7`` in check's findings: the score warning says the
    same; a row of a file that names none, its 1-based number."""
    tuid = TranslationUnit("a", "b", {"x-score": "85"}, index=0, original=b'<tu tuid="7">')
    row = TranslationUnit("a", "b", {"x-score": "n/a"}, index=1)
    _, messages = read_scores(UnitFile((tuid, row, *memory("0.5").units), "es", "en"))
    assert messages[-1].endswith("tuid 7 '85', unit 2 'n/a'")
