"""Invariant: segmentation loses and alters nothing (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.readers import read_string
from aligner.segment import segment_document, split_spans

# Arbitrary Unicode, plus text built from the characters the rules look at,
# so that abbreviations, quotes, footnotes and line breaks really occur.
_PIECES = [
    "Mr.", "U.S.", "EE. UU.", "etc.", "p. 5", "1.", "a)", "(b)", "?1", ".2", "»3",
    "...", "…", ". . .", "¿", "¡", "«", "»", "“", "”", '"', "'", "(", ")", "[7]",
    " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\t", "—", ";", ":", ",",
    "Word", "word", "Ann", "I", "The", "la", "3,5", "3.526", "x", "É", "ñ",
    "。", "！", "？", "．", "｡", "……", "「", "」", "『", "』", "（", "）", "《", "》",
    "、", "，", "我们", "です", "と", "３．２", "ＡＢ", "山", "\u3000",
    "؟", "۔", "،", "।", "॥", "१", "։", "።", "፧", "၊", "။", "។", "‼", "⁇", "\u037e",
    "Καλά", "καλά", "مرحبا", "धन्यवाद", "Բարեւ", "\u00ad", "Novem\u00adber",
]  # fmt: skip
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=60).map("".join),
)
langs = st.sampled_from(["en", "es", "de", "xx", "zh", "ja", "el", "hi", "ar"])


def _check_cover(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    pos = start
    for a, b in spans:
        assert pos <= a < b <= end, (spans, start, end)
        assert text[pos:a].strip() == "", "a gap holds more than whitespace"
        assert not text[a].isspace() and not text[b - 1].isspace(), "span not trimmed"
        pos = b
    assert text[pos:end].strip() == ""


@given(text=texts, lang=langs)
@settings(max_examples=400, deadline=None)
def test_split_spans_cover_the_text(text: str, lang: str) -> None:
    _check_cover(text, split_spans(text, lang), 0, len(text))


@given(text=texts, lang=langs, data=st.data())
@settings(max_examples=200, deadline=None)
def test_split_spans_stay_in_their_region(text: str, lang: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check_cover(text, split_spans(text, lang, start, end), start, end)


@given(text=texts, lang=langs)
@settings(max_examples=300, deadline=None)
def test_plain_text_document_is_reproduced(text: str, lang: str) -> None:
    doc = read_string(text, lang=lang)
    seg = segment_document(doc)
    pieces, pos = [], 0
    for s in seg.segments:
        gap = text[pos : s.start]
        assert gap.strip() == "", "plain text: only whitespace between sentences"
        assert s.text == text[s.start : s.end]
        block = doc.blocks[s.block]
        assert block.start <= s.start < s.end <= block.end, "a sentence crosses its block"
        pieces += [gap, s.text]
        pos = s.end
    pieces.append(text[pos:])
    assert text[pos:].strip() == ""
    assert "".join(pieces) == text


@given(text=texts)
@settings(max_examples=200, deadline=None)
def test_blocks_are_ordered_and_disjoint(text: str) -> None:
    doc = read_string(text, lang="en")
    pos = 0
    for b in doc.blocks:
        assert pos <= b.start < b.end <= len(text)
        assert text[pos : b.start].strip() == ""
        pos = b.end
