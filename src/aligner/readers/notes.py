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

Pure tree surgery: :mod:`aligner.readers.html` reads what is taken out.
"""

from __future__ import annotations

import copy
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
