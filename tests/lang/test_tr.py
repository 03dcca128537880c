"""Turkish: the profile, its segmentation rules, its word forms."""

from __future__ import annotations

import pytest

from aligner.check.lemmas import Forms
from aligner.lang import get_profile
from aligner.segment import split_sentences


def test_tr_profile() -> None:
    profile = get_profile("tr-TR")
    assert profile.code == "tr" and profile.decimal_comma
    assert profile.data_text("forms.txt") and profile.data_text("segment.txt")


# Written for this test.
@pytest.mark.parametrize(("text", "sentences"), [
    ("Örn. Ahmet Bey geldi. Sonra gitti.", ["Örn. Ahmet Bey geldi.", "Sonra gitti."]),
    ("Prof. Dr. Ayşe Kaya konuştu. Salon doluydu.",
     ["Prof. Dr. Ayşe Kaya konuştu.", "Salon doluydu."]),
    ("Dükkân Atatürk Cad. No. 5 adresinde. Pazar günü kapalı.",
     ["Dükkân Atatürk Cad. No. 5 adresinde.", "Pazar günü kapalı."]),
    ("Kitaplar, dergiler vb. Hepsi satıldı.", ["Kitaplar, dergiler vb.", "Hepsi satıldı."]),
    ("Ayrıntılar için bkz. Ek 3. Rapor uzun.", ["Ayrıntılar için bkz. Ek 3.", "Rapor uzun."]),
])
def test_tr_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "tr") == sentences


@pytest.mark.parametrize(("text_word", "term_word", "same"), [
    ("ödülü", "ödül", True),  # accusative
    ("romanı", "roman", True),
    ("çevirmenler", "çevirmen", True),  # plural
    ("çevirmenlerin", "çevirmen", True),  # plural, then genitive
    ("yayınevinde", "yayınevi", True),  # possessive, then locative
    ("istanbul'da", "istanbul", True),  # a name's suffix after the apostrophe
    ("ab'de", "ab", True),
    ("ılık", "ılık", True),
    ("romantik", "roman", False),  # no suffix of the list: another word
    ("kitabı", "kitap", False),  # a softened consonant is not reached (documented)
])
def test_tr_word_forms(text_word: str, term_word: str, same: bool) -> None:
    forms = Forms("tr")
    assert bool(set(forms.text_forms(text_word)) & set(forms.term_forms(term_word))) is same
