"""XLIFF 2.1 writer.

One ``unit`` per exported bead with a single ``segment state="translated"``;
the bead's properties (score, documents, sentence numbers) go in the
Metadata module (``mda:metadata``) of the unit (none for a unit without
properties: a ``metaGroup`` holds at least one ``meta``), and the tool version and
settings in the ``mda:metadata`` of the ``file``.

Whitespace: ``xml:space="preserve"`` is set on every ``unit``, so consumers must
keep ``source``/``target`` text exactly as written; a carriage return is
written as ``&#13;``.  Characters that XML 1.0 forbids are removed and counted.

The reader is :mod:`aligner.formats.xliff_read`; its functions are here too.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any

from lxml import etree

from aligner.errors import FormatError
from aligner.fileio import atomic_write
from aligner.formats._xml import XML_DECLARATION, nsmap
from aligner.formats.units import (
    WriteReport,
    XmlCleaner,
    document_names,
    export_rows,
    signature,
    tmx_date,
)
from aligner.formats.xliff_read import MDA, NS, iter_xliff, load_xliff, read_xliff
from aligner.model import Alignment

__all__ = ["MDA", "NS", "iter_xliff", "load_xliff", "read_xliff", "write_xliff",
           "write_xliff_documents"]

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_X = f"{{{NS}}}"
_M = f"{{{MDA}}}"
_NSMAP = nsmap({None: NS, "mda": MDA})


def write_xliff(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write the aligned beads of ``alignment`` as an XLIFF 2.1 document."""
    with atomic_write(path, binary=True) as fh:
        return _write([(None, alignment)], fh, min_score=min_score,
                      creation_date=creation_date, reviewed_only=reviewed_only)


def write_xliff_documents(
    documents: Iterable[tuple[str | None, Alignment]],
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write named alignments of one language pair (a collection's documents, read one
    at a time) as one XLIFF 2.1 document: one ``file`` per document, its name (when
    not None) in the file's metadata (``document``); memory holds one document at a
    time."""
    with atomic_write(path, binary=True) as fh:
        return _write(documents, fh, min_score=min_score, creation_date=creation_date,
                      reviewed_only=reviewed_only)


def _write(
    documents: Iterable[tuple[str | None, Alignment]], fh: IO[Any], *, min_score: float,
    creation_date: datetime | None, reviewed_only: bool,
) -> WriteReport:
    written = weak = 0
    clean = XmlCleaner()

    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        raise FormatError("nothing to write: no document", path=getattr(fh, "name", "XLIFF"))
    fh.write(XML_DECLARATION)
    with etree.xmlfile(fh, encoding="UTF-8") as xf:
        root_attrib = {
            "version": "2.1",
            "srcLang": first[1].src_lang,
            "trgLang": first[1].tgt_lang,
        }
        with xf.element(f"{_X}xliff", root_attrib, nsmap=_NSMAP):
            for number, (document, alignment) in enumerate(itertools.chain([first], stream), 1):
                xf.write("\n  ")
                in_file = 0
                # a document named, never the file units were read from (document_names)
                src_doc, tgt_doc = document_names(alignment)
                names = {"original": clean(src_doc)} if src_doc else {}
                with xf.element(f"{_X}file", id=f"f{number}", **names):
                    values = {
                        "signature": clean(signature(alignment)),
                        "created": tmx_date(creation_date),
                    }
                    if tgt_doc:
                        values["target-document"] = clean(tgt_doc)
                    if document is not None:
                        values["document"] = clean(document)
                    meta = _metadata("aligner", values)
                    _indent(meta, "\n    ")
                    xf.write("\n    ", meta)
                    for row in export_rows(alignment, min_score=min_score,
                                           reviewed_only=reviewed_only):
                        if row is None:
                            weak += 1
                            continue
                        unit = etree.Element(
                            f"{_X}unit", {"id": f"u{row.number}", XML_SPACE: "preserve"},
                            nsmap=_NSMAP,
                        )
                        if row.props:  # a metaGroup holds one meta or more (XLIFF 2.1 mda)
                            unit.append(_metadata("aligner", {k: clean(v)
                                                              for k, v in row.props.items()}))
                        segment = etree.SubElement(unit, f"{_X}segment", state="translated")
                        etree.SubElement(segment, f"{_X}source").text = clean(row.source)
                        etree.SubElement(segment, f"{_X}target").text = clean(row.target)
                        _indent(unit, "\n    ")
                        xf.write("\n    ", unit)
                        in_file += 1
                    if in_file == 0:
                        # A file needs at least one unit or group; an empty group is valid.
                        xf.write("\n    ", etree.Element(f"{_X}group", id="empty",
                                                         nsmap=_NSMAP))
                    xf.write("\n  ")
                written += in_file
            xf.write("\n")
    fh.write(b"\n")
    return WriteReport(units_written=written, chars_removed=clean.removed, below_min_score=weak,
                       removed_kinds=clean.kinds)


def _metadata(category: str, values: dict[str, str]) -> etree._Element:
    meta = etree.Element(f"{_M}metadata", nsmap=_NSMAP)
    group = etree.SubElement(meta, f"{_M}metaGroup", category=category)
    for key, value in values.items():
        etree.SubElement(group, f"{_M}meta", type=key).text = value
    return meta


def _indent(el: etree._Element, outer: str) -> None:
    """Indent element-only content; ``source``/``target`` text is data and stays."""
    children = list(el)
    if not children or el.tag in (f"{_X}source", f"{_X}target", f"{_M}meta"):
        return
    inner = outer + "  "
    el.text = inner
    for child in children:
        child.tail = inner
        _indent(child, inner)
    children[-1].tail = outer
