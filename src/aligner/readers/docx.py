"""DOCX reader (WordprocessingML, lxml through :mod:`aligner.readers.container`).

What a reader of the document sees, paragraph by paragraph:

* the body's paragraphs in order; a heading (a paragraph style named ``heading N``,
  ``Title`` or ``Subtitle``, or with an outline level) and a list item (numbering,
  direct or through its style) each a paragraph of its own; every paragraph of a
  table cell, row by row, cell by cell;
* runs merged into one string (Word splits a paragraph into runs at every change of
  formatting), whose bold, italic, underline, strike-through, superscript and subscript
  (direct, or through a character style) and hyperlinks (with where they point: the
  address of their relationship, or ``#`` and their bookmark) are kept as the paragraph's
  formatting (:class:`~aligner.model.Formatting`), not as text; a tab, a line or page
  break inside a paragraph becomes a space; a non-breaking hyphen is ``-``, an optional
  hyphen nothing; a symbol (``w:sym``) the character its code names, and text in the
  Symbol font (``w:sym``, or a run whose ``w:rFonts`` name it) the characters the font
  draws (:mod:`.symbolfont`); no sentence ends inside a run in a character style of
  code (:data:`_CODE_NAME`: pandoc's ``Verbatim Char``, Word's ``HTML Code``...);
* tracked changes as accepted: insertions and moved-to text kept, deletions and
  moved-from text dropped, a paragraph whose mark is deleted joined to the next one;
* a field reads as its displayed result (the text between ``separate`` and ``end``,
  or the runs of a simple field), never its code; a ``HYPERLINK`` field's result is a
  link, to the field's address (:mod:`.docxfields`);
* footnotes and then endnotes after the body, in the order they are first referenced,
  each paragraph a paragraph of part ``footnote``/``endnote``; the reference mark is
  left out of the sentence it sits in;
* ruby (furigana, pinyin: ``w:ruby``) as its base text; the annotation (``w:rt``),
  a reading printed small over the base, is left out, as it is no word of the sentence.

Left out: headers, footers and comments (other parts of the package, never read),
hidden text (``w:vanish``, directly or through a character style), drawings and text
boxes, deleted text, field codes, and generated indexes (:func:`_gallery`), as the ODT
reader leaves them out: a table of contents -- a content control of the gallery "Table
of Contents", the result of a ``TOC`` field, a paragraph in a TOC style (``toc 1``,
``TOC Heading``) -- an index (``INDEX``) and a bibliography (``BIBLIOGRAPHY``, the
gallery "Bibliographies"): their entries repeat the headings with page numbers, and
read as text they were aligned against the headings or the other side's contents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from aligner.model import BlockKind, Document, Part, Style
from aligner.readers.assemble import KEEP_CLOSE, KEEP_OPEN, Para, Styled, assemble, stripped
from aligner.readers.container import Package
from aligner.readers.declared import docx_language, mostly_east_asian, mostly_right_to_left
from aligner.readers.docxfields import Fields, hyperlink, is_index
from aligner.readers.docxrels import hyperlinks, part_targets, rels_of
from aligner.readers.symbolfont import is_symbol_font, symbol_char, symbol_text

# Elements whose content is not text a reader sees.
_SKIP = frozenset({
    "del", "moveFrom", "delText", "delInstrText", "instrText", "pPr", "rPr", "tblPr",
    "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "drawing", "pict",
    "object", "AlternateContent", "separator", "continuationSeparator", "fldData",
    "commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "proofErr",
    "lastRenderedPageBreak", "sectPr", "oMath", "oMathPara", "rubyPr", "rt",
})  # fmt: skip
_SPACE_LIKE = frozenset({"tab", "br", "cr", "ptab"})
_HEADING_NAME = re.compile(r"^(?:heading\s*\d|title|subtitle)$", re.IGNORECASE)
# Word's built-in styles of a table of contents (LibreOffice writes its "Contents N" and
# "Contents Heading" under these names too).
_TOC_NAME = re.compile(r"^toc\s*(?:\d|heading)$", re.IGNORECASE)
# Character styles of inline code, by name (not a monospace font: a screenplay is all Courier)
_CODE_NAME = re.compile(r"^(?:verbatim char|source text|html (?:code|keyboard|sample|"
                        r"typewriter|variable))$", re.IGNORECASE)
# Content controls (w:sdt) of these building-block galleries hold a generated index.
_INDEX_GALLERIES = frozenset({"table of contents", "bibliographies"})
_OFF = frozenset({"0", "false", "off"})


def _local(el: etree._Element) -> str:
    """An element's local name ('' for comments); WordprocessingML (transitional or
    strict) and the markup-compatibility elements around it share no local names
    that matter here."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _w(el: etree._Element, name: str) -> etree._Element | None:
    for child in el:
        if _local(child) == name:
            return child
    return None


