"""Bad and hostile files: one line naming the file and the problem, exit code 2, no
partial output.  The hostile packages are made here with zipfile."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import InputError
from aligner.readers import read_document
from aligner.readers.container import MAX_MEMBER_BYTES
from aligner.readers.pdf import _garbled
from aligner.readers.pdflines import Line, Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOC = (f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>Hola.'
        "</w:t></w:r></w:p></w:body></w:document>")


def _docx(path: Path, document: str | bytes = _DOC,
          compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
    return path


def _error(path: Path, input_format: str | None = None) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, lang="es", input_format=input_format)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_a_minimal_docx_reads(tmp_path: Path) -> None:
    assert read_document(_docx(tmp_path / "ok.docx"), lang="es").text == "Hola."


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    # 4 MB of one repeated byte deflate to a few kB: a ratio far past 100.
    body = _DOC.replace("Hola.", "a" * (4 * 1024 * 1024))
    assert "zip bomb" in _error(_docx(tmp_path / "bomb.docx", body))


def test_zip_bomb_that_lies_about_its_size(tmp_path: Path) -> None:
    """The declared sizes look harmless: the member is streamed, zipfile reads no more
    than the declared size and its checksum then fails (memory stays bounded)."""
    path = _docx(tmp_path / "liar.docx", _DOC.replace("Hola.", "a" * (3 * 1024 * 1024)))
    data = bytearray(path.read_bytes())
    # Patch the member's declared uncompressed size (local header and central
    # directory) down to 1 kB, so only the stream can tell.
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    true_size = info.file_size.to_bytes(4, "little")
    assert data.count(true_size) == 2
    data = data.replace(true_size, (1024).to_bytes(4, "little"))
    path.write_bytes(bytes(data))
    message = _error(path)
    assert "word/document.xml" in message


def test_a_member_past_the_size_limit_is_refused_from_its_header(tmp_path: Path) -> None:
    path = _docx(tmp_path / "big.docx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    true_size = info.file_size.to_bytes(4, "little")
    data = data.replace(true_size, (MAX_MEMBER_BYTES + 1).to_bytes(4, "little"))
    path.write_bytes(bytes(data))
    assert "200 MB" in _error(path)


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">',
])
def test_xml_with_a_dtd_is_refused(tmp_path: Path, prolog: str) -> None:
    doc = _DOC.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>{prolog}')
    message = _error(_docx(tmp_path / "xxe.docx", doc.replace("Hola.", "&xxe;")))
    assert "DTD" in message and "word/document.xml" in message
    assert "root:" not in message


def test_a_cut_off_document_part_names_its_position_once(tmp_path: Path) -> None:
    message = _error(_docx(tmp_path / "cut.docx", _DOC[:80]))
    assert message == (f"{tmp_path / 'cut.docx'}: member word/document.xml is not well-formed "
                       "XML (line 1, column 81): AttValue: ' expected")


def test_a_package_with_a_member_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.docx"
    with zipfile.ZipFile(path, "w") as z, pytest.warns(UserWarning, match="Duplicate"):
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", _DOC)
        z.writestr("word/document.xml", _DOC.replace("Hola.", ""))
    assert _error(path) == (f"{path}: holds two members named word/document.xml (a damaged "
                            "or crafted package); refused")


def test_truncated_zip(tmp_path: Path) -> None:
    full = (FIXTURES / "structure.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(full[: len(full) // 2])
    assert "truncated or corrupt" in _error(path)


def test_encrypted_pdf() -> None:
    assert "needs a password" in _error(FIXTURES / "encrypted.pdf")


@pytest.mark.parametrize("as_name", ["a.doc", "a.docx"])  # as saved, and renamed
def test_old_word_says_to_save_as_docx(tmp_path: Path, as_name: str) -> None:
    path = tmp_path / as_name
    path.write_bytes((FIXTURES / "symbols.doc").read_bytes())
    message = _error(path)
    assert ("is an old binary Office document (.doc, .xls, .ppt), which is not read here; "
            "save it as .docx or .odt") in message


def test_rtf_named_as_text_says_how_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"  # its control words were read as sentences
    path.write_bytes((FIXTURES / "symbols.rtf").read_bytes())
    assert _error(path).endswith("is an RTF file, not text; name it .rtf or give "
                                 "--input-format rtf")
    assert read_document(path, lang="es", input_format="rtf").text.startswith("El coef")
    # asked to, the reader of text reads its code as the text it is
    assert read_document(path, lang="es", input_format="text").text.startswith("{\\rtf1")


def test_text_named_rtf_is_not_rtf(tmp_path: Path) -> None:
    path = tmp_path / "a.rtf"
    path.write_text("Hola.", encoding="utf-8")
    assert _error(path).endswith("is not an RTF file: its content is text; name it .txt or "
                                 "give --input-format text")


@pytest.mark.parametrize("as_name", ["deck.ppt", "deck.pptx", "deck.doc"])
def test_an_old_powerpoint_deck_says_to_save_as_pptx(tmp_path: Path, as_name: str) -> None:
    # it said to save it as .docx or .odt, whatever the old file was
    path = tmp_path / as_name
    path.write_bytes((FIXTURES / "deck-en.ppt").read_bytes())
    assert _error(path).endswith("is an old binary PowerPoint deck (.ppt), which is not read "
                                 "here; save it as .pptx or .odp in its editor (or as plain "
                                 "text) and read that")


@pytest.mark.parametrize("name", ["encrypted.odt", "encrypted.docx"])
def test_password_protected_odt_and_docx_are_named_as_such(name: str) -> None:
    # LibreOffice's ODT keeps a zip with encrypted parts; an encrypted DOCX is no zip
    # at all but an OLE compound file holding the encrypted package
    message = _error(FIXTURES / name)
    assert "password-protected" in message and "without the password" in message


def test_an_encrypted_docx_under_another_office_extension_is_still_named(
        tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    path.write_bytes((FIXTURES / "encrypted.docx").read_bytes())
    assert "password-protected" in _error(path)


def test_scanned_pdf_without_text() -> None:
    assert "no text layer" in _error(FIXTURES / "scanned.pdf")


def test_scanned_pdf_with_page_numbers_only() -> None:
    """Scanning software, a Bates stamp or the word processor the scans were pasted
    into numbers the pages: the PDF has a text layer, which held nothing but page
    numbers, and read as an empty document."""
    assert _error(FIXTURES / "scanned-pages.pdf").endswith(
        "scanned-pages.pdf: has no text but page numbers, running headers and footers "
        "(3 pages: scanned pages?); run OCR on it first")


def test_a_pdf_whose_text_layer_is_one_glyph_repeated_is_refused() -> None:
    # A font that maps every glyph to one character, with no /ActualText to say the
    # glyphs' text (LibreOffice writes it: broken-text-zh.pdf now reads): 委委委委...
    # was read as the document and aligned with confidences of 0.01
    text = "委员会于二零二三年四月在上海举行了第二次会议讨论了明年的工作计划并批准了预算"
    lines = tuple(Line(text[:1] * len(text), 72, 700 - 14 * i, 500, 712 - 14 * i)
                  for i in range(3))
    message = _garbled([Page(595, 842, lines)])
    assert message is not None and message.startswith("its text layer looks broken: 100%")
    assert _garbled([Page(595, 842, (Line(text * 2, 72, 700, 500, 712),))]) is None


def test_a_pdf_without_pages_says_so(tmp_path: Path) -> None:
    # It said "0 pages without text: scanned pages?".  A catalog and an empty page tree,
    # with the byte offsets of its two objects (9 and 58) and of the xref (110).
    body = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
    assert (body.index(b"1 0 obj"), body.index(b"2 0 obj"), len(body)) == (9, 58, 110)
    path = tmp_path / "empty.pdf"
    path.write_bytes(body + b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
                     b"0000000058 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\n"
                     b"startxref\n110\n%%EOF\n")
    assert _error(path) == f"{path}: has no pages (an empty page tree): nothing to read"


@pytest.mark.parametrize("name", ["images-only.docx", "images-only.odt", "images-only.epub"])
def test_a_document_of_images_only_is_refused(name: str) -> None:
    # A picture and no word, as a scan pasted into a document: nothing to align.
    assert "has no text (images only?" in _error(FIXTURES / name)


def test_an_empty_docx_is_refused_too(tmp_path: Path) -> None:
    path = _docx(tmp_path / "empty.docx", _DOC.replace("Hola.", " \u2022 "))
    assert "has no text" in _error(path)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "blank.txt"])
def test_an_empty_text_file_is_an_empty_document(tmp_path: Path, name: str) -> None:
    # Text may be empty on purpose (one side of a pair not yet translated): no error.
    path = tmp_path / name
    path.write_text("\n \n" if name == "blank.txt" else "", encoding="utf-8")
    assert read_document(path, lang="es").blocks == ()


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    message = _error(path)
    assert "PDF" in message


@pytest.mark.parametrize(("name", "content", "what"), [
    ("page.docx", b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>", "HTML"),
    ("book.epub", b"%PDF-1.4\n", "a PDF"),
    ("paper.pdf", b"Just text.", "text"),
    ("notes.odt", b"", "empty"),
])
def test_an_extension_that_lies(tmp_path: Path, name: str, content: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert f"its content is {what}" in _error(path)


def test_a_text_extension_on_a_package(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes((FIXTURES / "structure.docx").read_bytes())
    assert "--input-format docx" in _error(path)
    # The override reads it.
    assert read_document(path, lang="en", input_format="docx").text.startswith("Annual")


def test_odt_mimetype_of_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "sheet.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert "opendocument.spreadsheet" in _error(path)


@pytest.mark.parametrize("bad", ["encrypted.pdf", "scanned.pdf", "scanned-pages.pdf",
                                 "encrypted.odt",
                                 "encrypted.docx", "images-only.docx", "images-only.epub"])
def test_cli_exit_2_one_line_and_no_output(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["segment", str(FIXTURES / bad), "--lang", "es",
                                      "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert str(FIXTURES / bad) in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_align_with_a_zip_bomb(tmp_path: Path) -> None:
    bomb = _docx(tmp_path / "bomb.docx", _DOC.replace("Hola.", "a" * (4 * 1024 * 1024)))
    out = tmp_path / "out.tmx"
    result = CliRunner().invoke(cli, ["align", str(bomb), str(FIXTURES / "structure.docx"),
                                      "--src-lang", "es", "--tgt-lang", "en", "-o", str(out),
                                      "--format", "tmx"])
    assert result.exit_code == 2, result.output
    assert str(bomb) in result.output and "zip bomb" in result.output
    assert not out.exists()


@pytest.mark.parametrize(("fixture", "name", "message"), [
    ("chile-73.es.docx", "notes.odt",
     "is not an ODT file: its content is a DOCX; name it .docx or give --input-format docx"),
    ("chile-73.es.odt", "book.epub",
     "is not an EPUB file: its content is an ODT; name it .odt or give --input-format odt"),
    ("chile-73.es.docx", "paper.pdf",
     "is not a PDF file: its content is a DOCX; name it .docx or give --input-format docx"),
    ("chile-73.es.pdf", "paper.docx",
     "is not a DOCX file: its content is a PDF; name it .pdf or give --input-format pdf"),
])
def test_the_formats_are_named_with_their_article(tmp_path: Path, fixture: str, name: str,
                                                  message: str) -> None:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "corpus" / fixture).read_bytes())
    assert _error(path).endswith(f"{name}: {message}")


@pytest.mark.parametrize(("name", "content", "what", "reads"), [
    ("page.docx", b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>",
     "is not a DOCX file: its content is HTML; name it .html or give --input-format html",
     "html"),
    ("paper.pdf", b"Hi.",
     "is not a PDF file: its content is text; name it .txt or give --input-format text",
     "text"),
    ("notes.odt", b"", "is not an ODT file: its content is empty", None),  # nothing to read
    ("notes.odt", b"<?xml version='1.0'?><office/>",  # XML: no reader to name
     "is not an ODT file: its content is XML or HTML", None),
])
def test_text_under_a_document_extension_says_how_to_read_it(
        tmp_path: Path, name: str, content: bytes, what: str, reads: str | None) -> None:
    """A .docx that was HTML was told no way to read it, though --input-format html
    reads it."""
    path = tmp_path / name
    path.write_bytes(content)
    assert _error(path) == f"{path}: {what}"
    if reads is not None:
        assert read_document(path, lang="en", input_format=reads).text.strip() == "Hi."


@pytest.mark.parametrize(("name", "asked", "fix"), [
    ("paper.pdf", "docx", "drop --input-format docx"),  # the name says what it is
    ("paper.odt", "docx", "name it .pdf or give --input-format pdf"),
])
def test_an_input_format_the_content_contradicts(tmp_path: Path, name: str, asked: str,
                                                 fix: str) -> None:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "corpus" / "chile-73.es.pdf").read_bytes())
    assert _error(path, input_format=asked).endswith(
        f"{name}: is not a DOCX file: its content is a PDF; {fix}")


def _deep_html(path: Path, depth: int) -> Path:
    path.write_text("<html><body><p>Antes del anidamiento.</p>" + "<span>" * depth
                    + "Texto profundo." + "</span>" * depth
                    + "<p>Después del anidamiento.</p></body></html>", encoding="utf-8")
    return path


def test_html_nested_past_libxml2s_limit_loses_no_text(tmp_path: Path) -> None:
    """libxml2 stops at 256 levels: everything from there to the end was dropped,
    without a word (exit 0)."""
    doc = read_document(_deep_html(tmp_path / "deep.es.html", 300), lang="es")
    assert doc.text.split("\n\n") == ["Antes del anidamiento.", "Texto profundo.",
                                      "Después del anidamiento."]


def test_html_nested_by_the_thousand_is_one_line(tmp_path: Path) -> None:
    message = _error(_deep_html(tmp_path / "deeper.es.html", 5000))
    assert "nested too deeply to read" in message


def _epub_with(path: Path, member: str, change: Callable[[str], str]) -> Path:
    """A copy of structure.epub with one member's text changed."""
    with zipfile.ZipFile(FIXTURES / "structure.epub") as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(info, data)
    return path


