"""unsure-section: two headings paired over sections whose sentences do not align.

A heading is short, and the aligner pairs two headings at the same place readily: the
encoder puts two short titles near each other (``Impressum`` and ``Translator's
Preface`` at a relative distance of 0.66, inside the range of a translation's beads),
and no other path through the start of a book is cheaper.  So a copyright page on one
side and a translator's preface on the other were paired heading with heading at 0.89
and sentence with sentence below it.  What gives them away is the section: its
sentence pairs score low on the whole.  A unit of two headings whose section -- the
units up to the next such unit, its notes aside -- has sentence pairs scoring below
``--min-confidence`` on average is reported, and so is each sentence pair of the
section that scored at or above it (the ones below get ``alignment-low-confidence``):
each may be a pairing of two different texts.  Only units of two documents know their
headings (:attr:`aligner.check.units.Unit.parts`).
"""

from __future__ import annotations

from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.check.units import Unit
from aligner.model import Finding, Part

_NOTES = frozenset({Part.FOOTNOTE, Part.ENDNOTE})


def _heading(unit: Unit) -> bool:
    return all(side and all(p is Part.HEADING for p in side) for side in unit.parts)


def _sentence_pair(unit: Unit) -> bool:
    return (unit.confidence is not None and not is_blank(unit.source)
            and not is_blank(unit.target) and not _heading(unit)
            and not any(p in _NOTES for side in unit.parts for p in side))


def check_sections(ctx: Context) -> Iterator[Finding]:
    units, limit = ctx.units, ctx.options.min_confidence
    heads = [u for u, unit in enumerate(units) if _heading(unit)]
    for k, head in enumerate(heads):
        if units[head].confidence is None:
            continue  # a person confirmed the pairing
        end = heads[k + 1] if k + 1 < len(heads) else len(units)
        pairs = [u for u in range(head + 1, end) if _sentence_pair(units[u])]
        if not pairs:
            continue
        mean = sum(units[u].confidence or 0.0 for u in pairs) / len(pairs)
        if mean >= limit:
            continue
        yield Finding("unsure-section", ctx.severity("unsure-section"), head,
                      f"the sections under these headings may be different texts: their "
                      f"{len(pairs)} sentence pair{'s' if len(pairs) > 1 else ''} score "
                      f"{mean:.2f} on average (< {limit}), one side's front matter or "
                      "preface, say")
        for u in pairs:
            if (units[u].confidence or 0.0) >= limit:
                yield Finding("unsure-section", ctx.severity("unsure-section"), u,
                              f"in a section whose sentence pairs score {mean:.2f} on "
                              f"average (< {limit}; its heading: unit {head}): may pair "
                              "two different texts")