def _val(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    for key, value in el.attrib.items():
        if etree.QName(key).localname == "val":
            return str(value)
    return ""


def _on(el: etree._Element | None) -> bool:
    """A toggle property (``<w:vanish/>``, ``<w:vanish w:val="true"/>``) that is on."""
    return el is not None and (_val(el) or "true").lower() not in _OFF


@dataclass
class _Styles:
    headings: set[str] = field(default_factory=set)
    lists: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)  # character styles with w:vanish
    toc: set[str] = field(default_factory=set)  # paragraph styles of a table of contents
    code: set[str] = field(default_factory=set)  # character styles of inline code
    # character styles' formatting: style id -> its run properties (rPr), basedOn first
    looks: dict[str, list[etree._Element]] = field(default_factory=dict)


def _styles(root: etree._Element | None) -> _Styles:
    found = _Styles()
    if root is None:
        return found
    based: dict[str, str] = {}
    own: dict[str, etree._Element] = {}
    for st in root:
        if _local(st) != "style":
            continue
        sid = _attr(st, "styleId")
        name = _val(_w(st, "name")) or ""
        ppr, rpr = _w(st, "pPr"), _w(st, "rPr")
        if _TOC_NAME.match(name):
            found.toc.add(sid)
        if _CODE_NAME.match(name):
            found.code.add(sid)
        elif _HEADING_NAME.match(name) or (ppr is not None and _heading_level(ppr)):
            found.headings.add(sid)
        if ppr is not None and _numbered(ppr):
            found.lists.add(sid)
        if rpr is not None and _on(_w(rpr, "vanish")):
            found.hidden.add(sid)
        if rpr is not None:
            own[sid] = rpr
        parent = _val(_w(st, "basedOn"))
        if parent:
            based[sid] = parent
    for sid in list(based):  # a style based on a heading is a heading, and so on
        seen, cur = {sid}, based.get(sid)
        while cur and cur not in seen:
            for kind in (found.headings, found.lists, found.hidden, found.toc, found.code):
                if cur in kind:
                    kind.add(sid)
            seen.add(cur)
            cur = based.get(cur)
    for sid in {*own, *based}:  # a style's run properties, those it is based on first
        chain: list[str] = []
        link: str | None = sid
        while link is not None and link not in chain:
            chain.append(link)
            link = based.get(link)
        found.looks[sid] = [own[c] for c in reversed(chain) if c in own]
    return found


def _mark_deleted(ppr: etree._Element | None) -> bool:
    """Is the paragraph's mark a tracked deletion (``w:pPr/w:rPr/w:del``, or moved away:
    ``w:moveFrom``)?"""
    rpr = _w(ppr, "rPr") if ppr is not None else None
    return rpr is not None and (_w(rpr, "del") is not None or _w(rpr, "moveFrom") is not None)


def _heading_level(ppr: etree._Element) -> bool:
    level = _val(_w(ppr, "outlineLvl"))
    return level is not None and level.isdigit() and int(level) < 9


def _numbered(ppr: etree._Element) -> bool:
    num = _w(ppr, "numPr")
    return num is not None and _val(_w(num, "numId")) not in (None, "0")


