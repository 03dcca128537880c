"""Plain-text reader: the decoded file is the document text, unchanged.

Blocks come from line structure only:

* a blank line (nothing but whitespace) is a hard boundary between paragraphs;
* inside a paragraph a single line break is a boundary only where the line
  before it looks like a heading or a byline -- short, without final
  punctuation (``Facebook Twitter Share``, ``Illustration: Luigi Morris``,
  ``May 17, 2024``) -- and the next line does not go on in lower case; or
  where the next line starts a bulleted item (or a dash item after another,
  :func:`dash_item_follows`) or a patent's paragraph number (``[0014]``, ``【0014】``:
  :data:`aligner.textutil.PARAGRAPH_NUMBER`), whatever the line before ends with
  (``…立体图；`` / ``[0007] 图2…``).  Anywhere else the break is
  hard-wrapped text and a sentence may continue across it; so is a
  Japanese line ending in の, を or が before more CJK text (``これは父の`` /
  ``家です。``), a line ending in ``、`` or ``，``, and a Chinese or Japanese
  line filled to the wrap width (:func:`_wrapped_cjk`: ``……北`` / ``京……``);
* a line starting with an ideographic space (U+3000) starts a paragraph, and
  so, in such text, does a line of dialogue after a finished line (``……た。``
  / ``「……」``): Chinese and Japanese text often marks paragraphs so, without
  blank lines.

Line breaks that are boundaries split the paragraph into separate blocks, so
the segmenter needs no notion of lines.  CR, LF and CRLF are all line breaks;
they stay in ``text`` as they were in the file.
"""

from __future__ import annotations

import itertools
import re

from aligner.model import Block, BlockKind, Document, Part
from aligner.textutil import PARAGRAPH_NUMBER, is_wide

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
# Longest line (stripped) still taken for a heading or byline.
HEADING_MAX_CHARS = 60
# Longest line taken for an item of a one-per-line list in lower case.
_ITEM_MAX_CHARS = 30
_FINAL = frozenset(".!?\u2026\u203d\u3002\uff01\uff1f\uff0e")  # and 。！？．
_CLOSING = "\"'\u201d\u2019\u00bb)]"
# A line ending with one of these is continued on the next one.
_CONTINUED = frozenset(",;-\u2010\u2013\u2014(/&\u3001\uff0c\uff1b")  # and 、，；
# Japanese particles that need the rest of their clause: a line ending in one
# is hard-wrapped (これは父の / 家です。).  に, で, と, は also end headings
# (はじめに, こんにちは), so they are not listed.
_PARTICLES = frozenset("\u306e\u3092\u304c")  # の を が
# A CJK line at least this wide (in columns: a Han or kana character is two) that runs
# on into the next without a stop is taken for hard-wrapped text; editors and e-text
# collections wrap at 40-80 columns, and headings are rarely this long.
_CJK_WRAP_MIN_COLUMNS = 24
_CJK_STOPS = frozenset("\u3002\uff01\uff1f")  # 。！？
_CJK_CLAUSE_END = frozenset("\u3001\uff0c\uff1b")  # 、，；
# A line starting with the ideographic space starts a paragraph (:func:`_indented`).
_INDENT = "\u3000"
_DIALOGUE = frozenset("\u300c\u300e")  # 「『
_DIALOGUE_AFTER = frozenset("\u3002\uff01\uff1f\u300d\u300f")  # 。！？」』
# A line opened by an en or em dash and a space: a list item or a line of dialogue.
_DASH_ITEM = re.compile(r"[ \t\u00a0]*[\u2013\u2014][ \t\u00a0]+\S")
# What ends a list item on its line: a stop, a semicolon, a comma, a colon.
_ITEM_END = _FINAL | frozenset(";,:")
# A Japanese numbered label on a line of its own, before what it labels: a patent's
# claim (【請求項１】), figure (【図２】) or example (【実施例３】) -- a word of at most six
# characters and a number in lenticular brackets.  An English text writes the number
# at the head of the claim or sentence (``1. A device ...``, ``FIG. 2 is ...``), so the
# label goes on into the line it labels.  A paragraph number (【0012】) is no such label.
_NUMBERED_LABEL = re.compile(r"\u3010[^\u3010\u3011\d]{1,6}\d{1,3}\u3011")
# A typed list label that opens a paragraph in lower case: "a) ", "aa) ", "iv) " (a letter,
# the same letter twice or three times, or a Roman numeral, and a closing bracket).
_LETTER_LABEL = re.compile(r"(?:([^\W\d_])\1{0,2}|[ivxlc]{1,5})\)\s")
# A list label in brackets at a line's start: "a) ", "aa) ", "ii) ", "(3) ", "3) ", "(b) ".
_LINE_LABEL = re.compile(r"\(?(?:\d{1,2}|([^\W\d_])\1{0,2}|[ivxlc]{1,5})\)\s")
_BULLET_START = re.compile(r"\s*(?:[\u2022\u2043\u25e6\u25aa\u2023\u00b7*+-]\s|[\u2022\u2043])")


