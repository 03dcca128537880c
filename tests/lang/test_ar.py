"""Arabic: its profile (right to left), its number data and the prefixes of its forms.txt."""

from __future__ import annotations

import importlib

from aligner.check.lemmas import Forms
from aligner.check.numbers import number_words
from aligner.lang import get_profile, languages, table


def test_ar_profile() -> None:
    profile = importlib.import_module("aligner.lang.ar").PROFILE
    assert get_profile("ar-EG") is profile and profile.code == "ar"
    assert get_profile("ar-SA") is profile
    assert profile.right_to_left
    assert not (profile.decimal_comma or profile.inverted_marks or profile.lemma_lookup)
    assert "ar" in languages() and "ar" not in table()  # moved from languages.tsv


def test_ar_number_words() -> None:
    table = number_words("ar")
    assert table.magnitudes["مليون"] == 6 and table.magnitudes["مليار"] == 9
    assert "سبتمبر" in table.months[9] and "ايلول" in table.months[9]
    assert not table.words and not table.han


def test_ar_text_words_shed_their_prefixes_term_words_do_not() -> None:
    forms = Forms("ar")
    assert "منصة" in forms.text_forms("والمنصة")
    assert "منصة" in forms.text_forms("للمنصة")
    assert forms.term_forms("المنصة") == ("المنصة",)
    assert "لد" not in forms.text_forms("بلد")  # three letters are left at least
