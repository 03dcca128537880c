"""A list label on one side only, for number-mismatch: ``1. Die Lampe …`` / ``Light the
lamp …``.

A word processor numbers a list itself, so the readers of DOCX, ODT, EPUB, HTML,
Markdown and PDF give a list item without its number (it is no text of the item),
while a plain-text file holds it as text: a DOCX against a text file of its
translation read ``1`` as a number the source lacks, one error per item.  A number that opens a
sentence as a list label -- up to three digits, or a multi-level ``1.2``, then ``.``
or ``)`` (or the number in brackets, ``(1)``), then a space -- on one side only (the
other side opens no sentence with one) is the item's number, not one of its text:
it leaves the differences.  Not a German ordinal (``1. Januar``, ``2. Kapitel``: a
word of the language's ``[ordinals]`` after it, ``lang/<code>/segment.txt``), which is
a date or a count the other side should say; nor a number after an abbreviation's
period (``Véase la p. 25. Véase la p. 31.``: a page, which the sentence's period
ends).
"""

from __future__ import annotations

import re

from aligner.segment.rules import AbbrevClass, rules_for
from aligner.textutil import ascii_digits

# A label at the start of the unit, of a line, or of a sentence after a stop (and its
# closing quotes or brackets); its number in group 1 or 2, the word after it in 3.
_LABEL = re.compile(r"(?:^|\n|(?<=[.!?…:;]\s)|(?<=[.!?…:;][\"”’»)\]]\s))[ \t]*"
                    r"(?:(\d{1,3}(?:\.\d{1,3}){0,3})(?:\.\)|[.)])|\((\d{1,3})\))[ \t]+"
                    r"([^\W\d_]*)")


# the word before a label, with its period: "p." in "Véase la p. 25."
_WORD_BEFORE = re.compile(r"(\S+\.)\s*$")
# abbreviations whose period a number follows without a sentence end (p. 25, cf. 3),
# not those that may end one (etc. 2. Second item)
_TAKE_A_NUMBER = frozenset({AbbrevClass.NUMBER, AbbrevClass.INNER, AbbrevClass.TITLE})


def label_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the numbers of the list labels that open sentences of ``text``."""
    rules = rules_for(lang)
    spans = []
    digits = ascii_digits(text)
    for m in _LABEL.finditer(digits):
        group = 1 if m.group(1) is not None else 2
        if group == 1 and rules.is_ordinal(m.group(1), m.group(3).lower()):
            continue  # "1. Januar": a date
        before = _WORD_BEFORE.search(digits, 0, m.start())
        if before and rules.classify(before.group(1)) in _TAKE_A_NUMBER:
            continue  # "p. 25.": the number an abbreviation (page, number, article) takes
        spans.append(m.span(group))
    return spans


def cancel_list_labels(missing: list[str], extra: list[str],
                       src: list[tuple[str, int, int]], tgt: list[tuple[str, int, int]],
                       source: str, target: str, langs: tuple[str, str]) -> None:
    """Drop from ``missing`` the numbers of the source's list labels, or from ``extra``
    the target's, when the other side has none (in place).  ``src`` and ``tgt`` are
    each side's numbers as ``(value, start, end)``."""
    src_labels, tgt_labels = label_spans(source, langs[0]), label_spans(target, langs[1])
    if src_labels and not tgt_labels:
        _drop(missing, src, src_labels)
    elif tgt_labels and not src_labels:
        _drop(extra, tgt, tgt_labels)


def _drop(values: list[str], items: list[tuple[str, int, int]],
          labels: list[tuple[int, int]]) -> None:
    for value, start, end in items:
        if value in values and any(a <= start and end <= b for a, b in labels):
            values.remove(value)
