"""DOCX and ODT details on documents LibreOffice made from hand-written sources
(tests/fixtures/README.md), with the WordprocessingML LibreOffice does not write built
here with zipfile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from aligner.model import BlockKind
from aligner.pipeline import segment_file
from aligner.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, body: str) -> Path:
    """A DOCX of ``body`` (paragraphs in WordprocessingML) and nothing else."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}">'
                                        f"<w:body>{body}</w:body></w:document>")
    return path


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _sym(code: str, font: str = "Symbol") -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


def test_a_hidden_w_sym_is_hidden(tmp_path: Path) -> None:
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
    body = f"<w:p>{_run('A')}{hidden}{_run('B')}</w:p>"
    assert read_document(_docx(tmp_path / "h.docx", body), lang="en").text == "AB"


# src/tracked.fodt with its changes accepted: the deleted break joins "el plan " and "por
# unanimidad."; the paragraph deleted with its break is gone, and the next one stays.
TRACKED = [("El comité aprobó el plan por unanimidad.", 1), ("Lo firmó la presidenta.", 1),
           ("La sesión terminó a las seis.", 2)]


@pytest.mark.parametrize("name", ["tracked.docx", "tracked.odt"])
def test_a_deleted_paragraph_mark_joins_the_paragraphs(name: str) -> None:
    seg = segment_file(FIXTURES / name, "es")
    doc = seg.document
    assert [(s.text, doc.blocks[s.block].paragraph) for s in seg.segments] == TRACKED
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text


def _p(text: str, *, heading: bool = False, deleted_mark: bool = False) -> str:
    ppr = '<w:outlineLvl w:val="0"/>' if heading else ""
    if deleted_mark:
        ppr += '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_run(text) if text else ''}</w:p>"


@pytest.mark.parametrize(("body", "paragraphs"), [
    # Three paragraphs, two deleted marks: one paragraph.
    (_p("A ", deleted_mark=True) + _p("b ", deleted_mark=True) + _p("c."), ["A b c."]),
    # Nothing to join before a table or at the end: the paragraph stays.
    (_p("Before. ", deleted_mark=True)
     + "<w:tbl><w:tr><w:tc>" + _p("Cell.", deleted_mark=True) + "</w:tc></w:tr></w:tbl>"
     + _p("After.", deleted_mark=True), ["Before.", "Cell.", "After."]),
    # A mark moved away is gone as well.
    (_p("One ").replace("<w:pPr>", '<w:pPr><w:rPr><w:moveFrom w:id="1" w:author="A"/>'
                        "</w:rPr>") + _p("two."), ["One two."]),
])
def test_deleted_marks(tmp_path: Path, body: str, paragraphs: list[str]) -> None:
    doc = read_document(_docx(tmp_path / "d.docx", body), lang="en")
    assert doc.text.split("\n\n") == paragraphs
    assert [doc.text[b.start : b.end] for b in doc.blocks] == paragraphs


@pytest.mark.parametrize(("first", "second", "kind"), [
    (True, False, BlockKind.PARAGRAPH), (False, True, BlockKind.HEADING)])
def test_the_mark_that_stays_says_what_the_joined_paragraph_is(
        tmp_path: Path, first: bool, second: bool, kind: BlockKind) -> None:
    body = _p("Words and ", heading=first, deleted_mark=True) + _p("more words.", heading=second)
    doc = read_document(_docx(tmp_path / "k.docx", body), lang="en")
    assert doc.text == "Words and more words."
    assert [b.kind for b in doc.blocks] == [kind]


def _offsets_hold(path: Path, lang: str) -> str:
    """The document's text, after checking that every sentence is its span of it."""
    seg = segment_file(path, lang)
    for s in seg.segments:
        assert seg.document.text[s.start : s.end] == s.text
    return seg.document.text


_RUBY_PR = '<w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/></w:rubyPr>'


