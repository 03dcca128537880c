"""The PPTX reader on decks made by pandoc and LibreOffice (tests/fixtures/README.md) and
on decks written here with zipfile.  The expected text is written by hand from the
sources, tests/fixtures/src/deck-es.md and deck-en.md."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.errors import InputError
from aligner.model import BlockKind, Document
from aligner.pipeline import segment_file
from aligner.readers import InputFormat, format_for, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# src/deck-en.md as read, slide by slide: the title slide's date is in pandoc's date
# placeholder, left out as slide numbers and footers are; the subtitle and the author
# are one paragraph, two line breaks apart; each slide's notes follow it.
DECK_EN = [
    ("heading", "The Punta Brava Lighthouse"),
    ("heading", "Annual report of the watch  Ana Pérez"),
    ("heading", "The year in brief"),
    ("list", "The light burned every night of the year."),
    ("list", "The keeper logged the wind and the sea."),
    ("list", "See the service\u2019s List of Lights."),
    ("notes", "Start with the summary."),
    ("notes", "Say that it was a good year."),
    ("notes", "Ask for questions."),
    ("heading", "Figures"),
    ("table", "Month"), ("table", "Hours of light"),
    ("table", "January"), ("table", "310"),
    ("table", "July"), ("table", "250"),
    ("heading", "Maintenance"),
    ("body", "The lamp burned paraffin oil."),
    ("body", "The tank holds 2 m3 of H2O for the fog."),
    ("notes", "Mention that the tank was emptied in June."),
    ("heading", "Closing"),
    ("body", "The light closes in August."),
    ("body", "It reopens in September."),
    ("notes", "Thank the board and the keepers."),
]
DECK_ES = [
    ("heading", "El faro de Punta Brava"),
    ("heading", "Informe anual de la guardia  Ana Pérez"),
    ("heading", "Resumen del año"),
    ("list", "El faro funcionó todas las noches del año."),
    ("list", "El guardián anotó el viento y el mar."),
    ("list", "Véase la Lista de Faros del servicio."),
    ("notes", "Empiece por el resumen."),
    ("notes", "Diga que fue un buen año."),
    ("notes", "Pregunte si hay dudas."),
    ("heading", "Cifras"),
    ("table", "Mes"), ("table", "Horas de luz"),
    ("table", "Enero"), ("table", "310"),
    ("table", "Julio"), ("table", "250"),
    ("heading", "Mantenimiento"),
    ("body", "La lámpara quemó aceite de parafina."),
    ("body", "El depósito guarda 2 m3 de H2O para la niebla."),
    ("notes", "Mencione que el depósito se vació en junio."),
    ("heading", "Cierre"),
    ("body", "El faro cierra en agosto."),
    ("body", "Reabre en septiembre."),
    ("notes", "Agradezca a la junta y a los guardianes."),
]
FORMATTING_EN = [("b", "every", ""), ("a", "List of Lights", "https://example.org/lights"),
                 ("i", "paraffin", ""), ("sup", "3", ""), ("sub", "2", ""),
                 ("i", "September", "")]


def _parts(path: Path, lang: str = "en") -> list[tuple[str, str]]:
    """(part, sentence) of each sentence, after checking the offsets every reader keeps:
    each sentence is its span of the text, blocks are in order and do not overlap, and
    each formatting span lies inside a block."""
    seg = segment_file(path, lang)
    doc = seg.document
    for s in seg.segments:
        assert doc.text[s.start:s.end] == s.text
    _check_blocks(doc)
    return [(doc.blocks[s.block].part.value, s.text) for s in seg.segments]


def _check_blocks(doc: Document) -> None:
    ends = [0]
    for block in doc.blocks:
        assert ends[-1] <= block.start < block.end <= len(doc.text)
        assert doc.text[block.start:block.end].strip() == doc.text[block.start:block.end]
        ends.append(block.end)
    for f in doc.formatting:
        assert any(b.start <= f.start < f.end <= b.end for b in doc.blocks), f


@pytest.mark.parametrize("name", ["deck-en.pptx", "deck-en-libreoffice.pptx"])
def test_decks_of_pandoc_and_libreoffice(name: str) -> None:
    # pandoc leaves the bullets to the master; LibreOffice writes each its own
    assert _parts(FIXTURES / name) == DECK_EN


def test_the_spanish_deck() -> None:
    assert _parts(FIXTURES / "deck-es.pptx", "es") == DECK_ES


@pytest.mark.parametrize(("name", "extra"), [
    ("deck-en.pptx", []),
    # LibreOffice underlines a link in its own run properties (u="sng")
    ("deck-en-libreoffice.pptx", [("u", "List of Lights", "")]),
])
def test_character_formatting_and_links(name: str, extra: list[tuple[str, str, str]]) -> None:
    doc = read_document(FIXTURES / name, lang="en")
    found = [(f.style.value, doc.text[f.start:f.end], f.href) for f in doc.formatting]
    assert sorted(found) == sorted(FORMATTING_EN + extra)


def test_pptx_by_extension_and_by_content(tmp_path: Path) -> None:
    assert format_for("Deck.PPTX") is InputFormat.PPTX
    copy = tmp_path / "deck.bin"
    copy.write_bytes((FIXTURES / "deck-en.pptx").read_bytes())
    assert _parts(copy) == DECK_EN


def test_slides_in_the_order_the_presentation_lists_them(tmp_path: Path) -> None:
    """The slide list of presentation.xml, not the parts' names: the same deck with its
    list reversed reads its slides backwards (its notes still after their slide)."""
    path = tmp_path / "reordered.pptx"
    with zipfile.ZipFile(FIXTURES / "deck-en.pptx") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "ppt/presentation.xml":
                ids = re.findall(rb"<p:sldId [^>]*/>", data)
                assert len(ids) == 5
                data = data.replace(b"".join(ids), b"".join(reversed(ids)))
            dst.writestr(info, data)
    headings = [t for p, t in _parts(path) if p == "heading"]
    assert headings == ["Closing", "Maintenance", "Figures", "The year in brief",
                        "The Punta Brava Lighthouse", "Annual report of the watch  Ana Pérez"]
    assert _parts(path)[:3] == [("heading", "Closing"), ("body", "The light closes in August."),
                                ("body", "It reopens in September.")]


# -- decks written here --------------------------------------------------------------

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _rels(*rels: tuple[str, str, str]) -> str:
    """A .rels part of (id, type, target); a target with ``://`` is external."""
    return f'<Relationships xmlns="{_RELS}">' + "".join(
        f'<Relationship Id="{i}" Type="{_TYPE}{t}" Target="{target}"'
        + (' TargetMode="External"' if "://" in target else "") + "/>"
        for i, t, target in rels) + "</Relationships>"


