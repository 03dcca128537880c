"""PDF reader: the text layer through pdfminer.six, laid out by :mod:`.pdflayout`.

pdfminer.six is used rather than pypdf because it gives every text line its box on the
page, which is what finding running headers, columns, paragraph gaps and indents
needs; pypdf gives a page's text as one string.  Arabic and Hebrew lines come out of
the text layer as drawn, backwards, and are put back in reading order glyph by glyph
(:mod:`.bidi`).  Glyphs inside an ``/ActualText`` span read as the span's text
(:mod:`.pdfactual`).  No OCR: a PDF whose pages carry no
text (scanned pages) is refused with one line, as is one that needs a password to
open.  A PDF that is encrypted with an empty user password (only its owner's
permissions restricted) opens as any viewer opens it.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from io import BytesIO
from typing import Any

from aligner.errors import InputError
from aligner.lang.linebreaks import WordLexicon, suspending_words
from aligner.model import Document
from aligner.readers.assemble import assemble
from aligner.readers.bidi import RTL_ANY, logical_order
from aligner.readers.pdfcalls import (
    baseline_label,
    beside,
    body_size,
    foot_row,
    label_alone,
    line_marks,
    note_label,
    note_mark,
    rules,
    unlabelled,
)
from aligner.readers.pdffoot import note_starts
from aligner.readers.pdfgaps import mark, no_word_gap, placed
from aligner.readers.pdflayout import paragraphs
from aligner.readers.pdflines import Line, Page
from aligner.readers.pdfscripts import exponent_of, subscripts
from aligner.textutil import RAISED, count

PDF_MAGIC = b"%PDF-"
_LIGATURES = dict.fromkeys(map(ord, "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"))


def _clean(text: str) -> str:
    """A line's text: ligatures spelled out, no line break."""
    text = text.replace("\n", " ").replace("\r", " ").strip()
    if any(ord(c) in _LIGATURES for c in text):
        text = "".join(unicodedata.normalize("NFKC", c) if ord(c) in _LIGATURES else c
                       for c in text)
    return text


