"""The term table: how each glossary term found in a source was rendered.

One computation from the term matches of a run, for every place that shows it: the
findings JSON's ``renderings``, the text output's inconsistent terms, and the HTML
report's Terms table (:func:`aligner.report.stats.term_table`).  They once had two,
and the JSON left out what the page showed: forbidden renderings, and a term whose
only rendering found was forbidden.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aligner.model import Side, TermMatch, TermStatus

# Worst first: a rendering found with several statuses shows the worst one.
_STATUS_ORDER = (TermStatus.FORBIDDEN, TermStatus.ALLOWED, TermStatus.PREFERRED)


@dataclass(frozen=True, slots=True)
class Rendering:
    """One way a term was rendered in the target: the glossary rendering (else its
    text as first seen), its status (the worst, if found with several), and the units
    (``count`` of them) whose source has the term and whose target has it, in any of
    its forms."""

    text: str
    status: TermStatus | None
    count: int
    units: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TermRenderings:
    """The consistency view of one glossary source term.

    ``source_units``: units whose source has the term; ``renderings``: the target
    renderings found in those units (case-insensitively grouped), most units first --
    never counted in a unit without the term (a rendering there translates something
    else, or the term's match went to another term of the unit);
    ``unrendered_units``: units whose source has the term but whose target has no
    glossary rendering of it.  A unit is a bead of the report's alignment.
    """

    term: str
    source_units: tuple[int, ...]
    renderings: tuple[Rendering, ...]
    unrendered_units: tuple[int, ...]


def term_table(matches: Iterable[TermMatch], target_text: Callable[[int], str]
               ) -> tuple[TermRenderings, ...]:
    """One row per glossary term found in a source, sorted by term; ``target_text``
    gives a unit's target, for a target match that does not name its rendering."""
    matches = tuple(matches)
    src_units: dict[str, set[int]] = defaultdict(set)
    for match in matches:
        if match.side is Side.SOURCE:
            src_units[match.term].add(match.unit)
    tgt_units: dict[str, set[int]] = defaultdict(set)
    # term -> casefolded rendering -> (form first seen, statuses, units)
    found: dict[str, dict[str, tuple[str, set[TermStatus | None], set[int]]]] = defaultdict(dict)
    for match in matches:
        # .get: looking a target-only term up must not give it an empty row
        if match.side is Side.SOURCE or match.unit not in src_units.get(match.term, ()):
            continue
        tgt_units[match.term].add(match.unit)
        # grouped by the glossary rendering found (every form of it), as the checks
        # count renderings; by the words as written when the match does not say
        text = match.rendering or target_text(match.unit)[match.start:match.end]
        _, statuses, units = found[match.term].setdefault(text.casefold(), (text, set(), set()))
        statuses.add(match.status)
        units.add(match.unit)

    rows = []
    for term in sorted(src_units, key=lambda t: (t.casefold(), t)):
        renderings = [
            Rendering(
                text=form,
                status=next((s for s in _STATUS_ORDER if s in statuses), None),
                count=len(units),
                units=tuple(sorted(units)),
            )
            for form, statuses, units in found[term].values()
        ]
        renderings.sort(key=lambda r: (-r.count, r.text.casefold()))
        rows.append(
            TermRenderings(
                term=term,
                source_units=tuple(sorted(src_units[term])),
                renderings=tuple(renderings),
                unrendered_units=tuple(sorted(src_units[term] - tgt_units[term])),
            )
        )
    return tuple(rows)
