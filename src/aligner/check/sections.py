"""unsure-section: two headings paired over sections whose sentences do not align;
front-matter-mismatch: one side's front matter paired with the other side's text.

A heading is short, and the aligner pairs two headings at the same place readily: the
encoder puts two short titles near each other (``Impressum`` and ``Translator's
Preface`` at a relative distance of 0.66, inside the range of a translation's beads),
and no other path through the start of a book is cheaper.  So a copyright page on one
side and a translator's preface on the other were paired heading with heading at 0.89
and sentence with sentence below it.  What gives them away is the section: its
sentence pairs score low on the whole.  A unit of two headings whose section -- the
units up to the next such unit, its notes aside -- has sentence pairs scoring below
``--min-confidence`` on average, while the document's other sentence pairs score at or
above it, is reported, and so is each sentence pair of the section that scored at or
above it (the ones below get ``alignment-low-confidence``): each may be a pairing of
two different texts.  Where the whole document scores low (a short pair aligned
without the encoder: no lexicon is learned under ten sure beads), no section stands
out, and ``alignment-low-confidence`` says it all.  Only units of two documents know
their headings (:attr:`aligner.check.units.Unit.parts`).

Where a book marks its front matter (an EPUB's copyright page, dedication:
:attr:`~aligner.model.Part.FRONT_MATTER`), a unit pairing front matter of one side
with text of the other that its book does not mark so is a copyright page paired
with a preface (or a chapter): ``front-matter-mismatch``.  It may also be the same page,
marked in one book and not in the other, hence a warning.
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


def _front_mismatch(unit: Unit) -> str | None:
    """The side whose front matter the unit pairs with unmarked text, if it does."""
    src, tgt = unit.front_matter
    if src == tgt or is_blank(unit.source) or is_blank(unit.target):
        return None
    other = unit.parts[1] if src else unit.parts[0]
    if not other or Part.FRONT_MATTER in other:
        return None  # not known, or partly front matter too
    return "source" if src else "target"


def check_sections(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if unit.confidence is not None and (side := _front_mismatch(unit)) is not None:
            other = "target" if side == "source" else "source"
            yield Finding("front-matter-mismatch", ctx.severity("front-matter-mismatch"), u,
                          f"front matter of the {side} (its book marks it so: a copyright "
                          f"page, a dedication) paired with text of the {other} that is not: "
                          "may be two different texts")
    units, limit = ctx.units, ctx.options.min_confidence
    heads = [u for u, unit in enumerate(units) if _heading(unit)]
    scores = {u: unit.confidence or 0.0 for u, unit in enumerate(units) if _sentence_pair(unit)}
    for k, head in enumerate(heads):
        if units[head].confidence is None:
            continue  # a person confirmed the pairing
        end = heads[k + 1] if k + 1 < len(heads) else len(units)
        pairs = [u for u in range(head + 1, end) if u in scores]
        rest = [s for u, s in scores.items() if not head < u < end]
        if not pairs or not rest or sum(rest) / len(rest) < limit:
            continue  # no sentence pair, or nothing sure to stand out from
        mean = sum(scores[u] for u in pairs) / len(pairs)
        if mean >= limit:
            continue
        yield Finding("unsure-section", ctx.severity("unsure-section"), head,
                      f"the sections under these headings may be different texts: their "
                      f"{len(pairs)} sentence pair{'s' if len(pairs) > 1 else ''} score "
                      f"{mean:.2f} on average (< {limit}), one side's front matter or "
                      "preface, say")
        for u in pairs:
            if scores[u] >= limit:
                yield Finding("unsure-section", ctx.severity("unsure-section"), u,
                              f"in a section whose sentence pairs score {mean:.2f} on "
                              f"average (< {limit}; its heading: unit {head}): may pair "
                              "two different texts")
