"""What an RTF document defines before its text, for :mod:`aligner.readers.rtf`: the
font table (``\\fonttbl``: each font's name and character set, so its code page) and
the style sheet (``\\stylesheet``: each paragraph style's name, outline level, list and
parent), and what they make of a paragraph: a heading, a list item or a paragraph; and
which font a run's bytes are in (:class:`RunFonts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from aligner.model import BlockKind, DeclaredLanguage, Formatting, Style
from aligner.readers.declared import rtf_language
from aligner.readers.rtflex import charset_codec, codec
from aligner.readers.symbolfont import is_symbol_font

# Style names that make a paragraph a heading, as the DOCX reader reads Word's.
_HEADING_NAME = re.compile(r"^(?:heading\s*\d|title|subtitle)$", re.IGNORECASE)
# The styles of a table of contents: Word's (toc 1, TOC Heading), LibreOffice's
# (Contents 1, Contents Heading): its entries and heading are left out, as in a DOCX.
_TOC_NAME = re.compile(r"^(?:toc|contents)\s*(?:\d|heading)$", re.IGNORECASE)
# A list label typed as text before a tab (pandoc's RTF: ``1.\tab``, ``\bullet\tab``):
# a bullet, or a number, letter or Roman numeral and ``.`` or ``)``.
# The control words of a run's fonts (RunFonts), and of the document's default ones: of
# Latin text, of double-byte and high-ANSI text, of right-to-left text.
FONT_WORDS = frozenset({"f", "af", "loch", "hich", "dbch", "rtlch", "ltrch"})
DEFAULT_FONTS = frozenset({"deff", "stshfdbch", "stshfhich", "stshfbi", "adeff"})
_LABEL = re.compile(r"[•◦▪▫‣∙●○■□►➢·]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]")


@dataclass
class Font:
    name: str = ""
    codec: str | None = None  # None: the document's code page
    symbol_set: bool = False  # \fcharset2: its bytes are the font's own codes


class RunFonts(NamedTuple):
    """The fonts of a run (RTF 1.9.1, "Associated Character Properties"): ``\\fN``, and
    the associated fonts (``\\afN``) of the kinds of character that ``\\hich``
    (high-ANSI bytes), ``\\dbch`` (double-byte: Chinese, Japanese, Korean) and
    ``\\rtlch`` (right-to-left) bring in; ``\\loch`` and ``\\ltrch`` go back to ``\\f``'s.
    ``\\afN`` sets the font of the kind the last of those words named, ``\\fN`` that of
    ``\\f`` (and of ``\\hich`` or ``\\dbch`` right after one, as Word writes
    ``\\dbch\\f13``).  Word writes a Japanese run's bytes under ``\\dbch\\af13``
    while ``\\f`` names a Latin font, and Russian ones under ``\\hich\\af1``.

    A named tuple, not a frozen dataclass: LibreOffice and Word set these fonts on every
    run, and a new tuple is several times cheaper than ``dataclasses.replace``."""

    font: int = 0
    hich: int | None = None
    dbch: int | None = None
    bidi: int | None = None
    kind: str = "loch"  # the bytes that follow: loch, hich or dbch
    rtl: bool = False  # \rtlch last, not \ltrch
    last: str = ""  # the last of \loch, \hich, \dbch, \rtlch, \ltrch: what \af sets

    def text_font(self) -> int:
        """The font whose character set says the code page of the run's bytes."""
        chosen = (self.bidi if self.rtl else
                  self.hich if self.kind == "hich" else
                  self.dbch if self.kind == "dbch" else None)
        return self.font if chosen is None else chosen

    def word(self, word: str, param: int | None) -> RunFonts:
        """The fonts after the control word ``word``, one of :data:`FONT_WORDS`."""
        font, hich, dbch, bidi, kind, rtl, last = self  # a new tuple: cheaper than _replace
        if word in ("loch", "hich", "dbch"):
            return self if last == word else RunFonts(font, hich, dbch, bidi, word, rtl, word)
        if word in ("rtlch", "ltrch"):
            return RunFonts(font, hich, dbch, bidi, kind, word == "rtlch", word)
        if param is None:
            return self
        if word == "f":  # right after \hich or \dbch, that kind's font too
            return self._replace(font=param,
                                 hich=param if self.last == "hich" else self.hich,
                                 dbch=param if self.last == "dbch" else self.dbch)
        return self.associated(param)  # \af

    def associated(self, font: int) -> RunFonts:
        """The fonts after ``\\afN``: the font of the kind the last word named; after
        ``\\rtlch``, ``\\ltrch`` or none, the right-to-left font (Word gives both
        directions' fonts: ``\\rtlch\\af0 \\ltrch\\f0``)."""
        if self.last == "hich":
            return self._replace(hich=font)
        if self.last == "dbch":
            return self._replace(dbch=font)
        return self._replace(font=font) if self.last == "loch" else self._replace(bidi=font)


@dataclass
class StyleDef:
    name: str = ""
    outline: int | None = None
    listed: bool = False
    based: int | None = None
    lang: int | None = None  # \langN: its text's language


