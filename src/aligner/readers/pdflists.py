"""List items in a PDF's lines (pure; :mod:`.pdflayout` calls it): their labels.

A word processor numbers a list itself (Word's ``w:numPr``, ODF's ``text:list``,
Markdown's ``1.``): the DOCX, ODT, EPUB, HTML and Markdown readers read an item's
text without its number or bullet, as part ``list``.  A PDF has the label as text in
front of the item (``1. Die Lampe …``, ``• Record …``), and kept there it made the
sentences of a PDF differ from those of the same document in any other format
(``Light the lamp …`` against ``1. Die Lampe …`` in a TMX).  So the PDF reader leaves
the label out too, as it leaves out a note's label and its reference marks, and the
item is a paragraph of its own of kind list item.

A label is a bullet (``•◦▪▫‣∙●○■□►➢``, not a dash: a dash opens dialogue) or a
number or a lower-case letter, single or doubled (``a)``, ``aa)``), followed by ``.``
or ``)``, then a space -- a gap wider than a word space, the list's hanging indent: a
label a word space from its text was typed in it (:func:`_hangs`) and stays.  A numbered
label counts: its line is a label's when the line before or after it among such
lines at the same x (within half a line; past the items of a list inside an item,
which stand right of it), with the same kind of label, carries the number one less or
one more -- ``14. März`` at the start of a wrapped line is no item -- and the line
before it ends a sentence or a clause (the colon before a list, an item's comma), stands
right of it (the hanging indent of the item before), is set larger or a paragraph's gap
above it (a heading: ``Pasos de instalación`` / ``1. Desconecte …``), or is on another
page or in another column -- unless the line is itself set larger than the one after
it: a numbered heading (``1. Introduction``) keeps its number, as the DOCX has it.
A line set apart below a short one (the label would have fitted on it: a heading in the
text's size with no gap, ``CLAIMS`` / ``1. A device``) starts an item too.
A table's row is no item (``4. März`` in a column of dates), nor is a German ordinal
(``1. Januar`` / ``2. Januar``: a chronicle's dates).

A number typed as the paragraph's text stays: the DOCX and ODT readers keep a typed
``2.`` as text, and only a word processor's own numbering is no text.  A PDF does not
say which it was; its lines do: a list hangs an item's lines under its text, while a
typed number's paragraph wraps back under the number (a patent's claims: ``2. The
device according to claim 1, wherein`` / ``the sheet …``, where the number is what the
next claim refers to).  So a sequence of items keeps all its numbers when one of its
items wraps so (:func:`_typed`); items of a line each give no such sign but the
gap after their labels.

A label typed as text stays, and its line opens a paragraph of its own (part body,
as the DOCX reader reads a typed enumeration, an item a paragraph) where
:func:`typed_item` says it starts an item and the layout allows (:mod:`.pdflayout`):
after a short line, or indented under the line before (a list inside an item).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence

from aligner.readers.bidi import is_rtl
from aligner.readers.pdflines import HEADING, Line, Placed, ends_sentence, full

_BULLETS = "•◦▪▫‣∙●○■□►➢"
_BULLET = re.compile(rf"[{_BULLETS}]\s+(?=\S)")
_NUMBERED = re.compile(r"(\d{1,3}|([a-z])\2?)([.)])\s+(?=\S)")
_WORD = re.compile(r"[^\W\d_]*")


def lone_label(text: str) -> bool:
    """Whether a piece of a row is a list label alone (a bullet, ``1.``, ``a)``), set
    apart from its item's text by a hanging indent: no table's cell."""
    text = text.strip()
    return (len(text) == 1 and text in _BULLETS) or bool(
        re.fullmatch(r"(\d{1,3}|([a-z])\2?)[.)]", text))


# A letter's label typed at a line's start: ``a) ``, ``aa) ``, ``ii) `` (a letter,
# the same letter twice or three times, or a Roman numeral, then ``)``), as the plain
# text reader reads one (:mod:`aligner.readers.text`); any typed label: also ``(3) ``,
# ``3) ``, ``(b) ``, ``1. ``.
_TYPED_LETTER = re.compile(r"(?:([^\W\d_])\1{0,2}|[ivxlc]{1,5})\)\s")
_TYPED_LABEL = re.compile(r"\(?(?:\d{1,2}|([^\W\d_])\1{0,2}|[ivxlc]{1,5})\)\s|\d{1,2}\.\s")
_CLAUSE_END = ",;:.!?"


def typed_item(before: str, text: str) -> bool:
    """Whether a line whose text is ``text``, after the line ``before``, opens with a
    label typed as text that starts an item of an enumeration (the layout decides
    whether the line may start one: :mod:`.pdflayout`): a letter's label (``aa)
    schriftlich und`` after ``…, und zwar``) always, any other (``(3)``, ``2)``,
    ``1.``) after a line that ends a clause (``, ; : . ! ?``) or opens with a typed
    label itself -- as the plain-text and DOCX readers cut a typed enumeration, an item
    a paragraph.  After a word, a number in brackets may be a reference set at the
    line's start."""
    text, before = text.lstrip(), before.strip()
    if _TYPED_LETTER.match(text):
        return True
    return bool(_TYPED_LABEL.match(text)) and bool(before) and (
        before[-1] in _CLAUSE_END or bool(_TYPED_LABEL.match(before)))


def _value(token: str) -> int:
    return int(token) if token.isdigit() else ord(token[0]) - ord("a") + 1


#: Whether a number and its period are an ordinal before a word (German ``1. Januar``).
Ordinal = Callable[[str, str], bool]


