"""Cyrillic names beside their romanisations (check/romanised.py)."""

from __future__ import annotations

import pytest

from aligner.check.name_words import fold
from aligner.check.romanised import alike, same_name, skeleton


# Written for this test: a Cyrillic name and how the press, BGN/PCGN, ISO 9 and German
# texts write it -- one skeleton.
@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Дмитрий", "Dmitry"), ("Дмитрий", "Dmitriy"), ("Дмитрий", "Dmitrij"),
    ("Дмитрий", "Dmitri"), ("Евгений", "Yevgeny"), ("Евгений", "Evgenii"),
    ("Евгений", "Jewgeni"), ("Юрий", "Yury"), ("Юрий", "Iurii"), ("Юрий", "Jurij"),
    ("Алексей", "Alexei"), ("Алексей", "Aleksey"), ("Сергей", "Sergej"),
    ("Николай", "Nikolay"), ("Михаил", "Mikhail"), ("Фёдор", "Fyodor"),
    ("Пётр", "Pyotr"), ("Юлия", "Yuliya"), ("Юлия", "Julia"), ("Юлия", "Iuliia"),
    ("Наталья", "Natalia"), ("Хуснуллин", "Khusnullin"), ("Хуснуллин", "Husnullin"),
    ("Набиуллина", "Nabiulina"), ("Ельцин", "Yeltsin"),
    ("Соловьёв", "Solovyov"), ("Щукин", "Shchukin"), ("Чайковский", "Tchaikovsky"),
    ("Зеленский", "Zelensky"), ("Яровая", "Yarovaya"), ("Вячеслав", "Vyacheslav"),
    # Ukrainian: г is h, и is y, і i
    ("Григорій", "Hryhoriy"), ("Володимир", "Volodymyr"), ("Зеленський", "Zelenskyy"),
])
def test_one_skeleton(cyrillic: str, latin: str) -> None:
    assert skeleton(fold(cyrillic)) == skeleton(fold(latin))


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Песков", "Patrushev"), ("Иванов", "Petrov"), ("Силуанов", "Siluyanov"),
    ("Лавров", "Shoigu"),
])
def test_other_skeletons(cyrillic: str, latin: str) -> None:
    assert skeleton(fold(cyrillic)) != skeleton(fold(latin))


# a Russian name declines: one stem, a few letters of ending on either side
@pytest.mark.parametrize(("cyrillic", "latin", "same"), [
    ("Пескова", "Peskov", True), ("Пескову", "Peskov", True), ("Песковым", "Peskov", True),
    ("Набиуллиной", "Nabiullina", True), ("Лавровым", "Lavrov", True),
    ("Иванова", "Ivanov", True),
    ("Петров", "Petrenko", False), ("Песков", "Patrushev", False),
    ("Иванов", "Ivashov", False), ("Ушаков", "Lavrov", False),
])
def test_same_name(cyrillic: str, latin: str, same: bool) -> None:
    assert same_name(skeleton(fold(cyrillic)), skeleton(fold(latin))) is same


@pytest.mark.parametrize(("cyrillic", "latin", "least", "most"), [
    ("Салливаном", "Sullivan", 0.8, 1.0), ("Пескову", "Peskov", 1.0, 1.0),
    ("Песковым", "Patrushev", 0.0, 0.6), ("Ельцин", "Jelzin", 0.8, 0.9),
])
def test_alike(cyrillic: str, latin: str, least: float, most: float) -> None:
    assert least <= alike(skeleton(fold(cyrillic)), skeleton(fold(latin))) <= most
