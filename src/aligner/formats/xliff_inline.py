"""Inline codes written as XLIFF elements, not as placeholder text: what the XLIFF
writers (:mod:`aligner.formats.xliff`, :mod:`aligner.formats.xliff12`) put in a
``source`` or ``target`` whose text holds the placeholders of a unit read from a
TMX or XLIFF (``{1}``, ``{/1}``, ``{1/}``, :class:`~aligner.model.InlineTag`).

Each side's codes are paired first: a closing code that closes the last code
still open with its key makes a spanning pair (XLIFF 2 ``pc``, XLIFF 1.2 ``g`` or
``bpt``/``ept``); one that closes a code opened earlier, across another, a
separate pair (``sc``/``ec``, ``bx``/``ex`` or ``bpt``/``ept``); a code left open
or closing nothing is isolated.  A code is one ``id`` in the unit, shared by the
source and the target: the n-th code of a key (a pair, a standalone, an isolated
open or close) on one side is the n-th of that key on the other.  The id is the
one the code was read with (key ``id=X``), else a number.

Native code (:attr:`~aligner.model.InlineTag.code`) goes where each version keeps
it: XLIFF 2 in the unit's ``originalData``, named by ``dataRef``
(``dataRefStart``/``dataRefEnd`` of a ``pc``); XLIFF 1.2 inside ``ph``, ``bpt``,
``ept`` and ``it`` -- a code without one is an ``x``, ``g``, ``bx`` or ``ex``.
Reading the file back gives the same text, the same tags (keys ``id=X``) and codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from aligner.model import InlineTag, TagKind

# An id both XLIFF versions take as it is (XLIFF 2 ids are NMTOKENs).
_TOKEN = re.compile(r"[\w.:-]+\Z")
_PLACEHOLDER = re.compile(r"\{/?\d+/?\}\Z")


@dataclass(frozen=True, slots=True)
class Written:
    """One code to write: the tag, how it is written and its id; ``partner`` is the
    index of the other end of a pair (or None)."""

    tag: InlineTag
    role: str  # "ph", "pc", "/pc", "sc", "ec", "open" (isolated), "close" (isolated)
    id: str
    partner: int | None = None


def _usable(text: str, tags: Sequence[InlineTag]) -> bool:
    """Whether each tag still spans a placeholder of ``text`` (a text edited since it was
    read has lost its codes: it is written as it is)."""
    return all(_PLACEHOLDER.match(text[t.start:t.end]) for t in tags)


def plan_unit(source: str, src_tags: Sequence[InlineTag], target: str,
              tgt_tags: Sequence[InlineTag]) -> tuple[list[Written], list[Written]]:
    """The codes of a unit's source and target, paired, with ids shared between sides;
    none when a side's text no longer holds its tags' placeholders (edited since it was
    read: both sides are written as text)."""
    if not (_usable(source, src_tags) and _usable(target, tgt_tags)):
        src_tags = tgt_tags = ()
    src_roles, tgt_roles = _roles(src_tags), _roles(tgt_tags)
    src_slots = _slots(src_tags, src_roles)
    tgt_slots = _slots(tgt_tags, tgt_roles)
    used: set[str] = set()
    ids: dict[tuple[str, str, int], str] = {}
    # ids read with the codes first, so that a number never takes one of them
    for tags, slots in ((src_tags, src_slots), (tgt_tags, tgt_slots)):
        for slot, first in slots.items():
            key = tags[first].key
            wanted = key[3:] if key.startswith("id=") else ""
            if slot not in ids and _TOKEN.match(wanted) and wanted not in used:
                ids[slot] = wanted
                used.add(wanted)
    number = 0
    for slots in (src_slots, tgt_slots):
        for slot in slots:
            if slot not in ids:
                number += 1
                while str(number) in used:
                    number += 1
                ids[slot] = str(number)
                used.add(ids[slot])
    return (_written(src_tags, src_roles, src_slots, ids),
            _written(tgt_tags, tgt_roles, tgt_slots, ids))


def _roles(tags: Sequence[InlineTag]) -> list[tuple[str, int | None]]:
    roles: list[tuple[str, int | None]] = [("ph", None)] * len(tags)
    open_: list[int] = []
    for k, tag in enumerate(tags):
        if tag.kind is TagKind.OPEN:
            open_.append(k)
            roles[k] = ("open", None)
        elif tag.kind is TagKind.CLOSE:
            if open_ and tags[open_[-1]].key == tag.key:
                j = open_.pop()
                roles[j], roles[k] = ("pc", k), ("/pc", j)
                continue
            j = next((j for j in reversed(open_) if tags[j].key == tag.key), -1)
            if j < 0:
                roles[k] = ("close", None)
            else:  # closes across another code: a separate pair
                open_.remove(j)
                roles[j], roles[k] = ("sc", k), ("ec", j)
    return roles


def _slots(tags: Sequence[InlineTag], roles: list[tuple[str, int | None]]
           ) -> dict[tuple[str, str, int], int]:
    """Each code of a side (a pair counts once, by its opening) -> its first tag."""
    seen: dict[tuple[str, str], int] = {}
    slots: dict[tuple[str, str, int], int] = {}
    for k, (role, _) in enumerate(roles):
        if role in ("/pc", "ec"):
            continue
        kind = "pair" if role in ("pc", "sc") else role
        n = seen.get((tags[k].key, kind), 0)
        seen[(tags[k].key, kind)] = n + 1
        slots[(tags[k].key, kind, n)] = k
    return slots


def _written(tags: Sequence[InlineTag], roles: list[tuple[str, int | None]],
             slots: dict[tuple[str, str, int], int], ids: dict[tuple[str, str, int], str]
             ) -> list[Written]:
    by_first = {first: ids[slot] for slot, first in slots.items()}
    out: list[Written] = []
    for k, (role, partner) in enumerate(roles):
        code_id = by_first[partner if role in ("/pc", "ec") and partner is not None else k]
        out.append(Written(tags[k], role, code_id, partner))
    return out


#: what a version makes of a code: an element and whether the text up to the code's
#: partner goes inside it (``pc``, ``g``); None for the end of such an element
Emit = Callable[[Written, Sequence[Written]], tuple[etree._Element, bool] | None]


def fill(el: etree._Element, text: str, codes: Sequence[Written], emit: Emit,
         clean: Callable[[str], str]) -> None:
    """Write ``text`` into ``el`` with each code's placeholder replaced by what ``emit``
    makes of it."""
    parents = [el]
    last = 0

    def put(chunk: str) -> None:
        if not chunk:
            return
        parent = parents[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + clean(chunk)
        else:
            parent.text = (parent.text or "") + clean(chunk)

    for code in codes:
        put(text[last:code.tag.start])
        last = code.tag.end
        made = emit(code, codes)
        if made is None:  # the end of an element that holds its text
            parents.pop()
            continue
        parents[-1].append(made[0])
        if made[1]:
            parents.append(made[0])
    put(text[last:])