def _slide(shapes: str, *, root: str = "sld", attrs: str = "") -> str:
    return (f'<p:{root} xmlns:p="{_P}" xmlns:a="{_A}" xmlns:r="{_R}" xmlns:mc="{_MC}"{attrs}>'
            f"<p:cSld><p:spTree><p:nvGrpSpPr/><p:grpSpPr/>{shapes}</p:spTree></p:cSld>"
            f"</p:{root}>")


def _sp(paragraphs: str, ph: str | None = None, *, hidden: bool = False) -> str:
    placeholder = "" if ph is None else (f'<p:ph type="{ph}"/>' if ph else "<p:ph/>")
    hide = ' hidden="1"' if hidden else ""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"{hide}/>'
            f"<p:cNvSpPr/><p:nvPr>{placeholder}</p:nvPr></p:nvSpPr><p:spPr/>"
            f"<p:txBody><a:bodyPr/>{paragraphs}</p:txBody></p:sp>")


def _p(*runs: str, ppr: str = "") -> str:
    return f"<a:p>{ppr}{''.join(runs)}</a:p>"


def _r(text: str, rpr: str = "") -> str:
    return f"<a:r><a:rPr {rpr}/><a:t>{text}</a:t></a:r>" if "<" not in rpr else \
        f"<a:r>{rpr}<a:t>{text}</a:t></a:r>"


def _deck(path: Path, slides: list[str], *, notes: dict[int, str] | None = None,
          links: dict[int, dict[str, str]] | None = None, order: list[int] | None = None
          ) -> Path:
    """A deck of ``slides`` (slide N in ppt/slides/slideN.xml), listed in ``order``;
    ``notes``: the notes page of slide N; ``links``: slide N's hyperlinks, r:id -> URL."""
    order = order or list(range(1, len(slides) + 1))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", _rels(("rId1", "officeDocument", "ppt/presentation.xml")))
        z.writestr("ppt/presentation.xml", f'<p:presentation xmlns:p="{_P}" xmlns:r="{_R}">'
                   "<p:sldIdLst>" + "".join(f'<p:sldId id="{255 + n}" r:id="rId{n}"/>'
                                           for n in order)
                   + "</p:sldIdLst></p:presentation>")
        z.writestr("ppt/_rels/presentation.xml.rels",
                   _rels(*((f"rId{n}", "slide", f"slides/slide{n}.xml")
                           for n in range(1, len(slides) + 1))))
        for n, slide in enumerate(slides, 1):
            z.writestr(f"ppt/slides/slide{n}.xml", slide)
            rels = [(rid, "hyperlink", url) for rid, url in (links or {}).get(n, {}).items()]
            if notes and n in notes:
                rels.append(("rIdN", "notesSlide", f"../notesSlides/notesSlide{n}.xml"))
                z.writestr(f"ppt/notesSlides/notesSlide{n}.xml", notes[n])
            z.writestr(f"ppt/slides/_rels/slide{n}.xml.rels", _rels(*rels))
    return path


