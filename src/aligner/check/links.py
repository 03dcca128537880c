"""link-mismatch: the web addresses and e-mail addresses of a unit must be the target's.

A translation keeps the links of its source: a URL or an address mistyped, dropped or
pointing elsewhere sends the reader to the wrong place, and nothing else in the checks
reads them (numbers inside a URL are not numbers, :mod:`aligner.check.numbers`).  A
link is ``http://`` or ``https://`` and what follows up to a space, ``www.`` and a
host, or an e-mail address; the punctuation that ends a sentence or closes a bracket
after it is not part of it.  Two links are one when they differ only in the letter
case of the scheme and host, a final ``/``, or a language code of the pair standing
as a part of the address (``/en/``, ``?lang=en``, ``en.example.com``, ``en-us``,
``es-419``, ``zh-hans``, ``zh-Hant-TW``): a localised page is the right link.

The links a document's links point to are compared too, apart from the words: where
the unit's links point (a DOCX, ODT, HTML or Markdown link's formatting, ``Formatting.href``; a
memory's ``<a href="...">`` codes, :func:`addresses`) must be where the target's point,
so a link whose words were translated right but that opens another page is found.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from aligner.check.base import Context, is_blank, is_copy
from aligner.lang import primary
from aligner.model import Finding, InlineTag, TagKind

LINK = re.compile(  # also what check/codes.py leaves to this check
    r"(?i)\b(?:https?://|www\.)[^\s<>\"'`«»“”‘’「」（）()\[\]{}]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# what every link holds (a quick look: a text without it has no link)
_MAYBE_LINK = re.compile(r"(?i)://|www\.|@")
# what ends a sentence or a clause after a link, and is not part of it
_TRAILING = ".,;:!?。，；：！？、…"
_SCHEME_HOST = re.compile(r"(?i)^(?:https?://)?[^/?#]+")
# the script and the region after a language code in an address: a script of four letters
# (zh-hans, sr-latn), a region of letters (en-us, pt_BR) or digits (es-419), or both (zh-Hant-TW)
_REGION = r"(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?"


def may_link(text: str) -> bool:
    """Whether ``text`` may hold a link: what every link holds is there (a quick look)."""
    return _MAYBE_LINK.search(text) is not None


def links(text: str) -> list[str]:
    """The links of ``text`` as written, trailing punctuation left out."""
    if not may_link(text):
        return []
    return [m.group().rstrip(_TRAILING) for m in LINK.finditer(text)]


def blank_links(text: str) -> str:
    """``text`` with its links as spaces, the same length (their digits are no numbers)."""
    if not may_link(text):
        return text
    return LINK.sub(lambda m: " " * len(m.group()), text)


def link_key(link: str, langs: tuple[str, ...]) -> str:
    """What two links that are one have alike (the module docstring)."""
    if "@" in link and "/" not in link:
        return link.lower()
    link = _SCHEME_HOST.sub(lambda m: m.group().lower(), link).rstrip("/")
    link = re.sub(r"(?i)^https?://", "", link)
    if langs:
        codes = "|".join(map(re.escape, langs))
        link = re.sub(rf"(?i)(?<=[/.?=&_-])(?:{codes}){_REGION}(?=[/.?&#=_-]|$)",
                      "{lang}", link)
        link = re.sub(rf"(?i)^(?:{codes}){_REGION}(?=\.)", "{lang}", link)
    return link


_HREF = re.compile(r"""(?is)^<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def addresses(hrefs: Iterable[str], tags: Iterable[InlineTag]) -> list[str]:
    """The links (:func:`links`) that the links of one side of a unit point to: the
    addresses a document's formatting gave (``hrefs``), and the ``href`` of each inline
    code that opens an HTML link (``<a href="https://...">``, a memory's or an export's
    native code).  A place in the document (``#anchor``) or a relative path is no link
    here: a translation's may rightly be named otherwise."""
    found = list(hrefs)
    for tag in tags:
        m = _HREF.match(tag.code) if tag.kind is TagKind.OPEN else None
        if m:
            found.append(html.unescape(next(g for g in m.groups() if g is not None)))
    return [link for href in found for link in links(href)]


def _differ(src: list[str], tgt: list[str], langs: tuple[str, ...], *, counted: bool
            ) -> tuple[list[str], list[str]]:
    """The links of ``src`` the target lacks and those of ``tgt`` the source lacks,
    each once; ``counted``: a link written twice must be there twice."""
    src_keys = Counter(link_key(s, langs) for s in src)
    tgt_keys = Counter(link_key(t, langs) for t in tgt)
    if not counted:
        src_keys, tgt_keys = Counter(set(src_keys)), Counter(set(tgt_keys))
    missing = [s for s in dict.fromkeys(src) if src_keys[link_key(s, langs)]
               > tgt_keys[link_key(s, langs)]]
    extra = [t for t in dict.fromkeys(tgt) if tgt_keys[link_key(t, langs)]
             > src_keys[link_key(t, langs)]]
    return missing, extra


def _to(found: list[str]) -> str:
    return "a link to " if len(found) == 1 else "links to "


def check_links(ctx: Context) -> Iterator[Finding]:
    langs = tuple(sorted({primary(ctx.src_lang), primary(ctx.tgt_lang)}))
    for u, unit in enumerate(ctx.units):
        src, tgt = links(unit.source), links(unit.target)
        src_to = addresses(unit.src_hrefs, unit.src_tags)
        tgt_to = addresses(unit.tgt_hrefs, unit.tgt_tags)
        if (not (src or tgt or src_to or tgt_to) or is_blank(unit.target)
                or is_copy(unit.source, unit.target)):
            continue
        missing, extra = _differ(src, tgt, langs, counted=True)
        # a link cut by a sentence end is two spans: the addresses are counted once
        missing_to, extra_to = _differ(src_to, tgt_to, langs, counted=False)
        if not (missing or extra or missing_to or extra_to):
            continue
        parts = [f"{to}{', '.join(map(repr, found))} not in the {side}"
                 for found, side, to in ((missing, "target", ""), (extra, "source", ""),
                                         (missing_to, "target", _to(missing_to)),
                                         (extra_to, "source", _to(extra_to))) if found]
        yield Finding(code="link-mismatch", severity=ctx.severity("link-mismatch"), unit=u,
                      message="links differ: " + "; ".join(parts),
                      found=next(iter(extra + extra_to), None),
                      expected=tuple(dict.fromkeys(missing + missing_to)))
