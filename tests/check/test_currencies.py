"""currency-mismatch (check/currencies.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s36 walk 3 item 2: a code changed, a code turned into another currency's word
    ("A set-up fee of EUR 45,000 shall be invoiced.",
     "Se facturará una cuota única de USD 45.000.", "en", "es",
     "currencies differ: 'EUR 45,000' in the source, 'USD 45.000' in the target"),
    ("The set-up fee of EUR 45,000 shall be invoiced.",
     "La cuota de 45.000 dólares se facturará.", "en", "es",
     "currencies differ: 'EUR 45,000' in the source, '45.000 dólares' in the target"),
    ("The fee is £200 per day.", "Los honorarios son de 200 € al día.", "en", "es",
     "currencies differ: '£200' in the source, '200 €' in the target"),
    ("The fee shall be reduced by EUR 2.5 million.",
     "Los honorarios se reducirán en 2,5 millones de dólares.", "en", "es",
     "currencies differ: 'EUR 2.5 million' in the source, '2,5 millones de dólares' in the "
     "target"),
    # a dollar that says whose is not another one's
    ("The price is US$ 300.", "Le prix est de C$ 300.", "en", "fr",
     "currencies differ: 'US$ 300' in the source, 'C$ 300' in the target"),
    # s37 walk6 item 2: the abbreviations and symbols of Ukrainian and Russian news copy
    ("Банк виділив 5 млн грн.", "The bank allocated EUR 5 million.", "uk", "en",
     "currencies differ: '5 млн грн' in the source, 'EUR 5 million' in the target"),
    ("Ціна зросла до 1,5 тис. грн.", "The price rose to EUR 1,500.", "uk", "en",
     "currencies differ: '1,5 тис. грн' in the source, 'EUR 1,500' in the target"),
    ("Інвестиції склали 2,5 млн дол. США.", "Investment totalled EUR 2.5 million.", "uk", "en",
     "currencies differ: '2,5 млн дол' in the source, 'EUR 2.5 million' in the target"),
    ("Ціна — 300 ₴.", "The price is EUR 300.", "uk", "en",
     "currencies differ: '300 ₴' in the source, 'EUR 300' in the target"),
    ("Банк выделил 7 млн руб.", "The bank allocated EUR 7 million.", "ru", "en",
     "currencies differ: '7 млн руб' in the source, 'EUR 7 million' in the target"),
    ("Сделка оценена в 3,4 млрд долл.", "The deal is valued at EUR 3.4 billion.", "ru", "en",
     "currencies differ: '3,4 млрд долл' in the source, 'EUR 3.4 billion' in the target"),
    ("Цена — 300 ₽.", "The price is USD 300.", "ru", "en",
     "currencies differ: '300 ₽' in the source, 'USD 300' in the target"),
    # s40 Arabic walk P3: Arabic currency words after Arabic-Indic digits
    ("The budget is USD 2,000.", "تبلغ الميزانية ٢٠٠٠ يورو.", "en", "ar",
     "currencies differ: 'USD 2,000' in the source, '٢٠٠٠ يورو' in the target"),
    ("The budget is 2,000 euros.", "تبلغ الميزانية ٢٠٠٠ دولار.", "en", "ar",
     "currencies differ: '2,000 euros' in the source, '٢٠٠٠ دولار' in the target"),
    ("The fee is USD 500.", "الرسم ٥٠٠ دينار أردني.", "en", "ar",
     "currencies differ: 'USD 500' in the source, '٥٠٠ دينار' in the target"),
    ("The grant is 3,000 dinars.", "المنحة ٣٠٠٠ يورو.", "en", "ar",
     "currencies differ: '3,000 dinars' in the source, '٣٠٠٠ يورو' in the target"),
    ("The fee is EUR 40.", "الرسم ٤٠ دولاراً.", "en", "ar",
     "currencies differ: 'EUR 40' in the source, '٤٠ دولاراً' in the target"),
])
def test_another_currency_is_reported(source: str, target: str, src_lang: str, tgt_lang: str,
                                      message: str) -> None:
    got = findings([(source, target)], code="currency-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]
    assert got[0].tgt_span is not None and got[0].src_span is not None


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("A fee of EUR 45,000 is due.", "Se debe una cuota de 45.000 euros.", "en", "es"),
    ("A fee of EUR 45,000 is due.", "Se debe una cuota de 45.000 €.", "en", "es"),
    ("Los plazos de 104.166,67 USD.", "The instalments of USD 104,166.67.", "es", "en"),
    # a currency left out on one side: said once already
    ("A fee of EUR 45,000 and a deposit of EUR 5,000.",
     "Una cuota de 45.000 EUR y un depósito de 5.000.", "en", "es"),
    ("Pay 300 within 30 days.", "Abone 300 USD en 30 días.", "en", "es"),
    # $ is any dollar or peso; a dollar's word too
    ("The price is $300.", "El precio es de 300 dólares.", "en", "es"),
    ("The price is US$ 300.", "El precio es de 300 $.", "en", "es"),
    ("The price is MXN 300.", "El precio es de $300.", "en", "es"),
    # amounts of other values: a conversion, not a currency changed
    ("EUR 100 (about USD 108).", "100 EUR (unos 108 USD).", "en", "es"),
    # Ukrainian and Russian abbreviations of the same currency
    ("Зарплата становить 12 500 грн.", "The salary is UAH 12,500.", "uk", "en"),
    ("Інвестиції склали 2,5 млн дол. США.", "Investment totalled USD 2.5 million.", "uk", "en"),
    ("Ціна — 300 ₴.", "Цена — 300 грн.", "uk", "ru"),
    ("Бюджет — 1,2 трлн руб.", "The budget is RUB 1.2 trillion.", "ru", "en"),
    ("Сделка оценена в 3,4 млрд долл.", "The deal is valued at USD 3.4 billion.", "ru", "en"),
    # Arabic: a word that several countries' currencies share agrees with each
    ("The fee is JOD 500.", "الرسم ٥٠٠ دينار.", "en", "ar"),
    ("The fee is KWD 500.", "الرسم ٥٠٠ دينار.", "en", "ar"),
    ("The grant is 3,000 dinars.", "المنحة ٣٠٠٠ دينار عراقي.", "en", "ar"),
    ("The fee is $40.", "الرسم ٤٠ دولاراً.", "en", "ar"),
    ("The fee is GBP 40.", "الرسم ٤٠ جنيهاً إسترلينياً.", "en", "ar"),
    ("The fee is EGP 40.", "الرسم ٤٠ جنيهاً.", "en", "ar"),
    ("The fee is AED 40.", "الرسم ٤٠ درهماً.", "en", "ar"),
    # no currency at all: a year, a count
    ("In 2026, three (3) copies.", "En 2026, tres (3) copias.", "en", "es"),
])
def test_no_currency_mismatch(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="currency-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []
