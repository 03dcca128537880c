"""The name words of a text, as name-mismatch reads them (aligner.check.name_words)."""

from __future__ import annotations

from aligner.check.name_words import fold, read_side


def _keys(text: str, lang: str) -> list[str]:
    return [n.key for n in read_side(text, lang).names]


def test_latin_and_cyrillic_names_folded() -> None:
    assert fold("Пётр") == "petr"
    assert fold("Hübner") == "hubner"
    assert _keys("We met Dr. Ana Ruiz and NASA.", "en") == ["ana", "ruiz"]


def test_german_nouns_are_names_only_where_marked() -> None:
    text = "Die Gesellschaft wird durch Herrn Dr. Schmidt und die Müller Anlagenbau GmbH vertreten."
    side = read_side(text, "de")
    assert [n.key for n in side.names] == ["schmidt", "muller", "anlagenbau"]
    assert [n.before for n in side.names] == ["dr", "", "muller"]


def test_a_german_title_after_an_article_marks_no_name() -> None:
    """jede Frau, meine Frau: the noun (a woman, a wife), so the word after it is no name
    word unless it is a first name (fix-sf1)."""
    assert _keys("Nach dem Gesetz hat jede Frau Anspruch auf Mutterschutz.", "de") == []
    assert _keys("Er sagte, meine Frau Anna sei da.", "de") == ["anna"]
    assert _keys("Sehr geehrte Frau Weber, jede Frau Anspruch.", "de") == ["weber"]
