"""How a fresh TMX unit writes the inline codes of a unit read from an XLIFF or a memory
(:mod:`aligner.formats.tmx_keep`): TMX 1.4b ``bpt``/``ept``/``ph``/``it`` with their
native code, numbered within the unit, and the ``type`` (a ``ph``'s ``assoc`` too) the
code was read with (from a TMX, or an XLIFF 1.2 ``ctype``; or of its XLIFF 2 type, where
TMX has one: :mod:`aligner.formats.code_attributes`); ``ept`` has none in TMX.  XLIFF
2's ``equiv`` and ``disp`` have no counterpart: the export warns of them."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from aligner.formats.code_attributes import CodeLosses, tmx_type
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


def emitter(numbers: dict[str, str], clean: XmlCleaner, losses: CodeLosses) -> Emit:
    """How a unit read from an XLIFF writes its codes in TMX: a pair as ``bpt``/``ept``,
    a standalone code as ``ph``, a code open or closed alone as ``it``, each with its
    native code and the same ``x`` on both sides (so a CAT tool pairs them); what TMX
    has no attribute for is counted in ``losses``."""

    def emit(code: Written, side: Sequence[Written]) -> tuple[etree._Element, bool]:
        el = _element(code, numbers[code.id], clean)
        said = {name for name, _ in code.tag.attributes}
        kept = {"assoc"} if el.get("assoc") is not None else set()
        if el.get("type") is not None:
            kept |= {"type"} if "type" in said else {"xliff2:type", "xliff2:subType"}
        losses.left_out(code.tag, kept)
        return el, False

    return emit


def _element(code: Written, n: str, clean: XmlCleaner) -> etree._Element:
    """The TMX element of ``code``, numbered ``n``, with its type (its own, or the one
    of its XLIFF 2 type: :func:`~aligner.formats.code_attributes.tmx_type`) and a
    ``ph``'s ``assoc``."""
    native = clean(code.tag.code)
    said = dict(code.tag.attributes)
    kind = tmx_type(code.tag)
    kept = {"type": clean(kind)} if kind is not None else {}
    if "assoc" in said:
        kept["assoc"] = clean(said["assoc"])
    if code.role in ("pc", "sc"):
        return element("bpt", native, i=n, x=n, **_only(kept, "type"))
    if code.role in ("/pc", "ec"):
        return element("ept", native, i=n)
    if code.role == "ph":
        return element("ph", native, x=n, **_only(kept, "assoc", "type"))
    return element("it", native, pos="begin" if code.role == "open" else "end",
                   x=n, **_only(kept, "type"))


def _only(attributes: dict[str, str], *names: str) -> dict[str, str]:
    return {name: attributes[name] for name in names if name in attributes}


def element(tag: str, text: str, **attrib: str) -> etree._Element:
    el = etree.Element(tag, attrib)
    el.text = text or None
    return el
