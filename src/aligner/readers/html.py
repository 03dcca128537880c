"""HTML reader (lxml): block elements become blocks of the extracted text.

The document text is the visible text of ``<body>``: every block element
(``p``, ``h1``-``h6``, ``li``, ``div``, ``blockquote``, ``td``, ``pre``, ...)
becomes one block; a ``<br>`` before words that go on in lower case ends a
paragraph's line as in plain text, and otherwise parts its lines (as it splits a
heading or list item into lines); blocks are joined
with ``"\\n\\n"``.  Inside a block runs of whitespace collapse to one space, as
a browser shows them (``<pre>`` keeps its text and is split like plain text).
Page chrome is left out: ``nav``, ``form``, ``script``,
``style``, ``noscript``, ``template`` and comments anywhere, an ``aside`` outside
``main`` and ``article`` (a sidebar; one inside them is a note box of the content, an
``Aviso``, read where it stands), and the page's
own ``header`` and ``footer`` -- those not inside an ``article``, ``section``,
``main`` or other content (an article's header with its title and byline is
text) -- and, on a page that marks its one piece of content (one ``main``, or else
one ``article``), a block outside it of links alone (a CMS toolbar's ``Edit |
Publish``, a breadcrumb trail); and a cookie or consent notice outside content, told
by its class or id (``cookie-banner``, ``gdpr-notice``).  Notes marked as such
(pandoc's, EPUB 3's, DPUB-ARIA's: see :mod:`aligner.readers.notes`) are read after
the body as parts ``footnote`` and ``endnote``, footnotes first, and their marks and
back links are left out.
Ruby (furigana, pinyin) reads as its base text: the annotation (``rt``, ``rtc``)
and the parentheses shown where ruby is not supported (``rp``) are left out.
A link (``a`` with an ``href``) is kept beside the text as formatting
(:attr:`~aligner.model.Style.LINK`, with its address), as the DOCX reader keeps one, and
so are bold, italic, underline, strike-through, superscript and subscript elements
(``b``, ``strong``, ``i``, ``em``, ``u``, ``s``, ``strike``, ``del``, ``sup``, ``sub``:
:data:`~aligner.readers.assemble.TAG_STYLES`) and inline code; the text is the same
with them or without.  An image (``img``) reads as its ``alt`` text where it
stands, as the Markdown reader reads ``![alt](src)``; ``title`` attributes (tooltips) are
left out, as the Markdown reader leaves out a link's title.
Entities are decoded by the parser.  No network access and no DTD loading.
Dropping happens before the text exists, so sentence offsets into the reader's
text stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

import lxml.html
from lxml import etree

from aligner.errors import InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.readers.assemble import (
    KEEP_CLOSE,
    KEEP_OPEN,
    LINK_CLOSE,
    LINK_OPEN,
    STYLE_MARK_CHARS,
    STYLE_MARKS,
    TAG_STYLES,
    Para,
    Split,
    assemble,
    strip_marked,
    unstyled,
)
from aligner.readers.notes import take_notes, type_linked_notes, types

_DROP = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link",
                   "nav", "form"})
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


_CELLS = frozenset({"td", "th"})
_CODE = frozenset({"code", "kbd", "samp", "var"})  # inline code and its kin (not <tt>,
# the old typewriter face, which pages set whole paragraphs of prose in)
# Ruby annotations: a reading printed small over the base text, no word of the sentence.
_RUBY_TEXT = frozenset({"rt", "rp", "rtc"})

_BREAK = "\x00"  # a <br> in a paragraph's text until it is flushed (no HTML text has it)
_BREAK_SPACES = re.compile(" ?(?:\x00 ?)+")
_SPACED_MARKS = LINK_OPEN + LINK_CLOSE + STYLE_MARK_CHARS
# whitespace (and breaks) with a link's or a style's mark in it, which would keep two
# spaces apart
_MARKED_SPACE = re.compile(f"[ \x00{_SPACED_MARKS}]*[{_SPACED_MARKS}][ \x00{_SPACED_MARKS}]*")


def _marks_last(m: re.Match[str]) -> str:
    """A run of whitespace with link or style marks in it, the marks moved after the
    whitespace (in their order): the text is the text without them, and a span takes in
    whitespace at its end only, which a sentence's formatting leaves out."""
    run = m.group()
    marks = "".join(ch for ch in run if ch in _SPACED_MARKS)
    return _SPACE.sub(" ", "".join(ch for ch in run if ch not in _SPACED_MARKS)) + marks


def _line_end(m: re.Match[str], text: str) -> str:
    """What a run of ``<br>`` becomes: a line's end (``\\n``), which plain text's rules
    may join to the next line, when one break comes before words that go on in lower
    case (``se publicará<br>el próximo lunes``); else a blank line, which parts the
    lines (two breaks; an address, a phone number, an e-mail address on a line of its
    own)."""
    end = text.find(_BREAK, m.end())  # not the rest of the text: a poem has many breaks
    line = unstyled(text[m.end():end if end >= 0 else len(text)]).strip().lstrip(
        LINK_OPEN + LINK_CLOSE)
    goes_on = line[:1].islower() and " " in line
    return "\n" if m[0].count(_BREAK) == 1 and goes_on else "\n\n"


