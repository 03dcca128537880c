"""The TMX 1.4 writer: fresh units for an alignment, kept units for a TM.

A source is an :class:`~aligner.model.Alignment` (our own beads: one fresh
``tu`` each, numbered and with our props, or with what its unit said when a memory
went through a saved alignment; the inline codes of units read from an
XLIFF as TMX ``bpt``/``ept``/``ph``/``it`` with their native code) or a
:class:`UnitFile` read from a TMX, whose units are written back **as they were
read** -- every attribute, ``prop``, ``note`` and inline code of the ``tu`` and of its ``tuv``s (TMX
1.4b: ``bpt``, ``ept``, ``ph``, ``it``, ``hi``, ``sub``, ``ut``).  What is
deliberately changed:

- ``creationtool``/``creationtoolversion`` of the header name us (we wrote the
  file).  Its dates are the input's: a header ``changedate`` is the default of
  every ``tu`` without one (TMX 1.4b), so a date of writing there would mark
  untouched units changed.  The values a kept unit had by inheritance from its
  own file's header (creation tool, dates, ``o-tmf``, ``datatype``, ...: the
  attributes TMX 1.4b lets a ``tu`` override) are written on the ``tu`` where
  the new header says otherwise, so no unit changes meaning; a header value the
  sources do not share, and the DTD does not require, is left out of the new
  header (each unit then says its own); sources of several ``srclang`` give
  the one they share (``es`` of ``es-ES`` and ``es-MX``), each unit its own.
- A TMX 1.1-1.3 ``tuv lang`` becomes TMX 1.4's ``xml:lang``; a header
  attribute the 1.4 DTD requires and the file lacks gets a default.
- Language codes (``xml:lang``, ``srclang``, ``adminlang``) are written as
  BCP 47 tags (``en_US``, ``EN-us`` -> ``en-US``); one that is no language tag
  is an error naming the file, before anything is written.
- What the TMX 1.4 DTD does not allow is made valid
  (:mod:`aligner.formats.tmx_repair`): notes and props moved in front, a
  ``segtype`` mapped, what cannot be kept dropped and reported.
- Only the elements around ``seg`` are re-indented; ``seg`` content is data.

The findings of the checks an export notes (``aligner export --note-flagged``) are
``note`` elements of the ``tu``, after its own (:mod:`aligner.formats.finding_notes`).

The header is the first TMX source's (its props, notes and ``ude`` kept),
else a fresh one.  Several sources are written one after the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import IO, Any

from lxml import etree

from aligner import __version__
from aligner.formats._xml import XML_DECLARATION, XML_LANG
from aligner.formats.code_attributes import CodeLosses
from aligner.formats.finding_notes import FindingNotes
from aligner.formats.tmx_codes import code_numbers, emitter
from aligner.formats.tmx_record import annotate, annotate_tuv
from aligner.formats.tmx_repair import Repairs, repair_header, repair_tu
from aligner.formats.units import (
    PROP_DOCUMENT,
    PROP_REVIEWED,
    PROP_SRC_DOC,
    PROP_TGT_DOC,
    TmxMeta,
    UnitFile,
    WriteReport,
    document_names,
    export_rows,
    file_alignment,
    signature,
    tmx_date,
    unit_score,
)
from aligner.formats.xliff_inline import fill, plan_unit
from aligner.formats.xmlchars import XmlCleaner
from aligner.lang import shared_tag, validate_tag
from aligner.lang.tags import canonical_tag
from aligner.model import Alignment

PROP_SIGNATURE = "x-aligner-signature"

#: ``tu`` attributes whose default is the header's (TMX 1.4b, section 3).
TU_INHERITS = (
    "creationtool", "creationtoolversion", "creationdate", "creationid", "changedate",
    "changeid", "segtype", "o-tmf", "datatype", "srclang", "o-encoding",
)
#: Inherited header attributes the DTD lets a header leave out.
_OPTIONAL_INHERITED = ("creationdate", "creationid", "changedate", "changeid", "o-encoding")
#: Header attributes the TMX 1.4 DTD requires, and what a file lacking one gets.
_REQUIRED_HEADER = {"segtype": "sentence", "o-tmf": "unknown", "adminlang": "en",
                    "datatype": "unknown"}

#: Attributes that hold a language code, and what to call them in an error.
_LANG_ATTRIBUTES = {XML_LANG: "a tuv's language", "srclang": "source language",
                    "adminlang": "the header's adminlang"}

# Only ever parses what our reader serialised, but safely all the same.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False)


def write_sources(
    sources: Sequence[Alignment | UnitFile],
    fh: IO[Any],
    *,
    min_score: float,
    creation_date: datetime | None,
    meta: TmxMeta,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write ``sources`` to ``fh`` as one TMX 1.4 document."""
    clean, losses = XmlCleaner(), CodeLosses()
    repairs = Repairs()
    notes = FindingNotes()
    parts = [s if isinstance(s, Alignment) or _keeps(s) else file_alignment(s) for s in sources]
    header = _header(parts, creation_date, meta, clean, repairs, one_document=len(parts) == 1)
    # sources of several source languages (es-ES and es-MX, merged as es was asked): the
    # header says what they share, as a header value the sources do not share is left
    # out, and each unit says its own (TMX 1.4b: a tu's srclang overrides the header's);
    # *all* where not even the language is shared (the input refuses that: defensive)
    srclangs = {canonical_tag(p.src_lang) for p in parts}
    mixed = len(srclangs) > 1
    if mixed:
        header.set("srclang", shared_tag(srclangs) or "*all*")

    def tus() -> Iterator[etree._Element | None]:
        offset = 0
        for part in parts:
            if isinstance(part, Alignment):
                yield from _fresh(part, offset, min_score, meta, clean, reviewed_only,
                                  own_srclang=mixed, losses=losses, notes=notes)
                offset += len(part.beads)
            else:
                yield from _kept(part, min_score, header, reviewed_only, repairs,
                                 own_srclang=mixed, notes=notes, clean=clean)

    return _write(fh, header, tus(), clean, repairs, losses, notes)


