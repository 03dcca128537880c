"""RTF reader (Rich Text Format 1.x: written to Word's RTF 1.9.1 specification, tested
on LibreOffice's and pandoc's RTF), over the tokens of :mod:`aligner.readers.rtflex`.

RTF is a stream of text and control words in nested groups (``{...}``); what a control
word sets (bold, the font, the paragraph's outline level...) holds until the group it
is in closes.  What a reader of the document sees, as the DOCX reader reads it:

* the paragraphs of the body in order (``\\par``; ``\\line``, ``\\tab`` and ``\\page``
  inside one read as a space); a heading (an outline level ``\\outlinelevelN`` below 9,
  its own or its style's, or a style named ``heading N``, ``Title`` or ``Subtitle``)
  and a list item (``\\lsN``, a list label ``\\listtext`` / ``\\pntext``, or a label
  typed before a tab in a paragraph with a hanging indent, as pandoc writes one) each a
  paragraph of its own; each cell of a table (``\\cell``, ``\\nestcell`` in a table
  in a cell) a paragraph, row by row;
* the text's bold, italic, underline, strike-through, superscript and subscript
  (``\\b``, ``\\i``, ``\\ul``..., each off again with ``0``) kept as formatting (but
  a look over a whole heading, its style's: :func:`.rtftables.heading_looks`), and a
  ``HYPERLINK`` field's result as a link to the field's address; any other field as its
  result (``\\fldrslt``), never its code; a generated index (``TOC``, ``INDEX``) left out;
* characters as ``\\uN`` (the ``\\ucN`` characters after it, its fallback for old
  readers, skipped), as ``\\'hh`` and as 8-bit text, in the code page of the run's
  font's character set (``\\fcharsetN``; :class:`.rtftables.RunFonts`: ``\\fN``, or an
  associated font ``\\afN`` after ``\\dbch``, ``\\hich``, ``\\rtlch``), else of the
  document (``\\ansicpgN``; Windows-1252 by default); text in the Symbol font (a font
  called Symbol in the font table) as the characters the font draws (:mod:`.symbolfont`);
* footnotes and then endnotes (``\\footnote``, ``\\ftnalt``) after the body, in the order
  cited, their automatic call mark (``\\chftn``) left out of the sentence; tracked
  changes as accepted (``\\deleted`` text dropped).

Left out: list labels (the numbers and bullets a word processor draws itself, as the
DOCX and ODT readers leave them out), a table of contents (a ``TOC`` field's result, and
paragraphs in its styles: :mod:`.rtftables`), headers and footers (running heads, as in every
reader), hidden text (``\\v``), annotations (comments), pictures, objects, shapes and
text boxes, bookmarks and index entries, and every destination marked ``\\*`` that is
not read here (RTF's rule for a reader that does not know it).

Broken RTF (a brace too many, a file cut short) is an
:class:`~aligner.errors.InputError` naming the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from aligner.errors import InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.readers.assemble import Para, Styled, assemble, stripped
from aligner.readers.docxfields import hyperlink, is_index
from aligner.readers.rtflex import Kind, codec, line_of, refuse_truncated, tokens
from aligner.readers.rtftables import (
    DEFAULT_FONTS,
    FONT_WORDS,
    ParaProps,
    RunFonts,
    Tables,
    heading_looks,
    typed_label,
)
from aligner.readers.symbolfont import symbol_text

RTF_MAGIC = b"{\\rtf"


class _Dest(Enum):
    """Where a group's text goes."""

    TEXT = "text"  # the document (the body or a note)
    SKIP = "skip"
    FONTS = "fonts"  # the font table: font names
    STYLES = "styles"  # the style sheet: style names
    CODE = "code"  # a field's code (its instruction)


# Destinations never read, though not marked \* (those are skipped unless known).
_SKIPPED = frozenset({
    "colortbl", "info", "pict", "object", "shp", "shppict", "nonshppict", "do", "xe", "tc",
    "tcn", "txe", "rxe", "bkmkstart", "bkmkend", "header", "headerl", "headerr", "headerf",
    "footer", "footerl", "footerr", "footerf", "ftnsep", "ftnsepc", "ftncn", "aftnsep",
    "aftnsepc", "aftncn", "nonesttables", "template", "listtable", "listoverridetable",
    "revtbl", "rsidtbl", "filetbl", "atnid", "atnauthor", "annotation", "private", "pn",
    "fldtype", "datafield", "comment", "author", "title", "subject", "keywords",
})  # fmt: skip
_LABELS = frozenset({"listtext", "pntext"})
# Destinations marked \* that are read.
_KNOWN = frozenset({"footnote", "fldinst", "fldrslt", "ud"})
_TOGGLES = {"b": Style.BOLD, "i": Style.ITALIC, "strike": Style.STRIKE,
            "striked": Style.STRIKE}
