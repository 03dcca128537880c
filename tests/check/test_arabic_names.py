"""name-mismatch across Arabic and Latin letters (check/arabic_names.py), after the Arabic
NGO translator's walk (a staff name swapped, Khoury -> حداد).  Every sentence and
expectation written by hand for this test."""

from __future__ import annotations

import unicodedata

import pytest
from check_helpers import findings

from aligner.lang import ARABIC_LATIN_DATA, generic_data

CODE = "name-mismatch"


def messages(source: str, target: str, src_lang: str, tgt_lang: str) -> list[str]:
    return [f.message for f in findings([(source, target)], code=CODE, src_lang=src_lang,
                                        tgt_lang=tgt_lang)]


# One name in two scripts.  Each stands after a title on both sides, where a name of
# one side that the other lacks would be reported (see the swaps below).
SAME = [
    ("Rami Khoury", "رامي خوري"), ("Fatima Al-Hassan", "فاطمة الحسن"), ("Mohammed", "محمد"),
    ("Omar Haddad", "عمر حداد"), ("Layla", "ليلى"), ("Youssef", "يوسف"), ("Nour", "نور"),
    ("Ahmed", "أحمد"), ("Abdullah", "عبد الله"), ("Hussein", "حسين"),
    ("Leila Mansour", "ليلى منصور"), ("Samir Khoury", "سمير الخوري"),
    ("Ibrahim", "إبراهيم"), ("Aisha", "عائشة"), ("Abdel-Rahman", "عبد الرحمن"),
    # English names written in Arabic as they sound (ch تش, the a of Baker ي, th ث)
    ("John Baker", "جون بيكر"), ("Richard Smith", "ريتشارد سميث"),
    ("Catherine", "كاثرين"), ("Christopher", "كريستوفر"), ("Alexander", "ألكسندر"),
]


@pytest.mark.parametrize(("latin", "arabic"), SAME)
def test_one_name_in_two_scripts_is_no_finding(latin: str, arabic: str) -> None:
    source, target = f"Dr. {latin} spoke first.", f"وتحدث الدكتور {arabic} أولا."
    assert messages(source, target, "en", "ar") == []
    assert messages(target, source, "ar", "en") == []


# Written for this test: a name of a staff member changed in the translation.
@pytest.mark.parametrize(("source", "target", "missing", "extra"), [
    # a surname after the same first name
    ("Yesterday we met Rami Khoury in Amman.", "التقينا أمس رامي حداد في عمّان.",
     "Khoury", "حداد"),
    ("Dr. Samir Khoury, the head of the health team, warned us.",
     "وحذّر الدكتور سمير حداد، رئيس الفريق الصحي.", "Khoury", "حداد"),
    ("Omar Haddad will lead the new office.", "وسيتولى عمر الخطيب إدارة المكتب الجديد.",
     "Haddad", "الخطيب"),
    # a name after a title on both sides
    ("Dr. Samir Khoury warned us.", "وحذّرنا الدكتور رامي خوري.", "Samir", "رامي"),
    ("Dr. Peter Smith warned us.", "وحذّرنا الدكتور بول سميث.", "Peter", "بول"),
    ("Dr. Samir Khoury warned us.", "وحذّرنا د. رامي خوري.", "Samir", "رامي"),
    # a first name between a title and the same surname
    ("Then Rami Khoury said so.", "ثم قال السيد سامي خوري ذلك.", "Rami", "سامي"),
])
def test_a_name_changed_across_scripts_is_reported(source: str, target: str, missing: str,
                                                   extra: str) -> None:
    assert messages(source, target, "en", "ar") == [
        f"names differ: {missing} missing in the target; {extra} not in the source"]
    assert messages(target, source, "ar", "en") == [
        f"names differ: {extra} missing in the target; {missing} not in the source"]


def test_the_finding_points_at_both_names() -> None:
    source, target = "Dr. Samir Khoury warned us.", "وحذّر الدكتور سمير حداد."
    [got] = findings([(source, target)], code=CODE, src_lang="en", tgt_lang="ar")
    assert source[slice(*got.src_span)] == "Khoury"
    assert target[slice(*got.tgt_span)] == "حداد"
    assert (got.expected, got.found) == (("Khoury",), "حداد")


# Written for this test: no place that makes the Arabic word a name, so no finding.
@pytest.mark.parametrize(("source", "target"), [
    # a name changed alone, nothing to tie it (limit)
    ("Then Khoury said so.", "ثم قال حداد ذلك."),
    # a first name changed before the same surname, no title: the word before a name
    # may be any word (limit)
    ("Then Rami Khoury said so.", "ثم قال سامي خوري ذلك."),
    # a word of an organisation's name translated, after a name kept
    ("The cash went through our partner, Al-Amal Relief.",
     "ووزعت المساعدات عبر شريكنا الأمل للإغاثة."),
    # names in place, an office and a city around them
    ("Regional Director Leila Mansour said that Fatima Haddad will lead the office in Idlib.",
     "وقالت المديرة الإقليمية ليلى منصور إن فاطمة حداد ستتولى إدارة المكتب في إدلب."),
    ("Our office in Gaziantep coordinated the response.",
     "نسق مكتبنا في غازي عنتاب الاستجابة."),
    # a sentence's end between a first name and the next word
    ("We thanked Samir Khoury.", "وشكرنا سمير. حداد كان غائبا."),
])
def test_no_finding_without_a_name_place(source: str, target: str) -> None:
    assert messages(source, target, "en", "ar") == []
    assert messages(target, source, "ar", "en") == []


def test_names_in_latin_letters_on_both_sides_are_compared_as_before() -> None:
    assert messages("Firmó Ana Gutiérrez Soler.", "Signed by Ana Gutiérrez Pons.",
                    "es", "en") == ["names differ: Soler missing in the target; Pons not "
                                    "in the source"]


def test_the_arabic_table_data_file() -> None:
    text = generic_data(ARABIC_LATIN_DATA)
    assert text is not None
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(row) == 2 for row in rows)
    letters = [arabic for arabic, latin in rows if latin != "title"]
    titles = [arabic for arabic, latin in rows if latin == "title"]
    assert len(letters) == len(set(letters)) and len(titles) == len(set(titles))
    assert all(len(letter) == 1 and "ARABIC LETTER" in unicodedata.name(letter)
               for letter in letters)
    assert all(all("ARABIC LETTER" in unicodedata.name(ch) for ch in title)
               for title in titles)
    assert all(s == "-" or (s.isascii() and s.isalpha() and s.islower())
               for arabic, latin in rows if latin != "title" for s in latin.split())
    # every letter of the Arabic alphabet, the hamza's seats, ة and ى
    assert set("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى") <= set(letters)