_SPINE = ('  <spine toc="ncx">\n    <itemref idref="title_page_xhtml" linear="yes" />\n'
          '    <itemref idref="ch001_xhtml" />\n  </spine>\n')


@pytest.mark.parametrize(("spine", "message"), [
    # It said "has no text (images only? ...); run OCR on a scan first".
    ("", "member EPUB/content.opf has no <spine> (the list of chapters in reading order): "
         "no chapter to read"),
    ('  <spine toc="ncx"/>\n', "member EPUB/content.opf has an empty <spine> (the list of "
                               "chapters in reading order): no chapter to read"),
    # the spine begins on line 17 of the package document, the second itemref on line 19
    (_SPINE.replace('"ch001_xhtml"', '"chapter-one"'),
     "member EPUB/content.opf (line 19): the spine's itemref idref='chapter-one' names no "
     "item of the manifest"),
])
def test_an_epub_spine_that_lists_no_chapter_says_so(tmp_path: Path, spine: str,
                                                     message: str) -> None:
    def change(opf: str) -> str:
        assert _SPINE in opf
        return opf.replace(_SPINE, spine)

    path = _epub_with(tmp_path / "book.epub", "EPUB/content.opf", change)
    assert _error(path) == f"{path}: {message}"


def test_a_cut_off_epub_chapter_is_refused_naming_it(tmp_path: Path) -> None:
    # The HTML parser recovered it: the book read up to the cut, exit 0.  Cut after
    # "<p>The <strong>com", on line 21: column 19 is just past the cut.
    def cut(chapter: str) -> str:
        assert chapter.splitlines()[20].startswith("<p>The <strong>com</strong>")
        return chapter[:chapter.index("<p>The <strong>com") + len("<p>The <strong>com")]

    path = _epub_with(tmp_path / "cut.epub", "EPUB/text/ch001.xhtml", cut)
    assert _error(path) == (f"{path}: member EPUB/text/ch001.xhtml ends at line 21, column 19 "
                            "before its </html> (cut off?): the chapter would be read only in "
                            "part")