class _Extractor:
    def __init__(self, part: Part = Part.BODY, main: etree._Element | None = None,
                 front: Set[str] = frozenset()) -> None:
        self.parts: list[Para] = []
        self.front = front  # the types of elements whose text is front matter
        # the page's one main (or article): a block of links alone outside it is chrome
        self.main = main
        self.in_main = main is None
        self.buf: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.lines = False  # a <br> split the current block into lines
        self.content = 0  # depth inside _CONTENT elements
        self.cells = 0  # depth inside table cells
        self.address = 0  # depth inside <address>
        self.part = part
        self.hrefs: list[str] = []  # the addresses of the link marks in ``buf``, in order
        self.styled: dict[Style, int] = {}  # how deep inside elements of each style

    def _part(self) -> Part:
        return Part.TABLE if self.cells and self.part is Part.BODY else self.part

    def flush(self, kind: BlockKind | None = None) -> None:
        text = _SPACE.sub(" ", "".join(self.buf))
        links = tuple(self.hrefs[:text.count(LINK_OPEN)])
        del self.hrefs[:len(links)]
        if links or any(ch in text for ch in LINK_CLOSE + STYLE_MARK_CHARS):
            if not self.in_main and _links_alone(text):
                self.buf.clear()
                return
            text = _MARKED_SPACE.sub(_marks_last, text)
        text = strip_marked(text, " ")
        if _BREAK in text:  # the lines of a paragraph that <br> broke
            text = strip_marked(_BREAK_SPACES.sub(  # an address's lines are lines
                lambda m: "\n\n" if self.address else _line_end(m, text), text), "\n ")
            if unstyled(text):
                self.parts.append(Para(text, BlockKind.PARAGRAPH, self._part(), Split.PRE,
                                       links=links))
        elif unstyled(text):
            if kind is None and self.lines and self.kind is BlockKind.PARAGRAPH:
                kind = BlockKind.LINE
            self.parts.append(Para(text, kind or self.kind, self._part(), links=links))
        self.buf.clear()
        # a style open around the block that ended goes on in the next one
        self.buf.extend(STYLE_MARKS[style][0] for style, depth in self.styled.items() if depth)

    def walk(self, el: etree._Element) -> None:
        if (self.front and self.part is Part.BODY and isinstance(el.tag, str)
                and types(el) & self.front):
            self.flush()
            self.part = Part.FRONT_MATTER
            self._walk(el)
            self.flush()
            self.part = Part.BODY
        else:
            self._walk(el)

    def _walk(self, el: etree._Element) -> None:
        tag = _name(el)
        if not tag or tag in _DROP or (tag in _PAGE_CHROME and not self.content) or (
                not self.content and _banner(el)) or (tag == "aside" and not _in_main(el)):
            self._tail(el)  # comments, processing instructions, page chrome
            return
        if tag in _RUBY_TEXT:
            for rb in _misnested_bases(el):
                self.walk(rb)
            self._tail(el)
            return
        if tag == "br":
            if self.kind is BlockKind.PARAGRAPH:
                # a line break, read as plain text's: it ends a sentence only where
                # one would (not before lower case: a line pasted from a word processor)
                self.buf.append(_BREAK)
            else:  # a heading's or a list item's lines stay lines
                self.lines = True
                self.flush(BlockKind.LINE)
            self._tail(el)
            return
        if tag == "pre":
            self.flush()
            raw = "".join(_pre_text(el))
            if raw.strip():
                self.parts.append(Para(raw.strip("\n"), part=self._part(), split=Split.PRE))
            self._tail(el)
            return
        if tag == "img":  # its alt text, where it stands, as Markdown's ![alt](src) reads
            self.buf.append(" ".join(str(el.get("alt") or "").split()))
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
        content, cell, address = tag in _CONTENT, tag in _CELLS, tag == "address"
        main = el is self.main
        self.in_main |= main
        self.content += content
        self.cells += cell
        self.address += address
        code = tag in _CODE and not block
        if code:  # no sentence ends inside inline code (assemble)
            self.buf.append(KEEP_OPEN)
        link = tag == "a" and bool(el.get("href"))
        if link:  # kept beside the text as formatting, with where it points (assemble)
            self.buf.append(LINK_OPEN)
            self.hrefs.append(str(el.get("href")).strip())
        style = None if block else TAG_STYLES.get(tag)
        if style is not None:  # kept beside the text as formatting, as a link is
            self.buf.append(STYLE_MARKS[style][0])
            self.styled[style] = self.styled.get(style, 0) + 1
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.walk(child)
        if style is not None:
            self.buf.append(STYLE_MARKS[style][1])
            self.styled[style] -= 1
        if link:
            self.buf.append(LINK_CLOSE)
        if code:
            self.buf.append(KEEP_CLOSE)
        if block:
            self.flush()
            self.kind = outer
            self.lines = False
        if main:
            self.in_main = False
        self.content -= content
        self.cells -= cell
        self.address -= address
        self._tail(el)

    def _tail(self, el: etree._Element) -> None:
        if el.tail:
            self.buf.append(el.tail)


