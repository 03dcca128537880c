"""Safe XML parsing shared by the TMX, XLIFF and TBX readers.

Every reader parses with no DTD loading, no entity resolution and no network,
and rejects a document type declaration that declares entities: that is
where XXE (external entities that read local files or URLs) and
entity-expansion bombs ("billion laughs") live, and exchange files never
need one.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any, cast

from lxml import etree

from aligner.errors import FormatError, xml_syntax

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
#: The ``xml:lang`` attribute as lxml names it.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

SAFE_PARSE_OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def check_no_entities(root: etree._Element, name: str) -> None:
    """Raise :class:`FormatError` if the document declares any entity."""
    dtd: Any = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FormatError(
            "the document type declaration declares entities; entity declarations are "
            "not allowed (they are how XXE and entity-expansion attacks work)",
            path=name,
            line=_declaration_line(name, source_line(root)),
        )


def _declaration_line(name: str, root_line: int | None) -> int | None:
    """The line of the first ``<!ENTITY`` before the root element (which starts on
    ``root_line``), in UTF-8 or UTF-16; ``root_line`` when it cannot be found."""
    if not root_line:
        return root_line
    try:
        with Path(name).open("rb") as fh:
            head = b"".join(fh.readline() for _ in range(root_line))
    except OSError:
        return root_line
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        at = head.find("<!ENTITY".encode(encoding))
        if at >= 0:
            return head.count("\n".encode(encoding), 0, at) + 1
    return root_line


def syntax_error(exc: etree.XMLSyntaxError, name: str, *,
                 expected: str = "an XML document") -> FormatError:
    """A :class:`FormatError` naming the file, line and column of a parse error --
    or, for a file with no element at all (nothing, spaces, a byte-order mark, an
    XML declaration: :func:`is_empty_xml`), saying it is empty and ``expected``
    something, as no parser position says."""
    if is_empty_xml(name):
        return FormatError(f"empty file, expected {expected}", path=name)
    if (binary := _binary_at(name)) is not None:  # as batch says of a binary document
        return FormatError(f"looks like a binary file (NUL byte), not {expected}",
                           path=name, offset=binary)
    msg, line, column = xml_syntax(exc)
    if line < 1:  # e.g. an empty file: there is no position to point at
        return FormatError(f"not well-formed XML: {msg}", path=name)
    return FormatError(f"not well-formed XML: {msg}", path=name, line=line, column=column)


def _binary_at(name: str) -> int | None:
    """The offset of the first NUL byte of a file that looks binary (a NUL near its start,
    and neither a UTF-16/32 byte-order mark nor UTF-16 text without one); else None."""
    from aligner.fileio import has_nul, utf16_order

    try:
        with Path(name).open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return None
    if (not has_nul(head) or utf16_order(head) is not None
            or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        return None  # (a UTF-32 mark starts with a UTF-16 one)
    return head.index(b"\x00")


_NOTHING = re.compile(r"\s*(?:<\?xml\b[^>]*\?>\s*)?")
_EMPTY_HEAD = 4096  # an empty file with more white space than this is not one


def is_empty_xml(name: str) -> bool:
    """Whether the file holds no XML element: nothing but white space, a byte-order
    mark and an XML declaration (in UTF-8 or UTF-16)."""
    try:
        with Path(name).open("rb") as fh:
            head = fh.read(_EMPTY_HEAD + 1)
    except OSError:
        return False
    if len(head) > _EMPTY_HEAD:
        return False
    encoding = ("utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                else "utf-8-sig")
    text = head.decode(encoding, errors="replace")
    return _NOTHING.fullmatch(text) is not None


def release(el: etree._Element) -> None:
    """Clear a fully processed element and drop the finished siblings before it.

    With ``iterparse`` this keeps memory flat: the tree never holds more than
    the element being read.
    """
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def source_line(el: etree._Element) -> int | None:
    """The line an element starts on (``lxml-stubs`` types ``sourceline`` loosely)."""
    return cast("int | None", el.sourceline)


def text_of(el: etree._Element) -> str:
    """All the text inside ``el``, markup removed."""
    return "".join(str(t) for t in el.itertext())


def indent(el: etree._Element, outer: str, data: Collection[str]) -> None:
    """Indent element-only content below ``el`` (``outer``: the white space before its
    end tag), leaving the elements whose tag is in ``data`` as they are: their text and
    inline elements are the document's (a ``source``, a ``target``)."""
    children = list(el)
    if not children or el.tag in data:
        return
    inner = outer + "  "
    el.text = inner
    for child in children:
        child.tail = inner
        indent(child, inner, data)
    children[-1].tail = outer


def nsmap(mapping: dict[str | None, str]) -> Any:
    """A namespace map with a default (``None``) prefix, which ``lxml-stubs`` rejects."""
    return mapping


_DECLARED = re.compile(
    rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_CHUNK = 1 << 20


def check_declared_encoding(name: str) -> None:
    """Refuse a file that declares a single-byte encoding (ISO-8859-1, windows-1252,
    ...) but whose bytes are UTF-8: every non-ASCII character would be read as two to
    four wrong ones (``¿`` as ``Â¿`` in Latin-1) without a word.  UTF-8 is taken to be meant
    when the whole file decodes as UTF-8 and holds a multi-byte sequence: text really
    in a single-byte encoding almost never does (``é`` alone is not valid UTF-8)."""
    with Path(name).open("rb") as fh:
        head = fh.read(200)
        found = _DECLARED.match(head)
        if found is None:
            return
        declared = found.group(1).decode("ascii")
        try:
            info = codecs.lookup(declared)
        except LookupError:
            return  # libxml2 names an unknown encoding itself
        if info.name in ("utf-8", "utf-16", "utf-32") or not _single_byte(info):
            return
        decoder = codecs.getincrementaldecoder("utf-8")()
        multibyte = False
        chunk = head
        while chunk:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return  # not UTF-8: the declaration may well be right
            multibyte = multibyte or not chunk.isascii()
            chunk = fh.read(_CHUNK)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return
    if multibyte:
        raise FormatError(f'declares encoding="{declared}" but its bytes are UTF-8 (read so, '
                          "each non-ASCII character would come out as two to four wrong "
                          'ones): declare encoding="UTF-8" in its first line', path=name, line=1)


def _single_byte(info: codecs.CodecInfo) -> bool:
    """Whether the codec maps each byte to one character (Latin-1, cp1252, KOI8-R, ...)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(info.name, errors="replace")) == 0x80
    except (LookupError, ValueError):
        return False
