"""The type of every option that is a confidence threshold (``align`` and ``export
--min-score``, ``check`` and ``report --min-confidence``, ``review
--low-confidence``): a number from 0 to 1, as the aligner's scores are."""

from __future__ import annotations

import math
from typing import Any

import click


class _Score(click.FloatRange):
    """``click.FloatRange(0, 1)`` that refuses NaN too: every comparison with NaN is
    false, so it would pass the range check and then keep or drop every bead."""

    name = "score"

    def __init__(self) -> None:
        super().__init__(0.0, 1.0)

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 1.", param, ctx)
        return number


SCORE = _Score()
