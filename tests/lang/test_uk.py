"""Ukrainian: its profile (the decimal comma), its segmentation rules and its number data."""

from __future__ import annotations

import importlib

import pytest

from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table
from aligner.segment import split_sentences
from aligner.segment.rules import AbbrevClass, data_languages, rules_for


def test_uk_profile() -> None:
    profile = importlib.import_module("aligner.lang.uk").PROFILE
    assert get_profile("uk-UA") is profile and profile.code == "uk"
    assert profile.decimal_comma
    assert not (profile.right_to_left or profile.inverted_marks or profile.lemma_lookup)
    assert "uk" in languages() and "uk" not in table()
    assert "uk" in data_languages()


def test_uk_rules() -> None:
    rules = rules_for("uk")
    assert rules.classify("вул.") is AbbrevClass.TITLE
    assert rules.classify("буд.") is AbbrevClass.NUMBER
    assert rules.classify("м.") is None and rules.classify("р.") is None  # see segment.txt
    assert rules.classify("тис.") is AbbrevClass.FINAL
    assert rules.classify("млрд.") is AbbrevClass.FINAL
    assert "березня" in rules.date_words and "мвт" in rules.units


# Written for this test (a news agency's copy: its leads, amounts and units).
@pytest.mark.parametrize(("text", "sentences"), [
    # a year that closes a date opening the sentence goes on: the date is no sentence
    ("12 березня 2025 р. Верховна Рада ухвалила закон. Він набуде чинності.",
     ["12 березня 2025 р. Верховна Рада ухвалила закон.", "Він набуде чинності."]),
    ("У 2024 р. Україна експортувала 40 млн т зерна.",
     ["У 2024 р. Україна експортувала 40 млн т зерна."]),
    ("Станом на 1 січня 2025 р. Нацбанк мав резерви.",
     ["Станом на 1 січня 2025 р. Нацбанк мав резерви."]),
    ("Наприкінці 2024 р. Кабінет Міністрів ухвалив постанову.",
     ["Наприкінці 2024 р. Кабінет Міністрів ухвалив постанову."]),
    # a date on a line of its own stands alone (a letter's date, then its salutation)
    ("12 березня 2025 р.\nШановний пане Іваненко!",
     ["12 березня 2025 р.", "Шановний пане Іваненко!"]),
    # after a clause the year ends the sentence
    ("Закон набув чинності 1 січня 2025 р. Кабінет Міністрів ухвалив постанову.",
     ["Закон набув чинності 1 січня 2025 р.", "Кабінет Міністрів ухвалив постанову."]),
    ("Він народився у 1950 р. Його батько був лікарем.",
     ["Він народився у 1950 р.", "Його батько був лікарем."]),
    ("Зустріч відбулася у м. Київ. Депутати обговорили ст. 15 Конституції.",
     ["Зустріч відбулася у м. Київ.", "Депутати обговорили ст. 15 Конституції."]),
    # a capitalised unit after тис./млн./млрд. goes on; a capitalised word ends
    ("Імпорт досяг 850 тис. МВт·год. Ціна – 5,6 тис. грн.",
     ["Імпорт досяг 850 тис. МВт·год.", "Ціна – 5,6 тис. грн."]),
    ("Виробництво 12 млрд. ГВт·год за рік.", ["Виробництво 12 млрд. ГВт·год за рік."]),
    ("Імпорт досяг 850 тис. Компанія задоволена.",
     ["Імпорт досяг 850 тис.", "Компанія задоволена."]),
    ("Обсяг становив 18 млрд куб. м. Поставки зросли.",
     ["Обсяг становив 18 млрд куб. м.", "Поставки зросли."]),
    ("Площа становить 50 кв. м в центрі міста.", ["Площа становить 50 кв. м в центрі міста."]),
    # an agency dateline stays in the lead sentence, as English keeps "KYIV, March 12 ..."
    ("КИЇВ, 12 березня (Укрінформ) – Кабінет Міністрів ухвалив рішення. Воно набуде чинності.",
     ["КИЇВ, 12 березня (Укрінформ) – Кабінет Міністрів ухвалив рішення.",
      "Воно набуде чинності."]),
])
def test_uk_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "uk") == sentences


def test_uk_number_words() -> None:
    table = number_words("uk")
    assert table.magnitudes["тис"] == 3 and table.magnitudes["млн"] == 6
    assert table.months[9] == ("вересень", "вересня")
    assert table.months[2] == ("лютии", "лютого")  # й read as и, as in the text
