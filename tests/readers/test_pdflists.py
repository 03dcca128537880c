"""List labels in a PDF's lines, on hand-made lines (no PDF needed)."""

from __future__ import annotations

import pytest

from aligner.readers.pdflines import Line, Placed
from aligner.readers.pdflists import labels, lone_label


def _body(*lines: tuple[str, float], cells: int | None = None) -> list[Placed]:
    """Lines of one column, 14 points apart, each ``(text, x0)``; line ``cells`` is a
    table's row."""
    return [Placed(Line(text, x0, 700 - 14 * i, 300, 712 - 14 * i, cells=i == cells), 0, 0,
                   50, 300) for i, (text, x0) in enumerate(lines)]


def _german_ordinal(number: str, word: str) -> bool:
    return word in {"januar", "märz"}


@pytest.mark.parametrize(("lines", "found"), [
    # numbered items at one x, each after a line that ends a sentence
    ([("The rules:", 50), ("1. Light the lamp.", 70), ("2. Record the oil.", 70)],
     {1: 3, 2: 3}),
    # an item that wraps under a hanging indent
    ([("1. Light the lamp at sunset and", 70), ("put it out at sunrise.", 88),
      ("2. Record the oil.", 70)], {0: 3, 2: 3}),
    ([("a) He rang the bell.", 70), ("b) He fired the rocket.", 70)], {0: 3, 1: 3}),
    # a bullet needs no sequence; a dash opens dialogue and is no bullet
    ([("• Two loaves of bread.", 70), ("— Who is there?", 50)], {0: 2}),
    # a number that continues no sequence: a wrapped line, or another x
    ([("It happened on the", 50), ("14. of May, not later.", 50)], {}),
    ([("1. Light the lamp.", 70), ("2. Record the oil.", 90)], {}),
    # a wrapped line whose number happens to follow one: no sentence ended before it
    ([("1. Light the lamp.", 50), ("Then came the", 50), ("2. of June.", 50)], {}),
])
def test_labels(lines: list[tuple[str, float]], found: dict[int, int]) -> None:
    assert labels(_body(*lines)) == found


def test_a_german_date_is_no_label() -> None:
    body = _body(("1. Januar: Sturm.", 50), ("2. Januar: Ruhe.", 50))
    assert labels(body, _german_ordinal) == {}
    assert labels(body) == {0: 3, 1: 3}


def test_a_table_s_row_is_no_item() -> None:
    assert labels(_body(("4. März 9,5", 50), ("5. März 8,0", 50), cells=0)) == {}


@pytest.mark.parametrize(("text", "alone"), [
    ("•", True), ("1.", True), ("12)", True), ("a)", True), ("bb)", True), ("ab)", False),
    ("1. Light", False),
    ("42", False), ("—", False),
])
def test_lone_label(text: str, alone: bool) -> None:
    assert lone_label(text) is alone


def _lines(*lines: tuple[str, float, float]) -> list[Placed]:
    """Lines of one column (50 to 300), 14 points apart, each ``(text, x0, x1)``."""
    return [Placed(Line(text, x0, 700 - 14 * i, x1, 712 - 14 * i), 0, 0, 50, 300)
            for i, (text, x0, x1) in enumerate(lines)]


def test_numbers_typed_as_the_text_of_claims_are_kept() -> None:
    """A patent's claims: the number is typed, the claim's lines wrap back under it (no
    hanging indent), and claim 2 refers to claim 1.  Before, ``1.`` after the heading
    was kept and ``2.`` and ``3.`` left out."""
    claims = _lines(("CLAIMS", 50, 90), ("1. A device comprising a housing.", 50, 250),
                    ("2. The device according to claim 1, wherein the", 50, 299),
                    ("sheet is thin.", 50, 120),
                    ("3. The device according to claim 1 or 2, wherein", 50, 298),
                    ("fins are formed.", 50, 130))
    assert labels(claims) == {}


def test_a_list_under_a_heading_hangs_its_lines() -> None:
    """The same list with its lines hung under the item's text is a word processor's:
    every label goes, the first after a heading set in the text's size with no gap too."""
    items = _lines(("Steps", 50, 90), ("1. Open the lid.", 50, 150),
                   ("2. Light the lamp at sunset and then wait until the", 50, 299),
                   ("oil burns.", 68, 120),
                   ("3. Record the oil.", 50, 160))
    assert labels(items) == {1: 3, 2: 3, 4: 3}


