"""Small pieces of markup the report's sections share: escaping, links, classes.

:func:`esc` (``html.escape`` with ``quote=True``) is the one way document,
glossary and file-name text enters the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from aligner.lang import get_profile
from aligner.model import Finding, Side, TermMatch, TermStatus


def dir_attr(lang: str) -> str:
    return ' dir="rtl"' if get_profile(lang).right_to_left else ""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def esc_text(text: str) -> str:
    """``esc(text)`` for a term or rendering, isolated (``<bdi>``) when it is written
    right to left: the English around it keeps its order (``'منصة' ×2``)."""
    return f"<bdi>{esc(text)}</bdi>" if _RTL.search(text) else esc(text)


def esc_message(message: str) -> str:
    """A finding's message escaped, each quotation in it written right to left
    isolated from the English of the message (:func:`esc_text`)."""
    if not _RTL.search(message):
        return esc(message)
    out, at = [], 0
    for m in _QUOTED.finditer(message):
        out.append(esc(message[at:m.start()]))
        quote = m.group()
        out.append(esc(quote[0]) + esc_text(quote[1:-1]) + esc(quote[-1]))
        at = m.end()
    out.append(esc(message[at:]))
    return "".join(out)


def bead_link(b: int, title: str = "") -> str:
    title_attr = f' title="{esc(title)}"' if title else ""
    return f'<a href="#bead-{b}"{title_attr}>{b}</a>'


def bead_links(beads: Sequence[int], titles: Sequence[str] | None = None) -> str:
    """Links to the rows of ``beads``; ``titles``, by bead index, name them (a unit's
    label: ``unit 3 (tu 4)``)."""
    return ('<span class="beads">'
            + "".join(bead_link(b, titles[b] if titles is not None else "") for b in beads)
            + "</span>")


def status_class(match: TermMatch) -> str:
    if match.side is Side.SOURCE:
        return "m-src"
    return "m-bad" if match.status is TermStatus.FORBIDDEN else "m-ok"


# Findings whose message already quotes every expected and found value as its text writes
# it (number-mismatch: ``'-1.25亿' (-125,000,000) missing in the target``), where the
# values themselves are bare (``-125000000``, for JSON and CSV): the detail leaves them
# out, as the text output does.
_SAID_IN_MESSAGE = frozenset({"number-mismatch"})


def finding_detail(f: Finding) -> str:
    parts = []
    if f.source_term is not None:
        parts.append(f"term: {esc_text(f.source_term)}")
    said = f.code in _SAID_IN_MESSAGE
    if f.expected and not said:
        parts.append("expected: " + " | ".join(esc_text(x) for x in f.expected))
    if f.found is not None and not said:
        parts.append(f"found: {esc_text(f.found)}")
    if f.note is not None:
        parts.append(f"note: {esc_text(f.note)}")
    return f' <span class="detail">({"; ".join(parts)})</span>' if parts else ""
