"""The per-language rule files are well formed."""

from __future__ import annotations

import pytest

from aligner.errors import ConfigError
from aligner.segment.rules import (
    GENERIC,
    SECTIONS,
    WORD_LISTS,
    AbbrevClass,
    data_languages,
    data_text,
    parse_data,
    rules_for,
)

FILES = [*data_languages(), GENERIC]


def _read(name: str) -> str:
    text = data_text(name)
    assert text is not None
    return text


def test_the_languages_we_ship() -> None:
    assert {"en", "es", "de", "fr", "it", "nl", "pt"} <= set(data_languages())


@pytest.mark.parametrize("name", FILES)
def test_file_format(name: str) -> None:
    text = _read(name)
    assert text.startswith("#"), "a data file starts with a comment saying what it is"
    sections = parse_data(text, name=name)
    assert set(sections) <= SECTIONS
    seen: dict[str, str] = {}
    for section, entries in sections.items():
        assert entries == sorted(entries, key=lambda e: (e.casefold(), e)), f"[{section}] unsorted"
        for entry in entries:
            # an abbreviation has one class; word lists are namespaces of their own
            key = entry.casefold() if section not in WORD_LISTS else f"{section}:{entry}"
            assert key not in seen, f"{entry!r} in [{section}] and [{seen[key]}]"
            seen[key] = section
            assert entry == entry.strip() and "\t" not in entry and "  " not in entry
            if section in WORD_LISTS:
                assert entry == entry.lower() and "." not in entry
            else:
                assert entry.endswith("."), f"abbreviation {entry!r} must end with its period"


@pytest.mark.parametrize(
    ("lang", "word", "cls"),
    [
        ("en", "Mr.", AbbrevClass.TITLE),
        ("en", "pp.", AbbrevClass.NUMBER),
        ("en", "U.S.", AbbrevClass.MULTI),
        ("en", "i.e.", AbbrevClass.INNER),
        ("en", "etc.", AbbrevClass.FINAL),
        ("en", "Jr.", AbbrevClass.FINAL),
        ("es", "Gral.", AbbrevClass.TITLE),
        ("es", "Sra.", AbbrevClass.TITLE),
        ("es", "núm.", AbbrevClass.NUMBER),
        ("es", "etc.", AbbrevClass.FINAL),
        ("es", "NÚM.", AbbrevClass.NUMBER),  # case-insensitive fallback
        ("de", "Dr.", AbbrevClass.TITLE),  # generic rules
        ("es", "casa.", None),
        ("de", "Hauptstr.", AbbrevClass.NUMBER),  # the suffix -str.
        ("de", "Bahnhofstr.", AbbrevClass.NUMBER),
        ("de", "Xstr.", None),  # too short a head for a compound
        ("en", "Hauptstr.", AbbrevClass.NUMBER),  # the generic file has -str. (an address)
        ("en", "str.", None),  # the suffix needs a word before it
        ("de", "Prof.Dr.", AbbrevClass.TITLE),  # titles chained without spaces
        ("en", "Mr.Dr.", AbbrevClass.TITLE),
        ("en", "Dr.Inc.", None),  # Inc. is no title
        ("vi", "PGS.", AbbrevClass.TITLE),
        ("vi", "PGS.TS.", AbbrevClass.TITLE),
        ("vi", "ThS.BS.", AbbrevClass.TITLE),
        ("sw", "n.k.", AbbrevClass.FINAL),
    ],
)
def test_classify(lang: str, word: str, cls: AbbrevClass | None) -> None:
    assert rules_for(lang).classify(word) is cls


def test_korean_ellipsis_ends() -> None:
    assert rules_for("ko").ellipsis_ends == ("까", "다", "요")
    assert rules_for("en").ellipsis_ends == () and rules_for("ja").ellipsis_ends == ()


def test_spaced_abbreviations_are_matched_with_any_spacing() -> None:
    rules = rules_for("es")
    assert rules.spaced_re is not None
    assert rules.spaced_re.search("los EE.\u00a0UU. y") is not None
    assert rules.spaced["EE. UU."] is AbbrevClass.MULTI


@pytest.mark.parametrize(
    "text",
    ["[nonsense]\nfoo.\n", "foo.\n[title]\n"],
)
def test_malformed_data_is_rejected(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_data(text, name="bad.txt")


def test_colon_takes_known_kinds_only() -> None:
    assert parse_data("# x\n[colon]\ncapital\nquote\n", name="ok.txt") == {
        "colon": ["capital", "quote"]
    }
    with pytest.raises(
        ConfigError, match=r"bad\.txt:3: \[colon\] takes capital or quote, not 'lower'"
    ):
        parse_data("# x\n[colon]\nlower\n", name="bad.txt")


def test_colon_and_openers_are_read() -> None:
    assert rules_for("it").colon == frozenset({"capital"})
    assert rules_for("pt").colon == frozenset({"quote"})
    assert "o" in rules_for("pt").openers and not rules_for("en").openers


def test_question_marks_are_read() -> None:
    assert parse_data("# x\n[question_marks]\n;\n", name="ok.txt") == {"question_marks": [";"]}
    assert rules_for("el").question_marks == frozenset({";", "\u037e"})
    assert not rules_for("en").question_marks and not rules_for("xx").question_marks
