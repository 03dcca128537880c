"""search --match substring|prefix: the characters typed, case aside, accents aside where
none are typed, on whole characters; the LIKE prefilter never leaves out a unit found."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.collection.search import highlight
from aligner.collection.substring import (
    bare,
    find_spans,
    like_pattern,
    stored,
    wanted,
)


@pytest.mark.parametrize(("text", "query", "prefix", "spans"), [
    ("নলকূপের পানি", "নলকূপ", False, ((0, 5),)),  # the stem of an inflected word
    ("নলকূপের পানি", "নলকূপ", True, ((0, 5),)),
    ("একটি নলকূপ আছে", "নলকূপ", True, ((5, 10),)),
    ("নলকূপের পানি", "লকূপ", True, ()),  # inside the word
    ("Die Stadtbibliothek", "bibliothek", False, ((9, 19),)),  # case aside
    ("Die Stadtbibliothek", "bibliothek", True, ()),  # not where a word starts
    ("Die Stadtbibliothek", "BIBLIO", False, ((9, 15),)),
    ("un café, dos cafés", "café", False, ((3, 7), (13, 17))),
    ("aaaa", "aa", False, ((0, 2), (2, 4))),  # one after the other
    ("ÉTAT", "état", True, ((0, 4),)),
    ("x-état", "état", True, ((2, 6),)),  # a hyphen starts a word
    # typed without accents: the letters with or without any
    ("un café", "cafe", False, ((3, 7),)),
    ("un cafe", "cafe", False, ((3, 7),)),
    ("la nación y las naciones", "nacion", True, ((3, 9), (16, 22))),
    ("LA NACIÓN", "nacion", False, ((3, 9),)),
    ("el niño", "nino", False, ((3, 7),)),
    ("un cafe\u0301 solo", "cafe", False, ((3, 8),)),  # the accent after it is its
    ("é", "e", False, ((0, 1),)),
    ("Ελλάδα", "ελλαδα", False, ((0, 6),)),  # Greek tonos
    ("ΛΟΓΟΣ", "λογος", False, ((0, 5),)),  # final sigma: case-folded as σ
    ("Ёлка", "елка", False, ((0, 4),)),  # Cyrillic diaeresis
    ("İstanbul", "istanbul", True, ((0, 8),)),
    # typed with accents: those accents only
    ("un cafe", "café", False, ()),
    ("un cafè", "café", False, ()),
    ("un café", "café", False, ((3, 7),)),
    ("un cafe\u0301", "café", False, ((3, 8),)),  # é typed as e and its accent
    ("un café", "cafe\u0301", False, ((3, 7),)),
    ("la nacion, la nación", "nación", False, ((14, 20),)),
    ("hệ", "he\u0323\u0302", False, ((0, 2),)),  # two accents, in either order
    ("he\u0302\u0323", "hệ", False, ((0, 4),)),
    ("hê", "hệ", False, ()),
    # a vowel sign, virama, nukta, Thai vowel or tone mark, haraka: typed as it is
    ("नलकूप", "नलकप", False, ()),
    ("नलकप", "नलकूप", False, ()),
    ("\u0958लम", "क", False, ()),  # U+0958 is क and a nukta: not a whole character
    ("क्षमा", "क", False, ((0, 1),)),  # the virama is a character of its own
    ("กุ้ง", "กุ", False, ((0, 2),)),
    ("กุ้ง", "กง", False, ()),
    ("كَتَبَ", "كتب", False, ()),
    ("كتب", "كتب", False, ((0, 3),)),
    ("Straße", "strasse", False, ((0, 6),)),  # ß case-folds to ss
    # the tatweel is nothing, in the text and in the query (s40 Arabic walk, P2)
    ("الـمساعدات", "المساعدات", False, ((0, 10),)),
    ("المساعدات", "الـمساعدات", False, ((0, 9),)),
    ("دعم بـالنازحين", "بالنازحين", True, ((4, 14),)),
    ("دعم بـالنازحين", "النازحين", True, ()),  # inside the word
])
def test_the_characters_typed_are_found(text: str, query: str, prefix: bool,
                                        spans: tuple[tuple[int, int], ...]) -> None:
    assert find_spans(text, wanted(query), prefix=prefix) == spans


@pytest.mark.parametrize(("text", "query", "spans"), [
    # a Cyrillic letter made with a mark is a letter of its own
    ("мой край", "мои", ()),
    ("мой край", "и", ()),
    ("МОЙ", "мой", ((0, 3),)),
    ("мои\u0306", "мой", ((0, 4),)),  # й written as и and a breve
    ("мои\u0306", "мои", ()),
    ("їжак", "іжак", ()),  # Ukrainian ї
    ("праўда", "правда", ()),  # Belarusian ў
    ("Ѓорѓи", "горги", ()),  # Macedonian ѓ
    ("Ѓорѓи", "ѓорѓи", ((0, 5),)),
    # but ё is е as Russian writes it, and a stress mark is an accent
    ("Ёлка", "елка", ((0, 4),)),
    ("елка", "ёлка", ()),
    ("за\u0301мок", "замок", ((0, 6),)),
    ("каза ѝ", "и", ((5, 6),)),  # Bulgarian ѝ, the stressed и
    # a Latin letter drawn with a mark is the letters typed for it, the mark its accent
    ("w Łodzi, nie w Łódź", "lodz", ((2, 6), (15, 19))),
    ("w Lodzi", "łódź", ()),
    ("w Łodzi", "łódź", ()),  # ó not typed in the text: not found
    ("do Łodzi", "łodz", ((3, 7),)),
    ("København", "kobenhavn", ((0, 9),)),
    ("Kobenhavn", "københavn", ()),
    ("Đorđe", "dorde", ((0, 5),)),
    ("Guðmundur", "gudmundur", ((0, 9),)),
    ("Ħamrun", "hamrun", ((0, 6),)),
    ("kapı", "kapi", ((0, 4),)),  # Turkish dotless ı
    ("kapi", "kapı", ()),
    ("istanbul", "İstanbul", ((0, 8),)),  # the dot of İ is no accent
    # letters typed for one letter match it whole, so spans are of the text as written
    ("Une Œuvre", "oeuvre", ((4, 9),)),
    ("une oeuvre", "œuvre", ()),
    ("cœur", "oe", ((1, 2),)),
    ("cœur", "o", ()),  # half of œ
    ("æble", "aeble", ((0, 4),)),
    ("Þingvellir", "thing", ((0, 4),)),
    ("die Straße", "ss", ((8, 9),)),
    ("die Straße", "s", ((4, 5),)),
    ("STRASSE", "straße", ((0, 7),)),  # ß is ss both ways: SS is its capital
])
def test_letters_are_folded_as_their_languages_write_them(
        text: str, query: str, spans: tuple[tuple[int, int], ...]) -> None:
    assert find_spans(text, wanted(query)) == spans


def test_a_span_after_letters_folded_to_two_is_the_text_as_written() -> None:
    text = "Straße, Þing und Œuvre in Łódź"
    assert highlight(text, find_spans(text, wanted("lodz")), ("[", "]")) == (
        "Straße, Þing und Œuvre in [Łódź]")
    assert highlight(text, find_spans(text, wanted("oeuvre")), ("[", "]")) == (
        "Straße, Þing und [Œuvre] in Łódź")
    assert highlight(text, find_spans(text, wanted("e")), ("[", "]")) == (
        "Straß[e], Þing und Œuvr[e] in Łódź")


def test_a_mark_moved_across_characters_is_read_with_its_letter() -> None:
    # Arabic: shadda (class 33) after fatha (class 30) in the text; NFD puts fatha first
    text = "x\u0651\u064e y"
    assert find_spans(text, wanted("x\u064e\u0651")) == ((0, 3),)
    assert find_spans(text, wanted("x")) == ()  # not a whole character of the text


@pytest.mark.parametrize(("text", "kept"), [
    ("The port", None),  # LIKE reads it as it is (ASCII case aside)
    ("La nación", "la nacion"),
    ("Москва", "москва"),  # LIKE would compare Cyrillic case exactly
    ("Straße", "strasse"),
    ("\u212a", "k"),  # KELVIN SIGN
    ("Łódź", "lodz"),
    ("Мой", "мои\u0306"),  # й kept, decomposed
    ("الـمساعدات", "المساعدات"),  # without the tatweel
])
def test_a_text_is_kept_folded_where_like_would_not_read_it_so(text: str,
                                                               kept: str | None) -> None:
    assert stored(text) == kept


def test_like_pattern_escapes_like_wildcards() -> None:
    assert like_pattern(wanted("50%_x").letters) == "%50\\%\\_x%"
    conn = sqlite3.connect(":memory:")
    pattern = like_pattern(wanted("50%_x").letters)
    assert conn.execute("SELECT ? LIKE ? ESCAPE '\\'", ("5000 x", pattern)).fetchone()[0] == 0
    assert conn.execute("SELECT ? LIKE ? ESCAPE '\\'", ("50%_X", pattern)).fetchone()[0] == 1


def _like(text: str, query: str) -> bool:
    """Whether the scan's prefilter keeps a unit of ``text`` for ``query``."""
    conn = sqlite3.connect(":memory:")
    kept = stored(text)
    row = conn.execute("SELECT coalesce(?, ?) LIKE ? ESCAPE '\\'",
                       (kept, text, like_pattern(wanted(query).letters))).fetchone()
    return bool(row[0])


