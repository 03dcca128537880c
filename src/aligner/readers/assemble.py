"""Paragraphs -> :class:`~aligner.model.Document`: the one way readers of structured
formats (Markdown, HTML, DOCX, ODT, EPUB, PDF) build their text.

A reader lists the paragraphs it found, in reading order, each with its kind (how
the segmenter treats it) and its part (where it was in the original); they are
joined with ``"\\n\\n"`` and every paragraph becomes one block, or several when
its text is split like plain text or line by line (preformatted text, code) -- but a
body paragraph a sentence runs on into joins the block before it (:func:`_runs_on`).

Soft hyphens (U+00AD) are left out of every paragraph, as the DOCX reader leaves out
Word's optional hyphen: a hyphenation point a typesetter or a publisher's EPUB
(``&shy;``) puts inside a word is invisible unless the word breaks at a line end,
and inside the text it would cut the word in two for the segmenter, the aligner,
the checks and every TMX and XLIFF written from it (``Novem&shy;ber``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from enum import Enum

from aligner.model import Block, BlockKind, DeclaredLanguage, Document, Formatting, Part, Style
from aligner.readers.text import run_on_separator, text_blocks

SEPARATOR = "\n\n"
# A reader marks inline code in a paragraph's text with these (Unicode noncharacters,
# which no document holds); assemble takes them out and keeps the spans, in which no
# sentence ends (``Document.keep``).
KEEP_OPEN, KEEP_CLOSE = "\ufdd0", "\ufdd1"
# A reader of markup marks a link in a paragraph's text with these, and gives the
# paragraph the addresses of its links in order (``Para.links``); assemble takes them
# out and keeps each as formatting (:attr:`Style.LINK`).  A link still open at the
# paragraph's end ends there; a close mark without an open one is dropped.
LINK_OPEN, LINK_CLOSE = "\ufdd2", "\ufdd3"
# A reader of markup marks the other styles it sees (Markdown's ``**`` and ``*``, HTML's
# ``<b>``, ``<sup>``...) with a pair of these each; assemble keeps each as formatting.
# A style opened twice is one span to its last close (``<b>a <b>b</b> c</b>``); one
# still open at the paragraph's end ends there; a close mark without an open one is
# dropped.
STYLE_MARKS: dict[Style, tuple[str, str]] = {
    style: (chr(0xFDD4 + 2 * k), chr(0xFDD5 + 2 * k)) for k, style in enumerate(
        (Style.BOLD, Style.ITALIC, Style.UNDERLINE, Style.STRIKE, Style.SUPERSCRIPT,
         Style.SUBSCRIPT))}
#: inline HTML elements that say one of those styles (the Markdown and HTML readers')
TAG_STYLES = {"b": Style.BOLD, "strong": Style.BOLD, "i": Style.ITALIC, "em": Style.ITALIC,
              "u": Style.UNDERLINE, "s": Style.STRIKE, "strike": Style.STRIKE,
              "del": Style.STRIKE, "sup": Style.SUPERSCRIPT, "sub": Style.SUBSCRIPT}
_OPENS = {mark[0]: style for style, mark in STYLE_MARKS.items()}
_CLOSES = {mark[1]: style for style, mark in STYLE_MARKS.items()}
STYLE_MARK_CHARS = "".join(_OPENS) + "".join(_CLOSES)
_UNSTYLED = dict.fromkeys(map(ord, STYLE_MARK_CHARS))
_UNSTYLED_CHARS = frozenset(STYLE_MARK_CHARS)
#: every mark a reader puts in a paragraph's text (none is text)
MARKS = KEEP_OPEN + KEEP_CLOSE + LINK_OPEN + LINK_CLOSE + STYLE_MARK_CHARS
SOFT_HYPHEN = "\u00ad"
_TAKEN = re.compile(f"[{MARKS}{SOFT_HYPHEN}]")  # what assemble takes out of a text


class Split(Enum):
    """How a paragraph's text becomes blocks."""

    ONE = "one"  # one block of the paragraph's kind
    # like plain text (readers.text.text_blocks), but never a heading: preformatted
    # text, a Markdown paragraph (the format marks its headings)
    PRE = "pre"
    LINES = "lines"  # one block per non-blank line (code)


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of extracted text (no surrounding whitespace) and its character
    formatting (offsets into ``text``)."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    part: Part = Part.BODY
    split: Split = Split.ONE
    formatting: tuple[Formatting, ...] = ()
    #: the address of each :data:`LINK_OPEN` mark in ``text``, in order
    links: tuple[str, ...] = ()


