"""``SCORE``: the one range check of every confidence-threshold option."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.cli.score_option import SCORE


@pytest.mark.parametrize(("text", "value"), [("0", 0.0), ("0.5", 0.5), ("1", 1.0)])
def test_scores_are_taken(text: str, value: float) -> None:
    assert SCORE.convert(text, None, None) == value


@pytest.mark.parametrize("text", ["nan", "NaN", "-0.01", "1.01", "inf", "five"])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(click.BadParameter):
        SCORE.convert(text, None, None)


@pytest.mark.parametrize("args", [
    ["align", "a", "b", "--src-lang", "es", "--tgt-lang", "en", "--min-score"],
    ["export", "a.json", "-o", "b.tmx", "--min-score"],
    ["check", "a.json", "--min-confidence"],
    ["report", "a.json", "-o", "r.html", "--min-confidence"],
    ["review", "a.json", "--low-confidence"],
])
def test_every_threshold_option_refuses_nan(args: list[str]) -> None:
    """NaN passed click's FloatRange (every comparison with it is false)."""
    result = CliRunner().invoke(cli, [*args, "nan"])
    assert result.exit_code == 2
    assert "'nan' is not a number from 0 to 1" in result.output
