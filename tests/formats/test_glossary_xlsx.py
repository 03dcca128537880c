"""Glossaries read from ``.xlsx`` workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import GlossaryError
from aligner.formats.glossary_xlsx import read_glossary_xlsx


def workbook(path: Path, *rows: list[object]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    book.save(path)  # openpyxl saves formulas without a value, as scripts do
    return path


def test_a_formula_with_no_saved_value_is_named_not_read_as_an_empty_term(
        tmp_path: Path) -> None:
    path = workbook(tmp_path / "terms.xlsx", ["en-US", "pt-BR", "status", "note"],
                    ["hard drive", "disco rígido", "preferred", None],
                    ["mouse", "rato", "preferred", "=B3"])
    with pytest.raises(GlossaryError) as info:
        read_glossary_xlsx(path)
    assert (info.value.line, info.value.message) == (
        3, "cell D3 holds a formula with no saved value (=B3); open the file in Excel or "
           "LibreOffice and save it, so that the values are stored")


def test_empty_cells_beside_no_formula_are_empty(tmp_path: Path) -> None:
    path = workbook(tmp_path / "terms.xlsx", ["en-US", "pt-BR", "status", "note"],
                    ["hard drive", "disco rígido", None, None], [None, None, None, None],
                    [12345, "12345", "Allowed", None])
    assert [(e.source, e.target, e.status.value, e.note, e.line)
            for e in read_glossary_xlsx(path).entries] == [
        ("hard drive", "disco rígido", "preferred", "", 2),
        ("12345", "12345", "allowed", "", 4)]
