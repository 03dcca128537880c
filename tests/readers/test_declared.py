"""The language a document declares (``Document.declared``), on documents pandoc and
LibreOffice made (tests/fixtures/README.md) and hand-written pages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from aligner.model import DeclaredLanguage
from aligner.readers import declared_language, read_document, read_string
from aligner.readers.declared import declared, mostly_east_asian, mostly_right_to_left

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("name", "lang", "where"), [
    # pandoc, from the front matter's lang: fr (src/declared-fr.md)
    ("declared-fr.docx", "fr", '<w:lang w:val="fr"/> in word/styles.xml'),
    ("declared-fr.odt", "fr", "<dc:language>fr</dc:language> in meta.xml"),
    ("declared-fr.epub", "fr", "<dc:language>fr</dc:language>"),
    ("src/declared-fr.md", "fr", "lang: fr in its front matter"),
    # pandoc -M lang=en-US: the French text under an English default, as templates leave it
    ("declared-fr-as-en.docx", "en-US", '<w:lang w:val="en-US"/> in word/styles.xml'),
    # hand-written pages
    ("declared-fr.html", "fr", '<html lang="fr">'),
    ("declared-fr-as-en.html", "en", '<html lang="en">'),
    # LibreOffice: the default paragraph style's language and country (ODT), the
    # default run language (DOCX)
    ("corpus/chile-73.es.odt", "es-CL", 'fo:language="es" fo:country="CL" in styles.xml'),
    ("corpus/chile-73.es.docx", "es-CL", '<w:lang w:val="es-CL"/> in word/styles.xml'),
    # LibreOffice's Western en-US over Japanese and Chinese text: the East Asian language
    # is the text's, as Japanese Word writes w:val="en-US" w:eastAsia="ja-JP" (a patent
    # walk's files were all said to declare en-US); the Spanish DOCX above declares
    # w:eastAsia="zh-CN" too, and its Latin text keeps w:val
    ("declared-ja.docx", "ja-JP", '<w:lang w:eastAsia="ja-JP"/> in word/styles.xml'),
    ("declared-zh.docx", "zh-CN", '<w:lang w:eastAsia="zh-CN"/> in word/styles.xml'),
    ("declared-zh.odt", "zh-CN",
     'style:language-asian="zh" style:country-asian="CN" in styles.xml'),
    # LibreOffice's Western en-US over Arabic text, its complex (right-to-left) language
    # ar-SY: the right-to-left language is the text's (an Arabic walk's Word files were
    # all said to declare en-US); LibreOffice's default complex language in the C
    # locale, Hindi, says nothing of Arabic text, and en-US stays the declaration
    ("declared-ar.docx", "ar-SY", '<w:lang w:bidi="ar-SY"/> in word/styles.xml'),
    ("declared-ar.odt", "ar-SY",
     'style:language-complex="ar" style:country-complex="SY" in styles.xml'),
    ("declared-ar-default.docx", "en-US", '<w:lang w:val="en-US"/> in word/styles.xml'),
    # LibreOffice's RTF: the language id of the style Normal (12: French of no country)
    ("declared-fr.rtf", "fr", "\\lang12 of the style Normal"),
    ("corpus/chile-73.es.rtf", "es-CL", "\\lang13322 of the style Normal"),
])
def test_a_document_reports_the_language_it_declares(name: str, lang: str, where: str) -> None:
    path = FIXTURES / name
    expected = DeclaredLanguage(lang, where)
    assert read_document(path, lang="en").declared == expected
    assert declared_language(path) == expected  # the same, before reading in a language


@pytest.mark.parametrize("name", [
    "structure.epub",  # pandoc without a lang writes its locale, dc:language C
    "notes.html",  # pandoc -s without a lang writes <html> without one
    "notes.rtf",  # pandoc's RTF names no language
    "src/notes.md",  # no front matter
    "corpus/chile-73.es.pdf",  # PDF: not read here
])
def test_a_document_that_declares_no_language(name: str) -> None:
    assert declared_language(FIXTURES / name) is None
    if not name.endswith(".pdf"):
        assert read_document(FIXTURES / name, lang="en").declared is None


def test_plain_text_and_unreadable_files_declare_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("lang: fr\n", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 not a zip")
    assert declared_language(tmp_path / "a.txt") is None
    assert declared_language(tmp_path / "b.docx") is None  # its error comes when read
    assert declared_language(tmp_path / "missing.html") is None


@pytest.mark.parametrize(("value", "lang"), [
    ("fr", "fr"), ("EN_us", "en-US"), (" de-de ", "de-DE"), ("zh-hans", "zh-Hans"),
    ("iw", "he"),  # a deprecated code: its replacement
    ("eng", "en"), ("ger", "de"),  # ISO 639-2, as older EPUBs write it
    ("", None), ("C", None), ("none", None), ("english", None),  # no language tag
    ("und", None), ("mul", None), ("zxx", None), ("mis", None),  # no language in particular
    ("x-klingon", None),  # private use
])
def test_a_declared_value_is_read_as_codes_are_everywhere(value: str, lang: str | None) -> None:
    found = declared(value, "here")
    assert (found.lang if found is not None else None) == lang


def test_html_and_xhtml_declare_by_lang_or_xml_lang() -> None:
    xhtml = ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" '
             'xml:lang="pt-BR"><body><p>Olá.</p></body></html>')
    assert read_string(xhtml, lang="en", input_format="html").declared == DeclaredLanguage(
        "pt-BR", '<html xml:lang="pt-BR">')
    page = '<html lang=""><body><p>Hi.</p></body></html>'
    assert read_string(page, lang="en", input_format="html").declared is None


def test_markdown_declares_by_lang_or_language_and_shows_neither() -> None:
    doc = read_string("---\ntitle: Viaje\nlanguage: 'es-MX'\n---\n\nHola.\n", lang="es",
                      input_format="markdown")
    assert doc.declared == DeclaredLanguage("es-MX", "language: es-MX in its front matter")
    assert doc.text == "Viaje\n\nHola."


def _odt_with_meta(tmp_path: Path, name: str, meta: bytes) -> Path:
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(FIXTURES / name) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            out.writestr(item, meta if item.filename == "meta.xml" else src.read(item))
    return path


def test_an_odts_dc_language_comes_before_its_default_style(tmp_path: Path) -> None:
    meta = (b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            b'office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            b"<dc:language>ca</dc:language></office:meta></office:document-meta>")
    path = _odt_with_meta(tmp_path, "corpus/chile-73.es.odt", meta)  # styles: es-CL
    assert read_document(path, lang="es").declared == DeclaredLanguage(
        "ca", "<dc:language>ca</dc:language> in meta.xml")


def test_a_broken_meta_xml_leaves_the_default_style_to_declare(tmp_path: Path) -> None:
    path = _odt_with_meta(tmp_path, "declared-fr.odt", b"<broken")
    doc = read_document(path, lang="fr")
    assert doc.text.startswith("Le phare de la pointe\n\nLe gardien du phare")
    # pandoc writes the language in its default style too
    assert doc.declared == DeclaredLanguage("fr", 'fo:language="fr" in styles.xml')


@pytest.mark.parametrize(("text", "east_asian"), [
    ("本装置は筐体を備える。", True),
    ("本装置包括壳体 (housing 12) 和基板。", True),
    ("The housing 12 (筐体) is made of resin.", False),
    ("", False),
])
def test_a_text_mostly_in_east_asian_script(text: str, east_asian: bool) -> None:
    assert mostly_east_asian(text) is east_asian


@pytest.mark.parametrize(("text", "right_to_left"), [
    ("زار الفريق ثلاث قرى.", True),
    ("שלום עולם", True),
    ("The report calls the budget (الميزانية) its main risk.", False),  # a quoted word
    ("تقرير FAO عن الأمن الغذائي", True),  # a Latin acronym in Arabic
    ("١٢٣ 456", False),  # digits are no letters
    ("", False),
])
def test_a_text_mostly_in_a_right_to_left_script(text: str, right_to_left: bool) -> None:
    assert mostly_right_to_left(text) is right_to_left