# Letters, accents, marks of other scripts, case pairs, LIKE's wildcards, and
# characters whose folds are other characters' (Kelvin sign, ß, İ, ς, U+0F73).
_ALPHABET = st.sampled_from(list(
    "aAeEiIkKnNsSoOςΣσ %_\\-.'"
    "éÉèñÑçüÜ\u212aßẞİı"
    "łŁøØđĐðæÆœŒþħиИйЙіїўуеЕёЁгѓ\u0306\u0304"
    "\u0300\u0301\u0302\u0303\u0308\u0323\u0345"
    "क\u0958\u093c\u0942\u094dกุ้\u0e38\u0e49"
    "ك\u064e\u0651\u064b\u0f73\u0f71\u0f72"))
_TEXTS = st.lists(_ALPHABET, max_size=12).map("".join)


@given(_TEXTS, _TEXTS.filter(lambda q: bool(wanted(q).letters)))
def test_like_keeps_every_unit_the_scan_finds(text: str, query: str) -> None:
    if find_spans(text, wanted(query)):
        assert wanted(query).letters in bare(text)
        assert _like(text, query)


def _accented(letters: str, accents: list[str]) -> str:
    """``letters`` with each accent of ``accents`` after a letter of it."""
    return "".join(ch + (accents[i] if i < len(accents) else "")
                   for i, ch in enumerate(letters))


