"""An Office Open XML package's relationships (its ``.rels`` parts), for the DOCX and
PPTX readers: which member holds the main document, its styles and notes, a
presentation's slides and each slide's notes, and where each hyperlink of a part points.

A part's relationships are in ``_rels/<part>.rels`` beside it (ECMA-376 part 2, 9.3):
an internal one names another member of the package, relative to the part's folder
or (a leading ``/``) to the package's root; a hyperlink's (``TargetMode="External"``)
is the address it opens, kept as written.
"""

from __future__ import annotations

import posixpath

from aligner.readers.container import Package

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def rels_of(member: str) -> str:
    """The relationships part of ``member`` (``word/document.xml`` ->
    ``word/_rels/document.xml.rels``)."""
    folder, _, name = member.rpartition("/")
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def part_targets(pkg: Package, rels: str) -> dict[str, str]:
    """Relationship type (its last path segment) -> target member, from a .rels part;
    external targets left out."""
    if not pkg.has(rels):
        return {}
    found: dict[str, str] = {}
    for _, kind, member in _internal(pkg, rels):
        found.setdefault(kind, member)
    return found


def part_ids(pkg: Package, member: str) -> dict[str, str]:
    """Relationship id -> target member, for the internal relationships of ``member``
    (a presentation's ``r:id`` of each slide)."""
    rels = rels_of(member)
    return {rid: target for rid, _, target in _internal(pkg, rels)} if pkg.has(rels) else {}


def _internal(pkg: Package, rels: str) -> list[tuple[str, str, str]]:
    """(id, type's last path segment, member) of each internal relationship of a .rels
    part; a target is relative to the folder of the part the .rels is for
    (``../notesSlides/notesSlide1.xml`` from ``ppt/slides/``) or, with a leading ``/``,
    to the package's root."""
    base = rels.rsplit("_rels/", 1)[0]
    found = []
    for rel in pkg.xml(rels):
        if rel.tag != f"{{{_REL_NS}}}Relationship" or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        member = target.lstrip("/") if target.startswith("/") else base + target
        found.append((str(rel.get("Id", "")), rel.get("Type", "").rsplit("/", 1)[-1],
                      posixpath.normpath(member) if ".." in member else member))
    return found


def hyperlinks(pkg: Package, member: str) -> dict[str, str]:
    """Relationship id -> the address a hyperlink of ``member`` with that ``r:id``
    points to (relationships of type ``hyperlink``), as written."""
    rels = rels_of(member)
    if not pkg.has(rels):
        return {}
    return {str(rel.get("Id", "")): str(rel.get("Target", "")) for rel in pkg.xml(rels)
            if rel.tag == f"{{{_REL_NS}}}Relationship"
            and rel.get("Type", "").rsplit("/", 1)[-1] == "hyperlink"}
