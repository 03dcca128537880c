"""Greek: its profile (the decimal comma) and ``;`` as its question mark."""

from __future__ import annotations

import importlib

from aligner.lang import get_profile, languages, table
from aligner.segment import split_sentences
from aligner.segment.rules import data_languages, rules_for


def test_el_profile() -> None:
    profile = importlib.import_module("aligner.lang.el").PROFILE
    assert get_profile("el-GR") is profile and profile.code == "el"
    assert profile.decimal_comma
    assert not (profile.inverted_marks or profile.right_to_left or profile.lemma_lookup)
    assert profile.join_sentences(["Ναι.", "Όχι."]) == "Ναι. Όχι."
    assert "el" in languages() and "el" not in table()


def test_el_rules_are_its_question_marks_and_abbreviations() -> None:
    rules = rules_for("el")
    assert "el" in data_languages()
    assert rules.question_marks == {";", "\u037e"}
    assert str(rules.classify("Δρ.")) == "AbbrevClass.TITLE"
    assert str(rules.classify("π.χ.")) == "AbbrevClass.INNER"
    assert rules.classify("Dr.") == rules_for("xx").classify("Dr.")  # the generic underneath


def test_el_titles() -> None:
    assert split_sentences("Η Δρ. Ελένη Παππά μίλησε. Ο κ. Παπαδόπουλος ήρθε.", "el") == [
        "Η Δρ. Ελένη Παππά μίλησε.", "Ο κ. Παπαδόπουλος ήρθε."]


def test_no_other_language_has_question_marks() -> None:
    assert all(not rules_for(code).question_marks for code in data_languages() if code != "el")
    assert not rules_for("xx").question_marks


def test_el_paragraph() -> None:
    # Written for this test.
    text = (
        "Πού είναι ο σταθμός; Είναι δίπλα στην πλατεία, δεν είναι μακριά. "
        "Πόσο κάνει το εισιτήριο\u037e Κοστίζει 1,20 ευρώ· όχι πολύ."
    )
    assert split_sentences(text, "el") == [
        "Πού είναι ο σταθμός;",
        "Είναι δίπλα στην πλατεία, δεν είναι μακριά.",
        "Πόσο κάνει το εισιτήριο\u037e",
        "Κοστίζει 1,20 ευρώ· όχι πολύ.",
    ]
