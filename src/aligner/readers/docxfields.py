"""A DOCX's fields, for :mod:`aligner.readers.docx`: what their codes say and which are
open where the reader is.

A field reads as its displayed result, never its code.  The result of a generated
index (``TOC``, ``INDEX``, ``BIBLIOGRAPHY``: ECMA-376 part 1, 17.16.5) is left out; the
result of a ``HYPERLINK`` field is a link, to the field's address, and ``#`` and its
bookmark after ``\\l`` (17.16.5.25: ``HYPERLINK "https://…" \\l "part"``, or
``HYPERLINK \\l "_Toc12"`` for a place in the document), as a ``w:hyperlink`` is.
"""

from __future__ import annotations

import re

# Fields whose result is a generated index: a table of contents (or of figures: TOC \c),
# an index, a bibliography.
_INDEX_FIELD = re.compile(r"\s*(?:TOC|INDEX|BIBLIOGRAPHY)\b", re.IGNORECASE)
_HYPERLINK = re.compile(r"\s*HYPERLINK\b", re.IGNORECASE)
# A field code's arguments: a quoted text (a backslash escapes the character after
# it, 17.16.1) or a word, a switch (\l) among them
_ARGUMENT = re.compile(r'"((?:[^"\\]|\\.)*)"?|(\S+)')
_ESCAPED = re.compile(r"\\(.)")


def is_index(code: str) -> bool:
    """Whether a field's code makes a generated index (its result left out)."""
    return _INDEX_FIELD.match(code) is not None


def hyperlink(code: str) -> str | None:
    """Where a ``HYPERLINK`` field's result points ('' for nowhere); None for a field
    of another kind."""
    start = _HYPERLINK.match(code)
    if start is None:
        return None
    address, anchor = "", ""
    after = ""  # the switch whose argument comes next
    for m in _ARGUMENT.finditer(code, start.end()):
        quoted = m.group(1) is not None
        word = _ESCAPED.sub(r"\1", m.group(1)) if quoted else m.group(2)
        if not quoted and word.startswith("\\"):
            after = word.lower()
            continue
        if after == "\\l":
            anchor = anchor or word
        elif not after and not address:
            address = word
        after = ""
    return f"{address.strip()}#{anchor}" if anchor else address.strip()


class Fields:
    """The complex fields (``w:fldChar`` begin, separate, end) open where the reader is,
    innermost last: each in its code until ``separate``, then in its result."""

    def __init__(self) -> None:
        self._kinds: list[str] = []  # "code", then "result", "index" or "link"
        self._codes: list[str] = []  # the code read so far of each

    def clear(self) -> None:
        self._kinds.clear()
        self._codes.clear()

    def char(self, kind: str) -> None:
        """A ``w:fldChar`` of ``w:fldCharType`` ``kind``."""
        if kind == "begin":
            self._kinds.append("code")
            self._codes.append("")
        elif kind == "separate" and self._kinds:
            code = self._codes[-1]
            self._kinds[-1] = ("index" if is_index(code)
                               else "link" if hyperlink(code) is not None else "result")
        elif kind == "end" and self._kinds:
            self._kinds.pop()
            self._codes.pop()

    def code(self, text: str) -> None:
        """A ``w:instrText``: more of the innermost field's code, while it is read."""
        if self._kinds and self._kinds[-1] == "code":
            self._codes[-1] += text

    def hidden(self) -> bool:
        """Whether what comes here is no text: a field's code, an index's result."""
        return "code" in self._kinds or "index" in self._kinds

    def link(self) -> str | None:
        """Where the innermost ``HYPERLINK`` field whose result this is points."""
        for kind, code in zip(reversed(self._kinds), reversed(self._codes), strict=True):
            if kind == "link":
                return hyperlink(code)
        return None
