"""A regulatory translator's cases (session 33): dosing schedules read as inline
lists, German ordinals before a noun, abbreviations of medicinal-product texts.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

LIST_CASES = [
    # a number after a word is the sentence's, not a list label: "day 1." ends it
    ("en", "The dose is 5 mg on day 1. The dose is 10 mg from day 2. The maximum dose is 20 mg.",
     ["The dose is 5 mg on day 1.", "The dose is 10 mg from day 2.",
      "The maximum dose is 20 mg."]),
    ("en", "Follow-up took place on day 1. Values were measured again on day 2. All was normal.",
     ["Follow-up took place on day 1.", "Values were measured again on day 2.",
      "All was normal."]),
    ("de", "Die Kontrolle erfolgte an Tag 1. Danach folgte sie an Tag 2. Die Werte waren normal.",
     ["Die Kontrolle erfolgte an Tag 1.", "Danach folgte sie an Tag 2.",
      "Die Werte waren normal."]),
    ("fr", "La dose est de 5 mg au jour 1. Elle passe à 10 mg au jour 2. Puis elle baisse.",
     ["La dose est de 5 mg au jour 1.", "Elle passe à 10 mg au jour 2.", "Puis elle baisse."]),
    # a list still opens its block, follows a colon or a stop, or a bullet
    ("en", "1. Plan the work 2. Work the plan", ["1. Plan the work", "2. Work the plan"]),
    ("en", "Steps: 1. Open the vial 2. Draw the dose",
     ["Steps:", "1. Open the vial", "2. Draw the dose"]),
    ("en", "Do this. 1. Open the vial 2. Draw the dose",
     ["Do this.", "1. Open the vial", "2. Draw the dose"]),
    ("en", "Do this • 1. Open the vial • 2. Draw the dose",
     ["Do this", "• 1. Open the vial", "• 2. Draw the dose"]),
    # items that end with a stop all do: a number after a word is no third item
    ("en", "Steps: 1. Give 5 mg. 2. Give 10 mg on day 3. Then stop.",
     ["Steps:", "1. Give 5 mg.", "2. Give 10 mg on day 3.", "Then stop."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LIST_CASES)
def test_a_number_after_a_word_is_no_list_label(lang: str, text: str,
                                                expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


ORDINAL_CASES = [
    # after an article or a contraction, a number and its period are an ordinal
    ("Die Behandlung erfolgte im 2. Zyklus mit reduzierter Dosis. Danach wurde sie beendet.",
     ["Die Behandlung erfolgte im 2. Zyklus mit reduzierter Dosis.",
      "Danach wurde sie beendet."]),
    ("Ab dem 3. Behandlungstag wurde die Dosis erhöht.",
     ["Ab dem 3. Behandlungstag wurde die Dosis erhöht."]),
    ("Sie wird jeden 2. Tag und ab der 4. Woche im 1. Trimenon nicht gegeben.",
     ["Sie wird jeden 2. Tag und ab der 4. Woche im 1. Trimenon nicht gegeben."]),
    # no list either: "im 2." is no second item after "1."
    ("1. Die Behandlung erfolgte im 2. Zyklus.", ["1. Die Behandlung erfolgte im 2. Zyklus."]),
    # a number after any other word still ends the sentence before a capital
    ("Danach erhielten 20 Patienten Dosis 2. Danach wurde die Studie beendet.",
     ["Danach erhielten 20 Patienten Dosis 2.", "Danach wurde die Studie beendet."]),
    ("Die Werte stiegen auf 12. Patienten mit Fieber wurden ausgeschlossen.",
     ["Die Werte stiegen auf 12.", "Patienten mit Fieber wurden ausgeschlossen."]),
    # ... and so does a date's day before a starter ("am 3." of a month named before)
    ("Die Sitzung war am 3. Die nächste folgt am 10.",
     ["Die Sitzung war am 3.", "Die nächste folgt am 10."]),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_CASES)
def test_german_ordinals_after_an_article(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "de") == expected


ABBREVIATION_CASES = [
    # German "s." (see) goes on; "S." (page) before a number and as an initial as before
    ("de", "Sie traten v. a. bei Älteren auf (s. Abschnitt 4.8). Fragen Sie Ihren Arzt.",
     ["Sie traten v. a. bei Älteren auf (s. Abschnitt 4.8).", "Fragen Sie Ihren Arzt."]),
    ("de", "Siehe S. 14. Herr S. Weber kam.", ["Siehe S. 14.", "Herr S. Weber kam."]),
    ("de", "Wir trafen Frau S. Dann gingen wir.", ["Wir trafen Frau S.", "Dann gingen wir."]),
    # a hyphenated compound takes the class of its last part (Nr.: before a number)
    ("de", "Zulassungsnummer: Zul.-Nr. 12345.00.00. Pharmazeutischer Unternehmer: Pharma GmbH.",
     ["Zulassungsnummer: Zul.-Nr. 12345.00.00.", "Pharmazeutischer Unternehmer: Pharma GmbH."]),
    ("de", "Bitte melden Sie es der Abt. Pharmakovigilanz. Sie prüft den Fall.",
     ["Bitte melden Sie es der Abt. Pharmakovigilanz.", "Sie prüft den Fall."]),
    ("de", "Die Dosis beträgt bei älteren Pat. 2,5 mg. Alle Pat. erhielten das Präparat.",
     ["Die Dosis beträgt bei älteren Pat. 2,5 mg.", "Alle Pat. erhielten das Präparat."]),
    # "ggü." (gegenüber) goes on before the capitalised noun it governs; "Abschn." and
    # "Anh." before a number or a roman numeral; "tgl."/"tägl." end before a capital
    ("de", "Primäres Ziel ist die Überlegenheit ggü. Placebo nach 12 Wochen. Sie ist belegt.",
     ["Primäres Ziel ist die Überlegenheit ggü. Placebo nach 12 Wochen.", "Sie ist belegt."]),
    ("de", "Siehe Abschn. 4.8 und Anh. II. Es gilt.",
     ["Siehe Abschn. 4.8 und Anh. II.", "Es gilt."]),
    ("de", "Nehmen Sie tgl. 2 Tabletten ein. Dosierung: 1 Tbl. tägl. Bei Kindern die Hälfte.",
     ["Nehmen Sie tgl. 2 Tabletten ein.", "Dosierung: 1 Tbl. tägl.",
      "Bei Kindern die Hälfte."]),
    # German capitalises nouns: "i.v." ends only before a starter
    ("de", "Die Gabe erfolgt i.v. Danach wird der Patient überwacht.",
     ["Die Gabe erfolgt i.v.", "Danach wird der Patient überwacht."]),
    ("de", "Nach i.v. Gabe wird der Patient überwacht.",
     ["Nach i.v. Gabe wird der Patient überwacht."]),
    # English and French do not: a route or a frequency ends before a capital
    ("en", "Give 10 mg i.m. or i.v. Monitor the patient for 30 min.",
     ["Give 10 mg i.m. or i.v.", "Monitor the patient for 30 min."]),
    ("en", "Patients received metformin b.i.d. Dosing was adjusted on day 3.",
     ["Patients received metformin b.i.d.", "Dosing was adjusted on day 3."]),
    ("en", "Give it i.v. over 30 minutes.", ["Give it i.v. over 30 minutes."]),
    ("fr", "Il ne doit pas être administré par voie s.c.\nTitulaire : Laboratoires Vendôme S.A.",
     ["Il ne doit pas être administré par voie s.c.", "Titulaire : Laboratoires Vendôme S.A."]),
    # an Italian colon after a label of one or two words opening the sentence goes on
    ("it", "Sede legale: Via Roma n. 12, 20100 Milano.",
     ["Sede legale: Via Roma n. 12, 20100 Milano."]),
    ("it", "La situazione è chiara: Nelle ultime settimane è cambiato tutto.",
     ["La situazione è chiara:", "Nelle ultime settimane è cambiato tutto."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ABBREVIATION_CASES)
def test_abbreviations_of_medicinal_product_texts(lang: str, text: str,
                                                  expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
