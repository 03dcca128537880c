"""escape_cell / unescape_cell: the TSV cell escapes; count: a number and its noun;
ascii_digits: digits and separators of other scripts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.textutil import (
    LOWERED,
    LOWERED_DIGITS_PLAIN,
    RAISED,
    RAISED_DIGITS_PLAIN,
    ascii_digits,
    count,
    display_width,
    escape_cell,
    first_few,
    pad,
    unescape_cell,
    unwrap,
)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain", "plain"),
        ("", ""),
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("a\rb", "a\\rb"),
        ("back\\slash", "back\\\\slash"),
        ("\\t is not a tab", "\\\\t is not a tab"),
        ("\r\n\t\\", "\\r\\n\\t\\\\"),
        ("ñ 中文 😀", "ñ 中文 😀"),
    ],
)
def test_escape_table(raw: str, escaped: str) -> None:
    assert escape_cell(raw) == escaped
    assert unescape_cell(escaped) == raw


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("C:\\x", "C:\\x"),  # unknown escape stays as it is
        ("end\\", "end\\"),  # a lone trailing backslash stays too
        ("\\\\n", "\\n"),  # escaped backslash, then a plain n
        ("\\\\\\n", "\\\n"),
    ],
)
def test_unescape_lenient(cell: str, text: str) -> None:
    assert unescape_cell(cell) == text


@settings(deadline=None)
@given(st.text())
def test_round_trip(text: str) -> None:
    escaped = escape_cell(text)
    assert not {"\t", "\n", "\r"} & set(escaped)
    assert unescape_cell(escaped) == text


@pytest.mark.parametrize(("n", "noun", "plural", "said"), [
    (0, "pair", None, "0 pairs"), (1, "pair", None, "1 pair"), (1204, "pair", None, "1,204 pairs"),
    (1, "entry", "entries", "1 entry"), (2, "entry", "entries", "2 entries"),
])
def test_count_gives_the_noun_its_number(n: int, noun: str, plural: str | None,
                                         said: str) -> None:
    assert count(n, noun, plural) == said


@pytest.mark.parametrize(("text", "one_line"), [
    ("新しい事務\n所を開設", "新しい事務所を開設"),
    ("una línea que\nse corta", "una línea que se corta"),
    ("a  \r\n\t b", "a b"),
    ("2010年4\n月", "2010年4月"), ("樱花\nAI", "樱花AI"),  # CJK text wraps without a space
    ("no break", "no break"),
])
def test_unwrap(text: str, one_line: str) -> None:
    assert unwrap(text) == one_line


@pytest.mark.parametrize(("text", "digits"), [
    ("１９７３", "1973"),
    ("١٬٢٠٠٫٥", "1,200.5"),
    ("１，２００円", "1,200円"),  # a thousands group between full-width digits
    ("１，２００，０００", "1,200,000"),
    ("９．９％", "9.9％"),
    ("１，２，３", "1，2，3"),  # a list: no group of three after the comma
    ("1，200", "1，200"),  # a clause's comma after an ASCII digit
    ("第１．", "第1．"),  # a sentence's full stop
])
def test_ascii_digits(text: str, digits: str) -> None:
    assert ascii_digits(text) == digits
    assert len(ascii_digits(text)) == len(text)


@pytest.mark.parametrize(("text", "width"), [
    ("abc", 3), ("年度", 4), ("Ｆ", 2), ("e\u0301", 1), ("", 0)])
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width
    assert display_width(pad(text, 6)) == display_width(pad(text, 6, right=True)) == max(6, width)


@pytest.mark.parametrize(("items", "most", "said"), [
    (["a", "b"], 3, "a, b"), (["a", "b", "c"], 3, "a, b, c"),
    (["a", "b", "c", "d", "e"], 3, "a, b, c and 2 more"), ([], 3, "")])
def test_first_few(items: list[str], most: int, said: str) -> None:
    assert first_few(items, most) == said


def test_raised_and_lowered_digits_read_back_as_digits_and_signs_stay() -> None:
    assert "⁰¹²³⁴⁵⁶⁷⁸⁹".translate(RAISED_DIGITS_PLAIN) == "0123456789"
    assert "₀₁₂₃₄₅₆₇₈₉".translate(LOWERED_DIGITS_PLAIN) == "0123456789"
    assert "10⁻⁶ CO₂ ⁺₋".translate(RAISED_DIGITS_PLAIN) == "10⁻6 CO₂ ⁺₋"
    assert "10⁻⁶ CO₂ ⁺₋".translate(LOWERED_DIGITS_PLAIN) == "10⁻⁶ CO2 ⁺₋"
    for table, back in ((RAISED, RAISED_DIGITS_PLAIN), (LOWERED, LOWERED_DIGITS_PLAIN)):
        assert "0123456789".translate(table).translate(back) == "0123456789"
