"""How a fresh TMX unit writes the inline codes of a unit read from an XLIFF or a memory
(:mod:`aligner.formats.tmx_keep`): TMX 1.4b ``bpt``/``ept``/``ph``/``it`` with their
native code, numbered within the unit, and the ``type`` (a ``ph``'s ``assoc`` too) the
code was read with (from a TMX, or an XLIFF 1.2 ``ctype``); ``ept`` has none in TMX.
XLIFF 2's attributes are XLIFF 2's own (:data:`~aligner.model.CODE_ATTRIBUTES`)."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from aligner.formats.xliff_inline import Emit, Written
from aligner.formats.xmlchars import XmlCleaner


def code_numbers(codes: tuple[list[Written], list[Written]]) -> dict[str, str]:
    """Each code id of a unit -> the number TMX names it by (``i`` and ``x`` are
    integers in TMX 1.4b; an id read from an XLIFF may be any token)."""
    numbers: dict[str, str] = {}
    for side in codes:
        for code in side:
            numbers.setdefault(code.id, str(len(numbers) + 1))
    return numbers


def emitter(numbers: dict[str, str], clean: XmlCleaner) -> Emit:
    """How a unit read from an XLIFF writes its codes in TMX: a pair as ``bpt``/``ept``,
    a standalone code as ``ph``, a code open or closed alone as ``it``, each with its
    native code and the same ``x`` on both sides (so a CAT tool pairs them)."""

    def emit(code: Written, side: Sequence[Written]) -> tuple[etree._Element, bool]:
        n = numbers[code.id]
        native = clean(code.tag.code)
        said = dict(code.tag.attributes)
        kept: dict[str, str] = {name: clean(said[name]) for name in ("type", "assoc")
                                if name in said}
        if code.role in ("pc", "sc"):
            return element("bpt", native, i=n, x=n, **_only(kept, "type")), False
        if code.role in ("/pc", "ec"):
            return element("ept", native, i=n), False
        if code.role == "ph":
            return element("ph", native, x=n, **_only(kept, "assoc", "type")), False
        return element("it", native, pos="begin" if code.role == "open" else "end",
                        x=n, **_only(kept, "type")), False

    return emit


def _only(attributes: dict[str, str], *names: str) -> dict[str, str]:
    return {name: attributes[name] for name in names if name in attributes}


def element(tag: str, text: str, **attrib: str) -> etree._Element:
    el = etree.Element(tag, attrib)
    el.text = text or None
    return el
