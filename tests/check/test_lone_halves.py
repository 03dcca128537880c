"""A half of a unit of time in words is 0.5 of it (check/lone_halves.py).  Written for
this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.lone_halves import lone_halves


@pytest.mark.parametrize(("text", "lang", "seconds"), [
    ("It lasts half a year.", "en", [31557600.0 / 2]),
    ("It lasts half an hour.", "en", [1800.0]),
    ("Dura medio año.", "es", [31557600.0 / 2]),
    ("Dura media hora.", "es", [1800.0]),
    ("Es dauert ein halbes Jahr.", "de", [31557600.0 / 2]),
    ("Cela dure une demi-heure.", "fr", [1800.0]),
    ("Dura meia hora.", "pt", [1800.0]),
    ("Take half the tablets.", "en", []),  # a half of no unit of time
    ("Tome medio comprimido.", "es", []),
])
def test_lone_halves(text: str, lang: str, seconds: list[float]) -> None:
    assert lone_halves(text, lang) == seconds


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("It lasts half a year.", "Dura 6 meses.", "en", "es"),
    ("It lasts 6 months.", "Dura medio año.", "en", "es"),
    ("It lasts 6 months.", "Es dauert ein halbes Jahr.", "en", "de"),
    ("It lasts half a year.", "Dura 0,5 años.", "en", "es"),
    ("It lasts half an hour.", "Es dauert 30 Minuten.", "en", "de"),
    ("It lasts 30 minutes.", "Cela dure une demi-heure.", "en", "fr"),
    # each half answers one number: the other 6 is the source's
    ("It lasts half a year, then 6 months.", "Dura 6 meses y luego 6 meses.", "en", "es"),
])
def test_a_half_answers_its_amount(source: str, target: str, src_lang: str,
                                   tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("It lasts half a year.", "Dura 5 meses.", "numbers differ: 5 not in the source"),
    ("It lasts half a year.", "Dura 6 semanas.", "numbers differ: 6 not in the source"),
    # (the message counts the digits only)
    ("It lasts half a year, then 6 months.", "Dura 6 meses y luego 6 meses y 6 meses.",
     "numbers differ: 6 added in the target (3 times in the target, once in the source)"),
])
def test_another_amount_is_reported(source: str, target: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang="es")
    assert [f.message for f in got] == [message]
