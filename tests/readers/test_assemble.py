"""How readers of structured formats build their text (readers/assemble.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.model import BlockKind, Formatting, Style
from aligner.pipeline import segment_file
from aligner.readers.assemble import KEEP_CLOSE, KEEP_OPEN, Para, Styled, assemble, stripped

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# src/soft-hyphens-de.md as read, written by hand: no soft hyphen is left, and none
# splits a sentence (before, "14." and "Novem\u00adber 1911." were two in the ODT,
# HTML, EPUB and Markdown, which kept them; the DOCX reader left them out).
SOFT_HYPHENS = [
    "Der Wärter von Punta Brava",
    "Der Sturm begann in der Nacht zum 14. November 1911.",
    "Das Licht ging nicht aus.",
    "Der Leuchtturm war 1871 von einem englischen Ingenieur erbaut worden.",
    "Sein Name stand noch über der Tür.",
]


@pytest.mark.parametrize("name", ["soft-hyphens-de.odt", "soft-hyphens-de.docx",
                                  "soft-hyphens-de.html", "soft-hyphens-de.epub",
                                  "src/soft-hyphens-de.md"])
def test_soft_hyphens_are_left_out(name: str) -> None:
    assert list(segment_file(FIXTURES / name, "de").sentences) == SOFT_HYPHENS


def test_soft_hyphens_out_keep_the_kept_spans_in_place() -> None:
    doc = assemble([Para(f"Run \u00ad{KEEP_OPEN}pri\u00adnt(1. 2){KEEP_CLOSE} now.\u00ad"),
                    Para("\u00ad"), Para("Ka\u00adpi\u00adtel", BlockKind.HEADING)],
                   lang="de", name="x")
    assert doc.text == "Run print(1. 2) now.\n\nKapitel"
    assert [doc.text[a:b] for a, b in doc.keep] == ["print(1. 2)"]
    assert [(doc.text[b.start:b.end], b.paragraph) for b in doc.blocks] == [
        ("Run print(1. 2) now.", 1), ("Kapitel", 2)]


def test_formatting_moves_with_the_text_around_it() -> None:
    """Soft hyphens and keep marks taken out, and the whitespace they leave stripped,
    shift the spans after them; a span keeps its own text.  A kept span (inline code)
    is formatting too: code."""
    text = f" \u00ad{KEEP_OPEN}Ka\u00adpi\u00adtel{KEEP_CLOSE} eins und zwei."
    bold, italic = (text.index("Ka"), text.index("tel") + 3), (text.index("zwei"), len(text) - 1)
    doc = assemble([Para("Erst."), Para(text, formatting=(
        Formatting(*bold, Style.BOLD), Formatting(*italic, Style.ITALIC)))],
        lang="de", name="x")
    assert doc.text == "Erst.\n\nKapitel eins und zwei."
    assert [(f.style, doc.text[f.start:f.end]) for f in doc.formatting] == [
        (Style.BOLD, "Kapitel"), (Style.CODE, "Kapitel"), (Style.ITALIC, "zwei")]


def test_styled_text_joins_pieces_of_one_style() -> None:
    out = Styled()
    for piece, styles in (("a ", set()), ("bo", {Style.BOLD}), ("ld ", {Style.BOLD}),
                          ("both", {Style.BOLD, Style.ITALIC}), (" end", set())):
        out.add(piece, styles)
    out.add("", {Style.LINK})  # no text, no span
    assert out.text() == "a bold both end"
    assert [(f.style, f.start, f.end) for f in out.formatting()] == [
        (Style.BOLD, 2, 11), (Style.ITALIC, 7, 11)]
    assert stripped("  a b ", [Formatting(0, 3, Style.BOLD), Formatting(5, 6, Style.ITALIC)]
                    ) == ("a b", (Formatting(0, 1, Style.BOLD),))