def _ruby(base: str, reading: str, rpr: str = "") -> str:
    return (f"<w:r>{rpr}<w:ruby>{_RUBY_PR}<w:rt>{_run(reading)}</w:rt>"
            f"<w:rubyBase>{base}</w:rubyBase></w:ruby></w:r>")


@pytest.mark.parametrize(("body", "text"), [
    # Ruby (furigana): the base text is read, the reading above it is not.
    (f"<w:p>{_ruby(_run('東京'), 'とうきょう')}{_run('は日本の首都です。')}</w:p>",
     "東京は日本の首都です。"),
    # A base of several runs; a ruby in a hyperlink.
    (f"<w:p>{_ruby(_run('委員') + _run('会'), 'いいんかい')}{_run('が開かれた。')}</w:p>",
     "委員会が開かれた。"),
    (f'<w:p><w:hyperlink r:id="x" xmlns:r="urn:r">{_ruby(_run("北"), "běi")}'
     f'{_ruby(_run("京"), "jīng")}</w:hyperlink>{_run("很大。")}</w:p>', "北京很大。"),
    # A hidden ruby is hidden, base and all.
    (f"<w:p>{_run('A')}{_ruby(_run('B'), 'b', '<w:rPr><w:vanish/></w:rPr>')}{_run('C')}</w:p>",
     "AC"),
])
def test_docx_ruby_reads_as_its_base_text(tmp_path: Path, body: str, text: str) -> None:
    assert _offsets_hold(_docx(tmp_path / "ruby.docx", body), "ja") == text


_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odt(path: Path, body: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0"?><office:document-content '
                                  f'xmlns:office="{_OFFICE}" xmlns:text="{_TEXT}">'
                                  f"<office:body><office:text>{body}</office:text>"
                                  "</office:body></office:document-content>")
    return path


def _odt_ruby(base: str, reading: str) -> str:
    return (f"<text:ruby><text:ruby-base>{base}</text:ruby-base>"
            f"<text:ruby-text>{reading}</text:ruby-text></text:ruby>")


@pytest.mark.parametrize(("body", "text"), [
    (f"<text:p>{_odt_ruby('委員会', 'いいんかい')}が開かれた。</text:p>", "委員会が開かれた。"),
    (f"<text:p>{_odt_ruby('漢', 'かん')}{_odt_ruby('<text:span>字</text:span>', 'じ')}"
     "を書く。</text:p>", "漢字を書く。"),
])
def test_odt_ruby_reads_as_its_base_text(tmp_path: Path, body: str, text: str) -> None:
    assert _offsets_hold(_odt(tmp_path / "ruby.odt", body), "ja") == text


# src/toc.fodt (and src/toc.md, without a title) as read: the table of contents,
# "Contents" and its two entries with page numbers, is left out.
TOC = ["The Keeper of Punta Brava", "Chapter 1. Arrival",
       "The boat left Porto Velho at dawn on 3 March 1908.", "Chapter 2. The Ledger",
       "The ledger had 212 pages."]


@pytest.mark.parametrize(("name", "sentences"), [
    # LibreOffice: a content control of the gallery "Table of Contents" around the TOC
    # field and its result, in the styles "TOC Heading" and "TOC 1"
    ("toc.docx", TOC), ("toc.odt", TOC),
    # LibreOffice's RTF: the entries a TOC field's result, the heading in the style
    # "Contents Heading"
    ("toc.rtf", TOC),
    # pandoc --toc: the control holds the heading "Table of Contents" and an empty field
    ("toc-pandoc.docx", TOC[1:]),
])
def test_a_table_of_contents_is_left_out(name: str, sentences: list[str]) -> None:
    assert list(segment_file(FIXTURES / name, "en").sentences) == sentences


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _docx_styled(path: Path, body: str, styles: str) -> Path:
    """A DOCX whose document part has a styles part (``w:style`` elements)."""
    _docx(path, body)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/_rels/document.xml.rels",
                   f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="r1" '
                   f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W}">{styles}</w:styles>')
    return path


