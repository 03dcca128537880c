"""Arabic: its profile (right to left), its number data and its forms.txt (prefixes, the
article, endings, broken plurals)."""

from __future__ import annotations

import importlib

import pytest

from aligner.check import Unit, run_checks
from aligner.check.lemmas import Forms
from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def _numbers(source: str, target: str) -> list[str]:
    result = run_checks([Unit(source, target)], glossary=None, src_lang="en", tgt_lang="ar")
    return [f.message for f in result.findings if f.code == "number-mismatch"]


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
    assert table.words[6] == ("ست", "ستة", "سادس", "سادسة", "السادس", "السادسة")
    assert table.words[1000] == ("الف", "الاف", "الالف") and not table.han
    assert table.words[2000] == ("الفان", "الفين", "الفي")  # the dual
    assert table.lists["joiner_prefix"] == ("و",) and table.lists["half"] == ("نصف",)
    assert table.currencies["يورو"] == "EUR"
    assert table.lists["month_join"] == ("/",)


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


@pytest.mark.parametrize("target", [
    # written for this test: a month's Levantine and Egyptian names joined by a slash,
    # as the UN writes a date, spaced or not, are the month once
    "انتهى المسح في ١٤ آذار/مارس ٢٠٢٥.",
    "انتهى المسح في ١٤ آذار / مارس ٢٠٢٥.",
    "انتهى المسح في ١٤ مارس ٢٠٢٥.",
])
def test_ar_double_month_names_are_one_month(target: str) -> None:
    assert _numbers("The survey ended on 14 March 2025.", target) == []


def test_ar_double_month_names_a_changed_month_is_still_reported() -> None:
    assert _numbers("The survey ended on 30 March 2025.",
                    "انتهى المسح في ٣٠ نيسان/أبريل ٢٠٢٥.") == [
        "numbers differ: March missing in the target; نيسان not in the source"]
    assert _numbers("Between 3 January 2025 and 14 March 2025.",
                    "بين ٣ كانون الثاني/يناير ٢٠٢٥ و١٤ آذار/مارس ٢٠٢٥.") == []
    # two dates in one month: the month twice on each side
    assert _numbers("Between 3 March 2025 and 14 March 2025.",
                    "أُجري بين ٣ آذار/مارس ٢٠٢٥ و١٤ آذار/مارس ٢٠٢٥.") == []


def test_ar_month_quoted_as_written() -> None:
    # the madda of آذار and the vowel marks elsewhere in the sentence (أُجري) kept
    assert _numbers("It was done on 14 March 2025.", "أُجري في ١٤ آذار ٢٠٢٥ و١٥ آذار ٢٠٢٥.") == [
        "numbers differ: 2025, آذار added in the target (twice in the target, once in the source); "
        "15 not in the source"]


def test_ar_small_numbers_in_words_answer_digits() -> None:
    assert _numbers("Figures from round 6.", "أرقام الجولة السادسة.") == []
    assert _numbers("The team visited 3 camps.", "زار الفريق ثلاثة مخيمات.") == []
    assert _numbers("This is the first report.", "هذا هو التقرير الأول.") == []
    assert _numbers("About 3,000 people arrived.", "وصل نحو ثلاثة آلاف شخص.") == []
    # another number in words answers nothing
    assert _numbers("Figures from round 6.", "أرقام الجولة السابعة.") == [
        "numbers differ: 6 missing in the target"]
    assert _numbers("The team visited 3 camps.", "زار الفريق أربعة مخيمات.") == [
        "numbers differ: 3 missing in the target"]


# Written for this test (s40 Arabic walk, P2 and P2b): the forms an NGO translator
# writes -- a possessive pronoun (the article goes when it comes; ى is ا before it),
# the accusative's alif of the tanween, the tatweel, ي typed for a final ى, the dual
# and plural of a short adjective after its noun, a prefix with the plural of a noun
# of three letters, the hamza's seat before a pronoun -- each with the term it is a
# form of.
@pytest.mark.parametrize(("text", "term"), [
    ("مكتبنا", "المكتب"),
    ("شريكنا", "الشريك"),
    ("لمكتبنا", "مكتب"),
    ("مكتبكم", "المكتب"),
    ("برنامجه", "البرنامج"),
    ("برنامجها", "برنامج"),
    ("برامجهم", "البرنامج"),  # a broken plural of [forms], then the pronoun
    ("مستشفانا", "المستشفى"),
    ("مبناه", "المبنى"),
    ("مستشفياتنا", "مستشفى"),
    ("عمله", "العمل"),  # a noun of three letters
    ("مكتبا", "المكتب"),
    ("مكتباً", "المكتب"),
    ("ميدانياً", "الميداني"),
    ("ومكتبا", "مكتب"),
    ("الـمساعدات", "المساعدات"),
    ("بـالنازحين", "النازحون"),
    ("المستشفي", "المستشفى"),
    ("مستشفي", "المستشفى"),
    ("المستشفى", "المستشفي"),  # the glossary typed so, the text right
    ("للجهات", "الجهة"),
    ("جهات", "الجهة"),
    ("الجهات", "جهة"),
    ("قوتان", "القوة"),
    ("جهاتهم", "الجهة"),
    ("إجرائه", "الإجراء"),
    ("إجراؤه", "إجراء"),
    ("شركاؤهم", "الشريك"),
])
def test_ar_forms_of_running_text_meet_their_term(text: str, term: str) -> None:
    forms = Forms("ar")
    assert set(forms.text_forms(text)) & set(forms.term_forms(term))


# Written for this test (s40 Arabic walk, P2): words whose last letters look like a
# pronoun, the tanween's alif or a plural ending, and other look-alikes, which stay
# other words.
@pytest.mark.parametrize(("text", "term"), [
    ("مالك", "المال"),  # an owner is no money of yours: ك is no particle
    ("أحيانا", "الحي"),  # sometimes is no neighbourhood
    ("أحيانا", "الأحياء"),
    ("وجه", "وج"),  # a face: two letters would be left
    ("درهم", "الدر"),  # a dirham is no pearls of theirs
    ("مساهم", "المساء"),  # a contributor is no evening (the hamza is a letter)
    ("زيتونا", "زيت"),  # olives, accusative, are no oil
    ("لبنانها", "لبن"),
    ("سريان", "سري"),  # entry into force is nothing confidential
    ("مكتبة", "المكتب"),  # a library is no office
    ("مكتبه", "المكتبة"),  # his office is no library: ه is no ة
    ("العياده", "العيادة"),  # ه typed for ة: a misspelling, not folded
    ("وجهات", "الوجه"),  # destinations are no faces
    ("مكتبات", "مكتب"),
    ("مساعدات", "مساعد"),
    ("ميدان", "الميداني"),  # a field is no field's: ي is no particle
    ("سوري", "سوريا"),  # Syrian, in a term Syria: a term's word keeps its alif
    ("شاي", "الشاء"),  # tea: the hamza's seat needs three letters before it
])
def test_ar_look_alikes_stay_other_words(text: str, term: str) -> None:
    forms = Forms("ar")
    assert not set(forms.text_forms(text)) & set(forms.term_forms(term))
