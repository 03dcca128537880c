"""Right-to-left text drawn left to right: a PDF line back in reading order.

A PDF places glyphs on the page; its text layer, read line by line from left to
right (pdfminer's order), gives Arabic and Hebrew in *visual* order: every
right-to-left word spelled backwards and the words of a right-to-left line in
reverse (``يونسلا ريرقتلا`` for ``التقرير السنوي``), while numbers and Latin words
inside such a line read left to right as they should.  :func:`logical_order`
undoes what the Unicode bidirectional algorithm did to display the line, for the
cases a line of running text has:

* a line whose strong letters are mostly right-to-left is reversed as a whole,
  and then each run of left-to-right text in it -- Latin words, numbers, with the
  spaces and punctuation between them (``2.5``, ``Hello World``) -- is turned back;
* in a mostly left-to-right line, each run of right-to-left letters (with the
  spaces and marks between them) is reversed in place.

The line comes as its glyphs' texts, and glyphs, not characters, are reordered: a
ligature glyph's text is already in reading order (lam-alef, ``لا``, one glyph, must
not become ``ال``).  Combining marks need nothing of their own: a glyph's mark is
drawn (and read) just before its letter in visual order, so reversing puts it after
the letter again.  Bracket mirroring and explicit embeddings are not undone: text
layers rarely carry them in a way that survives extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Any Hebrew, Arabic, Syriac, Thaana, NKo... letter or presentation form: a fast
# test before the per-character classes are looked at.
RTL_ANY = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL = frozenset({"R", "AL"})
_LTR_STRONG = frozenset({"L", "EN", "AN"})  # letters and digits that read left to right
# Between two characters of a run, these join it (spaces, punctuation, separators).
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN"})


def logical_order(glyphs: Sequence[str]) -> str:
    """A line drawn left to right, given as its glyphs' texts, in reading order; a line
    with no right-to-left letter is their texts joined as they are."""
    visual = "".join(glyphs)
    if not RTL_ANY.search(visual):
        return visual
    kinds = _terminators_with_numbers([_kind(g) for g in glyphs])
    rtl = sum(k in _RTL for k in kinds)
    ltr = sum(k == "L" for k in kinds)
    if rtl >= ltr:  # a right-to-left line: reverse it, then turn its LTR runs back
        return final_marks_last(_reverse_runs(list(glyphs)[::-1], kinds[::-1], _LTR_STRONG))
    return _reverse_runs(glyphs, kinds, _RTL)


# Marks that end a sentence or clause: a line of reading order does not start with one.
_FINAL_MARKS = re.compile(r"^\s*([.!?\u061f\u060c\u061b\u06d4:\u2026]+)\s*(?=\S)")


def final_marks_last(text: str) -> str:
    """A right-to-left line put in reading order that starts with a full stop, comma or
    question mark had it drawn on the right: the paragraph was laid out left to right
    (an Arabic text in a document not set right to left), where a mark at the end of
    the paragraph goes to the right of it.  It is moved back to the end."""
    found = _FINAL_MARKS.match(text)
    if found is None:
        return text
    return text[found.end():].rstrip() + found.group(1)


def is_rtl(text: str) -> bool:
    """Whether most strong letters of ``text`` are right-to-left ones."""
    if not RTL_ANY.search(text):
        return False
    kinds = [unicodedata.bidirectional(c) for c in text]
    return sum(k in _RTL for k in kinds) >= sum(k == "L" for k in kinds)


def _kind(glyph: str) -> str:
    """A glyph's bidirectional class: its first strong character's, else its first's."""
    kinds = [unicodedata.bidirectional(c) for c in glyph] or ["WS"]
    return next((k for k in kinds if k in _RTL or k in _LTR_STRONG), kinds[0])


def _terminators_with_numbers(kinds: list[str]) -> list[str]:
    """A number's terminators (``%``, ``°``, ``$``, ``€``: class ET) next to its digits
    are read with them, as rule W5 of the bidirectional algorithm reads them: ``30%`` in
    a Hebrew line stays ``30%`` (it came out ``%30``)."""
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind != "ET":
            continue
        j = i
        while j < len(kinds) and kinds[j] == "ET":
            j += 1
        k = i
        while k > 0 and kinds[k - 1] == "ET":
            k -= 1
        if (k > 0 and kinds[k - 1] == "EN") or (j < len(kinds) and kinds[j] == "EN"):
            out[i] = "EN"
    return out


def _reverse_runs(text: Sequence[str], kinds: list[str], strong: frozenset[str]) -> str:
    """The glyphs ``text`` with each run that starts and ends with a ``strong`` glyph
    (and holds only those and neutrals) reversed in place."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        while i < n and kinds[i] == "NSM":  # marks drawn before their letter
            i += 1
        if i == n or kinds[i] not in strong:
            out.extend(text[start:i + 1])
            i += 1
            continue
        end = last = i
        while end < n and (kinds[end] in strong or kinds[end] in _NEUTRAL):
            if kinds[end] in strong:
                last = end
            end += 1
        out.extend(text[start:last + 1][::-1])
        i = last + 1
    return "".join(out)
