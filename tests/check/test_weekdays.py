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


# Written for this test, from the es -> pt-PT tourism walk (timetables): Portuguese short
# weekday names are ordinals too, read as weekdays only in a list or range of weekdays
# or in the plural after "às".
@pytest.mark.parametrize(("source", "target", "message"), [
    ("martes a domingo, 10:00-19:00", "terça a domingo, 10:00-19:00", None),
    ("lunes a sábado, 9:00-20:00", "segunda a sábado, 9:00-20:00", None),
    ("De lunes a viernes, de 9:00 a 18:00.", "De segunda a sexta, das 9:00 às 18:00.", None),
    ("Abre los lunes y miércoles.", "Abre segunda e quarta.", None),
    ("El mercado es los jueves.", "O mercado é às quintas.", None),
    ("De martes a domingo.", "De terça até domingo.", None),
    # a wrong short name is named
    ("martes a domingo, 10:00-19:00", "quarta a domingo, 10:00-19:00",
     "weekdays differ: martes missing in the target; quarta not in the source"),
    ("Cierra los lunes y los martes.", "Fecha às segundas e às quartas.",
     "weekdays differ: martes missing in the target; quartas not in the source"),
    # an ordinal, an estate, an ordinal's range: no weekday read
    ("Es la segunda vez que abre el domingo.", "É a segunda vez que abre ao domingo.", None),
    ("La quinta edición es el sábado.", "A quinta edição é no sábado.", None),
    ("El domingo visitamos la Quinta da Regaleira.",
     "No domingo visitámos a Quinta da Regaleira.", None),
    ("Del segundo al sexto capítulo, el lunes.", "Da segunda à sexta edição, na segunda-feira.",
     None),
])
def test_portuguese_short_weekdays(source: str, target: str, message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang="es", tgt_lang="pt-PT")
    assert [f.message for f in got] == ([message] if message else [])
