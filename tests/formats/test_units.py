"""Shared helpers: XML-illegal characters, sentence ranges, dates, unit records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from aligner.formats.units import TranslationUnit as TU
from aligner.formats.units import (
    UnitFile,
    clean_xml_text,
    sentence_range,
    tmx_date,
    units_to_alignment,
)


@pytest.mark.parametrize(
    ("text", "cleaned", "removed"),
    [
        ("ok\ttab\nnl\rcr", "ok\ttab\nnl\rcr", 0),
        ("a\x00b\x01\x08\x0b\x0c\x1f", "ab", 6),
        ("\x7f\x85\u2028", "\x7f\x85\u2028", 0),  # legal in XML 1.0
        ("\ufffe\uffff\ufffd", "\ufffd", 2),
        ("\ud800x", "x", 1),  # a lone surrogate
        ("😀\U0010ffff", "😀\U0010ffff", 0),
    ],
)
def test_clean_xml_text(text: str, cleaned: str, removed: int) -> None:
    assert clean_xml_text(text) == (cleaned, removed)


@pytest.mark.parametrize(("indices", "text"), [((0,), "1"), ((3, 4), "4-5"), ((2, 3, 4), "3-5")])
def test_sentence_range(indices: tuple[int, ...], text: str) -> None:
    assert sentence_range(indices) == text


def test_tmx_date_is_utc() -> None:
    local = datetime(2026, 1, 2, 1, 0, 0, tzinfo=timezone(timedelta(hours=3)))
    assert tmx_date(local) == "20260101T220000Z"
    assert tmx_date(datetime(2026, 11, 25, 8, 5, 9, tzinfo=UTC)) == "20261125T080509Z"


def test_units_to_alignment() -> None:
    units = UnitFile(
        (
            TU("uno", "one", {"x-score": "0.25", "x-src-document": "a.es"}),
            TU("dos", "two"),
            TU("tres", "three", {"x-score": "n/a"}),
        ),
        src_lang="es-ES",
        tgt_lang="en",
    )
    alignment = units_to_alignment(units, name="mem.tmx", settings={"from": "mem.tmx"})
    assert alignment.src_sentences == ("uno", "dos", "tres")
    assert alignment.tgt_sentences == ("one", "two", "three")
    assert [(b.src, b.tgt, b.score) for b in alignment.beads] == [
        ((0,), (0,), 0.25),
        ((1,), (1,), 1.0),
        ((2,), (2,), 1.0),
    ]
    assert (alignment.src_lang, alignment.src_name, alignment.tgt_name) == (
        "es-ES",
        "a.es",
        "mem.tmx",
    )
    assert dict(alignment.settings) == {"from": "mem.tmx"}
