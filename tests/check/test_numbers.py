"""number-mismatch: locale-aware values, ranges, ordinals, spelled-out numbers."""

from __future__ import annotations

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check.numbers import extract_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("3.526", "es", "3526"),
        ("3,526", "en", "3526"),
        ("1,5", "es", "1.5"),
        ("1.5", "en", "1.5"),
        ("1.5", "es", "1.5"),  # not a thousands group: read as a decimal
        ("125.000", "es", "125000"),
        ("125\u00a0000", "fr", "125000"),
        ("1,000,000.50", "en", "1000000.5"),
        ("0,25", "es-ES", "0.25"),
        ("007", "en", "7"),
    ],
)
def test_parse_number(text: str, lang: str, value: str) -> None:
    assert parse_number(text, lang) == value


def test_short_year_range_is_expanded() -> None:
    assert [v for v, _, _ in extract_numbers("(1948–58)", "en")] == ["1948", "1958"]
    assert [v for v, _, _ in extract_numbers("(1948-1958)", "es")] == ["1948", "1958"]


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("en 1972 hubo 3.526 huelgas", "in 1972 there were 3,526 strikes", False),
        ("subió un 1,5 %", "rose by 1.5%", False),
        ("el 70 % de los votos", "70% of the votes", False),
        ("entre 1948 y 1958", "between 1948 and 1958", False),
        ("(1948-1958)", "(1948–58)", False),
        ("el 4 de septiembre de 1970", "on September 4, 1970", False),
        ("el distrito 10", "the 10th district", False),
        ("el 1.º de mayo", "on May 1st", False),
        ("asumiera el mando1?", "taking office?1", False),  # footnote markers
        ("durante diez años", "for 10 years", False),  # spelled out on one side
        ("treinta y cuatro fundos", "34 estates", False),
        ("34 fundos", "thirty-four estates", False),
        ("Chile 73", "Chile ’73", False),
        ("en 1972 hubo 3.526 huelgas", "in 1972 there were 3,256 strikes", True),
        ("en 1972", "in 1971", True),
        ("125.000 comercios", "125 stores", True),
        ("3,526 huelgas", "3,526 strikes", True),  # a comma is a decimal mark in Spanish
        ("el 4 de septiembre", "on September", True),
        ("en septiembre", "in September 4", True),
        ("durante diez años", "for 12 years", True),
        ("sin números", "no numbers", False),
        # magnitude words scale the digits before them
        ("1,5 millones de personas", "1.5 million people", False),
        ("1.500.000 personas", "1.5 million people", False),
        ("3 mil comercios", "3,000 stores", False),
        ("2 mil millones", "2 billion", False),
        ("1,5 millones de personas", "1.5 thousand people", True),
        ("en 1970 mil personas", "in 1970 a thousand people", False),  # a year is not scaled
        # a year and its short form; a decade spelled out
        ("Chile 1973", "Chile ’73", False),
        ("los años setenta", "the 1970s", False),
        ("en 1973", "in ’74", True),
    ],
)
def test_number_mismatch(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert bool(got) is flagged
    if got:
        assert got[0].src_span is not None or got[0].tgt_span is not None


def test_empty_or_copied_target_is_not_a_number_mismatch() -> None:
    assert findings([("en 1972", "")], code="number-mismatch") == []
    # read as English, a copied 30.000 would be thirty: untranslated covers it
    assert findings([("dejó 30.000 muertos", "dejó 30.000 muertos")],
                    code="number-mismatch") == []


def test_number_word_data_files() -> None:
    from aligner.check.numbers import number_words

    for lang in ("es", "en"):
        table = number_words(lang)
        assert set(range(21)) <= set(table.words)
        assert all(w == w.lower() and w.isascii() for ws in table.words.values() for w in ws)
        assert table.magnitudes and set(table.magnitudes.values()) <= {3, 6, 9, 12}
    assert number_words("xx").words == {}


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_the_same_number_in_both_conventions_matches(n: int, cents: int) -> None:
    es = f"{_grouped(n, '.')},{cents:02d}"
    en = f"{_grouped(n, ',')}.{cents:02d}"
    assert parse_number(es, "es") == parse_number(en, "en")
    assert findings([(f"Son {es} pesos.", f"It is {en} pesos.")], code="number-mismatch") == []


@given(st.integers(min_value=1000, max_value=10**9), st.integers(min_value=1, max_value=8))
def test_a_changed_digit_is_found(n: int, delta: int) -> None:
    m = n + delta
    assert findings([(f"Hubo {_grouped(n, '.')} votos.", f"There were {_grouped(m, ',')} votes.")],
                    code="number-mismatch")