class Styled:
    """A paragraph's text built piece by piece, each piece in the styles it is set in
    (the runs of a DOCX, the spans of an ODT).  Pieces of one style next to each other
    make one span: Word starts a new run for any change, a spelling mark, a revision.
    Pieces of a link (:attr:`Style.LINK`) make one span while they point to one place
    (``href``); two links side by side to two places are two spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self._opened: dict[Style, int] = {}
        self._href = ""  # where the open link span points
        self._spans: list[Formatting] = []

    def add(self, text: str, styles: Set[Style] = frozenset(), href: str = "") -> None:
        """``text`` set in ``styles``; ``href``: where it points when it is a link."""
        if not text:
            return
        if Style.LINK in self._opened and Style.LINK in styles and href != self._href:
            self._close(Style.LINK)
        for style in [s for s in self._opened if s not in styles]:
            self._close(style)
        for style in sorted(styles, key=lambda s: s.value):
            if style not in self._opened:
                self._opened[style] = self.length
                if style is Style.LINK:
                    self._href = href
        self.parts.append(text)
        self.length += len(text)

    def _close(self, style: Style) -> None:
        self._spans.append(self._span(style, self._opened.pop(style), self.length))

    def _span(self, style: Style, start: int, end: int) -> Formatting:
        return Formatting(start, end, style, self._href if style is Style.LINK else "")

    def text(self) -> str:
        return "".join(self.parts)

    def formatting(self, shift: int = 0) -> tuple[Formatting, ...]:
        """The spans so far (those still open end here), moved ``shift`` on."""
        spans = [*self._spans,
                 *(self._span(s, a, self.length) for s, a in self._opened.items())]
        return tuple(f.moved(f.start + shift, f.end + shift) for f in sorted(spans, key=_order))


def _order(f: Formatting) -> tuple[int, int, str, str]:
    # by start, the longer first: a span inside another comes after it
    return f.start, -f.end, f.style.value, f.href


def stripped(text: str, formatting: Iterable[Formatting]) -> tuple[str, tuple[Formatting, ...]]:
    """``text`` without surrounding whitespace, and its formatting moved with it (what
    lies in the whitespace dropped)."""
    out = text.strip()
    lead = len(text) - len(text.lstrip())
    return out, _clipped(((f.start - lead, f.end - lead, f) for f in formatting), len(out))


def _clipped(spans: Iterable[tuple[int, int, Formatting]], length: int
             ) -> tuple[Formatting, ...]:
    """Each span's formatting over ``[a, b)`` cut to ``[0, length)``; empty ones dropped."""
    found = (f.moved(max(a, 0), min(b, length)) for a, b, f in spans)
    return tuple(sorted((f for f in found if f.start < f.end), key=_order))


_PART_OF_KIND = {BlockKind.HEADING: Part.HEADING, BlockKind.LIST_ITEM: Part.LIST}


def part_of(kind: BlockKind, part: Part = Part.BODY) -> Part:
    """``part``, refined by the block's kind in the body (a heading, a list item)."""
    return _PART_OF_KIND.get(kind, part) if part is Part.BODY else part


def _blocks(para: Para) -> list[Block]:
    text = para.text
    if para.split is Split.ONE:
        return [Block(0, len(text), para.kind)]
    if para.split is Split.LINES:
        return [Block(m.start(), m.end(), BlockKind.LINE)
                for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    found = text_blocks(text)  # Split.PRE: as plain text, but no heading
    kind = BlockKind.LINE if len(found) > 1 else BlockKind.PARAGRAPH
    return [Block(b.start, b.end, kind) for b in found]


def unstyled(text: str) -> str:
    """``text`` without its style marks (:data:`STYLE_MARKS`)."""
    return text.translate(_UNSTYLED)


def strip_marked(text: str, chars: str | None = None) -> str:
    """``text`` stripped of ``chars`` (whitespace when None) as if its style marks were
    not there: what lies between an edge and the text is stripped, the marks kept (a
    bold mark and `` a`` are the mark and ``a``), so that the text without them is the
    stripped text."""
    def strippable(ch: str) -> bool:
        return ch.isspace() if chars is None else ch in chars

    def edge(piece: str) -> int:  # how long the run of marks and strippables at its start
        n = 0
        while n < len(piece) and (piece[n] in _UNSTYLED_CHARS or strippable(piece[n])):
            n += 1
        return n

    lead = edge(text)
    trail = edge(text[::-1])
    if lead == len(text):
        return "".join(ch for ch in text if ch in _UNSTYLED_CHARS)
    return ("".join(ch for ch in text[:lead] if ch in _UNSTYLED_CHARS)
            + text[lead:len(text) - trail]
            + "".join(ch for ch in text[len(text) - trail:] if ch in _UNSTYLED_CHARS))


def _unmarked(para: Para) -> tuple[str, list[tuple[int, int]], list[int], list[Formatting]]:
    """The paragraph's text without its marks (:data:`MARKS`) and its soft hyphens, the
    spans (in the text without them) that the keep marks enclosed, where each offset of
    the text went (empty when nothing was taken out, or the paragraph has no formatting
    of its own to move), and the links and other styles the link and style marks
    enclosed."""
    text = para.text
    if _TAKEN.search(text) is None:
        return text, [], [], []
    out: list[str] = []
    length = last = 0
    spans: list[tuple[int, int]] = []
    start: int | None = None
    where: list[int] = []
    found: list[tuple[int, int, Style, str]] = []  # spans of links and styles, untrimmed
    hrefs = iter(para.links)
    opened: tuple[int, str] | None = None
    styled: dict[Style, tuple[int, int]] = {}  # open style -> (start, depth)
    for m in _TAKEN.finditer(text):  # the text between marks goes as it is
        piece = text[last:m.start()]
        out.append(piece)
        if para.formatting:
            where.extend(range(length, length + len(piece) + 1))
        length += len(piece)
        last = m.end()
        ch = m.group()
        if ch in _OPENS:
            begun, depth = styled.get(_OPENS[ch], (length, 0))
            styled[_OPENS[ch]] = (begun, depth + 1)
        elif ch in _CLOSES:
            style = _CLOSES[ch]
            if style in styled:
                begun, depth = styled.pop(style)
                if depth > 1:
                    styled[style] = (begun, depth - 1)
                else:
                    found.append((begun, length, style, ""))
        elif ch == KEEP_OPEN:
            start = length
        elif ch == KEEP_CLOSE:
            if start is not None and spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], length)  # code in two runs is one span
            elif start is not None and start < length:
                spans.append((start, length))
            start = None
        elif ch == LINK_OPEN:
            opened = (length, next(hrefs, ""))
        elif ch == LINK_CLOSE:
            if opened is not None:
                found.append((opened[0], length, Style.LINK, opened[1]))
            opened = None
    piece = text[last:]
    out.append(piece)
    if para.formatting:
        where.extend(range(length, length + len(piece) + 1))
    length += len(piece)
    if opened is not None:
        found.append((opened[0], length, Style.LINK, opened[1]))
    found += [(begun, length, style, "") for style, (begun, _) in styled.items()]
    plain = "".join(out)
    return plain, spans, where, [_trimmed(plain, *span) for span in found]


