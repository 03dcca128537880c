"""A DOCX link written as a HYPERLINK field (readers/docxfields.py), simple and complex,
in DOCX files built here with zipfile as Word writes them; sentences written by hand."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from aligner.formats.tmx import write_tmx
from aligner.pipeline import align_files
from aligner.readers import read_document
from aligner.readers.docxfields import hyperlink
from tests.readers.test_office_details import _docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize(("code", "href"), [
    (' HYPERLINK "https://example.org/lights" ', "https://example.org/lights"),
    ('HYPERLINK "https://example.org/a" \\l "part2" \\o "A tip"', "https://example.org/a#part2"),
    (' HYPERLINK \\l "_Toc12" ', "#_Toc12"),
    ("hyperlink https://example.org/b \\t _blank", "https://example.org/b"),
    ('HYPERLINK "C:\\\\docs\\\\a.docx"', "C:\\docs\\a.docx"),
    (" PAGEREF _Toc12 \\h ", None),
    (' TOC \\o "1-3" \\h ', None),
    (" HYPERLINKS ", None),
])
def test_a_hyperlink_fields_code_says_where_it_points(code: str, href: str | None) -> None:
    assert hyperlink(code) == href


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _code(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'


def _simple(instr: str, *runs: str) -> str:
    return f'<w:fldSimple w:instr="{instr}">{"".join(runs)}</w:fldSimple>'


def _complex(codes: list[str], *runs: str) -> str:
    return (_char("begin") + "".join(_code(c) for c in codes) + _char("separate")
            + "".join(runs) + _char("end"))


def _body(lang: str) -> str:
    """A simple field, a complex one (its code in two pieces, its result in two runs, one
    bold, a PAGE field inside), and a field of another kind; in English or Spanish."""
    en = lang == "en"
    return (
        "<w:p>" + _run("The range is in the " if en else "El alcance figura en la ")
        + _simple("HYPERLINK &quot;https://example.org/lights&quot;",
                  _run("List of Lights" if en else "Lista de faros")) + _run(".") + "</w:p>"
        + "<w:p>" + _run("Read " if en else "Lea ")
        + _complex([' HYPERLINK "https://example.org/', 'rules" \\l "fees" '],
                   _run("the " if en else "las "),
                   _run("rules" if en else "normas", "<w:rPr><w:b/></w:rPr>"),
                   _complex([" PAGE "], _run(" 3")))
        + _run(" on page " if en else " en la página ")
        + _complex([" PAGEREF _Toc1 \\h "], _run("4")) + _run(".") + "</w:p>")


def test_both_field_forms_read_as_links_to_their_address(tmp_path: Path) -> None:
    doc = read_document(_docx(tmp_path / "f.docx", _body("en")), lang="en")
    assert doc.text == "The range is in the List of Lights.\n\nRead the rules 3 on page 4."
    assert [(doc.text[f.start:f.end], f.style.value, f.href) for f in doc.formatting] == [
        ("List of Lights", "a", "https://example.org/lights"),
        ("the rules 3", "a", "https://example.org/rules#fees"),
        ("rules", "b", ""),
    ]


def test_a_field_links_address_is_in_the_tmx(tmp_path: Path) -> None:
    src, tgt = _docx(tmp_path / "en.docx", _body("en")), _docx(tmp_path / "es.docx", _body("es"))
    aligned = align_files(src, tgt, src_lang="en", tgt_lang="es").alignment
    write_tmx(aligned, tmp_path / "out.tmx", creation_date=datetime(2026, 12, 6, tzinfo=UTC))
    segs = [etree.tostring(s, encoding="unicode", with_tail=False)
            for s in etree.parse(str(tmp_path / "out.tmx")).getroot().iter("seg")]
    assert ('<seg>The range is in the <bpt i="1" x="1">&lt;a href="https://example.org/lights"'
            '&gt;</bpt>List of Lights<ept i="1">&lt;/a&gt;</ept>.</seg>') in segs
    assert ('<seg>El alcance figura en la <bpt i="1" x="1">&lt;a href="https://example.org/'
            'lights"&gt;</bpt>Lista de faros<ept i="1">&lt;/a&gt;</ept>.</seg>') in segs