_BEGIN = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
_SEPARATE = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _code(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'


def _styled(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{_run(text)}</w:p>'


_TOC_STYLES = ('<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
               '<w:basedOn w:val="Heading1"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
               '</w:style>'
               '<w:style w:type="paragraph" w:styleId="MyToc"><w:name w:val="My contents"/>'
               '<w:basedOn w:val="TOC1"/></w:style>')


@pytest.mark.parametrize(("body", "paragraphs"), [
    # a TOC field with no content control around it (Word 2003 and other writers), its
    # code split over two runs, its result over two paragraphs with a PAGEREF field in
    # it; the text before the field and after its end is read
    ("<w:p>" + _run("Before.") + "</w:p><w:p>" + _BEGIN + _code(" TOC ") + _code('\\o "1-3"')
     + _SEPARATE + _run("Chapter 1\t") + _BEGIN + _code("PAGEREF _Toc1 \\h") + _SEPARATE
     + _run("4") + _END + "</w:p><w:p>" + _run("Chapter 2\t7") + _END + _run(" After.")
     + "</w:p>" + _styled("Heading1", "Chapter 1"), ["Before.", "After.", "Chapter 1"]),
    # an index and a bibliography (Word's INDEX and BIBLIOGRAPHY fields), a simple field
    ("<w:p>" + _BEGIN + _code(" INDEX \\e \"\t\" ") + _SEPARATE + _run("lamp, 3") + _END
     + "</w:p><w:p>" + _BEGIN + _code(" BIBLIOGRAPHY ") + _SEPARATE + _run("Hale, R. (1871).")
     + _END + '</w:p><w:p><w:fldSimple w:instr=" TOC \\o ">' + _run("Chapter 1") + "</w:fldSimple>"
     + "</w:p><w:p>" + _BEGIN + _code(" DATE ") + _SEPARATE + _run("5/17/24") + _END
     + "</w:p>", ["5/17/24"]),
    # a content control of the gallery "Table of Contents" holding no field; one of
    # another gallery is read
    ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
     "</w:docPartObj></w:sdtPr><w:sdtContent>" + _styled("Normal", "Contents")
     + _styled("Normal", "Chapter 1\t4") + "</w:sdtContent></w:sdt>"
     '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj>'
     "</w:sdtPr><w:sdtContent>" + _styled("Normal", "The Keeper") + "</w:sdtContent></w:sdt>",
     ["The Keeper"]),
    # paragraphs in TOC styles (directly, through basedOn) with no field or control
    (_styled("TOCHeading", "Contents") + _styled("TOC1", "Chapter 1\t4")
     + _styled("MyToc", "Chapter 2\t7") + _styled("Heading1", "Chapter 1"), ["Chapter 1"]),
    # a TOC field begun in a paragraph of a TOC style, its last entry in another style
    ('<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>' + _BEGIN + _code(" TOC ") + _SEPARATE
     + _run("Chapter 1\t4") + "</w:p>" + "<w:p>" + _run("Chapter 2\t7") + _END + "</w:p>"
     + _styled("Heading1", "Chapter 1"), ["Chapter 1"]),
])
def test_generated_indexes_are_left_out(tmp_path: Path, body: str,
                                        paragraphs: list[str]) -> None:
    doc = read_document(_docx_styled(tmp_path / "t.docx", body, _TOC_STYLES), lang="en")
    assert doc.text.split("\n\n") == paragraphs


@pytest.mark.parametrize("name", ["toc.docx", "toc.odt", "toc.rtf"])
def test_a_title_is_a_heading_in_docx_and_odt(name: str) -> None:
    # src/toc.fodt's title is a paragraph in the style Title (before, part "body" in the
    # ODT and "heading" in the DOCX LibreOffice made of it)
    seg = segment_file(FIXTURES / name, "en")
    parts = [seg.document.blocks[s.block].part.value for s in seg.segments]
    assert parts == ["heading", "heading", "body", "heading", "body"]


_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


def test_an_odt_style_based_on_title_is_a_heading(tmp_path: Path) -> None:
    path = _odt(tmp_path / "t.odt", '<text:p text:style-name="P1">The Keeper</text:p>'
                '<text:p text:style-name="P2">A novel</text:p>'
                '<text:p text:style-name="P3">It rained.</text:p>')
    styles = (f'<office:document-styles xmlns:office="{_OFFICE}" xmlns:style="{_STYLE_NS}">'
              "<office:styles>"
              '<style:style style:name="Book" style:family="paragraph" '
              'style:parent-style-name="Title"/>'
              '<style:style style:name="P1" style:family="paragraph" '
              'style:parent-style-name="Book"/>'
              '<style:style style:name="P2" style:family="paragraph" '
              'style:parent-style-name="Subtitle"/>'
              '<style:style style:name="P3" style:family="paragraph" '
              'style:parent-style-name="Text_20_body"/>'
              "</office:styles></office:document-styles>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("styles.xml", styles)
    doc = read_document(path, lang="en")
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.HEADING,
                                            BlockKind.PARAGRAPH]


# src/formatting-en.md as read, written by hand: each span's style and text.  The
# sentences hold none of it (the text is the Markdown's words, without ** or ~~).
FORMATTING_EN = [
    ("i", "Keeper"), ("b", "paraffin oil"), ("i", "every"), ("b", "last page"),
    ("i", "last page"), ("s", "twelve"), ("sub", "2"), ("sup", "nd"), ("a", "List of Lights"),
    ("u", "underlined"), ("b", "The light did not go out. Nobody slept."),
]


@pytest.mark.parametrize(("name", "extra"), [
    ("formatting-en.docx", []), ("formatting-en.odt", []),
    # LibreOffice underlines a link through its character style "Internet Link"
    ("formatting-en-libreoffice.docx", [("u", "List of Lights")]),
    # RTF sets a heading's bold in the paragraph itself (pandoc), or repeats its style's
    # (LibreOffice, Word), which the reader leaves out as DOCX and ODT's readers leave
    # the style's; both writers underline a link's text in it
    ("formatting-en.rtf", [("u", "List of Lights")]),
    ("formatting-en-libreoffice.rtf", [("u", "List of Lights")]),
])
def test_character_formatting_is_kept_beside_the_text(name: str, extra: list[tuple[str, str]]
                                                      ) -> None:
    doc = read_document(FIXTURES / name, lang="en")
    found = [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting]
    assert sorted(found) == sorted(FORMATTING_EN + extra)
    assert doc.text.startswith("The Keeper\n\nThe lamp burned paraffin oil, about nine")
    assert "H2O, and the 2nd floor" in doc.text


def _rpr(props: str, text: str) -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_run_properties_set_and_unset_a_style(tmp_path: Path) -> None:
    """A run's own property wins over its character style's; runs of one style next to
    each other are one span; w:val="0" and w:u="none" turn a style off."""
    styles = (f'<w:styles xmlns:w="{_W}"><w:style w:type="character" w:styleId="Strong">'
              '<w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" '
              'w:styleId="Loud"><w:basedOn w:val="Strong"/><w:rPr><w:i/></w:rPr></w:style>'
              "</w:styles>")
    body = ("<w:p>" + _run("A ") + _rpr("<w:b/>", "bo") + _rpr('<w:b w:val="true"/>', "ld")
            + _rpr('<w:rStyle w:val="Loud"/><w:b w:val="0"/>', " only italic")
            + _rpr('<w:rStyle w:val="Loud"/>', " both") + _rpr('<w:u w:val="none"/>', " none")
            + _rpr('<w:vertAlign w:val="superscript"/><w:u w:val="double"/>', "up") + "</w:p>")
    path = tmp_path / "runs.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}">'
                                        f"<w:body>{body}</w:body></w:document>")
        z.writestr("word/_rels/document.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats'
                   '.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   "</Relationships>")
        z.writestr("word/styles.xml", styles)
    doc = read_document(path, lang="en")
    assert doc.text == "A bold only italic both noneup"
    assert [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting] == [
        ("b", "bold"), ("i", " only italic both"), ("b", " both"), ("sup", "up"), ("u", "up")]


_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _docx_linked(path: Path, body: str, links: dict[str, str], *, notes: str = "",
                 note_links: dict[str, str] | None = None) -> Path:
    """A DOCX whose document (and footnotes, when given) has hyperlink relationships
    ``links`` (id -> external address), as Word writes them."""
    def rels(targets: dict[str, str], extra: str = "") -> str:
        return (f'<Relationships xmlns="{_RELS}">{extra}' + "".join(
            f'<Relationship Id="{rid}" Type="{_R}/hyperlink" Target="{target}" '
            'TargetMode="External"/>' for rid, target in targets.items())
            + "</Relationships>")

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}" '
                                        f'xmlns:r="{_R}"><w:body>{body}</w:body></w:document>')
        note_rel = (f'<Relationship Id="n1" Type="{_R}/footnotes" Target="footnotes.xml"/>'
                    if notes else "")
        z.writestr("word/_rels/document.xml.rels", rels(links, note_rel))
        if notes:
            z.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{_W}" xmlns:r="{_R}">'
                                             f"{notes}</w:footnotes>")
            z.writestr("word/_rels/footnotes.xml.rels", rels(note_links or {}))
    return path


