"""The encoding an HTML page is read in: the ``--encoding`` option, or the charset the
page declares where its bytes are not UTF-8 (for :mod:`aligner.readers`)."""

from __future__ import annotations

import codecs
import re

from aligner.fileio import names_utf8

# A charset the page declares in its first 1024 bytes (as a browser's pre-scan
# looks for it): <meta charset>, <meta http-equiv content="...; charset=...">,
# or an XML declaration's encoding.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# Labels a browser reads as windows-1252 (the WHATWG Encoding Standard):
# Latin-1 pages hold its curly quotes and dashes in 0x80-0x9F.
_AS_WINDOWS_1252 = frozenset({"latin1", "iso8859_1", "ascii", "cp819", "windows_1252",
                              "cp1252"})


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset a page declares, or None (none, or unknown)."""
    m = _DECLARED.search(data, 0, 1024)
    if m is None:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def page_encoding(data: bytes, encoding: str) -> str:
    """The encoding to read an HTML page in: ``encoding`` (the ``--encoding``
    option, UTF-8 by default), unless that is UTF-8, the bytes are not, and the
    page declares a charset -- then the declared one.  A page that is valid UTF-8
    is read as UTF-8 whatever it declares: editors often save UTF-8 under an old
    Latin-1 declaration, while Latin-1 text with accents is practically never
    valid UTF-8.  A byte-order mark wins over both, and an unknown ``encoding`` is
    reported, where every text is decoded (:func:`aligner.fileio.decode`)."""
    if not names_utf8(encoding) or _fits(data, "utf-8"):
        return encoding
    declared = declared_charset(data)
    if declared is None or declared == "utf_8":
        return encoding
    if declared == "cp1252" and not _fits(data, "cp1252"):
        return "latin-1"  # the five bytes cp1252 leaves undefined
    return declared


def _fits(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
