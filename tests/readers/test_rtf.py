"""The RTF reader: on files LibreOffice and pandoc wrote (tests/fixtures/README.md), and
on small hand-written RTF for what they do not write (code pages, \\uc, \\bin, Word's
\\pntext, broken files).  The expected text is written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.pipeline import segment_file
from aligner.readers import read_data, read_document
from tests.readers.consistency import assert_consistent
from tests.readers.test_notes import NOTES_MD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RTF_FIXTURES = ["structure.rtf", "symbols.rtf", "notes.rtf", "formatting-en.rtf",
                "formatting-es.rtf", "formatting-en-libreoffice.rtf", "toc.rtf", "lists-en.rtf",
                "corpus/chile-73.es.rtf", "corpus/chile-73.en.rtf", "charsets-ja.rtf",
                "charsets-zh.rtf", "charsets-ru.rtf", "nested-en.rtf"]


def _rtf(body: str, header: str = r"{\rtf1\ansi") -> Document:
    return read_data(f"{header} {body}}}".encode("ascii"), name="t.rtf", lang="en")


def _paras(doc: Document) -> list[tuple[str, str]]:
    return [(b.part.value, doc.text[b.start:b.end]) for b in doc.blocks]


@pytest.mark.parametrize("name", RTF_FIXTURES)
def test_offsets_are_those_of_the_text(name: str) -> None:
    seg = segment_file(FIXTURES / name, "es" if ".es." in name or "notes" in name else "en")
    doc = seg.document
    assert doc.text.split("\n\n") == [doc.text[b.start:b.end] for b in doc.blocks]
    for s in seg.segments:
        assert doc.text[s.start:s.end] == s.text
    for f in doc.formatting:
        assert 0 <= f.start < f.end <= len(doc.text) and doc.text[f.start:f.end].strip()


def test_pandoc_notes_are_footnotes_after_the_body() -> None:
    seg = segment_file(FIXTURES / "notes.rtf", "es")
    blocks = seg.document.blocks
    assert [(blocks[s.block].part.value, s.text) for s in seg.segments] == NOTES_MD


def _parts(path: Path) -> list[tuple[str, str]]:
    seg = segment_file(path, "en")
    return [(seg.document.blocks[s.block].part.value, s.text) for s in seg.segments]


def test_pandoc_list_labels_typed_as_text_are_left_out() -> None:
    # pandoc types each label before a tab in a hanging paragraph (1.\tab, \bullet\tab,
    # a)\tab); Word numbers the items of its DOCX itself
    rtf = _parts(FIXTURES / "lists-en.rtf")
    assert rtf == _parts(FIXTURES / "lists-en.docx")
    assert ("list", "Record the oil used.") in rtf and ("list", "He rang the bell.") in rtf


@pytest.mark.parametrize("lang", ["ja", "zh", "ru"])
def test_libreoffices_rtf_of_cjk_and_cyrillic_reads_as_its_source(lang: str) -> None:
    # \uN in {\dbch ...} runs whose associated fonts are Latin ones (test_rtftables.py
    # has Word's bytes in the code page of an associated font)
    def parts(name: str) -> list[tuple[str, str]]:
        seg = segment_file(FIXTURES / name, lang)
        return [(seg.document.blocks[s.block].part.value, s.text) for s in seg.segments]

    rtf = parts(f"charsets-{lang}.rtf")
    assert rtf == parts(f"src/charsets-{lang}.md") and len(rtf) == 5
    assert rtf[0][0] == "heading"


@pytest.mark.parametrize(("body", "text", "kind"), [
    (r"\pard\fi-360 2.\tab Two.\par", "Two.", BlockKind.LIST_ITEM),
    (r"\pard\fi-360 (iv)\tab Four.\par", "Four.", BlockKind.LIST_ITEM),
    (r"\pard\fi-360 {\b 2.\tab Bold} item.\par", "Bold item.", BlockKind.LIST_ITEM),
    (r"\pard 2.\tab No hanging indent.\par", "2. No hanging indent.", BlockKind.PARAGRAPH),
    (r"\pard\fi-360 Note:\tab Not a label.\par", "Note: Not a label.", BlockKind.PARAGRAPH),
    (r"\pard\fi-360\outlinelevel0 1.\tab Heading\par", "1. Heading", BlockKind.HEADING),
])
def test_typed_labels(body: str, text: str, kind: BlockKind) -> None:
    doc = _rtf(body)
    assert (doc.text, doc.blocks[0].kind) == (text, kind)
    assert all(doc.text[f.start:f.end] == "Bold" for f in doc.formatting)


@pytest.mark.parametrize(("name", "href"), [
    ("formatting-en.rtf", "https://example.org/lights"),  # pandoc: a field in the text
    ("formatting-en-libreoffice.rtf", "https://example.org/lights"),
    ("formatting-es.rtf", "https://example.org/faros"),
])
def test_a_hyperlink_field_is_a_link(name: str, href: str) -> None:
    doc = read_document(FIXTURES / name, lang="en")
    links = [(doc.text[f.start:f.end], f.href) for f in doc.formatting if f.style is Style.LINK]
    assert links == [("List of Lights" if "-en" in name else "Lista de faros", href)]


# (what the RTF holds, the text read): characters
@pytest.mark.parametrize(("body", "text"), [
    (r"caf\'e9 \u233?t\u233?\par", "café été"),  # cp1252 by default; \uN and a fallback
    (r"{\uc2\u8364 EU} 5\par", "€ 5"),  # \uc2: two fallback characters
    (r"{\uc0\u8364 5}\par", "€5"),
    (r"\u8364\'80 and \u-3913 ?\par", "€ and \uf0b7"),  # a negative \u is 16-bit signed
    (r"Smile \u-10179?\u-8704?\par", "Smile \U0001f600"),  # a surrogate pair
    (r"a\~b\_c\-d \{e\}\\\emdash\endash\lquote x\rquote\line y\tab z\par",
     "a\u00a0b-cd {e}\\—–‘x’ y z"),
    (r"A{\pict\bin4 }}{}}B\par", "AB"),  # binary data is skipped whole, braces and all
    (r"Un {\upr{caf\'e9}{\*\ud{caf\u233?}}}.\par", "Un café."),
    (r"One {\v hidden }two {\deleted gone }three.\par", "One two three."),
    (r"A {\*\bkmkstart b1}{\*\bkmkend b1}{\*\unknown x}{\xe index}B.\par", "A B."),
])
def test_characters(body: str, text: str) -> None:
    assert _rtf(body).text == text


@pytest.mark.parametrize(("header", "body", "text"), [
    (r"{\rtf1\ansi\ansicpg1251", r"\'cf\'f0\'e8\'e2\'e5\'f2, \'ec\'e8\'f0.\par", "Привет, мир."),
    (r"{\rtf1\ansi\ansicpg932", r"\'93\'fa\'96\'7b\par", "日本"),  # two bytes a character
    # a font's character set says its code page: Word's Russian in a Latin document
    (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset204 Arial Cyr;}}",
     r"\f0 caf\'e9 {\f1 \'e4\'e0}\par", "café да"),
    # the Symbol font: its codes are the characters it draws, in \'hh or in \u
    (r"{\rtf1\ansi{\fonttbl{\f0 Times;}{\f1\fcharset2 Symbol;}}",
     r"20 {\f1 \'b1} 2 {\f1 \u61616\'b0}C, 5 k{\f1 W}\par", "20 ± 2 °C, 5 kΩ"),
])
def test_code_pages(header: str, body: str, text: str) -> None:
    assert _rtf(body, header).text == text


def test_paragraph_kinds() -> None:
    doc = _rtf(r"{\stylesheet{\s0 Normal;}{\s1 heading 1;}{\s2\sbasedon1 Chapter;}"
               r"{\s3\outlinelevel1 Section;}}"
               r"{\header\pard Running head\par}{\footer\pard Page {\field{\*\fldinst PAGE}"
               r"{\fldrslt 1}}\par}"
               r"\pard\s1 By name\par\pard\s2 Based on it\par\pard\s3 By its style's level\par"
               r"\pard\outlinelevel0 By its own level\par"
               r"\pard{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt{\pntxtb\'b7}}Word's old list\par"
               r"\pard{\listtext 2.\tab}\ls1 A numbered item\par"
               r"\pard\ls1 Another\par"
               r"\pard\trowd\cellx1000\cellx2000 A1\cell B1\cell\row"
               r"\pard\intbl A2\par second\cell\pard\intbl B2\cell\row\pard After.")
    assert [(p, doc.blocks[n].kind) for n, (p, _) in enumerate(_paras(doc))] == [
        ("heading", BlockKind.HEADING)] * 4 + [("list", BlockKind.LIST_ITEM)] * 3 + [
        ("table", BlockKind.PARAGRAPH)] * 5 + [("body", BlockKind.PARAGRAPH)]
    assert doc.text.split("\n\n") == [
        "By name", "Based on it", "By its style's level", "By its own level",
        "Word's old list", "A numbered item", "Another", "A1", "B1", "A2", "second", "B2",
        "After."]


# A table in a cell: each inner cell (\nestcell) a paragraph in order, where it is
NESTED = [("body", "The keeper kept two tables."), ("table", "Lamp"), ("table", "Oil used"),
          ("table", "North light"), ("table", "Winter"), ("table", "nine litres"),
          ("table", "Summer"), ("table", "six litres"), ("table", "Measured each night."),
          ("table", "South light"), ("table", "four litres"), ("body", "The inspector read both.")]


def test_a_nested_table_reads_cell_by_cell() -> None:
    assert _paras(read_document(FIXTURES / "nested-en.rtf", lang="en")) == NESTED  # LibreOffice
    # the same as Word gives it (hand-written to RTF 1.9.1, "Nested Tables"): cells'
    # runs in groups, the inner rows' properties and the old readers' \par after them
    cell = r"\pard\plain \ltrpar\intbl{\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid1 "
    inner = cell.replace(r"\intbl", r"\intbl\itap2")
    row = r"{\*\nesttableprops\trowd\irow0\cellx2000\cellx4000\nestrow}{\nonesttables\par }"
    doc = _rtf(r"\pard The keeper kept two tables.\par\trowd\cellx4819\cellx9638"
               f"{cell}Lamp\\cell }}{cell}Oil used\\cell }}{cell}\\row }}"
               f"{cell}North light\\cell }}{inner}Winter\\nestcell nine litres\\nestcell }}"
               f"{inner}{row}}}{inner}Summer\\nestcell six litres\\nestcell }}{inner}{row}}}"
               f"{cell}Measured each night.\\cell }}{cell}\\row }}"
               f"{cell}South light\\cell four litres\\cell\\row }}"
               r"\pard\plain The inspector read both.\par")
    assert _paras(doc) == NESTED


def test_formatting_and_fields() -> None:
    doc = _rtf(r"\b Bold\b0  plain {\i it}{\ul u\ul0 n}{\super 2}\plain  {\strike s}. "
               r'{\field{\*\fldinst {HYPERLINK "https://a.org/x" \\l "p"}}{\fldrslt Link}}. '
               r"{\field{\*\fldinst TOC \\o}{\fldrslt Contents 1}}"
               r"{\field{\*\fldinst DATE}{\fldrslt May 1}}\par")
    assert doc.text == "Bold plain itun2 s. Link. May 1"
    found = [(f.style, doc.text[f.start:f.end], f.href) for f in doc.formatting]
    assert found == [(Style.BOLD, "Bold", ""), (Style.ITALIC, "it", ""),
                     (Style.UNDERLINE, "u", ""), (Style.SUPERSCRIPT, "2", ""),
                     (Style.STRIKE, "s", ""), (Style.LINK, "Link", "https://a.org/x#p")]


@pytest.mark.parametrize(("body", "found"), [
    # a heading's look over all of it is its style's (pandoc's \b, LibreOffice's and
    # Word's repeated style), left out as the DOCX reader leaves a style's out
    (r"\pard\outlinelevel0\b\fs36 The {\i Keeper}\par", [("i", "Keeper")]),
    (r"{\stylesheet{\s1\b heading 1;}}\pard\s1\b {\i The Keeper}\par", []),
    # a look over part of a heading is its own; a heading that is a link stays one
    (r"\pard\outlinelevel0 The {\b Keeper}\par", [("b", "Keeper")]),
    (r"\pard\outlinelevel0 {\field{\*\fldinst HYPERLINK \"https://a.org\"}"
     r"{\fldrslt The Keeper}}\par", [("a", "The Keeper")]),
    # a paragraph all bold is bold, as in a DOCX
    (r"\pard\b The Keeper.\par", [("b", "The Keeper.")]),
])
def test_a_headings_own_look_is_left_out(body: str, found: list[tuple[str, str]]) -> None:
    doc = _rtf(body)
    assert doc.text in ("The Keeper", "The Keeper.")
    assert [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting] == found


def test_notes_follow_the_body_footnotes_first() -> None:
    doc = _rtf(r"One.{\super\chftn}{\*\footnote\ftnalt \chftn An endnote.} Two."
               r"{\super\chftn}{\*\footnote \pard\plain {\super\chftn} A footnote.\par "
               r"Its second paragraph.}\par Three.\par")
    assert _paras(doc) == [("body", "One. Two."), ("body", "Three."),
                           ("footnote", "A footnote."), ("footnote", "Its second paragraph."),
                           ("endnote", "An endnote.")]
    assert [b.part for b in doc.blocks][-1] is Part.ENDNOTE


@pytest.mark.parametrize(("header", "lang", "where"), [
    (r"{\rtf1\ansi\deflang1036{\stylesheet{\s0\lang1033 Normal;}}", "fr-FR", r"\deflang1036"),
    (r"{\rtf1\ansi{\stylesheet{\lang3082 Normal;}}", "es-ES", r"\lang3082 of the style Normal"),
    (r"{\rtf1\ansi{\stylesheet{\s0\lang7 Normal;}}", "de", r"\lang7 of the style Normal"),
    (r"{\rtf1\ansi\deflang1024", None, ""),  # 1024: no language ("no proofing")
])
def test_the_declared_language(header: str, lang: str | None, where: str) -> None:
    found = _rtf(r"Text.\par", header).declared
    assert (found.lang, found.where) == (lang, where) if found else lang is None


@pytest.mark.parametrize(("data", "line", "says"), [
    (b"{\\rtf1\\ansi\n{\\b Hello\n", 2, "open groups (a '{' opened on line 2"),
    (b"{\\rtf1\\ansi Hello}\n} world\\par}", 2, "a '}' too many"),
    (b"{\\rtf1 Cut\\", 1, "truncated"),
])
def test_broken_rtf_names_the_line(data: bytes, line: int, says: str) -> None:
    with pytest.raises(InputError) as caught:
        read_data(data, name="bad.rtf", lang="en")
    assert caught.value.line == line and caught.value.path == "bad.rtf"
    assert says in caught.value.message


def test_an_rtf_of_pictures_only_is_no_text() -> None:
    with pytest.raises(InputError, match="has no text"):
        read_data(b"{\\rtf1{\\pict\\pngblip 89504e47}\\par}", name="p.rtf", lang="en")


def test_text_after_the_document_that_is_only_nuls_and_line_ends_is_fine() -> None:
    assert read_data(b"{\\rtf1 Hi.\\par}\r\n\x00", name="w.rtf", lang="en").text == "Hi."


_PIECES = st.lists(
    st.sampled_from(
        ["{", "}", "\\par ", "\\pard", "\\cell ", "\\row ", "\\intbl ", "\\b ", "\\b0 ",
         "\\i ", "\\ul ", "\\ulnone ", "\\super ", "\\v ", "\\plain ", "\\f1 ", "\\u233?",
         "\\u-10179?", "\\uc0 ", "\\uc3 ", "\\'e9", "\\'ff", "\\'", "\\*", "\\footnote ",
         "\\ftnalt ", "\\field ", "\\fldinst ", 'HYPERLINK "u" ', "\\fldrslt ", "\\bin2 ",
         "\\listtext ", "\\ls1 ", "\\outlinelevel0 ", "\\header ", "\\fonttbl ",
         "\\stylesheet ", "\\s1 ", "\\ansicpg932 ", "\\fcharset204 ", "\\upr ", "\\ud ",
         "\\nestcell ", "\\itap2 ", "\\dbch ", "\\hich ", "\\rtlch ", "\\af1 ",
         "\\stshfdbch1 ", "\\'93\\'fa", "\\~", "\\\n", "\\line ", "Word. ",
         "Otra frase? ", " ", "\n", "\\"])
    | st.text(max_size=4),
    max_size=40,
).map("".join)  # fmt: skip


@given(body=_PIECES)
@settings(max_examples=200, deadline=None)
def test_any_rtf_reads_consistently_or_is_an_input_error(body: str) -> None:
    data = b"{\\rtf1\\ansi " + body.encode("utf-8") + b"}"
    try:
        doc = read_data(data, name="f.rtf", lang="en")
    except InputError:
        return
    assert_consistent(doc)
