"""range-order: a change or range whose ends the target swaps (check/ranges.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions, Unit
from aligner.check.base import Context
from aligner.check.number_context import check_number_context
from aligner.check.numbers import check_numbers, extract_numbers
from aligner.check.ranges import check_ranges, ranges
from aligner.check.registry import CHECKS


# Written for this test, after the news-desk walk (figures swapped inside a sentence).
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("El desempleo pasó del 7 % al 5 % en un año.", "Unemployment went from 5% to 7% in a year.",
     "es", "en", "the source goes from 7 to 5 ('7 % al 5 %'), the target from 5 to 7 "
     "('5% to 7%')"),
    ("La deuda subió de 1,5 millones a 2 millones de dólares.",
     "The debt rose from $2 million to $1.5 million.", "es", "en",
     "the source goes from 1500000 to 2000000 ('1,5 millones a 2'), the target from "
     "2000000 to 1500000 ('2 million to $1.5')"),
    ("Unemployment fell to 5% from 7%.", "El desempleo bajó del 5 % al 7 %.", "en", "es",
     "the source goes from 7 to 5 ('5% from 7%'), the target from 5 to 7 ('5 % al 7 %')"),
    ("Le taux est passé de 3 % à 4 %.", "Der Satz stieg von 4 auf 3 Prozent.", "fr", "de",
     "the source goes from 3 to 4 ('3 % à 4 %'), the target from 4 to 3 ('4 auf 3')"),
    ("A taxa passou de 5% a 7%.", "Il tasso è passato dal 7 al 5 per cento.", "pt", "it",
     "the source goes from 5 to 7 ('5% a 7%'), the target from 7 to 5 ('7 al 5')"),
    ("Het steeg van 5 naar 7 procent.", "It rose from 7 to 5 percent.", "nl", "en",
     "the source goes from 5 to 7 ('5 naar 7'), the target from 7 to 5 ('7 to 5')"),
    # the same direction, told end first in English
    ("El desempleo bajó del 7 % al 5 %.", "Unemployment fell to 5% from 7%.", "es", "en", None),
    ("El desempleo bajó del 7 % al 5 %.", "Unemployment fell from 7% to 5%.", "es", "en", None),
    # the change worded otherwise: nothing to compare
    ("El desempleo bajó del 7 % al 5 %.", "Unemployment fell two points, to 5%.", "es", "en",
     None),
    # different numbers are number-mismatch's, not a swap
    ("El desempleo bajó del 7 % al 5 %.", "Unemployment fell from 8% to 5%.", "es", "en", None),
    # a group of people and a distance: no range on the target's side
    ("Un grupo de 5 personas a 7 km del pueblo.", "A group of 7 people 5 km from the village.",
     "es", "en", None),
    # a range without "from" (the patent translator's walk): a "to" word, a wave dash, a
    # dash before a number with its unit
    ("The angle is 20° to 30°.", "Der Winkel beträgt 30° bis 20°.", "en", "de",
     "the source goes from 20 to 30 ('20° to 30°'), the target from 30 to 20 ('30° bis 20°')"),
    ("The angle is 20° to 30°.", "Der Winkel beträgt 20° bis 30°.", "en", "de", None),
    ("The content is 5 to 10 wt.%.", "含有量は10〜5重量%である。", "en", "ja",
     "the source goes from 5 to 10 ('5 to 10'), the target from 10 to 5 ('10〜5')"),
    ("The content is 5 to 10 wt.%.", "含有量は５～１０重量％である。", "en", "ja", None),
    ("The width is 0.5-2 mm.", "Die Breite beträgt 2–0,5 mm.", "en", "de",
     "the source goes from 0.5 to 2 ('0.5-2'), the target from 2 to 0.5 ('2–0,5')"),
    ("The width is 0.5-2 mm.", "Die Breite beträgt 0,5–2 mm.", "en", "de", None),
    # a hyphen without a unit after it may be a score or a date: not a range
    ("Ganaron 3-1.", "They won 1-3.", "es", "en", None),
    ("Fecha: 09-03-2005.", "Date: 2005-03-09.", "es", "en", None),
])
def test_swapped_ranges_are_found(source: str, target: str, src_lang: str, tgt_lang: str,
                                  message: str | None) -> None:
    got = findings([(source, target)], code="range-order", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_the_spans_point_at_both_ranges() -> None:
    source, target = "Pasó del 7 % al 5 %.", "It went from 5% to 7%."
    [f] = findings([(source, target)], code="range-order", src_lang="es", tgt_lang="en")
    assert f.src_span is not None and f.tgt_span is not None
    assert source[slice(*f.src_span)] == "7 % al 5 %"
    assert target[slice(*f.tgt_span)] == "5% to 7%"


@pytest.mark.parametrize(("text", "lang", "ends"), [
    ("Del 3 al 5 de marzo.", "es", [("3", "5")]),
    ("desde el 7 % hasta el 5 %", "es", [("7", "5")]),
    ("de un 5 % a un 7 %", "es", [("5", "7")]),
    ("Le chômage est passé de 7 % jusqu'à 5 %.", "fr", [("7", "5")]),
    # a sentence end or a bracket between the numbers: no range
    ("Eran de 5. A 7 no llegaron.", "es", []),
    ("de 5 (a 7) personas", "es", []),
    # too many words between them
    ("de 5 personas que viajaban en el tren a 7", "es", []),
    # a language without the words: none read
    ("从5%到7%", "zh", []),
    # without a "from" word: a "to" word after at most a unit's word, no comma
    ("The angle is 20° to 30°.", "en", [("20", "30")]),
    ("pasó $3 millones a $5 millones", "es", [("3000000", "5000000")]),
    ("le 18 octobre 1996, à 23 heures", "fr", []),
    ("87 escudos face aos 156 escudos", "pt", []),
    # a wave dash; a dash or hyphen only before a number with its unit
    ("直径2~3cm", "ja", [("2", "3")]),
    ("温度は－40℃～120℃である。", "ja", [("-40", "120")]),
    ("Cápsulas 1.1-1.3 mm de largo", "es", [("1.1", "1.3")]),
    ("call them at 303-832-8160", "en", []),
    ("Celtic 3-1 Dunfermline", "en", []),
])
def test_ranges_are_read(text: str, lang: str, ends: list[tuple[str, str]]) -> None:
    assert [(r.first, r.last) for r in ranges(text, lang)] == ends


def test_the_numbers_of_a_unit_are_read_once_for_the_checks_that_read_them() -> None:
    # number-mismatch reads each side's numbers; range-order and number-context read
    # the same texts again and take that reading.  A text two units repeat is read for
    # each unit.
    pair = ("El desempleo pasó del 7 % al 5 %.", "Unemployment went from 5% to 7%.")
    ctx = Context((Unit(*pair), Unit(*pair)), "es", "en", CheckOptions(), None,
                  {code: spec.severity for code, spec in CHECKS.items()})
    assert list(check_numbers(ctx)) == []
    # and, once for the document, the units of amounts each side states (none here)
    assert ctx.readings[("declared-units",)] == [(None, None), (None, None)]
    assert sorted(k for k in ctx.readings if k[0] == "numbers") == [
        ("numbers", u, text, lang) for u in (0, 1)
        for text, lang in zip(pair, ("es", "en"), strict=True)]
    assert len(ctx.readings) == 5
    read = dict(ctx.readings)
    assert [f.unit for f in check_ranges(ctx)] == [0, 1]
    assert list(check_number_context(ctx)) == []
    assert ctx.readings == read
    assert [v for v, _, _ in extract_numbers(pair[0], "es")] == ["7", "5"]