class _Walker:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.fields = Fields()  # the complex fields open here
        self.notes: list[tuple[str, str]] = []  # ("footnote"|"endnote", id) in order of use
        self.joining: Para | None = None  # a paragraph whose mark is deleted, unstripped
        self.links: list[str] = []  # where each hyperlink open around the runs read points
        self.targets: dict[str, str] = {}  # the part's hyperlinks: r:id -> address

    def read(self, el: etree._Element, part: Part) -> Iterator[Para]:
        """The paragraphs of the body, a note or a table cell."""
        yield from self.blocks(el, part)
        yield from self.flush()

    def flush(self) -> Iterator[Para]:
        """A paragraph whose mark is deleted but has no paragraph after it to join in
        the same place (the end of a cell, of the body, before a table) stays one."""
        if self.joining is not None:
            para, self.joining = self.joining, None
            text, looks = stripped(para.text, para.formatting)
            if text:
                yield Para(text, para.kind, para.part, formatting=looks)

    def blocks(self, el: etree._Element, part: Part) -> Iterator[Para]:
        for child in el:
            name = _local(child)
            if name == "p":
                para = self.paragraph(child, part)
                if para is not None:
                    yield para
            elif name == "tbl":
                yield from self.flush()
                for row in child:
                    if _local(row) == "tr":
                        for cell in row:
                            if _local(cell) == "tc":
                                yield from self.read(cell, Part.TABLE if part is Part.BODY
                                                     else part)
            elif name == "sdt" and _gallery(child) in _INDEX_GALLERIES:
                yield from self.flush()
            elif name and name not in _SKIP:  # sdt, sdtContent, ins, customXml, ...
                yield from self.blocks(child, part)

    def paragraph(self, p: etree._Element, part: Part) -> Para | None:
        kind = BlockKind.PARAGRAPH
        ppr = _w(p, "pPr")
        style = _val(_w(ppr, "pStyle")) if ppr is not None else None
        if ppr is not None:
            if _heading_level(ppr) or style in self.styles.headings:
                kind = BlockKind.HEADING
            elif _numbered(ppr) or style in self.styles.lists:
                kind = BlockKind.LIST_ITEM
        out = Styled()
        self.inline(p, out)  # read even when left out: a field may begin or end here
        if style in self.styles.toc:
            return None  # an entry or the heading of a table of contents
        text = " ".join(out.text().split("\n"))
        looks = out.formatting()
        if self.joining is not None:
            looks = (*self.joining.formatting, *out.formatting(len(self.joining.text)))
            text = self.joining.text + text
            self.joining = None
        if _mark_deleted(ppr):
            # Accepted, the deletion joins this paragraph's text to the next paragraph
            # (ECMA-376 part 1, "del (Deleted Paragraph)"), whose mark, which holds the
            # paragraph's properties (a heading's style), is the one that stays.
            self.joining = Para(text, kind, part, formatting=looks)
            return None
        text, looks = stripped(text, looks)
        return Para(text, kind, part, formatting=looks) if text else None

    def inline(self, el: etree._Element, out: Styled) -> None:
        for child in el:
            name = _local(child)
            if name == "fldSimple" and is_index(_attr(child, "instr")):
                pass  # a generated index written as a simple field
            elif name in ("hyperlink", "fldSimple") and (href := self._target(child)) is not None:
                self.links.append(href)
                self.inline(child, out)
                self.links.pop()
            elif name == "r":
                self.run(child, out)
            elif name in ("footnoteReference", "endnoteReference"):
                self._note(child, name)
            elif name and name not in _SKIP:  # hyperlink, ins, moveTo, fldSimple, smartTag...
                self.inline(child, out)

    def _target(self, link: etree._Element) -> str | None:
        """Where a ``w:hyperlink`` points: its relationship's address (``r:id``), else
        ``#`` and the bookmark it names (``w:anchor``), which the id overrides (ECMA-376
        part 1, 17.16.22); '' for neither.  A simple field's: its ``HYPERLINK`` code's,
        None for another field."""
        if _local(link) == "fldSimple":
            return hyperlink(_attr(link, "instr"))
        attrs = {etree.QName(k).localname: str(v) for k, v in link.attrib.items()}
        if attrs.get("id") in self.targets:
            return self.targets[attrs["id"]]
        return f"#{attrs['anchor']}" if attrs.get("anchor") else ""

    def _note(self, ref: etree._Element, name: str) -> None:
        nid = _attr(ref, "id")
        self.notes.append((name.removesuffix("Reference"), nid))

    def run(self, r: etree._Element, out: Styled) -> None:
        rpr = _w(r, "rPr")
        hidden = rpr is not None and (_on(_w(rpr, "vanish")) or _on(_w(rpr, "specVanish"))
                                      or _val(_w(rpr, "rStyle")) in self.styles.hidden)
        own = _looks(rpr, self.styles)
        sym_ascii, sym_others = _symbol_fonts(rpr, self.styles)
        code = rpr is not None and _val(_w(rpr, "rStyle")) in self.styles.code
        for child in (KEEP_OPEN, *r, KEEP_CLOSE) if code else r:
            # a link around the run, else a HYPERLINK field whose result this is
            href = self.links[-1] if self.links else self.fields.link()
            looks = own | ({Style.LINK} if href is not None else set())
            href = href or ""
            if isinstance(child, str):  # inline code begins or ends (assemble drops marks)
                out.add(child, looks, href)
                continue
            name = _local(child)
            if name == "fldChar":
                self.fields.char(_attr(child, "fldCharType"))
            elif name == "instrText":
                self.fields.code(child.text or "")
            elif name in ("footnoteReference", "endnoteReference"):
                self._note(child, name)
            elif hidden or self.fields.hidden():
                continue
            elif name == "t":
                out.add(symbol_text(child.text or "", ascii=sym_ascii, others=sym_others), looks,
                        href)
            elif name in _SPACE_LIKE:
                out.add(" ", looks, href)
            elif name == "noBreakHyphen":
                out.add("-", looks, href)
            elif name == "sym":
                out.add(symbol_char(_attr(child, "font"), _attr(child, "char")), looks, href)
            elif name == "ruby":  # its rubyBase; rubyPr and rt are in _SKIP
                self.inline(child, out)


