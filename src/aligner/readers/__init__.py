"""Readers: turn a file into a :class:`~aligner.model.Document` (text + blocks).

One module per format; :func:`read_document` picks one by file extension
(``.txt``; ``.md``/``.markdown``; ``.html``/``.htm``/``.xhtml``; ``.srt``; ``.vtt``; ``.docx``;
``.odt``; ``.pptx``; ``.odp``; ``.epub``; ``.rtf``; ``.pdf``; anything else is plain
text unless its content is a PDF, an RTF document or a DOCX/ODT/PPTX/ODP/EPUB package)
unless ``input_format`` says otherwise.  The formats that are packages, RTF or PDF are
checked by content (zip signature and the package's ``mimetype`` or parts, ``{\rtf``,
``%PDF-``): a ``.docx`` that is HTML is an error naming what it is, and so is a
``.txt`` that is a DOCX.  A DOCX, ODT, PPTX, ODP, EPUB or RTF document without a letter
or digit (pictures only) is an error too; an empty text file is an empty document.
"""

from __future__ import annotations

import os
from enum import Enum

from aligner.errors import ConfigError, ExchangeFileError, InputError
from aligner.model import DeclaredLanguage, Document

# pathlib and aligner.fileio (tempfile, shutil) are imported where files are
# read: aligner.readers.text, which aligner segment --jsonl-docs imports
# without reading a file, starts faster without them.


class InputFormat(Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    SRT = "srt"  # SubRip subtitles
    VTT = "vtt"  # WebVTT subtitles
    DOCX = "docx"
    ODT = "odt"
    PPTX = "pptx"
    ODP = "odp"
    EPUB = "epub"
    RTF = "rtf"
    PDF = "pdf"


_BY_SUFFIX = {
    ".txt": InputFormat.TEXT,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".srt": InputFormat.SRT,
    ".vtt": InputFormat.VTT,
    ".docx": InputFormat.DOCX,
    ".odt": InputFormat.ODT,
    ".pptx": InputFormat.PPTX,
    ".odp": InputFormat.ODP,
    ".epub": InputFormat.EPUB,
    ".rtf": InputFormat.RTF,
    ".pdf": InputFormat.PDF,
}
# Read from bytes and recognised by content (RTF is text, but in the code pages it
# names itself).
BINARY = frozenset({InputFormat.DOCX, InputFormat.ODT, InputFormat.PPTX, InputFormat.ODP,
                    InputFormat.EPUB, InputFormat.RTF, InputFormat.PDF})
_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": InputFormat.ODT,
    "application/vnd.oasis.opendocument.presentation": InputFormat.ODP,
    "application/epub+zip": InputFormat.EPUB,
}
_NAMES = {InputFormat.DOCX: "a DOCX", InputFormat.ODT: "an ODT", InputFormat.PPTX: "a PPTX",
          InputFormat.ODP: "an ODP", InputFormat.EPUB: "an EPUB", InputFormat.RTF: "an RTF",
          InputFormat.PDF: "a PDF"}


def format_article(fmt: InputFormat) -> str:
    """How messages name a document format, with its article: ``a DOCX``, ``an RTF``."""
    return _NAMES.get(fmt) or f"a {fmt.value} file"


def format_for(path: str | os.PathLike[str]) -> InputFormat:
    """The input format implied by a file name (plain text when unknown)."""
    from pathlib import Path

    return _BY_SUFFIX.get(Path(path).suffix.lower(), InputFormat.TEXT)


# The tool's own exchange files, given where a document is expected.
_EXCHANGE = {
    ".align": "a bead file (an alignment)",
    ".beads": "a bead file (an alignment)",
    ".json": "JSON (a saved alignment, or an i18n bundle: aligner check SRC.json "
             "TGT.json reads two bundles)",
    ".po": "a gettext PO catalogue, aligned already (aligner check and export read it)",
    ".pot": "a gettext template (POT): nothing is translated in it",
    ".tmx": "a translation memory (TMX)",
    ".xlf": "XLIFF (a bilingual file)",
    ".xliff": "XLIFF (a bilingual file)",
    ".tbx": "a termbase (TBX)",
}


