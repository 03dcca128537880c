"""Running headers, footers and page numbers of PDF pages (pure; :mod:`.pdflayout`
takes them out before it lays the pages out).

A running line stands near the top or bottom of the page (the outer 15 %) at the same
height on at least half the pages (and two), its text the same apart from digits
(``Page 3`` matches ``Page 4``), and each time either the text of another page or
with a number that counts with the page, and never beside body text on its row.  A
bare page number there goes when it stands alone on its row and runs on from page to
page (a table's cell does not).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from aligner.readers.pdflines import BIG, Line, Page, same_row

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pág\.?|página|seite|pagina)\s*)?(?:\d+|[ivxlcdm]+)"
    r"(?:\s*(?:/|of|de|von|di)\s*\d+)?[-–—\s]*$", re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_MARGIN = 0.15  # top and bottom share of the page where running lines live


def _key(line: Line) -> tuple[str, int]:
    return _DIGITS.sub("#", " ".join(line.text.lower().split())), round(line.y0 / 3)


def _in_margin(line: Line, page: Page) -> bool:
    return line.y0 > page.height * (1 - _MARGIN) or line.y1 < page.height * _MARGIN


def drop_running(pages: Sequence[Page]) -> list[list[Line]]:
    """The lines of each page without running headers, footers and page numbers.  A
    page number stands alone on its row (beside nothing but running text) and runs
    on from page to page at the same height, or recurs there as other running lines
    do; a bare number in a table's row near the top or bottom of a page is a cell.
    In a one-page PDF a number alone on its row at the margin goes.  A bare number
    set larger than the document's usual text is a heading (``2024`` at the top of a
    report's first page), not a page number."""
    recurring = _recurring(pages)
    heights = [li.height for page in pages for li in page.lines]
    big = BIG * statistics.median(heights) if heights else 0.0

    def running(line: Line, page: Page) -> bool:
        # a footnote's first line is no running line, however alike its notes are
        return _in_margin(line, page) and _key(line) in recurring and not line.note

    # A line with body text beside it on its row, on any page, is body text, and so
    # are the lines like it on the other pages: a column that starts each page with
    # the same sentence.  A running line stands above or below the text, alone or
    # beside running lines (``Chapter 2      14``).
    recurring -= {_key(li) for page in pages for li in page.lines if running(li, page)
                  and any(o is not li and same_row(o, li) and not running(o, page)
                          for o in page.lines)}

    numbers: list[tuple[int, int, Line]] = []  # page, number, line
    for n, page in enumerate(pages):
        for li in page.lines:
            value = _page_value(li.text)
            if (value is not None and _in_margin(li, page)
                    and not any(o is not li and same_row(o, li) and not running(o, page)
                                for o in page.lines)):
                numbers.append((n, value, li))

    def page_number(n: int, value: int, line: Line) -> bool:
        if line.height > big:
            return False
        return len(pages) == 1 or any(
            m != n and v - value == m - n and abs(o.y0 - line.y0) < line.height
            for m, v, o in numbers)

    drop = {id(li) for n, value, li in numbers
            if _key(li) in recurring or page_number(n, value, li)}
    if len(pages) == 1:
        drop |= {id(li) for li in _lone_footer(pages[0])}
    return [[li for li in page.lines if id(li) not in drop
             and (_page_value(li.text) is not None or not running(li, page))]
            for page in pages]


def _recurring(pages: Sequence[Page]) -> set[tuple[str, int]]:
    """The keys (:func:`_key`) of the running lines of ``pages``: a line near the top or
    bottom that stands at the same height on at least half the pages (and two), each
    time the same text as on another of them, or with a number that counts with the
    page (``Page 3 of 9``, ``12 · The Keeper`` on every other page, ``14``).  Body
    lines of one shape that a page happens to start with (``Entry 14: …`` on one
    page, ``Entry 27: …`` on the next) match by their key but not so: they stay
    (before, the first line of each page of a log like that went as a header)."""
    texts: dict[tuple[str, int], dict[int, str]] = {}
    for n, page in enumerate(pages):
        for li in page.lines:
            if _in_margin(li, page):
                texts.setdefault(_key(li), {}).setdefault(n, " ".join(li.text.lower().split()))
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, on in texts.items()
            if len(on) >= need and _running_texts(on) >= need}


def _running_texts(on: dict[int, str]) -> int:
    """On how many pages a line of one key (its text on each page it stands on) is the
    same text as on another page or has a number one page on from the same number on
    the page before or after it (as many pages on, where it stands on every other)."""
    pages = sorted(on)
    counts = Counter(on.values())
    numbers = {n: [int(d) for d in _DIGITS.findall(on[n])] for n in pages}

    def counting(n: int, m: int) -> bool:
        return any(b - a == m - n for a, b in zip(numbers[n], numbers[m], strict=False))

    return sum(counts[on[n]] > 1
               or (i > 0 and counting(pages[i - 1], n))
               or (i + 1 < len(pages) and counting(n, pages[i + 1]))
               for i, n in enumerate(pages))


def _page_value(text: str) -> int | None:
    """The number a page-number line gives (``3``, ``— 3 —``, ``Page 3 of 9``, ``iv``),
    or None for a line that is no page number."""
    if not _PAGE_NUMBER.match(text):
        return None
    digits = _DIGITS.search(text)
    if digits:
        return int(digits.group())
    values = [_ROMAN[c] for c in re.findall(r"[ivxlcdm]+", text.lower())[-1]]
    return sum(-v if v < w else v for v, w in itertools.zip_longest(values, values[1:],
                                                                     fillvalue=0))


# A page's number at either end of a footer's text, set apart from it (``Guía · 1``,
# ``1 | Guía``, ``Guía - 1``): the footer of a one-page document's only page.
_NUMBERED = re.compile(r"^1\s*[·|•\-–—/]\s*\S|\S\s*[·|•\-–—/]\s*1$")
_SMALLER = 0.9  # of the body's usual line height: a footer's smaller size


def _lone_footer(page: Page) -> list[Line]:
    """The footer of a one-page document, which no repetition over pages shows: the
    lines in the bottom margin below all the text, each alone on its row, set apart
    from the text above by more than two lines' height, and set smaller than the
    text or carrying the page's number set apart (``Vía de la Plata · 1``), none of
    them a footnote's start.  Body text that merely ends low on the page is set in
    the text's size and runs on."""
    if len(page.lines) < 2:
        return []
    usual = statistics.median(li.height for li in page.lines)
    lines = sorted(page.lines, key=lambda li: li.y1)  # from the bottom up
    gap = next((i for i, (a, b) in enumerate(itertools.pairwise(lines), 1)
                if b.y0 - a.y1 > 2 * usual), None)
    low = lines[:gap] if gap is not None else []
    if not low or any(li.y1 >= page.height * _MARGIN or li.note for li in low):
        return []  # a footnote is set small at the foot too: the reader found its label
    if all(not any(o is not li and same_row(o, li) for o in page.lines)
           and (li.height < _SMALLER * usual or _NUMBERED.search(li.text.strip()))
           for li in low):
        return low
    return []