# Run properties that are a style of :class:`Style` when on (toggles: ``w:b``, ``w:i``...).
_TOGGLES = {"b": Style.BOLD, "i": Style.ITALIC, "strike": Style.STRIKE,
            "dstrike": Style.STRIKE}
_VERT_ALIGN = {"superscript": Style.SUPERSCRIPT, "subscript": Style.SUBSCRIPT}


def _looks(rpr: etree._Element | None, styles: _Styles) -> set[Style]:
    """The formatting of a run: its character style's (and the styles that one is based
    on), then its own run properties, each setting a style on or off."""
    found: set[Style] = set()
    if rpr is None:
        return found
    for props in (*styles.looks.get(_val(_w(rpr, "rStyle")) or "", ()), rpr):
        for child in props:
            name = _local(child)
            if name in _TOGGLES:
                (found.add if _on(child) else found.discard)(_TOGGLES[name])
            elif name == "u":
                (found.discard if (_val(child) or "single") == "none" else found.add)(
                    Style.UNDERLINE)
            elif name == "vertAlign":
                found -= {Style.SUPERSCRIPT, Style.SUBSCRIPT}
                if (_val(child) or "") in _VERT_ALIGN:
                    found.add(_VERT_ALIGN[_val(child) or ""])
    return found


def _symbol_fonts(rpr: etree._Element | None, styles: _Styles) -> tuple[bool, bool]:
    """Whether a run's text is set in the Symbol font: its ASCII characters (``w:rFonts
    w:ascii``) and the others (``w:hAnsi``), by its character style's fonts, then its
    own."""
    fonts = {"ascii": "", "hAnsi": ""}
    chain = () if rpr is None else (*styles.looks.get(_val(_w(rpr, "rStyle")) or "", ()), rpr)
    for named in (_w(props, "rFonts") for props in chain):
        if named is not None:
            fonts = {key: _attr(named, key) or font for key, font in fonts.items()}
    return is_symbol_font(fonts["ascii"]), is_symbol_font(fonts["hAnsi"])


def _attr(el: etree._Element, name: str) -> str:
    return next((str(v) for k, v in el.attrib.items() if etree.QName(k).localname == name), "")


def _gallery(sdt: etree._Element) -> str:
    """The building-block gallery a content control belongs to
    (``w:sdtPr/w:docPartObj/w:docPartGallery``), in lower case; '' for none."""
    props = _w(sdt, "sdtPr")
    part = _w(props, "docPartObj") if props is not None else None
    return (_val(_w(part, "docPartGallery")) or "").lower() if part is not None else ""


def read_docx(pkg: Package, *, lang: str) -> Document:
    """The document of a DOCX package (see the module docstring)."""
    main = part_targets(pkg, "_rels/.rels").get("officeDocument", "word/document.xml")
    parts = part_targets(pkg, rels_of(main))
    styles_at = parts.get("styles", "")
    styles_xml = pkg.xml(styles_at) if styles_at and pkg.has(styles_at) else None
    walker = _Walker(_styles(styles_xml))
    walker.targets = hyperlinks(pkg, main)
    root = pkg.xml(main)
    body = next((c for c in root if _local(c) == "body"), None)
    paras = list(walker.read(body, Part.BODY)) if body is not None else []
    for kind, part in (("footnote", Part.FOOTNOTE), ("endnote", Part.ENDNOTE)):
        member = parts.get(f"{kind}s")
        wanted = [nid for k, nid in walker.notes if k == kind]
        if not member or not wanted or not pkg.has(member):
            continue
        by_id = {}
        walker.targets = hyperlinks(pkg, member)
        for note in pkg.xml(member):
            by_id[_attr(note, "id")] = note
        for nid in dict.fromkeys(wanted):
            if nid in by_id:
                walker.fields.clear()
                paras.extend(walker.read(by_id[nid], part))
    text = "".join(p.text for p in paras)
    return assemble(paras, lang=lang, name=pkg.name, declared=docx_language(
        styles_xml, styles_at, east_asian=mostly_east_asian(text),
        right_to_left=mostly_right_to_left(text)))
