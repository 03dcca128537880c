"""Notes in HTML and XHTML, found by the types their markup gives them and taken out of
the page before its text is read, so the body reads without them and they can follow it.

An element's types are its ``epub:type`` and ARIA ``role`` tokens, and those of its
classes that pandoc gives its notes, which are all its HTML 4 output has to go by:

* a note mark (``noteref``, ``doc-noteref``, class ``footnote-ref``) and a link back
  from a note to its mark (``doc-backlink``, ``backlink``, class ``footnote-back``)
  are dropped;
* a note (``footnote``, ``endnote``, ``rearnote``, ``note``, ``doc-footnote``,
  ``doc-endnote``) or a section of notes (the plurals, ``doc-endnotes``, class
  ``footnotes``) is taken out.  A section's notes are of the section's kind; an element
  that says both is a footnote section, since ARIA has no role for a section of
  footnotes (pandoc's ``<section class="footnotes" role="doc-endnotes">``).

A page that types nothing (a CMS's, a word processor's HTML export) still links its
note calls: a superscript holding only a short label -- one to three digits, a letter
or a Roman numeral up to four, ``*`` ``†`` ``‡`` ``§``, bracketed or not -- and a link
to a fragment (``<sup><a href="#n1">1</a></sup>``, ``<a href="#fn2"><sup>[2]</sup></a>``)
is a note mark (:func:`type_linked_notes`), and the block its link points to on the same
page (by ``id`` or ``name``), when it comes after the mark, is a footnote: a note's own
label linking back to its call points to the paragraph before it, which is no note.  A
superscript without a link (``m<sup>2</sup>``) is text.

Pure tree surgery: :mod:`aligner.readers.html` reads what is taken out.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Set

from lxml import etree

from aligner.model import Part

NOTE_TYPES = {"footnote": Part.FOOTNOTE, "footnotes": Part.FOOTNOTE, "note": Part.FOOTNOTE,
              "endnote": Part.ENDNOTE, "endnotes": Part.ENDNOTE, "rearnote": Part.ENDNOTE,
              "rearnotes": Part.ENDNOTE, "doc-footnote": Part.FOOTNOTE,
              "doc-endnote": Part.ENDNOTE, "doc-endnotes": Part.ENDNOTE}
REFS = frozenset({"noteref", "doc-noteref", "doc-backlink", "backlink", "footnote-ref",
                  "footnote-back"})
_CLASSES = frozenset({"footnotes", "footnote-ref", "footnote-back"})


def types(el: etree._Element) -> set[str]:
    """The element's ``epub:type`` and ``role`` tokens and its note classes."""
    found = set(f"{el.get('epub:type', '')} {el.get('role', '')}".split())
    return found | (_CLASSES & set(el.get("class", "").split()))


def take_notes(el: etree._Element, *, drop: Set[str] = frozenset(),
               within: Part | None = None) -> list[tuple[etree._Element, Part]]:
    """Remove note marks, back links, notes and elements typed as one of ``drop`` from
    under ``el``; the notes, each with its part, in document order (a section of notes
    first, holding what else it has, such as its heading, then its notes)."""
    notes: list[tuple[etree._Element, Part]] = []
    for child in list(el):
        if not isinstance(child.tag, str) or child.tag == "":
            continue
        kinds = types(child)
        if kinds & (drop | REFS):
            remove(child)
        elif kinds & NOTE_TYPES.keys():
            parts = {NOTE_TYPES[k] for k in kinds if k in NOTE_TYPES}
            part = within or (Part.FOOTNOTE if Part.FOOTNOTE in parts else Part.ENDNOTE)
            note = remove(child)
            notes.append((note, part))  # read once all is taken: without its own notes
            notes.extend(take_notes(note, drop=drop, within=part))
        else:
            notes.extend(take_notes(child, drop=drop, within=within))
    return notes


def remove(el: etree._Element) -> etree._Element:
    """Take ``el`` out of its tree, the text that follows it staying where it is; the
    element taken out.  That is a copy, and ``el`` stays as an empty ``span`` holding
    the text: moving the text onto a neighbour would mean setting a new string, and
    lxml refuses a string with a control character, which its HTML parser lets into a
    page (``<a role="doc-noteref">1</a>\\x1f``)."""
    if el.getparent() is None:
        return el
    taken = copy.deepcopy(el)
    taken.tail = None
    for child in list(el):
        el.remove(child)
    el.text = None
    el.attrib.clear()
    el.tag = "span"
    return taken


# a note call's label: 1-3 digits, a letter or Roman numeral, a sign; bracketed or not
_LABEL = re.compile(r"[\[(]?(?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,4}|[*†‡§]{1,3})[\])]?")
_BLOCKS = frozenset({"p", "li", "div", "aside", "section", "dd", "dt", "td", "blockquote"})


def type_linked_notes(root: etree._Element) -> None:
    """Give the untyped note calls of a page -- a superscript label linked to a fragment
    -- the type ``doc-noteref``, and the block each links to on the page the type
    ``doc-footnote`` (see the module's docstring), so that :func:`take_notes` takes them
    as it takes typed ones."""
    order = {el: n for n, el in enumerate(root.iter())}
    ids = {el.get(key): el for el in order if isinstance(el.tag, str)
           for key in ("name", "id") if el.get(key)}
    for sup in list(root.iter("sup")):
        label = _text(sup)
        if not _LABEL.fullmatch(label):
            continue
        parent = sup.getparent()
        wrapped = (parent is not None and parent.tag == "a"
                   and _text(parent) == label)
        link = parent if wrapped else next(iter(sup.iter("a")), None)
        href = link.get("href", "") if link is not None else ""
        if "#" not in href:
            continue
        mark = parent if wrapped and parent is not None else sup
        _add_type(mark, "doc-noteref")
        target = ids.get(href.split("#", 1)[1]) if href.startswith("#") else None
        while target is not None and target.tag not in _BLOCKS:
            target = target.getparent()
        # after its call: a note's link back to the call (Word's and most exporters')
        # points to the paragraph before it, which is no note
        if target is not None and target.tag != "body" and order[target] > order[mark] \
                and not any(types(el) & NOTE_TYPES.keys()
                            for el in (target, *target.iterancestors())):
            _add_type(target, "doc-footnote")  # (a note typed already keeps its kind)


def _text(el: etree._Element) -> str:
    return "".join(t for t in el.itertext() if isinstance(t, str)).strip()


def _add_type(el: etree._Element, kind: str) -> None:
    el.set("role", f"{el.get('role', '')} {kind}".strip())
