"""Glossaries read from ``.xlsx`` workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import GlossaryError
from aligner.formats.glossary_xlsx import read_glossary_xlsx
from aligner.model import TermStatus


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


FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize(("name", "what"), [
    ("corpus/chile-73.es.docx", "is a Word document, not a glossary"),
    ("corpus/chile-73.en.epub", "is an EPUB book, not a glossary"),
])
def test_a_document_given_as_a_glossary_is_named_for_what_it_is(name: str, what: str) -> None:
    from aligner.formats.glossaries import read_glossary

    with pytest.raises(GlossaryError) as info:
        read_glossary(FIXTURES / name)  # as --glossary reads a file: by its first bytes
    assert info.value.message.startswith(what)
    assert "TSV, CSV, TBX or an .xlsx workbook" in info.value.message


def test_a_workbook_is_read_whatever_its_file_name_says(tmp_path: Path) -> None:
    path = workbook(tmp_path / "terms.xlsx", ["en", "es"], ["hard drive", "disco duro"])
    renamed = path.rename(tmp_path / "terms.xls")  # openpyxl refuses this name itself
    glossary = read_glossary_xlsx(renamed)
    assert [(e.source, e.target) for e in glossary.entries] == [("hard drive", "disco duro")]


def test_a_header_naming_languages_and_regions_is_read_as_their_tags(tmp_path: Path) -> None:
    path = workbook(tmp_path / "terms.xlsx", ["English (UK)", "Português (Brasil)", "status"],
                    ["hard drive", "disco rígido", "preferred"])
    glossary = read_glossary_xlsx(path)
    assert (glossary.src_lang, glossary.tgt_lang) == ("en-GB", "pt-BR")


def test_a_region_no_table_names_is_an_error_naming_the_row(tmp_path: Path) -> None:
    path = workbook(tmp_path / "terms.xlsx", ["English (Narnia)", "pt-BR"],
                    ["hard drive", "disco rígido"])
    with pytest.raises(GlossaryError, match="'Narnia' is no region") as info:
        read_glossary_xlsx(path)
    assert info.value.line == 1


def test_a_spanish_header_and_statuses(tmp_path: Path) -> None:
    """The walk's workbook: its Estado and Nota columns were left out with a warning, and
    the forbidden false friend read as preferred."""
    path = workbook(tmp_path / "casa_es.xlsx", ["Inglés", "Español", "Estado", "Nota"],
                    ["eventually", "eventualmente", "prohibido", "falso amigo"],
                    ["eventually", "finalmente", "preferido", None])
    g = read_glossary_xlsx(path)
    assert (g.src_lang, g.tgt_lang, g.ignored) == ("en", "es", ())
    assert [(e.target, e.status, e.note) for e in g.entries] == [
        ("eventualmente", TermStatus.FORBIDDEN, "falso amigo"),
        ("finalmente", TermStatus.PREFERRED, "")]


def test_a_status_column_no_reader_reads_is_an_error(tmp_path: Path) -> None:
    path = workbook(tmp_path / "g.xlsx", ["en", "de", "Zustand"],
                    ["file", "Datei", "bevorzugt"], ["file", "File", "verboten"])
    with pytest.raises(GlossaryError) as info:
        read_glossary_xlsx(path)
    assert (info.value.line, info.value.message.split(":")[0]) == (
        1, "column 3 ('Zustand') is not read, but its cells are statuses ('bevorzugt' on "
           "line 2; 2 of its 2 filled cells)")