def test_a_whole_epub_chapter_with_broken_markup_is_still_read(tmp_path: Path) -> None:
    # Markup that is not XML but holds all its text is recovered, as in an HTML page:
    # only a chapter that stops before its </html> is refused.
    path = _epub_with(tmp_path / "sloppy.epub", "EPUB/text/ch001.xhtml",
                      lambda chapter: chapter.replace("</body>", "</div></div></body>")
                      .replace("</html>", "</HTML>\n<!-- made by hand -->\n"))
    assert "The committee met on Monday" in read_document(path, lang="en").text


def test_an_epub_chapter_that_lacks_only_its_last_end_tags_is_read(tmp_path: Path) -> None:
    """All its text is there: it ends with </p> or </body>, no cut inside text or a tag
    (it was refused as read only in part)."""
    for kept in ("</body>", "</p>"):
        def drop_end(chapter: str, kept: str = kept) -> str:
            return chapter[:chapter.rindex(kept) + len(kept)] + "\n"

        path = _epub_with(tmp_path / f"end{len(kept)}.epub", "EPUB/text/ch001.xhtml",
                          drop_end)
        assert "The committee met on Monday" in read_document(path, lang="en").text


def test_an_epub_spine_item_missing_beside_chapters_that_are_there_is_passed_over(
        tmp_path: Path) -> None:
    """As reading systems do: the book is read without it (only a spine that names no
    chapter at all is an error)."""
    spine = _SPINE.replace("  </spine>", '    <itemref idref="appendix" />\n  </spine>')

    def change(opf: str) -> str:
        return opf.replace(_SPINE, spine)

    path = _epub_with(tmp_path / "book.epub", "EPUB/content.opf", change)
    assert "The committee met on Monday" in read_document(path, lang="en").text
