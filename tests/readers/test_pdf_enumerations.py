"""Enumerations in a PDF: labels typed as text open an item a paragraph, as in the DOCX
of the same text, and a list inside an item stays apart from it.  Hand-made lines (no
PDF needed)."""

from __future__ import annotations

import pytest

from aligner.readers.pdflayout import paragraphs
from aligner.readers.pdflines import Line, Page
from aligner.readers.pdflists import typed_item


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
