"""XLIFF 2.1 writer.

One ``unit`` per exported bead with a single ``segment state="translated"`` (``reviewed``
for a bead a person confirmed or edited; ``initial``, a ``source`` and no ``target``, for
a source sentence left untranslated, written only when asked: ``untranslated``);
the bead's properties (score, documents, sentence numbers) go in the
Metadata module (``mda:metadata``) of the unit (none for a unit without
properties: a ``metaGroup`` holds at least one ``meta``), and the tool version and
settings in the ``mda:metadata`` of the ``file``.

The findings of the checks an export notes (``aligner export --note-flagged``: a bead's
:attr:`~aligner.model.Bead.findings`) are the unit's ``notes``, one ``note`` each, its
``category`` the check's code (:mod:`aligner.formats.finding_notes`).

A unit whose source is code alone, as its document marks it (a line of a Markdown code
block, a table cell that is inline code alone: :func:`~aligner.formats.formatting.code_only`),
has ``translate="no"``: XLIFF 2's core attribute for content not to be translated, so
a vendor's tool locks it (its target is the document's, as for any unit).

Whitespace: ``xml:space="preserve"`` is set on every ``unit``, so consumers must
keep ``source``/``target`` text exactly as written; a carriage return is
written as ``&#13;``.  Characters that XML 1.0 forbids are removed and counted.

Inline codes keep the XLIFF 2 attributes they were read with, or the ``type`` and
``subType`` their TMX or XLIFF 1.2 type says (:mod:`aligner.formats.code_attributes`);
what has no counterpart (``assoc``, a TMX ``font``) is counted, for one warning
(``WriteReport.dropped``).

The reader is :mod:`aligner.formats.xliff_read`; its functions are here too.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import IO, Any

from lxml import etree

from aligner.errors import FormatError
from aligner.fileio import atomic_write
from aligner.formats._xml import XML_DECLARATION, indent, nsmap
from aligner.formats.code_attributes import CodeLosses, same_type, xliff2_attributes
from aligner.formats.finding_notes import FindingNotes, priority
from aligner.formats.units import (
    PROP_REVIEWED,
    ExportRow,
    WriteReport,
    document_names,
    export_rows,
    signature,
    tmx_date,
)
from aligner.formats.xliff_inline import Written, fill, plan_unit
from aligner.formats.xliff_read import MDA, NS, iter_xliff, load_xliff, read_xliff
from aligner.formats.xmlchars import XmlCleaner
from aligner.model import Alignment, Finding, InlineTag

__all__ = ["MDA", "NS", "iter_xliff", "load_xliff", "read_xliff", "write_xliff",
           "write_xliff_documents"]

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_X = f"{{{NS}}}"
_M = f"{{{MDA}}}"
_NSMAP = nsmap({None: NS, "mda": MDA})
# Elements whose text is data, not indented: the document's text and the values.
_DATA = frozenset({f"{_X}source", f"{_X}target", f"{_X}data", f"{_X}note", f"{_M}meta"})
# What XML 1.0 forbids (units.clean_xml_text), one character at a time, kept by split.
_ILLEGAL_SPLIT = re.compile("([^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff])")


def write_xliff(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write the aligned beads of ``alignment`` as an XLIFF 2.1 document."""
    with atomic_write(path, binary=True) as fh:
        return _write([(None, alignment)], fh, min_score=min_score,
                      creation_date=creation_date, reviewed_only=reviewed_only,
                      untranslated=untranslated)


