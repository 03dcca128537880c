"""number-format (check/number_format.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions
from aligner.model import Severity


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s33 walk 2 item 4: a decimal comma left in English, a point in Spanish
    ("Die Dosis beträgt 2,5 mg.", "The dose is 2,5 mg.", "de", "en",
     "'2,5' uses a decimal comma; en writes '2.5'"),
    ("Jede Tablette enthält 141,75 mg Lactose.", "Each tablet contains 141,75 mg lactose.",
     "de", "en", "'141,75' uses a decimal comma; en writes '141.75'"),
    ("A starting dose of 2.5 mg is recommended.", "Se recomienda una dosis inicial de 2.5 mg.",
     "en", "es", "'2.5' uses a decimal point; es writes '2,5'"),
    ("Es enthält 1.234,5 mg.", "It contains 1.234,5 mg.", "de", "en",
     "'1.234,5' uses a decimal comma; en writes '1,234.5'"),
    ("A dose of 0.125 mg.", "Una dosis de 0.125 mg.", "en", "es",
     "'0.125' uses a decimal point; es writes '0,125'"),
    ("Bei 37,5 °C lagern.", "Conserver à 37.5 °C.", "de", "fr",
     "'37.5' uses a decimal point; fr writes '37,5'"),
    # s40 Arabic walk P8: quoted and suggested in the text's own digits and signs
    ("The rate is 2.5%.", "النسبة ٢,٥٪.", "en", "ar",
     "'٢,٥' uses a decimal comma; ar writes '٢٫٥'"),
    ("The rate is 1,234.5 units.", "النسبة ١.٢٣٤,٥ وحدة.", "en", "ar",
     "'١.٢٣٤,٥' uses a decimal comma; ar writes '١٬٢٣٤٫٥'"),
    ("The rate is 2.5%.", "نرخ ۲,۵٪ است.", "en", "fa",
     "'۲,۵' uses a decimal comma; fa writes '۲٫۵'"),
    ("The dose is 2.5 mg.", "खुराक २,५ mg है।", "en", "hi",
     "'२,५' uses a decimal comma; hi writes '२.५'"),
    # s42 walk_ru finding 3: and before a magnitude word, the value it scales to
    ("Выручка составила 2,5 млрд руб.", "Revenue amounted to 2,5 billion rubles.", "ru", "en",
     "'2,5' uses a decimal comma; en writes '2.5'"),
    ("Добыча составила 3,1 млн баррелей.", "Output was 3,1 million barrels.", "ru", "en",
     "'3,1' uses a decimal comma; en writes '3.1'"),
    ("Los ingresos fueron de 1,75 millones de euros.", "Revenue was EUR 1,75 million.", "es",
     "en", "'1,75' uses a decimal comma; en writes '1.75'"),
    # s33 walk 2 item 15: a naked decimal
    ("Die Dosis beträgt 0,5 mg.", "The dose is .5 mg.", "de", "en",
     "'.5' has no 0 before its decimal sign; en writes '0.5'"),
    # s34 walk item 3: and with the other decimal sign before a unit, one finding of both
    # (the German .5 mg was number-mismatch's 0.5 against 5)
    ("The dose is 0.5 mg.", "Die Dosis beträgt .5 mg.", "en", "de",
     "'.5' has no 0 before its decimal sign and uses a decimal point; de writes '0,5'"),
    ("Die Dosis beträgt 0,5 mg.", "The dose is ,5 mg.", "de", "en",
     "',5' has no 0 before its decimal sign and uses a decimal comma; en writes '0.5'"),
    # s36 walk 2 item 6: a time before the hour's symbol is no decimal, a mass is one,
    # and so are hours with one digit after the point
    ("The parcel weighs 19.00 kg.", "El paquete pesa 19.00 kg.", "en", "es",
     "'19.00' uses a decimal point; es writes '19,00'"),
    ("The test lasts 2.5 h.", "La prueba dura 2.5 h.", "en", "es",
     "'2.5' uses a decimal point; es writes '2,5'"),
    # s36 walk 3 item 4: A after a decimal inside a sentence is amperes
    ("The fuse is rated 2.5 A at most.", "El fusible admite 2.5 A como máximo.", "en", "es",
     "'2.5' uses a decimal point; es writes '2,5'"),
    ("Use a 2.5 A fuse.", "Use un fusible de 2.5 A.", "en", "es",
     "'2.5' uses a decimal point; es writes '2,5'"),
])
def test_a_decimal_in_the_other_style_is_reported(source: str, target: str, src_lang: str,
                                                 tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="number-format", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]
    assert got[0].tgt_span is not None
    start, end = got[0].tgt_span
    assert target[start:end] == message.split("'")[1]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("Die Dosis beträgt 2,5 mg.", "The dose is 2.5 mg.", "de", "en"),  # right
    ("A dose of 2.5 mg.", "Una dosis de 2,5 mg.", "en", "es"),
    # thousands: number-mismatch's
    ("Es sind 1.000 mg.", "It is 1,000 mg.", "de", "en"),
    ("It is 1,000 mg.", "Son 1.000 mg.", "en", "es"),
    # a point with no unit after it: a section, a version, a time
    ("See section 4.2.", "Véase la sección 4.2.", "en", "es"),
    ("Python 3.11 is needed.", "Se necesita Python 3.11.", "en", "es"),
    # a value the source does not write: a list, not a decimal
    ("Items 1 and 2.", "Items 1,2.", "de", "en"),
    # regions that write the point
    ("A dose of 2.5 mg.", "Una dosis de 2.5 mg.", "en", "es-MX"),
    ("A dose of 2.5 mg.", "Una dosis de 2.5 mg.", "en", "es-419"),
    ("A dose of 2.5 mg.", "Eine Dosis von 2.5 mg.", "en", "de-CH"),
    # a web address
    ("See https://example.com/v2,5 now.", "See https://example.com/v2,5 now.", "de", "en"),
    # s36 walk 2 item 6: a time of day written HH.MM before h (or hores, horas), alone or
    # ending a range, whatever the source writes
    ("La sessió començarà a les 19.00 h.", "La sesión empezará a las 19.00 h.", "ca", "es"),
    ("The meeting will start at 7 pm.", "La sesión empezará a las 19.00 h.", "en", "es"),
    ("Obert de 9.00 a 14.00 h", "Abierto de 9.00 a 14.00 h", "ca", "es"),
    ("Open from 9 am to 2 pm.", "Obert de 9.00 a 14.00h.", "en", "ca"),
    ("Obre a les 8.00 hores.", "Abre a las 8.00 horas.", "ca", "es"),
    ("Abre a las 20.00 h.", "Obre a les 20.00 h.", "es", "ca"),
    # s36 walk 3 item 4: a clause number before a sentence opening with Spanish "A"
    ("2.2 Thereafter, this Agreement shall renew.",
     "2.2 A continuación, el presente Contrato se prorrogará.", "en", "es"),
    ("12.3 On termination of this Agreement.", "12.3 A la resolución del presente Contrato.",
     "en", "es"),
    ("Clause text.\n4.1 Upon expiry.", "Texto.\n4.1 A la expiración.", "en", "es"),
])
def test_no_number_format(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-format", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("cell", "src_lang", "tgt_lang", "message"), [
    # walk7 item 2: a dosage table's cell copied unchanged, number and unit only
    ("2.5 mg", "en", "fr", "'2.5' uses a decimal point; fr writes '2,5'"),
    ("0.1 mg/kg", "en", "de", "'0.1' uses a decimal point; de writes '0,1'"),
    ("0.125 mg", "en", "de", "'0.125' uses a decimal point; de writes '0,125'"),
    ("2,5 mg", "de", "en", "'2,5' uses a decimal comma; en writes '2.5'"),
    ("Valorex 2.5 mg", "en", "fr", "'2.5' uses a decimal point; fr writes '2,5'"),
])
def test_a_copied_cell_of_a_decimal_is_read(cell: str, src_lang: str, tgt_lang: str,
                                            message: str) -> None:
    got = findings([(cell, cell)], src_lang=src_lang, tgt_lang=tgt_lang, code="number-format")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("cell", "src_lang", "tgt_lang"), [
    ("250 mg", "en", "fr"),      # an integer is written alike
    ("1.250 mg", "en", "de"),    # a thousand in German: which was meant is not known
    ("1,250 mg", "en", "fr"),    # a thousand in English, a decimal in French: the same
    ("2.5 mg", "en", "ja"),      # the target writes a point as well
    ("2,5 mg", "de", "fr"),      # and a comma
    ("Take 2.5 mg.", "en", "fr"),  # untranslated's: a copied sentence is not echoed
])
def test_a_copied_cell_in_either_style_passes(cell: str, src_lang: str, tgt_lang: str
                                              ) -> None:
    assert findings([(cell, cell)], src_lang=src_lang, tgt_lang=tgt_lang,
                    code="number-format") == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s38: an amount copied with the source's grouping, which the target reads otherwise
    ("El paquete pesa 1.500 kg.", "The parcel weighs 1.500 kg.", "es", "en",
     "'1.500' is copied as the source writes 1500, which en reads as 1.5; en writes '1,500'"),
    ("La fianza es de 1.500 €.", "The deposit is 1.500 €.", "es", "en",
     "'1.500' is copied as the source writes 1500, which en reads as 1.5; en writes '1,500'"),
    ("The price is 1,500 USD.", "Der Preis beträgt 1,500 USD.", "en", "de",
     "'1,500' is copied as the source writes 1500, which de reads as 1.5; de writes '1.500'"),
    ("The gap is 1.500 mm.", "Der Spalt beträgt 1.500 mm.", "en", "de",
     "'1.500' is copied as the source writes 1.5, which de reads as 1500; de writes '1,500'"),
    # one finding for a decimal comma copied with its grouping
    ("La fianza es de 1.500,00 EUR.", "The deposit is EUR 1.500,00.", "es", "en",
     "'1.500,00' uses a decimal comma; en writes '1,500.00'"),
    # a count copied so, before the word it counts (it was number-mismatch's error)
    ("Asistieron 1.500 personas.", "1.500 people attended.", "es", "en",
     "'1.500' is copied as the source writes 1500, which en reads as 1.5; en writes '1,500'"),
    ("En total, 2.300 votos.", "In all, 2.300 votes.", "es", "en",
     "'2.300' is copied as the source writes 2300, which en reads as 2.3; en writes '2,300'"),
    # a language that groups thousands with a space is told so (the Polish walk, s38)
    ("The drum holds 1,400 items.", "Bęben mieści 1,400 sztuk.", "en", "pl",
     "'1,400' is copied as the source writes 1400, which pl reads as 1.4; pl writes '1 400'"),
    ("The load is 1,234.5 kg.", "La charge est de 1,234.5 kg.", "en", "fr",
     "'1,234.5' uses a decimal point; fr writes '1 234,5'"),
])
def test_an_amount_copied_with_the_source_grouping(source: str, target: str, src_lang: str,
                                                   tgt_lang: str, message: str) -> None:
    found = findings([(source, target)], code="number-format", src_lang=src_lang,
                     tgt_lang=tgt_lang)
    assert [f.message for f in found] == [message]


@pytest.mark.parametrize(("source", "target"), [
    # an identity or registry number copied as it is: no amount
    ("Con DNI 24.381.977-K.", "Holder of national identity card 24.381.977-K."),
    ("Inscrita en el tomo 10.245, folio 87, hoja V-171.339.",
     "Registered in volume 10.245, folio 87, sheet V-171.339."),
    ("La fianza es de 1.500 €.", "The deposit is €1,500."),
    # after a code or an abbreviation, attached to letters: numbers that name
    ("La patente US 5.123.456 describe una aleta.", "Patent US 5.123.456 describes a fin."),
    ("Según el n.º 10.245 del registro.", "According to No. 10.245 of the register."),
    ("Expediente 2.345-B de la sala.", "File 2.345-B of the chamber."),
])
def test_a_copied_number_that_is_no_amount(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-format", src_lang="es",
                    tgt_lang="en") == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "severity"), [
    # walk_pt: a dose copied with the source's grouping is a thousandth of it where the
    # target's declared locale reads it
    ("The dose is 1,500 mg.", "A dose é de 1,500 mg.", "en-US", "pt-BR", Severity.ERROR),
    ("A dose é de 1.500 mg.", "The dose is 1.500 mg.", "pt-BR", "en-US", Severity.ERROR),
    ("The dose is 1,500 mg.", "Die Dosis beträgt 1,500 mg.", "en", "de-DE", Severity.ERROR),
    # a bare language, or a region that writes the other sign or both: which amount the
    # reader sees is open
    ("The dose is 1,500 mg.", "A dose é de 1,500 mg.", "en-US", "pt", Severity.WARNING),
    ("The dose is 1,500 mg.", "La dosis es de 1,500 mg.", "en", "es-419", Severity.WARNING),
    ("La dosis es de 1.500 mg.", "The dose is 1.500 mg.", "es", "en-ZA", Severity.WARNING),
])
def test_a_copied_amount_is_an_error_where_the_target_locale_is_declared(
        source: str, target: str, src_lang: str, tgt_lang: str, severity: Severity) -> None:
    [f] = findings([(source, target)], code="number-format", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert "is copied as the source writes" in f.message
    assert f.severity is severity


def test_a_copied_amount_keeps_the_severity_the_user_set() -> None:
    options = CheckOptions(severities={"number-format": Severity.INFO})
    [f] = findings([("The dose is 1,500 mg.", "A dose é de 1,500 mg.")], code="number-format",
                   src_lang="en-US", tgt_lang="pt-BR", options=options)
    assert f.severity is Severity.INFO


def test_a_wrong_decimal_sign_stays_a_warning_in_a_declared_locale() -> None:
    [f] = findings([("The dose is 2.5 mg.", "A dose é de 2.5 mg.")], code="number-format",
                   src_lang="en-US", tgt_lang="pt-BR")
    assert f.severity is Severity.WARNING
