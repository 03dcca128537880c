"""Inline codes of a TMX ``seg`` as placeholders in the text, and where they are.

Inline codes in ``seg`` become placeholders, numbered 1, 2, ... in order of
appearance within the segment; their native-code content is not part of the
text:

========================================  ==================
element                                   placeholder
========================================  ==================
``<bpt i="k">`` / matching ``<ept i="k">``  ``{n}`` / ``{/n}``
``<it pos="begin">`` / ``<it pos="end">``   ``{n}`` / ``{/n}``
``<ph>``, ``<ut>``                          ``{n/}``
``<hi>text</hi>``                           ``{n}text{/n}``
========================================  ==================

A code's ``type`` (and a ``ph``'s ``assoc``) is kept with it
(:attr:`~aligner.model.InlineTag.attributes`; a pair's on its opening tag), so a
unit written afresh -- from a saved alignment, a collection -- says it again.

Each placeholder is also reported as an :class:`~aligner.model.InlineTag`
(its span in the text and a key naming the code), so that the checks can
tell a tag from text: ``{1/}`` is a tag, not the number 1.  The codes
themselves are not lost when a TMX is exported to TMX: the writer copies the
``tu`` as it was read (:mod:`aligner.formats.tmx_keep`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from aligner.model import InlineTag, TagKind

_STANDALONE = {"ph", "ut"}


@dataclass(slots=True)
class FlatText:
    """A segment's text being flattened: its parts, the inline tags found so far
    (spans into the joined parts) and the joined length (also used by the XLIFF
    reader)."""

    parts: list[str] = field(default_factory=list)
    tags: list[InlineTag] = field(default_factory=list)
    length: int = 0
    counter: int = 0
    open_ids: dict[str, tuple[int, str]] = field(default_factory=dict)

    def text(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def tag(self, placeholder: str, kind: TagKind, key: str, code: str = "",
            attributes: tuple[tuple[str, str], ...] = ()) -> None:
        self.tags.append(InlineTag(self.length, self.length + len(placeholder), kind, key,
                                   code, attributes))
        self.parts.append(placeholder)
        self.length += len(placeholder)


def _key(el: etree._Element, name: str) -> str:
    """What identifies a code on both sides of a unit: ``x``, else element and code --
    of markup, its element name only (``<a href="/es/ayuda">`` and ``<a
    href="/en/help">`` are one code: attributes and ``sub`` text are translated)."""
    x = el.get("x")
    if x is not None:
        return f"x={x}"
    if name == "hi":
        return f"hi:{el.get('type', '')}"
    code = ((el.text or "") + "".join(child.tail or "" for child in el)).strip()
    markup = _MARKUP.match(code)
    return f"{name}:{markup.group(1)}{markup.group(2)}>" if markup else f"{name}:{code}"


# A native code that is markup: "<", an optional "/", the element's name.
_MARKUP = re.compile(r"(<\s*/?)\s*([\w:.-]+)")


def _attributes(el: etree._Element) -> tuple[tuple[str, str], ...]:
    """What a TMX code says of itself beside its native code: its ``type`` (``bpt``,
    ``it``, ``ph``, ``hi``) and a ``ph``'s ``assoc`` (``ept`` and ``ut`` have neither)."""
    return tuple((name, value) for name in ("type", "assoc")
                 if (value := el.get(name)) is not None)


def native_code(el: etree._Element) -> str:
    """The native code an inline element holds, its ``sub`` text included (TMX
    ``bpt``/``ept``/``it``/``ph``/``ut``, XLIFF 1.2 ``bpt``/``ept``/``it``/``ph``)."""
    return "".join(t for t in el.itertext() if isinstance(t, str))


def seg_content(seg: etree._Element) -> tuple[str, tuple[InlineTag, ...]]:
    """The text of a ``seg`` with placeholders for its inline codes, and the codes."""
    flat = FlatText()
    _flatten(seg, flat)
    return "".join(flat.parts), tuple(flat.tags)


def seg_text(seg: etree._Element) -> str:
    """The text of a ``seg`` with inline codes turned into placeholders."""
    return seg_content(seg)[0]


def _flatten(el: etree._Element, flat: FlatText) -> None:
    flat.text(el.text)
    for child in el:
        tag = child.tag
        if tag == "bpt" or (tag == "it" and child.get("pos") == "begin"):
            flat.counter += 1
            key = _key(child, str(tag))
            i = child.get("i")
            if tag == "bpt" and i is not None:
                flat.open_ids[i] = (flat.counter, key)
            flat.tag(f"{{{flat.counter}}}", TagKind.OPEN, key, native_code(child),
                     _attributes(child))
        elif tag == "ept" or tag == "it":
            i = child.get("i")
            if i is not None and i in flat.open_ids:
                n, key = flat.open_ids.pop(i)
            else:
                flat.counter += 1
                n, key = flat.counter, _key(child, str(tag))
            flat.tag(f"{{/{n}}}", TagKind.CLOSE, key, native_code(child),
                     _attributes(child))
        elif tag in _STANDALONE:
            flat.counter += 1
            flat.tag(f"{{{flat.counter}/}}", TagKind.STANDALONE, _key(child, str(tag)),
                     native_code(child), _attributes(child))
        elif tag == "hi":
            flat.counter += 1
            n, key = flat.counter, _key(child, "hi")
            flat.tag(f"{{{n}}}", TagKind.OPEN, key, "", _attributes(child))
            _flatten(child, flat)
            flat.tag(f"{{/{n}}}", TagKind.CLOSE, key)
        else:
            # Unknown markup (``sub`` outside a code, foreign elements): keep its text.
            _flatten(child, flat)
        flat.text(child.tail)
