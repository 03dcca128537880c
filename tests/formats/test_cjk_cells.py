"""Japanese table cells in an exported unit: a DOCX reads each cell as a paragraph, a
PDF a row as one, and the row's unit joins the cells.  A cell ends in no stop,
and a sentence that ends in none ended with its paragraph: a space keeps it apart from
the next (``冷却液タンク L 8``, ``鉱油 64742-47-8 20〜30``, not one number), where
Japanese sentences of one paragraph join with nothing."""

from __future__ import annotations

from pathlib import Path

from aligner.align import align_documents
from aligner.check import run_checks
from aligner.check.units import units_from_alignment
from aligner.formats.units import export_rows
from aligner.model import Alignment, Bead
from aligner.readers import read_document
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _pair() -> Alignment:
    ja = segment_document(read_document(FIXTURES / "cells-ja.docx", lang="ja"))
    en = segment_document(read_document(FIXTURES / "cells-en.pdf", lang="en"))
    return align_documents(ja, en)


def test_a_row_of_japanese_cells_is_exported_with_its_cells_apart() -> None:
    rows = [row for row in export_rows(_pair()) if row is not None]
    pairs = {(row.source, row.target) for row in rows}
    assert ("冷却液タンク L 8", "Coolant tank L 8") in pairs
    assert ("砥石軸の回転数 min⁻¹ 1,800", "Wheel spindle speed rpm 1,800") in pairs
    assert ("テーブルの送り速度（連続運転時） m/min 0.5〜25",
            "Table feed rate (in continuous operation) m/min 0.5 - 25") in pairs
    # sentences of one paragraph still join with nothing
    assert ("砥石軸は1,800 min⁻¹で回転します。", "The wheel spindle turns at 1,800 rpm.") in pairs


def _cells() -> Alignment:
    """A row of three Japanese cells (three paragraphs) against the row read as one, and
    two sentences of one paragraph against one."""
    sentences = ("鉱油", "64742-47-8", "20〜30", "製品を保管する。", "密閉すること。")
    return Alignment(sentences, ("Mineral oil 64742-47-8 20-30", "Store it closed."),
                     (Bead((0, 1, 2), (0,), 0.9), Bead((3, 4), (1,), 0.9)), "ja", "en",
                     src_paragraph_starts=frozenset({0, 1, 2, 3}),
                     tgt_paragraph_starts=frozenset({0, 1}))


def test_the_numbers_of_two_cells_are_not_read_as_one() -> None:
    """``64742-47-8`` + ``20〜30`` read as ``64742-47-820〜30``: a number error for a
    row translated right."""
    result = run_checks(units_from_alignment(_cells()), glossary=None, src_lang="ja",
                        tgt_lang="en")
    assert not [f for f in result.findings if f.code == "number-mismatch"]


def test_the_check_and_the_export_read_the_same_unit_text() -> None:
    alignment = _cells()
    exported = [row.source for row in export_rows(alignment) if row is not None]
    assert exported == ["鉱油 64742-47-8 20〜30", "製品を保管する。密閉すること。"]
    assert [u.source for u in units_from_alignment(alignment)] == exported
