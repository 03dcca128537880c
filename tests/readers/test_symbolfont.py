"""Text in Word's Symbol font read as the characters the font draws
(:mod:`aligner.readers.symbolfont`), in DOCX and ODT alike: LibreOffice's documents
(tests/fixtures/README.md) and WordprocessingML and ODF built here with zipfile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from aligner.readers import read_document
from aligner.readers.symbolfont import symbol_table
from tests.readers.test_office_details import (
    _OFFICE,
    _TEXT,
    FIXTURES,
    _docx,
    _docx_styled,
    _offsets_hold,
    _run,
    _sym,
)

# src/symbols.fodt: characters of the Symbol font, the font's codes from U+F000 or plain
# (W, m) in a span of the font, read as the characters the font draws; a check mark of
# Wingdings, which has no table, stays its private-use code.
SYMBOLS = ("El coeficiente α vale 0,5 a 30°C.\n\nUno • dos • tres.\n\n"
           "Trabaja a 20 ± 2 °C con 5 kΩ y μm.\n\nHecho \uf0fc.")


@pytest.mark.parametrize("name", ["symbols.docx", "symbols.odt", "symbols.rtf"])
def test_symbol_font_characters(name: str) -> None:
    assert read_document(FIXTURES / name, lang="es").text == SYMBOLS


def test_w_sym_reads_as_the_same_characters(tmp_path: Path) -> None:
    """Word writes a symbol as w:sym where LibreOffice writes a run of the font: the
    same document either way."""
    body = (f"<w:p>{_run('El coeficiente ')}{_sym('F061')}{_run(' vale 0,5 a 30')}"
            f"{_sym('F0B0')}{_run('C.')}</w:p>"
            f"<w:p>{_run('Uno ')}{_sym('F0B7')}{_run(' dos ')}{_sym('f0b7')}{_run(' tres.')}"
            "</w:p>"
            f"<w:p>{_run('Trabaja a 20 ')}{_sym('F0B1')}{_run(' 2 °C con 5 k')}{_sym('57')}"
            f"{_run(' y ')}{_sym('F06D')}{_run('m.')}</w:p>"
            f"<w:p>{_run('Hecho ')}{_sym('F0FC', 'Wingdings')}{_run('.')}</w:p>")
    assert read_document(_docx(tmp_path / "sym.docx", body), lang="es").text == SYMBOLS


@pytest.mark.parametrize(("code", "text"), [
    ("61", "a"),  # no U+F000 offset: the code as it is, as LibreOffice reads it
    ("F04A", "\uf04a"),  # Wingdings' smiley: no table for the font, its code stays
    ("ZZ", ""), ("", ""), ("0007", ""), ("D800", ""), ("110000", ""),  # no character
])
def test_w_sym_codes(tmp_path: Path, code: str, text: str) -> None:
    body = f"<w:p>{_run('Sym [')}{_sym(code, 'Wingdings')}{_run(']')}</w:p>"
    assert read_document(_docx(tmp_path / "s.docx", body), lang="en").text == f"Sym [{text}]"


@pytest.mark.parametrize(("code", "text"), [
    ("F0B1", "±"), ("B1", "±"), ("F0A3", "≤"), ("F0B3", "≥"), ("F0B0", "°"), ("F06D", "μ"),
    ("F057", "Ω"), ("F0AE", "→"), ("F0B7", "•"), ("F0B4", "×"), ("F0A0", "€"),
    ("F0D2", "®"), ("F0E6", "⎛"),  # Adobe's own private-use glyphs, as Unicode has them
    ("F060", "\uf060"), ("F0F0", "\uf0f0"), ("F07F", "\uf07f"),  # nothing in the table
    ("F1B1", "\uf1b1"), ("00B1", "±"),
])
def test_w_sym_of_the_symbol_font(tmp_path: Path, code: str, text: str) -> None:
    body = f"<w:p>{_run('Sym [')}{_sym(code, 'Symbol')}{_run(']')}</w:p>"
    assert read_document(_docx(tmp_path / "s.docx", body), lang="en").text == f"Sym [{text}]"


def _font_run(text: str, fonts: str, style: str = "") -> str:
    return (f'<w:r><w:rPr>{style}<w:rFonts {fonts}/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


@pytest.mark.parametrize(("fonts", "text"), [
    ('w:ascii="Symbol" w:hAnsi="Symbol"', "α ± β±"),
    ('w:ascii="Wingdings" w:hAnsi="Wingdings"', "a \uf0b1 b\xb1"),  # no table: as it is
    ('w:ascii="Symbol"', "α \uf0b1 β\xb1"),  # ASCII characters only
    ('w:hAnsi="Symbol"', "a ± b±"),  # the others only
    ('w:ascii="Times New Roman" w:hAnsi="Times New Roman"', "a \uf0b1 b\xb1"),
])
def test_runs_in_the_symbol_font(tmp_path: Path, fonts: str, text: str) -> None:
    body = "<w:p>" + _font_run("a \uf0b1 b\xb1", fonts) + "</w:p>"
    assert read_document(_docx(tmp_path / "r.docx", body), lang="en").text == text


def test_a_character_style_in_the_symbol_font(tmp_path: Path) -> None:
    """A run's font may come from its character style (and the style it is based on);
    its own w:rFonts win over the style's."""
    styles = ('<w:style w:type="character" w:styleId="Sym"><w:name w:val="Sym"/>'
              '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="Sym2"><w:name w:val="Sym2"/>'
              '<w:basedOn w:val="Sym"/></w:style>')
    sym, sym2 = '<w:rStyle w:val="Sym"/>', '<w:rStyle w:val="Sym2"/>'
    arial = 'w:ascii="Arial" w:hAnsi="Arial"'
    body = (f"<w:p>{_run('Tol ')}<w:r><w:rPr>{sym}</w:rPr><w:t>\uf0b1</w:t></w:r>"
            f"<w:r><w:rPr>{sym2}</w:rPr><w:t>a</w:t></w:r>"
            f"{_font_run('a', arial, sym)}</w:p>")
    assert read_document(_docx_styled(tmp_path / "c.docx", body, styles),
                         lang="en").text == "Tol ±αa"


