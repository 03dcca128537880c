"""PDF layouts LibreOffice makes of ordinary documents (tests/fixtures/README.md):
columns whose lines do not share baselines, a one-column page with a table.  The
expected text is the hand-written source's, read here without our readers."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aligner.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _source_paragraphs(fodt: Path) -> list[str]:
    """The headings and paragraphs of a .fodt in document order, one string each
    (a table's cells one by one)."""
    root = etree.parse(str(fodt)).getroot()
    return [" ".join("".join(el.itertext()).split()) for el in root.iter()
            if el.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]


def _paragraphs(name: str, lang: str) -> list[str]:
    return read_document(FIXTURES / name, lang=lang).text.split("\n\n")


def test_columns_whose_baselines_differ_are_read_one_after_the_other() -> None:
    """Headings move the left column's lines a few points off the right column's:
    a right-column line set a little higher came first and was taken for a piece of
    the left column's line beside it (``1. Introduction d'administration a-t-il…``)."""
    assert _paragraphs("columns-fr.pdf", "fr") == _source_paragraphs(
        FIXTURES / "src" / "columns-fr.fodt")


def test_a_one_column_page_with_a_table_is_not_two_columns() -> None:
    """The table's third column and the paragraphs' short last lines left a gutter
    free: each paragraph lost its last line, and the column ``Time (s)`` went below
    the next heading.  The rows read as rows, the paragraphs whole."""
    paragraphs = _paragraphs("table-en.pdf", "en")
    source = _source_paragraphs(FIXTURES / "src" / "table-en.fodt")
    cells = source.index("Program")
    rows = [" ".join(source[i:i + 3]) for i in range(cells, cells + 9, 3)]
    assert paragraphs == source[:cells] + rows + source[cells + 9:]
