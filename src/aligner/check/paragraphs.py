"""A paragraph of an article for number-mismatch: ``24(1)`` is ``24.1``.

Legal texts number a paragraph in brackets in one language (``Article 24(1)``)
and after a dot in another (``artículo 24.1``).  Read alone, the first is the
numbers 24 and 1 and the second the decimal 24.1; when one side writes
``24(1)`` and the other the very characters ``24.1``, they are one reference.
``24,1`` is not ``24.1`` here: a comma is read as the language reads it.
"""

from __future__ import annotations

import re
from collections import Counter

from aligner.textutil import ascii_digits

_PARAGRAPH = re.compile(r"(?<![\d.,])(\d+)\((\d+)\)")


def cancel_paragraphs(missing: list[str], extra: list[str], text: str, other: str) -> None:
    """Drop the ``24`` and ``1`` of a ``24(1)`` in ``text`` (from ``extra``) with the
    ``24.1`` that ``other`` writes (from ``missing``), in place."""
    if "(" not in text or not missing:
        return
    other = ascii_digits(other)
    for m in _PARAGRAPH.finditer(ascii_digits(text)):
        whole, part = str(int(m.group(1))), m.group(2)
        # the value of 24.1 (24.10) read as a decimal, which both conventions do
        value = f"{whole}.{part.rstrip('0')}" if part.strip("0") else whole
        parts = Counter((whole, str(int(part))))
        if value in missing and not parts - Counter(extra) and re.search(
                rf"(?<![\d.,]){m.group(1)}\.{part}(?!\d|[.,]\d)", other):
            missing.remove(value)
            for number in parts.elements():
                extra.remove(number)
