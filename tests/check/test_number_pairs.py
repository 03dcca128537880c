"""number-words-digits (check/number_pairs.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s36 walk 3 item 1: the words changed, the digits kept
    ("The Client shall pay within thirty (30) days.",
     "El Cliente abonará en el plazo de sesenta (30) días.", "en", "es",
     "target: 'sesenta (30)' says 60 in words, 30 in digits"),
    ("The Provider shall notify within forty-eight (48) hours.",
     "El Proveedor notificará en el plazo de veinticuatro (48) horas.", "en", "es",
     "target: 'veinticuatro (48)' says 24 in words, 48 in digits"),
    ("by no more than fifteen percent (15%).",
     "en no más de un cincuenta por ciento (15 %).", "en", "es",
     "target: 'cincuenta por ciento (15 %)' says 50 in words, 15 in digits"),
    ("a penalty of one thousand euros (EUR 1,000) per day.",
     "una penalización de diez mil euros (1.000 EUR) por día.", "en", "es",
     "target: 'diez mil euros (1.000 EUR)' says 10000 in words, 1000 in digits"),
    ("a fee of one million euros (EUR 1,000,000).",
     "una cuota de dos millones de euros (1.000.000 EUR).", "en", "es",
     "target: 'dos millones de euros (1.000.000 EUR)' says 2000000 in words, 1000000 in "
     "digits"),
    # a fault of the source is said too, as the source's
    ("The Client shall pay within thirty (60) days.",
     "El Cliente abonará en el plazo de sesenta (60) días.", "en", "es",
     "source: 'thirty (60)' says 30 in words, 60 in digits"),
    # digits first, the words in brackets
    ("Pay within 30 (thirty) days.", "Abone en un plazo de 30 (cuarenta) días.", "en", "es",
     "target: '30 (cuarenta)' says 40 in words, 30 in digits"),
    ("Pay EUR 1,000 (one thousand euros).", "Abone 1.000 EUR (diez mil euros).", "en", "es",
     "target: '1.000 EUR (diez mil euros)' says 10000 in words, 1000 in digits"),
    # other languages with a numbers.tsv
    ("within thirty (30) days", "dans un délai de quarante (30) jours", "en", "fr",
     "target: 'quarante (30)' says 40 in words, 30 in digits"),
    ("within thirty (30) days", "innerhalb von vierzig (30) Tagen", "en", "de",
     "target: 'vierzig (30)' says 40 in words, 30 in digits"),
])
def test_words_and_digits_that_differ_are_reported(source: str, target: str, src_lang: str,
                                                   tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="number-words-digits", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]
    side, pair = message.split(": ", 1)
    span = got[0].tgt_span if side == "target" else got[0].src_span
    text = target if side == "target" else source
    assert span is not None
    assert text[slice(*span)] == pair.split("'")[1]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # agreeing pairs, magnitudes, per cent, currencies
    ("Three (3) copies.", "Tres (3) copias.", "en", "es"),
    ("within thirty-four (34) days", "en el plazo de treinta y cuatro (34) días", "en", "es"),
    ("fifteen percent (15%)", "un quince por ciento (15 %)", "en", "es"),
    ("one thousand euros (EUR 1,000)", "mil euros (1.000 EUR)", "en", "es"),
    ("ten thousand euros (EUR 10,000)", "diez mil euros (10.000 €)", "en", "es"),
    ("Pay within 30 (thirty) days.", "Abone en un plazo de 30 (treinta) días.", "en", "es"),
    # a year, a page, a count in brackets after other words
    ("the year of the agreement (2026)", "el año del contrato (2026)", "en", "es"),
    ("the two Parties (2026)", "las Partes (2026)", "en", "es"),
    ("sixty days (60)", "sesenta días (60)", "en", "es"),
    # no whole number: a half, a decimal
    ("two and a half (2.5) hours", "dos horas y media (2,5)", "en", "es"),
    # a fraction in words, a per cent in digits
    ("a fifth (20%) of the shares", "un quinto (20 %) de las acciones", "en", "es"),
    ("a quarter (25%)", "un cuarto (25 %)", "en", "es"),
    # digits, a word, then words in brackets
    ("pages 30 to (forty)", "páginas 30 a (cuarenta)", "en", "es"),
    # other text in the bracket
    ("thirty (30 calendar) days", "treinta (30 naturales) días", "en", "es"),
])
def test_no_number_words_digits(source: str, target: str, src_lang: str,
                                tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-words-digits", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []
