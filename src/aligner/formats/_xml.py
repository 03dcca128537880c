"""Safe XML parsing shared by the TMX, XLIFF and TBX readers.

Every reader parses with no DTD loading, no entity resolution and no network,
and rejects a document type declaration that declares entities: that is
where XXE (external entities that read local files or URLs) and
entity-expansion bombs ("billion laughs") live, and exchange files never
need one.
"""

from __future__ import annotations

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


def syntax_error(exc: etree.XMLSyntaxError, name: str) -> FormatError:
    """A :class:`FormatError` naming the file, line and column of a parse error."""
    msg, line, column = xml_syntax(exc)
    if line < 1:  # e.g. an empty file: there is no position to point at
        return FormatError(f"not well-formed XML: {msg}", path=name)
    return FormatError(f"not well-formed XML: {msg}", path=name, line=line, column=column)


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


def nsmap(mapping: dict[str | None, str]) -> Any:
    """A namespace map with a default (``None``) prefix, which ``lxml-stubs`` rejects."""
    return mapping
