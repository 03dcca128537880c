"""Numeric dates for number-mismatch: their numbers and readings."""

from __future__ import annotations

from collections import Counter

import pytest
from check_helpers import findings

from aligner.check.dates import find_dates, month_years, unanswered_months

DM, MD = (0, 1), (1, 0)


@pytest.mark.parametrize(("text", "orders", "numbers", "readings"), [
    ("el 15/06/2024.", (), ["15", "6", "2024"], [DM]),
    ("2024-06-15", (), ["2024", "6", "15"], [(2, 1)]),
    ("31.12.2025", ("md", "dm"), ["31", "12", "2025"], [DM]),  # a dot: day first
    ("03/04/2023", ("md", "dm"), ["3", "4", "2023"], [MD, DM]),
    ("03/03/2023", ("md", "dm"), ["3", "3", "2023"], [MD, DM]),
    ("03/04/2023", (), ["3", "4", "2023"], [DM]),
    ("12/25/2023", (), ["12", "25", "2023"], [MD]),  # cannot be day first
    ("3/3/24", (), ["3", "3", "24"], [DM]),
])
def test_find_dates(text: str, orders: tuple[str, ...], numbers: list[str],
                    readings: list[tuple[int, int]]) -> None:
    [date] = find_dates(text, orders)
    assert [v for v, _, _ in date.numbers] == numbers
    assert list(date.readings) == readings
    assert text[date.start:date.end] == text.removeprefix("el ").rstrip(".")


@pytest.mark.parametrize("text", [
    "3.526.000", "1.2.3.4", "32/13/2024", "15/06", "1/2/3", "15/06-2024", "2024-13-01",
])
def test_no_dates(text: str) -> None:
    assert find_dates(text, ("md", "dm")) == []


def test_a_month_is_answered_by_a_month_a_name_or_a_loose_number() -> None:
    months = Counter({"6": 1})
    assert unanswered_months(months, [("6", 0, 1, "month")], [], "", {}) == []
    assert unanswered_months(months, [], [], "15 June", {6: ("june",)}) == []
    left = ["6"]
    assert unanswered_months(months, [("6", 0, 1, "number")], left, "", {}) == []
    assert left == []
    # the day of a date does not answer a month
    assert unanswered_months(months, [("6", 0, 1, "date")], ["6"], "", {}) == ["6"]
    assert unanswered_months(months, [], [], "15 July", {6: ("june",)}) == ["6"]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # a month named in a date on both sides is compared by its name
    ("Entró en vigor el 5 de marzo de 2024.", "It came into force on May 5, 2024.", "es", "en",
     "numbers differ: marzo missing in the target; May not in the source"),
    ("Las ventas de marzo de 2024 subieron.", "Sales rose in May 2024.", "es", "en",
     "numbers differ: marzo missing in the target; May not in the source"),
    ("Am 5. März 2024 begann es.", "Cela a commencé le 5 avril 2024.", "de", "fr",
     "numbers differ: März missing in the target; avril not in the source"),
    # the same month, or a month named outside a date (English 'may', a verb), is not
    ("Entró en vigor el 5 de marzo de 2024.", "It came into force on March 5, 2024.", "es",
     "en", None),
    ("Puede causar náuseas desde marzo de 2024.", "It may cause nausea from March 2024.",
     "es", "en", None),
    ("Del 5 de marzo al 7/4/2024.", "From 5 March to 7 April 2024.", "es", "en", None),
    ("Del 5 al 7 de marzo.", "From 5 to 7 March.", "es", "en", None),
])
def test_month_names_of_dates_on_both_sides_are_compared(
        source: str, target: str, src_lang: str, tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("text", "numbers", "month"), [
    ("Stand: 03.2024", ["3", "2024"], 1),
    ("EXP: 11/2026.", ["11", "2026"], 1),
    ("Revised: 2024-03", ["2024", "3"], 2),
    ("2024-12", ["2024", "12"], 2),  # no range: 2012 is before 2024
])
def test_month_years(text: str, numbers: list[str], month: int) -> None:
    [date] = month_years(text)
    assert [v for v, _, _ in date.numbers] == numbers
    assert [kind for *_, kind in date.items(date.readings[0])].index("month") == month - 1


@pytest.mark.parametrize("text", [
    "15.03.2024", "2024-03-15", "2011-12", "13/2024", "3/1999/2", "1/10000", "0.2024",
])
def test_no_month_years(text: str) -> None:
    assert month_years(text) == []


