"""A list label on one side only is no number-mismatch (check/listlabels.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import findings

from aligner.check.listlabels import label_spans
from aligner.pipeline.checks import check_input, load_check_input

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # a DOCX list item against the PDF of its translation, and the other way round
    ("Light the lamp at sunset.", "1. Die Lampe bei Sonnenuntergang anzünden.", False),
    ("2) Record the oil used.", "Den Ölverbrauch eintragen.", False),
    ("(3) Clean the lens.", "Die Linse reinigen.", False),
    ("Record the oil.", "1.2. Den Ölverbrauch eintragen.", False),
    # a label after a line break, or opening the second sentence of a unit
    ("The rules: light the lamp.", "Die Regeln:\n1. Die Lampe anzünden.", False),
    ("Light the lamp. Record the oil.", "1. Die Lampe anzünden. 2. Das Öl eintragen.", False),
    # the number of the text itself is still compared
    ("1. Add 3 eggs.", "Zwei Eier hinzufügen.", True),
    ("Add 2 eggs.", "3. Eier hinzufügen.", True),
    # labels on both sides that differ are a real difference
    ("1. Light the lamp.", "2. Die Lampe anzünden.", True),
    # a German ordinal is a date, not a label; a number inside a sentence is no label
    ("January was cold.", "1. Januar war kalt.", True),
    ("It rained on day 1. Then it snowed.", "Es regnete. Dann schneite es.", True),
    ("We met at 10. Then we left.", "Wir trafen uns. Dann gingen wir.", True),
])
def test_a_list_label_on_one_side(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang="de")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # the number after an abbreviation's period is its page, not a label: a footnote's
    # "p. 25." left out of the translation
    ("Véase la p. 25. Véase la p. 31.", "See p. 31.", True),
    ("Cf. art. 12. Véase también el art. 14.", "See also art. 14.", True),
    # after an abbreviation that may end a sentence, a label is still one
    ("Lámparas, aceites, etc. 2. Registre el aceite.", "Lamps, oils, etc. Record the oil.",
     False),
])
def test_a_number_after_an_abbreviation(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="es", tgt_lang="en")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "marked_src", "marked_tgt"), [
    # 3 twice in the target: the clause's label has its own in the source, the
    # citation's 3 is the one the source lacks (a reviewer looks there first)
    ("(3) Zinsen nach § 288 Abs. 2 BGB.", "(3) Interest under Section 288(3) BGB.",
     "(3) Zinsen nach § 288 Abs. [2] BGB.", "(3) Interest under Section 288([3]) BGB."),
    # 1 twice in the source: the one the target lacks is not the clause's label
    ("(1) Abweichend von § 634a Abs. 1 BGB.", "(1) By way of derogation from Section 634a BGB.",
     "(1) Abweichend von § 634a Abs. [1] BGB.", None),
    # a number that is only a label is still marked
    ("(2) Die Zahlung.", "(3) The payment.", "([2]) Die Zahlung.", "([3]) The payment."),
])
def test_the_marked_number_is_not_a_label_the_other_side_has(
        source: str, target: str, marked_src: str, marked_tgt: str | None) -> None:
    [got] = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang="en")

    def marked(text: str, span: tuple[int, int] | None) -> str | None:
        return None if span is None else (
            f"{text[:span[0]]}[{text[span[0]:span[1]]}]{text[span[1]:]}")
    assert (marked(source, got.src_span), marked(target, got.tgt_span)) == (
        marked_src, marked_tgt), got


def test_label_spans() -> None:
    text = "1. Eins. (2) Zwei: 3) Drei\n4.1. Vier 5 Fünf 1999. Juni 6. Juli"
    assert [text[a:b] for a, b in label_spans(text, "de")] == ["1", "2", "3", "4.1"]


def test_a_docx_list_against_the_pdf_of_its_translation() -> None:
    # src/list-en.md as pandoc's DOCX (Word numbers the items: no number in the text)
    # against src/list-de.md through pandoc's ODT and LibreOffice's PDF (the numbers
    # are text, which the PDF reader now leaves out as well); before, one
    # number-mismatch per item
    inp = load_check_input(documents=[str(FIXTURES / "list-en.docx"),
                                      str(FIXTURES / "list-de.pdf")],
                           src_lang="en", tgt_lang="de")
    assert [u.target for u in inp.units][1] == "Die Lampe bei Sonnenuntergang anzünden."
    assert check_input(inp).findings == ()
