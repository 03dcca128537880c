"""DOCX, ODT, EPUB, RTF and PDF readers on documents made by LibreOffice and pandoc
(tests/fixtures/README.md).  The expected text is written by hand from the sources
in tests/fixtures/src/."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from aligner.model import Part
from aligner.pipeline import segment_file
from aligner.readers import InputFormat, format_for, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# (part, sentence) of src/structure.fodt as a reader of the document sees it: the
# header, footer, comment, hidden words and deleted "last week " are not there; the
# inserted "finally " is; the reference marks are out of their sentences; the notes
# come after the body, footnotes first.  LibreOffice displays the date field as 5/17/24.
BODY = [
    ("heading", "Annual report of the translation office"),
    ("body", "The committee met on Monday in Valparaíso."),
    ("body", "The board approved the report without changes."),
    ("body", "It takes effect in June."),
    ("body", "The budget was finally approved in full."),
    ("body", "Nobody objected to the plan."),
    ("body", "The minutes were signed."),
    ("body", "This sentence keeps no secrets."),
    ("body", "Signed on 5/17/24 by the chair."),
    ("body", "Contact: Ana Pérez Office: Santiago."),
    ("heading", "Priorities"),
    ("list", "Train two new reviewers"),
    ("list", "Update the glossary"),
    ("list", "Publish the style guide"),
    ("table", "Term"),
    ("table", "Translation"),
    ("table", "budget"),
    ("table", "presupuesto"),
    ("body", "The office closes in August."),
    ("body", "It reopens in September."),
]
NOTES = [
    ("footnote", "The vote was unanimous."),
    ("footnote", "On the first Monday."),
    ("endnote", "Except for urgent requests."),
]


def _parts(path: Path, lang: str = "en") -> list[tuple[str, str]]:
    seg = segment_file(path, lang)
    blocks = seg.document.blocks
    return [(blocks[s.block].part.value, s.text) for s in seg.segments]


@pytest.mark.parametrize("name", ["structure.odt", "structure.docx", "structure.rtf"])
def test_office_documents(name: str) -> None:
    assert _parts(FIXTURES / name) == BODY + NOTES


def test_paragraph_numbers_and_offsets() -> None:
    seg = segment_file(FIXTURES / "structure.docx", "en")
    doc = seg.document
    numbers = [doc.blocks[s.block].paragraph for s in seg.segments]
    # Two sentences in paragraphs 3, 5 and 17; notes are paragraphs 18-20.
    assert numbers == [1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17,
                       18, 19, 20]
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text


def test_epub3_made_by_pandoc() -> None:
    # pandoc has one kind of note and keeps the DOCX's hidden words as text; its
    # <br> is a line break, so "Office: Santiago." is a line of its own.
    expected = [*BODY, *(("footnote", t) for _, t in
                         [NOTES[0], ("", "Except for urgent requests."), NOTES[1]])]
    expected[7] = ("body", "This sentence keeps its hidden words and no secrets.")
    expected[9:10] = [("body", "Contact: Ana Pérez"), ("body", "Office: Santiago.")]
    assert _parts(FIXTURES / "structure.epub") == expected
    # EPUB 2 has no landmarks: pandoc's title page is read as the book's first heading,
    # and its notes have no type but pandoc's classes (footnotes, footnote-ref, -back).
    assert _parts(FIXTURES / "structure-epub2.epub") == [("heading", "Structure"), *expected]


def test_epub2_notes_without_classes_are_found_by_their_marks(tmp_path: Path) -> None:
    """The same book without pandoc's note classes, as other tools write EPUB 2: the
    notes are found by the links whose text is a note mark."""
    copy = tmp_path / "untyped.epub"
    with zipfile.ZipFile(FIXTURES / "structure-epub2.epub") as src, \
            zipfile.ZipFile(copy, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("ch001.xhtml"):
                data = re.sub(rb' class="footnote[^"]*"', b"", data)
                assert b"footnote" not in data
            dst.writestr(info, data)
    with_classes = _parts(FIXTURES / "structure-epub2.epub")
    assert _parts(copy) == with_classes
    assert ("footnote", "The vote was unanimous.") in with_classes


def _source_paragraphs(fodt: Path) -> list[str]:
    """The paragraphs of a hand-written .fodt (not through our readers)."""
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
    root = etree.parse(str(fodt)).getroot()
    body = root.find("office:body/office:text", ns)
    assert body is not None
    return [" ".join("".join(p.itertext()).split()) for p in body.iter(f"{{{ns['text']}}}p")]


def test_two_column_pdf() -> None:
    """Header and page numbers gone, columns in order, paragraphs rebuilt across
    columns and pages, hyphenation joined (contrarrevolu-cionario, económico-so-cial)
    and the real hyphen of cívico-militar kept at a line end."""
    doc = read_document(FIXTURES / "columns.pdf", lang="es")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == _source_paragraphs(FIXTURES / "src" / "columns.fodt")
    assert "golpe cívico-militar de" in doc.text
    assert doc.blocks[0].part is Part.HEADING


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.docx", InputFormat.DOCX), ("b.ODT", InputFormat.ODT), ("c.epub", InputFormat.EPUB),
    ("d.pdf", InputFormat.PDF), ("e.Rtf", InputFormat.RTF)])
def test_format_by_extension(name: str, fmt: InputFormat) -> None:
    assert format_for(name) is fmt


def test_unknown_extension_is_read_by_content(tmp_path: Path) -> None:
    copy = tmp_path / "report.bin"
    copy.write_bytes((FIXTURES / "structure.docx").read_bytes())
    assert _parts(copy) == BODY + NOTES


def test_epub_ruby_reads_as_its_base_text(tmp_path: Path) -> None:
    """pandoc's book with a paragraph in Japanese with furigana: its base text is read,
    the readings (rt) and their parentheses (rp) are not."""
    copy = tmp_path / "ruby.epub"
    ruby = ("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は日本の首都です。"
            "<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>で書く。</p>")
    with zipfile.ZipFile(FIXTURES / "structure.epub") as src, \
            zipfile.ZipFile(copy, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("ch001.xhtml"):
                old = b"<p>The budget was finally approved in full.</p>"
                assert old in data
                data = data.replace(old, ruby.encode())
            dst.writestr(info, data)
    seg = segment_file(copy, "ja")
    doc = seg.document
    assert "東京は日本の首都です。漢字で書く。" in doc.text.split("\n\n")
    assert "とうきょう" not in doc.text and "かん" not in doc.text
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text
