"""Enumerations in a PDF: labels typed as text open an item a paragraph, as in the DOCX
of the same text, and a list inside an item stays apart from it.  Hand-made lines (no
PDF needed), then tests/fixtures/sublists-en.pdf against the expected sentences,
written by hand from its source, src/sublists-en.fodt."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.model import Part
from aligner.readers import read_document
from aligner.readers.pdflayout import paragraphs
from aligner.readers.pdflines import Line, Page, Placed
from aligner.readers.pdflists import labels, typed_item
from aligner.segment import segment_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _page(*lines: Line) -> Page:
    return Page(400.0, 600.0, tuple(lines))


def _lines(*rows: tuple[str, float, float]) -> list[Line]:
    """Lines 14 points apart, each ``(text, x0, x1)``, their words a word space apart
    (labels typed as text); the column runs from 40 to 358 (the widest line)."""
    return [Line(text, x0, 500 - 14 * i, x1, 511 - 14 * i, spaces=(3.0,) * text.count(" "))
            for i, (text, x0, x1) in enumerate(rows)]


@pytest.mark.parametrize(("before", "text", "opens"), [
    ("b) Schäden anzuzeigen, und zwar", "aa) schriftlich und", True),  # a letter: always
    ("ii) unter Angabe der Dauer,", "(3) Die Frist beträgt", True),  # after a clause
    ("Der Mieter ist verpflichtet:", "1. die Räume zu pflegen", True),
    ("a) die Räume zu pflegen", "(2) Die Frist", True),  # after a labelled line
    ("as he showed in his study of", "(17) and as others found", False),  # a reference
    ("die Frist endet am", "1. März", False),  # a date's day after a word
    ("It was the", "first day", False),
])
def test_a_typed_label_opens_an_item(before: str, text: str, opens: bool) -> None:
    assert typed_item(before, text) is opens


def test_typed_items_at_the_margin_are_paragraphs_as_in_a_docx() -> None:
    """Each line a short one whose next word would have fitted: an item a paragraph.
    Before, ``aa)`` and ``bb)`` ran on into ``b)`` (the segmenter then cut ``a)``,
    ``b)``, ``c)`` only)."""
    lines = _lines(("Der Mieter ist verpflichtet,", 40, 208),
                   ("a) die Räume pfleglich zu behandeln,", 40, 256),
                   ("b) Schäden unverzüglich anzuzeigen, und zwar", 40, 304),
                   ("aa) schriftlich und", 40, 154),
                   ("bb) mit einem Foto des Schadens, und die Hausordnung stets und", 40, 358),
                   ("überall einzuhalten.", 40, 160))
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "Der Mieter ist verpflichtet,", "a) die Räume pfleglich zu behandeln,",
        "b) Schäden unverzüglich anzuzeigen, und zwar", "aa) schriftlich und",
        "bb) mit einem Foto des Schadens, und die Hausordnung stets und überall einzuhalten."]


def test_a_label_after_a_full_line_or_a_word_goes_on() -> None:
    """A line that reaches the margin wrapped: ``a)`` after it is a reference (``die
    unter`` / ``a) genannte Pflicht``), and so is ``(17)`` after a word."""
    lines = _lines(("Die Pflicht gilt auch für Nebenräume, wie die unter den Buchstaben", 40, 358),
                   ("a) genannte Pflicht, und sie gilt seit der bekannten Studie von", 40, 352),
                   ("(17) auch für Keller.", 40, 166))
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "Die Pflicht gilt auch für Nebenräume, wie die unter den Buchstaben a) genannte "
        "Pflicht, und sie gilt seit der bekannten Studie von (17) auch für Keller."]


def test_an_indented_list_inside_an_item_is_apart_from_it() -> None:
    """The list inside an item, indented under it with labels typed as text: each
    inner item a paragraph, even after a line that reaches the margin (the layout
    says so: indent and label).  Before, ``i) …`` to ``ii) …`` stayed in their item."""
    lines = _lines(("(1) The keeper shall keep the log in ink and write in it what he", 40, 358),
                   ("saw at sea, in particular", 40, 190),
                   ("i) the ships that passed, their flags and their course, and the", 60, 358),
                   ("weather,", 60, 108),
                   ("ii) the state of the sea.", 60, 210),
                   ("(2) Then the season opens.", 40, 196))
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "(1) The keeper shall keep the log in ink and write in it what he saw at sea, in "
        "particular",
        "i) the ships that passed, their flags and their course, and the weather,",
        "ii) the state of the sea.",
        "(2) Then the season opens."]


def test_a_section_sign_under_a_short_title_opens_a_paragraph() -> None:
    """A contract's title and its first section's heading, in the text's size: ``§``
    opened no sentence, and the title ran on into ``§ 1 Vertragsgegenstand``.  After a
    line that reaches the margin, ``§ 631`` goes on."""
    lines = _lines(("Werkvertrag über eine Software", 40, 220),
                   ("§ 1 Vertragsgegenstand", 40, 172),
                   ("Der Auftragnehmer verpflichtet sich zur Herstellung gemäß den Regeln", 40,
                    358),
                   ("§ 631 BGB.", 40, 100))
    assert [p.text for p in paragraphs([_page(*lines)])] == [
        "Werkvertrag über eine Software", "§ 1 Vertragsgegenstand",
        "Der Auftragnehmer verpflichtet sich zur Herstellung gemäß den Regeln § 631 BGB."]


def _listed(*rows: tuple[str, float, float]) -> list[Placed]:
    """A word processor's list: each label three word spaces from its item's text."""
    return [Placed(Line(text, x0, 700 - 14 * i, x1, 712 - 14 * i,
                        spaces=(9.0, 3.0) if text[:1] in "12abc" else (3.0, 3.0)),
                   0, 0, 50, 300) for i, (text, x0, x1) in enumerate(rows)]


def test_a_numbered_list_goes_on_past_the_list_inside_an_item() -> None:
    """``1.`` and ``2.`` at one x with a lettered list between them, indented: both
    lists' labels go.  Before, the inner list broke the outer one, whose numbers then
    stayed (``1. He tests the lamp:``).  An inner item that ends in a comma at the
    margin is followed by the next item, not by its own wrapped line."""
    body = _listed(("The keeper checks the station.", 50, 200),
                   ("1. He tests the lamp:", 62, 160),
                   ("a) the wick is trimmed,", 80, 200),
                   ("b) the oil is topped up from the store, which the tender fills,", 80, 299),
                   ("c) the lens is clean.", 80, 190),
                   ("2. He tests the bell.", 62, 160))
    assert labels(body) == {1: 3, 2: 3, 3: 3, 4: 3, 5: 3}


def test_sublists_in_a_pdf_read_as_in_the_docx() -> None:
    """tests/fixtures/sublists-en.pdf (LibreOffice, from src/sublists-en.fodt): a
    numbered list with a lettered list inside its first item (one inner item reaching
    the margin, one wrapping), labels typed as text in indented paragraphs under a
    lead-in, and a typed clause whose inner list is indented.  Read sentence for
    sentence and part for part as sublists-en.docx (LibreOffice's DOCX of the same
    source)."""
    expected = [
        ("Before the season opens the keeper checks the station from the lantern room down"
         " to the boat house, and he writes down in the log what he found and what he "
         "mended, so that the inspector can read it when he comes in the spring.", Part.BODY),
        ("He tests the lamp:", Part.LIST),
        ("the wick is trimmed,", Part.LIST),
        ("the oil is topped up from the store in the cellar, which the tender fills every "
         "autumn,", Part.LIST),
        ("the lens is clean and the brass of the lantern is polished, as the inspector will "
         "ask to see it before he signs the log.", Part.LIST),
        ("He tests the bell.", Part.LIST),
        ("The tender brings three things:", Part.BODY),
        ("i) oil for the lamp,", Part.BODY),
        ("ii) bread for a month,", Part.BODY),
        ("iii) letters from home.", Part.BODY),
        ("(1) The keeper shall keep the log in ink and shall write in it each evening what "
         "he saw at sea, in particular", Part.BODY),
        ("a) the ships that passed,", Part.BODY),
        ("b) the weather and the state of the sea.", Part.BODY),
        ("(2) Then the season opens.", Part.BODY),
    ]
    for name in ("sublists-en.pdf", "sublists-en.docx"):
        seg = segment_document(read_document(FIXTURES / name, lang="en"))
        assert list(zip(seg.sentences, seg.parts, strict=True)) == expected, name