def write_xliff_documents(
    documents: Iterable[tuple[str | None, Alignment]],
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write named alignments of one language pair (a collection's documents, read one
    at a time) as one XLIFF 2.1 document: one ``file`` per document, its name (when
    not None) in the file's metadata (``document``); memory holds one document at a
    time."""
    with atomic_write(path, binary=True) as fh:
        return _write(documents, fh, min_score=min_score, creation_date=creation_date,
                      reviewed_only=reviewed_only, untranslated=untranslated)


def _write(
    documents: Iterable[tuple[str | None, Alignment]], fh: IO[Any], *, min_score: float,
    creation_date: datetime | None, reviewed_only: bool, untranslated: bool,
) -> WriteReport:
    written = weak = 0
    clean = XmlCleaner()
    losses = CodeLosses()
    notes = FindingNotes()

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
                    indent(meta, "\n    ", _DATA)
                    xf.write("\n    ", meta)
                    for row in export_rows(alignment, min_score=min_score,
                                           reviewed_only=reviewed_only, codes=True,
                                           untranslated=untranslated):
                        if row is None:
                            weak += 1
                            continue
                        attrib = {"id": f"u{row.number}", XML_SPACE: "preserve"}
                        if row.code_only:  # XLIFF 2 core: nothing in it to translate
                            attrib["translate"] = "no"
                        unit = etree.Element(f"{_X}unit", attrib, nsmap=_NSMAP)
                        if row.props:  # a metaGroup holds one meta or more (XLIFF 2.1 mda)
                            unit.append(_metadata("aligner", {k: clean(v)
                                                              for k, v in row.props.items()}))
                        _notes(unit, row.bead.findings, notes, clean)
                        _segment(unit, row, clean, losses)
                        indent(unit, "\n    ", _DATA)
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
                       removed_kinds=clean.kinds, dropped=losses.messages("XLIFF 2"),
                       notes=notes.written)


def _notes(unit: etree._Element, findings: tuple[Finding, ...], notes: FindingNotes,
           clean: XmlCleaner) -> None:
    """The unit's findings as XLIFF 2 ``notes`` (after the module's metadata, before
    ``originalData``: the order of the core schema), each note's ``category`` its
    check's code (:mod:`aligner.formats.finding_notes`)."""
    written = list(notes(findings))
    if not written:
        return
    group = etree.SubElement(unit, f"{_X}notes")
    for finding, text in written:
        etree.SubElement(group, f"{_X}note", category=clean(finding.code),
                         priority=priority(finding)).text = clean(text)


def _segment(unit: etree._Element, row: ExportRow, clean: XmlCleaner,
             losses: CodeLosses) -> None:
    """The unit's segment, its codes as XLIFF 2 inline elements, their native code in
    the unit's ``originalData`` (:mod:`aligner.formats.xliff_inline`)."""
    src_codes, tgt_codes = plan_unit(row.source, row.src_tags, row.target, row.tgt_tags)
    data: dict[str, str] = {}  # native code -> its data id
    taken = {c.id for c in (*src_codes, *tgt_codes)}

    def ref(code: str) -> dict[str, str]:
        if not code:
            return {}
        if code not in data:
            n = len(data) + 1
            while f"d{n}" in taken:
                n += 1
            data[code] = f"d{n}"
            taken.add(data[code])
        return {"ref": data[code]}

    def emit(code: Written, side: Sequence[Written]) -> tuple[etree._Element, bool] | None:
        if code.role == "/pc":  # its data was named with its start
            return None
        native = ref(code.tag.code).get("ref")
        attrib: dict[str, str]
        if code.role == "ph":
            name, attrib = "ph", {"id": code.id}
            if native:
                attrib["dataRef"] = native
        elif code.role == "pc":
            name, attrib = "pc", {"id": code.id}
            assert code.partner is not None
            end = ref(side[code.partner].tag.code).get("ref")
            if native:
                attrib["dataRefStart"] = native
            if end:
                attrib["dataRefEnd"] = end
        elif code.role in ("sc", "open"):
            name, attrib = "sc", {"id": code.id}
            if code.role == "open":
                attrib["isolated"] = "yes"
            if native:
                attrib["dataRef"] = native
        else:  # ec, close
            name = "ec"
            attrib = ({"startRef": code.id} if code.role == "ec"
                      else {"id": code.id, "isolated": "yes"})
            if native:
                attrib["dataRef"] = native
        attrib.update({name: clean(value) for name, value in _said(code, side).items()})
        losses.left_out(code.tag, _kept(code.tag))
        if code.role == "pc":
            assert code.partner is not None
            losses.left_out(side[code.partner].tag, _kept(side[code.partner].tag))
        return etree.Element(f"{_X}{name}", attrib, nsmap=_NSMAP), name == "pc"

    # a bead a person confirmed or edited in aligner review has been reviewed: the
    # state XLIFF 2 has for it (CAT tools show it as such; the x-reviewed meta says how);
    # a source left untranslated (export --untranslated) is "initial", with no target
    # (optional in XLIFF 2), for the translator to fill in
    state = ("initial" if row.bead.is_null else
             "reviewed" if PROP_REVIEWED in row.props else "translated")
    segment = etree.Element(f"{_X}segment", state=state, nsmap=_NSMAP)
    for name, text, codes in (("source", row.source, src_codes),
                              ("target", row.target, tgt_codes)):
        if name == "target" and row.bead.is_null:
            break
        fill(etree.SubElement(segment, f"{_X}{name}"), text, codes, emit, clean)
    if data:
        original = etree.SubElement(unit, f"{_X}originalData")
        for code, data_id in data.items():
            _data(etree.SubElement(original, f"{_X}data", id=data_id), code, clean)
    unit.append(segment)