@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("Stand der Information: 03.2024", "Date of revision of the text: 03/2024", "de", None),
    ("Stand der Information: März 2024", "Date of revision of the text: 03/2024", "de", None),
    ("Stand: März 2024", "Revised: 2024-03", "de", None),
    ("Verw. bis: 11.2026", "EXP: 11/2026", "de", None),
    ("Date de révision : 12/2023.", "Date of revision: December 2023.", "fr", None),
    ("Saison 2011-12", "season 2011-2012", "de", None),  # a range, not December
    ("Der Faktor ist 3,2024.", "The factor is 3.2024.", "de", None),  # a decimal
    ("Stand: 03.2024", "Revised: 04/2024", "de",
     "numbers differ: 3 missing in the target; 4 not in the source"),
    ("Stand: März 2024", "Revised: 2024-04", "de", "numbers differ: 4 not in the source"),
    ("Stand: 03.2024", "Revised: March 2025", "de",
     "numbers differ: 2024 missing in the target; 2025 not in the source"),
])
def test_a_month_and_year_is_a_date(source: str, target: str, src_lang: str,
                                    message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    # an agency dateline's abbreviated month is its month
    ("MADRID, 3 mar (EFE).- Lo anunció el 3 de marzo.",
     "MADRID, March 3 (EFE) - He announced it on March 3.", "es", None),
    ("SANTIAGO, 11 sep (EFE).- Habló el 11 de septiembre.",
     "SANTIAGO, Sept 11 (EFE) - He spoke on September 11.", "es", None),
    ("MADRID, 3 ene (EFE).- Lo anunció el 3 de enero.",
     "MADRID, Jan 3 (EFE) - He announced it on January 3.", "es", None),
    ("MADRID, 3 ago (EFE).-", "MADRID, Aug 3 (EFE) -", "es", None),
    ("SÃO PAULO, 3 mar (Reuters) - Lula falou.", "SAO PAULO, March 3 (Reuters) - Lula spoke.",
     "pt-BR", None),
    ("ROMA, 3 mag (ANSA) - Ha parlato.", "ROME, May 3 (ANSA) - He spoke.", "it", None),
    ("Llegó el 3 mar.", "He arrived on May 3.", "es",
     "numbers differ: mar missing in the target; May not in the source"),
    # the sea: mar is a month only after a day or before a year
    ("Miró el mar, 3 barcos y otro mar 5 veces más alto.",
     "He looked at the sea, 3 boats and another sea 5 times higher, in May 2024.", "es",
     "numbers differ: 2024 not in the source"),
])
def test_an_abbreviated_month_after_a_day_is_a_month(
        source: str, target: str, src_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "message"), [
    # a month's name in a place's name, after a capitalised word and a particle
    ("RIO DE JANEIRO, 14 Out (Reuters) - Lula falou.",
     "RIO DE JANEIRO, Oct 14 (Reuters) - Lula spoke.", None),
    ("Rio de Janeiro, 14 de outubro de 2024.", "Rio de Janeiro, October 14, 2024.", None),
    ("RIO DE JANEIRO, 14 Out (Reuters) - Lula falou.",
     "RIO DE JANEIRO, Nov 14 (Reuters) - Lula spoke.",
     "numbers differ: Out missing in the target; Nov not in the source"),
    # a capital at a sentence's start, and a year straight after: a date still
    ("Final de março de 2024.", "End of May 2024.",
     "numbers differ: março missing in the target; May not in the source"),
])
def test_a_month_in_a_place_name_is_no_date(source: str, target: str,
                                            message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="pt-BR")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # English month first, without a year: the day beside a month named in a date
    ("On 3/15 he arrived.", "El 15 de marzo llegó.", []),
    ("On 3/15 he arrived.", "El 16 de marzo llegó.",
     ["numbers differ: 15 missing in the target; 16 not in the source"]),
    # an ambiguous one reads whichever way fits, and is no error either way
    ("On 3/4 he arrived.", "El 4 de marzo llegó.", []),
    ("On 3/4 he arrived.", "El 3 de abril llegó.", []),
    ("On 3/4 he arrived.", "El 5 de marzo llegó.",
     ["numbers differ: 4 missing in the target; 5 not in the source"]),
    ("On 15/3 he arrived.", "El 15 de marzo llegó.", []),  # day first too
    ("On 3/15/2024 he arrived.", "El 15 de marzo de 2024 llegó.", []),
    # no month named on the other side: a fraction stays two numbers
    ("He ate 1/2 of it.", "Se comió 1/2.", []),
    ("He ate 1/2 of it.", "Se comió 1/3.",
     ["numbers differ: 2 missing in the target; 3 not in the source"]),
])
def test_english_month_first_dates_without_a_year(source: str, target: str,
                                                  expected: list[str]) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang="es")
    assert [f.message for f in got] == expected
    if not expected:
        assert findings([(target, source)], code="number-mismatch", src_lang="es",
                        tgt_lang="en") == []