_UNDERLINES = frozenset({
    "ul", "uld", "uldash", "uldashd", "uldashdd", "uldb", "ulhwave", "ulldash", "ulth",
    "ulthd", "ulthdash", "ulthdashd", "ulthdashdd", "ulthldash", "ululdbwave", "ulw",
    "ulwave"})  # fmt: skip
_CHARACTERS = {
    "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "line": " ",
    "tab": " ", "page": " ", "column": " ", "emspace": " ", "enspace": " ", "qmspace": " ",
    "zwj": "\u200d", "zwnj": "\u200c", "ltrmark": "\u200e", "rtlmark": "\u200f",
}  # fmt: skip
# \~ a non-breaking space, \_ a non-breaking hyphen (read as '-', as the DOCX reader
# reads Word's), \- an optional hyphen (nothing), and the escaped specials.
_SYMBOLS = {"~": "\u00a0", "_": "-", "\\": "\\", "{": "{", "}": "}"}
_PARAGRAPH_ENDS = frozenset({"par", "sect"})
_CELL_ENDS = frozenset({"cell", "nestcell"})


class _Flow:
    """The paragraphs of the body or of one note, and the one being read."""

    def __init__(self, part: Part) -> None:
        self.part = part
        self.paras: list[Para] = []
        self.out = Styled()
        self.labelled = False  # the paragraph has a list label
        self.tab: int | None = None  # where its first tab is in ``out``


@dataclass
class _Field:
    code: list[str] = field(default_factory=list)


@dataclass
class _State:
    """What a group sets; each ``{`` starts with a copy of its parent's."""

    dest: _Dest
    flow: _Flow
    fonts: RunFonts = field(default_factory=RunFonts)  # \f and the associated fonts
    looks: frozenset[Style] = frozenset()
    hidden: bool = False
    uc: int = 1  # how many characters after \uN are its fallback
    para: ParaProps = field(default_factory=ParaProps)
    href: str | None = None  # where the text points, in a HYPERLINK field's result
    in_field: _Field | None = None  # the field whose code or result this is
    entry: int = 0  # the font or style being defined (font table, style sheet)
    upr: _Dest = _Dest.TEXT  # the destination a \ud inside \upr reads into