def _links_alone(text: str) -> bool:
    """Whether a block's text (its links marked) is links and nothing else but
    separators: no letter or digit outside a link."""
    outside = re.sub(f"{LINK_OPEN}[^{LINK_CLOSE}]*{LINK_CLOSE}", "", text)
    return LINK_OPEN in text and not any(c.isalnum() for c in outside)


# A cookie or consent notice, by the class or id its page gives it (cookie-banner,
# cookieConsent, gdpr-notice, cc-window, CybotCookiebotDialog): chrome outside content
_BANNER = re.compile(r"cookie|consent|gdpr|(?:^|[-_])cc[-_]", re.IGNORECASE)


def _banner(el: etree._Element) -> bool:
    """Whether ``el`` is a cookie or consent notice (:data:`_BANNER`)."""
    return any(_BANNER.search(el.get(attr) or "") for attr in ("class", "id"))


def _main_content(body: etree._Element) -> etree._Element | None:
    """The page's one ``main``, else its one ``article`` (None for none, or several)."""
    for tag in ("main", "article"):
        found = [el for el in body.iter() if _name(el) == tag]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _name(el: etree._Element) -> str:
    """An element's lower-case local name ('' for comments and processing instructions)."""
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def _misnested_bases(annotation: etree._Element) -> Iterator[etree._Element]:
    """The ruby bases (``rb``) inside an annotation: base text that follows an ``rt``
    whose end tag is omitted, as HTML allows (``<rb>漢<rt>かん<rb>字<rt>じ</ruby>``).
    An HTML5 parser closes the ``rt`` there; libxml2's parser nests the ``rb`` in it."""
    for child in annotation:
        if _name(child) == "rb":
            yield child
        else:
            yield from _misnested_bases(child)


def _pre_text(el: etree._Element) -> Iterator[str]:
    """The text inside ``el`` (not its tail), ruby annotations left out as in a block."""
    if el.text:
        yield el.text
    for child in el:
        if _name(child) in _RUBY_TEXT:
            for rb in _misnested_bases(child):
                yield from _pre_text(rb)
                yield rb.tail or ""
        else:
            yield from _pre_text(child)
        yield child.tail or ""


def parse_html(source: str, *, name: str = "<string>") -> etree._Element | None:
    """The parsed page (None for one without content); no network, no DTD."""
    if not source.strip():
        return None
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True,
        huge_tree=True,  # deeper than 255 elements (unclosed <font> or <span> runs)
    )
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", source, count=1), parser=parser)
    except etree.ParserError:
        # In recovery mode lxml gives up only on markup with no content at
        # all ("</p>"): that is an empty document, not an error.
        return None
    except ValueError as exc:
        raise InputError(f"cannot parse HTML: {exc}", path=name) from None


def _in_main(el: etree._Element) -> bool:
    """Whether ``el`` is inside a ``main`` or an ``article``: an ``aside`` there is a box
    of the content (a notice, a note), elsewhere a sidebar."""
    return any(_name(a) in _MAIN for a in el.iterancestors())


_MAIN = frozenset({"main", "article"})


def html_paras(root: etree._Element, part: Part = Part.BODY, *,
               front: Set[str] = frozenset()) -> list[Para]:
    """The paragraphs of a parsed page's ``<body>`` (or of ``root`` when it has none);
    those of an element typed as one of ``front`` (``epub:type``, ``role``) are of the
    part front matter."""
    body = root.find("body")
    top = body if body is not None else root
    ex = _Extractor(part, _main_content(top) if part is Part.BODY else None, front)
    ex.walk(top)
    ex.flush()
    return ex.parts


def note_paras(note: etree._Element, part: Part) -> list[Para]:
    """The paragraphs of a note taken out of its page (an ``aside``, which the body
    leaves out as chrome, is read)."""
    for inner in note.iter("aside"):
        inner.tag = "div"
    note.tag = "div"
    return html_paras(note, part)


def take_note_paras(root: etree._Element, *, drop: Set[str] = frozenset()) -> list[Para]:
    """Take the notes out of a parsed page (:func:`aligner.readers.notes.take_notes`,
    which also removes the elements typed as one of ``drop``); their paragraphs."""
    type_linked_notes(root)
    return [p for note, part in take_notes(root, drop=drop) for p in note_paras(note, part)]


def read_html(source: str, *, lang: str, name: str = "<string>") -> Document:
    """Extract the text and blocks of an HTML (or XHTML) document."""
    from aligner.readers.declared import html_language

    root = parse_html(source, name=name)
    if root is None:
        return assemble([], lang=lang, name=name)
    notes = take_note_paras(root)  # first: the body is read without them
    notes.sort(key=lambda p: p.part is Part.ENDNOTE)  # footnotes, then endnotes
    return assemble(html_paras(root) + notes, lang=lang, name=name,
                    declared=html_language(root))
