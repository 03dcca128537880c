"""Small text helpers: cells of the plain-text exchange formats, and counts in messages.

``escape_cell``/``unescape_cell`` make any string safe for one cell of a
tab-separated line: the four characters that would break the line or the
column structure become two-character escapes.  Unescaping reverses exactly
that, so ``unescape_cell(escape_cell(s)) == s`` for every string ``s``.
:func:`count` gives a number its noun, singular or plural; :func:`ascii_digits`
writes the digits of every script as 0-9 (the number checks compare values), and
:func:`is_wide` tells a full-width character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}

_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _mark_ranges() -> str:
    """A regex character class body of every combining mark (categories Mn, Mc, Me)."""
    ranges: list[str] = []
    start = None
    for c in range(0x20001):
        mark = c < 0x20000 and unicodedata.category(chr(c))[0] == "M"
        if mark and start is None:
            start = c
        elif not mark and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{c - 1:08x}")
            start = None
    return "".join(ranges) + "\\U000e0100-\\U000e01ef"  # variation selectors supplement


#: Every combining mark, as the body of a regex character class.  ``\w`` leaves them
#: out, so a pattern of word characters alone cuts a word at its vowel signs and
#: diacritics (Thai นวนิยาย, Hindi उपन्यास, Arabic with harakat, text in NFD): a word
#: pattern is letters and marks, :data:`LETTER`.
MARKS = _mark_ranges()
#: One letter or combining mark (a lookbehind's single character).
LETTER = rf"(?:[^\W\d_]|[{MARKS}])"
#: A word of any script: letters and combining marks, matched run by run (a third
#: quicker than ``LETTER + "+"``, which tries the alternation at every character).
WORD = rf"(?:[^\W\d_]+|[{MARKS}]+)+"
#: The superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹, as a regex character class body: footnote calls
#: as Word, InDesign and PDFs give them in plain text (``day.² It``), and exponents
#: (``m²``, ``10⁶``).  ``\d`` leaves them out (they are no decimal digits), while
#: ``str.isdigit`` takes them in.
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"
#: Digits and signs to their superscript and subscript forms (``str.translate``): what a
#: document sets raised or lowered, written as the characters (``10⁹``, ``CO₂``).
RAISED = str.maketrans("0123456789+-\u2212", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076"
                       "\u2077\u2078\u2079\u207a\u207b\u207b")
LOWERED = str.maketrans("0123456789+-\u2212", "\u2080\u2081\u2082\u2083\u2084\u2085\u2086"
                        "\u2087\u2088\u2089\u208a\u208b\u208b")
#: The digits of :data:`RAISED` and :data:`LOWERED` back to ASCII (``str.translate``:
#: ``10⁶`` -> ``106``, ``CO₂`` -> ``CO2``), to read a footnote call, an exponent or a
#: subscript as the number it is; their signs are left as they are.
RAISED_DIGITS_PLAIN = {raised: digit for digit, raised in RAISED.items() if chr(digit).isdigit()}
LOWERED_DIGITS_PLAIN = {lowered: digit for digit, lowered in LOWERED.items()
                        if chr(digit).isdigit()}
#: The stops that end a sentence of Chinese or Japanese, full width and half width
#: (``。！？｡．``), and the closing quotes and brackets that stay with the sentence on
#: their left (``」』）】`` ...): the segmenter's (:mod:`aligner.segment.cjk`), and what
#: :meth:`aligner.lang.base.Profile.sentence_joint` looks for at a sentence's end.
CJK_STOPS = frozenset("\u3002\uff01\uff1f\uff61\uff0e")
CJK_CLOSERS = frozenset(
    "\u300d\u300f\uff09\u3011\u3009\u300b\u3015\uff3d\uff5d\u3017\u3019"  # 」』）】〉》〕］｝〗〙
    "\u201d\u2019\"')]}\u00bb"
)
#: The marks that call a footnote in place of a number: asterisk, dagger, double dagger.
NOTE_MARKS = "*\u2020\u2021"
#: A patent's paragraph number: four digits with a leading zero, ASCII or full-width,
#: in square, full-width square or lenticular brackets (``[0014]``, ``［００１４］``,
#: ``【0014】``), as Espacenet and J-PlatPat copies put one at the head of each
#: paragraph.  No citation looks so (a reference is ``[7]``, ``[17]``); a year in
#: brackets (``[1998] AC 1``) has no leading zero.
PARAGRAPH_NUMBER = re.compile("[\\[\uff3b\u3010][0\uff10][0-9\uff10-\uff19]{3}[\\]\uff3d\u3011]")
#: A footnote call at the end of a text, after its end mark and closing quotes:
#: digits (``day.2``), a number in brackets (``day.[2]``), superscript digits
#: (``day.²``) or note marks (``day.*``).  A regex fragment, optional.
TRAILING_CALL = (rf"(?:\d{{1,3}}|\[\d{{1,3}}\]|[{SUPERSCRIPT_DIGITS}]{{1,3}}"
                 rf"|[{re.escape(NOTE_MARKS)}]{{1,3}})?")


def escape_cell(s: str) -> str:
    r"""Escape backslash, TAB, LF and CR as ``\\``, ``\t``, ``\n`` and ``\r``."""
    return "".join(_ESCAPES.get(ch, ch) for ch in s)


def unescape_cell(s: str) -> str:
    r"""Reverse :func:`escape_cell`; an unknown escape such as ``\x`` is kept as it is.

    A lone backslash at the very end is kept too: cells written by hand are
    read leniently, cells written by :func:`escape_cell` never contain one.
    """
    if "\\" not in s:
        return s
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n and s[i + 1] in _UNESCAPES:
            out.append(_UNESCAPES[s[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 pair``, ``2 pairs``, ``1,204 pairs``, ``0 entries`` (with ``plural``): a count
    and its noun, for messages."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {plural or noun + 's'}"


#: A Han character (CJK unified ideographs and extension A): a Chinese or Japanese word
#: in a text, written without spaces (万元, 第一季度).
HAN = re.compile(r"[\u3400-\u9fff]")
#: A run of Han and kana (and 々), which Chinese and Japanese write without spaces between
#: words: where a phrase or a pronoun is looked for inside the run, not at word edges.
HAN_KANA = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# Digits of other scripts (full-width, Arabic-Indic, Persian, Devanagari...) and the
# Arabic separators, one character each, so that offsets stay: read as 0-9 , and .
_OTHER_DIGIT = re.compile(r"(?![0-9])\d|[\u066b\u066c]")
_ARABIC_SEPARATORS = {"\u066b": ".", "\u066c": ","}  # ٫ decimal, ٬ thousands
# Between full-width digits, the full-width comma groups thousands (１，２００) and the
# full-width full stop is a decimal point (９．９); elsewhere they are a comma and a
# full stop of the sentence (Chinese and Japanese write 1，2，3 for a list).
_WIDE_SEPARATOR = re.compile("(?<=[０-９])(?:，(?=[０-９]{3}(?![０-９]))|．(?=[０-９]))")


def first_few(items: Sequence[str], most: int) -> str:
    """``a, b, c and 9 more``: the first ``most`` of ``items``, and how many others."""
    more = len(items) - most
    return ", ".join(items[:most]) + (f" and {more} more" if more > 0 else "")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit written 0-9 (``١٩٧٣``, ``１９７３`` -> ``1973``)
    and the Arabic and full-width decimal and thousands separators as ``.`` and ``,``
    (``٫``, ``٬``; ``．``, ``，`` between full-width digits); same length."""
    if text.isascii():
        return text
    if "，" in text or "．" in text:
        text = _WIDE_SEPARATOR.sub(lambda m: "," if m.group() == "，" else ".", text)
    return plain_digits(text)


