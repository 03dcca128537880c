"""XLIFF 1.2 writer: the version OmegaT 3.6 and translate-toolkit's ``xliff2po`` read,
with most CAT tools of their generation (``aligner export --format xliff12``; XLIFF
2.1 is :mod:`.xliff`).

- ``<xliff version="1.2">`` in the 1.2 namespace; one ``<file>`` per document
  (``original`` the source document, ``""`` when the units named none -- the
  attribute is required, and the file they were read from is no document of theirs;
  ``source-language``, ``target-language``, ``datatype="plaintext"``, ``date``,
  ``tool-id``); its ``<header>`` names the tool (``<tool>``) and holds the signature
  (a ``<note from="aligner">``).
- One ``<trans-unit id="uN" xml:space="preserve">`` per exported bead with
  ``<source>`` and ``<target state=...>``: ``translated``, or ``signed-off`` with
  ``approved="yes"`` on the unit for a bead a person confirmed or edited in ``aligner
  review`` -- 1.2's ``signed-off`` is "changes reviewed and approved" and
  ``approved`` "has passed its final review"; XLIFF 1.2 has no state between.
- A unit whose source is code alone, as its document marks it (a line of a Markdown
  code block, a table cell that is inline code alone:
  :func:`~aligner.formats.formatting.code_only`), has ``translate="no"`` on its
  ``trans-unit``: 1.2's attribute for a unit not to be translated.
- The bead's properties go in a ``<context-group name="aligner"
  purpose="information">`` of the unit, one ``<context context-type="x-score">``
  each (1.2 lets a ``context-type`` be any ``x-`` name, and every property type is
  one; ``prop-group`` is deprecated since 1.1, and ``note`` is for the translator);
  a collection's document name too (``x-document``).
- The findings of the checks an export notes (``aligner export --note-flagged``: a
  bead's :attr:`~aligner.model.Bead.findings`) are ``<note from="aligner"
  priority="N">`` elements of the unit, after its ``target``
  (:mod:`aligner.formats.finding_notes`): what a translator is given to read.
- A source sentence left untranslated (a 1-0 bead), written only when asked
  (``untranslated``: ``aligner export --untranslated``), is a ``trans-unit`` with its
  ``source`` and an empty ``<target state="needs-translation"/>``: 1.2's state for "needs
  to be translated", which our reader and translate-toolkit take for a unit still to
  translate.  OmegaT 3.6's XLIFF filter translates the text of each ``target`` (a copy
  of the source, for the files it expects), so it passes such a unit over, and keeps it
  as it is in the file it writes (``tests/formats/test_omegat.py``).
- Inline codes are written as 1.2 elements with their native code
  (:mod:`aligner.formats.xliff_inline`), and the TMX ``type`` a code was read with
  (or the ``ctype`` of an XLIFF 1.2, or the one an XLIFF 2 type says:
  :mod:`aligner.formats.code_attributes`) as its ``ctype`` where 1.2 has the value for
  that element -- ``bold``, ``italic``, ``underlined`` (TMX's ``ulined``), ``link`` on a
  ``g``, ``bx``, ``bpt`` or ``it``; ``image``, ``pb``, ``lb`` on an ``x`` or ``ph``; a
  user-defined ``x-...`` on any of them -- and a ``ph``'s ``assoc``; ``ept`` and ``ex``
  have no ``ctype``, and another TMX type (``font``, ``fnote``, ...) none in 1.2:
  what a code loses so the export counts, in one warning (``WriteReport.dropped``).

The reader (:mod:`aligner.formats.xliff12_read`) gives back the same units,
properties and codes.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import IO, Any

from lxml import etree

from aligner import __version__
from aligner.errors import FormatError
from aligner.fileio import atomic_write
from aligner.formats._xml import XML_DECLARATION, indent, nsmap
from aligner.formats.code_attributes import CodeLosses, tmx_type
from aligner.formats.finding_notes import NOTE_FROM, FindingNotes, priority
from aligner.formats.units import (
    PROP_DOCUMENT,
    PROP_REVIEWED,
    ExportRow,
    WriteReport,
    document_names,
    export_rows,
    signature,
)
from aligner.formats.xliff12_read import CTYPE_TO_TYPE, NS12
from aligner.formats.xliff_inline import Written, fill, plan_unit
from aligner.formats.xmlchars import XmlCleaner, clean_xml_text
from aligner.model import Alignment

__all__ = ["NS12", "write_xliff12", "write_xliff12_documents"]

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_X = f"{{{NS12}}}"
_NSMAP = nsmap({None: NS12})
# Elements whose text is data, not indented: the document's text and the values.
_DATA = frozenset({f"{_X}source", f"{_X}target", f"{_X}context", f"{_X}note"})


def write_xliff12(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write the aligned beads of ``alignment`` as an XLIFF 1.2 document."""
    with atomic_write(path, binary=True) as fh:
        return _write([(None, alignment)], fh, min_score=min_score,
                      creation_date=creation_date, reviewed_only=reviewed_only,
                      untranslated=untranslated)