def _text(path: Path) -> list[str]:
    doc = read_document(path, lang="en")
    _check_blocks(doc)
    return doc.text.split("\n\n")


def test_group_shapes_text_boxes_and_running_placeholders(tmp_path: Path) -> None:
    """Shapes in tree order, a group's in place; the slide number, date, footer and a
    hidden shape left out; a field's text kept; a line break a space."""
    group = ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="g"/><p:cNvGrpSpPr/><p:nvPr/>'
             "</p:nvGrpSpPr><p:grpSpPr/>" + _sp(_p(_r("Inside the group."))) + "</p:grpSp>")
    fld = '<a:fld id="{1}" type="datetime1"><a:rPr/><a:t>5/17/24</a:t></a:fld>'
    slide = _slide(
        _sp(_p(_r("The first"), "<a:br/>", _r("title")), "title")
        + _sp(_p(_r("12")), "sldNum") + _sp(_p(_r("Confidential")), "ftr")
        + _sp(_p(_r("Today")), "dt")
        + group
        + _sp(_p(_r("A text box, dated "), fld, _r(".")))
        + _sp(_p(_r("Not shown.")), hidden=True))
    path = _deck(tmp_path / "d.pptx", [slide])
    assert _text(path) == ["The first title", "Inside the group.", "A text box, dated 5/17/24."]
    assert [b.kind for b in read_document(path, lang="en").blocks] == [
        BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_hidden_slides_are_read_and_notes_follow_their_slide(tmp_path: Path) -> None:
    first = _slide(_sp(_p(_r("Shown")), "title"))
    hidden = _slide(_sp(_p(_r("Backup")), "title"), attrs=' show="0"')
    note = _slide(_sp("", "sldImg") + _sp(_p(_r("Say it slowly.")), "body")
                  + _sp(_p(_r("2")), "sldNum"), root="notes")
    path = _deck(tmp_path / "d.pptx", [first, hidden], notes={1: note})
    assert _text(path) == ["Shown", "Say it slowly.", "Backup"]


def test_lists_tables_and_merged_cells(tmp_path: Path) -> None:
    """A body placeholder's paragraphs are list items unless they turn bullets off; a
    text box's only with a bullet of their own; a merged cell holds nothing of its own."""
    cell = "<a:tc{}><a:txBody><a:bodyPr/>{}</a:txBody><a:tcPr/></a:tc>"
    table = ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="t"/>'
             "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic>"
             '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
             "<a:tbl><a:tblGrid/><a:tr>" + cell.format(' gridSpan="2"', _p(_r("Both")))
             + cell.format(' hMerge="1"', _p(_r("stale"))) + "</a:tr><a:tr>"
             + cell.format("", _p(_r("One")) + _p(_r("Two"))) + cell.format("", _p(_r("3")))
             + "</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    slide = _slide(_sp(_p(_r("Bulleted")) + _p(_r("Plain"), ppr="<a:pPr><a:buNone/></a:pPr>"), "")
                   + _sp(_p(_r("Starred"), ppr='<a:pPr><a:buChar char="*"/></a:pPr>')
                         + _p(_r("Boxed")))
                   + table)
    doc = read_document(_deck(tmp_path / "d.pptx", [slide]), lang="en")
    found = [(doc.text[b.start:b.end], b.part.value) for b in doc.blocks]
    assert found == [("Bulleted", "list"), ("Plain", "body"), ("Starred", "list"),
                     ("Boxed", "body"), ("Both", "table"), ("One", "table"), ("Two", "table"),
                     ("3", "table")]