def _links(path: Path) -> list[tuple[str, str]]:
    doc = read_document(path, lang="en")
    return [(doc.text[f.start:f.end], f.href) for f in doc.formatting if f.style.value == "a"]


def test_a_docx_link_keeps_where_it_points(tmp_path: Path) -> None:
    """r:id -> its relationship's address; w:anchor -> #bookmark; two links side by side
    to two places are two spans, one link of two runs one."""
    body = ('<w:p><w:hyperlink r:id="rId7">' + _run("the ") + _rpr("<w:b/>", "rules")
            + '</w:hyperlink><w:hyperlink r:id="rId8">' + _run(" and forms")
            + '</w:hyperlink>' + _run(", see ") + '<w:hyperlink w:anchor="_Toc12">'
            + _run("below") + "</w:hyperlink>" + _run(" or ")
            + '<w:hyperlink r:id="missing">' + _run("here") + "</w:hyperlink>" + _run(".")
            + "</w:p>")
    path = _docx_linked(tmp_path / "links.docx", body, {
        "rId7": "https://example.com/rules?a=1&amp;b=2", "rId8": "mailto:forms@example.com"})
    assert _links(path) == [("the rules", "https://example.com/rules?a=1&b=2"),
                            (" and forms", "mailto:forms@example.com"),
                            ("below", "#_Toc12"), ("here", "")]


def test_a_docx_footnotes_link_is_read_by_the_footnotes_relationships(tmp_path: Path
                                                                     ) -> None:
    body = ('<w:p>' + _run("Text.") + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    notes = ('<w:footnote w:id="1"><w:p><w:hyperlink r:id="rId1">' + _run("Source")
             + "</w:hyperlink></w:p></w:footnote>")
    path = _docx_linked(tmp_path / "note.docx", body, {"rId1": "https://body.example"},
                        notes=notes, note_links={"rId1": "https://note.example"})
    assert _links(path) == [("Source", "https://note.example")]


def test_an_odt_link_keeps_where_it_points(tmp_path: Path) -> None:
    xlink = "http://www.w3.org/1999/xlink"
    body = (f'<text:p xmlns:xlink="{xlink}"><text:a xlink:href="https://example.org/a">'
            'one <text:span>two</text:span></text:a><text:a xlink:href="#intro">three'
            "</text:a> four</text:p>")
    assert _links(_odt(tmp_path / "links.odt", body)) == [
        ("one two", "https://example.org/a"), ("three", "#intro")]
