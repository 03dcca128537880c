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


# Claims a paragraph an element (src/claims-*.md, hand-written), read as written there:
# each claim is one sentence, its elements joined as the language writes them.
CLAIMS_JA = [
    "【技術分野】",
    "本発明は、電子機器の放熱構造に関する。",
    "【特許請求の範囲】",
    "【請求項１】筐体と、前記筐体内に配置された回路基板と、前記回路基板に実装された発熱部品と、"
    "前記発熱部品と前記筐体とを熱的に接続する伝熱部材と、を備える、電子機器。",
    "【請求項２】前記伝熱部材は、グラファイトシートである、請求項１に記載の電子機器。",
]
CLAIMS_EN = [
    "TECHNICAL FIELD",
    "The present invention relates to a heat dissipation structure of an electronic device.",
    "CLAIMS",
    "1. An electronic device comprising: a housing; a circuit board disposed in the housing; "
    "a heat-generating component mounted on the circuit board; and a heat transfer member "
    "thermally connecting the heat-generating component and the housing.",
    "2. The electronic device according to claim 1, wherein the heat transfer member is a "
    "graphite sheet.",
    "Dear Sir or Madam,",
    "Please find the amended claims enclosed.",
]


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("claims-ja.docx", "ja", CLAIMS_JA), ("claims-ja.odt", "ja", CLAIMS_JA),
    ("claims-en.docx", "en", CLAIMS_EN)])
def test_a_claim_written_a_paragraph_an_element_is_one_sentence(
        name: str, lang: str, expected: list[str]) -> None:
    """Before, each element was a sentence: six or seven sentences against the one of a
    translation that writes the claim in one paragraph, more than a bead takes, so the
    aligner left one out."""
    assert list(segment_file(FIXTURES / name, lang).sentences) == expected


def test_joined_paragraphs_keep_the_numbers_of_the_original() -> None:
    doc = assemble([Para("Intro."), Para("The kit holds:"), Para("a bottle;"),
                    Para("a cap."), Para("End.")], lang="en", name="x")
    assert doc.text == "Intro.\n\nThe kit holds: a bottle; a cap.\n\nEnd."
    assert [(doc.text[b.start:b.end], b.paragraph) for b in doc.blocks] == [
        ("Intro.", 1), ("The kit holds: a bottle; a cap.", 2), ("End.", 5)]


@pytest.mark.parametrize("paras", [
    [Para("Dear Sir,"), Para("Thank you for your letter.")],  # a salutation
    [Para("Contents:", BlockKind.HEADING), Para("see below.")],  # a heading ends its block
    [Para("items:"), Para("a bottle;", BlockKind.LIST_ITEM)],  # a list item is its own
    [Para("features"), Para("contact manager")],  # a column of short items
    [Para("Es ist so."), Para("und dann?")],  # a sentence ended
    [Para("要旨"), Para("本発明は…")],  # a heading-like line, no clause cut
])
def test_paragraphs_no_sentence_runs_across_stay_apart(paras: list[Para]) -> None:
    doc = assemble(paras, lang="en", name="x")
    assert len(doc.blocks) == 2 and "\n\n" in doc.text


def test_typed_list_items_stay_apart_as_the_plain_text_has_them() -> None:
    """A German walk's DOCX (LibreOffice's, a typed label a paragraph): each item after a
    comma ran on into the one before, and the segmenter cut before ``b)`` but not before
    ``aa)``, ``bb)`` or ``c)``; the .txt of the contract gives one item a line."""
    doc = assemble([Para("(1) Der Auftragnehmer hat insbesondere"),
                    Para("a) die Leistungen fristgerecht zu erbringen,"),
                    Para("b) den Auftraggeber zu informieren, und zwar"),
                    Para("aa) schriftlich und"), Para("bb) unter Angabe der Dauer,"),
                    Para("c) Subunternehmer nur mit Zustimmung einzusetzen.")],
                   lang="de", name="x")
    assert [(doc.text[b.start:b.end], b.paragraph) for b in doc.blocks] == [
        ("(1) Der Auftragnehmer hat insbesondere", 1),
        ("a) die Leistungen fristgerecht zu erbringen,", 2),
        ("b) den Auftraggeber zu informieren, und zwar", 3), ("aa) schriftlich und", 4),
        ("bb) unter Angabe der Dauer,", 5),
        ("c) Subunternehmer nur mit Zustimmung einzusetzen.", 6)]