def _pages(data: bytes, name: str) -> list[Page]:
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from aligner.readers.pdfactual import ActualTextAggregator

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not ours
    try:
        doc = PDFDocument(PDFParser(BytesIO(data)))
    except PDFPasswordIncorrect:
        raise InputError("is an encrypted PDF that needs a password; decrypt it first",
                         path=name) from None
    except PDFEncryptionError as exc:
        raise InputError(f"is an encrypted PDF this reader cannot open ({exc})",
                         path=name) from None
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        raise InputError(f"is not a readable PDF ({type(exc).__name__}: {exc})",
                         path=name) from None
    laparams = LAParams()
    manager = PDFResourceManager()
    device = ActualTextAggregator(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[Page] = []
    pending: set[str] = set()  # calls of the page before that no note there answered
    try:
        for page in PDFPage.create_pages(doc):
            interpreter.process_page(page)
            layout = device.get_result()
            found = [item for box in layout if isinstance(box, LTTextContainer)
                     for item in box if isinstance(item, LTTextLineHorizontal)]
            rows = _rows(found, laparams)
            marks = [mark for item in rows for mark in line_marks(item)]
            labels = [item for item in rows if label_alone(item, marks)]
            # notes told by their place at the page's foot, whatever their size
            foot, pending = note_starts([foot_row(item, marks) for item in rows],
                                        rules(layout), pending)
            labels += [rows[i] for i in foot if not _clean("".join(_glyphs(rows[i])))]
            lines: list[Line] = []
            for n, item in enumerate(rows):
                if any(item is label for label in labels):
                    continue
                skip = note_label(item, marks) or (n in foot and baseline_label(item))
                # or a note's text beside its label, which hangs apart (LibreOffice's default)
                note = skip > 0 or n in foot or any(beside(label, item) for label in labels)
                # glyph by glyph: right-to-left text is drawn, and read, backwards
                text = _clean(logical_order(_glyphs(item, skip)))
                if text:
                    ink0, ink1 = _ink(item)
                    lines.append(Line(text, item.x0, item.y0, item.x1, item.y1, _cells(item),
                                      note, _spaces(item), ink0 - item.x0, item.x1 - ink1))
            pages.append(Page(layout.width, layout.height, tuple(lines)))
    except Exception as exc:  # as above: a damaged page stream
        raise InputError(f"is not a readable PDF ({type(exc).__name__}: {exc})",
                         path=name) from None
    return pages


def _rows(lines: Sequence[Any], laparams: Any) -> list[Any]:
    """pdfminer's text lines of a page, the pieces of one row that overlap or touch
    (less than half a line's height apart) made one line glyph by glyph, left to right.

    pdfminer builds a line from glyphs in the order the page draws them.  LibreOffice
    draws the glyphs it takes from a fallback font after the others of their run: the
    curly quotes of a Chinese line set in WenQuanYi come from DejaVu Sans, so pdfminer
    makes each a line of its own standing in a gap of the line it belongs to (and the
    text came out as ``工具樱 “ ” “``), and a heading's space taken from such a font
    cut ``2024`` off the rest of the heading (where the page-number rule took it).
    Joining whole lines, as :mod:`.pdflayout` does with pieces that merely touch,
    cannot put a glyph back inside another line; here each glyph goes where it stands
    (a vowel sign with its letter: :func:`aligner.readers.pdfgaps.placed`), and
    pdfminer's own rule puts a space where glyphs stand apart.  A line that
    touches no other is left as pdfminer made it, unless it holds right-to-left
    letters: LibreOffice draws such a line's runs in reading order, each run's glyphs
    left to right (``١. ملخص`` as ``١``, then ``صخلم .``), and
    :func:`aligner.readers.bidi.logical_order` takes the glyphs as they stand, or
    a glyph drawn left of the one drawn before it (:func:`_drawn_back`)."""
    from pdfminer.layout import LTChar, LTTextLineHorizontal

    groups: list[list[Any]] = []
    for line in sorted(lines, key=lambda li: li.x0):
        for group in groups:
            x1 = max(li.x1 for li in group)
            y0, y1 = min(li.y0 for li in group), max(li.y1 for li in group)
            near = 0.5 * min(line.height, y1 - y0)
            if min(y1, line.y1) - max(y0, line.y0) > near and line.x0 - x1 < near:
                group.append(line)
                break
        else:
            groups.append([line])
    rank = {id(li): n for n, li in enumerate(lines)}
    out = []
    for group in sorted(groups, key=lambda g: min(rank[id(li)] for li in g)):
        if (len(group) == 1 and not RTL_ANY.search(group[0].get_text())
                and not _drawn_back(group[0])):
            out.append(group[0])
            continue
        joined = LTTextLineHorizontal(laparams.word_margin)
        for glyph in placed([c for c in li if isinstance(c, LTChar)] for li in group):
            joined.add(glyph)
        joined.analyze(laparams)
        # the row's height is its letters': a mark set high or low (``أُ``, ``مبانٍ``),
        # a glyph of no width, made the row look set larger, a heading or a new paragraph
        letters = [c for c in joined if isinstance(c, LTChar) and c.x1 > c.x0
                   and not mark(c.get_text()[:1])]
        if letters:
            joined.set_bbox((joined.x0, min(c.y0 for c in letters),
                             joined.x1, max(c.y1 for c in letters)))
        out.append(joined)
    return out


def _drawn_back(line: Any) -> bool:
    """Whether a glyph of a pdfminer text line stands left of the glyph drawn before it
    (its middle left of that one's start): a glyph from a fallback font drawn after
    the rest of its run in one line -- the ``⁻`` of ``min⁻¹`` in a Japanese line set
    in a font without it, drawn after the ``¹``, which read ``min ¹⁻``."""
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar) and c.x1 > c.x0
             and not mark(c.get_text()[:1])]
    return any((b.x0 + b.x1) / 2 < a.x0 for a, b in itertools.pairwise(chars))


def _glyphs(line: Any, skip: int = 0) -> list[str]:
    """The texts of a pdfminer text line's glyphs but the first ``skip`` in reading
    order (a note's label), and of the spaces pdfminer puts where glyphs stand apart
    -- but not those that are no word gaps (:func:`aligner.readers.pdfgaps.no_word_gap`: ``于 2021
    年``, ``كتابًا``, ``ड्रिप``)."""
    from pdfminer.layout import LTAnno

    body = body_size(line)
    items: list[Any] = []
    texts: list[str] = []
    for raised, run in itertools.groupby(unlabelled(line, skip),
                                         key=lambda item: note_mark(item, line, body)):
        glyphs = list(run)
        if raised and not exponent_of("".join(texts)):
            continue
        items.extend(glyphs)
        texts.extend(g.get_text().translate(RAISED) if raised else g.get_text()
                     for g in glyphs)
    subscripts(items, texts, body)
    out = []
    for i, item in enumerate(items):
        text = texts[i]
        if isinstance(item, LTAnno) and text == " " and no_word_gap(items, i):
            continue
        out.append(text)
    return out


