"""PPTX reader (PresentationML, lxml through :mod:`aligner.readers.container`).

What a reader of the deck sees, slide by slide:

* the slides in the order the deck shows them: the presentation's slide list
  (``p:sldIdLst`` in ``ppt/presentation.xml``, each ``r:id`` a relationship naming the
  slide's part), not the order of the parts' names -- a slide moved in PowerPoint keeps
  its part, ``slide7.xml`` shown second;
* on a slide, the text of its shapes in the order of the shape tree (the order
  PowerPoint's reading order and a screen reader follow; group shapes read in place,
  their shapes in their order), each paragraph (``a:p``) a paragraph; the title
  placeholder (``title``, ``ctrTitle``) and a subtitle (``subTitle``) a heading, as the
  DOCX and ODT readers read a Title and Subtitle style; a paragraph with a bullet or a
  number a list item: one its own properties give (``a:buChar``, ``a:buAutoNum``), or
  one of a body placeholder that does not turn bullets off (``a:buNone``), as the
  master's body style bullets those;
* a table (``a:tbl`` in a graphic frame) row by row, cell by cell, each paragraph of a
  cell a paragraph of its own (part ``table``); a cell merged into another
  (``hMerge``, ``vMerge``) holds nothing of its own;
* runs merged into one string, their bold, italic, underline, strike-through,
  superscript and subscript (``a:rPr``: ``b``, ``i``, ``u``, ``strike``, ``baseline``)
  and links (``a:hlinkClick``, with the address of the slide's relationship) kept as
  the paragraph's formatting (:class:`~aligner.model.Formatting`); a line break inside
  a paragraph (``a:br``, PowerPoint's Shift+Enter) a space, as the DOCX reader reads
  Word's: on a slide it wraps a title or a bullet by hand, mid-sentence as often as
  not, and each language wraps in its own places; a field (``a:fld``: a date, a slide
  number typed in a text box) the text it shows; text in the Symbol font (``a:latin``)
  the characters the font draws, and so private-use codes where ``a:sym`` names the
  font (PowerPoint's Insert Symbol) (:mod:`.symbolfont`);
* the slide's speaker notes (its ``notesSlide`` part) right after the slide's own
  text, as paragraphs of part ``notes``.  They are translated with the deck, so they
  are aligned; after their slide, not after all slides as the DOCX reader puts
  footnotes, because each slide's title then stands between one slide's notes and the
  next: a note the translator left out or split differently misaligns its own
  slide at most, and the review shows it beside the slide it belongs to.

Hidden slides (``show="0"``) are read: hiding a slide leaves it out of a slide show,
not out of the deck a client sends and gets back translated (backup slides, a longer
version of the talk); a slide hidden in the original is as a rule hidden in its
translation too, so both sides keep it.

Left out: the placeholders that repeat on every slide as running heads do on pages
-- slide number, date, footer, header (``sldNum``, ``dt``, ``ftr``, ``hdr``) --,
shapes hidden from the slide (``p:cNvPr hidden="1"``), pictures, charts, SmartArt
(its text is in other parts, never read), comments, and the masters' and layouts'
prompt text (``Click to add title``).  An ``mc:AlternateContent`` is read through its
``mc:Fallback``, what a program that knows nothing newer shows.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from aligner.errors import InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.readers.assemble import Para, Styled, assemble, stripped
from aligner.readers.container import Package
from aligner.readers.docxrels import hyperlinks, part_ids, part_targets, rels_of
from aligner.readers.symbolfont import is_symbol_font, symbol_text

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Placeholders that repeat on every slide (and on every page of the notes) as a page's
# running head and number do; sldImg, the notes page's picture of its slide, has no text.
_RUNNING = frozenset({"sldNum", "dt", "ftr", "hdr", "sldImg"})
_TITLES = frozenset({"title", "ctrTitle", "subTitle"})
# Placeholders of body text, which a master's body style bullets (a placeholder that
# names no type is an "obj", ECMA-376 part 1, 19.7.10).
_BODY = frozenset({"body", "obj"})
_OFF = frozenset({"0", "false"})
_BASELINE = {True: Style.SUPERSCRIPT, False: Style.SUBSCRIPT}


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((c for c in el if _local(c) == name), None)


def _on(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


class _Walker:
    """The paragraphs of one slide's (or notes page's) shape tree."""

    def __init__(self, links: dict[str, str]) -> None:
        self.links = links  # the part's hyperlinks: r:id -> address

    def shapes(self, tree: etree._Element, part: Part) -> Iterator[Para]:
        for shape in tree:
            name = _local(shape)
            if name == "AlternateContent":
                fallback = _child(shape, "Fallback")
                if fallback is not None:
                    yield from self.shapes(fallback, part)
            elif name not in ("sp", "grpSp", "graphicFrame", "cxnSp") or _hidden(shape):
                continue
            elif name == "grpSp":
                yield from self.shapes(shape, part)
            elif name == "graphicFrame":
                yield from self.table(shape, Part.TABLE if part is Part.BODY else part)
            else:
                kind = _placeholder(shape)
                if kind in _RUNNING:
                    continue
                body = _child(shape, "txBody")
                if body is not None:
                    yield from self.text(body, part, kind)

    def table(self, frame: etree._Element, part: Part) -> Iterator[Para]:
        data = _child(_child(frame, "graphic"), "graphicData")
        grid = _child(data, "tbl")
        for row in grid if grid is not None else ():
            for cell in row if _local(row) == "tr" else ():
                if _local(cell) != "tc" or _on(cell.get("hMerge")) or _on(cell.get("vMerge")):
                    continue
                body = _child(cell, "txBody")
                if body is not None:
                    yield from self.text(body, part, None)

    def text(self, body: etree._Element, part: Part, placeholder: str | None
             ) -> Iterator[Para]:
        for p in body:
            if _local(p) != "p":
                continue
            out = Styled()
            for child in p:
                name = _local(child)
                if name in ("r", "fld"):
                    self.run(child, out)
                elif name == "br":
                    out.add(" ", *self.looks(_child(child, "rPr")))
            text, looks = stripped(out.text(), out.formatting())
            if text:
                yield Para(text, _kind(p, part, placeholder), part, formatting=looks)

    def run(self, run: etree._Element, out: Styled) -> None:
        rpr = _child(run, "rPr")
        looks, href = self.looks(rpr)
        for t in run:
            if _local(t) == "t":
                out.add(_symbols(t.text or "", rpr), looks, href)

    def looks(self, rpr: etree._Element | None) -> tuple[set[Style], str]:
        """The formatting a run's own properties set, and where its link points."""
        found: set[Style] = set()
        if rpr is None:
            return found, ""
        for attr, style in (("b", Style.BOLD), ("i", Style.ITALIC)):
            if _on(rpr.get(attr)):
                found.add(style)
        if rpr.get("u") not in (None, "none"):
            found.add(Style.UNDERLINE)
        if rpr.get("strike") not in (None, "noStrike"):
            found.add(Style.STRIKE)
        baseline = rpr.get("baseline", "0")
        if baseline.lstrip("-").isdigit() and int(baseline) != 0:
            found.add(_BASELINE[int(baseline) > 0])
        click = _child(rpr, "hlinkClick")
        rid = click.get(_R_ID) if click is not None else None
        if not rid:  # no link, or an action without a target ("next slide")
            return found, ""
        return found | {Style.LINK}, self.links.get(rid, "")


