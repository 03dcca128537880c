"""ODP reader (OpenDocument presentation, LibreOffice Impress: ``content.xml``).

A deck is read as the PPTX reader reads one (:mod:`.pptx`: the reasons are there),
slide by slide: the slides (``draw:page``) in the order of the document, which is the
order of the deck; on each, its frames and shapes in document order (the shape tree's
order; a group, ``draw:g``, read in place), the text of a text box, a shape or a table
cell as the ODT reader reads text (:class:`.odt.TextWalker`: paragraphs, lists as list
items, spans with their formatting and links, line breaks as a space, fields as the
text they show, the Symbol font); the title and subtitle frames
(``presentation:class`` ``title``, ``subtitle``) headings; the speaker notes
(``presentation:notes``) right after their slide, as part ``notes``.  Hidden slides
are read.

Left out: the frames that repeat on every slide as running heads do on pages -- page
number, date and time, footer, header (``presentation:class`` ``page-number``,
``date-time``, ``footer``, ``header``) -- and the notes page's picture of its slide
(``page``, a ``draw:page-thumbnail``), pictures, charts and other embedded objects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from lxml import etree

from aligner.model import BlockKind, Document, Part
from aligner.readers.assemble import Para
from aligner.readers.container import Package
from aligner.readers.odt import TextWalker, odf_document, open_odf

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_CLASS = f"{{{_PRESENTATION}}}class"
_RUNNING = frozenset({"page-number", "date-time", "footer", "header", "page"})
_TITLES = frozenset({"title", "subtitle"})
# Shapes that hold no text of their own, or whose text is not the deck's words.
_NO_TEXT = frozenset({f"{{{_DRAW}}}{name}" for name in (
    "image", "object", "object-ole", "plugin", "applet", "page-thumbnail", "glue-point",
    "enhanced-geometry", "contour-polygon", "contour-path", "image-map", "title", "desc")})


def _shapes(walker: TextWalker, el: etree._Element, part: Part) -> Iterator[Para]:
    """The paragraphs of the shapes of a slide, a notes page or a group, in order."""
    for shape in el:
        tag = shape.tag if isinstance(shape.tag, str) else ""
        if not tag.startswith(f"{{{_DRAW}}}") or tag in _NO_TEXT:
            continue
        if tag == f"{{{_DRAW}}}g":
            yield from _shapes(walker, shape, part)
            continue
        cls = shape.get(_CLASS, "")
        if cls in _RUNNING:
            continue
        for para in _text(walker, shape, part):
            yield dataclasses.replace(para, kind=BlockKind.HEADING) if cls in _TITLES else para


def _text(walker: TextWalker, shape: etree._Element, part: Part) -> Iterator[Para]:
    """A frame's text box or table, or the text a shape (a rectangle, a custom shape)
    holds itself."""
    if shape.tag != f"{{{_DRAW}}}frame":
        yield from walker.blocks(shape, part)
        return
    for inner in shape:
        if inner.tag in (f"{{{_DRAW}}}text-box", f"{{{_TABLE}}}table"):
            yield from walker.blocks(inner, part)


def read_odp(pkg: Package, *, lang: str) -> Document:
    """The document of an ODP package (see the module docstring)."""
    content, styles, walker = open_odf(pkg, "ODP")
    deck = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}presentation")
    paras: list[Para] = []
    for page in deck.iterchildren(f"{{{_DRAW}}}page") if deck is not None else ():
        paras.extend(_shapes(walker, page, Part.BODY))
        notes = page.find(f"{{{_PRESENTATION}}}notes")
        if notes is not None:
            paras.extend(_shapes(walker, notes, Part.NOTES))
    return odf_document(paras, pkg, styles, lang=lang)
