"""Arabic: its profile (right to left), its number data and its forms.txt (prefixes, the
article, endings, broken plurals)."""

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


def test_ar_text_words_shed_their_prefixes_term_words_the_article_only() -> None:
    forms = Forms("ar")
    assert "منصة" in forms.text_forms("والمنصة")
    assert "منصة" in forms.text_forms("للمنصة")
    assert forms.term_forms("المنصة") == ("المنصة", "منصة")
    assert forms.term_forms("والي") == ("والي",)  # a term word keeps its و
    assert "لد" not in forms.text_forms("بلد")  # three letters are left at least
    # the article is written with a plain alef: ألبان (dairy) is no ال + بان
    assert forms.term_forms("ألبان") == ("البان",)


# Written for this test from Arabic grammar (s37 walk 2, item 2).
def test_ar_sound_plurals_duals_and_the_feminine_meet_their_singular() -> None:
    forms = Forms("ar")
    def meet(text: str, term: str) -> bool:
        return bool(set(forms.text_forms(text)) & set(forms.term_forms(term)))
    assert meet("للنازحين", "النازحون") and meet("النازحين", "نازحون")  # case endings
    assert meet("بالمهجرين", "المهجرون") and meet("مهجرون", "المهجرين")
    assert meet("الموظفان", "موظف") and meet("الموظفين", "موظف")  # the dual
    assert meet("مساعدات", "المساعدة") and meet("منطقتين", "منطقة")  # ة is ت
    assert meet("أسرته", "أسرة") and meet("منطقتنا", "المنطقة")  # before a pronoun
    assert meet("مساعداتهم", "مساعدة")
    # four letters are left of a plain ending: other words that end alike
    assert not meet("زيتون", "زيت") and not meet("لبنان", "لبن")
    assert not meet("تمرين", "تمر") and not meet("دوران", "دور")
    # a plain -ات is no ending: aid is no assistant, libraries no office
    assert not meet("مساعدات", "مساعد") and not meet("مكتبات", "مكتب")


# Written for this test from Arabic grammar (s37 walk 2, item 2): [forms].
def test_ar_broken_plurals_meet_their_singular() -> None:
    forms = Forms("ar")
    def meet(text: str, term: str) -> bool:
        return bool(set(forms.text_forms(text)) & set(forms.term_forms(term)))
    assert meet("الأسر", "أسرة") and meet("آبار", "بئر") and meet("للأطفال", "طفل")
    assert meet("المخيمات", "مخيم") and meet("المجتمعات", "المجتمع")
    assert not meet("الأسر", "أسير") and not meet("آبار", "بار")
