"""Where a space pdfminer puts between two glyphs of a PDF's line is no word gap (pure:
the glyphs come from :mod:`.pdf`).

pdfminer puts a space (an ``LTAnno``) where a glyph stands apart from the one before
it by more than a tenth of its size, measured from that one glyph's right edge.  Two
kinds of gap are no word's:

* a narrow gap next to a Chinese or Japanese character before another or a letter or
  digit: that script has no spaces, and the gap is the typesetter's (``于 2021 年``); a
  wide one (table cells) stays;
* a gap next to a combining mark set over or beside its letter (``كتابًا``), or after a
  cluster's glyphs that carry no text -- a font draws Devanagari ``ड्रि``
  as several glyphs and maps the cluster's text to the first (LibreOffice with Lohit
  Devanagari) -- when the right-most edge of the glyphs since the last space reaches
  the next glyph: the edge pdfminer measured from was left of the others', and it saw
  a gap where there is none (``ड्रि प`` for ``ड्रिप``).  A real gap there is a word's:
  Hindi words end in vowel signs (``किसानों को``), and a PDF that draws no space
  glyphs has only pdfminer's spaces between them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from aligner.textutil import is_wide

# pdfminer's own measure of a word gap, in a glyph's size (LAParams.word_margin)
_WORD_MARGIN = 0.1


def no_word_gap(items: list[Any], i: int) -> bool:
    """Whether the space pdfminer put at ``items[i]`` (a line's glyphs and spaces) is
    none of a word gap (the module docstring)."""
    if not 0 < i < len(items) - 1:
        return False
    if _typesetter_gap(items[i - 1], items[i + 1]):
        return True
    return (mark(items[i - 1].get_text()[-1:]) or mark(items[i + 1].get_text()[:1])
            or _blank_glyph(items[i - 1])) and _touching(items, i)


def placed(lines: Iterable[list[Any]]) -> list[Any]:
    """The glyphs of a row's pieces (each piece's glyphs in the order the page draws
    them) left to right, each combining mark or glyph without width where the glyph
    drawn before it stands, when that is a left-to-right letter: Lohit Devanagari
    sets the ``ें`` of ``करेंगी`` a little right of where the ``ग`` after it begins, and
    sorted by its own edge it came after it (``करगेंी``).  A right-to-left letter's
    marks are drawn just before it, each set inside the letter's box (a shadda
    right of the letter's left edge): they go just before the letter, where
    :func:`aligner.readers.bidi.logical_order` expects them -- sorted by their own
    edge they came after it, and reversed into reading order they moved onto the
    letter before (``نّسق`` for ``نسّق``)."""
    keyed: list[tuple[float, int, Any]] = []
    for glyphs in lines:
        base: float | None = None
        before = ""
        for n, glyph in enumerate(glyphs):
            text = glyph.get_text()
            letter = _rtl_base(glyphs, n) if mark(text[:1]) else None
            if letter is not None:
                keyed.append((letter.x0, len(keyed), glyph))
                continue
            attached = (base is not None and before[:1]
                        and unicodedata.bidirectional(before[0]) == "L"
                        and (not text or mark(text[:1]) or glyph.x1 <= glyph.x0))
            if attached and base is not None:
                keyed.append((base, len(keyed), glyph))
                continue
            base, before = glyph.x0, text
            keyed.append((base, len(keyed), glyph))
    return [glyph for _, _, glyph in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _rtl_base(glyphs: list[Any], n: int) -> Any:
    """The right-to-left letter drawn after the marks at ``glyphs[n]`` (their letter),
    or None."""
    for glyph in glyphs[n + 1:]:
        text = glyph.get_text()
        if not mark(text[:1]):
            kind = unicodedata.bidirectional(text[0]) if text else ""
            return glyph if kind in ("R", "AL") else None
    return None


def mark(char: str) -> bool:
    """Whether a character is a combining mark (a vowel sign, a shadda, an accent)."""
    return bool(char) and unicodedata.category(char).startswith("M")


def _typesetter_gap(left: Any, right: Any) -> bool:
    a, b = left.get_text()[-1:], right.get_text()[:1]
    if not (a and b) or not any(is_wide(c) for c in (a, b)):
        return False
    if not all(is_wide(c) or c.isalnum() for c in (a, b)):
        return False  # a bullet or a mark before CJK text keeps its space
    height = max(getattr(left, "height", 0.0), getattr(right, "height", 0.0))
    gap = getattr(right, "x0", 0.0) - getattr(left, "x1", 0.0)
    return gap < 0.6 * height


def _touching(items: list[Any], i: int) -> bool:
    """Whether the right-most edge of the glyphs before the space at ``items[i]``, back
    to the last space (at most :data:`_CLUSTER` of them), reaches the next glyph (the
    letter of the marks after the space: a right-to-left letter's marks are placed
    before it, each at its own edge inside the letter)."""
    glyphs = []
    for item in reversed(items[max(0, i - _CLUSTER):i]):
        if not hasattr(item, "x1") or item.get_text().isspace():
            break
        glyphs.append(item)
    after = next((item for item in items[i + 1:i + 1 + _CLUSTER]
                  if not mark(item.get_text()[:1])), items[i + 1])  # a mark's letter
    if not glyphs or not hasattr(after, "x0"):
        return False
    size = getattr(after, "size", 0.0) or getattr(after, "height", 0.0)
    return bool(after.x0 - max(g.x1 for g in glyphs) < _WORD_MARGIN * size)


# The most glyphs a cluster of marks and letters is drawn with
_CLUSTER = 8


def _blank_glyph(item: Any) -> bool:
    """A glyph that draws part of a cluster whose text another carries: no text."""
    return hasattr(item, "x1") and not item.get_text()
