"""sign-mismatch and unit-mismatch (check/number_context.py).  Sentences written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions
from aligner.model import Severity


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s33 walk 2 item 5
    ("sehr häufig (≥ 1/10)", "very common (> 1/10)", "de", "en",
     "signs differ: ≥ 1/10 in the source, > 1/10 in the target"),
    ("Die Clearance lag bei ≤ 30 ml/min.", "Clearance was < 30 ml/min.", "de", "en",
     "signs differ: ≤ 30 in the source, < 30 in the target"),
    ("Very common (≥1/10).", "Muy frecuentes (>1/10).", "en", "es",
     "signs differ: ≥ 1/10 in the source, > 1/10 in the target"),
    # the whole fraction is quoted (s41 walk, item 13)
    ("Common (≥ 1/100): headache.", "Comum (> 1/100): dor de cabeça.", "en", "pt-BR",
     "signs differ: ≥ 1/100 in the source, > 1/100 in the target"),
    ("Rare (≥ 1/10,000 to < 1/1,000).", "Rara (> 1/10.000 a < 1/1.000).", "en", "pt-BR",
     "signs differ: ≥ 1/10,000 in the source, > 1/10.000 in the target"),
    ("Die Dosis beträgt 250 µg.", "The dose is 250 mg.", "de", "en",
     "units differ: 250 µg in the source, 250 mg in the target"),
    ("Die Dosis beträgt 5 mg/kg.", "The dose is 5 mg.", "de", "en",
     "units differ: 5 mg/kg in the source, 5 mg in the target"),
    ("Die Dosis beträgt 2,5 mg.", "The dose is 2.5 g.", "de", "en",
     "units differ: 2,5 mg in the source, 2.5 g in the target"),
    # a value written several times: the signs compare as a bag (walk 2, planted S6, E5)
    ("sehr häufig (≥ 1/10), häufig (≥ 1/100, < 1/10), gelegentlich (≥ 1/1.000, < 1/100)",
     "very common (> 1/10), common (≥ 1/100 to < 1/10), uncommon (≥ 1/1,000 to < 1/100)",
     "de", "en", "signs differ: ≥ 1/10 in the source, > 1/10 in the target"),
    ("5 mg und 5 ml", "5 ml and 5 g", "de", "en",
     "units differ: 5 mg in the source, 5 g in the target"),
])
def test_a_changed_sign_or_unit_is_reported(source: str, target: str, src_lang: str,
                                            tgt_lang: str, message: str) -> None:
    got = [f for f in findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
           if f.code in ("sign-mismatch", "unit-mismatch")]
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target"), [
    # one unit or sign written another way
    ("Bei 25 °C lagern.", "Store at 25°C."),
    ("Bei 25 °C lagern.", "Store at 25 ° C."),
    ("Dosis 250 µg.", "Dose 250 mcg."),
    ("Dosis 250 μg.", "Dose 250 µg."),
    ("Dosis 5 ml.", "Dose 5 mL."),
    ("Dosis 1 l.", "Dose 1 L."),
    ("Dosis 100 mg/m².", "Dose 100 mg/m2."),
    ("≥ 5 mg und ≤ 10 mg", ">= 5 mg and <= 10 mg"),
    # a side without a sign or a unit symbol: words, not compared
    ("Mindestens 30 ml/min.", "At least 30 mL/min."),
    ("Die Infusion dauert 30 Minuten.", "The infusion lasts 30 min."),
    ("Die Dosis beträgt 5 mg.", "The dose is 5."),
    # the end of a tag, an arrow: no sign
    ("Klicken Sie <b>5</b>.", "Click ≥ 5."),
    ("Schritt ->5", "Step ≥ 5"),
    # the same signs in another order; a sign written in words on one side
    ("(≥ 1/100, < 1/10)", "(< 1/10, ≥ 1/100)"),
    ("≥ 5 mg, mindestens 5 ml", "≥ 5 ml, > 5 mg"),
    # a value written in another order, or not as many times on each side
    ("5 mg und 5 ml", "5 ml and 5 mg"),
    ("5 mg und 5 ml", "5 mg"),  # not as many times
])
def test_the_same_sign_and_unit_pass(source: str, target: str) -> None:
    assert [f for f in findings([(source, target)], src_lang="de", tgt_lang="en")
            if f.code in ("sign-mismatch", "unit-mismatch")] == []


@pytest.mark.parametrize(("source", "target", "lang", "message"), [
    # s38 walk 3 item 1: a particle or the next word written onto the unit ends it
    ("The coolant flows at 0.2 to 1.5 m/s.", "冷却液は0.2～1.5m/sで流れる。", "ja", None),
    ("The coolant flows at 0.2 to 1.5 m/s.", "冷却液は0.2～1.5 m/sで流れる。", "ja", None),
    ("The fin has a thickness of 0.05 to 0.12 mm.", "フィンは0.05～0.12mmの厚さを有する。",
     "ja", None),
    ("The fin has a thickness of 0.05 to 0.12 mm.", "フィンは0.05～0.12cmの厚さを有する。",
     "ja", "units differ: 0.12 mm in the source, 0.12 cm in the target"),
    ("The layer thickness is 2 µm.", "層の厚さは2nmである。", "ja",
     "units differ: 2 µm in the source, 2 nm in the target"),
    ("The fin is 5 mm thick.", "鳍片为5mm的厚度。", "zh", None),
    ("The fin is 5 mm thick.", "鳍片为5cm的厚度。", "zh",
     "units differ: 5 mm in the source, 5 cm in the target"),
    ("The speed is 1.5 m/s.", "速度为1.5m/s左右。", "zh", None),
    ("The fin is 5 mm thick.", "핀은 5mm의 두께를 가진다.", "ko", None),
    ("The fin is 5 mm thick.", "핀의 두께는 5cm이다.", "ko",
     "units differ: 5 mm in the source, 5 cm in the target"),
    ("The speed is 1.5 m/s.", "속도는 1.5m/s로 흐른다.", "ko", None),
])
def test_a_unit_ends_before_a_glued_word(source: str, target: str, lang: str,
                                        message: str | None) -> None:
    got = findings([(source, target)], src_lang="en", tgt_lang=lang, code="unit-mismatch")
    assert [(f.message, f.severity) for f in got] == (
        [(message, Severity.ERROR)] if message else [])


@pytest.mark.parametrize(("source", "target", "lang", "message"), [
    # s38 walk 3 item 6: a percentage of another basis is another amount
    ("The alloy contains 5 to 10 wt.% of silicon.",
     "Die Legierung enthält 5 bis 10 Vol.-% Silizium.", "de",
     "units differ: 10 wt.% in the source, 10 Vol.-% in the target"),
    ("The content is 5 % by weight.", "Der Gehalt beträgt 5 Vol.-%.", "de",
     "units differ: 5 % by weight in the source, 5 Vol.-% in the target"),
    ("The content is 5 wt.%.", "El contenido es del 5 % en volumen.", "es",
     "units differ: 5 wt.% in the source, 5 % en volumen in the target"),
    ("The content is 5 mol%.", "Der Gehalt beträgt 5 At.-%.", "de",
     "units differ: 5 mol% in the source, 5 At.-% in the target"),
    ("The content is 5 mol%.", "Der Gehalt beträgt 5 Atom-%.", "de",
     "units differ: 5 mol% in the source, 5 Atom-% in the target"),
    ("The content is 5 wt.%.", "含有量は5体積%である。", "ja",
     "units differ: 5 wt.% in the source, 5 体積% in the target"),
    ("The content is 5 wt.%.", "The content is 5 ppm.", "en",
     "units differ: 5 wt.% in the source, 5 ppm in the target"),
    # one basis written another way
    ("The alloy contains 5 to 10 wt.% of silicon.",
     "Die Legierung enthält 5 bis 10 Gew.-% Silizium.", "de", None),
    ("The content is 5 to 10 wt.%.", "含有量は５～１０重量％である。", "ja", None),
    ("The content is 5 to 10 wt.%.", "含有量は5〜10質量%である。", "ja", None),
    ("The content is 5 % by volume.", "Der Gehalt beträgt 5 vol%.", "de", None),
    ("The content is 5 wt%.", "La teneur est de 5 % en poids.", "fr", None),
    ("The solution is 5 % w/v.", "Die Lösung ist 5 % (m/V).", "de", None),
    # a plain percentage states no basis: nothing is said against one that does
    ("The content is 5 wt.%.", "Der Gehalt beträgt 5 %.", "de", None),
    ("The content is 5 %.", "Der Gehalt beträgt 5 Gew.-%.", "de", None),
    ("The content is 5 %.", "含有量は5％である。", "ja", None),
])
def test_a_percentage_of_another_basis(source: str, target: str, lang: str,
                                       message: str | None) -> None:
    got = findings([(source, target)], src_lang="en", tgt_lang=lang, code="unit-mismatch")
    assert [(f.message, f.severity) for f in got] == (
        [(message, Severity.ERROR)] if message else [])


@pytest.mark.parametrize(("source", "target", "severity"), [
    # the same number in a unit of the same quantity at another size: another amount
    ("In children, the dose is 0.1 mg/kg.", "Bei Kindern beträgt die Dosis 0,1 µg/kg.",
     "error"),
    ("Take 2.5 mg.", "2,5 g einnehmen.", "error"),
    ("Inject 5 ml.", "5 l injizieren.", "error"),
    ("Infuse over 30 min.", "Über 30 h infundieren.", "error"),
    ("A solution of 10 mg/ml.", "Eine Lösung mit 10 mg/l.", "error"),
    ("A 2 cm cut.", "Ein Schnitt von 2 mm.", "error"),
    ("Contains 0.5 %.", "Enthält 0,5 ‰.", "error"),
    # another quantity or another scale with the same number: a wrong value too
    ("Take 5 mg.", "5 ml einnehmen.", "error"),
    ("Store below 25 °C.", "Unter 25 °F lagern.", "error"),
    ("Store below 25 °C.", "Unter 25 K lagern.", "error"),
    # the same size; a unit and the same with more after it, which words may say
    # (5 mg pro kg); millimoles for milliequivalents (as many for a K+ ion)
    ("A solution of 1 mg/ml.", "Eine Lösung mit 1 g/l.", "warning"),
    ("The dose is 5 mg/kg.", "Die Dosis beträgt 5 mg.", "warning"),
    ("The dose is 10 mg/kg/day.", "Die Dosis beträgt 10 mg/kg.", "warning"),
    ("Add 20 mEq of potassium.", "20 mmol Kalium zugeben.", "warning"),
    ("The level is 20 mEq/L.", "Der Spiegel beträgt 20 mmol/l.", "warning"),
    ("The level is 5 dB.", "Der Pegel beträgt 5 mA.", "warning"),
    # force and torque (s42 patent walk): a torque off by 100, a force by 1000; a force per
    # area is a pressure, N/mm² the size of MPa
    ("The tightening torque is 10 N·m.", "Das Anzugsdrehmoment beträgt 10 N·cm.", "error"),
    ("The torque is 10 Nm.", "Das Drehmoment beträgt 10 N.", "error"),
    ("The spring force is 50 N.", "Die Federkraft beträgt 50 kN.", "error"),
    ("The strength is 500 MPa.", "Die Festigkeit beträgt 500 kN/mm².", "error"),
    ("The strength is 500 MPa.", "Die Festigkeit beträgt 500 N/mm².", "warning"),
])
def test_a_changed_amount_is_an_error(source: str, target: str, severity: str) -> None:
    got = findings([(source, target)], src_lang="en", tgt_lang="de", code="unit-mismatch")
    assert [f.severity.value for f in got] == [severity]


@pytest.mark.parametrize(("source", "target"), [
    ("The torque is 10 N·m.", "Das Drehmoment beträgt 10 Nm."),  # one unit, two spellings
    ("The torque is 2.5 kNm.", "Das Drehmoment beträgt 2,5 kN·m."),
    ("The stress is 20 N/mm².", "Die Spannung beträgt 20 N/mm2."),
])
def test_one_force_or_torque_unit_written_two_ways_passes(source: str, target: str) -> None:
    assert findings([(source, target)], src_lang="en", tgt_lang="de",
                    code="unit-mismatch") == []


def test_the_users_severity_is_kept_for_a_changed_amount() -> None:
    options = CheckOptions(severities={"unit-mismatch": Severity.INFO})
    got = findings([("Take 2.5 mg.", "2,5 µg einnehmen.")], src_lang="en", tgt_lang="de",
                   code="unit-mismatch", options=options)
    assert [f.severity for f in got] == [Severity.INFO]


def test_a_changed_amount_is_the_occurrence_reported() -> None:
    # 5 mg/kg -> 5 mg (a warning's) and 5 g -> 5 kg (another amount): the second is shown
    got = findings([("5 mg/kg und 5 g", "5 mg and 5 kg")], src_lang="de", tgt_lang="en",
                   code="unit-mismatch")
    assert [(f.message, f.severity) for f in got] == [
        ("units differ: 5 g in the source, 5 kg in the target", Severity.ERROR)]


# Written for this test: a rate said in words after the unit is the rate written with a
# slash (rate_per and rate_adverb of the language's numbers.tsv).
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("Give 10 mg/kg/day.", "Administre 10 mg/kg por día.", "en", "es"),
    ("Give 10 mg/kg/day.", "Administre 10 mg/kg al día.", "en", "es"),
    ("Give 10 mg/kg/day.", "Administre 10 mg/kg diarios.", "en", "es"),
    ("Give 10 mg/kg/day.", "Administrer 10 mg/kg par jour.", "en", "fr"),
    ("Give 10 mg/kg/day.", "Geben Sie 10 mg/kg pro Tag.", "en", "de"),
    ("Give 10 mg/kg/day.", "Administre 10 mg/kg ao dia.", "en", "pt"),
    ("Give 10 mg/kg/day.", "Somministrare 10 mg/kg al giorno.", "en", "it"),
    ("Administre 10 mg/kg/día.", "Give 10 mg/kg per day.", "es", "en"),
    ("Administre 10 mg/kg/día.", "Give 10 mg/kg a day.", "es", "en"),
    ("Administre 10 mg/kg/día.", "Give 10 mg/kg daily.", "es", "en"),
    ("Take 5 mg a day.", "Tome 5 mg al día.", "en", "es"),
    # the rate said elsewhere in the sentence: German puts täglich before the dose
    ("Take 5 mg daily.", "Nehmen Sie täglich 5 mg ein.", "en", "de"),
])
def test_a_rate_in_words_is_the_rate(source: str, target: str, src_lang: str,
                                     tgt_lang: str) -> None:
    assert findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                    code="unit-mismatch") == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # the rate dropped: the known warning, now for a rate in words too
    ("Give 10 mg/kg/day.", "Administre 10 mg/kg.", "en", "es",
     "units differ: 10 mg/kg/day in the source, 10 mg/kg in the target"),
    ("Take 5 mg daily.", "Nehmen Sie 5 mg ein.", "en", "de",
     "units differ: 5 mg daily in the source, 5 mg in the target"),
    # another rate
    ("Take 5 mg a week.", "Tome 5 mg al día.", "en", "es",
     "units differ: 5 mg a week in the source, 5 mg al día in the target"),
])
def test_a_rate_dropped_or_changed_is_reported(source: str, target: str, src_lang: str,
                                               tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="unit-mismatch")
    assert [f.message for f in got] == [message]


# Written for this test: the short forms people write for hours, minutes and seconds
# (the nouns of time of counted.txt) are those units.
@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    ("It takes 2 hrs.", "Tarda 2 h.", "es", None),
    ("It takes 2 hr.", "Tarda 2 horas.", "es", None),
    ("It takes 5 mins.", "Tarda 5 minutos.", "es", None),
    ("It takes 5 secs.", "Tarda 5 seg.", "es", None),
    ("It takes 2 hours.", "Es dauert 2 Std.", "de", None),
    ("It takes 2 minutes.", "Es dauert 2 Min.", "de", None),
    ("It takes 2 seconds.", "Es dauert 2 Sek.", "de", None),
    ("It takes 2 h.", "Tarda 2 h.", "es", None),
    ("It takes 2 hrs.", "Tarda 2 min.", "es",
     "units differ: 2 hrs in the source, 2 min in the target"),
    ("It takes 5 mins.", "Tarda 5 horas.", "es",
     "units differ: 5 mins in the source, 5 horas in the target"),
    ("It takes 5 secs.", "Tarda 5 min.", "es",
     "units differ: 5 secs in the source, 5 min in the target"),
    ("It takes 2 hours.", "Es dauert 2 Min.", "de",
     "units differ: 2 hours in the source, 2 Min in the target"),
    ("It takes 2 seconds.", "Es dauert 2 Std.", "de",
     "units differ: 2 seconds in the source, 2 Std in the target"),
])
def test_short_forms_of_time_are_their_units(source: str, target: str, tgt_lang: str,
                                             message: str | None) -> None:
    got = findings([(source, target)], src_lang="en", tgt_lang=tgt_lang, code="unit-mismatch")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("It takes 48 hrs.", "Tarda 2 días.", "es"),
    ("It takes 120 mins.", "Es dauert 2 Std.", "de"),
])
def test_short_forms_of_time_convert(source: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], src_lang="en", tgt_lang=tgt_lang,
                    code="number-mismatch") == []
