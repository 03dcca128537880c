"""Numbers read with the signs of the side's region (es-MX writes 1,250,000.00 as
English does), a number with both signs read the one way it can be, and initials after an
amount (M.N., moneda nacional) no multiplier.  From the s42 walk of a Mexican legal
translator (findings 1 and 2); sentences and expectations written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import findings
from click.testing import CliRunner

from aligner.check.numbers import parse_number
from aligner.cli.main import cli
from aligner.model import Severity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("text", "lang", "value"), [
    # Mexico and Central America write the decimal point
    ("2,500.00", "es-MX", "2500"),
    ("1,250,000.00", "es-MX", "1250000"),
    ("45,872", "es-MX", "45872"),
    ("2.5", "es-MX", "2.5"),
    ("104,166.67", "es-GT", "104166.67"),
    ("250.000", "de-CH", "250"),
    # Spain's reading where the region is Spain's, not declared, or writes both
    ("45,872", "es", "45.872"),
    ("1.250", "es-ES", "1250"),
    ("1,250", "es-419", "1.25"),
    # groups of one sign and a decimal part after the other: one reading in any language
    ("2,500.00", "es", "2500"),
    ("1,250,000.00", "es-ES", "1250000"),
    ("1.250.000,00", "en", "1250000"),
    ("1.234,5", "en-US", "1234.5"),
    ("2,500.00", "de", "2500"),
    # no thousands groups: still a code, whatever the signs (a version, an address)
    ("2.1.3", "es-MX", "2.1.3"),
    ("192.168.1.10", "es", "192.168.1.10"),
])
def test_a_number_is_read_with_its_regions_signs(text: str, lang: str, value: str) -> None:
    assert parse_number(text, lang) == value


_NUMBER_CODES = ("number-mismatch", "number-format", "number-words-digits")


def _number_findings(pairs: list[tuple[str, str]], src_lang: str, tgt_lang: str
                     ) -> list[str]:
    return [f"{f.code}: {f.message}" for f in findings(pairs, src_lang=src_lang,
                                                       tgt_lang=tgt_lang)
            if f.code in _NUMBER_CODES]


@pytest.mark.parametrize(("source", "target"), [
    # walk_es repro/pesos: an amount in digits and in words, the Mexican way
    ("La cantidad es de $1,250,000.00 más IVA.", "The amount is $1,250,000.00 plus VAT."),
    ("La cantidad es de $1,250,000.00 (un millón doscientos cincuenta mil pesos 00/100 "
     "moneda nacional).",
     "The amount is $1,250,000.00 (one million two hundred fifty thousand pesos 00/100 "
     "Mexican currency)."),
    ("La hora adicional de asesoría costará $2,500.00 más IVA.",
     "Each additional hour of advice shall cost $2,500.00 plus VAT."),
    ("La escritura pública número 45,872 se otorgó ante notario.",
     "Public deed number 45,872 was executed before a notary."),
    ("El pago será de $2,500 por hora.", "Payment shall be $2,500 per hour."),
    ("La tasa es de 2.5% mensual.", "The rate is 2.5% per month."),
    # walk_es repro/mn: M.N. after an amount
    ("4.1 EL CLIENTE pagará la cantidad de $18,000.00 M.N. por audiencia.",
     "4.1 THE CLIENT shall pay MXN $18,000.00 per hearing."),
    ("4.2 La iguala mensual es de $104,166.67 M.N. más IVA.",
     "4.2 The monthly retainer is MXN $104,166.67 plus VAT."),
    ("El anticipo es de $5,000.00 M. N. y el saldo de $5,000.00 M.X.N.",
     "The advance is MXN 5,000.00 and the balance MXN 5,000.00."),
])
@pytest.mark.parametrize("langs", [("es-MX", "en-US"), ("es-MX", "en")])
def test_a_mexican_amount_copied_is_the_same_amount(source: str, target: str,
                                                    langs: tuple[str, str]) -> None:
    assert _number_findings([(source, target)], *langs) == []


@pytest.mark.parametrize(("source", "target"), [
    # an amount with both signs is unambiguous where the region is not declared
    ("La cantidad es de $2,500.00 más IVA.", "The amount is $2,500.00 plus VAT."),
    ("El precio es de 1.250.000,00 € más IVA.", "The price is EUR 1,250,000.00 plus VAT."),
    ("La cantidad es de $1,250,000.00 (un millón doscientos cincuenta mil pesos).",
     "The amount is $1,250,000.00 (one million two hundred fifty thousand pesos)."),
    ("4.1 EL CLIENTE pagará $18,000.00 M.N. por audiencia.",
     "4.1 THE CLIENT shall pay MXN $18,000.00 per hearing."),
])
def test_an_unambiguous_amount_passes_in_plain_spanish(source: str, target: str) -> None:
    assert _number_findings([(source, target)], "es", "en") == []


@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("La cantidad es de $1,250,000.00 más IVA.", "The amount is $1,520,000.00 plus VAT.",
     "es-MX", "number-mismatch: numbers differ: 1250000 missing in the target; "
              "1520000 not in the source"),
    ("La cantidad es de $1,250,000.00 más IVA.", "The amount is $1,520,000.00 plus VAT.",
     "es", "number-mismatch: numbers differ: 1250000 missing in the target; "
           "1520000 not in the source"),
    # M.N. is no million: an amount made a thousand times larger is still told
    ("La renta es de $18,000.00 M.N. al mes.", "The rent is $18,000,000.00 a month.",
     "es-MX", "number-mismatch: numbers differ: 18000 missing in the target; "
              "18000000 not in the source"),
])
def test_a_wrong_mexican_amount_is_still_reported(source: str, target: str, src_lang: str,
                                                  message: str) -> None:
    assert _number_findings([(source, target)], src_lang, "en-US") == [message]


def test_a_multiplier_letter_is_still_read_alone() -> None:
    # $5 M. ends the sentence: the M is millions, and 5 is no 5 million
    assert _number_findings([("Recaudó $5 M.", "It raised $5 million.")], "es-MX",
                            "en-US") == []
    assert _number_findings([("Recaudó $5 M.", "It raised $5.")], "es-MX", "en-US")


def test_either_sign_is_read_where_the_region_writes_both() -> None:
    """es-419: Mexico's $1,250 and Argentina's $1.250 are both 1250 beside a 1,250."""
    pairs = [("El precio es de $1,250 más IVA.", "The price is $1,250 plus VAT."),
             ("El precio es de $1.250 más IVA.", "The price is $1,250 plus VAT."),
             ("Pesa 2,5 kg.", "It weighs 2.5 kg.")]
    assert _number_findings(pairs, "es-419", "en-US") == []
    assert _number_findings([("Pesa 1,250 kg.", "It weighs 1,520 kg.")], "es-419",
                            "en-US") == [
        "number-mismatch: numbers differ: '1,250' (1.25) missing in the target; 1520 not in "
        "the source"]


def test_an_amount_copied_from_spain_into_mexico_is_read_otherwise() -> None:
    [f] = findings([("El paquete pesa 1.500 kg.", "El paquete pesa 1.500 kg en total.")],
                   code="number-format", src_lang="es-ES", tgt_lang="es-MX")
    assert f.message == ("'1.500' is copied as the source writes 1500, which es-MX reads as "
                         "1.5; es-MX writes '1,500'")
    assert f.severity is Severity.WARNING  # es-MX writes the point, but the comma is seen


def test_the_language_a_docx_declares_reads_its_amounts() -> None:
    """pandoc's DOCX of an es-MX lease and its en-US translation (``lang:`` in the front
    matter: ``w:lang w:val="es-MX"``), checked with no language option: before, 4 errors
    (38.5 missing, '77,000.00 M' (77,000,000) missing, two amounts copied)."""
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / "amounts-es-MX.docx"),
                                      str(FIXTURES / "amounts-en-US.docx"), "--no-glossary"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("0 findings in 3 units")


def test_a_decimal_comma_is_quoted_as_written() -> None:
    """s42 walk_ru finding 10: the source's 16,5 is named as it writes it, with its value."""
    assert _number_findings([("Инфляция составила 16,5%.", "Inflation was 15.5%.")], "ru",
                            "en") == [
        "number-mismatch: numbers differ: '16,5' (16.5) missing in the target; 15.5 not in "
        "the source"]
