"""Markdown reader: a small hand-written, line-based parser.

It keeps what a reader sees and drops the markup: ``#`` heading markers (ATX)
and setext underlines, list bullets and numbers, blockquote ``>`` markers,
emphasis (``*``, ``**``, ``_``, ``__``, ``~~``), inline-code backticks, link
and image targets (``[text](url)`` -> ``text``, ``![alt](src)`` -> ``alt``),
inline HTML tags and backslash escapes.  Fenced code blocks keep their
content as a text block (the fence lines are dropped); thematic breaks
vanish.  Headings and list items are blocks of their own; the lines of a
paragraph are joined with ``"\\n"`` and split like plain text (a heading- or
byline-like line ends its sentence).  Blocks are joined with ``"\\n\\n"``.

Tables, footnote definitions and other extensions are read as paragraphs.
"""

from __future__ import annotations

import re

from aligner.model import BlockKind, Document
from aligner.readers.assemble import Para, Split, assemble

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HRULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_CODE = re.compile(r"(`+)(.+?)\1")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def inline_text(line: str) -> str:
    """The visible text of one line of Markdown inline markup."""
    kept: list[str] = []  # code spans and escaped characters, shielded from the rest

    def keep_code(m: re.Match[str]) -> str:
        kept.append(m.group(2).strip())
        return f"\x00{len(kept) - 1}\x00"

    def keep_escape(m: re.Match[str]) -> str:
        kept.append(m.group(1))
        return f"\x00{len(kept) - 1}\x00"

    s = _CODE.sub(keep_code, line)
    s = _ESCAPE.sub(keep_escape, s)
    s = _IMAGE.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _TAG.sub("", s)
    previous = None
    while previous != s:  # nested emphasis: ***a*** -> *a* -> a
        previous = s
        s = _EMPHASIS.sub(r"\2", s)

    def restore(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return kept[n] if n < len(kept) else m.group()

    return re.sub("\x00(\\d+)\x00", restore, s)


def read_markdown(source: str, *, lang: str, name: str = "<string>") -> Document:
    """Extract text and blocks from Markdown source."""
    # (text, kind, how to split: "text" like plain text, "code" line by line, "" one block)
    parts: list[tuple[str, BlockKind, str]] = []
    para: list[str] = []
    para_kind = BlockKind.PARAGRAPH

    def flush() -> None:
        nonlocal para_kind
        text = "\n".join(para).strip()
        if text:
            parts.append((text, para_kind, "text" if para_kind is BlockKind.PARAGRAPH else ""))
        para.clear()
        para_kind = BlockKind.PARAGRAPH

    lines = source.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            body: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].lstrip().startswith(marker):
                body.append(lines[i])
                i += 1
            code = "\n".join(body).strip("\n")
            if code.strip():
                parts.append((code, BlockKind.PARAGRAPH, "code"))
            i += 1
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
        if not line.strip():
            flush()
        elif atx := _ATX.match(line):
            flush()
            parts.append((inline_text(atx.group(2) or "").strip(), BlockKind.HEADING, ""))
        elif para and para_kind is BlockKind.PARAGRAPH and _SETEXT.match(line):
            heading = " ".join(p.strip() for p in para)
            para.clear()
            parts.append((heading, BlockKind.HEADING, ""))
        elif _HRULE.match(line):
            flush()
        elif item := _ITEM.match(line):
            flush()
            para_kind = BlockKind.LIST_ITEM
            para.append(inline_text(line[item.end() :]))
        else:
            para.append(inline_text(line.strip()))
        i += 1
    flush()

    splits = {"text": Split.TEXT, "code": Split.LINES, "": Split.ONE}
    return assemble((Para(text, kind, split=splits[how]) for text, kind, how in parts),
                    lang=lang, name=name)
