"""Readers: turn a file into a :class:`~aligner.model.Document` (text + blocks).

One module per format; :func:`read_document` picks one by file extension
(``.txt``; ``.md``/``.markdown``; ``.html``/``.htm``/``.xhtml``; anything else
is plain text) unless ``input_format`` says otherwise.
"""

from __future__ import annotations

import os
from enum import Enum

from aligner.errors import ConfigError
from aligner.model import Document

# pathlib and aligner.fileio (tempfile, shutil) are imported where files are
# read: aligner.readers.text, which aligner segment --jsonl-docs imports
# without reading a file, starts faster without them.


class InputFormat(Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


_BY_SUFFIX = {
    ".txt": InputFormat.TEXT,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
}


def format_for(path: str | os.PathLike[str]) -> InputFormat:
    """The input format implied by a file name (plain text when unknown)."""
    from pathlib import Path

    return _BY_SUFFIX.get(Path(path).suffix.lower(), InputFormat.TEXT)


def parse_format(value: str | InputFormat | None) -> InputFormat | None:
    """``"md"``/``"markdown"``/``"html"``/``"text"``/``"txt"`` -> :class:`InputFormat`."""
    if value is None or isinstance(value, InputFormat):
        return value
    aliases = {"txt": "text", "md": "markdown", "htm": "html", "xhtml": "html"}
    name = aliases.get(value.lower(), value.lower())
    try:
        return InputFormat(name)
    except ValueError:
        known = ", ".join(f.value for f in InputFormat)
        raise ConfigError(f"unknown input format {value!r} (known: {known})") from None


def read_string(
    text: str,
    *,
    lang: str,
    input_format: str | InputFormat = InputFormat.TEXT,
    name: str = "<string>",
) -> Document:
    """Build a document from text already in memory."""
    fmt = parse_format(input_format) or InputFormat.TEXT
    if fmt is InputFormat.MARKDOWN:
        from aligner.readers.markdown import read_markdown

        return read_markdown(text, lang=lang, name=name)
    if fmt is InputFormat.HTML:
        from aligner.readers.html import read_html

        return read_html(text, lang=lang, name=name)
    from aligner.readers.text import read_plain

    return read_plain(text, lang=lang, name=name)


def read_document(
    path: str | os.PathLike[str],
    *,
    lang: str,
    input_format: str | InputFormat | None = None,
    encoding: str = "utf-8",
) -> Document:
    """Read a file.  Missing file or bad bytes raise :class:`~aligner.errors.InputError`."""
    from aligner.fileio import read_text

    fmt = parse_format(input_format) or format_for(path)
    text = read_text(path, encoding=encoding)
    return read_string(text, lang=lang, input_format=fmt, name=str(path))


__all__ = ["InputFormat", "format_for", "parse_format", "read_document", "read_string"]