def _refuse_exchange_file(name: str) -> None:
    from pathlib import Path

    suffix = Path(name).suffix.lower()
    what = _EXCHANGE.get(suffix)
    if what is not None:
        raise ExchangeFileError(f"is {what}, not a document to segment; give --input-format "
                                "text to read it as plain text anyway", path=name, what=what,
                                importable=suffix in _IMPORTABLE)


#: The exchange files ``aligner import`` reads into a collection as a memory.
_IMPORTABLE = frozenset({".json", ".po", ".tmx", ".xlf", ".xliff"})


# What --input-format accepts: the formats' names, and the usual short ones.
FORMAT_NAMES = (*(f.value for f in InputFormat), "txt", "md", "subrip", "webvtt")


def parse_format(value: str | InputFormat | None) -> InputFormat | None:
    """``"md"``/``"markdown"``/``"html"``/``"text"``/``"txt"``/``"srt"``/``"subrip"``/
    ``"vtt"``/``"webvtt"``/``"docx"``/``"odt"``/``"pptx"``/``"odp"``/``"epub"``/``"rtf"``/
    ``"pdf"`` -> :class:`InputFormat`."""
    if value is None or isinstance(value, InputFormat):
        return value
    aliases = {"txt": "text", "md": "markdown", "htm": "html", "xhtml": "html",
               "subrip": "srt", "webvtt": "vtt"}
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
    """Build a document from text already in memory (text, Markdown, HTML, SubRip or
    WebVTT)."""
    fmt = parse_format(input_format) or InputFormat.TEXT
    if fmt in BINARY:
        raise ConfigError(f"{fmt.value} is read from a file's bytes, not from a string")
    if fmt is InputFormat.MARKDOWN:
        from aligner.readers.markdown import read_markdown

        return read_markdown(text, lang=lang, name=name)
    if fmt is InputFormat.HTML:
        from aligner.readers.html import read_html

        return read_html(text, lang=lang, name=name)
    if fmt is InputFormat.SRT:
        from aligner.readers.subtitles import read_srt

        return read_srt(text, lang=lang, name=name)
    if fmt is InputFormat.VTT:
        from aligner.readers.subtitles import read_vtt

        return read_vtt(text, lang=lang, name=name)
    from aligner.readers.text import read_plain

    return read_plain(text, lang=lang, name=name)


# A password-protected DOCX (or XLSX, PPTX) is no zip but an OLE compound file that
# holds the encrypted package in a stream of this name (MS-OFFCRYPTO, section 2.3.4).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTED_OFFICE = "a password-protected (encrypted) Office document"
_OLD_OFFICE = "an old binary Office document (.doc, .xls, .ppt)"
# PowerPoint 97-2003 keeps its slides in a stream of this name ([MS-PPT], 2.1.1).
_PPT_STREAM = "PowerPoint Document".encode("utf-16-le")
_OLD_DECK = "an old binary PowerPoint deck (.ppt)"


