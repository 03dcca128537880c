"""Text lines of PDF pages -> paragraphs (pure; :mod:`aligner.readers.pdf` feeds it).

A PDF's text layer is positioned lines, not paragraphs.  This module rebuilds what a
reader of the printed page sees:

1. **Running headers and footers** and page numbers go (:mod:`.pdfrunning`).
2. **Columns**: a page, or a band of it between lines that cross its gutter, whose
   lines leave a vertical gutter free in the middle third is read left column then
   right column (:mod:`.pdfcolumns`): a heading above the columns first, a heading
   or footer after a balanced section last, lines across both columns (a title, a
   paragraph, a boxed notice) where they stand.  A band whose two sides do not
   start together, or do not read as running text (a table's cells), is one column.
3. **Paragraphs**: a line starts a new paragraph after a vertical gap clearly larger
   than the usual line gap, after a short line that ends a sentence (or before one that
   starts with a capital) when the new line's first word would have fitted in the room
   the short line left (else that word wrapped: ``Sankt-`` / ``Petersburg``), where it
   is indented and the line before is not, where the font size changes, where a
   patent's paragraph number opens the line (``[0014]``, ``【0014】``), or where a
   label typed as text opens an item (:func:`.pdflists.typed_item`) after a short line
   or indented under the line before.  Across a
   column or page break the paragraph goes on when the last line reaches the right
   margin and does not end a sentence before a capital (or ends no sentence and is
   short only because the next word did not fit).  A table's row is a paragraph
   of its own, with the lines of a cell that wraps, on its page or at the top of the
   next where the page broke inside the row (:mod:`.pdftables`).
4. **Hyphenation** and how lines join: :mod:`aligner.lang.linebreaks` (``revolu-`` + ``cionario``
   joined, ``cívico-militar`` kept; Chinese and Japanese wrap without a space).
5. **Footnotes** the reader recognised are read after the body (:mod:`.pdfnotes`), so
   a paragraph runs on across a page break past the page's notes.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace

from aligner.lang.linebreaks import Breaks, Lexicon, is_cjk
from aligner.model import BlockKind, Part
from aligner.readers.assemble import Para
from aligner.readers.bidi import final_marks_last, is_rtl
from aligner.readers.pdfcolumns import columns
from aligner.readers.pdflines import (
    CELL_BREAK,
    CELL_CUT,
    HEADING,
    Line,
    Page,
    Placed,
    apart,
    ends_sentence,
    full,
    same_row,
)
from aligner.readers.pdflists import Ordinal, labels, lone_label, typed_item
from aligner.readers.pdfnotes import split_notes
from aligner.readers.pdfrunning import drop_running
from aligner.readers.pdftables import repeated_headings, wrapped_cells
from aligner.textutil import PARAGRAPH_NUMBER, is_wide


def _columns(lines: Sequence[Line], page: int) -> tuple[list[list[Placed]], bool, bool]:
    """The page's rows in reading order (:func:`_rows`), each line placed in its column,
    whether the page reads right to left, and whether its order is in doubt
    (:func:`.pdfcolumns.columns`).  A page of mostly
    right-to-left text set right to left (its lines flush right more often than flush
    left) is read in mirror image (x counted from the right), so that its right column
    comes first and a line's start, indent and end are where this module looks for
    them; Arabic set left to right is read as it is."""
    if not lines:
        return [], False, False
    rtl = is_rtl(" ".join(li.text for li in lines)) and _flush_right(lines)
    if rtl:
        axis = min(li.x0 for li in lines) + max(li.x1 for li in lines)
        lines = [replace(li, x0=axis - li.x1, x1=axis - li.x0) for li in lines]
    order = _touching(sorted(lines, key=lambda li: (-li.y1, li.x0)), rtl)
    read, gutter, doubt = columns(order)
    across = (min(li.x0 for li in order), max(li.x1 for li in order))
    if gutter is None:
        return _rows([Placed(li, page, 0, *across) for li, _ in read], rtl), rtl, doubt
    bounds = {c: (min(li.x0 for li, k in read if k == c), max(li.x1 for li, k in read if k == c))
              for c in {k for _, k in read if k}}
    bounds[0] = across
    return _rows([Placed(li, page, c, *bounds[c]) for li, c in read], rtl), rtl, doubt


def _flush_right(lines: Sequence[Line]) -> bool:
    """Whether more lines end at the right edge of the text than start at its left."""
    lo, hi = min(li.x0 for li in lines), max(li.x1 for li in lines)
    tolerance = 0.5 * statistics.median(li.height for li in lines)
    right = sum(li.x1 >= hi - tolerance for li in lines)
    left = sum(li.x0 <= lo + tolerance for li in lines)
    return right > left


def _touching(order: list[Line], rtl: bool) -> list[Line]:
    """Pieces of one row that touch (less than half a line's height apart) as one line:
    pdfminer cuts a line where its text changes direction (an Arabic line with numbers
    in it), and the cuts must not pass for a gutter between columns.  Measured between
    the boxes: a right column's line set a little higher comes first in ``order``."""
    out: list[Line] = []
    for li in order:
        prev = out[-1] if out else None
        if (prev is not None and same_row(prev, li)
                and apart(prev, li) < 0.5 * min(prev.height, li.height)):
            out[-1] = _pieces(prev, li, rtl)
        else:
            out.append(li)
    return out


# How far a justified line's word gaps may differ, in its height: LibreOffice sets
# them to a tenth of a point alike, and pdfminer's positions are rounded.
_EVEN = 0.15
# A word space not stretched, in a line's height (a quarter to a third of an em).
_SPACE = 0.25


def _rows(placed: list[Placed], rtl: bool) -> list[list[Placed]]:
    """Pieces of one line (same column, same height) together in reading order, a row
    each (a justified line cut where its word gaps are widest as one piece)."""
    rows: list[list[Placed]] = []
    joined: list[Line] = []  # each row's pieces so far as one line
    for p in placed:
        if rows and rows[-1][-1].column == p.column and same_row(joined[-1], p.line):
            rows[-1].append(p)
            joined[-1] = _pieces(joined[-1], p.line, rtl)
        else:
            rows.append([p])
            joined.append(p.line)
    # a justified line cut where its word gaps are widest is running text, no row
    return [[replace(row[-1], line=replace(line, cells=False))]
            if _justified(line, row[-1].right, after) else row
            for row, line, after in zip(rows, joined, [*joined[1:], None], strict=True)]


def _merge(rows: Sequence[list[Placed]], rtl: dict[int, bool]) -> list[Placed]:
    """Each row's pieces joined as one line in reading order (``rtl``: whether each
    page reads right to left), the lines that go on with a table's cell first joined
    to it, on the same page or the next (:mod:`.pdftables`)."""
    out: list[Placed] = []
    for row in wrapped_cells(rows):
        line = row[0].line
        for p in row[1:]:
            line = _pieces(line, p.line, rtl[p.page])
        if line.cells:
            line = replace(line, text=_cells_in_order(row, rtl[row[0].page]))
        out.append(replace(row[-1], line=_tight_hyphen(line)))
    return out


def _cells_in_order(row: Sequence[Placed], rtl_page: bool) -> str:
    """A table row's text: its cells in the order its text as a whole reads, each cell
    a paragraph of its own whatever its direction.  Joined two by two, each pair read
    by its own direction, a right-to-left row's cells of Western digits were read as
    one number run, left to right (``الميزانية 81% 1,218,500 1,500,000``)."""
    cells = [p.line.text for p in sorted(row, key=lambda p: p.line.x0)]
    if is_rtl(" ".join(cells)) != rtl_page:
        cells.reverse()
    return " ".join(cells)


# A gap before a line's final hyphen this share of the line's word spaces, or less,
# sets the hyphen to the word (a word space unstretched where the line has no other).
_TIGHT = 0.6


def _tight_hyphen(line: Line) -> Line:
    """A line ending with a hyphen set apart from its word by less than its word spaces,
    the hyphen put back on the word (``váli -`` -> ``váli-``).  LibreOffice, justifying
    a line that ends hyphenated, may set a little room before the hyphen's glyph, which
    pdfminer reads as a space: the word then ended in a free-standing dash (``váli -
    dos``), which no line-end rule joins.  A dash set as one, at a word space's width
    from the word, stays."""
    text = line.text
    if not (text.endswith(" -") and len(text) > 2 and text[-3].isalpha() and line.spaces):
        return line
    *others, last = line.spaces
    usual = statistics.median(others) if others else _SPACE * line.height
    if last >= _TIGHT * usual:
        return line
    return replace(line, text=text[:-2] + "-", spaces=tuple(others))


def _pieces(one: Line, other: Line, rtl_page: bool) -> Line:
    """Two pieces of a row as one line, in the order the page reads (left to right, or
    on a mirrored page right to left) -- the other way round when the row's text runs
    against the page (an Arabic line on a page of English)."""
    a, b = sorted((one, other), key=lambda li: li.x0)
    rtl = is_rtl(f"{a.text} {b.text}")
    text = f"{a.text} {b.text}" if rtl == rtl_page else f"{b.text} {a.text}"
    if rtl:
        text = final_marks_last(text)
    # a list's label hangs apart from its item's text: no table's cells
    cells = a.cells or b.cells or (b.x0 - a.x1 > 1.5 * min(a.height, b.height)
                                   and not lone_label(a.text))
    gap = round(b.x0 + b.lead - (a.x1 - a.trail), 2)  # glyph to glyph
    last = a if a.x1 > b.x1 else b
    return Line(text, a.x0, min(a.y0, b.y0), last.x1, max(a.y1, b.y1), cells,
                a.note or b.note, (*a.spaces, gap, *b.spaces), a.lead, last.trail)


def _justified(line: Line, right: float, after: Line | None) -> bool:
    """Whether a line is one of justified running text: it reaches the column's right
    edge, and its word gaps (the gaps between its pieces among them) are all one
    width, or it has one gap only, which justifying stretched because the first word
    of the line ``after`` it would not have fitted.  In a narrow column, or one of
    long words (German compounds), justifying stretches a line's spaces far wider
    than a word space, and pdfminer cuts the line there: its pieces, set wide apart,
    passed for a table's cells (``Die`` / ``Ein-`` / ``und``, ``sowie`` / ``die``).
    A table's cells stand apart by more than the spaces between the words inside
    them, and rarely by one width each; a row of two cells is short by far more than
    the next row's first word."""
    gaps, h = line.spaces, line.height
    if not gaps or line.x1 < right - 0.5 * h:
        return False
    if len(gaps) > 1:
        return max(gaps) - min(gaps) <= _EVEN * h
    if after is None or not after.text.strip() or after.x1 <= after.x0:
        return False
    char = (after.x1 - after.x0) / len(after.text)
    word = len(after.text.split()[0]) * char
    unstretched = line.x1 - gaps[0] + _SPACE * h
    return unstretched + _SPACE * h + word > right


def _starts_upper(text: str) -> bool:
    """Whether a line starts as a new sentence may: with a capital, a digit or a
    section sign (``§ 1 Vertragsgegenstand`` under a contract's title ran on into it),
    or with a letter of a script that has no capitals (Arabic, Hebrew: a short heading
    line, ``المأوى والحماية``, ran on into the paragraph under it), not a wide one
    (Chinese and Japanese lines wrap anywhere)."""
    t = text.lstrip("«“\"'¿¡([—–- ")
    return bool(t) and (t[0].isupper() or t[0].isdigit() or t[0] == "§" or (
        t[0].isalpha() and not t[0].islower() and not is_wide(t[0])))


# How far short of the margin a Chinese or Japanese line that wrapped may end, in
# characters: the line-breaking rules keep a character with the closing marks and
# quotes after it (``望。”``, and a quote with the character after it), which then go
# to the next line together, three or four characters.
_CJK_PUSHED = 4.0


def _breaks(a: Placed, b: Placed, usual_gap: float) -> bool:
    """Whether line ``b`` starts a new paragraph after line ``a``."""
    h = max(a.line.height, 1.0)
    if abs(a.line.height - b.line.height) > 0.2 * h:
        return True
    if PARAGRAPH_NUMBER.match(b.line.text.lstrip()):
        return True  # a patent's paragraph number ([0014], 【0014】) opens a paragraph
    if a.page == b.page and a.column != b.column and 0 in (a.column, b.column):
        return True  # a line across both columns (a title, a table's end) stands apart
    if a.line.cells or b.line.cells:
        return True  # a table's row stands alone, on either side of a page break
    if a.page != b.page or a.column != b.column:
        # a short line ends its paragraph, unless it ends no sentence before a page or
        # column break and the next word could not go on it (it wrapped, then the page
        # or column broke: ragged-right columns, ``Aufbewahrungsfrist für`` /
        # ``Prüfprotokolle``)
        ends = ends_sentence(a.line.text)
        wrapped = ((a.page != b.page or 0 < a.column < b.column) and not ends
                   and not _next_word_fits(a, b))
        return (not full(a) and not wrapped) or (ends and _starts_upper(b.line.text))
    gap = a.line.y0 - b.line.y1
    if gap > usual_gap + 0.35 * h or gap < -0.5 * h:
        return True
    indent = b.line.x0 - b.left
    if indent > h and a.line.x0 - a.left < 0.5 * h and not _centred(a, b):
        return True
    if typed_item(a.line.text, b.line.text) and (
            # indented under the line before: a list inside an item (``namely`` / ``i) …``)
            (b.line.x0 - a.line.x0 > 0.5 * h and not _centred(a, b))
            # at its margin after a short line, as a paragraph's end (``aa) schriftlich``)
            or (b.line.x0 - a.line.x0 <= 0.5 * h and not full(a) and _next_word_fits(a, b))):
        return True  # a typed enumeration's item: a paragraph, as in a DOCX
    return (not full(a) and (ends_sentence(a.line.text) or _starts_upper(b.line.text))
            and _next_word_fits(a, b))


def _centred(a: Placed, b: Placed) -> bool:
    """Whether two lines share their centre (within a tenth of a line's height): the
    lines of a centred title that wraps, whose second line is no indented paragraph
    (``Der Wärter von Punta`` / ``Brava`` were two headings; a narrower first line,
    ``The Keeper of Punta``, started far enough from the margin to pass).  Measured
    between the two lines, not against the column's centre: on a short page the
    widest line need not reach the right margin."""
    tolerance = 0.1 * max(a.line.height, b.line.height)
    return abs(a.line.x0 + a.line.x1 - b.line.x0 - b.line.x1) / 2 < tolerance


def _next_word_fits(a: Placed, b: Placed) -> bool:
    """Whether the first word of line ``b`` (with a space) would have fitted in what line
    ``a`` leaves of the column: if not, ``a`` is short because that word went on to the
    next line (``Санкт-`` / ``Петербурге.``, ``D. H.`` / ``Lawrence.``, ``Prof. Dr. Ahmet``
    bound by no-break spaces), no paragraph end.
    The word's width is guessed from ``b``'s average character width."""
    text = b.line.text.strip()
    if not text or b.line.x1 <= b.line.x0:
        return True
    word = text.split(" ")[0]  # words bound by no-break spaces go on together
    char = (b.line.x1 - b.line.x0) / len(b.line.text)
    return (len(word) + 1) * char <= a.right - a.line.x1


def _join(group: Sequence[Placed], breaks: Breaks) -> str:
    texts = [_cells_joined(p.line.text, breaks) for p in group]
    cjk = is_cjk("".join(texts))
    text = texts[0]
    for prev, nxt in zip(group, texts[1:], strict=False):
        text = breaks.join(text, nxt, wrapped=full(prev, _CJK_PUSHED), cjk=cjk)
    return text


def _cells_joined(text: str, breaks: Breaks) -> str:
    """A table row's text, each cell that wrapped joined as a paragraph's lines are, a
    word cut at the cell's edge with no hyphen joined when :meth:`Breaks.cut` says so."""
    first, *rest = _CELL_LINES.split(text)
    for mark, nxt in zip(rest[::2], rest[1::2], strict=True):
        cut = mark == CELL_CUT and breaks.cut(first, nxt)
        first = first + nxt if cut else breaks.join(first, nxt)
    return first


_CELL_LINES = re.compile(f"({CELL_BREAK}|{CELL_CUT})")


def _line_gap(placed: Sequence[Placed]) -> float:
    """The usual gap between the lines of a paragraph: measured after full lines (the
    text runs on), as paragraph gaps would outweigh line gaps in a short document."""
    pairs = [(a, b) for a, b in itertools.pairwise(placed)
             if a.page == b.page and a.column == b.column and a.line.y0 > b.line.y1 - 1]
    gaps = [a.line.y0 - b.line.y1 for a, b in pairs if full(a)] or [
        a.line.y0 - b.line.y1 for a, b in pairs]
    return statistics.median(gaps) if gaps else 0.0


def paragraphs(pages: Sequence[Page], log_prob: Lexicon = lambda _w: None,
               ordinal: Ordinal = lambda _n, _w: False, *,
               suspending: frozenset[str] = frozenset(),
               doubt: Callable[[int], None] = lambda _n: None) -> list[Para]:
    """The paragraphs of ``pages`` in reading order, with their kind, then the
    footnotes (:mod:`.pdfnotes`), a paragraph each.  A list item is a paragraph of
    its own, without its label (:mod:`.pdflists`; ``ordinal`` tells a date's day).
    ``suspending``: the language's words after which a hyphen at a line end stands
    for the rest of a compound (:mod:`aligner.lang.linebreaks`).  ``doubt`` is told
    each page (from 0) whose reading order is in doubt (:mod:`.pdfcolumns`)."""
    laid = [_columns(lines, n) for n, lines in enumerate(drop_running(pages))]
    for n, (_, _, doubtful) in enumerate(laid):
        if doubtful:
            doubt(n)
    placed = _merge([row for rows, _, _ in laid for row in rows],
                    {n: rtl for n, (_, rtl, _) in enumerate(laid)})
    body, notes = split_notes(placed)
    body = repeated_headings(body)
    breaks = Breaks([t for p in placed for t in _CELL_LINES.split(p.line.text)[::2]], log_prob,
                    suspending)
    out: list[Para] = []
    if body:
        usual = _line_gap(body)
        body_height = statistics.median(p.line.height for p in body)
        items = labels(body, ordinal)  # the label goes, as other formats' readers leave it out
        body = [replace(p, line=replace(p.line, text=p.line.text[items[i]:])) if i in items
                else p for i, p in enumerate(body)]
        starts, item_x = [0], body[0].line.x0 if 0 in items else None
        for i, (a, b) in enumerate(itertools.pairwise(body), 1):
            # an item ends where a line starts left of its label (the text goes on)
            if (i in items or _breaks(a, b, usual)
                    or (item_x is not None and b.line.x0 < item_x - 0.5 * b.line.height)):
                starts.append(i)
                item_x = b.line.x0 if i in items else None
        for s, e in itertools.pairwise([*starts, len(body)]):
            group = body[s:e]
            text = " ".join(_join(group, breaks).split())
            if group[0].line.cells:
                # a table's row (its own paragraph: _breaks), as tall as its cell that
                # wraps most: no heading however tall, part table as in other formats
                out.append(Para(text, part=Part.TABLE))
                continue
            big = statistics.median(p.line.height for p in group) > HEADING * body_height
            kind = (BlockKind.HEADING if big and len(group) <= 3 else
                    BlockKind.LIST_ITEM if s in items else BlockKind.PARAGRAPH)
            out.append(Para(text, kind))
    out.extend(Para(" ".join(_join(note, breaks).split()), part=Part.FOOTNOTE)
               for note in notes)
    return out
