"""Polish and Czech weekdays, numbers in words and currencies (s38 walk8, item 4):
expectations written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.output import number_words_notice


def _codes(pairs: list[tuple[str, str]], src: str, tgt: str, code: str) -> list[str]:
    return [f.message for f in findings(pairs, src_lang=src, tgt_lang=tgt, code=code)]


@pytest.mark.parametrize(("source", "target", "reported"), [
    ("Open from Monday to Friday.", "Czynne od poniedziałku do piątku.", False),
    ("Open from Monday to Friday.", "Czynne od wtorku do piątku.", True),
    ("Delivery on Wednesday.", "Dostawa w środę.", False),
    ("Delivery on Wednesday.", "Dostawa w czwartek.", True),
    ("Closed on Sundays.", "Nieczynne w niedziele.", False),
    ("Closed on Saturdays.", "Nieczynne w niedziele.", True),
    # a weekday's form that is another word is not read: śród (amid)
    ("Open on Wednesday.", "Otwarte w środę, śród lasów.", False),
])
def test_polish_weekdays(source: str, target: str, reported: bool) -> None:
    assert bool(_codes([(source, target)], "en", "pl", "weekday-mismatch")) is reported


@pytest.mark.parametrize(("source", "target", "reported"), [
    ("Otevřeno od pondělí do pátku.", "Open from Monday to Friday.", False),
    ("Otevřeno od pondělí do pátku.", "Open from Tuesday to Friday.", True),
    ("Přijďte v sobotu.", "Come on Saturday.", False),
    ("Přijďte v sobotu.", "Come on Sunday.", True),
    # ve středu is also "in the centre": středu is not read
    ("Ve středu obrazovky je ikona.", "The icon is on Friday's screen.", False),
])
def test_czech_weekdays(source: str, target: str, reported: bool) -> None:
    assert bool(_codes([(source, target)], "cs", "en", "weekday-mismatch")) is reported


@pytest.mark.parametrize(("source", "target", "messages"), [
    ("The warranty lasts 2 years.", "Gwarancja trwa dwa lata.", []),
    ("It takes 2 hours.", "Trwa dwie godziny.", []),
    ("Use it for 2 days.", "Używaj przez dwóch dni, nie dwoma.", []),
    ("Wait 5 minutes.", "Odczekaj pięć minut.", []),
    ("Wait 25 minutes.", "Odczekaj dwadzieścia pięć minut.", []),
    ("Wait 125 minutes.", "Odczekaj sto dwadzieścia pięć minut.", []),
    ("It costs 2000 euros.", "Kosztuje dwa tysiące euro.", []),
    ("Press it 3 times.", "Naciśnij trzy razy.", []),
    ("Step 2", "Krok drugi", []),
    ("The warranty lasts 2 years.", "Gwarancja trwa trzy lata.",
     ["numbers differ: 2 missing in the target"]),
    # from 11 up a number in words is compared as digits are
    ("Wait 25 minutes.", "Odczekaj dwadzieścia minut.",
     ["numbers differ: 25 missing in the target; 20 not in the source"]),
])
def test_polish_numbers_in_words_answer_digits(source: str, target: str,
                                               messages: list[str]) -> None:
    assert _codes([(source, target)], "en", "pl", "number-mismatch") == messages


@pytest.mark.parametrize(("source", "target", "messages"), [
    ("Záruka trvá dva roky.", "The warranty lasts 2 years.", []),
    ("Trvá dvě hodiny.", "It takes 2 hours.", []),
    ("Trvá dvacet pět minut.", "It takes 25 minutes.", []),
    ("Stojí tři sta korun.", "It costs 300 crowns.", []),
    ("Záruka trvá tři roky.", "The warranty lasts 2 years.",
     ["numbers differ: 2 not in the source"]),
    ("Dodáme 7. prosince 2026.", "We deliver on 7 November 2026.",
     ["numbers differ: prosince missing in the target; November not in the source"]),
])
def test_czech_numbers_in_words_and_months(source: str, target: str,
                                           messages: list[str]) -> None:
    assert _codes([(source, target)], "cs", "en", "number-mismatch") == messages


@pytest.mark.parametrize(("source", "target", "lang", "reported"), [
    ("The fee is EUR 50.", "Opłata wynosi 50 zł.", "pl", True),
    ("The price is EUR 1,299.99.", "Cena wynosi 1299,99 zł.", "pl", True),
    ("The fee is PLN 50.", "Opłata wynosi 50 zł.", "pl", False),
    ("The fee is PLN 50.", "Opłata wynosi 50 złotych.", "pl", False),
    ("The fee is EUR 50.", "Opłata wynosi 50 euro.", "pl", False),
    ("The fee is EUR 50.", "Poplatek je 50 Kč.", "cs", True),
    ("The fee is CZK 50.", "Poplatek je 50 Kč.", "cs", False),
    ("The fee is CZK 50.", "Poplatek je 50 korun.", "cs", False),
    ("The fee is EUR 50.", "Poplatek je 50 eur.", "cs", False),
])
def test_zloty_and_koruna(source: str, target: str, lang: str, reported: bool) -> None:
    assert bool(_codes([(source, target)], "en", lang, "currency-mismatch")) is reported


def test_polish_and_czech_are_said_to_have_number_words() -> None:
    assert number_words_notice(["pl", "cs", "en"]) is None