def _describe(data: bytes) -> str:
    """What text-like content is, for a message."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "HTML"
    if head.startswith(b"<"):
        return "XML or HTML"
    if not data.strip():
        return "empty"
    return "binary data" if b"\x00" in data[:8192] else "text"


def sniff(data: bytes, *, name: str) -> tuple[InputFormat | None, str]:
    """The document format ``data`` is by content (None for text-like content), and
    a description of it for messages; a damaged zip raises :class:`InputError`."""
    from aligner.readers.container import ZIP_MAGIC, Package
    from aligner.readers.pdf import PDF_MAGIC

    if PDF_MAGIC in data[:1024]:
        return InputFormat.PDF, "a PDF"
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            return None, _ENCRYPTED_OFFICE
        return None, _OLD_DECK if _PPT_STREAM in data else _OLD_OFFICE
    if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return InputFormat.RTF, "an RTF"
    if not data.startswith(ZIP_MAGIC):
        return None, _describe(data)
    pkg = Package(data, name=name)
    if pkg.has("mimetype"):
        mimetype = pkg.read("mimetype")[:200].decode("ascii", "replace").strip()
        fmt = _MIMETYPES.get(mimetype)
        return fmt, f"a package of type {mimetype}" if fmt is None else _NAMES[fmt]
    if pkg.has("ppt/presentation.xml"):
        return InputFormat.PPTX, _NAMES[InputFormat.PPTX]
    if pkg.has("word/document.xml") or (pkg.has("[Content_Types].xml") and any(
            n.endswith("document.xml") for n in pkg.names())):
        return InputFormat.DOCX, "a DOCX"
    return None, "a zip archive of no document format read here"


def read_document(
    path: str | os.PathLike[str],
    *,
    lang: str,
    input_format: str | InputFormat | None = None,
    encoding: str = "utf-8",
) -> Document:
    """Read a file.  A missing file, bad bytes, a file whose content is not the
    format its name (or ``input_format``) says, or an unsafe package raise
    :class:`~aligner.errors.InputError`."""
    from aligner.fileio import read_bytes

    return read_data(read_bytes(path), name=os.fspath(path), lang=lang,
                     input_format=input_format, encoding=encoding)


def read_data(
    data: bytes,
    *,
    name: str,
    lang: str,
    input_format: str | InputFormat | None = None,
    encoding: str = "utf-8",
) -> Document:
    """A file's bytes read as :func:`read_document` reads the file ``name`` (whose
    extension picks the reader unless ``input_format`` does): for bytes read
    elsewhere (``aligner batch`` reads files in one process and reads them as
    documents in another).  Markup nested too deep for the readers' walk over it
    (thousands of unclosed ``<span>``) is an :class:`~aligner.errors.InputError` too."""
    try:
        return _read_data(data, name=name, lang=lang, input_format=input_format,
                          encoding=encoding)
    except RecursionError:
        raise InputError("its markup is nested too deeply to read (elements inside each "
                         "other by the thousand); save it again from its editor, or as "
                         "plain text", path=name) from None


def _read_data(data: bytes, *, name: str, lang: str, input_format: str | InputFormat | None,
               encoding: str) -> Document:
    from aligner.fileio import decode, refuse_binary

    asked = parse_format(input_format)
    if asked is None:
        _refuse_exchange_file(name)
    fmt = asked or format_for(name)
    sniffed, what = sniff(data, name=name)
    if what in (_OLD_OFFICE, _OLD_DECK) and asked is not InputFormat.TEXT:
        # its control codes or binary records would be read as sentences
        formats = ".pptx or .odp" if what == _OLD_DECK else ".docx or .odt"
        raise InputError(f"is {what}, which is not read here; save it as {formats} "
                         "in its editor (or as plain text) and read that", path=name)
    if fmt in BINARY and sniffed is not fmt:
        if what == _ENCRYPTED_OFFICE:
            raise InputError(f"is {what}; save a copy without the password and read "
                             "that", path=name)
        content = sniffed or _TEXT_LIKE.get(what)
        fix = f"; {_how_to_read(name, asked, content)}" if content is not None else ""
        raise InputError(f"is not {_NAMES[fmt]} file: its content is {what}{fix}", path=name)
    if sniffed is InputFormat.RTF and asked is InputFormat.TEXT:
        sniffed = None  # its code, read as the text it is, as asked
    if fmt not in BINARY and sniffed is not None:
        from pathlib import Path

        if asked is not None or Path(name).suffix.lower() in _BY_SUFFIX:
            raise InputError(f"is {what} file, not {fmt.value}; "
                             f"{_how_to_read(name, asked, sniffed)}", path=name)
        fmt = sniffed  # an unknown extension: the content decides
    if fmt is InputFormat.PDF:
        from aligner.readers.pdf import read_pdf

        return read_pdf(data, lang=lang, name=name)
    if fmt is InputFormat.RTF:
        from aligner.readers.rtf import read_rtf

        return _has_text(read_rtf(data, lang=lang, name=name), fmt, name)
    if fmt in BINARY:
        return _read_package(data, fmt, lang=lang, name=name)
    refuse_binary(data, path=name, encoding=encoding)
    if fmt is InputFormat.HTML:
        from aligner.readers.htmlcharset import page_encoding

        encoding = page_encoding(data, encoding)
    return read_string(decode(data, path=name, encoding=encoding), lang=lang,
                       input_format=fmt, name=name)


def declared_language(path: str | os.PathLike[str], *,
                      input_format: str | InputFormat | None = None,
                      encoding: str = "utf-8") -> DeclaredLanguage | None:
    """The language the document at ``path`` declares (``Document.declared``:
    :mod:`aligner.readers.declared`), for a command to take before it reads the document
    in a language; None when it declares none, and for plain text and PDF, which declare
    none here.  A file that cannot be read declares nothing: its error comes when it is
    read."""
    from aligner.errors import AlignerError
    from aligner.fileio import read_bytes

    fmt = parse_format(input_format) or format_for(path)
    try:
        data = read_bytes(path)
        sniffed, _ = sniff(data, name=os.fspath(path))
        if InputFormat.PDF in (fmt, sniffed) or (fmt is InputFormat.TEXT and sniffed is None):
            return None  # the PDF reader reads in the language: no reading in a stand-in
        return read_data(data, name=os.fspath(path), lang="und", input_format=input_format,
                         encoding=encoding).declared
    except AlignerError:
        return None


# Text-like content under a document package's or a PDF's extension that a reader reads.
_TEXT_LIKE = {"HTML": InputFormat.HTML, "text": InputFormat.TEXT}


def _how_to_read(name: str, asked: InputFormat | None, content: InputFormat) -> str:
    """How to read a file whose content is the format ``content`` though its name (or
    ``--input-format``, ``asked``) says another: the fix every such message ends with."""
    from pathlib import Path

    suffix = Path(name).suffix.lower()
    if asked is not None and _BY_SUFFIX.get(suffix) is content:
        return f"drop --input-format {asked.value}"
    extension = next(s for s, f in _BY_SUFFIX.items() if f is content)
    return f"name it {extension} or give --input-format {content.value}"


# What a package's reader leaves out, for the message when it finds no text.
_NOT_READ = {InputFormat.DOCX: "text boxes, headers and footers",
             InputFormat.ODT: "frames, headers and footers",
             InputFormat.PPTX: "pictures, charts and SmartArt",
             InputFormat.ODP: "pictures, charts and embedded objects",
             InputFormat.EPUB: "the cover, title page and contents",
             InputFormat.RTF: "pictures, text boxes, headers and footers"}


def _read_package(data: bytes, fmt: InputFormat, *, lang: str, name: str) -> Document:
    from aligner.readers.container import Package

    pkg = Package(data, name=name)
    if fmt is InputFormat.DOCX:
        from aligner.readers.docx import read_docx

        doc = read_docx(pkg, lang=lang)
    elif fmt is InputFormat.ODT:
        from aligner.readers.odt import read_odt

        doc = read_odt(pkg, lang=lang)
    elif fmt is InputFormat.PPTX:
        from aligner.readers.pptx import read_pptx

        doc = read_pptx(pkg, lang=lang)
    elif fmt is InputFormat.ODP:
        from aligner.readers.odp import read_odp

        doc = read_odp(pkg, lang=lang)
    else:
        from aligner.readers.epub import read_epub

        doc = read_epub(pkg, lang=lang)
    return _has_text(doc, fmt, name)


def _has_text(doc: Document, fmt: InputFormat, name: str) -> Document:
    # A document is made to be read, unlike a text file, which may be empty on purpose:
    # one without a letter or digit is most likely a scan (pictures of pages), which
    # would otherwise give nothing to align without a word; the PDF reader refuses a
    # scan so too.
    if not any(c.isalnum() for c in doc.text):
        raise InputError(f"has no text (images only? {_NOT_READ[fmt]} are not read); "
                         "run OCR on a scan first", path=name)
    return doc


__all__ = ["InputFormat", "declared_language", "format_for", "parse_format", "read_data",
           "read_document", "read_string", "sniff"]
