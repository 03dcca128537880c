"""term-inconsistent: a glossary term rendered in more than one approved way in a document.

The table made here (source term -> rendering -> units) is what ``aligner check`` tallies
within a document and what a collection tallies across its documents
(:class:`aligner.collection.crosscheck.TermTally`).

A heading's allowed rendering is left out of it: a heading -- a headline, a title, as its
document's reader marks it (:attr:`aligner.check.units.Unit.heading`) -- is where a house
writes an allowed short form beside a preferred full one (``Duma`` in a headline, ``State
Duma`` in the article), so an allowed rendering there is no rival of the preferred one,
and is not tallied, nor flagged.  A preferred rendering in a heading counts as anywhere,
and two renderings mixed in running text are still reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from aligner.check.base import Context
from aligner.check.term_index import TermIndex, UnitTerms, found_renderings
from aligner.check.term_quotes import quote_list, written
from aligner.model import Finding, TermStatus


def preferred_for(index: TermIndex, s: int, t: int) -> bool:
    """Whether the glossary gives rendering ``t`` as preferred for source term ``s``."""
    return any(r.source == s and r.status is TermStatus.PREFERRED for r in index.renderings[t])


def renderings_table(
    index: TermIndex, ctx: Context, matches: Sequence[UnitTerms]
) -> dict[int, dict[int, list[int]]]:
    """source term -> approved target term -> units where it renders the term (a heading's
    allowed renderings left out)."""
    table: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for u, m in enumerate(matches):
        heading = ctx.units[u].heading
        for s in sorted({s for h in m.src for s in h.terms}):
            for t in sorted({t for t, _ in found_renderings(index, s, m.tgt_all)}):
                if not heading or preferred_for(index, s, t):
                    table[s][t].append(u)
    return {s: dict(by_t) for s, by_t in table.items()}


def check_inconsistent(
    index: TermIndex, table: dict[int, dict[int, list[int]]], ctx: Context,
    matches: Sequence[UnitTerms],
) -> Iterator[Finding]:
    """term-inconsistent: units that use another rendering than the document's usual one."""
    for s, by_target in table.items():
        if len(by_target) < 2:
            continue
        counts = Counter({t: len(set(us)) for t, us in by_target.items()})
        # the glossary's preferred rendering, where the document uses it, is the one to
        # converge on, however often an allowed one is used; else the commonest
        dominant = max(
            counts, key=lambda t: (t in index.preferred, counts[t], -min(by_target[t]))
        )
        usual = set(by_target[dominant])
        summary = ", ".join(f"{index.targets[t]!r} ×{n}" for t, n in counts.most_common())
        term = index.sources[s]
        deviating = sorted({u for us in by_target.values() for u in us} - usual)
        # "mostly" only when one rendering is the commonest; a tie (1 and 1) is "elsewhere"
        rivals = [t for t in counts if t != dominant and counts[t] >= counts[dominant]]
        if rivals and dominant in index.preferred and not index.preferred.issuperset(rivals):
            usually, where = "as the preferred", " elsewhere"
        elif rivals:
            usually, where = "as", " elsewhere"
        else:
            usually, where = "mostly as", ""
        for u in deviating:
            here = [t for t, us in by_target.items() if u in us]
            # the first rendering of the term written here, and where
            at = found_renderings(index, s, matches[u].tgt_all)[0]
            src_hit = next(h for h in matches[u].src if s in h.terms)
            yield Finding(
                code="term-inconsistent",
                severity=ctx.severity("term-inconsistent"),
                unit=u,
                message=f"{term!r} rendered as {quote_list(tuple(index.targets[t] for t in here))}"
                f" here but {usually} {index.targets[dominant]!r}{where} ({summary})",
                source_term=term,
                expected=(index.targets[dominant],),
                found=written(ctx.units[u].target, at[1]),
                src_span=(src_hit.start, src_hit.end),
                tgt_span=(at[1].start, at[1].end),
                group=f"term:{term}",
                note=index.approved_note(s, at[:1]),
                rendering=index.targets[at[0]],
            )