_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
# Font faces and styles of an ODT's content.xml: a span's font is a font face's family.
_FACES = ('<office:font-face-decls>'
          '<style:font-face style:name="Symbol" svg:font-family="Symbol"/>'
          '<style:font-face style:name="Wingdings" svg:font-family="Wingdings"/>'
          '<style:font-face style:name="Serif" svg:font-family="&apos;Liberation Serif&apos;"/>'
          '</office:font-face-decls>')


def _style(name: str, props: str, family: str = "text", parent: str = "") -> str:
    based = f' style:parent-style-name="{parent}"' if parent else ""
    return (f'<style:style style:name="{name}" style:family="{family}"{based}>'
            f"<style:text-properties {props}/></style:style>")


def _odt_fonts(path: Path, styles: str, body: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0"?><office:document-content '
                                  f'xmlns:office="{_OFFICE}" xmlns:text="{_TEXT}" '
                                  f'xmlns:style="{_STYLE}" xmlns:svg="{_SVG}" xmlns:fo="{_FO}">'
                                  f"{_FACES}<office:automatic-styles>{styles}"
                                  "</office:automatic-styles><office:body><office:text>"
                                  f"{body}</office:text></office:body>"
                                  "</office:document-content>")
    return path


_ODT_STYLES = (_style("Sym", 'style:font-name="Symbol"')
               + _style("Wing", 'style:font-name="Wingdings"')
               + _style("Serif", 'style:font-name="Serif"')
               + _style("Family", 'fo:font-family="Symbol"')
               + _style("Child", 'fo:font-weight="bold"', parent="Sym")
               + _style("PSym", 'style:font-name="Symbol"', family="paragraph"))


@pytest.mark.parametrize(("body", "text"), [
    ('<text:p>20 <text:span text:style-name="Sym">\uf0b1</text:span> 2</text:p>', "20 ± 2"),
    ('<text:p>5 k<text:span text:style-name="Sym">W</text:span></text:p>', "5 kΩ"),
    ('<text:p>20 <text:span text:style-name="Family">\uf0b1</text:span> 2</text:p>', "20 ± 2"),
    # the font of the style it is based on
    ('<text:p><text:span text:style-name="Child">a\uf0b3b</text:span></text:p>', "α≥β"),
    # a paragraph in the font; a span in another font inside it, and the text after it
    ('<text:p text:style-name="PSym">a<text:span text:style-name="Serif">a</text:span>'
     "a</text:p>", "αaα"),
    # a span inside a span in the font, with no font of its own
    ('<text:p><text:span text:style-name="Sym">a<text:span>b</text:span></text:span>c</text:p>',
     "αβc"),
    # Wingdings has no table: its codes stay
    ('<text:p>Hecho <text:span text:style-name="Wing">\uf0fc</text:span>.</text:p>',
     "Hecho \uf0fc."),
    ('<text:p>x \uf0b1 y</text:p>', "x \uf0b1 y"),  # no font named: as it is
])
def test_odt_spans_in_the_symbol_font(tmp_path: Path, body: str, text: str) -> None:
    path = _odt_fonts(tmp_path / "s.odt", _ODT_STYLES, body)
    assert read_document(path, lang="en").text == text


@pytest.mark.parametrize("name", ["symbols.docx", "symbols.odt"])
def test_symbol_characters_keep_the_sentences_offsets(name: str) -> None:
    assert _offsets_hold(FIXTURES / name, "es") == SYMBOLS


def test_the_symbol_table() -> None:
    """Facts of the font's encoding, written by hand; every code from 20 to FE but
    60 (a radical's extender), 7F-9F and F0 (no glyph) has a character."""
    table = symbol_table()
    assert sorted(set(range(0x20, 0xFF)) - table.keys()) == [0x60, *range(0x7F, 0xA0), 0xF0]
    facts = {0x22: "∀", 0x2D: "−", 0x41: "Α", 0x44: "Δ", 0x57: "Ω", 0x61: "α", 0x6A: "ϕ",
             0x6D: "μ", 0x76: "ϖ", 0xA3: "≤", 0xA5: "∞", 0xAE: "→", 0xB0: "°", 0xB1: "±",
             0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB9: "≠", 0xBB: "≈", 0xC6: "∅", 0xD6: "√",
             0xE5: "∑", 0xF2: "∫"}
    assert {code: table[code] for code in facts} == facts
    assert all(len(char) == 1 for char in table.values())  # one for one: offsets hold