def _cells(line: Any) -> bool:
    """Whether a text line holds glyphs set wide apart (more than one and a half times
    its text's size): cells of a table's row that pdfminer read as one line."""
    chars = [c for c in line if hasattr(c, "size")]
    body = body_size(line)
    return any(b.x0 - a.x1 > 1.5 * body for a, b in itertools.pairwise(chars))


def _ink(line: Any) -> tuple[float, float]:
    """Where a text line's first and last glyphs that are no space start and end.
    LibreOffice draws a space as a glyph, in the middle of a justified line's wide
    word gap, and pdfminer may cut the line there, a piece starting or ending with
    the space: measured between boxes, the gap between the pieces came out half a
    gap narrower than the gaps inside them."""
    from pdfminer.layout import LTChar

    ink = [c for c in line if isinstance(c, LTChar) and not c.get_text().isspace()]
    if not ink:
        return line.x0, line.x1
    return min(c.x0 for c in ink), max(c.x1 for c in ink)


def _spaces(line: Any) -> tuple[float, ...]:
    """The widths of a text line's word gaps (from one word's last glyph to the next
    word's first, where pdfminer or the page puts a space), left to right."""
    from pdfminer.layout import LTChar

    out: list[float] = []
    last: Any = None
    spaced = False
    for item in line:
        if item.get_text().isspace():
            spaced = True
        elif isinstance(item, LTChar):
            if last is not None and spaced:
                out.append(round(item.x0 - last.x1, 2))
            last, spaced = item, False
    return tuple(out)


def read_pdf(data: bytes, *, lang: str, name: str) -> Document:
    """The document of a PDF with a text layer (see :mod:`.pdflayout` for the layout)."""
    pages = _pages(data, name)
    if not pages:
        raise InputError("has no pages (an empty page tree): nothing to read", path=name)
    if not any(any(c.isalnum() for li in p.lines for c in li.text) for p in pages):
        raise InputError(f"has no text layer ({count(len(pages), 'page')} without text: "
                         "scanned pages?); run OCR on it first", path=name)
    broken = _garbled(pages)
    if broken is not None:
        raise InputError(broken + ": its fonts give the glyphs no real text (the page shows "
                         "what a copy and paste from it would not); export the text from the "
                         "document it was made from, or run OCR on it", path=name)
    from aligner.segment.rules import rules_for

    doubtful: list[int] = []
    paras = paragraphs(pages, WordLexicon(lang), rules_for(lang).is_ordinal,
                       suspending=suspending_words(lang), doubt=doubtful.append)
    if not any(c.isalnum() for para in paras for c in para.text):
        # a scan whose only text is what a scanner or a stamp adds: page numbers
        raise InputError(f"has no text but page numbers, running headers and footers "
                         f"({count(len(pages), 'page')}: scanned pages?); run OCR on it "
                         "first", path=name)
    doc = assemble(paras, lang=lang, name=name)
    if not doubtful:
        return doc
    return replace(doc, notes=tuple(
        f"page {n + 1}: text set in columns was read across the page, line by line "
        "(more than two columns, or a wide gutter?); check that page's sentences"
        for n in doubtful))


# A letter four times or more in a row: next to nothing in any language's text, but
# most of a text layer whose font maps every glyph to one character (正正正正, 我我我我).
_REPEATED = re.compile(r"([^\W\d_])\1{3,}")
GARBLED_SHARE = 0.3  # of the letters, in such runs: a text layer that is no text
GARBLED_MIN_LETTERS = 50  # fewer say too little


def _garbled(pages: Sequence[Page]) -> str | None:
    """What shows that the text layer is not the text, or None."""
    text = "\n".join(li.text for p in pages for li in p.lines)
    letters = sum(c.isalpha() for c in text)
    runs = [m.group() for m in _REPEATED.finditer(text)]
    repeated = sum(map(len, runs))
    if letters < GARBLED_MIN_LETTERS or repeated < GARBLED_SHARE * letters:
        return None
    sample = max(runs, key=len)[:8]
    return (f"its text layer looks broken: {repeated * 100 // letters}% of its letters are "
            f"one letter repeated ({sample}…)")
