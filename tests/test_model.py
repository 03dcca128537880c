"""The data model's own logic: a document's formatting by sentence."""

from __future__ import annotations

from aligner.model import Block, Document, Formatting, Segment, SegmentedDocument, Style

TEXT = "One **two. Three** four.  Five six."


def _segmented(spans: tuple[Formatting, ...]) -> SegmentedDocument:
    doc = Document(TEXT, "en", (Block(0, len(TEXT)),), formatting=spans)
    bounds = [(0, 10), (11, 24), (26, 35)]  # One ... two. | Three ... four. | Five six.
    return SegmentedDocument(doc, tuple(Segment(a, b, TEXT[a:b]) for a, b in bounds))


def _seen(seg: SegmentedDocument) -> list[list[tuple[str, str]]]:
    return [[(f.style.value, s.text[f.start:f.end]) for f in looks]
            for s, looks in zip(seg.segments, seg.sentence_formatting(), strict=True)]


def test_a_span_over_a_sentence_boundary_is_cut_into_one_per_sentence() -> None:
    bold = Formatting(TEXT.index("**two"), TEXT.index("four"), Style.BOLD)
    italic = Formatting(TEXT.index("four") - 1, len(TEXT), Style.ITALIC)  # over the gap
    assert _seen(_segmented((bold, italic))) == [
        [("b", "**two.")], [("b", "Three**"), ("i", "four.")], [("i", "Five six.")]]


def test_whitespace_at_a_span_edge_is_left_out_and_a_blank_span_dropped() -> None:
    blank = Formatting(TEXT.index("  "), TEXT.index("Five"), Style.BOLD)
    padded = Formatting(TEXT.index(" six"), len(TEXT), Style.ITALIC)
    assert _seen(_segmented((blank, padded))) == [[], [], [("i", "six.")]]


def test_no_formatting_is_no_list() -> None:
    assert _segmented(()).sentence_formatting() == ()
