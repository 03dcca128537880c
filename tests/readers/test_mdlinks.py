"""Markdown links kept with where they point (readers/mdlinks.py).  Written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.model import Part, Style
from aligner.readers import read_document, read_string

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("md", "text", "links"), [
    ('See [the rules](https://x.org/r?a=1&b=2 "Rules") or [top](#top).',
     "See the rules or top.", [("the rules", "https://x.org/r?a=1&b=2"), ("top", "#top")]),
    # reference links, the label's case and spacing aside; the definition is no text
    ("Read [the  List][Lights] and [Lights][].\n\n[lights]: <https://e.org/l> 'T'\n",
     "Read the  List and Lights.", [("the  List", "https://e.org/l"),
                                    ("Lights", "https://e.org/l")]),
    # an autolink, its underscores no emphasis (they were: "abc"); a link in emphasis,
    # emphasis in a link
    ("Go to <https://e.org/a_b_c>, *[here](/h)* or [**there**](/t).",
     "Go to https://e.org/a_b_c, here or there.",
     [("https://e.org/a_b_c", "https://e.org/a_b_c"), ("here", "/h"), ("there", "/t")]),
    # an image is no link; a reference nothing defines, an empty address: text only
    ("![A lamp](lamp.png) [no][nowhere] [empty]() [ spaced ](/s).",
     "A lamp no empty  spaced .", [("spaced", "/s")]),
    # a link over a line break of its paragraph, in a heading, in a table cell
    ("# The [fees](/f)\n\nSee [the price\nlist](/p).\n\n| a | b |\n|---|---|\n| [c](/c) | d |\n",
     "The fees\n\nSee the price\nlist.\n\na\n\nb\n\nc\n\nd",
     [("fees", "/f"), ("the price\nlist", "/p"), ("c", "/c")]),
    # brackets in pairs inside an address, a title, an image's source (s32: the address
    # stopped at the first closing bracket, and the rest was text)
    ("See [Chile](https://en.wikipedia.org/wiki/Chile_(country)) or [x](/a_(b) 'T (c)'). "
     "![A map](map_(1).png)",
     "See Chile or x. A map", [("Chile", "https://en.wikipedia.org/wiki/Chile_(country)"),
                               ("x", "/a_(b)")]),
    # inline HTML links, quoted either way or not, with other attributes and a style
    # inside; an anchor without an address is no link (s35: their text had no link)
    ('Read the <a href="https://e.org/r" title="R">annual report</a>, <A HREF=\'/n\'>'
     '<b>the note</b></A> and <a href=/p>this</a>; <a name="top">here</a>.',
     "Read the annual report, the note and this; here.",
     [("annual report", "https://e.org/r"), ("the note", "/n"), ("this", "/p")]),
])
def test_markdown_links_are_kept_with_where_they_point(md: str, text: str,
                                                       links: list[tuple[str, str]]) -> None:
    doc = read_string(md, lang="en", input_format="markdown")
    assert doc.text == text
    assert [(doc.text[f.start:f.end], f.href) for f in doc.formatting
            if f.style is Style.LINK] == links


def test_a_notes_link_is_the_notes() -> None:
    md = "Lamps^[See [the list](https://e.org/l).] burn oil[^1].\n\n[^1]: As [here](/o).\n"
    doc = read_string(md, lang="en", input_format="markdown")
    assert doc.text == "Lamps burn oil.\n\nSee the list.\n\nAs here."
    notes = [b for b in doc.blocks if b.part is Part.FOOTNOTE]
    assert [(doc.text[f.start:f.end], f.href) for f in doc.formatting] == [
        ("the list", "https://e.org/l"), ("here", "/o")]
    assert all(any(b.start <= f.start < b.end for b in notes) for f in doc.formatting)


def test_a_definition_inside_a_paragraph_is_text() -> None:
    md = "First line\n[x]: /y\n\n[x][]\n"
    doc = read_string(md, lang="en", input_format="markdown")
    assert doc.text == "First line\n[x]: /y\n\nx"
    assert doc.formatting == ()


def test_the_links_are_pandocs() -> None:
    """links.html is pandoc's HTML of src/links.md: the same links, brackets in their
    addresses and all (the title's is metadata: see below)."""
    md = read_document(FIXTURES / "src" / "links.md", lang="en")
    html = read_document(FIXTURES / "links.html", lang="en")
    assert [(md.text[f.start:f.end], f.href) for f in md.formatting] == [
        (html.text[f.start:f.end], f.href) for f in html.formatting]
    assert [f.href for f in md.formatting] == [
        "https://en.wikipedia.org/wiki/Chile_(country)",
        "https://en.wikipedia.org/wiki/Valpara%C3%ADso", "https://example.org/a",
        "https://example.org/b_(c)_d"]


def test_a_link_in_the_metadata_block_is_its_text() -> None:
    # the block is metadata: its title reads as pandoc shows it, with no link
    md = read_document(FIXTURES / "src" / "links.md", lang="en")
    assert md.text.split("\n")[0] == "Notes on Chile"
    assert all(f.start > len("Notes on Chile") for f in md.formatting)
