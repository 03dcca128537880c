"""Small text helpers shared by formats and checks."""

from __future__ import annotations

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape_cell(text: str) -> str:
    """Escape a TSV cell: backslash, TAB, LF and CR become ``\\\\``, ``\\t``, ``\\n``, ``\\r``."""
    if not any(ch in text for ch in _ESCAPES):
        return text
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def unescape_cell(text: str) -> str:
    """Reverse :func:`escape_cell`; an unknown escape such as ``\\x`` stays as it is."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in _UNESCAPES:
            out.append(_UNESCAPES[text[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)
