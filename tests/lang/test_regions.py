"""Languages named in words with a region or script (``English (UK)``), and the table
of region names: cases written by hand."""

from __future__ import annotations

import pytest

from aligner.lang.regions import named_language, region_names
from aligner.lang.tags import canonical_tag, is_valid_tag


@pytest.mark.parametrize(("text", "tag"), [
    ("English (UK)", "en-GB"),
    ("Spanish (Mexico)", "es-MX"),
    ("Português (Brasil)", "pt-BR"),
    ("Deutsch (Schweiz)", "de-CH"),
    ("English (United Kingdom)", "en-GB"),
    ("English (GB)", "en-GB"),
    ("en (GB)", "en-GB"),
    ("EN ( gb )", "en-GB"),
    ("français (Canada)", "fr-CA"),
    ("Spanish (Latin America)", "es-419"),
    ("Spanish (419)", "es-419"),
    ("Spanish (LATAM)", "es-419"),  # the trade's name of Latin America
    ("Español (LatAm)", "es-419"),
    ("Chinese (Simplified)", "zh-Hans"),
    ("Chinese (Traditional, Taiwan)", "zh-Hant-TW"),
    ("Serbian (Latin, Serbia)", "sr-Latn-RS"),
    ("Japanese (日本)", "ja-JP"),
    ("español", "es"),
    ("English", "en"),
])
def test_a_language_named_with_its_region(text: str, tag: str) -> None:
    named = named_language(text)
    assert named is not None and named.tag == tag


@pytest.mark.parametrize(("text", "unknown"), [
    ("English (Narnia)", "Narnia"),
    ("English (UK, US)", "US"),  # two regions
    ("English ()", "()"),
])
def test_brackets_naming_no_region_are_said(text: str, unknown: str) -> None:
    named = named_language(text)
    assert named is not None and named.tag is None and named.unknown == unknown


@pytest.mark.parametrize("text", ["en-GB", "es", "Spanich (Mexico)", "hello (world)", ""])
def test_what_names_no_language_in_words(text: str) -> None:
    """A code is no name (the header reads it as a code); a near miss names nothing."""
    assert named_language(text) is None


def test_every_region_name_gives_a_valid_tag() -> None:
    names = region_names()
    assert len(names) > 100
    for subtag in set(names.values()):
        assert is_valid_tag(f"en-{subtag}")
        assert canonical_tag(f"en-{subtag}") == f"en-{subtag}"
