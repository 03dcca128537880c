"""What an inline code said of itself, written in another format's vocabulary.

A code keeps the attributes it was read with (:data:`~aligner.model.CODE_ATTRIBUTES`):
TMX's ``type`` (XLIFF 1.2's ``ctype``, the same names and values) and a ``ph``'s
``assoc``, or XLIFF 2's ``type``, ``subType``, ``equiv`` and ``disp``.  A writer of
the other vocabulary writes a type where the two say the same thing:

========================  ==========================================
TMX ``type`` / 1.2 ctype  XLIFF 2 ``type`` / ``subType``
========================  ==========================================
``bold``                  ``fmt`` / ``xlf:b``
``italic``                ``fmt`` / ``xlf:i``
``ulined`` (underlined)   ``fmt`` / ``xlf:u``
``lb``                    ``fmt`` / ``xlf:lb``
``pb``                    ``fmt`` / ``xlf:pb``
``link``                  ``link``
``image``                 ``image``
========================  ==========================================

Nothing else has a counterpart: XLIFF 2's ``fmt`` alone, ``ui``, ``quote``, ``other``
and ``xlf:var`` say less or other than any TMX type; TMX's ``font``, ``color``,
``fnote``, ``x-...`` and the others more than any XLIFF 2 one; ``assoc`` and XLIFF 2's
``equiv`` and ``disp`` are the vocabulary of one side only.  What a writer leaves out it
counts (:class:`CodeLosses`), and the export warns once, naming how many codes lost
which attribute.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from aligner.model import InlineTag
from aligner.textutil import count

_TMX_TO_XLIFF2 = {"bold": ("fmt", "xlf:b"), "italic": ("fmt", "xlf:i"),
                  "ulined": ("fmt", "xlf:u"), "lb": ("fmt", "xlf:lb"),
                  "pb": ("fmt", "xlf:pb"), "link": ("link", ""), "image": ("image", "")}
_XLIFF2_TO_TMX = {pair: tmx for tmx, pair in _TMX_TO_XLIFF2.items()}


def xliff2_attributes(tag: InlineTag) -> dict[str, str]:
    """The XLIFF 2 attributes of ``tag`` (without their ``xliff2:`` prefix): its own,
    or else the ``type`` and ``subType`` of its TMX ``type``, where XLIFF 2 has one."""
    said = dict(tag.attributes)
    own = {name.removeprefix("xliff2:"): value for name, value in said.items()
           if name.startswith("xliff2:")}
    if "type" not in own and "subType" not in own and "type" in said:
        kind, sub = _TMX_TO_XLIFF2.get(said["type"], ("", ""))
        own.update({"type": kind, **({"subType": sub} if sub else {})} if kind else {})
    return own


def same_type(tag: InlineTag) -> bool:
    """Whether ``tag``'s TMX ``type`` is written in XLIFF 2 as the type it has there:
    the one :func:`xliff2_attributes` gives it (the code's own, when it has one)."""
    said = dict(tag.attributes)
    own = xliff2_attributes(tag)
    return "type" in said and _TMX_TO_XLIFF2.get(said["type"]) == (
        own.get("type"), own.get("subType", ""))


def tmx_type(tag: InlineTag) -> str | None:
    """The TMX ``type`` of ``tag``: its own, or else the one its XLIFF 2 ``type`` and
    ``subType`` say, where TMX has one (None: neither)."""
    said = dict(tag.attributes)
    if "type" in said:
        return said["type"]
    return _XLIFF2_TO_TMX.get((said.get("xliff2:type", ""), said.get("xliff2:subType", "")))


class CodeLosses:
    """The attributes an export's codes lost, and how many codes lost each."""

    def __init__(self) -> None:
        self.codes = 0
        self.names: Counter[str] = Counter()
        self.values: dict[str, dict[str, None]] = {}  # a type's values lost, in order

    def left_out(self, tag: InlineTag, kept: Iterable[str]) -> None:
        """Count what of ``tag.attributes`` the writer did not write (``kept``: the names
        it did write, as they are or as their counterparts)."""
        written = set(kept)
        lost = [(name, value) for name, value in tag.attributes if name not in written]
        if not lost:
            return
        self.codes += 1
        for name, value in lost:
            self.names[name] += 1
            if name in ("type", "xliff2:type", "xliff2:subType"):
                self.values.setdefault(name, {})[value] = None

    def messages(self, fmt: str) -> tuple[str, ...]:
        """One warning naming each attribute lost (a type with its values) and how many
        codes lost it; none when no code lost one."""
        if not self.codes:
            return ()
        named = ", ".join(
            name + (f" ({', '.join(self.values[name])})" if name in self.values else "")
            + f" on {n}" for name, n in sorted(self.names.items()))
        return (f"{count(self.codes, 'inline code')} lost attributes {fmt} has no "
                f"counterpart for: {named}",)