def _trimmed(text: str, start: int, end: int, style: Style, href: str) -> Formatting:
    """The span of ``style`` over ``text[start:end]``, whitespace at its edges left out."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Formatting(start, end, style, href)


def assemble(paras: Iterable[Para], *, lang: str, name: str,
             declared: DeclaredLanguage | None = None) -> Document:
    """The document of ``paras`` (empty ones are dropped), numbered 1, 2, ...;
    ``declared``: the language the document declares (:mod:`aligner.readers.declared`)."""
    pieces: list[str] = []
    blocks: list[Block] = []
    keep: list[tuple[int, int]] = []
    formatting: list[Formatting] = []
    pos = number = 0
    for para in paras:
        raw, kept, where, looks = _unmarked(para)
        if raw != para.text:
            # the marks of code and links at an edge leave the whitespace beside them
            # (style marks none: their readers strip around them, :func:`strip_marked`)
            text = raw.strip() if raw != unstyled(para.text) else raw
            shift = len(raw) - len(raw.lstrip())
            kept = [(a - shift, b - shift) for a, b in kept]
            moved = _clipped([*((where[f.start] - shift, where[f.end] - shift, f)
                                for f in para.formatting),
                              *((f.start - shift, f.end - shift, f) for f in looks)], len(text))
            para = Para(text, para.kind, para.part, para.split, moved)
        if not para.text:
            continue
        number += 1
        joined = _runs_on(blocks, pieces, para)
        if pieces:
            separator = SEPARATOR if joined is None else joined
            pieces.append(separator)
            pos += len(separator)
        if joined is None:
            blocks.extend(Block(b.start + pos, b.end + pos, b.kind,
                                part_of(b.kind, para.part), number) for b in _blocks(para))
        else:
            last = blocks[-1]
            blocks[-1] = Block(last.start, pos + len(para.text), last.kind, last.part,
                               last.paragraph)
        kept = [(pos + max(a, 0), pos + min(b, len(para.text))) for a, b in kept]
        keep.extend(kept)
        formatting.extend(sorted([*(f.moved(f.start + pos, f.end + pos) for f in para.formatting),
                                  *(Formatting(a, b, Style.CODE) for a, b in kept if a < b)],
                                 key=_order))
        pieces.append(para.text)
        pos += len(para.text)
    return Document(text="".join(pieces), lang=lang, blocks=tuple(blocks), name=name,
                    keep=tuple(keep), formatting=tuple(formatting), declared=declared)


def _runs_on(blocks: list[Block], pieces: list[str], para: Para) -> str | None:
    """What joins ``para`` to the paragraph before it when a sentence runs on from that
    one into it (:func:`aligner.readers.text.run_on_separator`), both body paragraphs
    of one block each; None when it starts a block of its own.  A claim in a word
    processor is often a paragraph an element (``筐体と、`` / ``基板と、`` / ..., ``a
    housing;`` / ``a substrate;``), which a translation may write as one sentence: cut
    at each paragraph, the elements were more sentences than a bead takes, and the
    aligner left one of them out.  The joined block keeps the first paragraph's number;
    the paragraphs after it keep theirs, the original's."""
    if not (blocks and pieces and para.split is Split.ONE and para.part is Part.BODY
            and para.kind is BlockKind.PARAGRAPH):
        return None
    last = blocks[-1]
    if last.kind is not BlockKind.PARAGRAPH or last.part is not Part.BODY:
        return None
    return run_on_separator(pieces[-1], para.text)
