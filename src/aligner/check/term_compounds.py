"""A forbidden rendering written inside a compound word, for the glossary checks
(:mod:`aligner.check.terminology`).

Where a source term has no approved rendering in its unit's target -- not as a word,
nor inside a compound (:func:`aligner.check.term_index.compound_rendering`) -- a
forbidden rendering of it that the target writes as the head or the tail of a compound
(``Wärmetauscherblock`` with ``Wärmetauscher`` forbidden, ``Lamellenpaket`` with
``Lamelle``; a katakana run, ``ルーバーピッチ`` with ``ルーバー``) is what the unit renders
the term by: ``term-forbidden`` names it and gives its row's note, as for the word on its
own, and not ``term-missing``.  The compound is found by the measures of
:mod:`aligner.check.compounds`; an approved rendering inside the same compound
(``Wärmeübertragerblock``) renders the term, and nothing is said.

The source may have its term inside a compound word too (:func:`source_compounds`):
German ``Vertragsstrafenklausel`` has ``Vertragsstrafe`` as its head, joined by a
linking ``n``, rendered ``penalty clause``.  A forbidden rendering of such a term in its
unit's target is ``term-forbidden`` (naming the compound), not
``term-forbidden-elsewhere`` -- the source does have the term.  ``term-missing`` does not
ask for a rendering of a term met only inside a compound: a compound is often
translated as a whole by other words (``Kündigungsfrist``, ``notice period``: no
``termination``).
"""

from __future__ import annotations

from collections.abc import Iterable

from aligner.check.base import Context
from aligner.check.compounds import in_compound
from aligner.check.term_index import TermIndex
from aligner.check.term_quotes import quote_list, said
from aligner.check.terms import Hit
from aligner.model import Finding, TermStatus


def forbidden_in_compound(index: TermIndex, ctx: Context, unit: int, h: Hit, target: str
                          ) -> Finding | None:
    """``term-forbidden`` for a forbidden rendering of the source occurrence ``h`` (any of
    its terms) that ``target`` writes inside a compound word; None when it has none."""
    forbidden = [(t, r) for t, rows in enumerate(index.renderings) for r in rows
                 if r.source in h.terms and r.status is TermStatus.FORBIDDEN]
    found = in_compound(dict.fromkeys(index.targets[t] for t, _ in forbidden), target,
                        ctx.tgt_lang)
    if found is None:
        return None
    rendering, compound, span = found
    row = next(r for t, r in forbidden if index.targets[t] == rendering)
    term = index.sources[row.source]
    expected = index.approved_texts(row.source)
    hint = f"; use {quote_list(expected)}" if expected else ""
    return Finding(
        code="term-forbidden", severity=ctx.severity("term-forbidden"), unit=unit,
        message=f"forbidden rendering {said(rendering)} of {term!r} inside the compound "
                f"{said(compound)}{hint}",
        source_term=term, expected=expected, found=compound, src_span=(h.start, h.end),
        tgt_span=span, note=row.note or None, rendering=rendering)


def source_compounds(index: TermIndex, terms: Iterable[int], source: str, lang: str
                     ) -> dict[int, tuple[str, tuple[int, int]]]:
    """The source terms of ``terms`` that ``source`` has as the head or the tail of a
    compound word (:func:`aligner.check.compounds.in_compound`: ``Vertragsstrafe`` in
    ``Vertragsstrafenklausel``), each with the compound and its span."""
    found = {s: in_compound((index.sources[s],), source, lang, long_optional=True)
             for s in terms}
    return {s: (f[1], f[2]) for s, f in found.items() if f is not None}
