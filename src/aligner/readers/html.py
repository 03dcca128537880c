"""HTML reader (lxml): block elements become blocks of the extracted text.

The document text is the visible text of ``<body>``: every block element
(``p``, ``h1``-``h6``, ``li``, ``div``, ``blockquote``, ``td``, ``pre``, ...)
becomes one block, and ``<br>`` splits a block into lines; blocks are joined
with ``"\\n\\n"``.  Inside a block runs of whitespace collapse to one space, as
a browser shows them (``<pre>`` keeps its text and is split like plain text).
Page chrome is left out: ``nav``, ``aside``, ``form``, ``script``,
``style``, ``noscript``, ``template`` and comments anywhere, and the page's
own ``header`` and ``footer`` -- those not inside an ``article``, ``section``,
``main`` or other content (an article's header with its title and byline is
text).  Entities are decoded by the parser.  No network access and no DTD
loading.  Dropping happens before the text exists, so sentence offsets into
the reader's text stay exact.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from aligner.errors import InputError
from aligner.model import Block, BlockKind, Document
from aligner.readers.text import text_blocks

_DROP = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link",
                   "nav", "aside", "form"})
# header/footer are the page's chrome unless they belong to a piece of content:
# HTML scopes them to the nearest sectioning element (article, section) or
# sectioning root (blockquote, figure, details, td, ...); main is content too.
_PAGE_CHROME = frozenset({"header", "footer"})
_CONTENT = frozenset({"article", "section", "main", "blockquote", "figure", "details", "td",
                      "dialog", "fieldset"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "td", "th",
        "tr", "table", "thead", "tbody", "tfoot", "caption", "figure", "figcaption",
        "section", "article", "aside", "header", "footer", "nav", "main", "address",
        "hr", "form", "fieldset", "legend", "details", "summary", "body", "html",
    }
    | _HEADINGS
)  # fmt: skip
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# HTML collapses ASCII whitespace only; a no-break space (&nbsp;) is kept.
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _Extractor:
    def __init__(self) -> None:
        self.parts: list[tuple[str, BlockKind, bool]] = []  # (text, kind, preformatted)
        self.buf: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.lines = False  # a <br> split the current block into lines
        self.content = 0  # depth inside _CONTENT elements

    def flush(self, kind: BlockKind | None = None) -> None:
        text = _SPACE.sub(" ", "".join(self.buf)).strip(" ")
        if text:
            if kind is None and self.lines and self.kind is BlockKind.PARAGRAPH:
                kind = BlockKind.LINE
            self.parts.append((text, kind or self.kind, False))
        self.buf.clear()

    def walk(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if not tag or tag in _DROP or (tag in _PAGE_CHROME and not self.content):
            self._tail(el)  # comments, processing instructions, page chrome
            return
        if tag == "br":
            self.lines = True
            self.flush(BlockKind.LINE)
            self._tail(el)
            return
        if tag == "pre":
            self.flush()
            raw = "".join(str(t) for t in el.itertext())
            if raw.strip():
                self.parts.append((raw.strip("\n"), BlockKind.PARAGRAPH, True))
            self._tail(el)
            return
        block = tag in _BLOCKS
        if block:
            self.flush()
            outer = self.kind
            if tag in _HEADINGS:
                self.kind = BlockKind.HEADING
            elif tag == "li":
                self.kind = BlockKind.LIST_ITEM
        content = tag in _CONTENT
        self.content += content
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.walk(child)
        self.content -= content
        if block:
            self.flush()
            self.kind = outer
            self.lines = False
        self._tail(el)

    def _tail(self, el: etree._Element) -> None:
        if el.tail:
            self.buf.append(el.tail)


def _shift(blocks: list[Block], pos: int) -> list[Block]:
    """Blocks of preformatted text, moved to ``pos``; code is never a heading."""
    kind = BlockKind.LINE if len(blocks) > 1 else BlockKind.PARAGRAPH
    return [Block(b.start + pos, b.end + pos, kind) for b in blocks]


def read_html(source: str, *, lang: str, name: str = "<string>") -> Document:
    """Extract the text and blocks of an HTML (or XHTML) document."""
    if not source.strip():
        return Document(text="", lang=lang, blocks=(), name=name)
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", source, count=1), parser=parser)
    except etree.ParserError:
        # In recovery mode lxml gives up only on markup with no content at
        # all ("</p>"): that is an empty document, not an error.
        return Document(text="", lang=lang, blocks=(), name=name)
    except ValueError as exc:
        raise InputError(f"cannot parse HTML: {exc}", path=name) from None
    body = root.find("body")
    ex = _Extractor()
    ex.walk(body if body is not None else root)
    ex.flush()
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for text, kind, pre in ex.parts:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        if pre:
            blocks.extend(_shift(text_blocks(text), pos))
        else:
            blocks.append(Block(pos, pos + len(text), kind))
        pieces.append(text)
        pos += len(text)
    return Document(text="".join(pieces), lang=lang, blocks=tuple(blocks), name=name)
