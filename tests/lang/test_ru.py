"""Russian: its profile (the decimal comma) and its segmentation rules."""

from __future__ import annotations

import importlib

import pytest

from aligner.lang import get_profile, languages, table
from aligner.segment import split_sentences
from aligner.segment.rules import data_languages


def test_ru_profile() -> None:
    profile = importlib.import_module("aligner.lang.ru").PROFILE
    assert get_profile("ru-RU") is profile and profile.code == "ru"
    assert profile.decimal_comma and "ru" in languages() and "ru" not in table()
    assert "ru" in data_languages()


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("Лекцию прочитал проф. Иван Петров. Потом был перерыв.",
     ["Лекцию прочитал проф. Иван Петров.", "Потом был перерыв."]),
    ("Он живёт на ул. Ленина, д. 5. Это близко.",
     ["Он живёт на ул. Ленина, д. 5.", "Это близко."]),
    ("Мы купили хлеб, молоко и т. д. Потом ушли домой.",
     ["Мы купили хлеб, молоко и т. д.", "Потом ушли домой."]),
    ("Это, т. е. главное, важно. См. рис. 3.", ["Это, т. е. главное, важно.", "См. рис. 3."]),
])
def test_ru_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "ru") == sentences
