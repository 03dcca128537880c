"""Pandoc's metadata at the top of a Markdown file: a YAML block or a title block.

Pandoc reads both as metadata, not as text: a YAML block (``---`` on the first line,
not followed by a blank line, up to a line ``---`` or ``...``) and a title block
(``%`` lines: the title, the authors, the date).  Its DOCX and ODT writers show the
title, the subtitle, the authors, the date and the abstract, in that order, above
the text; so the Markdown reader reads these fields there (:func:`front_matter`),
and the rest of the block -- ``lang``, ``keywords``, ``bibliography``, a template's
variables -- is left out of the text (``lang``, or ``language``, is the language the
document declares: :func:`front_matter_language`).  Before, the block was text:
``title: The Keeper author: Helena Marsh lang: en-GB`` was one heading, aligned
against the other side's.

Only the YAML a metadata block commonly holds is read, by hand: a top-level key with
a plain, quoted (``'…'``, ``"…"``) or folded/literal (``|``, ``>``) value, a flow
list (``[A, B]``) or a list of items, an item being a value or a mapping with a
``name`` (pandoc's ``author: - name: …``).  A key written otherwise is left out with
the rest; the values are Markdown, as in pandoc (the reader drops their markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The fields shown, in the order pandoc's DOCX and ODT writers show them.
FIELDS = ("title", "subtitle", "author", "date", "abstract")
_OPEN = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$")
_COMMENT = re.compile(r"[ \t]+#.*$")


@dataclass(frozen=True, slots=True)
class MetaField:
    """One value of a field of :data:`FIELDS` (an author of several is one each), as
    Markdown."""

    name: str
    text: str


def front_matter(lines: list[str]) -> tuple[list[MetaField], int]:
    """The fields of the metadata block that opens ``lines``, in the order of
    :data:`FIELDS`, and the number of lines the block takes (0: there is none)."""
    found: dict[str, list[str]]
    found, used = _yaml_block(lines) or _title_block(lines) or ({}, 0)
    return [MetaField(name, value) for name in FIELDS
            for value in found.get(name, ()) if value.strip()], used


def front_matter_language(lines: list[str]) -> tuple[str, str] | None:
    """The ``lang`` (else ``language``) key of the YAML block that opens ``lines`` and
    its value, which pandoc takes for the document's language; None when it has none."""
    found = _yaml_block(lines)
    for key in ("lang", "language"):
        values = found[0].get(key, []) if found is not None else []
        if values and values[0].strip():
            return key, values[0].strip()
    return None


def _yaml_block(lines: list[str]) -> tuple[dict[str, list[str]], int] | None:
    if len(lines) < 2 or not _OPEN.match(lines[0]) or not lines[1].strip():
        return None  # pandoc: a rule, or a setext heading's underline
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if end is None:
        return None
    found: dict[str, list[str]] = {}
    i = 1
    while i < end:
        key = _KEY.match(lines[i])
        i += 1
        if key is None:
            continue  # a line of a value not read
        nested: list[str] = []
        while i < end and (not lines[i].strip() or lines[i][:1] in " \t-"):
            nested.append(lines[i])
            i += 1
        found[key.group(1)] = _values(key.group(2) or "", nested)
    return found, end + 1


def _values(value: str, nested: list[str]) -> list[str]:
    """The values of a key written ``key: value`` with ``nested`` lines after it."""
    if value[:1] in ("|", ">"):
        return [_block_scalar(value[0], nested)]
    if value.startswith("["):
        inner = _COMMENT.sub("", value).strip().removeprefix("[").removesuffix("]")
        return [_scalar(v) for v in _split_flow(inner)]
    if value:
        return [_scalar(" ".join([value, *(n.strip() for n in nested if n.strip())]))]
    items: list[list[str]] = []  # the lines of each item of a list
    for line in nested:
        item = _ITEM.match(line)
        if item is not None:
            items.append([item.group(1) or ""])
        elif items and line.strip():
            items[-1].append(line.strip())
    return [v for v in map(_item_value, items) if v]


def _item_value(lines: list[str]) -> str:
    """An item of a list: a value, or a mapping's ``name`` (pandoc's authors)."""
    keyed = [k for k in map(_KEY.match, lines) if k is not None]
    if keyed:
        return next((_scalar(k.group(2) or "") for k in keyed if k.group(1) == "name"), "")
    return _scalar(" ".join(lines))


def _block_scalar(style: str, nested: list[str]) -> str:
    """A literal (``|``) or folded (``>``) value: its lines less their indent; folded,
    the lines of a paragraph joined with a space (Markdown reads them alike)."""
    body = list(nested)
    while body and not body[-1].strip():
        body.pop()
    indent = min((len(n) - len(n.lstrip()) for n in body if n.strip()), default=0)
    text = "\n".join(n[indent:] for n in body).strip("\n")
    return re.sub(r"(?<=\S)\n(?=\S)", " ", text) if style == ">" else text


def _split_flow(inner: str) -> list[str]:
    """The items of a flow list's inside, split at commas outside quotes."""
    items, current, quote = [], "", ""
    for ch in inner:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == ",":
            items.append(current)
            current = ""
            continue
        current += ch
    return [*items, current]


def _scalar(value: str) -> str:
    """A value as written: quoted (``'it''s'``, ``"a \\"b\\""``, anything after the
    closing quote left out) or plain (a comment after `` #`` left out)."""
    value = value.strip()
    single = re.match(r"'((?:[^']|'')*)'", value)
    if single is not None:
        return single.group(1).replace("''", "'")
    double = re.match(r'"((?:[^"\\]|\\.)*)"', value)
    if double is not None:
        return re.sub(r"\\(.)", lambda e: "\n" if e.group(1) == "n" else e.group(1),
                      double.group(1))
    return _COMMENT.sub("", value).strip()


def _title_block(lines: list[str]) -> tuple[dict[str, list[str]], int] | None:
    """Pandoc's title block: up to three ``%`` lines, the title, the authors (parted by
    ``;``) and the date, each going on over lines that start with a blank (an author
    on each); a ``%`` alone is a field left empty."""
    groups: list[list[str]] = []
    i = 0
    while i < len(lines) and len(groups) < 3 and lines[i].startswith("%"):
        group = [lines[i][1:].strip()]
        i += 1
        while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip():
            group.append(lines[i].strip())
            i += 1
        groups.append(group)
    if not groups:
        return None
    found = {"title": [" ".join(groups[0])]}
    if len(groups) > 1:
        found["author"] = [a.strip() for line in groups[1] for a in line.split(";")]
    if len(groups) > 2:
        found["date"] = [" ".join(groups[2])]
    return found, i