def _hidden(shape: etree._Element) -> bool:
    """Is the shape hidden from the slide (``p:cNvPr hidden="1"``, PowerPoint's
    selection pane)?"""
    props = _child(next(iter(shape), None), "cNvPr")  # in its nvSpPr, nvGrpSpPr...
    return props is not None and _on(props.get("hidden"))


def _placeholder(shape: etree._Element) -> str | None:
    """The placeholder type of a shape (``title``, ``obj`` for one that names none);
    None for a shape that is no placeholder (a text box)."""
    props = _child(_child(_child(shape, "nvSpPr"), "nvPr"), "ph")
    return None if props is None else props.get("type", "obj")


def _kind(p: etree._Element, part: Part, placeholder: str | None) -> BlockKind:
    if placeholder in _TITLES:
        return BlockKind.HEADING
    props = _child(p, "pPr")
    said = {_local(c) for c in props} if props is not None else set()
    if said & {"buChar", "buAutoNum", "buBlip"}:
        return BlockKind.LIST_ITEM
    if "buNone" not in said and placeholder in _BODY and part is Part.BODY:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _symbols(text: str, rpr: etree._Element | None) -> str:
    """A run's text as the Symbol font draws it, where the run is set in that font."""
    if rpr is None:
        return text
    latin, sym = _child(rpr, "latin"), _child(rpr, "sym")
    if latin is not None and is_symbol_font(latin.get("typeface")):
        return symbol_text(text)
    if sym is not None and is_symbol_font(sym.get("typeface")):
        # the symbol font draws the private-use codes only; letters keep the text font
        return "".join(symbol_text(c) if 0xF000 <= ord(c) <= 0xF0FF else c for c in text)
    return text


def slide_parts(pkg: Package) -> list[str]:
    """The members of the deck's slides in the order the deck shows them."""
    main = part_targets(pkg, "_rels/.rels").get("officeDocument", "ppt/presentation.xml")
    targets = part_ids(pkg, main)
    listed = _child(pkg.xml(main), "sldIdLst")
    slides = []
    for entry in listed if listed is not None else ():
        if _local(entry) != "sldId":
            continue
        member = targets.get(entry.get(_R_ID, ""))
        if member is None:
            raise InputError(f"member {main}: slide {entry.get('id', '?')} names no "
                             "relationship of the presentation (a damaged package)",
                             path=pkg.name)
        slides.append(member)
    return slides


def _tree(root: etree._Element) -> etree._Element | None:
    return _child(_child(root, "cSld"), "spTree")


def read_pptx(pkg: Package, *, lang: str) -> Document:
    """The document of a PPTX package (see the module docstring)."""
    paras: list[Para] = []
    for slide in slide_parts(pkg):
        tree = _tree(pkg.xml(slide))
        if tree is not None:
            paras.extend(_Walker(hyperlinks(pkg, slide)).shapes(tree, Part.BODY))
        notes = part_targets(pkg, rels_of(slide)).get("notesSlide")
        if notes is not None and pkg.has(notes):
            tree = _tree(pkg.xml(notes))
            if tree is not None:
                paras.extend(_Walker(hyperlinks(pkg, notes)).shapes(tree, Part.NOTES))
    return assemble(paras, lang=lang, name=pkg.name)
