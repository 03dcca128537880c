"""A TMX unit's annotations taken from its ``tu`` and written back on a new one.

A memory converted to a saved alignment keeps, on each bead, what its ``tu`` said
of itself (:class:`~aligner.unitrecord.UnitRecord`): the attributes of the ``tu``
(``tuid``, dates, ``creationid``, ``usagecount``, ...) with those it had by
inheritance from its file's header (TMX 1.4b: the header's are the default of every
``tu``; the file written later has a header of its own), its ``prop``s and ``note``s,
and those of its source and target ``tuv``.  The ``tu`` is first made valid as TMX to
TMX makes it (:func:`~aligner.formats.tmx_repair.repair_tu`), so that what is kept can
be written.  Writing a bead with a record back to TMX (:func:`annotate`) gives the
``tu`` those attributes, props and notes: the unit it was, with its text and codes
(:mod:`aligner.formats.inline_codes`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from lxml import etree

from aligner.formats._xml import XML_LANG
from aligner.formats.tmx_repair import Repairs, repair_tu
from aligner.formats.units import ALIGNER_PROPS, UnitFile
from aligner.lang import lang_matches
from aligner.lang.tags import normalize_tag
from aligner.model import Alignment
from aligner.unitrecord import Annotations, UnitRecord

#: ``tu`` attributes whose default is the header's (TMX 1.4b, section 3); ``srclang``
#: aside, which the file written later says in its own header
INHERITED = ("creationtool", "creationtoolversion", "creationdate", "creationid",
             "changedate", "changeid", "segtype", "o-tmf", "datatype", "o-encoding")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False)
_LANGS = (XML_LANG, "lang")  # TMX 1.4, TMX 1.1-1.3


def with_records(alignment: Alignment, units: UnitFile) -> Alignment:
    """``alignment`` made of ``units`` (:func:`~aligner.formats.units.file_alignment`, a
    bead per unit) with each bead's record: of its ``tu`` (units read from a TMX), else
    of the props it was read with (an XLIFF's metadata, a TSV's score)."""
    defaults = header_defaults(units.header)
    beads = tuple(replace(bead, unit=unit_record(unit.original, defaults, units.src_lang,
                                                 units.tgt_lang)
                          if unit.original else UnitRecord(Annotations(
                              props=tuple(unit.props.items()))))
                  for bead, unit in zip(alignment.beads, units.units, strict=True))
    return replace(alignment, beads=beads)


def header_defaults(header: bytes) -> dict[str, str]:
    """What a TMX header gives every ``tu`` that says nothing else (:data:`INHERITED`)."""
    if not header:
        return {}
    el = etree.fromstring(header, _PARSER)
    return {name: value for name in INHERITED if (value := el.get(name)) is not None}


def unit_record(original: bytes, defaults: Mapping[str, str], src_lang: str,
                tgt_lang: str) -> UnitRecord:
    """The record of the ``tu`` serialised in ``original`` (a unit read from a TMX),
    its ``tuv``s in ``src_lang`` and ``tgt_lang``."""
    tu = repair_tu(etree.fromstring(original, _PARSER), "", Repairs())
    for name, value in defaults.items():
        if tu.get(name) is None:
            tu.set(name, value)
    tuvs = list(tu.iterchildren("tuv"))
    return UnitRecord(_annotations(tu), _annotations(_tuv(tuvs, src_lang)),
                      _annotations(_tuv(tuvs, tgt_lang)))


def changedates(original: bytes, defaults: Mapping[str, str], tgt_lang: str
                ) -> tuple[str | None, str | None]:
    """The ``changedate`` of the ``tu`` serialised in ``original``'s ``tuv`` in ``tgt_lang``
    and of the ``tu`` (its own, else the header's ``defaults``) -- a review's time
    (:mod:`~aligner.formats.review_props`), read without the rest of the record."""
    tu = etree.fromstring(original, _PARSER)
    tuvs = list(tu.iterchildren("tuv"))
    # which tuv is the target's is looked for only when one has a date
    tuv = _tuv(tuvs, tgt_lang) if any(t.get("changedate") for t in tuvs) else None
    return (None if tuv is None else tuv.get("changedate"),
            tu.get("changedate", defaults.get("changedate")))


def _tuv(tuvs: list[etree._Element], lang: str) -> etree._Element | None:
    """The ``tuv`` in ``lang``: its exact tag first, else a loose match (as read)."""
    def tag(tuv: etree._Element) -> str:
        return next((v for name in _LANGS if (v := tuv.get(name))), "")

    exact = [t for t in tuvs if normalize_tag(tag(t)) == normalize_tag(lang)]
    return next(iter(exact or [t for t in tuvs if lang_matches(lang, tag(t))]), None)


def _annotations(el: etree._Element | None) -> Annotations:
    if el is None:
        return Annotations()
    return Annotations(
        tuple((str(k), str(v)) for k, v in el.attrib.items() if k not in _LANGS),
        tuple((c.get("type", ""), c.text or "") for c in el.iterchildren("prop")),
        tuple(c.text or "" for c in el.iterchildren("note")))


def annotate(tu: etree._Element, record: UnitRecord, props: Mapping[str, str],
             clean: Callable[[str], str]) -> None:
    """Give a new ``tu`` (no attribute or child yet) ``record``'s attributes, props and
    notes, and the props ``props`` (what a bead's unit says now: its score, review
    mark, ...): a prop of ``props`` takes the place of the record's of its type, which
    are left out when ``props`` has none (a merged unit's score), and the record's
    other props keep their order."""
    for name, value in record.tu.attributes:
        tu.set(name, clean(value))
    written: set[str] = set()
    for ptype, value in record.tu.props:
        if ptype in props:
            if ptype not in written:
                _sub(tu, "prop", clean(props[ptype]), type=ptype)
                written.add(ptype)
        elif ptype not in ALIGNER_PROPS:  # the bead says these now (bead_props)
            _sub(tu, "prop", clean(value), type=ptype)
    for ptype, value in props.items():
        if ptype not in written:
            _sub(tu, "prop", clean(value), type=ptype)
    for note in record.tu.notes:
        _sub(tu, "note", clean(note))


def annotate_tuv(tuv: etree._Element, annotations: Annotations,
                 clean: Callable[[str], str]) -> None:
    """Give a new ``tuv`` (its language set, no child yet) its attributes, props and
    notes as the record says."""
    for name, value in annotations.attributes:
        if tuv.get(name) is None:
            tuv.set(name, clean(value))
    for ptype, value in annotations.props:
        _sub(tuv, "prop", clean(value), type=ptype)
    for note in annotations.notes:
        _sub(tuv, "note", clean(note))


def _sub(parent: etree._Element, tag: str, text: str, **attrib: str) -> None:
    etree.SubElement(parent, tag, attrib).text = text