@dataclass(frozen=True)
class ParaProps:
    """What ``\\pard`` resets: the paragraph's style, outline level, list, table."""

    style: int = 0
    outline: int | None = None
    listed: bool = False
    table: bool = False
    hanging: bool = False  # a negative first-line indent (\fiN), as a list item's


class Tables:
    """The fonts and styles defined so far, and the document's code page."""

    def __init__(self) -> None:
        self.fonts: dict[int, Font] = {}
        self.styles: dict[int, StyleDef] = {}
        self.ansi = "cp1252"  # \ansicpgN; Windows-1252 unless the document names another
        self.deflang: int | None = None  # \deflangN: the document's default language
        self.defaults = RunFonts()  # what \plain sets: \deff, \stshfdbch...

    def default(self, word: str, param: int | None) -> RunFonts:
        """The document's default fonts after ``word``, one of :data:`DEFAULT_FONTS`
        (``\\deffN``, ``\\stshfdbchN``, ``\\stshfhichN``, ``\\stshfbiN``, ``\\adeffN``)."""
        was = self.defaults
        if param is None:
            return was
        self.defaults = (
            was._replace(font=param) if word == "deff" else
            was._replace(dbch=param) if word == "stshfdbch" else
            was._replace(hich=param) if word == "stshfhich" else was._replace(bidi=param))
        return self.defaults

    def font(self, number: int) -> Font:
        return self.fonts.setdefault(number, Font())

    def style(self, number: int) -> StyleDef:
        return self.styles.setdefault(number, StyleDef())

    def codec(self, font: int) -> str:
        """The codec of the bytes of text in the font ``font``."""
        found = self.fonts.get(font)
        if found is not None and found.symbol_set:
            return "latin-1"  # a byte is the font's code, which symbolfont reads
        return found.codec if found is not None and found.codec else self.ansi

    def symbol(self, font: int) -> bool:
        """Is the font ``font`` the Symbol font?"""
        found = self.fonts.get(font)
        return found is not None and is_symbol_font(found.name)

    def font_word(self, entry: int, word: str, param: int | None) -> int:
        """A control word of the font table; the font it defines from here on."""
        if word == "f" and param is not None:
            self.fonts[param] = Font()
            return param
        if word == "fcharset" and param is not None:
            font = self.font(entry)
            font.codec, font.symbol_set = charset_codec(param), param == 2
        elif word == "cpg":
            self.font(entry).codec = codec(param)
        return entry

    def style_word(self, entry: int, word: str, param: int | None) -> int:
        """A control word of the style sheet; the style it defines from here on (a
        style without ``\\sN`` is style 0, Normal)."""
        if word == "s" and param is not None:
            self.styles[param] = StyleDef()
            return param
        style = self.style(entry)
        if word == "outlinelevel" and param is not None:
            style.outline = param
        elif word == "ls" and param:
            style.listed = True
        elif word == "sbasedon" and param is not None and param != entry:
            style.based = param
        elif word == "lang" and param is not None:
            style.lang = param
        return entry

    def declared(self) -> DeclaredLanguage | None:
        """The language the document declares: its ``\\deflangN``, else the language of
        its style Normal (style 0)."""
        if self.deflang is not None:
            return rtf_language(self.deflang, f"\\deflang{self.deflang}")
        normal = self.styles.get(0)
        if normal is None or normal.lang is None:
            return None
        return rtf_language(normal.lang, f"\\lang{normal.lang} of the style Normal")

    def kind(self, props: ParaProps, labelled: bool) -> BlockKind | None:
        """A paragraph's kind: a heading by its outline level (its own, else its style's
        or a parent style's) below 9 or by its style's name; a list item by its list
        (``\\lsN``, its own or its style's) or its label (``labelled``); None for one of
        a table of contents, left out."""
        outline, listed, named = props.outline, props.listed or labelled, False
        seen: set[int] = set()
        style: int | None = props.style
        while style is not None and style in self.styles and style not in seen:
            seen.add(style)
            found = self.styles[style]
            if _TOC_NAME.match(found.name.strip(" ;")):
                return None
            outline = found.outline if outline is None else outline
            listed = listed or found.listed
            named = named or bool(_HEADING_NAME.match(found.name.strip(" ;")))
            style = found.based
        if (outline is not None and outline < 9) or named:
            return BlockKind.HEADING
        return BlockKind.LIST_ITEM if listed else BlockKind.PARAGRAPH


def heading_looks(text: str, looks: tuple[Formatting, ...]) -> tuple[Formatting, ...]:
    """A heading's formatting without what covers the whole heading (but a link): RTF
    writes a heading style's bold on the heading's text (LibreOffice, Word; pandoc,
    which writes no style sheet, on every heading), where DOCX and ODT keep it in the
    style, whose formatting their readers leave out."""
    return tuple(f for f in looks
                 if f.style is Style.LINK or (f.start, f.end) != (0, len(text)))


def typed_label(props: ParaProps, before_tab: str | None) -> bool:
    """Is the text before a paragraph's first tab (None: it has none) a list label
    typed as text, in a paragraph that hangs as a list item does (pandoc's RTF, a list
    typed by hand in Word)?"""
    return props.hanging and before_tab is not None and bool(
        _LABEL.fullmatch(before_tab.strip()))
