"""A sentence's character formatting as a saved alignment keeps it (``"src_formatting"``,
:mod:`aligner.formats.alignment_json`) and a collection keeps it
(``sentences.formatting``, :mod:`aligner.collection.looks`): each span
``[start, end, style(, href)]``, offsets into its sentence, its style by
:class:`~aligner.model.Style` value.  Apart from the saved alignment's module, which
imports the aligner's coverage checks (numpy), so that a collection's reading
commands (``list``, ``export``) do without them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aligner.errors import FormatError
from aligner.model import Formatting, Style

_STYLES = {s.value: s for s in Style}


def span_to_json(span: Formatting) -> list[int | str]:
    """One span as a saved alignment writes it, less its sentence's index:
    ``[start, end, style(, href)]`` (also a collection's ``sentences.formatting``)."""
    return [span.start, span.end, span.style.value, *([span.href] if span.href else [])]


def formatting_from_json(raw: Any, sentences: tuple[str, ...], key: str,
                          fail: Callable[[str, str], FormatError]
                          ) -> tuple[tuple[Formatting, ...], ...]:
    """``[[sentence, start, end, style(, href)], ...]`` -> the formatting of each
    sentence (a file written before links kept their address has no ``href``)."""
    if not isinstance(raw, list):
        raise fail(key, "expected a list of [sentence, start, end, style]")
    found: list[list[Formatting]] = [[] for _ in sentences] if raw else []
    for i, item in enumerate(raw):
        if not (isinstance(item, list) and len(item) in (4, 5)
                and all(type(v) is int for v in item[:3]) and item[3] in _STYLES):
            raise fail(f"{key}[{i}]", "expected [sentence, start, end, style] with a style "
                       f"of {', '.join(_STYLES)}")
        k, start, end, style = item[:4]
        if not 0 <= k < len(sentences) or not 0 <= start < end <= len(sentences[k]):
            raise fail(f"{key}[{i}]", "expected a sentence index and a span inside it")
        href = item[4] if len(item) == 5 else ""
        if not isinstance(href, str) or (href and style != Style.LINK.value):
            raise fail(f"{key}[{i}]", "expected a link's address (a string) fifth, "
                       "after the style a")
        no_surrogate(href, f"{key}[{i}]", fail)
        found[k].append(Formatting(start, end, _STYLES[style], href))
    return tuple(tuple(spans) for spans in found)


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogate(text: str, where: str, fail: Callable[[str, str], FormatError]) -> None:
    """JSON's ``\\ud800`` escapes can spell half a surrogate pair, which is no character:
    the tool never writes one, and no UTF-8 file (TSV, CSV) could hold it."""
    if found := _SURROGATE.search(text):
        raise fail(where, f"holds a lone surrogate (\\u{ord(found.group()):04x}), which is no "
                          "character")
