"""Amharic: its profile and the prepositions and endings of its forms.txt."""

from __future__ import annotations

import pytest

from aligner.check.lemmas import Forms, parse_forms
from aligner.lang import get_profile, languages


def test_am_profile() -> None:
    profile = get_profile("am-ET")
    assert profile.code == "am" and not profile.right_to_left
    assert "am" in languages()


# Written for this test (s27 walk w4, item 11).
@pytest.mark.parametrize(("word", "noun"), [
    ("ከዴንጊ", "ዴንጊ"), ("ዴንጊን", "ዴንጊ"), ("ለዴንጊው", "ዴንጊ"), ("በአጎበር", "አጎበር"),
    ("ጣቢያዎች", "ጣቢያ"), ("ትኩሳትን", "ትኩሳት"), ("ትኩሳቱ", "ትኩሳት"),
    ("ምልክቶች", "ምልክት"), ("ምልክቶቹ", "ምልክት"), ("በምልክቶቹ", "ምልክት"), ("ትንኞች", "ትንኝ"),
])
def test_am_text_words_shed_prepositions_and_endings(word: str, noun: str) -> None:
    forms = Forms("am")
    assert set(forms.text_forms(word)) & set(forms.term_forms(noun))


@pytest.mark.parametrize(("word", "other"), [
    ("ከባድ", "ባድ"),  # (heavy) three syllables are left at least
    ("በሽታ", "ሽታ"),  # (disease, smell)
    ("ትንኟ", "ትንኝ"),  # the feminine article is not reached
])
def test_am_other_words_are_not_reached(word: str, other: str) -> None:
    forms = Forms("am")
    assert not set(forms.text_forms(word)) & set(forms.term_forms(other))


def test_a_word_sheds_a_prefix_and_a_particle_together() -> None:
    forms = parse_forms("[base]\n2\n[particles]\nው\n[prefixes]\nለ\n", name="x")
    assert forms.unglued("ለዴንጊው") == ["ለዴንጊ", "ዴንጊው", "ዴንጊ"]
