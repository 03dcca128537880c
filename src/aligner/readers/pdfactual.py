"""A PDF's ``/ActualText``: the text of glyphs whose font cannot say it.

LibreOffice on a machine without a font for a script (no CJK font: ``fc-list
:lang=ja`` lists none) draws each character it cannot show with one and the same
glyph of the fallback font, a box.  A font's ToUnicode CMap gives a glyph one text
only, so the first character drawn with the box takes it (``【``) and every other
is written as the box inside a marked-content span ``/Span <</ActualText (…)>> BDC
… EMC`` that carries the character.  pdftotext and the viewers' copy and paste read
the span's text; pdfminer.six lays out the glyphs and drops the span, so a page
read ``【【【【【【【【`` where it says ``【書類名】明細書``.

:class:`ActualTextAggregator` is pdfminer's page aggregator that keeps the spans:
it follows the marked-content tags the interpreter reports (``begin_tag`` /
``end_tag``) and gives the first glyph drawn inside a span with ``ActualText`` the
span's text, the others in it none.  A work-around at the edge of pdfminer, not a
change to it.
"""

from __future__ import annotations

from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text


def _actual(props: Any) -> str | None:
    """The ``ActualText`` of a marked-content tag's properties, or None."""
    props = resolve1(props)
    if not isinstance(props, dict):
        return None
    text = resolve1(props.get("ActualText"))
    if isinstance(text, bytes):
        return decode_text(text)
    return text if isinstance(text, str) else None


class ActualTextAggregator(PDFPageAggregator):
    """pdfminer's page aggregator, each glyph inside an ``ActualText`` span given the
    span's text (the first glyph) or none (the others)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # per open tag: its ActualText not yet given to a glyph, or None
        self._spans: list[str | None] = []

    def begin_tag(self, tag: PSLiteral, props: Any = None) -> None:
        self._spans.append(_actual(props))

    def end_tag(self) -> None:
        if self._spans:
            self._spans.pop()

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        adv: float = super().render_char(*args, **kwargs)
        # the outermost span with a text: it stands for all drawn inside it
        span = next((i for i, text in enumerate(self._spans) if text is not None), None)
        if span is None:
            return adv
        glyph = self.cur_item._objs[-1]
        if isinstance(glyph, LTChar):
            glyph._text = self._spans[span] or ""
            self._spans[span] = ""
        return adv
