"""Markdown reader: a small hand-written, line-based parser.

It keeps what a reader sees and drops the markup: ``#`` heading markers (ATX)
and setext underlines, list bullets, numbers and letters (pandoc's ``a)``, ``(ii)``),
blockquote ``>`` markers, emphasis (``*``, ``**``, ``_``, ``__``, ``~~``), inline-code
backticks, link and image targets (``[text](url)`` -> ``text``, ``![alt](src)`` ->
``alt``; a link is kept beside the text with its address, as the HTML reader keeps
one, and a reference definition ``[ref]: url`` is no text: :mod:`aligner.readers.mdlinks`),
inline HTML tags (a ruby annotation's ``rt``/``rp`` with its text) and
backslash escapes; HTML comments, inline or a block of lines, are no text, nor are a
heading's attributes (``{#id}``) and admonition markers (:data:`_ADMONITION`: a title
is a paragraph, the body text).  Fenced
code blocks keep their content, each line a block no sentence ends inside (the fence
lines are dropped); thematic breaks vanish.  Headings and list items are blocks of
their own; the lines of a paragraph are joined with ``"\\n"`` and split like plain
text (a heading- or byline-like line ends its sentence), but a paragraph is never a
heading: Markdown marks its headings (a short line ending in ``:`` before a list is a
paragraph, as in pandoc's DOCX).  Blocks are joined with ``"\\n\\n"``.

Footnotes as pandoc writes them: a reference ``[^label]`` to a note defined in the
document and an inline note ``^[text]`` are left out of their sentence; the
definitions (``[^label]: text`` where no paragraph is open, the lines that continue it
and, after a blank line, the indented ones) and the inline notes are read after the
body as paragraphs of part ``footnote``, in the order of their first reference, as
pandoc numbers them (a note referenced twice is read once, and one never referenced
comes last, where pandoc repeats the first and drops the second).  A pipe table (a
row of cells between ``|``, then a delimiter row ``|---|:--:|``) gives each non-empty
cell as a paragraph of part ``table``, row by row, as the HTML and DOCX readers give
a table's cells; the delimiter row is dropped.  Other extensions are read as
paragraphs.  Pandoc's metadata block at the top (YAML between ``---`` lines, or a ``%``
title block) is no text: its title and subtitle are read as headings and its authors,
date and abstract as paragraphs, first, as pandoc's DOCX and ODT show them; the rest
is left out (:mod:`aligner.readers.mdmeta`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from aligner.model import BlockKind, Document, Part
from aligner.readers.assemble import (
    KEEP_CLOSE,
    KEEP_OPEN,
    STYLE_MARK_CHARS,
    Para,
    Split,
    assemble,
    strip_marked,
)
from aligner.readers.mdlinks import (
    IMAGE,
    definitions,
    is_definition,
    marked,
    take_addresses,
    unlinked,
)
from aligner.readers.mdmeta import MetaField, front_matter, front_matter_language
from aligner.readers.mdstyles import collapsed, emphasized, tags_marked

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HRULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
# Pandoc's fancy_lists: a letter or a roman numeral before ``.`` or ``)``, or between
# brackets (``a)``, ``(ii)``, ``#.``); after a capital and a period pandoc wants two
# spaces (``B. Russell`` is a name).  Such an item does not break into a paragraph, as
# pandoc's does not: a wrapped line may start ``v. Smith``.
_FANCY_ITEM = re.compile(
    r"^[ \t]*(?:(?:#|[a-z]|[ivxlcdm]+)[.)]|(?:[A-Z]|[IVXLCDM]+)\)"
    r"|\((?:\d{1,9}|[a-z]|[ivxlcdm]+|[A-Z]|[IVXLCDM]+)\))[ \t]+"
    r"|^[ \t]*(?:[A-Z]|[IVXLCDM]+)\.(?: {2,}|\t)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
# An HTML comment, inline or over lines: no text (pandoc drops it, as the HTML reader).
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_COMMENT_BLOCK = re.compile(r"^ {0,3}<!--")
# An inline ruby annotation and its fallback parentheses, with their text: a reading
# printed over the base, not a word of the sentence (as the HTML reader leaves it out).
_RUBY_TEXT = re.compile(r"<(rt|rp)\b[^>]*>.*?(?:</\1\s*>|(?=<(?:rt|rp|/ruby)\b))",
                        re.IGNORECASE | re.DOTALL)
_CODE = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
# Footnotes (pandoc's syntax): a label has no blank in it and is case-sensitive.
_NOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:")
# A reference [^label], or the start of an inline note ^[text].
_NOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]|\^\[")
_INDENTED = re.compile(r"^(?: {4}|\t)")
# A heading's attributes (pandoc, MkDocs, kramdown: ``{#shortcuts}``, ``{.class}``, ``{-}``).
_ATTRIBUTES = re.compile(r"[ \t]*\{[ \t]*(?:[#.][^{}]*|-[ \t]*)\}[ \t]*$")
# An admonition's opening or closing line, markup whose title (if any) is the group:
# MkDocs' ``!!! note "Title"`` (``???`` folded), Docusaurus' ``:::tip Title`` or
# ``:::tip[Title]`` and its closing ``:::`` (pandoc's fenced div ``::: {.note}``), GitHub's
# ``> [!WARNING]`` (the quote marker taken off).
_ADMONITION = re.compile(
    r'^ {0,3}(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"]*)")?'
    r"|:{3,}[ \t]*(?:[\w-]+(?:[ \t]*\[([^\]]*)\]|[ \t]+([^{\s].*?))?)?(?:[ \t]*\{[^{}]*\})?"
    r"|\[!(?:note|tip|important|warning|caution)\])[ \t]*$", re.IGNORECASE)


def inline_text(line: str, notes: Container[str] = frozenset(),
                found: list[str | Para] | None = None, *,
                links: list[str] | None = None, refs: Mapping[str, str] | None = None) -> str:
    """The visible text of Markdown inline markup; references to the footnotes labelled
    in ``notes`` (``[^1]``) are left out.  With ``found``, inline notes (pandoc's
    ``^[text]``) are left out too, and ``found`` gets, in the order of the text, each
    reference's label and each inline note's paragraph.  With ``links``, each link is
    marked in the text and ``links`` gets its address (:mod:`aligner.readers.mdlinks`;
    ``refs``: the reference definitions' addresses)."""
    kept: list[str] = []  # code spans and escaped characters, shielded from the rest

    def keep_code(m: re.Match[str]) -> str:  # no sentence ends inside (assemble)
        kept.append(KEEP_OPEN + m.group(2).strip() + KEEP_CLOSE)
        return f"\x00{len(kept) - 1}\x00"

    def keep_escape(m: re.Match[str]) -> str:
        kept.append(m.group(1))
        return f"\x00{len(kept) - 1}\x00"

    s = _CODE.sub(keep_code, line)
    s = _ESCAPE.sub(keep_escape, s)
    if notes or found is not None:
        s = _take_notes(s, notes, found, kept, None if links is None else refs or {})
    return _visible(s, kept, links, refs)


def _visible(s: str, kept: list[str], links: list[str] | None = None,
             refs: Mapping[str, str] | None = None) -> str:
    """``s`` without images, tags and emphasis, its links as their text (marked, their
    addresses added to ``links``, when ``links`` is given), its shielded parts put back."""
    s = IMAGE.sub(r"\1", s)
    addresses: list[str] = []

    def shield(text: str) -> str:  # an autolink's text is its address, no emphasis
        kept.append(text)
        return f"\x00{len(kept) - 1}\x00"

    s = unlinked(s, shield) if links is None else marked(s, refs or {}, addresses, shield)
    s = emphasized(tags_marked(_RUBY_TEXT.sub("", _COMMENT.sub("", s))))
    if links is not None:
        s = take_addresses(s, addresses, links)

    def restore(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return kept[n] if n < len(kept) else m.group()

    return re.sub("\x00(\\d+)\x00", restore, s)


def _take_notes(s: str, notes: Container[str], found: list[str | Para] | None,
                kept: list[str], refs: Mapping[str, str] | None) -> str:
    """``s`` without its note references (to ``notes``) and, when ``found`` is given,
    its inline notes, which go to ``found`` in order with the references' labels (their
    links kept when ``refs``, the reference definitions, are given)."""
    out: list[str] = []
    i = 0
    while (m := _NOTE_MARK.search(s, i)) is not None:
        out.append(s[i : m.start()])
        i = m.end()
        if m.group(1) is not None:  # [^label]
            if m.group(1) in notes:
                if found is not None:
                    found.append(m.group(1))
            else:
                out.append(m.group())
            continue
        # ^[ ... ]: the note runs to the bracket that closes it (pandoc's notes may hold
        # brackets in pairs: links, [sic]); with none, the text stays as it is.
        depth, j = 1, i
        while j < len(s) and depth:
            depth += {"[": 1, "]": -1}.get(s[j], 0)
            j += 1
        if depth or found is None:
            out.append(m.group())
            continue
        links: list[str] | None = None if refs is None else []
        text = collapsed(_visible(s[i : j - 1], kept, links, refs))
        if text.strip(STYLE_MARK_CHARS):
            found.append(Para(text, BlockKind.PARAGRAPH, Part.FOOTNOTE, Split.PRE,
                              links=tuple(links or ())))
        i = j
    out.append(s[i:])
    return "".join(out)


def _note_labels(lines: list[str]) -> set[str]:
    """The labels of the footnote definitions outside fenced code."""
    labels: set[str] = set()
    fence = ""
    for line in lines:
        if fence:
            fence = "" if line.lstrip().startswith(fence) else fence
        elif m := _FENCE.match(line):
            fence = m.group(1)
        elif m := _NOTE_DEF.match(line):
            labels.add(m.group(1))
    return labels


# A pipe table's delimiter row: cells of dashes, perhaps aligned with colons
_TABLE_RULE = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")  # a bar between cells (an escaped one is text)


def _table_start(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a pipe table's header row: it has a bar, and the next line
    is a delimiter row with as many cells."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not _TABLE_RULE.match(lines[i + 1]):
        return False
    rule = lines[i + 1]
    return "|" in rule and len(_cells(lines[i])) == len(_cells(rule))


def _cells(row: str) -> list[str]:
    """The cells of a table row, outer bars left out."""
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    # the table takes its bars first: an escaped one is a bar of the text, code included
    return [cell.strip().replace("\\|", "|") for cell in _CELL_BAR.split(inner)]


def _starts_block(line: str) -> bool:
    return any(rx.match(line) for rx in (_ATX, _HRULE, _ITEM, _FENCE, _QUOTE))


def read_markdown(source: str, *, lang: str, name: str = "<string>") -> Document:
    """Extract text and blocks from Markdown source."""
    from aligner.readers.declared import markdown_language

    lines = source.splitlines()
    meta, used = front_matter(lines)
    said = front_matter_language(lines)
    lines = lines[used:]
    labels = _note_labels(lines)  # every line written as a definition...
    refs = definitions(lines)
    body, notes, defined = _parse(lines, labels, refs)
    if defined != labels:  # ...but one inside a paragraph is text: its references stay
        body, notes, defined = _parse(lines, defined, refs)
    return assemble([p for f in meta for p in _meta_paras(f)] + body + notes, lang=lang,
                    name=name, declared=markdown_language(*said) if said else None)


def _meta_paras(field: MetaField) -> list[Para]:
    """A metadata field as pandoc's DOCX and ODT show it: the title and subtitle as
    headings, an author and the date as a paragraph, the abstract as its paragraphs."""
    if field.name in ("title", "subtitle"):
        return [Para(strip_marked(inline_text(" ".join(field.text.split()))),
                     BlockKind.HEADING)]
    if field.name == "abstract":
        return [Para(strip_marked(inline_text(p)), BlockKind.PARAGRAPH, Part.BODY, Split.PRE)
                for p in re.split(r"\n[ \t]*\n", field.text)]
    return [Para(strip_marked(inline_text(" ".join(field.text.split()))))]


def _in_order(order: list[str | Para], by_label: dict[str, list[Para]]) -> list[Para]:
    """The notes in the order of their first reference, as pandoc numbers and shows
    them; the definitions no reference names come last, in their order (pandoc drops
    them: here no text is lost)."""
    notes: list[Para] = []
    seen: set[str] = set()
    for key in order:
        if isinstance(key, Para):
            notes.append(key)
        elif key not in seen:
            seen.add(key)
            notes.extend(by_label.get(key, ()))
    for label, paras in by_label.items():
        if label not in seen:
            notes.extend(paras)
    return notes


def _parse(lines: list[str], labels: Container[str], refs: Mapping[str, str]
           ) -> tuple[list[Para], list[Para], set[str]]:
    """The body's paragraphs, the notes' (in order, inline notes included) and the labels
    of the notes defined; references to ``labels`` are left out, links to ``refs`` (the
    reference definitions' addresses) kept, and the definitions no text."""
    by_label: dict[str, list[Para]] = {}
    order: list[str | Para] = []  # note references and inline notes, in the body's order
    body: list[Para] = []
    para: list[str] = []  # the raw lines of the open paragraph
    para_kind = BlockKind.PARAGRAPH
    label = ""  # inside a footnote definition (its label): its paragraphs are notes

    def visible(text: str) -> tuple[str, tuple[str, ...]]:  # the text, its links
        links: list[str] = []
        text = inline_text(text, labels, None if label else order, links=links, refs=refs)
        return strip_marked(text), tuple(links)

    def emit(found: tuple[str, tuple[str, ...]], kind: BlockKind, split: Split,
             part: Part = Part.BODY) -> None:
        part = Part.FOOTNOTE if label else part
        (by_label[label] if label else body).append(Para(found[0], kind, part, split,
                                                         links=found[1]))

    def flush() -> None:
        nonlocal para_kind
        if (text := visible("\n".join(para)))[0]:
            emit(text, para_kind, Split.PRE if para_kind is BlockKind.PARAGRAPH else Split.ONE)
        para.clear()
        para_kind = BlockKind.PARAGRAPH

    i = 0
    while i < len(lines):
        line = lines[i]
        after_blank = i > 0 and not lines[i - 1].strip()
        if label and line.strip():
            # A note goes on in lines that continue its paragraph and, after a blank
            # line, in indented ones; anything else ends it.
            if after_blank and _INDENTED.match(line):
                para.append(line.strip())
                i += 1
                continue
            if after_blank or _starts_block(line):
                flush()
                label = ""
            elif not _NOTE_DEF.match(line):
                para.append(line.strip())
                i += 1
                continue
        note = _NOTE_DEF.match(line)
        if note and (label or not para):
            flush()  # a definition does not interrupt a paragraph of the body
            label = note.group(1)
            by_label.setdefault(label, [])
            para.append(line[note.end() :].strip())
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code_lines: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].lstrip().startswith(marker):
                code_lines.append(lines[i])
                i += 1
            # each line one unsplit block: no sentence ends inside (assemble's keep)
            code = "\n".join(KEEP_OPEN + c + KEEP_CLOSE if c.strip() else ""
                             for c in code_lines).strip("\n")
            if code.strip(KEEP_OPEN + KEEP_CLOSE + " \t\n"):
                emit((code, ()), BlockKind.PARAGRAPH, Split.LINES, Part.CODE)
            i += 1
            continue
        if not para and not label and is_definition(line):
            i += 1  # a reference definition: where its links point, no text
            continue
        if _COMMENT_BLOCK.match(line):
            flush()  # an HTML comment block, to the line that closes it: no text
            while i < len(lines) and "-->" not in lines[i]:
                i += 1
            i += 1
            continue
        if not label and _table_start(lines, i):
            flush()
            rows = [lines[i]]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(lines[i])
                i += 1
            for row in rows:
                for cell in _cells(row):
                    if (text := visible(cell))[0]:
                        body.append(Para(*text[:1], BlockKind.PARAGRAPH, Part.TABLE,
                                         links=text[1]))
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
        if not line.strip():
            flush()
        elif admonition := _ADMONITION.match(line):
            flush()  # markup; a title is a paragraph of its own, the body is text
            title = next((t for t in admonition.groups() if t), "")
            if title.strip():
                emit(visible(title), BlockKind.PARAGRAPH, Split.ONE)
        elif atx := _ATX.match(line):
            flush()
            emit(visible(_ATTRIBUTES.sub("", atx.group(2) or "")), BlockKind.HEADING, Split.ONE)
        elif para and para_kind is BlockKind.PARAGRAPH and _SETEXT.match(line):
            heading = visible(" ".join(p.strip() for p in para))
            para.clear()
            emit(heading, BlockKind.HEADING, Split.ONE)
        elif _HRULE.match(line):
            flush()
        elif (item := _ITEM.match(line)) or (
                (not para or para_kind is BlockKind.LIST_ITEM)
                and (item := _FANCY_ITEM.match(line))):
            flush()
            para_kind = BlockKind.LIST_ITEM
            para.append(line[item.end() :])
        else:
            para.append(line.strip())
        i += 1
    flush()
    return body, _in_order(order, by_label), set(by_label)