def _write(fh: IO[Any], header: etree._Element, tus: Iterable[etree._Element | None],
           clean: XmlCleaner, repairs: Repairs | None = None,
           losses: CodeLosses | None = None, notes: FindingNotes | None = None
           ) -> WriteReport:
    """The document around ``header`` and ``tus`` (None: a unit below --min-score)."""
    written = weak = 0
    fh.write(XML_DECLARATION)
    with etree.xmlfile(fh, encoding="UTF-8") as xf, xf.element("tmx", version="1.4"):
        xf.write("\n  ")
        _indent(header, "\n    ", "\n  ")
        xf.write(header)
        xf.write("\n  ")
        with xf.element("body"):
            for tu in tus:
                if tu is None:
                    weak += 1
                    continue
                _indent(tu, "\n      ", "\n    ")
                xf.write("\n    ", tu)
                written += 1
            xf.write("\n  ")
        xf.write("\n")
    fh.write(b"\n")
    return WriteReport(units_written=written, chars_removed=clean.removed,
                       removed_kinds=clean.kinds, below_min_score=weak,
                       dropped=(repairs.messages() if repairs is not None else ())
                       + (losses.messages("TMX") if losses is not None else ()),
                       notes=notes.written if notes is not None else 0)


def _keeps(units: UnitFile) -> bool:
    return bool(units.header) and all(u.original for u in units.units)


