"""Markdown's emphasis and inline HTML styles, for :mod:`aligner.readers.markdown`.

Emphasis reads as its text and is marked in the paragraph's text in its style
(:data:`~aligner.readers.assemble.STYLE_MARKS`, which assemble keeps as formatting):
``**`` and ``__`` bold, ``*`` and ``_`` italic, ``~~`` strike-through; so is the text
between inline HTML tags that say a style (:data:`~aligner.readers.assemble.TAG_STYLES`:
``<b>``, ``<em>``, ``<sup>``...), as the HTML reader keeps it.  The marks are no text:
emphasis is found as it was before it was kept (text from a non-space to a non-space
between two of one delimiter, the marks of emphasis inside it not counted), so the text
is the same with the marks or without them.
"""

from __future__ import annotations

import re

from aligner.model import Style
from aligner.readers.assemble import STYLE_MARK_CHARS, STYLE_MARKS, TAG_STYLES, strip_marked

_M = STYLE_MARK_CHARS
_EMPHASIS = re.compile(rf"(\*\*|__|\*|_|~~)([{_M}]*[^\s{_M}](?:.*?[^\s{_M}])??[{_M}]*)\1")
_EMPHASIS_STYLE = {"**": Style.BOLD, "__": Style.BOLD, "*": Style.ITALIC, "_": Style.ITALIC,
                   "~~": Style.STRIKE}
_STYLE_TAG = re.compile(rf"<(/?)({'|'.join(TAG_STYLES)})(?:\s[^>]*)?>", re.IGNORECASE)
_MARKED_SPACE = re.compile(rf"[\s{_M}]*\s[\s{_M}]*")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_TAGS = re.compile(rf"(?:{_TAG.pattern})+")  # tags one after the other
_DELIMITERS = "*_~"


def _emphasis(m: re.Match[str]) -> str:
    opens, closes = STYLE_MARKS[_EMPHASIS_STYLE[m.group(1)]]
    return opens + m.group(2) + closes


def emphasized(s: str) -> str:
    """``s`` with each emphasis as its text, marked in its style; nested emphasis too
    (``***a***``: ``*a*`` in bold, then ``a`` in italic)."""
    previous = None
    while previous != s:
        previous = s
        s = _EMPHASIS.sub(_emphasis, s)
    return s


def _style_mark(tag: str) -> str:
    """The mark of the style an inline HTML tag says ('' for none)."""
    said = _STYLE_TAG.fullmatch(tag)
    if said is None:
        return ""
    return STYLE_MARKS[TAG_STYLES[said.group(2).lower()]][1 if said.group(1) else 0]


def tags_marked(s: str) -> str:
    """``s`` without its inline HTML tags (no text), each that says a style its mark --
    but tags between two emphasis delimiters (``*</sub>*``), which the delimiters read as
    one (``**``) when the tags were taken out, as they are still."""
    def marks(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1:m.start()]
        after = m.string[m.end():m.end() + 1]
        if before and after and before in _DELIMITERS and after in _DELIMITERS:
            return ""
        return "".join(_style_mark(tag.group()) for tag in _TAG.finditer(m.group()))

    return _TAGS.sub(marks, s)


def collapsed(text: str) -> str:
    """``" ".join(text.split())``, as if the style marks in ``text`` were not there."""
    def spaced(m: re.Match[str]) -> str:
        return " " + "".join(ch for ch in m.group() if ch in _M)

    return strip_marked(_MARKED_SPACE.sub(spaced, text))
