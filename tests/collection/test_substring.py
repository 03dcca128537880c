"""search --match substring|prefix: the characters typed, case aside, on whole characters."""

from __future__ import annotations

import sqlite3

import pytest

from aligner.collection.substring import find_spans, fold, like_pattern


@pytest.mark.parametrize(("text", "query", "prefix", "spans"), [
    ("নলকূপের পানি", "নলকূপ", False, ((0, 5),)),  # the stem of an inflected word
    ("নলকূপের পানি", "নলকূপ", True, ((0, 5),)),
    ("একটি নলকূপ আছে", "নলকূপ", True, ((5, 10),)),
    ("নলকূপের পানি", "লকূপ", True, ()),  # inside the word
    ("Die Stadtbibliothek", "bibliothek", False, ((9, 19),)),  # case aside
    ("Die Stadtbibliothek", "bibliothek", True, ()),  # not where a word starts
    ("Die Stadtbibliothek", "BIBLIO", False, ((9, 15),)),
    ("un café, dos cafés", "café", False, ((3, 7), (13, 17))),
    ("un café", "cafe", False, ()),  # accents count: e is not é
    ("un cafe\u0301", "café", False, ((3, 8),)),  # é typed as e and its accent
    ("un café", "cafe\u0301", False, ((3, 7),)),
    ("aaaa", "aa", False, ((0, 2), (2, 4))),  # one after the other
    ("ÉTAT", "état", True, ((0, 4),)),
    ("x-état", "état", True, ((2, 6),)),  # a hyphen starts a word
])
def test_the_characters_typed_are_found(text: str, query: str, prefix: bool,
                                        spans: tuple[tuple[int, int], ...]) -> None:
    assert find_spans(text, fold(query), prefix=prefix) == spans


@pytest.mark.parametrize(("query", "pattern"), [
    ("cordón industrial", "%n industrial%"),  # ó may be o and a mark in a text
    ("café", "%caf%"),
    ("নলকূপ", "%নল%"),  # ক carries a vowel sign: a text may compose them
    ("50%_x", "%50\\%\\_x%"),  # LIKE's wildcards, escaped
    ("Москва", None),  # cased letters LIKE compares exactly: no part is safe
    ("bibliothek", "%bibliothe%"),  # the Kelvin sign is a k
])
def test_like_pattern_is_the_longest_safe_part(query: str, pattern: str | None) -> None:
    assert like_pattern(fold(query)) == pattern


@pytest.mark.parametrize(("text", "query"), [
    ("un cafe\u0301", "café"),
    ("UN CAFÉ", "café"),
    ("\u212a", "k"),  # KELVIN SIGN
    ("nalla\u09dc", "nalla\u09a1\u09bc"),  # BENGALI LETTER RRA, and as DDA with a nukta
    ("50%_x", "50%_x"),
    ("50%_xyz", "50%_xy"),
])
def test_like_keeps_every_text_the_scan_finds(text: str, query: str) -> None:
    wanted = fold(query)
    assert find_spans(text, wanted)
    pattern = like_pattern(wanted)
    if pattern is not None:
        conn = sqlite3.connect(":memory:")
        assert conn.execute("SELECT ? LIKE ? ESCAPE '\\'", (text, pattern)).fetchone()[0] == 1


def test_like_leaves_out_a_text_without_the_safe_part() -> None:
    conn = sqlite3.connect(":memory:")
    pattern = like_pattern(fold("50%_x"))
    assert conn.execute("SELECT ? LIKE ? ESCAPE '\\'", ("5000 x", pattern)).fetchone()[0] == 0
