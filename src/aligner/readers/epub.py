"""EPUB reader (EPUB 2 and 3): the chapters in spine order through the HTML reader.

The package document (found through ``META-INF/container.xml``) lists the chapters
in reading order (its spine); each XHTML chapter is read by
:mod:`aligner.readers.html` (the same blocks, chrome rules and safety), and the
chapters' paragraphs follow one another.  Left out: the navigation document
(EPUB 3 ``nav``), the NCX table of contents (EPUB 2), and the documents the book
itself calls its cover, title page or table of contents (EPUB 2 ``guide``, EPUB 3
``landmarks``), as are sections so marked inside a chapter (``epub:type``).  Kept
where they stand but read as the part front matter: the documents and sections the
book marks as being about the edition rather than the work (``_EDITION``: copyright
page, colophon, imprint, dedication, acknowledgments, ...), so a check and an export
can tell them from the text.
Notes are read after all chapters as parts ``footnote``/``endnote`` and their
reference marks and back links are left out of the text: notes marked as such
(``epub:type`` footnote/endnote, ARIA ``doc-footnote``, ``doc-endnote``, marks
typed ``noteref``: :mod:`aligner.readers.notes`, as in HTML), and where a book does
not type them (EPUB 2), the element of
the same chapter that a link whose text is a note mark (``1``, ``*``, ``iv``)
points to.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urldefrag

from lxml import etree

from aligner.errors import InputError
from aligner.model import Document, Part
from aligner.readers.assemble import Para, assemble
from aligner.readers.container import Package, check_no_dtd
from aligner.readers.declared import epub_language
from aligner.readers.html import html_paras, note_paras, parse_html, take_note_paras
from aligner.readers.notes import remove, types

_OPF = "http://www.idpf.org/2007/opf"
_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_HTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
_FRONT = frozenset({"cover", "titlepage", "title-page", "toc", "landmarks", "page-list"})
# What a book marks as being about the edition rather than the work -- EPUB 3 structural
# semantics, their EPUB 2 guide spellings and DPUB-ARIA roles: read as the part front
# matter.  Left in the body: epigraph, foreword, preface, introduction and prologue,
# which may be the author's (a translation translates them) as well as the translator's.
_EDITION = frozenset({
    "copyright-page", "colophon", "imprint", "imprimatur", "dedication", "acknowledgments",
    "acknowledgements", "errata", "seriespage", "contributors", "other-credits",
    "doc-colophon", "doc-dedication", "doc-acknowledgments", "doc-credits", "doc-errata"})
# The end of an XHTML chapter: its root's end tag, then only space or comments.
_HTML_END = re.compile(r"</(?:[\w.-]+:)?html\s*>(?:\s|<!--.*?-->)*\Z", re.IGNORECASE | re.DOTALL)
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _rootfile(pkg: Package) -> str:
    container = pkg.xml("META-INF/container.xml")
    for rf in container.iter(f"{{{_CONTAINER}}}rootfile"):
        if rf.get("media-type", "application/oebps-package+xml") == \
                "application/oebps-package+xml" and rf.get("full-path"):
            return str(rf.get("full-path"))
    raise InputError("META-INF/container.xml names no package document", path=pkg.name)


def _decode(data: bytes, where: str, name: str) -> str:
    m = _ENCODING.match(data)
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"{where} cannot be decoded: {exc}", path=name) from None


def _chapter(pkg: Package, member: str, *, xhtml: bool = False) -> etree._Element | None:
    """A content document parsed by the HTML reader; with ``xhtml`` (a spine chapter of
    type ``application/xhtml+xml``) one cut off inside its text or a tag -- without its
    ``</html>``, and not ending with a tag -- is refused.  One that ends with a tag but
    lacks only its last end tags (``</body></html>``) has all its text and is read."""
    data = pkg.read(member)
    where = f"member {member}"
    check_no_dtd(data, where=where, name=pkg.name)
    source = _decode(data, where, pkg.name)
    if (xhtml and source.strip() and not _HTML_END.search(source)
            and not source.rstrip().endswith(">")):
        # The HTML parser recovers broken markup (as for any web page), and so would read
        # a cut-off chapter up to the cut without a word; an XHTML chapter, which is XML,
        # ends with its root element's end tag.
        line = source.count("\n") + 1
        column = len(source) - (source.rfind("\n") + 1) + 1
        raise InputError(f"{where} ends at line {line}, column {column} before its </html> "
                         "(cut off?): the chapter would be read only in part", path=pkg.name)
    return parse_html(source, name=pkg.name)


def _front_matter(pkg: Package, opf: etree._Element, base: str,
                  items: dict[str, tuple[str, str, str]]) -> tuple[set[str], set[str]]:
    """Members the book calls its cover, title page or contents, and members it calls
    front matter about the edition (``_EDITION``), by its guide and landmarks."""
    left_out = {href for href, media, props in items.values()
                if "nav" in props.split() or media == "application/x-dtbncx+xml"}
    edition: set[str] = set()
    for ref in opf.iter(f"{{{_OPF}}}reference"):
        kind = ref.get("type", "").lower()
        if kind in _FRONT | _EDITION:
            (left_out if kind in _FRONT else edition).add(_resolve(base, ref.get("href", "")))
    for href, _media, props in items.values():
        if "nav" not in props.split():
            continue
        nav = _chapter(pkg, href)
        if nav is None:
            continue
        for a in nav.iter("a"):
            if a.get("href") and types(a) & (_FRONT | _EDITION):
                target = _resolve(posixpath.dirname(href), str(a.get("href")))
                (left_out if types(a) & _FRONT else edition).add(target)
    return left_out, edition - left_out


def _resolve(base: str, href: str) -> str:
    path = unquote(urldefrag(href)[0])
    return posixpath.normpath(posixpath.join(base, path)) if path else ""


def read_epub(pkg: Package, *, lang: str) -> Document:
    """The document of an EPUB package (see the module docstring)."""
    opf_path = _rootfile(pkg)
    opf = pkg.xml(opf_path)
    base = posixpath.dirname(opf_path)
    items: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter(f"{{{_OPF}}}item"):
        items[item.get("id", "")] = (_resolve(base, item.get("href", "")),
                                     item.get("media-type", ""), item.get("properties", ""))
    left_out, edition = _front_matter(pkg, opf, base, items)
    body: list[Para] = []
    notes: list[Para] = []
    for href, media in _spine(opf, items, left_out, f"member {opf_path}", pkg.name):
        root = _chapter(pkg, href, xhtml=media == "application/xhtml+xml")
        if root is None:
            continue
        notes.extend(take_note_paras(root, drop=_FRONT))
        notes.extend(_linked_notes(root))
        body.extend(html_paras(root, Part.FRONT_MATTER if href in edition else Part.BODY,
                               front=_EDITION))
    notes.sort(key=lambda p: p.part is Part.ENDNOTE)  # footnotes, then endnotes
    return assemble(body + notes, lang=lang, name=pkg.name, declared=epub_language(opf))


def _spine(opf: etree._Element, items: dict[str, tuple[str, str, str]], left_out: set[str],
           where: str, name: str) -> list[tuple[str, str]]:
    """The member and media type of each chapter to read (an HTML document that is no
    front matter, ``left_out``), in reading order.  A package without a spine, or whose
    spine names no item its manifest has, is broken: said so, not read as a book
    without text.  An itemref naming no item beside chapters that are there is passed
    over, as reading systems do (the book is read without it)."""
    spine = opf.find(f"{{{_OPF}}}spine")
    if spine is None:
        raise InputError(f"{where} has no <spine> (the list of chapters in reading "
                         "order): no chapter to read", path=name)
    chapters: list[tuple[str, str]] = []
    dangling: etree._Element | None = None
    for ref in spine.iter(f"{{{_OPF}}}itemref"):
        idref = ref.get("idref", "")
        if idref not in items:
            dangling = dangling if dangling is not None else ref
            continue
        href, media, _props = items[idref]
        if href and media in _HTML_TYPES and href not in left_out:
            chapters.append((href, media))
    if not chapters and dangling is not None:
        raise InputError(f"{where} (line {dangling.sourceline}): the spine's itemref "
                         f"idref={dangling.get('idref', '')!r} names no item of the manifest",
                         path=name)
    if next(spine.iter(f"{{{_OPF}}}itemref"), None) is None:
        raise InputError(f"{where} has an empty <spine> (the list of chapters in reading "
                         "order): no chapter to read", path=name)
    return chapters


_MARK = re.compile(r"[\[(]?(?:\d{1,3}|[*†‡§¶]{1,3}|[ivxlc]{1,5})[\])]?")


def _linked_notes(root: etree._Element) -> list[Para]:
    """Notes found by their marks where the book does not type them (EPUB 2): a link
    whose text is a note mark (``1``, ``*``, ``iv``) to an element of the same chapter
    makes that element (or the block holding an empty anchor) a footnote."""
    ids = {str(e.get("id")): e for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    refs: list[etree._Element] = []
    notes: list[etree._Element] = []
    for a in root.iter("a"):
        href = a.get("href", "")
        found = ids.get(href[1:]) if href.startswith("#") else None
        if found is None or not _MARK.fullmatch(_text(a)):
            continue
        target: etree._Element = found
        while not _text(target) and (parent := target.getparent()) is not None:
            target = parent  # an empty anchor: its block is the note
        if any(target is n or n in target.iterancestors() for n in notes):
            continue
        if any(a is e for e in target.iter("a")):
            continue  # a mark inside its own target is a back link
        refs.append(a)
        notes.append(target)
    back = {str(a.get("id")) for a in refs if a.get("id")}
    for a in refs:
        holder = a.getparent()
        remove(holder if holder is not None and holder.tag == "sup"
               and len(holder) == 1 and not (holder.text or "").strip() else a)
    paras: list[Para] = []
    for found in notes:
        note = remove(found)
        for link in list(note.iter("a")):
            if link.get("href", "").lstrip("#") in back:
                remove(link)
        paras.extend(note_paras(note, Part.FOOTNOTE))
    return paras


def _text(el: etree._Element) -> str:
    return "".join(str(t) for t in el.itertext()).strip()
