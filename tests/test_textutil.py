"""escape_cell / unescape_cell: the TSV cell escapes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.textutil import escape_cell, unescape_cell


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
