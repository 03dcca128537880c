"""ODT reader (OpenDocument text, ``content.xml`` through :mod:`aligner.readers.container`).

What a reader sees: the paragraphs (``text:p``) and headings (``text:h``, and a paragraph
in the style ``Title`` or ``Subtitle`` or one based on them, as the DOCX reader reads
Word's) of the body in order; list items, table cells (row by row) and sections read in
place, each paragraph of its own; spans merged (their bold, italic, underline,
strike-through, superscript and subscript, by their text styles, and links with where
they point, ``xlink:href``, kept as the paragraph's formatting,
:class:`~aligner.model.Formatting`), ``text:s`` as its spaces, tabs and line
breaks as a space; a field (date, page number, reference, variable...) as the text it
displays; tracked changes as accepted (the body holds inserted text;
``text:tracked-changes``, which keeps deleted text, is not read); footnotes and endnotes
(``text:note``) after the body in the order they are cited, their citation mark left out
of the sentence; ruby as its base text (``text:ruby-base``), the annotation
(``text:ruby-text``) left out; text in the Symbol font (a span or paragraph whose
style names it) as the characters the font draws (:mod:`.symbolfont`).

Left out: headers and footers (in ``styles.xml``, never read), annotations (comments),
hidden text and paragraphs (``text:hidden-*`` and text styles with
``text:display="none"``), frames and drawings, generated indexes (table of contents).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from aligner.errors import InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.readers.assemble import Para, Styled, assemble, stripped
from aligner.readers.container import Package
from aligner.readers.declared import mostly_east_asian, mostly_right_to_left, odt_language
from aligner.readers.symbolfont import is_symbol_font, symbol_text

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_MANIFEST = "META-INF/manifest.xml"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_HREF = "{http://www.w3.org/1999/xlink}href"


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


# Elements of the body whose content a reader does not see as text.
_SKIP_BLOCK = frozenset({
    _t("tracked-changes"), _t("sequence-decls"), _t("variable-decls"),
    _t("user-field-decls"), _t("table-of-content"), _t("alphabetical-index"),
    _t("illustration-index"), _t("table-index"), _t("object-index"), _t("user-index"),
    _t("bibliography"), f"{{{_OFFICE}}}forms", f"{{{_TABLE}}}table-columns",
    f"{{{_TABLE}}}table-column", f"{{{_TABLE}}}table-header-columns",
})  # fmt: skip
_SKIP_INLINE = frozenset({
    f"{{{_OFFICE}}}annotation", f"{{{_OFFICE}}}annotation-end", _t("note"),
    _t("hidden-text"), _t("hidden-paragraph"), _t("bookmark-start"), _t("bookmark"),
    _t("change"), _t("change-start"), _t("change-end"), _t("soft-page-break"),
    _t("reference-mark-start"), _t("reference-mark-end"), _t("toc-mark"), _t("ruby-text"),
})  # fmt: skip
_SPACES = frozenset({_t("tab"), _t("line-break")})


# Paragraph styles that make a paragraph a heading without text:h: LibreOffice's and
# pandoc's title and subtitle (the DOCX reader reads Word's Title and Subtitle so).
_TITLE_STYLES = frozenset({"Title", "Subtitle"})


def _title_styles(*roots: etree._Element | None) -> set[str]:
    """Names of the paragraph styles that are ``Title`` or ``Subtitle`` or are based on
    one of them (an automatic style ``P1`` over ``Title``, a user's ``Book title``)."""
    parents: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(f"{{{_STYLE}}}style"):
            name, parent = st.get(f"{{{_STYLE}}}name"), st.get(f"{{{_STYLE}}}parent-style-name")
            if name and parent and st.get(f"{{{_STYLE}}}family") == "paragraph":
                parents[name] = parent
    titles = set(_TITLE_STYLES)
    for name in parents:
        seen, cur = {name}, parents.get(name)
        while cur is not None and cur not in seen and cur not in titles:
            seen.add(cur)
            cur = parents.get(cur)
        if cur in titles:
            titles.add(name)
    return titles


def _hidden_styles(*roots: etree._Element | None) -> set[str]:
    """Names of styles whose text is not displayed (``text:display="none"``)."""
    hidden: set[str] = set()
    for root in roots:
        if root is None:
            continue
        for props in root.iter(f"{{{_STYLE}}}text-properties"):
            if props.get(_t("display")) == "none":
                parent = props.getparent()
                if parent is not None and parent.get(f"{{{_STYLE}}}name"):
                    hidden.add(str(parent.get(f"{{{_STYLE}}}name")))
    return hidden


#: what a text style says of each :class:`Style`: on (True) or off (False)
Looks = dict[Style, bool]


def _text_looks(props: etree._Element) -> Looks:
    """What ``style:text-properties`` set: weight, posture, underline, line-through and
    position (``super``, ``sub``, or a percentage, raised when positive)."""
    found: Looks = {}
    weight = props.get(f"{{{_FO}}}font-weight")
    if weight is not None:
        found[Style.BOLD] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    posture = props.get(f"{{{_FO}}}font-style")
    if posture is not None:
        found[Style.ITALIC] = posture in ("italic", "oblique")
    for attr, style in (("text-underline-style", Style.UNDERLINE),
                        ("text-line-through-style", Style.STRIKE)):
        line = props.get(f"{{{_STYLE}}}{attr}")
        if line is not None:
            found[style] = line != "none"
    position = props.get(f"{{{_STYLE}}}text-position")
    if position is not None:
        rise = position.split()[0]
        raised = rise == "super" or (rise.endswith("%") and not rise.startswith(("-", "0")))
        lowered = rise == "sub" or rise.startswith("-")
        found[Style.SUPERSCRIPT], found[Style.SUBSCRIPT] = raised, lowered
    return found


def _style_looks(*roots: etree._Element | None) -> dict[str, Looks]:
    """Each text style's formatting, with what it inherits from its parent styles."""
    own: dict[str, Looks] = {}
    parents: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(f"{{{_STYLE}}}style"):
            name = st.get(f"{{{_STYLE}}}name")
            if not name or st.get(f"{{{_STYLE}}}family") != "text":
                continue
            props = st.find(f"{{{_STYLE}}}text-properties")
            own[name] = _text_looks(props) if props is not None else {}
            parent = st.get(f"{{{_STYLE}}}parent-style-name")
            if parent:
                parents[name] = parent
    found: dict[str, Looks] = {}
    for name in own:
        chain: list[str] = []
        link: str | None = name
        while link is not None and link in own and link not in chain:
            chain.append(link)
            link = parents.get(link)
        found[name] = {k: v for c in reversed(chain) for k, v in own[c].items()}
    return {name: looks for name, looks in found.items() if looks}


#: a style by its family and name (``("text", "T1")``)
StyleKey = tuple[str, str]


def _symbol_styles(*roots: etree._Element | None) -> dict[StyleKey, bool]:
    """Whether each text and paragraph style that names a font, itself or through its
    parent styles, names the Symbol font: ``style:font-name``, a font face whose
    ``svg:font-family`` is Symbol, or ``fo:font-family``."""
    faces: dict[str, str] = {}
    own: dict[StyleKey, bool] = {}
    parents: dict[StyleKey, StyleKey] = {}
    for root in roots:
        for face in root.iter(f"{{{_STYLE}}}font-face") if root is not None else ():
            faces[face.get(f"{{{_STYLE}}}name", "")] = face.get(f"{{{_SVG}}}font-family", "")
    for root in roots:
        for st in root.iter(f"{{{_STYLE}}}style") if root is not None else ():
            key = (st.get(f"{{{_STYLE}}}family", ""), st.get(f"{{{_STYLE}}}name", ""))
            props = st.find(f"{{{_STYLE}}}text-properties")
            font = props.get(f"{{{_STYLE}}}font-name") if props is not None else None
            family = props.get(f"{{{_FO}}}font-family") if props is not None else None
            if font is not None or family is not None:
                own[key] = is_symbol_font(faces.get(font, font) if font else family)
            parent = st.get(f"{{{_STYLE}}}parent-style-name")
            if parent:
                parents[key] = (key[0], parent)
    found: dict[StyleKey, bool] = {}
    for key in parents.keys() | own.keys():
        seen, cur = {key}, key
        while cur not in own and cur in parents and parents[cur] not in seen:
            cur = parents[cur]
            seen.add(cur)
        if cur in own:
            found[key] = own[cur]
    return found


class TextWalker:
    """Reads ODF text elements (``text:p``, ``text:h``, lists, tables, spans, notes) into
    paragraphs, with the styles of a document's ``content.xml`` and ``styles.xml``: the
    ODT reader's body, and the ODP reader's text boxes (:mod:`.odp`)."""

    def __init__(self, hidden: set[str], titles: set[str],
                 looks: dict[str, Looks] | None = None,
                 symbols: dict[StyleKey, bool] | None = None) -> None:
        self.hidden = hidden
        self.titles = titles
        self.looks = looks or {}
        self.symbols = symbols or {}  # styles that name a font: is it Symbol?
        self.notes: list[tuple[Part, etree._Element]] = []
        self.links: list[str] = []  # where each link open around the text read points

    def blocks(self, el: etree._Element, part: Part, kind: BlockKind = BlockKind.PARAGRAPH
               ) -> Iterator[Para]:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or tag in _SKIP_BLOCK:
                continue
            if tag in (_t("p"), _t("h")):
                if child.get(_t("style-name")) in self.hidden or any(
                        h.get(_t("is-hidden")) == "true"
                        for h in child.iter(_t("hidden-paragraph"))):
                    continue
                out = Styled()
                self.inline(child, out, frozenset(), self.symbols.get(
                    ("paragraph", child.get(_t("style-name"), "")), False))
                text, looks = stripped(out.text(), out.formatting())
                if text:
                    heading = tag == _t("h") or child.get(_t("style-name")) in self.titles
                    yield Para(text, BlockKind.HEADING if heading else kind, part,
                               formatting=looks)
            elif tag == _t("list-item") or tag == _t("list-header"):
                yield from self.blocks(child, part, BlockKind.LIST_ITEM)
            elif tag == f"{{{_TABLE}}}table-cell":
                yield from self.blocks(child, Part.TABLE if part is Part.BODY else part)
            else:  # list, section, table rows, table, soft page break...
                yield from self.blocks(child, part, kind)

    def inline(self, el: etree._Element, out: Styled, looks: frozenset[Style],
               symbol: bool) -> None:
        """The text of ``el`` in ``out``; ``symbol``: it is set in the Symbol font, whose
        codes are read as the characters the font draws (:mod:`.symbolfont`)."""
        href = self.links[-1] if self.links else ""  # where the link around ``el`` points
        if el.text:
            out.add(symbol_text(el.text) if symbol else el.text, looks, href)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""  # comments are removed
            if not tag:
                pass
            elif tag == _t("note"):
                self._note(child)
            elif tag in _SKIP_INLINE or child.get(_t("style-name")) in self.hidden:
                pass
            elif tag == _t("s"):
                out.add(" " * int(child.get(_t("c"), "1") or 1), looks, href)
            elif tag in _SPACES:
                out.add(" ", looks, href)
            elif tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
                pass  # frames, text boxes, shapes
            else:  # span, a, fields (their content is what they display), ruby-base...
                link = tag == _t("a")
                if link:
                    self.links.append(child.get(_HREF, ""))
                self.inline(child, out, self._inner(child, looks), self.symbols.get(
                    ("text", child.get(_t("style-name"), "")), symbol))
                if link:
                    self.links.pop()
            if child.tail:
                out.add(symbol_text(child.tail) if symbol else child.tail, looks, href)

    def _inner(self, child: etree._Element, looks: frozenset[Style]) -> frozenset[Style]:
        """The formatting inside ``child``: its text style's over ``looks``, a link's."""
        said = self.looks.get(child.get(_t("style-name")) or "")
        if said:
            looks = frozenset({*(s for s in looks if s not in said),
                               *(s for s, on in said.items() if on)})
        return looks | {Style.LINK} if child.tag == _t("a") else looks

    def _note(self, note: etree._Element) -> None:
        part = Part.ENDNOTE if note.get(_t("note-class")) == "endnote" else Part.FOOTNOTE
        body = note.find(_t("note-body"))
        if body is not None:
            self.notes.append((part, body))


def _text_walker(content: etree._Element, styles: etree._Element | None) -> TextWalker:
    """A :class:`TextWalker` with the styles ``content.xml`` and ``styles.xml`` define."""
    return TextWalker(_hidden_styles(content, styles), _title_styles(content, styles),
                      _style_looks(styles, content), _symbol_styles(styles, content))


def _is_encrypted(pkg: Package, member: str) -> bool:
    """Does the package's manifest list ``member`` as encrypted (ODF 1.2+, part 3, 3.8:
    a password-protected document keeps its parts encrypted in the zip, each with a
    ``manifest:encryption-data`` element)?"""
    if not pkg.has(_MANIFEST):
        return False
    for entry in pkg.xml(_MANIFEST).iter(f"{{{_MANIFEST_NS}}}file-entry"):
        if entry.get(f"{{{_MANIFEST_NS}}}full-path") == member:
            return entry.find(f"{{{_MANIFEST_NS}}}encryption-data") is not None
    return False


def open_odf(pkg: Package, kind: str
             ) -> tuple[etree._Element, etree._Element | None, TextWalker]:
    """``content.xml``, ``styles.xml`` (None without one) and the :class:`TextWalker`
    of an ODF package (an ODT or ODP: ``kind``); an encrypted one is refused."""
    if _is_encrypted(pkg, "content.xml"):
        raise InputError(f"is a password-protected (encrypted) {kind} document; save a copy "
                         "without the password and read that", path=pkg.name)
    content = pkg.xml("content.xml")
    styles = pkg.xml("styles.xml") if pkg.has("styles.xml") else None
    return content, styles, _text_walker(content, styles)


def odf_document(paras: list[Para], pkg: Package, styles: etree._Element | None, *,
                 lang: str) -> Document:
    """The document of an ODF package's ``paras``, with the language it declares (its
    Asian one for a text mostly in East Asian script, its complex one for a text mostly
    in a right-to-left script)."""
    text = "".join(p.text for p in paras)
    return assemble(paras, lang=lang, name=pkg.name, declared=odt_language(
        _meta_xml(pkg), styles, east_asian=mostly_east_asian(text),
        right_to_left=mostly_right_to_left(text)))


def read_odt(pkg: Package, *, lang: str) -> Document:
    """The document of an ODT package (see the module docstring)."""
    content, styles, walker = open_odf(pkg, "ODT")
    text = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    paras = list(walker.blocks(text, Part.BODY)) if text is not None else []
    notes = list(walker.notes)  # ODF allows no note inside a note
    for wanted in (Part.FOOTNOTE, Part.ENDNOTE):
        for part, body in notes:
            if part is wanted:
                paras.extend(walker.blocks(body, part))
    return odf_document(paras, pkg, styles, lang=lang)


def _meta_xml(pkg: Package) -> etree._Element | None:
    """``meta.xml``, parsed; None when it is missing or broken (the text is still read:
    only the language it may declare is lost)."""
    try:
        return pkg.xml("meta.xml") if pkg.has("meta.xml") else None
    except InputError:
        return None