class _Reader:
    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        self.body = _Flow(Part.BODY)
        self.notes: list[_Flow] = []
        self.tables = Tables()
        self.skip = 0  # fallback characters after \uN still to skip
        self.high = ""  # a high surrogate waiting for its low one
        self.pending = bytearray()  # bytes (\'hh, 8-bit text) not yet decoded
        self.pending_state: _State | None = None

    def read(self, start: int) -> None:
        stack: list[_State] = []
        opened: list[int] = []
        state = _State(_Dest.TEXT, self.body)
        starred = False
        for token in tokens(self.data, start):
            kind, value, param, raw, offset = token
            if kind is not Kind.HEX and kind is not Kind.TEXT and self.pending:
                self._decode()
            if kind is Kind.OPEN:
                stack.append(state)
                opened.append(offset)
                state = replace(state)
                self.skip = 0
            elif kind is Kind.CLOSE:
                if not stack:  # the document's own group closes
                    self._end(state)
                    return self._after_end(offset + 1)
                inner, state = state, stack.pop()
                opened.pop()
                self.skip = 0
                if inner.flow is not state.flow and inner.dest is _Dest.TEXT:
                    self._end(inner)  # a note's last paragraph
            elif self.skip and kind is not Kind.TEXT:
                self.skip -= 1  # a fallback character: a byte, a control word or symbol
            elif kind is Kind.WORD:
                self._word(state, value, param, starred)
            elif kind is Kind.SYMBOL:
                self._symbol(state, value, starred)
            elif kind is Kind.HEX:
                self.pending.append(param or 0)
                self.pending_state = state
            else:
                self._text(state, raw)
            starred = kind is Kind.SYMBOL and value == "*"
        refuse_truncated(self.data, name=self.name, depth=len(stack) + 1,
                         opened=opened[-1] if opened else start - 1)

    def _after_end(self, offset: int) -> None:
        """What follows the document's closing brace must be nothing (or NULs, line
        ends): text after it means a brace too many closed the document early."""
        rest = self.data[offset:].lstrip(b"\x00 \t\r\n")
        if rest:
            at = len(self.data) - len(rest)
            raise InputError("the RTF has a '}' too many: text follows the end of the "
                             "document (the file is damaged)", path=self.name,
                             line=line_of(self.data, at))

    # -- text ---------------------------------------------------------------------

    def _decode(self) -> None:
        state = self.pending_state
        data, self.pending = bytes(self.pending), bytearray()
        if state is not None:
            font = state.fonts.text_font()
            self._put(state, data.decode(self.tables.codec(font), errors="replace"))

    def _text(self, state: _State, raw: bytes) -> None:
        if self.skip:
            cut = min(self.skip, len(raw))
            raw, self.skip = raw[cut:], self.skip - cut
        if not raw:
            return
        if raw.isascii() and not self.pending:
            self._put(state, raw.decode("ascii"))
        else:  # with the bytes before it: a double-byte character's trail may be text
            self.pending += raw
            self.pending_state = state
            self._decode()

    def _unicode(self, state: _State, value: int) -> None:
        char = chr(value % 65536)  # written as a signed 16-bit number
        self.skip = state.uc
        if "\ud800" <= char <= "\udbff":
            self.high = char
            return
        if "\udc00" <= char <= "\udfff":
            high, self.high = self.high, ""
            if high:
                self._put(state, (high + char).encode("utf-16-le", "surrogatepass")
                          .decode("utf-16-le"))
            return
        self._put(state, char)

    def _put(self, state: _State, text: str) -> None:
        self.high = ""
        if state.dest is _Dest.TEXT:
            if state.hidden or not text:
                return
            if self.tables.symbol(state.fonts.text_font()):
                text = symbol_text(text)
            looks = state.looks | {Style.LINK} if state.href is not None else state.looks
            state.flow.out.add(text, looks, state.href or "")
        elif state.dest is _Dest.CODE and state.in_field is not None:
            state.in_field.code.append(text)
        elif state.dest is _Dest.FONTS:
            self.tables.font(state.entry).name += text.replace(";", "")
        elif state.dest is _Dest.STYLES:
            self.tables.style(state.entry).name += text

    # -- paragraphs ---------------------------------------------------------------

    def _end(self, state: _State, *, cell: bool = False) -> None:
        """The paragraph read so far in the state's flow ends here."""
        flow = state.flow
        text, looks = stripped(flow.out.text(), flow.out.formatting())
        kind = self.tables.kind(state.para, flow.labelled)
        if text and state.dest is _Dest.TEXT and kind is not None:
            raw, cut = flow.out.text(), flow.tab
            if kind is not BlockKind.HEADING and cut is not None and typed_label(
                    state.para, raw[:cut]):
                # the label out of the text, as a list's in DOCX and ODT
                kind = BlockKind.LIST_ITEM
                text, looks = stripped(raw[cut + 1:], flow.out.formatting(-cut - 1))
            elif kind is BlockKind.HEADING:
                looks = heading_looks(text, looks)
            part = flow.part
            if part is Part.BODY and (cell or state.para.table):
                part = Part.TABLE
            if text:
                flow.paras.append(Para(text, kind, part, formatting=looks))
        flow.out = Styled()
        flow.labelled, flow.tab = False, None

    # -- control words ------------------------------------------------------------

    def _symbol(self, state: _State, value: str, starred: bool) -> None:
        if value in _SYMBOLS:
            self._put(state, _SYMBOLS[value])
        elif value in "\r\n":
            self._word(state, "par", None, starred)

    def _word(self, state: _State, word: str, param: int | None, starred: bool) -> None:
        if (starred and word not in _KNOWN) or word in _SKIPPED:
            state.dest = _Dest.SKIP
        elif word in _LABELS:
            state.flow.labelled = state.flow.labelled or state.dest is _Dest.TEXT
            state.dest = _Dest.SKIP
        elif state.dest is _Dest.FONTS:
            state.entry = self.tables.font_word(state.entry, word, param)
        elif state.dest is _Dest.STYLES:
            state.entry = self.tables.style_word(state.entry, word, param)
        elif word == "u" and param is not None:
            self._unicode(state, param)
        elif word in _CHARACTERS:
            if word == "tab" and state.flow.tab is None and state.dest is _Dest.TEXT \
                    and not state.hidden:
                state.flow.tab = state.flow.out.length
            self._put(state, _CHARACTERS[word])
        elif word in _PARAGRAPH_ENDS or word in _CELL_ENDS:
            if state.dest is _Dest.TEXT:
                self._end(state, cell=word in _CELL_ENDS)
        elif not self._looks(state, word, param) and not self._paragraph(state, word, param):
            self._destination(state, word, param)

    def _looks(self, state: _State, word: str, param: int | None) -> bool:
        """Character formatting; whether ``word`` was one."""
        on = param != 0
        if word in _TOGGLES:
            style = _TOGGLES[word]
            state.looks = state.looks | {style} if on else state.looks - {style}
        elif word in _UNDERLINES or word == "ulnone":
            underline = on and word != "ulnone"
            state.looks = (state.looks | {Style.UNDERLINE} if underline
                           else state.looks - {Style.UNDERLINE})
        elif word in ("super", "sub", "nosupersub"):
            state.looks = state.looks - {Style.SUPERSCRIPT, Style.SUBSCRIPT}
            if word != "nosupersub":
                state.looks |= {Style.SUPERSCRIPT if word == "super" else Style.SUBSCRIPT}
        elif word in ("v", "deleted"):
            state.hidden = on
        elif word == "plain":
            state.looks, state.hidden, state.fonts = frozenset(), False, self.tables.defaults
        elif word in FONT_WORDS:
            state.fonts = state.fonts.word(word, param)
        elif word == "uc" and param is not None and param >= 0:
            state.uc = param
        else:
            return False
        return True

    def _paragraph(self, state: _State, word: str, param: int | None) -> bool:
        """Paragraph properties; whether ``word`` was one."""
        props = state.para
        if word == "pard":
            state.para = ParaProps()
        elif word == "s" and param is not None:
            state.para = replace(props, style=param)
        elif word == "outlinelevel" and param is not None:
            state.para = replace(props, outline=param)
        elif word == "ls" and param is not None:
            state.para = replace(props, listed=param > 0)
        elif word == "intbl" or (word == "itap" and param):
            state.para = replace(props, table=True)
        elif word == "fi" and param is not None:
            state.para = replace(props, hanging=param < 0)
        else:
            return False
        return True

    def _destination(self, state: _State, word: str, param: int | None) -> None:
        if word == "fonttbl":
            state.dest = _Dest.FONTS
        elif word == "stylesheet":
            state.dest = _Dest.STYLES
        elif word == "footnote":
            flow = _Flow(Part.FOOTNOTE)
            self.notes.append(flow)
            state.flow, state.dest = flow, _Dest.TEXT
            state.looks, state.para, state.href = frozenset(), ParaProps(), None
        elif word == "ftnalt" and state.flow is not self.body:
            state.flow.part = Part.ENDNOTE
        elif word == "field":
            state.in_field = _Field()
        elif word == "fldinst":
            state.dest = _Dest.CODE
        elif word == "fldrslt" and state.in_field is not None:
            code = "".join(state.in_field.code)
            href = hyperlink(code)
            state.href = href if href is not None else state.href
            if is_index(code):
                state.dest = _Dest.SKIP
        elif word == "upr":
            state.upr, state.dest = state.dest, _Dest.SKIP
        elif word == "ud":
            state.dest = state.upr
        elif word == "ansicpg":
            self.tables.ansi = codec(param) or self.tables.ansi
        elif word in ("mac", "pc", "pca"):
            self.tables.ansi = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "deflang" and param is not None:
            self.tables.deflang = param
        elif word in DEFAULT_FONTS:  # \deff, \stshfdbch...: from here on
            state.fonts = self.tables.default(word, param)


def read_rtf(data: bytes, *, lang: str, name: str) -> Document:
    """The document of an RTF file's bytes (see the module docstring)."""
    start = data.find(RTF_MAGIC, 0, 64)
    if start < 0 or data[:start].strip(b"\xef\xbb\xbf \t\r\n"):
        raise InputError("is not RTF: it does not start with {\\rtf", path=name)
    reader = _Reader(data, name)
    reader.read(start + 1)
    paras = list(reader.body.paras)
    for wanted in (Part.FOOTNOTE, Part.ENDNOTE):
        for note in reader.notes:
            if note.part is wanted:
                paras.extend(note.paras)
    return assemble(paras, lang=lang, name=name, declared=reader.tables.declared())
