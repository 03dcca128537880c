"""Markdown's links and images, for :mod:`aligner.readers.markdown`.

An image ``![alt](src)`` reads as its ``alt`` and is no link.  A link reads as its
text and is marked in the paragraph's text (:data:`~aligner.readers.assemble.LINK_OPEN`
and ``LINK_CLOSE``, which assemble keeps as :attr:`~aligner.model.Style.LINK`
formatting) with where it points: ``[text](url "title")`` to ``url``, an autolink
``<https://…>`` to itself, an inline HTML link ``<a href="url">text</a>`` to ``url``,
``[text][ref]``, ``[text][]`` to the address its reference
definition (``[ref]: url "title"``, the label's case and spacing aside) gives; an
address may hold brackets in pairs (``…/wiki/Chile_(country)``, one deep).  A
reference no definition names reads as its text, with no link, as before.  The
whitespace at a link text's edges is left outside it, so the text is the same with
links kept or not.  An autolink's text is its address as written: its ``_`` and ``*``
are no emphasis (the caller shields it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from aligner.readers.assemble import LINK_CLOSE, LINK_OPEN

# What the brackets of an address and title hold: brackets inside it come in pairs, one
# deep (``https://en.wikipedia.org/wiki/Chile_(country)``, as CommonMark and pandoc take it)
_DESTINATION = r"(?:[^()]|\([^()]*\))*"
IMAGE = re.compile(rf"!\[([^\]]*)\]\({_DESTINATION}\)")
_LINK = re.compile(rf"\[([^\]]+)\](?:\(({_DESTINATION})\)|\[([^\]]*)\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
# An inline HTML link, as Markdown lets a text write one: ``<a href="url">text</a>``
_HTML_LINK = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))[^>]*>"""
                        r"(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
# A reference definition: a label (not a footnote's ``^``), an address perhaps in
# angle brackets, perhaps a title; it starts a paragraph and is all of its line.
_DEFINITION = re.compile(r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?([^\s>]+)>?"
                         r"""(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$""")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Where a link was marked until its address is taken out: the address's index, between
# characters no Markdown text holds (emphasis and tags leave it alone).
_ADDRESS = re.compile(f"{LINK_OPEN}\x01(\\d+)\x01|{LINK_CLOSE}")


def label_key(label: str) -> str:
    """A reference label as definitions match it: case and runs of spaces aside."""
    return " ".join(label.split()).casefold()


def is_definition(line: str) -> bool:
    return _DEFINITION.match(line) is not None


def definitions(lines: list[str]) -> dict[str, str]:
    """The addresses of the reference definitions outside fenced code that start a
    paragraph, by :func:`label_key`; the first definition of a label counts."""
    found: dict[str, str] = {}
    fence = ""
    opening = True  # no paragraph open: a definition may come
    for line in lines:
        if fence:
            fence = "" if line.lstrip().startswith(fence) else fence
        elif m := _FENCE.match(line):
            fence = m.group(1)
        elif m := _DEFINITION.match(line):
            if opening:
                found.setdefault(label_key(m.group(1)), m.group(2))
            continue
        opening = not line.strip()
    return found


def unlinked(s: str, shield: Callable[[str], str]) -> str:
    """``s`` with each link as its text (no mark, no address); ``shield``: what an
    autolink's address becomes until the text is made (no emphasis in it)."""
    return _AUTOLINK.sub(lambda m: shield(m.group(1)), _LINK.sub(r"\1", s))


def marked(s: str, refs: Mapping[str, str], addresses: list[str],
           shield: Callable[[str], str]) -> str:
    """``s`` with each link's text marked, its address appended to ``addresses`` and the
    mark holding its index there (:func:`take_addresses` takes it out); ``shield`` as
    for :func:`unlinked`."""

    def mark(text: str, href: str | None, core: str = "") -> str:
        core = core or text.strip()
        if not href or not core:  # no address, or no text to hold the link
            return text
        addresses.append(href)
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        return f"{lead}{LINK_OPEN}\x01{len(addresses) - 1}\x01{core}{LINK_CLOSE}{trail}"

    def link(m: re.Match[str]) -> str:
        if m.group(2) is not None:  # [text](url "title")
            parts = m.group(2).split()
            href = parts[0].removeprefix("<").removesuffix(">") if parts else ""
            return mark(m.group(1), href)
        return mark(m.group(1), refs.get(label_key(m.group(3) or m.group(1))))

    s = _LINK.sub(link, s)
    s = _HTML_LINK.sub(lambda m: mark(m.group(4), next(
        (g for g in m.groups()[:3] if g is not None), "").strip()), s)
    return _AUTOLINK.sub(lambda m: mark(m.group(1), m.group(1), shield(m.group(1))), s)


def take_addresses(s: str, addresses: list[str], links: list[str]) -> str:
    """``s`` with the addresses' indexes taken out of its link marks, and ``links`` given
    each mark's address in the order of the text; a link inside another (an autolink
    as a link's text) is the outer one."""
    out: list[str] = []
    depth = 0
    i = 0
    for m in _ADDRESS.finditer(s):
        out.append(s[i : m.start()])
        i = m.end()
        if m.group(1) is not None:
            depth += 1
            if depth == 1:
                out.append(LINK_OPEN)
                links.append(addresses[int(m.group(1))])
        elif depth:
            depth -= 1
            if not depth:
                out.append(LINK_CLOSE)
    out.append(s[i:])
    return "".join(out)
