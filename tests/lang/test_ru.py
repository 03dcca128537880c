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
    # a unit letter after a year or a century closes the sentence before a capital
    ("Он родился в 1950 г. Его отец был врачом.",
     ["Он родился в 1950 г.", "Его отец был врачом."]),
    ("Это было в XX в. Потом всё изменилось.", ["Это было в XX в.", "Потом всё изменилось."]),
    ("Он живёт в г. Москва.", ["Он живёт в г. Москва."]),  # г. before a city: no number
    # a word of one letter, or a quotation, opens the next sentence too
    ("Он родился в 1950 г. С тех пор прошло много лет.",
     ["Он родился в 1950 г.", "С тех пор прошло много лет."]),
    ("Он родился в 1950 г. «Правда» писала об этом.",
     ["Он родился в 1950 г.", "«Правда» писала об этом."]),
    ("В 1950 г. В. Петров жил там.", ["В 1950 г. В. Петров жил там."]),  # an initial
    # a sentence opened by its date goes on: "В 1950 г." alone is no sentence
    ("В 1950 г. «Правда» писала об этом.", ["В 1950 г. «Правда» писала об этом."]),
    ("5 апреля 2025 г. Государственная дума приняла закон. Он вступит в силу.",
     ["5 апреля 2025 г. Государственная дума приняла закон.", "Он вступит в силу."]),
    # an abbreviated month before its year; at a sentence's end before a capital
    ("Сделка закрыта 1 окт. 2026 г. Сумма составила 1,2 трлн руб.",
     ["Сделка закрыта 1 окт. 2026 г.", "Сумма составила 1,2 трлн руб."]),
    ("Закон вступит в силу в янв. Его подписал В. В. Путин.",
     ["Закон вступит в силу в янв.", "Его подписал В. В. Путин."]),
    ("Ставка снижена на 3,5 п. п. Рынок отреагировал. Резервы: 620 млрд долл. Это рекорд.",
     ["Ставка снижена на 3,5 п. п.", "Рынок отреагировал.", "Резервы: 620 млрд долл.",
      "Это рекорд."]),
    ("5 апреля 2025 г.\nУважаемый Иван Петрович!",  # a date on a line of its own
     ["5 апреля 2025 г.", "Уважаемый Иван Петрович!"]),
    ("С 1 января 2025 г. Минфин меняет правила.", ["С 1 января 2025 г. Минфин меняет правила."]),
    ("В марте 2025 г. Росстат опубликовал данные.",
     ["В марте 2025 г. Росстат опубликовал данные."]),
    ("В XX в. Россия пережила две войны.", ["В XX в. Россия пережила две войны."]),
    ("Закон вступил в силу 1 января 2025 г. Минфин доволен.",
     ["Закон вступил в силу 1 января 2025 г.", "Минфин доволен."]),
    ("Прием 5 г. Сахар не нужен.", ["Прием 5 г.", "Сахар не нужен."]),  # no date word
    # a unit after a magnitude goes on; a sentence's end after one does not
    ("Импорт составил 850 тыс. Гкал за месяц.", ["Импорт составил 850 тыс. Гкал за месяц."]),
    ("Выработка 5 млрд. МВт·ч за год.", ["Выработка 5 млрд. МВт·ч за год."]),
    ("Импорт составил 850 тыс. Компания довольна.",
     ["Импорт составил 850 тыс.", "Компания довольна."]),
    ("Выручка составила 5 млн. Компания довольна.",
     ["Выручка составила 5 млн.", "Компания довольна."]),
    ("Выручка составила 5 млн. руб. за год.", ["Выручка составила 5 млн. руб. за год."]),
    # square and cubic metres end a sentence before a capital, go on before lower case
    ("Объем составил 18 600 млн куб. м. Поставки выросли.",
     ["Объем составил 18 600 млн куб. м.", "Поставки выросли."]),
    ("Площадь 50 кв. м. в центре. Квартира продана.",
     ["Площадь 50 кв. м. в центре.", "Квартира продана."]),
    ("Площадь 50 кв. м в центре. Квартира продана.",
     ["Площадь 50 кв. м в центре.", "Квартира продана."]),
    # an agency dateline stays in the lead sentence, as English keeps "KYIV, March 12 ..."
    ("МОСКВА, 5 апреля (ТАСС) – Госдума приняла закон. Он вступит в силу.",
     ["МОСКВА, 5 апреля (ТАСС) – Госдума приняла закон.", "Он вступит в силу."]),
])
def test_ru_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "ru") == sentences


@pytest.mark.parametrize(("source", "src_lang", "target", "flagged"), [
    ("It costs 2.3 million dollars.", "en", "Это стоит 2,3 млн долларов.", False),
    ("It costs 25,000 dollars.", "en", "Это стоит 25 тыс. долларов.", False),
    ("It costs 2.4 million dollars.", "en", "Это стоит 2,3 млн долларов.", True),
    ("2021年3月3日", "zh", "3 марта 2021 года", False),
    ("2021年5月3日", "zh", "3 мая 2021 года", False),
    ("2021年4月3日", "zh", "3 марта 2021 года", True),
])
def test_ru_numbers(source: str, src_lang: str, target: str, flagged: bool) -> None:
    from aligner.check import Unit, run_checks

    found = run_checks([Unit(source, target)], glossary=None, src_lang=src_lang,
                       tgt_lang="ru").findings
    assert any(f.code == "number-mismatch" for f in found) is flagged, found
