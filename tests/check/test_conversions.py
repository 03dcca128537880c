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


# A conversion added in parentheses right after a value (walk de finding 10).
@pytest.mark.parametrize(("source", "target", "message"), [
    ("Der Durchmesser beträgt 12 mm.", "The diameter is 12 mm (0.47 in).", None),
    ("Der Durchmesser beträgt 12 mm.", "The diameter is 12 mm (0.5 in).", None),
    ("Die Temperatur beträgt 120 °C.", "The temperature is 120 °C (248 °F).", None),
    ("Die Temperatur beträgt 120 °C.", "The temperature is 120 °C (250 °F).", None),
    ("Die Kraft beträgt 50 N.", "The force is 50 N (11.2 lbf).", None),
    ("Das Drehmoment beträgt 10 N·m.", "The torque is 10 N·m (7.4 lbf·ft).", None),
    ("Der Druck beträgt 2 bar.", "The pressure is 2 bar (29 psi).", None),
    ("Der Abstand beträgt 30 m.", "The distance is 30 m (100 ft).", None),
    ("Der Wert ist 5 kg.", "The value is 5 kg (11 lb).", None),
    # the source's conversion left out
    ("Der Abstand beträgt 12 mm (0,47 in).", "The distance is 12 mm.", None),
    # another amount: a wrong number (to the precision written)
    ("Der Durchmesser beträgt 12 mm.", "The diameter is 12 mm (0.57 in).",
     "numbers differ: 0.57 not in the source"),
    ("Der Durchmesser beträgt 12 mm.", "The diameter is 12 mm (0.4 in).",
     "numbers differ: 0.4 not in the source"),
    ("Die Temperatur beträgt 120 °C.", "The temperature is 120 °C (260 °F).",
     "numbers differ: 260 not in the source"),
    ("Der Abstand beträgt 30 m.", "The distance is 30 m (1.2 in).",
     "numbers differ: 1.2 not in the source"),
    # another quantity, no unit, or not right after the value: no conversion
    ("Der Wert ist 12 mm.", "The value is 12 mm (0.47 lb).",
     "numbers differ: 0.47 not in the source"),
    ("Der Wert ist 12 mm.", "The value is 12 mm (0.47).",
     "numbers differ: 0.47 not in the source"),
    ("Der Wert ist 12 mm breit.", "The value is 12 mm wide (0.47 in).",
     "numbers differ: 0.47 not in the source"),
    # in is a word outside the parentheses
    ("Er las 12 Bücher.", "He read 12 books in 3 days.", "numbers differ: 3 not in the source"),
])
def test_a_conversion_added_in_parentheses(source: str, target: str,
                                           message: str | None) -> None:
    got = findings([(source, target)], src_lang="de", tgt_lang="en", code="number-mismatch")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "message"), [
    ("Der Koeffizient beträgt 2×10⁻³ 1/K.", "The coefficient is 2E-3 1/K.", None),
    ("Der Koeffizient beträgt 2×10⁻³ 1/K.", "The coefficient is 2e-3 1/K.", None),
    ("Der Druck beträgt 1,5·10⁶ Pa.", "The pressure is 1.5E6 Pa.", None),
    ("Der Koeffizient beträgt 2×10⁻³ 1/K.", "The coefficient is 2E-2 1/K.",
     "numbers differ: -3 missing in the target; -2 not in the source"),
    # a code is no number in E notation
    ("Typ A2E-3 und 12E5X.", "Type A2E-3 and 12E5X.", None),
])
def test_e_notation_is_a_power_of_ten(source: str, target: str, message: str | None) -> None:
    got = findings([(source, target)], src_lang="de", tgt_lang="en")
    assert [f.message for f in got if f.code in ("number-mismatch", "code-mismatch")] == (
        [message] if message else [])