def _spaced(text: str, x0: float, spaces: tuple[float, ...], i: int) -> Placed:
    return Placed(Line(text, x0, 700 - 14 * i, 300, 712 - 14 * i, spaces=spaces), 0, 0, 50, 300)


def test_a_label_typed_in_the_text_is_text() -> None:
    """A label a word space from what follows was typed (a contract's ``a)``, which
    the DOCX reader keeps); a list's stands apart by its hanging indent.  Before, the
    typed ``a)``, ``b)`` went and ``aa)``, ``bb)`` stayed."""
    typed = [_spaced("(1) Der Mieter ist verpflichtet:", 50, (3.0, 3.0, 3.0), 0),
             _spaced("a) die Räume zu pflegen.", 50, (3.0, 3.0, 3.0, 3.0), 1),
             _spaced("b) Schäden anzuzeigen.", 50, (3.0, 3.0), 2)]
    assert labels(typed) == {}
    listed = [_spaced("(1) Der Mieter ist verpflichtet:", 50, (3.0, 3.0, 3.0), 0),
              _spaced("a) die Räume zu pflegen.", 50, (9.0, 3.0, 3.0, 3.0), 1),
              _spaced("b) Schäden anzuzeigen.", 50, (9.0, 3.0), 2)]
    assert labels(listed) == {1: 3, 2: 3}
    # doubled letters count as single ones do
    doubled = [_spaced("und zwar:", 50, (3.0,), 0), _spaced("aa) schriftlich.", 50, (9.0,), 1),
               _spaced("bb) mit Foto.", 50, (9.0, 3.0), 2)]
    assert labels(doubled) == {1: 4, 2: 4}
    # a right-to-left line's label opens it at its right end: its gap is the last
    listed_ar = [_spaced("المطلوب:", 50, (), 0), _spaced("1) حصر الأسر.", 50, (3.0, 9.0), 1),
                 _spaced("2) توزيع الحصص.", 50, (3.0, 9.0), 2)]
    assert labels(listed_ar) == {1: 3, 2: 3}
    typed_ar = [_spaced("المطلوب:", 50, (), 0), _spaced("1) حصر الأسر.", 50, (9.0, 3.0), 1),
                _spaced("2) توزيع الحصص.", 50, (9.0, 3.0), 2)]
    assert labels(typed_ar) == {}


def test_typed_labels_in_a_pdf_stay_as_the_text_has_them() -> None:
    """tests/fixtures/typed-labels-de.pdf (LibreOffice, from src/typed-labels-de.fodt):
    every label typed at the margin stays, as in the DOCX of the same text; before,
    ``a)``, ``b)``, ``c)`` went and ``aa)``, ``bb)`` stayed.  Each item is a paragraph of
    its own, as in the DOCX (8 sentences); before, ``aa)`` and ``bb)`` ran on into
    ``b)`` (6)."""
    from pathlib import Path

    from aligner.readers import read_document
    from aligner.segment import segment_document

    path = Path(__file__).resolve().parents[1] / "fixtures" / "typed-labels-de.pdf"
    assert [s.text for s in segment_document(read_document(path, lang="de")).segments] == [
        "§ 4 Pflichten des Mieters",
        "(1) Der Mieter ist verpflichtet,",
        "a) die Räume pfleglich zu behandeln,",
        "b) Schäden unverzüglich anzuzeigen, und zwar",
        "aa) schriftlich und",
        "bb) mit einem Foto des Schadens,",
        "c) die Hausordnung einzuhalten.",
        "(2) Die unter a) genannte Pflicht gilt auch für Nebenräume.",
    ]


def test_a_numbered_heading_a_little_larger_than_the_text_keeps_its_number() -> None:
    """A 13 pt heading over 12 pt text (1.08 times) lost its number as a list's label
    (``1. Summary`` read ``Summary``, part list)."""
    body = [Placed(Line("1. Summary", 50, 700, 200, 713), 0, 0, 50, 300),
            Placed(Line("Between 1 January and 31 March.", 50, 684, 300, 696), 0, 0, 50, 300),
            Placed(Line("2. Health", 50, 660, 200, 673), 0, 0, 50, 300),
            Placed(Line("Two clinics opened.", 50, 644, 300, 656), 0, 0, 50, 300)]
    assert labels(body) == {}
