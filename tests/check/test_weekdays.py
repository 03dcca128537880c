"""weekday-mismatch: the weekdays named on each side (check/weekdays.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings


# Written for this test, from the news-desk walk (dates.tsv, planted error 2).
@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("Lo anunció el martes 3 de marzo.", "He announced it on Wednesday, March 3.", "es",
     "weekdays differ: martes missing in the target; Wednesday not in the source"),
    ("Lo anunció el martes.", "He announced it on Wednesday.", "es",
     "weekdays differ: martes missing in the target; Wednesday not in the source"),
    ("A Petrobras anunciou nesta terça-feira.", "Petrobras announced on Wednesday.", "pt-BR",
     "weekdays differ: terça-feira missing in the target; Wednesday not in the source"),
    ("Abrió el sábado y cerró el domingo.", "It opened on Saturday and closed on Saturday.",
     "es", "weekdays differ: domingo missing in the target"),
    # the same days; a day one side leaves out; a name
    ("Lo anunció el miércoles 4 de marzo.", "He announced it on Wednesday, March 4.", "es",
     None),
    ("Lo anunció este martes.", "He announced it this week.", "es", None),
    ("Cantó Plácido Domingo el martes.", "Placido Domingo sang on Tuesday.", "es", None),
    ("Domingo de sol.", "A sunny Sunday.", "es", None),
])
def test_weekdays_are_compared(source: str, target: str, src_lang: str,
                               message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang=src_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_a_pair_without_weekday_names_is_not_compared() -> None:
    # German has no w lines: nothing to compare with
    assert findings([("Am Dienstag.", "On Wednesday.")], code="weekday-mismatch",
                    src_lang="de") == []