def _header(
    parts: Sequence[Alignment | UnitFile], creation_date: datetime | None, meta: TmxMeta,
    clean: XmlCleaner, repairs: Repairs, *, one_document: bool = True,
) -> etree._Element:
    kept = next((p for p in parts if isinstance(p, UnitFile)), None)
    if kept is not None:
        header = repair_header(_with_tags(etree.fromstring(kept.header, _PARSER), kept.name),
                               kept.name, repairs)
        header.set("creationtool", "aligner")
        header.set("creationtoolversion", __version__)
        for name, default in _REQUIRED_HEADER.items():
            _default(header, name, default)
        if header.get("srclang") is None:
            header.set("srclang", kept.src_lang)
        others = [p for p in parts if p is not kept]
        for name in _OPTIONAL_INHERITED:
            # a value not every source's header has would be inherited by the units of
            # the others (our fresh ones included), which never had it: each kept unit
            # then says its own (_kept writes it)
            if header.get(name) is not None and any(
                    isinstance(p, Alignment) or _own_header(p).get(name) != header.get(name)
                    for p in others):
                del header.attrib[name]
        if meta.created is not None:
            header.set("creationdate", tmx_date(meta.created))
        name = kept.name.rsplit("/", 1)[-1]
        _set_prop(header, PROP_SIGNATURE, f"aligner {__version__}; converted-from={name}")
    else:
        first = parts[0]
        assert isinstance(first, Alignment)  # every part is one or the other
        header = etree.Element("header", {
            "creationtool": "aligner",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "aligner",
            "adminlang": "en",
            "srclang": first.src_lang,
            "datatype": "plaintext",
            "creationdate": tmx_date(meta.created or creation_date),
        })
        # units of a file that named no document: the file is none (document_names)
        names = tuple((ptype, value) for ptype, value in zip(
            (PROP_SRC_DOC, PROP_TGT_DOC), document_names(first), strict=True) if value)
        # the document pair it holds; a file of several names each on its units
        for ptype, value in ((PROP_SIGNATURE, signature(first)),
                             *(names if one_document else ())):
            _sub(header, "prop", clean(value), type=ptype)
    if meta.creator is not None:
        header.set("creationid", clean(meta.creator))
    for ptype, value in meta.props:
        _set_prop(header, clean(ptype), clean(value))
    return header


def _own_header(units: UnitFile) -> etree._Element:
    """The header ``units`` were read with (unrepaired: only its attributes are used)."""
    return etree.fromstring(units.header, _PARSER)


def _set_prop(header: etree._Element, ptype: str, value: str) -> None:
    """Give the header prop ``ptype`` the value ``value`` (added if it has none)."""
    for prop in header.iterchildren("prop"):
        if prop.get("type") == ptype:
            prop.text = value
            return
    _sub(header, "prop", value, type=ptype)


