"""The review page shows a document's formatting: a title in italics is in italics."""

from __future__ import annotations

from typing import Any

import lxml.html

from aligner.model import Bead, Formatting, Side, Style, TermMatch, TermStatus
from aligner.report import ReportData, render_report


def _cell(page: str, bead: int, cls: str) -> Any:
    doc = lxml.html.document_fromstring(page)
    (cell,) = doc.xpath(f'//*[@data-bead="{bead}"]/div[contains(concat(" ", @class, " "), '
                        f'" {cls} ")]')
    return cell


def _marks(cell: Any) -> list[tuple[str, set[str]]]:
    return [(m.text_content(), set(m.get("class").split())) for m in cell.xpath(".//mark")]


# Written for this test: a wall label's title and its first sentence, in one bead.
ES = ("Bodegón con membrillos.", "Óleo sobre lienzo, 1650.")
EN = ("Still Life with Quinces.", "Oil on canvas, 1650.")


def test_italics_and_bold_of_each_sentence_are_shown_at_their_place_in_the_bead() -> None:
    data = ReportData(
        src_sentences=ES, tgt_sentences=EN, beads=(Bead((0, 1), (0, 1), 0.9),),
        src_lang="es", tgt_lang="en",
        src_formatting=((Formatting(0, 22, Style.ITALIC),), (Formatting(0, 4, Style.BOLD),)),
        tgt_formatting=((Formatting(0, 23, Style.ITALIC),),
                        (Formatting(0, 3, Style.LINK, "https://example.org"),)),
        term_matches=(TermMatch(0, Side.SOURCE, 0, 7, "bodegón"),
                      TermMatch(0, Side.TARGET, 0, 10, "bodegón", TermStatus.PREFERRED)),
    )
    page = render_report(data)
    src, tgt = _cell(page, 0, "s"), _cell(page, 0, "t")
    assert src.text_content() == "Bodegón con membrillos. Óleo sobre lienzo, 1650."
    # a term's mark and the italics share their text, cut into flat pieces
    assert _marks(src) == [("Bodegón", {"m-src", "f-i"}), (" con membrillos", {"f-i"}),
                           ("Óleo", {"f-b"})]
    assert tgt.text_content() == "Still Life with Quinces. Oil on canvas, 1650."
    # a link is no look of the page
    assert _marks(tgt) == [("Still Life", {"m-ok", "f-i"}), (" with Quinces", {"f-i"})]
    assert tgt.xpath(".//mark//mark") == []
    assert "mark.f-i { font-style: italic; }" in page


def test_a_side_without_formatting_has_no_formatting_marks() -> None:
    data = ReportData(src_sentences=ES, tgt_sentences=EN,
                      beads=(Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)),
                      src_lang="es", tgt_lang="en",
                      src_formatting=((), (Formatting(5, 10, Style.ITALIC),)))
    page = render_report(data)
    assert _marks(_cell(page, 0, "s")) == [] and _marks(_cell(page, 0, "t")) == []
    assert _marks(_cell(page, 1, "s")) == [("sobre", {"f-i"})]
