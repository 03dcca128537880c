"""Persian: its profile (right to left), its numbers.tsv and the letters and endings of
its forms.txt."""

from __future__ import annotations

import pytest

from aligner.check.dates import named_months
from aligner.check.lemmas import Forms, parse_forms, word_endings
from aligner.check.number_table import number_words
from aligner.lang import get_profile, languages, table


def test_fa_profile() -> None:
    profile = get_profile("fa-IR")
    assert profile.code == "fa" and profile.right_to_left and not profile.decimal_comma
    assert "fa" in languages() and "fa" not in table()  # moved from languages.tsv


def test_fa_magnitudes_and_months() -> None:
    words = number_words("fa")
    assert words.magnitudes["میلیون"] == 6 and words.magnitudes["میلیارد"] == 9
    assert len(words.months) == 12
    assert named_months("۱۲ مارس و ۱ آوریل", words.months) == {"3", "4"}


def test_fa_arabic_letters_are_folded_as_the_persian_ones() -> None:
    fold = word_endings("fa").fold
    assert fold("آشاميدني يك") == fold("آشامیدنی یک") == "اشامیدنی یک"  # (madda: a mark)
    assert fold("مصطفى") == "مصطفی"  # alef maksura
    assert fold("خانۀ") == fold("خانهٔ") == "خانه"  # heh with yeh (or hamza) above
    assert Forms("fa").text_forms("آشاميدني") == Forms("fa").term_forms("آشامیدنی")


def test_a_letters_line_is_two_letters() -> None:
    assert parse_forms("[letters]\nي\tی\n", name="x").letters == (("ي", "ی"),)


@pytest.mark.parametrize("line", ["ي", "ي\tی\tx", "يي\tی", "ی\tی", "1\tی"])
def test_a_letters_line_of_anything_else_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[letters\]"):
        parse_forms("[letters]\n" + line + "\n", name="x")


def test_fa_text_words_shed_the_plural_and_the_ezafe() -> None:
    forms = Forms("fa")
    assert "روستا" in forms.text_forms("روستاها") and "روستا" in forms.text_forms("روستای")
    assert "کمیته" in forms.text_forms("کمیتههای")  # (the tokenizer drops a non-joiner)
    assert "بار" not in forms.text_forms("باران")  # -ان is not cut
    assert forms.term_forms("روستا") == ("روستا",)  # a term is written bare