@given(st.text("abcenosuy", min_size=1, max_size=6),
       st.lists(st.sampled_from(["", "\u0301", "\u0300", "\u0308", "\u0303"]), max_size=6),
       st.sampled_from(["NFC", "NFD"]), st.booleans(),
       st.text(" .,-x", max_size=3), st.text(" .,x", max_size=3))
def test_a_query_without_accents_finds_its_letters_with_any(
        letters: str, accents: list[str], form: str, upper: bool, before: str,
        after: str) -> None:
    written = unicodedata.normalize(form, _accented(letters, accents))
    text = before + (written.upper() if upper else written) + after
    spans = find_spans(text, wanted(letters))
    assert spans and spans[0] == (len(before), len(before) + len(written.upper()
                                                                  if upper else written))
    assert _like(text, letters)
    # typed as written, it is found too
    assert find_spans(text, wanted(written))


@given(_TEXTS)
def test_the_letters_looked_for_are_the_letters_kept(text: str) -> None:
    assert wanted(text).letters == bare(text)


_MARKED_QUERIES = st.lists(st.sampled_from(list("loednaé\u0301łŁøđðæœþħıйёЁ")), min_size=1,
                           max_size=5).map("".join)


@given(_TEXTS, _MARKED_QUERIES)
def test_a_letter_typed_with_its_mark_never_finds_it_without(text: str, query: str) -> None:
    """A query with an accent, or a letter like ł or æ, finds no text folded without
    them (ß aside: it is ss both ways); without its marks it finds what it finds."""
    if any(wanted(query).accents):
        assert find_spans(bare(text), wanted(query)) == ()
    if find_spans(text, wanted(query)):
        assert find_spans(text, wanted(bare(query)))