def plain_digits(text: str) -> str:
    """``text`` with every decimal digit written 0-9 and the Arabic decimal and
    thousands signs as ``.`` and ``,``, a character for a character whatever stands
    beside it (:func:`ascii_digits` without the full-width signs, which it reads only
    between full-width digits): how the concordance reads digits, ``٤٨٧٠`` is ``4870``."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(
        lambda m: _ARABIC_SEPARATORS.get(m.group()) or str(int(m.group())), text)


_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def unwrap(text: str) -> str:
    """``text`` on one line: each line break (with the spaces and tabs beside it) becomes
    one space, or nothing beside a full-width character -- Chinese and Japanese wrap
    without a space (``事務`` / ``所`` is ``事務所``, ``2010年4`` / ``月`` is
    ``2010年4月``).  For the one-sentence-a-line output of ``aligner segment``."""
    if "\n" not in text and "\r" not in text:
        return text

    def joint(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return "" if (before and is_wide(before)) or (after and is_wide(after)) else " "

    return _LINE_BREAK.sub(joint, text)


def is_wide(ch: str) -> bool:
    """Whether ``ch`` is set full width (two columns): Chinese, Japanese and their
    punctuation, which run on without spaces."""
    return unicodedata.east_asian_width(ch) in "WF"


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal: two for a full-width character
    (Chinese, Japanese), none for a combining mark, one for the rest."""
    return sum(2 if is_wide(c) else 0 if unicodedata.combining(c) else 1 for c in text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` terminal columns (:func:`display_width`),
    on the left when ``right`` (numbers)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


#: Segment texts in text and CSV findings are cut to about this many characters.
EXCERPT_CHARS = 60


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line (whitespace collapsed), cut at a word to at most ``limit``
    characters with an ellipsis: enough for an editor to find the segment."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + "…"
