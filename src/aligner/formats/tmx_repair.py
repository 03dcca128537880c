"""Making a ``tu`` (or header) that another tool wrote valid against the TMX 1.4 DTD.

TMX to TMX keeps each unit as it was read (:mod:`aligner.formats.tmx_keep`),
but what other tools write is not always valid, and a file we write must be.
What the DTD says, and what is done to fit it (keeping whatever can be kept):

- ``header`` holds ``(note|prop|ude)*``, ``tu`` ``((note|prop)*, tuv+)``,
  ``tuv`` ``((note|prop)*, seg)``: a ``note`` or ``prop`` after a ``tuv`` or a
  ``seg`` is moved in front (the order among the notes and props is kept); a
  second ``seg`` of a ``tuv`` and an element the DTD does not allow there are
  dropped.
- ``segtype`` is one of ``block``, ``paragraph``, ``sentence``, ``phrase``: one
  in another letter case or plural (``Sentence``, ``sentences``) is written as
  that value; another is dropped (a ``tu`` then has the header's, and the
  header, which must have one, gets the writer's default, ``sentence``).
- A ``prop`` needs a ``type``: one without is written as a ``note`` (the same
  text, without a type to be wrong about).
- An attribute the DTD does not declare on ``header``, ``tu``, ``tuv``,
  ``seg``, ``note`` or ``prop`` is dropped; a ``note``'s or ``prop``'s language
  (``xml:lang``, TMX 1.1's ``lang``) is written as a BCP 47 tag, or dropped when
  it is none.

Inline markup inside ``seg`` is data and is not touched.  Every drop is recorded
in a :class:`Repairs` for the writer's report; a move is not (nothing is lost).
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from aligner.formats._xml import XML_LANG
from aligner.lang.tags import canonical_tag, is_valid_tag

SEGTYPES = ("block", "paragraph", "sentence", "phrase")

_DATES = ("creationtool", "creationtoolversion", "creationdate", "creationid",
          "changedate", "changeid")
#: The attributes the TMX 1.4 DTD declares on each element we may repair.
_ATTRIBUTES: dict[str, frozenset[str]] = {
    "header": frozenset({*_DATES, "segtype", "o-tmf", "adminlang", "srclang", "datatype",
                         "o-encoding"}),
    "tu": frozenset({*_DATES, "tuid", "o-encoding", "datatype", "usagecount",
                     "lastusagedate", "segtype", "o-tmf", "srclang"}),
    "tuv": frozenset({*_DATES, XML_LANG, "o-encoding", "datatype", "usagecount",
                      "lastusagedate", "o-tmf", "lang"}),
    "seg": frozenset(),
    "note": frozenset({"o-encoding", XML_LANG, "lang"}),
    "prop": frozenset({"type", "o-encoding", XML_LANG, "lang"}),
}


class Repairs:
    """What had to be dropped to make a file's units valid, for one warning each:
    header changes once, unit changes counted by unit."""

    def __init__(self) -> None:
        self.header: dict[str, None] = {}
        self.units: Counter[str] = Counter()

    def messages(self) -> tuple[str, ...]:
        """One line per kind of change: ``FILE: ...`` (``in N units`` for units)."""
        out = list(self.header)
        for what, n in self.units.items():
            out.append(f"{what} (in {n} unit{'s' if n != 1 else ''})")
        return tuple(out)


def segtype(value: str) -> str | None:
    """A TMX 1.4 ``segtype`` for ``value`` (``Sentence``, ``sentences`` -> ``sentence``),
    or None when it names none."""
    key = value.strip().lower()
    if key in SEGTYPES:
        return key
    if key.endswith("s") and key[:-1] in SEGTYPES:
        return key[:-1]
    return None


def repair_header(header: etree._Element, file: str, repairs: Repairs) -> etree._Element:
    """``header`` made valid (see the module); returns it."""
    dropped: list[str] = []
    _repair_attributes(header, dropped)
    _repair_segtype(header, dropped)
    for child in list(header):
        if child.tag in ("note", "prop"):
            _repair_note_or_prop(child, dropped)
        elif child.tag != "ude":
            dropped.append(f"<{child.tag}>")
            header.remove(child)
    for what in dropped:
        repairs.header[f"{file}: dropped from the header: {what}"] = None
    # the DTD declares no xmlns: one of a dropped attribute goes with it
    etree.cleanup_namespaces(header)
    return header


def repair_tu(tu: etree._Element, file: str, repairs: Repairs) -> etree._Element:
    """``tu`` made valid (see the module); returns it."""
    dropped: list[str] = []
    _repair_attributes(tu, dropped)
    _repair_segtype(tu, dropped)
    _order(tu, "tuv", dropped)
    for tuv in tu.iterchildren("tuv"):
        _repair_attributes(tuv, dropped)
        _order(tuv, "seg", dropped)
        seg = tuv.find("seg")
        if seg is not None:
            _repair_attributes(seg, dropped)
    for what in dropped:
        repairs.units[f"{file}: dropped {what}"] += 1
    etree.cleanup_namespaces(tu)  # as the header's
    return tu


def _repair_segtype(el: etree._Element, dropped: list[str]) -> None:
    """A ``segtype`` as TMX 1.4 spells it, else none (the header then gets the
    writer's default)."""
    value = el.get("segtype")
    if value is None:
        return
    fixed = segtype(value)
    if fixed is None:
        dropped.append(f"segtype {value!r} of a <{el.tag}> (not a TMX 1.4 segtype)")
        del el.attrib["segtype"]
    else:
        el.set("segtype", fixed)


def _order(parent: etree._Element, last: str, dropped: list[str]) -> None:
    """``parent``'s notes and props (in their order), then its ``last`` elements
    (``tuv``: all of them; ``seg``: the first); anything else is dropped.  The
    whitespace between them is the writer's to indent."""
    head: list[etree._Element] = []
    tail: list[etree._Element] = []
    for child in parent:
        if child.tag in ("note", "prop"):
            _repair_note_or_prop(child, dropped)
            head.append(child)
        elif child.tag == last and not (last == "seg" and tail):
            tail.append(child)
        elif child.tag == "seg":
            dropped.append("a second <seg> of a tuv")
        else:
            dropped.append(f"<{child.tag}> inside a <{parent.tag}>")
    for child in list(parent):
        parent.remove(child)
    parent.extend([*head, *tail])


def _repair_note_or_prop(el: etree._Element, dropped: list[str]) -> None:
    if el.tag == "prop" and el.get("type") is None:
        el.tag = "note"  # a prop without a type: its text is kept as a note
    _repair_attributes(el, dropped)
    lang = el.get(XML_LANG) or el.get("lang")  # lang: TMX 1.1-1.3
    for name in (XML_LANG, "lang"):
        if name in el.attrib:
            del el.attrib[name]
    if lang is not None:
        if is_valid_tag(lang):
            el.set(XML_LANG, canonical_tag(lang))
        else:
            dropped.append(f"the language {lang!r} of a <{el.tag}> (not a language code)")


def _repair_attributes(el: etree._Element, dropped: list[str]) -> None:
    allowed = _ATTRIBUTES[str(el.tag)]
    for key in list(el.attrib):
        name = str(key)
        if name not in allowed:
            shown = _prefixed(el, name)
            dropped.append(f"the attribute {shown}={el.get(name)!r} of a <{el.tag}> "
                           "(not in the TMX 1.4 DTD)")
            del el.attrib[name]



def _prefixed(el: etree._Element, name: str) -> str:
    """An attribute's name as the file wrote it (``okp:origin``, not ``origin``)."""
    if not name.startswith("{"):
        return name
    qname = etree.QName(name)
    prefix = next((p for p, uri in el.nsmap.items() if uri == qname.namespace and p), None)
    return f"{prefix}:{qname.localname}" if prefix else qname.localname
