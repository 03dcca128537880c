"""Markdown's emphasis and inline HTML styles kept as formatting (readers/mdstyles.py).
Written by hand: the text is the text the reader read before it kept them."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.pipeline import segment_file
from aligner.readers import read_string

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("md", "text", "looks"), [
    ("A **bold**, __strong__, *italic*, _em_ and ~~gone~~ word.",
     "A bold, strong, italic, em and gone word.",
     [("b", "bold"), ("b", "strong"), ("i", "italic"), ("i", "em"), ("s", "gone")]),
    # nested emphasis; emphasis around a link and code, in a heading
    ("# The ***lamp*** and **[its `wick`](/w)**",
     "The lamp and its wick",
     [("b", "lamp"), ("i", "lamp"), ("a", "its wick"), ("b", "its wick"),
      ("code", "wick")]),
    # inline HTML: its styles kept, other tags no text; spaces at a style's edges
    # outside it
    ("m<sup>2</sup> and H<SUB>2</SUB>O, <span><b> bold </b></span>, <u>u</u><kbd>k</kbd>.",
     "m2 and H2O,  bold , uk.",
     [("sup", "2"), ("sub", "2"), ("b", "bold"), ("u", "u")]),
    # not emphasis: a star between spaces, code
    ("2 * 3 * 4 and `*a*`", "2 * 3 * 4 and *a*", [("code", "*a*")]),
    # emphasis across a sentence's end (not over a line's: the reader never read that)
    ("The **new wick is short. Cut it** now.\nThe **old\nwick**.",
     "The new wick is short. Cut it now.\nThe **old\nwick**.",
     [("b", "new wick is short. Cut it")]),
])
def test_markdown_styles_are_kept_as_formatting(md: str, text: str,
                                                looks: list[tuple[str, str]]) -> None:
    doc = read_string(md, lang="en", input_format="markdown")
    assert doc.text == text
    assert [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting] == looks


def test_an_inline_notes_styles_are_kept() -> None:
    doc = read_string("Oil^[See *the   list* <b> here </b>.] burns.", lang="en",
                      input_format="markdown")
    assert doc.text == "Oil burns.\n\nSee the list here ."
    assert [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting] == [
        ("i", "the list"), ("b", "here")]


def test_the_markdown_a_docx_was_made_from_has_the_docx_formatting() -> None:
    """formatting-en.docx is pandoc's of formatting-en.md: each sentence has the same
    bold, italic, strike-through and links -- but pandoc's own extensions, which the
    Markdown reader reads as text (``H~2~O``, ``2^nd^``, ``[underlined]{.underline}``)."""
    def looks(path: Path) -> list[list[tuple[str, str, str]]]:
        seg = segment_file(path, "en")
        return [sorted((f.style.value, s[f.start:f.end], f.href) for f in spans)
                for s, spans in zip(seg.sentences, seg.sentence_formatting(), strict=True)]

    md, docx = looks(FIXTURES / "src" / "formatting-en.md"), looks(FIXTURES / "formatting-en.docx")
    assert len(md) == len(docx) == 9
    assert [k for k in range(9) if md[k] != docx[k]] == [5, 7]
    assert docx[5] == [("sub", "2", ""), ("sup", "nd", "")] and md[5] == []
    assert [x for x in docx[7] if x[0] != "u"] == md[7]
    assert sum(map(len, md)) == 9