def labels(body: Sequence[Placed], ordinal: Ordinal = lambda _n, _w: False) -> dict[int, int]:
    """The lines of ``body`` that start a list item: index -> length of the label
    (with the space after it) at the start of the line's text.  A number that is an
    ordinal before the word after it is a date's day, no label (``1. Januar`` /
    ``2. Januar``, a chronicle's entries)."""
    out: dict[int, int] = {}
    numbered: list[tuple[int, str, int, int]] = []  # index, kind of label, number, length
    for i, p in enumerate(body):
        if p.line.cells:
            continue
        if not _hangs(p.line):
            continue  # a label typed in the text, a word space before the text: text
        bullet = _BULLET.match(p.line.text)
        if bullet:
            out[i] = bullet.end()
            continue
        number = _NUMBERED.match(p.line.text)
        after = _WORD.match(p.line.text, number.end()) if number else None
        word = after.group().lower() if after else ""
        if (number and _starts_item(body, i)
                and not (number.group(3) == "." and ordinal(number.group(1), word))):
            kind = ("digit" if number.group(1).isdigit() else "letter" * len(number.group(1))
                    ) + number.group(3)
            numbered.append((i, kind, _value(number.group(1)), number.end()))
    following = _following(body, numbered)
    seen: set[int] = set()
    for k in range(len(numbered)):
        if k in seen or k not in following:
            continue
        run = [k]  # a sequence of items: positions in ``numbered``
        while run[-1] in following:
            run.append(following[run[-1]])
        seen.update(run)
        lines = {numbered[r][0] for r in run}
        # an item that reaches the margin just before the next (``… which the tender
        # fills every autumn,`` / ``c) …``) does not wrap back under its number
        if not any(_typed(body, i) and i + 1 not in lines for i in lines):
            out.update((numbered[r][0], numbered[r][3]) for r in run)
    return out


def _following(body: Sequence[Placed], numbered: Sequence[tuple[int, str, int, int]]
               ) -> dict[int, int]:
    """For each numbered line (a position in ``numbered``: index, kind, number, label
    length), the one that carries the next number of its kind at its x (within half a
    line), where there is one: the next such line at that x, past the items of a list
    inside its item, which stand right of it (``1. He tests the lamp:`` / ``a) the wick
    …`` / ``b) …`` / ``2. He tests the bell.``; before, the list inside broke the outer
    one, whose numbers then stayed).  A numbered line left of it ends the search."""
    out: dict[int, int] = {}
    for k, (i, kind, n, _) in enumerate(numbered):
        x, h = body[i].line.x0, body[i].line.height
        for k2 in range(k + 1, len(numbered)):
            j, kind2, m, _ = numbered[k2]
            if abs(body[j].line.x0 - x) < 0.5 * h:
                if kind2 == kind and m == n + 1:
                    out[k] = k2
                break
            if body[j].line.x0 < x:
                break
    return out


# A list's label stands apart from its item's text by more than this many word spaces
# (the hanging indent, a tab: three times a word space in LibreOffice's lists); a label
# typed in the text is one word space from it.
_HANGING = 1.5
# A word space, in a line's height, where a line has no other to measure
_SPACE = 0.25


def _hangs(line: Line) -> bool:
    """Whether the gap after a line's first word, where a list's label stands (the
    right-most gap of a right-to-left line), is wider than a word space: a list's
    hanging indent.  A label typed in the text (``a) die Leistungen …`` in a contract,
    which the DOCX reader keeps as text) is a word space from what follows, and
    stays; before, ``a)``, ``b)``, ``c)`` went as labels and ``aa)``, ``bb)`` stayed."""
    if not line.spaces:
        return True  # no gap measured: the label stands apart, or nothing says
    first, *others = line.spaces[::-1] if is_rtl(line.text) else line.spaces
    usual = statistics.median(others) if others else _SPACE * line.height
    return first > _HANGING * usual


def _typed(body: Sequence[Placed], i: int) -> bool:
    """Whether the item at line ``i`` wraps back under its number: the line reaches the
    margin inside a sentence and the next goes on at the number's x, with no hanging
    indent -- a paragraph that starts with a number typed as its text (a patent's
    claims, ``2. The device according to claim 1, wherein`` / ``the sheet …``), which
    the other formats' readers keep too.  A word processor's list hangs its lines
    under the item's text."""
    if i + 1 >= len(body):
        return False
    this, nxt = body[i], body[i + 1]
    h = this.line.height
    return (nxt.page == this.page and nxt.column == this.column and not nxt.line.cells
            and full(this) and not ends_sentence(this.line.text)
            and abs(nxt.line.x0 - this.line.x0) < 0.5 * h
            and this.line.y0 - nxt.line.y1 < 0.8 * h)


def _starts_item(body: Sequence[Placed], i: int) -> bool:
    if i == 0:
        return True
    prev, this = body[i - 1], body[i]
    if i + 1 < len(body) and this.line.height > HEADING * body[i + 1].line.height:
        return False  # set larger than the text after it: a numbered heading
    return (prev.page != this.page or prev.column != this.column
            or ends_sentence(prev.line.text)
            # an item that ends in a comma at the margin (``…, which the tender fills
            # every autumn,`` / ``c) the lens …``): a clause ended
            or prev.line.text.rstrip().endswith((",", ";"))
            # a short line, the number would have fitted on it: a heading (``CLAIMS``)
            or not full(prev, 4.0)
            or prev.line.x0 > this.line.x0 + 0.5 * this.line.height
            # a heading above it: set larger, or a paragraph's gap away
            or prev.line.height > 1.15 * this.line.height
            or prev.line.y0 - this.line.y1 > 0.8 * this.line.height)
