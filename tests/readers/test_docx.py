"""The DOCX reader's inline code: runs in a character style of code, built here with
zipfile as Word and pandoc write them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from aligner.readers import read_document, read_string
from aligner.segment import segment_document

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
# pandoc's style of inline code, one based on it (pandoc's highlighting tokens are),
# Word's built-in one, and a style that only sets a monospace font
_STYLE_XML = (
    '<w:style w:type="character" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>'
    '<w:rPr><w:rFonts w:ascii="Consolas"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="KeywordTok"><w:name w:val="KeywordTok"/>'
    '<w:basedOn w:val="VerbatimChar"/></w:style>'
    '<w:style w:type="character" w:styleId="HTMLCode"><w:name w:val="HTML Code"/></w:style>'
    '<w:style w:type="character" w:styleId="Mono"><w:name w:val="Typewriter"/>'
    '<w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr></w:style>')


def _docx(path: Path, runs: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body><w:p>{runs}'
                                        "</w:p></w:body></w:document>")
        z.writestr("word/_rels/document.xml.rels",
                   f'<Relationships xmlns="{_REL}"><Relationship Id="r1" Type="{_STYLES}" '
                   'Target="styles.xml"/></Relationships>')
        z.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W}">{_STYLE_XML}</w:styles>')
    return path


def _r(text: str, style: str = "") -> str:
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(("runs", "sentences"), [
    # pandoc's inline code from Markdown: `print("Done. Exit now")`
    (_r("Run ") + _r('print("Done. Exit now")', "VerbatimChar") + _r(" to test it. Then stop."),
     ['Run print("Done. Exit now") to test it.', "Then stop."]),
    # code Word split into two runs is one span; a style based on a code style is code
    (_r("Type ") + _r('git commit -m "Fix.', "VerbatimChar") + _r(' Done"', "KeywordTok")
     + _r(" and go."), ['Type git commit -m "Fix. Done" and go.']),
    (_r("Press ") + _r("Ctrl. C", "HTMLCode") + _r(" now. Next."), ["Press Ctrl. C now.", "Next."]),
    # a monospace font alone is no code: its sentences end
    (_r("Fade in. A room.", "Mono"), ["Fade in.", "A room."]),
])
def test_no_sentence_ends_inside_a_run_in_a_code_style(tmp_path: Path, runs: str,
                                                       sentences: list[str]) -> None:
    doc = read_document(_docx(tmp_path / "code.docx", runs), lang="en")
    assert "\ufdd0" not in doc.text and "\ufdd1" not in doc.text
    assert list(segment_document(doc).sentences) == sentences


ENUMERATION = ["(1) Der Auftragnehmer hat insbesondere",
               "a) die Leistungen fristgerecht zu erbringen,",
               "b) den Auftraggeber zu informieren, und zwar",
               "aa) schriftlich und",
               "bb) unter Angabe der voraussichtlichen Dauer,",
               "c) ggf. Subunternehmer nur mit Zustimmung einzusetzen.",
               "(2) Die Haftung ist ausgeschlossen."]


def test_a_typed_enumeration_is_one_item_a_sentence_as_in_its_plain_text(tmp_path: Path
                                                                         ) -> None:
    """A German walk's contract, its items typed a paragraph each: the DOCX ran them on
    after their commas, and gave ``b) ... und zwar aa) schriftlich und`` and ``bb) ...,
    c) ...`` where the .txt gives one item a line."""
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>'
                         for p in ENUMERATION)
    path = tmp_path / "vertrag.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{paragraphs}'
                                        "</w:body></w:document>")
    assert list(segment_document(read_document(path, lang="de")).sentences) == ENUMERATION
    plain = read_string("\n".join(ENUMERATION) + "\n", lang="de")
    assert list(segment_document(plain).sentences) == ENUMERATION
