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
