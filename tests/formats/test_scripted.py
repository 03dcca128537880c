"""Raised and lowered digits in the text of a unit without codes (formats/scripted.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import check_alignment
from aligner.formats.scripted import scripted, scripted_side
from aligner.formats.units import export_rows
from aligner.model import Formatting, Style
from aligner.pipeline import align_files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _f(text: str, piece: str, style: Style) -> Formatting:
    start = text.index(piece)
    return Formatting(start, start + len(piece), style)


@pytest.mark.parametrize(("text", "piece", "style", "expected"), [
    ("1.5 × 109/l", "9", Style.SUPERSCRIPT, "1.5 × 10⁹/l"),
    ("75 mg/m2 a day", "2", Style.SUPERSCRIPT, "75 mg/m² a day"),
    ("H2O", "2", Style.SUBSCRIPT, "H₂O"),
    ("1.5 × 10-3 mol", "-3", Style.SUPERSCRIPT, "1.5 × 10⁻³ mol"),
    ("two studies1.", "1", Style.SUPERSCRIPT, "two studies¹."),
    ("the 2nd floor", "nd", Style.SUPERSCRIPT, "the 2nd floor"),  # letters stay
    ("a bold 12 here", "12", Style.BOLD, "a bold 12 here"),  # other styles stay
    ("Note 12 x", "12 x", Style.SUPERSCRIPT, "Note 12 x"),  # digits alone only
])
def test_raised_and_lowered_digits(text: str, piece: str, style: Style,
                                   expected: str) -> None:
    out = scripted(text, [_f(text, piece, style)])
    assert out == expected
    assert len(out) == len(text)


def test_a_side_joins_its_sentences_each_by_its_own_formatting() -> None:
    sentences = ("E = mc2.", "Water is H2O.", "Plain 3.")
    formatting = ((_f(sentences[0], "2", Style.SUPERSCRIPT),),
                  (_f(sentences[1], "2", Style.SUBSCRIPT),))  # none for the last
    assert scripted_side(sentences, formatting, (0, 1, 2), "en") == (
        "E = mc². Water is H₂O. Plain 3.")


def _aligned() -> object:
    # Word superscripts and subscripts in the German, the characters typed in the English
    return align_files(FIXTURES / "superscripts-de.docx", FIXTURES / "superscripts-en.docx",
                       src_lang="de", tgt_lang="en").alignment


def test_word_superscripts_are_the_numbers_typed_in_the_translation() -> None:
    """Before, the German read ``75 mg/m2`` and ``1,5 × 109/l``: two number-mismatch
    errors against the English's ``m²`` and ``10⁹``."""
    alignment = _aligned()
    assert [f.code for f in check_alignment(alignment, glossary=None).findings] == []


def test_text_exports_write_the_digits_raised_and_codes_keep_the_formatting() -> None:
    alignment = _aligned()
    plain = [r.source for r in export_rows(alignment) if r is not None]
    assert "Vor jedem Zyklus müssen mindestens 1,5 × 10⁹/l Neutrophile vorliegen." in plain
    assert "Die Lösung enthält CO₂ und wird bei 2 °C bis 8 °C gelagert." in plain
    coded = [r for r in export_rows(alignment, codes=True) if r is not None]
    row = next(r for r in coded if "Zyklus" in r.source)
    assert "10{1}9{/1}/l" in row.source
    assert [t.code for t in row.src_tags] == ["<sup>", "</sup>"]
