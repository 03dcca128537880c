"""Text set in Word's Symbol font, read as the characters the font draws.

Word and LibreOffice keep a character of the Symbol font as the font's code: ``a`` in a
run of the font is drawn as α, and so is U+F061, the code from U+F000 (private use in
Unicode) that Word gives a symbol font's characters (``<w:sym w:font="Symbol"
w:char="F061"/>``).  Read as they are, ``20 ± 2 °C`` came out as ``20 \\uf0b1 2 °C``,
which no check can see.  ``symbol.tsv`` is the font's encoding (Adobe's Symbol encoding,
as Windows' Symbol font has it); each code it lists is read as its character, one
character for one, so offsets into the text do not move.  Other symbol fonts
(Wingdings, Webdings, ZapfDingbats) have no table here and keep their codes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from aligner.errors import ConfigError

SYMBOL_DATA = "symbol.tsv"
_ROW = re.compile(r"([2-9A-F][0-9A-F])\tU\+([0-9A-F]{4,6})\t\S+")
_PRIVATE = 0xF000  # Word's offset of a symbol font's codes


@cache
def symbol_table() -> dict[int, str]:
    """``symbol.tsv``: the Symbol font's code (0x20-0xFE) -> the character it draws."""
    text = resources.files("aligner.readers").joinpath(SYMBOL_DATA).read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = _ROW.fullmatch(line)
        if row is None or int(row[1], 16) in table:
            raise ConfigError(f"{SYMBOL_DATA}:{lineno}: expected a new code 20-FF, a tab, "
                              f"U+ and a code point, a tab and a glyph name; got {line!r}")
        table[int(row[1], 16)] = chr(int(row[2], 16))
    return table


@cache
def _translation() -> dict[int, str]:
    table = symbol_table()
    return {**table, **{_PRIVATE + code: char for code, char in table.items()}}


def is_symbol_font(name: str | None) -> bool:
    """Is ``name`` the Symbol font (``Symbol``, ``'Symbol'`` as ODF quotes a family)?"""
    return name is not None and name.strip().strip("'\"").strip().lower() == "symbol"


def symbol_text(text: str, *, ascii: bool = True, others: bool = True) -> str:
    """``text`` set in the Symbol font, as the characters the font draws: a code the
    table lists, plain (``a``) or from U+F000 (U+F061), is its character (α); any
    other character is left as it is.  Word names a run's font for its ASCII
    characters and for the others apart (``w:ascii``, ``w:hAnsi``): ``ascii`` and
    ``others`` say which of them are set in the Symbol font."""
    if ascii and others:
        return text.translate(_translation())
    if not (ascii or others):
        return text
    return "".join(c.translate(_translation()) if (ascii if c.isascii() else others) else c
                   for c in text)


def symbol_char(font: str, code: str) -> str:
    """A symbol Word writes apart from text (``<w:sym w:font="Symbol" w:char="F0B1"/>``):
    the character whose code ``w:char`` gives, as LibreOffice reads it, and, in the
    Symbol font, the character the font draws (U+F0B1 and B1 are ±).  A code of another
    symbol font stays a private-use character (Wingdings' F04A, a smiley, is U+F04A).
    A code that names no character (a control, a surrogate, not hexadecimal) is
    nothing."""
    try:
        char = chr(int(code, 16))
    except (ValueError, OverflowError):
        return ""
    if unicodedata.category(char) in ("Cc", "Cs"):
        return ""
    return symbol_text(char) if is_symbol_font(font) else char