def write_xliff12_documents(
    documents: Iterable[tuple[str | None, Alignment]],
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write named alignments of one language pair as one XLIFF 1.2 document, one
    ``file`` per document (its name, when not None, an ``x-document`` context of each
    unit), streaming."""
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
    moment = (datetime.now(UTC) if creation_date is None else creation_date).astimezone(UTC)
    fh.write(XML_DECLARATION)
    with etree.xmlfile(fh, encoding="UTF-8") as xf, xf.element(
            f"{_X}xliff", {"version": "1.2"}, nsmap=_NSMAP):
        for document, alignment in itertools.chain([first], stream):
            xf.write("\n  ")
            src_doc, _ = document_names(alignment)
            attrib = {"original": clean(src_doc or ""), "source-language": alignment.src_lang,
                      "target-language": alignment.tgt_lang, "datatype": "plaintext",
                      "date": moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "tool-id": "aligner"}
            with xf.element(f"{_X}file", attrib):
                header = etree.Element(f"{_X}header", nsmap=_NSMAP)
                etree.SubElement(header, f"{_X}tool", {
                    "tool-id": "aligner", "tool-name": "aligner", "tool-version": __version__})
                etree.SubElement(header, f"{_X}note", {"from": "aligner"}).text = clean(
                    signature(alignment))
                indent(header, "\n    ", _DATA)
                xf.write("\n    ", header, "\n    ")
                with xf.element(f"{_X}body"):
                    for row in export_rows(alignment, min_score=min_score,
                                           reviewed_only=reviewed_only, codes=True,
                                           untranslated=untranslated):
                        if row is None:
                            weak += 1
                            continue
                        unit = _unit(row, document, clean, losses, notes)
                        indent(unit, "\n      ", _DATA)
                        xf.write("\n      ", unit)
                        written += 1
                    xf.write("\n    ")
                xf.write("\n  ")
        xf.write("\n")
    fh.write(b"\n")
    return WriteReport(units_written=written, chars_removed=clean.removed, below_min_score=weak,
                       removed_kinds=clean.kinds, dropped=losses.messages("XLIFF 1.2"),
                       notes=notes.written)


def _unit(row: ExportRow, document: str | None, clean: XmlCleaner,
          losses: CodeLosses, notes: FindingNotes) -> etree._Element:
    reviewed = PROP_REVIEWED in row.props
    attrib = {"id": f"u{row.number}", XML_SPACE: "preserve"}
    if reviewed:
        attrib["approved"] = "yes"
    if row.code_only:  # 1.2's trans-unit attribute: nothing in it to translate
        attrib["translate"] = "no"
    unit = etree.Element(f"{_X}trans-unit", attrib, nsmap=_NSMAP)
    src_codes, tgt_codes = plan_unit(row.source, row.src_tags, row.target, row.tgt_tags)

    def emit(code: Written, side: Sequence[Written]) -> tuple[etree._Element, bool] | None:
        native = clean(code.tag.code)
        # what the other end will write (cleaned, not counted twice): both ends of a
        # pair must choose bpt/ept, or g, alike
        partner = (clean_xml_text(side[code.partner].tag.code)[0]
                   if code.partner is not None else "")
        said = _said(code, clean)
        element = _element(code, native, partner, said)
        losses.left_out(code.tag, _kept(code, element[0] if element is not None else None))
        return element

    fill(etree.SubElement(unit, f"{_X}source"), row.source, src_codes, emit, clean)
    target = etree.SubElement(unit, f"{_X}target", state="needs-translation" if row.bead.is_null
                              else "signed-off" if reviewed else "translated")
    fill(target, row.target, tgt_codes, emit, clean)
    for finding, text in notes(row.bead.findings):  # the findings, for the translator
        etree.SubElement(unit, f"{_X}note", {"from": NOTE_FROM, "priority": priority(finding)}
                         ).text = clean(text)
    props = dict(row.props)
    if document is not None:
        props[PROP_DOCUMENT] = document
    if props:
        group = etree.SubElement(unit, f"{_X}context-group", name="aligner",
                                 purpose="information")
        for key, value in props.items():
            etree.SubElement(group, f"{_X}context", {"context-type": key}).text = clean(value)
    return unit


#: the ``ctype`` values XLIFF 1.2 defines for a standalone code (``x``, ``ph``) and for
#: the others (``g``, ``bx``, ``bpt``, ``it``); any ``x-...`` value goes on either
_PLACEHOLDER_CTYPES = frozenset({"image", "pb", "lb"})
_DELIMITER_CTYPES = frozenset({"bold", "italic", "underlined", "link"})
_TYPE_TO_CTYPE = {value: ctype for ctype, value in CTYPE_TO_TYPE.items()}


def _said(code: Written, clean: XmlCleaner) -> dict[str, str]:
    """The ``ctype`` (and a ``ph``'s ``assoc``) of a code: its TMX ``type`` (or the one
    of its XLIFF 2 type: :func:`~aligner.formats.code_attributes.tmx_type`) where XLIFF
    1.2 has the value for the element it is written as."""
    attributes = dict(code.tag.attributes)
    said: dict[str, str] = {}
    tmx = tmx_type(code.tag) or ""
    ctype = _TYPE_TO_CTYPE.get(tmx, tmx)
    if ctype.startswith("x-") or ctype in (
            _PLACEHOLDER_CTYPES if code.role == "ph" else _DELIMITER_CTYPES):
        said["ctype"] = clean(ctype)
    if code.role == "ph" and "assoc" in attributes:
        said["assoc"] = clean(attributes["assoc"])
    return said


def _kept(code: Written, el: etree._Element | None) -> set[str]:
    """What of the code's attributes its element ``el`` says (None: the code has none,
    the end of a ``g``): its type as a ``ctype`` (a TMX one, or the XLIFF 2 one it was
    taken from), its ``assoc``."""
    if el is None:
        return set()
    kept = {"assoc"} if el.get("assoc") is not None else set()
    if el.get("ctype") is not None:
        kept |= ({"type"} if "type" in dict(code.tag.attributes)
                 else {"xliff2:type", "xliff2:subType"})
    return kept


def _element(code: Written, native: str, partner: str,
             said: dict[str, str]) -> tuple[etree._Element, bool] | None:
    """The 1.2 element of ``code`` (``native``: its native code, ``partner``: its other
    end's) with what it says of it; None for the end of a ``g``."""
    if code.role == "ph":
        if not native:
            return _el("x", id=code.id, **_only(said, "ctype")), False
        return _el("ph", native, id=code.id, **said), False
    if code.role in ("pc", "/pc") and not (native or partner):
        # a pair without native code holds its text, as XLIFF 2's pc does
        return None if code.role == "/pc" else (_el("g", id=code.id, **said), True)
    if code.role in ("pc", "sc"):
        return (_el("bpt", native, id=code.id, **said) if native or partner
                else _el("bx", id=code.id, **said)), False
    if code.role in ("/pc", "ec"):
        return (_el("ept", native, id=code.id) if native or partner
                else _el("ex", id=code.id)), False
    pos = "open" if code.role == "open" else "close"
    if native:
        return _el("it", native, id=code.id, pos=pos, **said), False
    return _el("bx" if pos == "open" else "ex", id=code.id,
               **(said if pos == "open" else {})), False


def _only(attributes: dict[str, str], *names: str) -> dict[str, str]:
    return {name: attributes[name] for name in names if name in attributes}


def _el(name: str, text: str = "", **attrib: str) -> etree._Element:
    el = etree.Element(f"{_X}{name}", attrib, nsmap=_NSMAP)
    el.text = text or None
    return el
