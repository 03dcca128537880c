"""code-mismatch (check/codes.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.codes import codes


@pytest.mark.parametrize(("text", "found"), [
    ("Conecte el modelo XR-200B al puerto USB-C.", ["XR-200B"]),
    ("Update to v2.4.1b, then restart (error E4F).", ["v2.4.1b", "E4F"]),
    ("Die COVID-19-Pandemie und H1N1-basierte Impfstoffe", ["COVID-19", "H1N1"]),
    ("型号ＸＲ－２００Ｂ的说明书", ["XR-200B"]),  # full width, between Chinese characters
    ("El CO₂ y el x86_64 de 0x1F", ["CO2", "x86_64", "0x1F"]),
    # abbreviations glued to their number: page, number, circa
    ("Siehe S.298-303 und Nr.57, ca.7315 m hoch", []),
    # what languages write around numbers, and translate
    ("the 10th, 1990s, 5km, 6900-m peaks, 4K, 3D, 12PM, 1.er, 2ª, Nº5, art. 5a", []),
    ("km2, m3, v2, 3x4, 1920x1080, 10h30, Q3, F1, A4", []),
    ("See https://example.com/XR-200B and {1}E4F{/1}", ["E4F"]),
    # s33 walk 2 item 6: an exponent is no digit of a code (not 109/l)
    ("245 × 10⁹/l, 10⁻⁶/ml, 10^-6/mL", []),
    ("eGFR < 30 ml/min/1,73 m²", ["ml/min/1,73"]),
])
def test_codes_are_read(text: str, found: list[str]) -> None:
    assert codes(text) == found


@pytest.mark.parametrize(("source", "target", "reported"), [
    ("Conecte el cable al modelo XR-200B.", "Connect the cable to the XR-200C model.", True),
    ("Actualice el firmware a la versión v2.4.1b.", "Update the firmware to v2.4.1a.", True),
    ("El código de error es E4F.", "The error code is E4E.", True),
    ("El modelo XR-200B.", "The model.", True),  # dropped
    ("El modelo.", "The XR-200B model.", True),  # added
    ("Das Modell XR-200B.", "Le modèle ХР-200В.", True),  # Cyrillic look-alike letters
    # the same codes, written otherwise
    ("El modelo XR-200B.", "The XR-200B model.", False),
    ("Die COVID-19-Pandemie.", "The Covid-19 pandemic.", False),
    ("La COVID19.", "COVID-19.", False),
    ("型号ＸＲ－２００Ｂ。", "Model XR-200B.", False),
    ("El CO₂.", "The CO2.", False),
    # a German compound's dashes are spaces in French (a walk of the check, s30)
    ("Ein USB-3.0-Kabel und ein HDMI-2.1-Anschluss.", "Un câble USB 3.0 et un port HDMI 2.1.",
     False),
    ("Modell XR 200B.", "Le modèle XR-200B.", False),
    ("本体寸法：W120×H80×D30mm", "Dimensions: W120 x H80 x D30 mm", False),  # × is no letter
    # a note's number glued to a word, elsewhere on the other side (the corpus)
    ("¿Cómo evitar que asumiera el mando1?", "How could they prevent it?1", False),
    ("Era el dirigente del DENAS2.", "He was the leader of DENAS.2", False),
    ("A mediados de 1973.", "In mid-1973.", False),
    # a word's note call on both sides: the word is translated (walk of the check, s32)
    ("Asumió el mando¹.", "He took the command¹.", False),
    ("Asumió el mando1.", "He took the command1.", False),
    ("Asumió el mando¹ del XR-200B.", "He took the command¹ of the XR-200C.", True),
    # s33 walk 2 item 6: a unit with an exponent or a decimal comma
    ("Die Zahl betrug 245 × 10⁹/l.", "The count was 245 × 10^9/L.", False),
    ("Höchstens 10⁻⁶/ml.", "At most 10^-6/mL.", False),
    ("eGFR < 30 ml/min/1,73 m²", "eGFR < 30 mL/min/1.73 m²", False),
    ("eGFR < 30 ml/min/1,73 m²", "eGFR < 30 mL/h/1.73 m²", True),
    # digits only: number-mismatch names them
    ("Use la clave SKU-AB12.", "Use the key SKU-AB21.", False),
    # ordinals, units and quarters are translated
    ("El 1.er trimestre (Q1).", "The 1st quarter (T1).", False),
])
def test_code_mismatch(source: str, target: str, reported: bool) -> None:
    got = findings([(source, target)], code="code-mismatch")
    assert bool(got) == reported, got


@pytest.mark.parametrize(("source", "target"), [
    ("¿Cómo evitar que asumiera el mando¹?", "How could they prevent the command²?"),
    ("Asumió el mando1.", "He took the command2."),
])
def test_a_renumbered_note_call_is_one_finding(source: str, target: str) -> None:
    # number-mismatch names the numbers; code-mismatch reported the same change again
    got = findings([(source, target)])
    assert [(f.code, f.message) for f in got] == [
        ("number-mismatch", "numbers differ: 1 missing in the target; 2 not in the source")]


@pytest.mark.parametrize(("text", "lang", "found"), [
    # a news agency's slug: the headline's words in capitals are words of the language
    ("UPDATE 2-ARGENTINA-INFLATION", "en", ["2-ARGENTINA"]),
    ("ACTUALIZACIÓN 2-ARGENTINA-INFLACIÓN", "es", []),  # argentina: a Spanish adjective
    # without a language, and capitals that are no word, they stay
    ("UPDATE 2-ARGENTINA-INFLATION", "", ["2-ARGENTINA-INFLATION"]),
    ("Ticket PROJ-1234, model XR-200B", "en", ["PROJ-1234", "XR-200B"]),
])
def test_a_word_in_capitals_hyphenated_to_a_code(text: str, lang: str,
                                                 found: list[str]) -> None:
    assert codes(text, lang) == found


def test_a_translated_slug_is_no_code_mismatch() -> None:
    assert findings([("ACTUALIZACIÓN 2-ARGENTINA-INFLACIÓN", "UPDATE 2-ARGENTINA-INFLATION")],
                    code="code-mismatch", src_lang="es", tgt_lang="en") == []


def test_the_message_names_both_sides() -> None:
    [f] = findings([("Modelo XR-200B y E4F.", "Model XR-200C and E4F.")],
                   code="code-mismatch")
    assert f.message == "codes differ: 'XR-200B' not in the target; 'XR-200C' not in the source"
    assert f.found == "XR-200C"
    assert f.expected == ("XR-200B",)


def test_the_codes_read_once_per_text_are_a_new_list_each_time() -> None:
    # the reading is kept per text (the editor checks the document after every edit):
    # a caller changing the list it got does not change what the next one gets
    first = codes("Modell XR-200 mit Pumpe B12")
    assert first == ["XR-200", "B12"]
    first.append("changed")
    assert codes("Modell XR-200 mit Pumpe B12") == ["XR-200", "B12"]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # s38 walk3 item 7: a publication number printed with its digits grouped
    ("Cf. EP 1 234 567 A1.", "Vgl. EP1234567A1.", "en", "de"),
    ("Cf. EP1234567A1.", "Vgl. EP 1 234 567 A1.", "en", "de"),
    # and a range of reference numerals with letters
    ("The fins 12a-12c are identical.", "Die Rippen 12a bis 12c sind identisch.", "en", "de"),
    ("The fins 12a-12c are identical.", "フィン12a～12cは同一である。", "en", "ja"),
    ("The fins 12a-12c are identical.", "Die Rippen 12a-12c sind identisch.", "en", "de"),
])
def test_a_grouped_publication_number_and_a_numeral_range(source: str, target: str,
                                                          src_lang: str,
                                                          tgt_lang: str) -> None:
    assert findings([(source, target)], code="code-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    # a publication number's digits changed: grouped, they are not the number
    ("Cf. EP 1 234 567 A1.", "Vgl. EP1234576A1.", "de",
     "codes differ: 'EP1234576A1' not in the source"),
    ("Cf. EP 1 234 567 A1.", "Vgl. EP1234567B1.", "de",
     "codes differ: 'EP1234567B1' not in the source"),
    # s38 walk3 item 3: a formula's numbers in another order, the same numbers to
    # number-mismatch
    ("The layer is made of Al2O3.", "Die Schicht besteht aus Al3O2.", "de",
     "codes differ: 'Al2O3' is 'Al3O2' in the target, its numbers in another order"),
    ("Made of Fe2O3 and XR-200B.", "Aus Fe3O2 und XR-200C.", "de",
     "codes differ: 'Fe2O3' is 'Fe3O2' in the target, its numbers in another order; "
     "'XR-200B' not in the target; 'XR-200C' not in the source"),
    ("The range 12a-12c.", "Der Bereich 12a-12d.", "de",
     ""),  # a numeral range is number-mismatch's: see the next test
])
def test_a_changed_code_is_still_reported(source: str, target: str, tgt_lang: str,
                                          message: str) -> None:
    got = findings([(source, target)], code="code-mismatch", src_lang="en",
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_a_changed_numeral_range_is_number_mismatch() -> None:
    got = findings([("The fins 12a-12c.", "Die Rippen 12a bis 12d.")], code="number-mismatch",
                   src_lang="en", tgt_lang="de")
    assert [f.message for f in got] == [
        "numbers differ: 12c missing in the target; 12d not in the source"]


def test_digits_in_another_order_within_one_number_are_number_mismatch() -> None:
    # SKU-AB12 / SKU-AB21: other numbers, which number-mismatch names
    pair = [("Use la clave SKU-AB12.", "Use the key SKU-AB21.")]
    assert findings(pair, code="code-mismatch") == []
    assert len(findings(pair, code="number-mismatch")) == 1
