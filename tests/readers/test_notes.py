"""Notes in HTML (pandoc's, EPUB 3's, DPUB-ARIA's) and in Markdown: read after the body
as footnotes, their marks and back links out of the text.  The fixtures are pandoc's
HTML of the hand-written src/notes.md (tests/fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.model import Document
from aligner.pipeline import segment_file
from aligner.readers import read_string
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# src/notes.md as a reader of the page pandoc makes from it sees it: no note numbers
# in the sentences (not "1973.1 Luego"), no back links (↩︎), the notes after the body.
NOTES_MD = [
    ("heading", "El golpe de 1973"),
    ("body", "El golpe fue en 1973."),
    ("body", "Luego vino la junta, que gobernó diecisiete años."),
    ("body", "La comisión publicó su informe en 1991."),
    ("footnote", "Véase el informe Rettig."),
    ("footnote", "La formaron los jefes de las tres ramas de las Fuerzas Armadas y el de "
                 "Carabineros."),
    ("footnote", "Se disolvió en 1990."),
    ("footnote", "La presidió Raúl Rettig, un abogado [radical]."),
]


def _parts(doc: Document) -> list[tuple[str, str]]:
    seg = segment_document(doc)
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text
    return [(doc.blocks[s.block].part.value, " ".join(s.text.split())) for s in seg.segments]


@pytest.mark.parametrize("name", ["notes.html", "notes-html4.html"])
def test_pandoc_html_notes(name: str) -> None:
    # HTML 5 types the notes with ARIA roles, HTML 4 only with pandoc's classes.
    assert _parts(segment_file(FIXTURES / name, "es").document) == NOTES_MD


def _html(body: str) -> Document:
    return read_string(f"<html><body>{body}</body></html>", lang="en", input_format="html")


def test_dpub_aria_endnotes_stay_endnotes() -> None:
    doc = _html('<p>Text<a role="doc-noteref" href="#n1">1</a> here.</p>'
                '<section role="doc-endnotes"><h2>Notes</h2><ol>'
                '<li id="n1" role="doc-endnote">An endnote. <a role="doc-backlink" '
                'href="#r1">back</a></li></ol></section><p>After.</p>')
    assert _parts(doc) == [("body", "Text here."), ("body", "After."),
                           ("endnote", "Notes"), ("endnote", "An endnote.")]


def test_footnotes_come_before_endnotes_and_epub_types_count() -> None:
    doc = _html('<p>A<sup><a epub:type="noteref" href="#e">i</a></sup> and '
                'B<a class="footnote-ref" href="#f">1</a>.</p>'
                '<aside epub:type="endnote" id="e"><p>End.</p></aside>'
                '<div role="doc-footnote" id="f"><p>Foot.</p></div>')
    assert _parts(doc) == [("body", "A and B."), ("footnote", "Foot."), ("endnote", "End.")]


def test_a_page_without_notes_is_unchanged() -> None:
    page = '<p>See <a href="#x" class="ref">1</a> and the notes section.</p><p id="x">X.</p>'
    assert _html(page).text == "See 1 and the notes section.\n\nX."


def test_markdown_notes_read_as_pandoc_shows_them() -> None:
    # The Markdown reader on the source pandoc made the fixtures from.
    assert _parts(segment_file(FIXTURES / "src" / "notes.md", "es").document) == NOTES_MD


def _md(source: str) -> list[tuple[str, str]]:
    return _parts(read_string(source, lang="en", input_format="markdown"))


def test_markdown_notes_in_order_of_first_reference() -> None:
    # As pandoc numbers and shows them (checked with pandoc 2.17 -t plain).
    source = ("Two marks[^b][^a] side by side.\n"
              "\n"
              "[^a]: Defined first.\n"
              "[^b]: Defined second,\n"
              "and this line goes on with it.\n"
              "\n"
              "    A second paragraph of b.\n"
              "\n"
              "Back in the body.\n")
    assert _md(source) == [("body", "Two marks side by side."), ("body", "Back in the body."),
                           ("footnote", "Defined second, and this line goes on with it."),
                           ("footnote", "A second paragraph of b."),
                           ("footnote", "Defined first.")]


def test_inline_notes_take_their_place_among_the_others() -> None:
    # pandoc 2.17 -t plain shows the same notes in the same order, but repeats the one
    # referenced twice and drops the one never referenced: here both are read once.
    source = ("First^[An *inline* note, [linked](http://example.org) and with\n"
              "a [bracket] pair.] then[^x] again[^x].\n"
              "\n"
              "# A heading^[Noted.]\n"
              "\n"
              "[^x]: The labelled one.\n"
              "[^unused]: Never referenced.\n")
    assert _md(source) == [("body", "First then again."), ("heading", "A heading"),
                           ("footnote", "An inline note, linked and with a [bracket] pair."),
                           ("footnote", "The labelled one."), ("footnote", "Noted."),
                           ("footnote", "Never referenced.")]


@pytest.mark.parametrize(("source", "expected"), [
    # No such note: pandoc shows the reference as it is.
    ("A [^nope] stays.", [("body", "A [^nope] stays.")]),
    # Labels are case-sensitive, as in pandoc.
    ("Upper[^A].\n\n[^a]: lower.", [("body", "Upper[^A]."), ("footnote", "lower.")]),
    # Code is code.
    ("Write `[^1]` for a note.[^1]\n\n[^1]: Like this.",
     [("body", "Write [^1] for a note."), ("footnote", "Like this.")]),
    # A definition does not interrupt a paragraph of the body (pandoc reads it as text)...
    ("Text[^1].\n[^1]: not a note.", [("body", "Text[^1]. [^1]: not a note.")]),
    # An inline note that never closes, or one in code, stays as it is.
    ("Open^[never closed.", [("body", "Open^[never closed.")]),
    ("Code `a^[b]` here.", [("body", "Code a^[b] here.")]),
    # ...and a heading ends a note.
    ("X[^n].\n\n[^n]: A note.\n# Next", [("body", "X."), ("heading", "Next"),
                                        ("footnote", "A note.")]),
])
def test_markdown_note_edges(source: str, expected: list[tuple[str, str]]) -> None:
    assert _md(source) == expected


def test_a_control_character_after_a_note_mark() -> None:
    # lxml's HTML parser lets it into the page, and lxml refuses to set a new string
    # holding it: taking the mark out must not move the text after it.
    doc = _html("<p>A<a role='doc-noteref' href='#n'>1</a>\x1f b.</p>"
                "<aside role='doc-footnote' id='n'>N\x1f.</aside>")
    assert doc.text == "A\x1f b.\n\nN\x1f."


@pytest.mark.parametrize(("name", "lang", "sentences"), [
    ("footnotes-en", "en", [
        "1 Introduction",  # a heading above the mark 1: its number stays
        "The old bridge over the river opened in the spring of 1998, after four years of "
        "work.",
        "It carries two lanes for cars and a narrow footpath on its eastern side, where "
        "people walk to the market every morning.",
        "2 towers hold the main cables, and each of them stands on solid rock below the "
        "water.",  # below the mark 2, but in the text's size: a paragraph, not a note
        "3 engineers from the city drew the first plans.",  # the note's label 1 goes
        "The footpath was widened in 2005.",
    ]),
    ("footnotes-ja", "ja", [
        "東京の歴史",
        "東京は日本の首都であり、多くの人がこの街で暮らしている。",
        "江戸時代には将軍の城があり、町は城の周りに広がった。",
        "今では世界でも有数の大都市である。",
        "1868年に江戸から改称された。",
    ]),
])
def test_a_pdf_footnote_reads_without_its_label(name: str, lang: str,
                                                sentences: list[str]) -> None:
    """LibreOffice sets a footnote's label in the note's size, on its baseline, apart
    from its text (``1 1868年に…``): a mark of the same number higher up on the page,
    in larger text, says it is the note's label, which goes as the mark went.  The
    PDF then reads as its Markdown source, notes after the body."""
    path = FIXTURES / f"{name}.pdf"
    assert [s.text for s in segment_file(path, lang).segments] == sentences
    source = segment_file(FIXTURES / "src" / f"{name}.md", lang)
    assert [s.text for s in source.segments] == sentences


def test_a_linked_superscript_label_is_a_note_call_and_its_target_a_note() -> None:
    """A CMS's page types nothing: the call is a superscript label linking to a fragment,
    the note the block it links to, which links back to the call."""
    doc = _html('<p>The law raised the age<sup id="r1"><a href="#n1">1</a></sup>. Unions '
                'called a strike<a href="#n2"><sup>[2]</sup></a>. It is 5 m<sup>2</sup> '
                'and the 1<sup>st</sup>.</p><p>Then more.</p>'
                '<ol><li id="n1"><sup><a href="#r1">1</a></sup> See annex II.</li>'
                '<li><a name="n2"></a>[2] Le Monde, 3 May.</li></ol><p>After.</p>')
    assert _parts(doc) == [
        ("body", "The law raised the age."), ("body", "Unions called a strike."),
        ("body", "It is 5 m2 and the 1st."), ("body", "Then more."), ("body", "After."),
        ("footnote", "See annex II."), ("footnote", "[2] Le Monde, 3 May.")]


def test_a_linked_superscript_that_is_no_label_is_text() -> None:
    doc = _html('<p>See the <sup><a href="#t">table below</a></sup>.</p><p id="t">T.</p>')
    assert _parts(doc) == [("body", "See the table below."), ("body", "T.")]
