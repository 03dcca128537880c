"""Characters XML 1.0 cannot hold, removed from text before writing, and counted.

XML 1.0 ``Char`` is TAB, LF, CR and the rest of Unicode minus surrogates, U+FFFE
and U+FFFF.  Anything else cannot appear in a file, not even as ``&#1;``, so the
writers (TMX, XLIFF, TBX) remove it and say how much went, and of what kind.
"""

from __future__ import annotations

import re

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_xml_text(text: str) -> tuple[str, int]:
    """Remove characters that XML 1.0 forbids; return the text and how many went."""
    cleaned, n = _XML_ILLEGAL.subn("", text)
    return cleaned, n


def _illegal_kind(char: str) -> str:
    if "\ud800" <= char <= "\udfff":
        return "lone surrogate"
    if char in "\ufffe\uffff":
        return "noncharacter U+FFFE or U+FFFF"
    return "control character"


#: A kind's plural, where adding "s" does not make it.
KIND_PLURALS = {"noncharacter U+FFFE or U+FFFF": "noncharacters U+FFFE and U+FFFF"}


class XmlCleaner:
    """Removes (and counts) characters that XML 1.0 forbids, noting what they were
    (control characters, lone surrogates, U+FFFE/U+FFFF) so that the warning can
    say so."""

    def __init__(self) -> None:
        self.removed = 0
        self._kinds: dict[str, None] = {}

    def __call__(self, text: str) -> str:
        cleaned, n = clean_xml_text(text)
        if n:
            self.removed += n
            for char in _XML_ILLEGAL.findall(text):
                self._kinds.setdefault(_illegal_kind(char), None)
        return cleaned

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds removed, in the order first met."""
        return tuple(self._kinds)
