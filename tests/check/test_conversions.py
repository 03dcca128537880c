"""A value converted to another unit of its quantity passes number-mismatch
(check/conversions.py); a number changed with the unit kept does not.  Sentences
written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("Take within 48 hours.", "Tomar em 2 dias.", "en", "pt"),
    ("For 2 weeks.", "Durante 14 días.", "en", "es"),
    ("The dose is 1,500 mg.", "A dose é de 1,5 g.", "en", "pt"),
    ("Inject 0.5 ml.", "500 µl injizieren.", "en", "de"),
    ("For 1 month.", "Por 30 dias.", "en", "pt"),
    ("For 1 year.", "Durante 12 meses.", "en", "es"),
    ("Keep at 37.5 °C.", "Manter a 99,5 °F.", "en", "pt"),
    ("Keep at 25 °C.", "Bei 298 K aufbewahren.", "en", "de"),
    ("A 2 cm cut.", "Un corte de 20 mm.", "en", "es"),
    ("The speed is 3,000 rpm.", "Die Drehzahl beträgt 50 Hz.", "en", "de"),
])
def test_a_conversion_passes(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got if f.code in ("number-mismatch", "unit-mismatch")] == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # another amount in another unit: no conversion
    ("Take within 48 hours.", "Tomar em 3 dias.", "en", "pt",
     "numbers differ: 48 missing in the target; 3 not in the source"),
    ("The dose is 1,500 mg.", "A dose é de 15 g.", "en", "pt",
     "numbers differ: 1500 missing in the target; 15 not in the source"),
    ("For 1 month.", "Por 4 semanas.", "en", "pt",
     "numbers differ: 1 missing in the target; 4 not in the source"),
    ("Keep at 37.5 °C.", "Manter a 98,5 °F.", "en", "pt",
     "numbers differ: 37.5 missing in the target; '98,5' (98.5) not in the source"),
    # the same unit, another number; a unit of another quantity
    ("The dose is 500 mg.", "A dose é de 50 mg.", "en", "pt",
     "numbers differ: 500 missing in the target; 50 not in the source"),
    ("The dose is 1,500 mg.", "A dose é de 1,5 ml.", "en", "pt",
     "numbers differ: 1500 missing in the target; '1,5' (1.5) not in the source"),
    # a number without a unit on one side
    ("Take within 48 hours.", "Tomar em 2.", "en", "pt",
     "numbers differ: 48 missing in the target; 2 not in the source"),
])
def test_another_amount_is_reported(source: str, target: str, src_lang: str, tgt_lang: str,
                                    message: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="number-mismatch")
    assert [f.message for f in got] == [message]
