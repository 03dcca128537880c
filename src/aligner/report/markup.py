"""Small pieces of markup the report's sections share: escaping, links, classes.

:func:`esc` (``html.escape`` with ``quote=True``) is the one way document,
glossary and file-name text enters the page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from aligner.lang import get_profile
from aligner.model import Finding, Side, TermMatch, TermStatus


def dir_attr(lang: str) -> str:
    return ' dir="rtl"' if get_profile(lang).right_to_left else ""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def bead_link(b: int) -> str:
    return f'<a href="#bead-{b}">{b}</a>'


def bead_links(beads: Sequence[int]) -> str:
    return '<span class="beads">' + "".join(bead_link(b) for b in beads) + "</span>"


def status_class(match: TermMatch) -> str:
    if match.side is Side.SOURCE:
        return "m-src"
    return "m-bad" if match.status is TermStatus.FORBIDDEN else "m-ok"


def finding_detail(f: Finding) -> str:
    parts = []
    if f.source_term is not None:
        parts.append(f"term: {esc(f.source_term)}")
    if f.expected:
        parts.append("expected: " + " | ".join(esc(x) for x in f.expected))
    if f.found is not None:
        parts.append(f"found: {esc(f.found)}")
    return f' <span class="detail">({"; ".join(parts)})</span>' if parts else ""
