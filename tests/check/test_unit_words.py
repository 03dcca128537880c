"""unit-mismatch's reading of units (check/number_context.py): nouns of time after a
number, rates per time, pharmaceutical units, rpm, ℃ and the CJK compatibility
block's units.  Sentences written by hand (s41 walks: pt-BR leaflet, Japanese manual)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.model import Severity


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # a time unit changed, the number kept: a wrong value
    ("Take 1 tablet every 12 hours.", "Tome 1 comprimido a cada 12 dias.", "en", "pt",
     "units differ: 12 hours in the source, 12 dias in the target"),
    ("Infuse over 30 minutes.", "Infundir em 30 segundos.", "en", "pt",
     "units differ: 30 minutes in the source, 30 segundos in the target"),
    ("Use in children under 12 years.", "Uso em crianças menores de 12 meses.", "en", "pt",
     "units differ: 12 years in the source, 12 meses in the target"),
    ("Infuse over 30 minutes.", "Infundir em 30 h.", "en", "pt",
     "units differ: 30 minutes in the source, 30 h in the target"),
    ("Take every 12 h.", "Tomar a cada 12 dias.", "en", "pt",
     "units differ: 12 h in the source, 12 dias in the target"),
    ("Die Infusion dauert 30 Minuten.", "The infusion lasts 30 hours.", "de", "en",
     "units differ: 30 Minuten in the source, 30 hours in the target"),
    ("12時間ごとに1錠服用してください。", "Take 1 tablet every 12 days.", "ja", "en",
     "units differ: 12 時間 in the source, 12 days in the target"),
    # a rate per time changed
    ("Dose: 10 mg/kg/day.", "Dose: 10 mg/kg/semana.", "en", "pt",
     "units differ: 10 mg/kg/day in the source, 10 mg/kg/semana in the target"),
    # a term or a rate's period changed in a contract (walk_es 8), the number said again
    # in words between it and its unit, or the number in brackets after its words
    ("La obligación subsistirá durante un plazo de 2 años.",
     "The obligation shall survive for a term of 2 months.", "es", "en",
     "units differ: 2 años in the source, 2 months in the target"),
    ("La obligación subsistirá durante un plazo de 5 (cinco) años.",
     "The obligation shall survive for a period of 5 (five) months.", "es", "en",
     "units differ: 5 años in the source, 5 months in the target"),
    ("Dentro de los treinta (30) días siguientes.", "Within thirty (30) weeks.", "es", "en",
     "units differ: 30 días in the source, 30 weeks in the target"),
    ("Pagará un interés moratorio del 1.5% mensual.",
     "It shall pay default interest of 1.5% per annum.", "es", "en",
     "units differ: 1.5 % mensual in the source, 1.5 % per annum in the target"),
    ("Pagará un interés del 1.5% (uno punto cinco por ciento) mensual.",
     "It shall pay interest of 1.5% (one point five percent) a year.", "es", "en",
     "units differ: 1.5 % mensual in the source, 1.5 % a year in the target"),
    # pharmaceutical units: another quantity with the same number
    ("Each tablet contains 1,000 IU of vitamin D3.",
     "Cada comprimido contém 1.000 mg de vitamina D3.", "en", "pt",
     "units differ: 1,000 IU in the source, 1.000 mg in the target"),
    ("Cada comprimido contém 1.000 UI de vitamina D3.",
     "Each tablet contains 1,000 mg of vitamin D3.", "pt", "en",
     "units differ: 1.000 UI in the source, 1,000 mg in the target"),
    ("Glucose below 70 mg/dL.", "Glicose abaixo de 70 mmol/L.", "en", "pt",
     "units differ: 70 mg/dL in the source, 70 mmol/L in the target"),
    ("Each vial contains 40 mg.", "Cada frasco contém 40 mL.", "en", "pt",
     "units differ: 40 mg in the source, 40 mL in the target"),
    ("Apply a 1% cream.", "Aplique um creme de 1 mg.", "en", "pt",
     "units differ: 1 % in the source, 1 mg in the target"),
    ("Die Dosis beträgt 5 µmol.", "The dose is 5 mmol.", "de", "en",
     "units differ: 5 µmol in the source, 5 mmol in the target"),
    # ℃ and ℉ are °C and °F; another scale with the same number is a wrong value
    ("油温は40℃です。", "The oil temperature is 40 °F.", "ja", "en",
     "units differ: 40 ℃ in the source, 40 °F in the target"),
    ("周囲温度5〜40℃の場所に設置してください。",
     "Install it where the ambient temperature is 5 to 40 °F.", "ja", "en",
     "units differ: 40 ℃ in the source, 40 °F in the target"),
    ("油温は40 °Cです。", "The oil temperature is 40 °F.", "ja", "en",
     "units differ: 40 °C in the source, 40 °F in the target"),
    # the CJK compatibility block's units are the units they write
    ("質量は5㎏です。", "The mass is 5 g.", "ja", "en",
     "units differ: 5 ㎏ in the source, 5 g in the target"),
    ("容量は5㎖です。", "The volume is 5 l.", "ja", "en",
     "units differ: 5 ㎖ in the source, 5 l in the target"),
])
def test_a_unit_read_and_changed_is_an_error(source: str, target: str, src_lang: str,
                                            tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="unit-mismatch")
    assert [(f.message, f.severity) for f in got] == [(message, Severity.ERROR)]


def test_a_rate_per_time_dropped_is_a_warning() -> None:
    # the /day may be written in words after the unit (10 mg/kg por dia)
    got = findings([("Dose: 10 mg/kg/day.", "Dose: 10 mg/kg.")], src_lang="en",
                   tgt_lang="pt", code="unit-mismatch")
    assert [(f.message, f.severity) for f in got] == [
        ("units differ: 10 mg/kg/day in the source, 10 mg/kg in the target",
         Severity.WARNING)]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # the same unit written otherwise, in words or in another language
    ("Take 1 tablet every 12 hours.", "Tome 1 comprimido a cada 12 horas.", "en", "pt"),
    ("Wait 30 min.", "Aguarde 30 minutos.", "en", "pt"),
    ("The 2 h test.", "O teste de 2 horas.", "en", "pt"),
    ("Dose: 10 mg/kg/day.", "Dose: 10 mg/kg/dia.", "en", "pt"),
    ("Dose: 10 mg/kg/d.", "Dose: 10 mg/kg/dia.", "en", "pt"),
    ("Use 1,000 IU daily.", "Use 1.000 UI por dia.", "en", "pt"),
    ("Geben Sie 1.000 IE.", "Give 1,000 U.I.", "de", "en"),
    ("Dosis 250 µg.", "Dose 250 μg.", "de", "en"),
    ("Glucose 70 mg/dL.", "Glicose 70 mg/dl.", "en", "pt"),
    ("Platelets 100,000/mm³.", "Plaquetas 100.000/mm³.", "en", "pt"),
    ("12時間ごとに服用してください。", "Take every 12 hours.", "ja", "en"),
    ("油温は40℃です。", "The oil temperature is 40 °C.", "ja", "en"),
    ("油温は40℉です。", "The oil temperature is 40 °F.", "ja", "en"),
    ("床面積は5㎡です。", "The floor area is 5 m².", "ja", "en"),
    ("質量は5㎏です。", "The mass is 5 kg.", "ja", "en"),
    ("容量は5㍑です。", "The volume is 5 L.", "ja", "en"),
    # rpm as JIS, DIN and French write it
    ("主軸回転数は1,000 min⁻¹です。", "The spindle speed is 1,000 rpm.", "ja", "en"),
    ("主軸回転数は1,000 min-1です。", "The spindle speed is 1,000 rpm.", "ja", "en"),
    ("主軸回転数は1,000 r/minです。", "The spindle speed is 1,000 rpm.", "ja", "en"),
    ("Drehzahl 3000 U/min.", "Speed 3000 rpm.", "de", "en"),
    ("Drehzahl 3000 1/min.", "Speed 3000 rpm.", "de", "en"),
    ("Vitesse 3000 tr/min.", "Speed 3000 rpm.", "fr", "en"),
    # the same term and rate, the number said again in words (walk_es 8)
    ("Durante un plazo de 5 (cinco) años.", "For a term of 5 (five) years.", "es", "en"),
    ("Durante un plazo de 5 (cinco) años.", "For a term of 5 years.", "es", "en"),
    ("Dentro de los treinta (30) días.", "Within thirty (30) days.", "es", "en"),
    ("Un interés del 1.5% (uno punto cinco por ciento) mensual.",
     "Interest of 1.5% (one point five percent) per month.", "es", "en"),
    ("Un interés del 1.5% anual.", "Interest of 1.5% per annum.", "es", "en"),
    ("Un interés mensual del 1.5%.", "Interest of 1.5% per month.", "es", "en"),
    # the number the unit's word follows is not the one compared (24/7)
    ("Available 24/7.", "Disponível 24 horas por dia, 7 dias por semana.", "en", "pt"),
])
def test_the_same_unit_passes(source: str, target: str, src_lang: str,
                              tgt_lang: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f for f in got if f.code in ("unit-mismatch", "number-mismatch",
                                         "code-mismatch")] == []


def test_a_unit_per_square_metre_writes_no_number() -> None:
    # s41 walk_ja item 8: 1㎡あたり is "per m²" (no code 1m2, no number 1)
    got = findings([("床面の耐荷重は１㎡あたり2,000 kg以上必要です。",
                     "The floor must support at least 2,000 kg per m².")],
                   src_lang="ja", tgt_lang="en")
    assert [f.code for f in got if f.code in ("number-mismatch", "code-mismatch")] == []