def _said(code: Written, side: Sequence[Written]) -> dict[str, str]:
    """The XLIFF 2 attributes a code was read with (``xliff2:type``, ...; or the type
    of its TMX or XLIFF 1.2 type: :func:`~aligner.formats.code_attributes.xliff2_attributes`),
    as its element takes them: a ``pc``'s ``equiv``/``disp`` from each end
    (``equivStart``, ``equivEnd``), an ``ec`` that ends an ``sc`` only its own ``equiv``
    and ``disp`` (its type is the ``sc``'s)."""
    own = xliff2_attributes(code.tag)
    if code.role == "pc":
        assert code.partner is not None
        end = xliff2_attributes(side[code.partner].tag)
        return {**{name: own[name] for name in ("type", "subType") if name in own},
                **{f"{name}{which}": said[name] for which, said in (("Start", own),
                                                                     ("End", end))
                   for name in ("equiv", "disp") if name in said}}
    if code.role == "ec":
        return {name: own[name] for name in ("equiv", "disp") if name in own}
    return {name: own[name] for name in ("type", "subType", "equiv", "disp") if name in own}


def _kept(tag: InlineTag) -> set[str]:
    """What of ``tag``'s attributes XLIFF 2 writes: its own, and a TMX type it has one
    for (the code's own XLIFF 2 type, when it has one, is written instead)."""
    kept = {name for name, _ in tag.attributes if name.startswith("xliff2:")}
    if same_type(tag):
        kept.add("type")
    return kept


def _data(el: etree._Element, code: str, clean: XmlCleaner) -> None:
    """A native code into ``data``: a character XML forbids as the ``<cp hex>`` XLIFF 2
    has for it (a lone surrogate, no character, is removed and counted)."""
    for k, part in enumerate(_ILLEGAL_SPLIT.split(code)):
        if k % 2 and not "\ud800" <= part <= "\udfff":
            etree.SubElement(el, f"{_X}cp", hex=f"{ord(part):04X}")
        elif part and len(el):
            el[-1].tail = (el[-1].tail or "") + clean(part)
        elif part:
            el.text = (el.text or "") + clean(part)


def _metadata(category: str, values: dict[str, str]) -> etree._Element:
    meta = etree.Element(f"{_M}metadata", nsmap=_NSMAP)
    group = etree.SubElement(meta, f"{_M}metaGroup", category=category)
    for key, value in values.items():
        etree.SubElement(group, f"{_M}meta", type=key).text = value
    return meta