def test_run_properties_links_and_symbols(tmp_path: Path) -> None:
    link = '<a:rPr b="1"><a:hlinkClick r:id="rId5"/></a:rPr>'
    symbol = '<a:rPr><a:latin typeface="Symbol"/></a:rPr>'
    inserted = '<a:rPr><a:sym typeface="Symbol"/></a:rPr>'
    slide = _slide(_sp(_p(_r("Off", 'b="0" i="0" u="none" strike="noStrike"'),
                          _r(" "), _r("on", 'i="1" u="sng" strike="sngStrike" baseline="30000"'),
                          _r(" "), _r("low", 'baseline="-25000"'), _r(" "), _r("rules", link),
                          _r(" 20 "), _r("a", symbol), _r(" \uf0b1 2 \u00e9", inserted))))
    path = _deck(tmp_path / "d.pptx", [slide], links={1: {"rId5": "https://example.com/r"}})
    doc = read_document(path, lang="en")
    assert doc.text == "Off on low rules 20 α ± 2 é"
    found = sorted((f.style.value, doc.text[f.start:f.end], f.href) for f in doc.formatting)
    assert found == [("a", "rules", "https://example.com/r"), ("b", "rules", ""),
                     ("i", "on", ""), ("s", "on", ""), ("sub", "low", ""), ("sup", "on", ""),
                     ("u", "on", "")]


def test_alternate_content_is_read_through_its_fallback(tmp_path: Path) -> None:
    shape = ('<mc:AlternateContent><mc:Choice Requires="p14">' + _sp(_p(_r("New")))
             + "</mc:Choice><mc:Fallback>" + _sp(_p(_r("Old"))) + "</mc:Fallback>"
             "</mc:AlternateContent>")
    assert _text(_deck(tmp_path / "d.pptx", [_slide(shape)])) == ["Old"]


def _error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, lang="en")
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_a_damaged_deck_is_one_line(tmp_path: Path) -> None:
    path = _deck(tmp_path / "d.pptx", [_slide(_sp(_p(_r("One"))))], order=[1, 2])
    assert _error(path).endswith("member ppt/presentation.xml: slide 257 names no "
                                 "relationship of the presentation (a damaged package)")
    cut = tmp_path / "cut.pptx"
    cut.write_bytes((FIXTURES / "deck-en.pptx").read_bytes()[:5000])
    assert "is not a readable zip package" in _error(cut)
    lost = tmp_path / "lost.pptx"
    with zipfile.ZipFile(FIXTURES / "deck-en.pptx") as src, zipfile.ZipFile(lost, "w") as dst:
        for info in src.infolist():
            if info.filename != "ppt/slides/slide3.xml":
                dst.writestr(info, src.read(info))
    assert _error(lost).endswith("has no ppt/slides/slide3.xml (not a complete package)")


def test_a_deck_without_text_and_a_lying_extension(tmp_path: Path) -> None:
    empty = _deck(tmp_path / "pictures.pptx", [_slide(_sp(_p(_r("7")), "sldNum"))])
    assert "has no text (images only? pictures, charts and SmartArt are not read)" in \
        _error(empty)
    liar = tmp_path / "deck.docx"
    liar.write_bytes((FIXTURES / "deck-en.pptx").read_bytes())
    assert _error(liar).endswith("is not a DOCX file: its content is a PPTX; name it .pptx "
                                 "or give --input-format pptx")
    locked = tmp_path / "deck.pptx"
    locked.write_bytes((FIXTURES / "encrypted.docx").read_bytes())
    assert "password-protected" in _error(locked)


def test_align_two_decks_to_tmx(tmp_path: Path) -> None:
    out = tmp_path / "x.tmx"
    result = CliRunner().invoke(cli, ["align", str(FIXTURES / "deck-es.pptx"),
                                      str(FIXTURES / "deck-en.pptx"), "--src-lang", "es",
                                      "--tgt-lang", "en", "-o", str(out), "--encoder", "none"])
    assert result.exit_code == 0, result.output
    # each unit's two segments, their text without the formatting's codes (bpt, ept)
    pairs = [tuple((seg.text or "") + "".join(code.tail or "" for code in seg)
                   for seg in tu.iter("seg"))
             for tu in etree.parse(str(out)).iter("tu")]
    assert ("Resumen del año", "The year in brief") in pairs
    assert ("Agradezca a la junta y a los guardianes.", "Thank the board and the keepers.") \
        in pairs
    assert ("Véase la Lista de Faros del servicio.", "See the service\u2019s List of Lights.") \
        in pairs
    assert len(pairs) == len(DECK_EN)
