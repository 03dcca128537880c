"""How the glossary checks' findings quote a unit's text (:mod:`aligner.check.terminology`):
a term as written, a rendering in another letter case, lists of renderings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.check.terms import Hit
from aligner.textutil import unwrap


def in_other_case(renderings: Sequence[str], text: str
                   ) -> tuple[str, str, tuple[int, int]] | None:
    """A rendering written in ``text`` in another letter case only (``Lgpd`` for a
    case-sensitive ``LGPD``, ``vat`` for ``VAT``): the rendering, the text as written,
    and where -- what a term-missing finding should say rather than seem to
    contradict itself."""
    for rendering in renderings:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, rendering.split())) + r"(?!\w)"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if m.group() != rendering and " ".join(m.group().split()) != rendering:
                return rendering, m.group(), (m.start(), m.end())
    return None


def written(text: str, hit: Hit) -> str:
    """A finding's ``found``: the words of a target hit as written, its ``tgt_span``
    (a split verb's form without its particle, which the message quotes; the
    placeholders of inline tags inside it are put back by :func:`aligner.check.run_checks`)."""
    return text[hit.start:hit.end]


def found_term(found: str, term: str) -> str:
    return repr(term) if unwrap(found) == term else f"{said(found)} ({term})"


def said(found: str) -> str:
    """Text of a unit quoted in a message: a term split by a line break is shown on one
    line (``'warning term'``, not ``'warning\\nterm'``); the finding's ``found`` and
    spans keep the text as written."""
    return repr(unwrap(found))


def quote_list(items: Sequence[str]) -> str:
    return " or ".join(repr(i) for i in items)


# A run of katakana and its prolonged sound mark (full or half width).
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]+")
_LONG = "\u30fc"  # ー


def in_other_spelling(renderings: Sequence[str], text: str
                      ) -> tuple[str, str, tuple[int, int], str] | None:
    """:func:`in_other_case`, or a katakana rendering written in ``text`` with other
    long-vowel marks only (``サーバ`` for ``サーバー``: both spellings are in use, and a
    term-missing finding should say which one the text has), with what differs."""
    found = in_other_case(renderings, text)
    if found is not None:
        return (*found, "differs in case")
    for rendering in renderings:
        if not _KATAKANA_RUN.fullmatch(rendering):
            continue
        bare = rendering.replace(_LONG, "")
        for m in _KATAKANA_RUN.finditer(text):
            if m.group() != rendering and m.group().replace(_LONG, "") == bare:
                return (rendering, m.group(), m.span(),
                        "differs in its long-vowel marks (\u30fc)")
    return None

