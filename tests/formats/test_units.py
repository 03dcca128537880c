"""Shared helpers: XML-illegal characters, sentence ranges, dates, unit records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from aligner.formats import export_sources
from aligner.formats.tmx import load_tmx
from aligner.formats.units import TranslationUnit as TU
from aligner.formats.units import (
    UnitFile,
    sentence_range,
    tmx_date,
    translations_only,
    units_to_alignment,
)
from aligner.formats.xmlchars import clean_xml_text


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


def test_a_unit_with_no_text_on_one_side_is_no_translation(tmp_path: Path) -> None:
    units = UnitFile((TU("uno", "one"), TU("Sin meta.", ""), TU(" ", "Orphan."), TU("dos", "two")),
                     src_lang="es", tgt_lang="en", skipped=1)
    kept = translations_only(units)
    assert ([(u.source, u.target) for u in kept.units], kept.skipped) == (
        [("uno", "one"), ("dos", "two")], 3)
    report = export_sources([units], tmp_path / "out.tsv")
    assert report.units_written == 2
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines() == [
        "uno\tone\t", "dos\ttwo\t"]  # no score: they had none


def test_tmx_units_without_both_languages_are_counted(
        tmp_path: Path) -> None:
    tmx = tmp_path / "v.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" '
        'datatype="plaintext"/><body>\n'
        '<tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="es-419"><seg>Uno.</seg>'
        '</tuv></tu>\n'
        '<tu><tuv xml:lang="en-US"><seg>Two.</seg></tuv><tuv xml:lang="es-MX"><seg>Dos.</seg>'
        '</tuv></tu>\n'
        '<tu><tuv xml:lang="en-US"><seg>Three.</seg></tuv></tu>\n'
        '</body></tmx>\n', encoding="utf-8")
    inferred = load_tmx(tmx)  # the target language of the first unit: es-419
    assert ([u.source for u in inferred.units], inferred.tgt_lang, inferred.skipped) == (
        ["One."], "es-419", 2)
    asked = load_tmx(tmx, tgt_lang="es")  # es-419 and es-MX are both es
    assert ([u.source for u in asked.units], asked.tgt_lang, asked.skipped) == (
        ["One.", "Two."], "es-419", 1)


def test_a_reviewed_bead_is_kept_whatever_its_score() -> None:
    """A bead that received a moved sentence scores 0; confirmed, a person vouched for it:
    --min-score keeps it, and check sees no confidence to doubt."""


    from aligner.check.units import units_from_alignment
    from aligner.formats.units import export_rows
    from aligner.model import Alignment, Bead, Review, ReviewState

    confirmed = Review(ReviewState.CONFIRMED, datetime(2026, 12, 1, tzinfo=UTC))
    al = Alignment(("Uno.", "Dos.", "Tres."), ("One.", "Two.", "Three."),
                   (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.0, review=confirmed),
                    Bead((2,), (2,), 0.1)), "es", "en")
    rows = list(export_rows(al, min_score=0.5))
    assert [r.source if r else None for r in rows] == ["Uno.", "Dos.", None]
    assert [u.confidence for u in units_from_alignment(al)] == [0.9, None, 0.1]


def test_untranslated_sources_are_rows_only_when_asked() -> None:
    """SAMPLE's bead 4 is a source left untranslated (Sin traducción.), bead 6 a target
    sentence with no source: with untranslated the first is a row with an empty target,
    its sentence number and no score, kept below min_score; the second never is one."""
    from aligner.formats.units import export_rows
    from tests.formats.conftest import SAMPLE

    def numbers(*, min_score: float = 0.0, untranslated: bool = False) -> list[int | None]:
        return [None if r is None else r.number for r in export_rows(
            SAMPLE, min_score=min_score, untranslated=untranslated)]

    assert numbers() == [1, 2, 3, 5, 7]
    assert numbers(untranslated=True) == [1, 2, 3, 4, 5, 7]
    assert numbers(untranslated=True, min_score=0.5) == [1, 2, 3, 4, 5, None]
    row = next(r for r in export_rows(SAMPLE, untranslated=True) if r and r.number == 4)
    assert (row.source, row.target) == ("Sin traducción.", "")
    assert row.props == {"x-src-document": "sample.es.txt", "x-tgt-document": "sample.en.txt",
                         "x-src-sentences": "5"}