def _fresh(
    alignment: Alignment, offset: int, min_score: float, meta: TmxMeta, clean: XmlCleaner,
    reviewed_only: bool, document: str | None = None, *, own_srclang: bool = False,
    losses: CodeLosses, notes: FindingNotes | None = None,
) -> Iterator[etree._Element | None]:
    """One new ``tu`` per exported bead; ``tuid`` counts on from earlier sources;
    ``document`` names the collection document (``x-document``) when there is one;
    ``own_srclang``: each says its source language (the header's is not its own).

    A bead a person reviewed says so: its ``x-reviewed`` prop (among the row's
    props) and a ``changedate``, the time of the review.  A bead with its unit's
    record (a memory in a saved alignment) is that unit again: its id (or none),
    attributes, props and notes (:func:`~aligner.formats.tmx_record.annotate`)."""
    for row in export_rows(alignment, min_score=min_score, reviewed_only=reviewed_only,
                           codes=True):
        if row is None:
            yield None
            continue
        record = row.bead.unit
        tu = etree.Element("tu")
        if record is not None:
            # a unit of a memory (in a saved alignment, a collection) is written as TMX
            # to TMX keeps one: its own id (or none), attributes, props and notes; the
            # collection's document among its props, before its notes
            annotate(tu, record, row.props if document is None
                     else {**row.props, PROP_DOCUMENT: document}, clean)
            if own_srclang and tu.get("srclang") is None:
                tu.set("srclang", alignment.src_lang)
        else:
            tu.set("tuid", str(offset + row.number))
            if own_srclang:
                tu.set("srclang", alignment.src_lang)
            if meta.creator is not None:
                tu.set("creationid", clean(meta.creator))
            if meta.created is not None:
                tu.set("creationdate", tmx_date(meta.created))
        if row.bead.review is not None:
            tu.set("changedate", tmx_date(row.bead.review.changed))
        if record is None:
            if document is not None:
                _sub(tu, "prop", clean(document), type=PROP_DOCUMENT)
            for ptype, value in row.props.items():
                _sub(tu, "prop", clean(value), type=ptype)
        if notes is not None:  # the findings, after the notes a unit's record kept
            for _, text in notes(row.bead.findings,
                                 have=(n.text or "" for n in tu.iterchildren("note"))):
                _sub(tu, "note", clean(text))
        codes = plan_unit(row.source, row.src_tags, row.target, row.tgt_tags)
        numbers = code_numbers(codes)
        for lang, text, side, own in (
                (alignment.src_lang, row.source, codes[0], record and record.src),
                (alignment.tgt_lang, row.target, codes[1], record and record.tgt)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            if own:
                annotate_tuv(tuv, own, clean)
            fill(etree.SubElement(tuv, "seg"), text, side, emitter(numbers, clean, losses), clean)
        yield tu


def _kept(
    units: UnitFile, min_score: float, header: etree._Element, reviewed_only: bool,
    repairs: Repairs, *, own_srclang: bool = False, notes: FindingNotes | None = None,
    clean: XmlCleaner | None = None,
) -> Iterator[etree._Element | None]:
    """Each unit's ``tu`` as it was read, with what it inherited from its own header
    (with ``reviewed_only``, those with an ``x-reviewed`` prop; below ``min_score``,
    ``None`` -- a reviewed unit is kept whatever its score); ``own_srclang``: its
    ``srclang`` too where the new header's is the same (the sources' differ)."""
    own = repair_header(_with_tags(etree.fromstring(units.header, _PARSER), units.name),
                        units.name, repairs)
    inherited = {name: value for name in TU_INHERITS
                 if (value := own.get(name)) is not None and header.get(name) != value}
    if own_srclang:
        inherited["srclang"] = own.get("srclang") or canonical_tag(units.src_lang)
    for unit in units.units:
        if reviewed_only and PROP_REVIEWED not in unit.props:
            continue
        score = unit_score(unit.props)
        if (1.0 if score is None else score) < min_score and PROP_REVIEWED not in unit.props:
            # a person vouched for a reviewed unit, whatever its score (as export_rows)
            yield None
            continue
        tu = _with_tags(etree.fromstring(unit.original, _PARSER), units.name)
        for name, value in inherited.items():
            _default(tu, name, value)
        for tuv in tu.iterchildren("tuv"):
            lang = tuv.get("lang")  # TMX 1.1-1.3; 1.4 says xml:lang
            if lang is not None:
                del tuv.attrib["lang"]
                _default(tuv, XML_LANG, lang)
            _with_tags(tuv, units.name)
        tu = repair_tu(tu, units.name, repairs)
        if notes is not None and unit.findings:
            # the findings after the tu's own notes (a note the tu has already, of an
            # export before, not again), before its tuvs: (note|prop)*, tuv+
            first = next(tu.iterchildren("tuv"), None)
            for _, text in notes(unit.findings,
                                 have=(n.text or "" for n in tu.iterchildren("note"))):
                note = etree.Element("note")
                note.text = clean(text) if clean is not None else text
                if first is None:
                    tu.append(note)
                else:
                    first.addprevious(note)
        yield tu


def _with_tags(el: etree._Element, file: str) -> etree._Element:
    """``el`` with its language attributes written as BCP 47 tags (``en_US`` ->
    ``en-US``; ``srclang="*all*"`` stays); :class:`ConfigError` naming ``file`` for
    one that is no language tag: the tool never writes such a code."""
    for attr, what in _LANG_ATTRIBUTES.items():
        value = el.get(attr)
        if value is not None and not (attr == "srclang" and value == "*all*"):
            el.set(attr, validate_tag(value, what=f"{file}: {what}"))
    return el


def _default(el: etree._Element, name: str, value: str) -> None:
    if el.get(name) is None:
        el.set(name, value)


def _sub(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    el = etree.SubElement(parent, tag, attrib)
    el.text = text
    return el


def _indent(el: etree._Element, inner: str, outer: str) -> None:
    """Indent the children of ``el`` (not the text inside ``seg``, which is data)."""
    children = list(el)
    if not children:
        return
    el.text = inner
    for child in children:
        child.tail = inner
        if child.tag == "tuv":
            _indent(child, inner + "  ", inner)
    children[-1].tail = outer
