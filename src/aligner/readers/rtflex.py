"""RTF's lexical layer, for :mod:`aligner.readers.rtf`: an RTF file's bytes as tokens
(RTF 1.9.1, "RTF Syntax"), and the code pages its bytes are in.

A token is a group's opening or closing brace, a control word (``\\b0``: letters, then
an optional signed number; one space after it is part of it), a control symbol (``\\~``,
a backslash and one other character), a byte given in hexadecimal (``\\'e9``) or a run
of plain text.  Line ends are not text in RTF (a writer breaks its lines anywhere) and
are dropped, except after a backslash, where they are a paragraph mark, ``\\par``.  The
data of ``\\binN`` (N raw bytes) is skipped whole, so that no byte of it is read as a
brace.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from enum import Enum

from aligner.errors import InputError


class Kind(Enum):
    OPEN = "{"
    CLOSE = "}"
    WORD = "word"  # value: the control word; param: its number or None
    SYMBOL = "symbol"  # value: the character after the backslash
    HEX = "hex"  # param: the byte
    TEXT = "text"  # raw: the bytes


Token = tuple[Kind, str, int | None, bytes, int]  # kind, value, param, raw bytes, offset

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in hexadecimal
    rb"|\\(.)"  # a control symbol (a backslash before a line end is \par)
    rb"|([{}])"
    rb"|([\r\n]+)"  # line ends: nothing
    rb"|([^\\{}\r\n]+)",  # text
    re.DOTALL)


def tokens(data: bytes, start: int = 0) -> Iterator[Token]:
    """The tokens of ``data`` from offset ``start``; a backslash at its very end (no
    character after it) is dropped, as a truncated file's last byte."""
    pos, end = start, len(data)
    match = _TOKEN.match
    while pos < end:
        m = match(data, pos)
        if m is None:  # only a backslash at the end of the data
            return
        pos = m.end()
        word, number, hexa, symbol, brace, _lines, text = m.groups()
        if word is not None:
            param = int(number) if number is not None else None
            if word == b"bin" and param is not None and param > 0:
                pos += param  # binary data: skipped, whatever its bytes
                continue
            yield Kind.WORD, word.decode("ascii"), param, b"", m.start()
        elif hexa is not None:
            yield Kind.HEX, "", int(hexa, 16), b"", m.start()
        elif symbol is not None:
            yield Kind.SYMBOL, symbol.decode("latin-1"), None, b"", m.start()
        elif brace is not None:
            yield (Kind.OPEN if brace == b"{" else Kind.CLOSE), "", None, b"", m.start()
        elif text is not None:
            yield Kind.TEXT, "", None, text, m.start()


def line_of(data: bytes, offset: int) -> int:
    """The 1-based line of the byte at ``offset``, for a message."""
    return data.count(b"\n", 0, offset) + 1


# Windows' character sets (a font's \fcharsetN) and the code page each is written in.
_CHARSETS = {
    0: 1252, 77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253,
    162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
    255: 437,
}  # fmt: skip
# Code pages whose Python codec has another name than cpN.
_CODEC_NAMES = {10000: "mac_roman", 10001: "shift_jis", 10007: "mac_cyrillic",
                65001: "utf-8"}


def codec(codepage: int | None) -> str | None:
    """The Python codec of a Windows code page (``\\ansicpgN``, ``\\cpgN``); None for
    one Python does not know."""
    if codepage is None:
        return None
    name = _CODEC_NAMES.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_codec(charset: int) -> str | None:
    """The codec of a font's character set (``\\fcharsetN``); None for the symbol
    character set (2), whose bytes are the font's own codes, and for one not known."""
    return codec(_CHARSETS.get(charset))


def refuse_truncated(data: bytes, *, name: str, depth: int, opened: int) -> None:
    """A file that ends inside ``depth`` groups (the innermost opened at ``opened``)."""
    if depth:
        raise InputError(
            f"the RTF ends inside {depth} open group{'s' if depth > 1 else ''} (a '{{' "
            f"opened on line {line_of(data, opened)} is never closed): the file is "
            "truncated or damaged", path=name, line=line_of(data, max(len(data) - 1, 0)))