def _is_han_or_kana(c: str) -> bool:
    # Compared, not matched with a character class: compiling a class of these
    # ranges walks every code point in them (3 ms at each start of the
    # protocol).  The reader comes before the segmenter and does not import
    # its is_cjk.
    return (
        "\u3040" <= c <= "\u30ff"
        or "\u3400" <= c <= "\u4dbf"
        or "\u4e00" <= c <= "\u9fff"
        or "\uf900" <= c <= "\ufaff"
    )


def text_blocks(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Blocks of ``text[start:end]`` as described in the module docstring."""
    stop = len(text) if end is None else end
    # (line start, content end) for every line, content excluding the break
    lines: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, stop):
        if m.start() == m.end():
            break
        content_end = m.end()
        while content_end > m.start() and text[content_end - 1] in "\r\n":
            content_end -= 1
        lines.append((m.start(), content_end))
    blocks: list[Block] = []
    para: list[tuple[int, int]] = []
    number = 0  # paragraphs (blank-line separated) so far

    def flush() -> None:
        for run in _indented(text, para):
            paragraph(run)
        para.clear()

    def paragraph(run: list[tuple[int, int]]) -> None:
        nonlocal number
        number += 1
        indent = len(run) < len(para) or text[run[0][0]] == _INDENT
        groups: list[list[tuple[int, int]]] = [[run[0]]]
        in_item = False  # whether a line of the current group opens with a dash
        for prev, cur in itertools.pairwise(run):
            line, next_line = text[prev[0] : prev[1]], text[cur[0] : cur[1]]
            if _DASH_ITEM.match(line):
                in_item = True
            if is_line_break_boundary(line, next_line) or (
                    in_item and dash_item_follows(line, next_line)):
                groups.append([cur])
                in_item = False
            else:
                groups[-1].append(cur)
        single = len(groups) == 1
        for group in groups:
            a, b = group[0][0], group[-1][1]
            if single and len(group) == 1 and not indent and _heading_like(text[a:b]):
                kind = BlockKind.HEADING
            elif single:
                kind = BlockKind.PARAGRAPH
            else:
                kind = BlockKind.LINE
            part = Part.HEADING if kind is BlockKind.HEADING else Part.BODY
            blocks.append(Block(a, b, kind, part, number))

    for a, b in lines:
        if text[a:b].strip():
            para.append((a, b))
        else:
            flush()
    flush()
    return blocks


def _indented(text: str, para: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``para``'s lines cut into paragraphs where a line starts with an ideographic
    space (``　その古い灯台は……``), as Chinese and Japanese text without blank lines
    marks them; in such text a line of dialogue (``「……」``) after a line ending in a
    stop or closing quote starts one too."""
    if not any(text[a] == _INDENT for a, b in para[1:] if b > a):
        return [para] if para else []
    runs: list[list[tuple[int, int]]] = [[para[0]]]
    for prev, cur in itertools.pairwise(para):
        first = text[cur[0]] if cur[1] > cur[0] else ""
        last = text[prev[1] - 1] if prev[1] > prev[0] else ""
        if first == _INDENT or (first in _DIALOGUE and last in _DIALOGUE_AFTER):
            runs.append([cur])
        else:
            runs[-1].append(cur)
    return runs


def is_line_break_boundary(line: str, next_line: str) -> bool:
    """Whether a single line break between ``line`` and ``next_line`` ends a sentence."""
    nxt = next_line.strip()
    if not nxt:
        return True
    if all(ch in _FINAL for ch in nxt):
        return False  # a stray "." wrapped onto its own line belongs to the left
    if PARAGRAPH_NUMBER.match(nxt):
        return True  # a patent's paragraph number opens a paragraph, whatever ends the line
    if _BULLET_START.match(next_line) or _LETTER_LABEL.match(nxt):
        return True  # a bullet, or a typed label in lower case ("aa) schriftlich"): an item
    cur = line.strip()
    if _LINE_LABEL.match(nxt) and cur and (cur[-1] in ",;:.!?" or _LINE_LABEL.match(cur)):
        # "ii) unter Angabe der Dauer," / "(3) ggf. ...": the next item of a list; after
        # a word a number in brackets may be a reference that a wrap put there
        return True
    if not any(ch.isalnum() for ch in cur) or not any(ch.isalnum() for ch in nxt):
        return True  # a rule such as "______" or "* * *" stands alone
    if _NUMBERED_LABEL.fullmatch(cur):
        return False  # 【請求項１】 labels the claim on the next line
    if cur[-1] in _PARTICLES and _is_han_or_kana(nxt[0]):
        return False  # CJK text wraps without a space: the clause goes on
    if _wrapped_cjk(cur, nxt):
        return False
    if nxt[0].islower():
        # Wrapped text goes on in lower case; a column of short items does
        # not ("features" / "contact manager" / "events, activities").
        return (
            len(cur) <= _ITEM_MAX_CHARS
            and _heading_like(cur)
            and _heading_like(nxt)
            and not any(ch in _FINAL for ch in nxt)
        )
    return _heading_like(cur)


def run_on_separator(paragraph: str, next_paragraph: str) -> str | None:
    """What joins two paragraphs of a structured document (DOCX, ODT, HTML, PDF) when a
    sentence runs on from ``paragraph`` into ``next_paragraph``, as a line break in
    plain text lets it (:func:`is_line_break_boundary`); None when it does not.

    Chinese and Japanese (joined with nothing): the first ends in ``、``, ``，`` or
    ``；`` (a clause, an element of a claim), or is a numbered label (``【請求項１】``),
    and the next begins with a Han or kana character, a letter or a digit.  Other
    scripts (joined with a space): the next goes on in lower case, and the first ends
    in ``,``, ``;`` or ``:`` (``comprising:`` / ``a housing;`` / ``a substrate;``), or
    in a word after a comma or a semicolon, or longer than a heading (``... on the
    substrate; and`` / ``a heat transfer sheet ...``); a
    paragraph ending in a comma before a capital is a salutation (``Dear Sir,``); one
    opened by a typed list label in lower case (``b) den Auftraggeber …``, ``aa)
    schriftlich``, ``ii) …``) is an item of its own, as ``(b)`` and ``2)`` are."""
    cur, nxt = paragraph.rstrip(), next_paragraph.lstrip()
    if not cur or not nxt or _LETTER_LABEL.match(nxt):
        return None
    last, first = cur[-1], nxt[0]
    if (last in _CJK_CLAUSE_END or _NUMBERED_LABEL.fullmatch(cur)) and (
            _is_han_or_kana(first) or first.isalnum()):
        return ""
    if first.islower() and (last in ",;:" or (last.isalpha() and (
            len(cur) > HEADING_MAX_CHARS or any(c in ",;" for c in cur)))):
        return " "
    return None


def dash_item_follows(line: str, next_line: str) -> bool:
    """Whether ``next_line``, opened by a dash and a space (``— срок службы``, ``–
    deuxième point``), starts a new item of a dash list or a new turn of dialogue, where
    the unit it would go on holds such an item already (the caller knows): the line
    before it ends an item -- in a stop, ``; , :`` or a closing quote or bracket -- or is
    short (an item left without punctuation).  Russian and French write their bullets
    so.  A dash that a wrap put at the start of a line, inside a sentence, follows a long
    line that runs on, or a unit that holds no dash item."""
    if not _DASH_ITEM.match(next_line):
        return False
    cur = line.strip()
    last = cur[-1:]
    return bool(last) and (last in _ITEM_END or last in _CLOSING
                           or len(cur) <= HEADING_MAX_CHARS)


def _wrapped_cjk(cur: str, nxt: str) -> bool:
    """Whether ``cur`` is a line of Chinese or Japanese text cut by a wrap: mostly wide
    characters, it ends in a letter or digit (no stop, no bracket), the next line
    starts with one, and ``cur`` is running text -- a sentence ended on it (``。`` inside:
    no heading) -- or is filled: at least :data:`_CJK_WRAP_MIN_COLUMNS` wide and not
    narrower than the next line (a heading is short, or shorter than the text under it;
    a paragraph's last line is the short one)."""
    last, first = cur[-1], nxt[0]
    if not (_is_han_or_kana(last) or last.isalnum()) or not (
            _is_han_or_kana(first) or first.isalnum()):
        return False
    width, wide = _columns(cur)
    if 2 * wide < width:
        return False  # mostly Latin: a heading, or text that wraps at spaces
    if any(c in _CJK_STOPS for c in cur):
        return True  # running text: a sentence ended on this line, the next runs on
    return width >= _CJK_WRAP_MIN_COLUMNS and width >= _columns(nxt)[0] - 2


def _columns(line: str) -> tuple[int, int]:
    """The line's width as a terminal shows it (wide, CJK, characters take two
    columns), and how many of those columns its wide characters take."""
    wide = 2 * sum(map(is_wide, line))
    return wide + len(line) - wide // 2, wide


def _heading_like(line: str) -> bool:
    """Short and without final punctuation (a colon is allowed: ``Señores:``)."""
    cur = line.strip()
    if not cur or len(cur) > HEADING_MAX_CHARS:
        return False
    last = cur.rstrip(_CLOSING)[-1:] or cur[-1]
    return last not in _FINAL and last not in _CONTINUED


def read_plain(text: str, *, lang: str, name: str = "<string>") -> Document:
    """A plain-text document: ``text`` as given, blocks from its line structure."""
    return Document(text=text, lang=lang, blocks=tuple(text_blocks(text)), name=name)
