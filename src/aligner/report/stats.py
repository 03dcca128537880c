"""The numbers and tables the report shows, computed from :class:`ReportData`.

Pure functions with plain results, so each figure on the page can be tested
without parsing HTML.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.model import Bead, Severity, Side, TermStatus
from aligner.report.data import ReportData

#: Confidence histogram: this many equal bins over [0, 1].
HISTOGRAM_BINS = 10
#: Confidence colour classes (map points, row edges): this many equal bands over [0, 1].
CONFIDENCE_BANDS = 5

# Worst first: a rendering found with several statuses shows the worst one.
_STATUS_ORDER = (TermStatus.FORBIDDEN, TermStatus.ALLOWED, TermStatus.PREFERRED)


def kind_counts(beads: Sequence[Bead]) -> tuple[tuple[str, int], ...]:
    """``(kind, count)`` for each bead kind, most frequent first, ties by kind."""
    counts = Counter(b.kind for b in beads)
    return tuple(sorted(counts.items(), key=lambda kc: (-kc[1], kc[0])))


def unit_sides(beads: Sequence[Bead]) -> tuple[tuple[str, int], ...]:
    """For the units of a file (one bead each): how many have both sides, an empty
    target, an empty source, neither (a record the reader skipped), in that order."""
    counts = Counter((bool(b.src), bool(b.tgt)) for b in beads)
    return (("with both sides", counts[True, True]),
            ("with an empty target", counts[True, False]),
            ("with an empty source", counts[False, True]),
            ("empty", counts[False, False]))


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of one side lies in beads that have both sides (by characters)."""

    aligned_chars: int
    total_chars: int
    aligned_sentences: int
    total_sentences: int

    @property
    def share(self) -> float:
        """Aligned share of characters; an empty text counts as fully aligned."""
        return self.aligned_chars / self.total_chars if self.total_chars else 1.0


def coverage(data: ReportData, side: Side) -> Coverage:
    sentences = data.src_sentences if side is Side.SOURCE else data.tgt_sentences
    aligned = [
        i
        for bead in data.beads
        if not bead.is_null
        for i in (bead.src if side is Side.SOURCE else bead.tgt)
    ]
    return Coverage(
        aligned_chars=sum(len(sentences[i]) for i in aligned),
        total_chars=sum(len(s) for s in sentences),
        aligned_sentences=len(aligned),
        total_sentences=len(sentences),
    )


def _bin(score: float, bins: int) -> int:
    """Bin of a score in ``bins`` equal bins over [0, 1]; 1.0 falls in the last."""
    return min(bins - 1, max(0, int(score * bins)))


def confidence_histogram(beads: Sequence[Bead], *, bins: int = HISTOGRAM_BINS) -> tuple[int, ...]:
    """Number of aligned beads whose score falls in each of ``bins`` equal bins over [0, 1].

    Null beads (unaligned sentences) have no confidence to show and are left out.
    """
    counts = [0] * bins
    for bead in beads:
        if not bead.is_null:
            counts[_bin(bead.score, bins)] += 1
    return tuple(counts)


def confidence_band(score: float) -> int:
    """Colour band 0 (lowest) .. CONFIDENCE_BANDS-1 (highest) of a score."""
    return _bin(score, CONFIDENCE_BANDS)


def is_low(data: ReportData, bead: Bead) -> bool:
    """Whether an aligned bead is marked for review as low-confidence (null beads never are:
    they are shown as unaligned)."""
    return data.has_confidence and not bead.is_null and bead.score < data.low_confidence


def finding_counts(data: ReportData) -> tuple[tuple[str, dict[Severity, int]], ...]:
    """Per finding code, the count per severity; codes by total descending, then name."""
    table: dict[str, dict[Severity, int]] = defaultdict(lambda: dict.fromkeys(Severity, 0))
    for finding in data.findings:
        table[finding.code][finding.severity] += 1
    return tuple(sorted(table.items(), key=lambda item: (-sum(item[1].values()), item[0])))


@dataclass(frozen=True, slots=True)
class Rendering:
    """One way a term was rendered in the target: the glossary rendering (else its
    text as first seen), and the beads (``count`` of them) whose source has the term
    and whose target has it, in any of its forms."""

    text: str
    status: TermStatus | None
    count: int
    beads: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TermRow:
    """The consistency view of one glossary term.

    ``source_beads``: beads whose source contains the term; ``renderings``: the
    target renderings found in those beads (case-insensitively grouped), most
    beads first -- counted in beads, as the checks' renderings count units, and
    never in a bead without the term (a rendering there translates something
    else, or the term's match went to another term of the bead);
    ``unrendered_beads``: beads whose source has the term but whose target has
    no glossary rendering of it.
    """

    term: str
    source_beads: tuple[int, ...]
    renderings: tuple[Rendering, ...]
    unrendered_beads: tuple[int, ...]


def term_table(data: ReportData) -> tuple[TermRow, ...]:
    """One row per glossary term found in a source, sorted by term."""
    src_beads: dict[str, set[int]] = defaultdict(set)
    for match in data.term_matches:
        if match.side is Side.SOURCE:
            src_beads[match.term].add(match.unit)
    tgt_beads: dict[str, set[int]] = defaultdict(set)
    # term -> casefolded rendering -> (form first seen, statuses, beads)
    found: dict[str, dict[str, tuple[str, set[TermStatus | None], set[int]]]] = defaultdict(dict)
    for match in data.term_matches:
        # .get: looking a target-only term up must not give it an empty row
        if match.side is Side.SOURCE or match.unit not in src_beads.get(match.term, ()):
            continue
        tgt_beads[match.term].add(match.unit)
        # grouped by the glossary rendering found (every form of it), as the checks
        # count renderings; by the words as written when the match does not say
        text = match.rendering or data.side_text(match.unit, Side.TARGET)[match.start:match.end]
        _, statuses, beads = found[match.term].setdefault(text.casefold(), (text, set(), set()))
        statuses.add(match.status)
        beads.add(match.unit)

    rows = []
    for term in sorted(src_beads, key=lambda t: (t.casefold(), t)):
        renderings = [
            Rendering(
                text=form,
                status=next((s for s in _STATUS_ORDER if s in statuses), None),
                count=len(beads),
                beads=tuple(sorted(beads)),
            )
            for form, statuses, beads in found[term].values()
        ]
        renderings.sort(key=lambda r: (-r.count, r.text.casefold()))
        rows.append(
            TermRow(
                term=term,
                source_beads=tuple(sorted(src_beads[term])),
                renderings=tuple(renderings),
                unrendered_beads=tuple(sorted(src_beads[term] - tgt_beads[term])),
            )
        )
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class MapPoint:
    """Where a bead sits on the alignment map, as fractions of each text.

    ``x``/``y`` are the midpoints of the bead's sentence ranges divided by the
    sentence counts; a null bead has ``None`` on its empty side and is drawn on
    the axis of the side it has.
    """

    bead: int
    x: float | None
    y: float | None


def _midpoint(indices: tuple[int, ...], n: int) -> float | None:
    if not indices or n == 0:
        return None
    return (indices[0] + indices[-1] + 1) / 2 / n


def map_points(data: ReportData) -> tuple[MapPoint, ...]:
    n_src, n_tgt = len(data.src_sentences), len(data.tgt_sentences)
    return tuple(
        MapPoint(bead=b, x=_midpoint(bead.src, n_src), y=_midpoint(bead.tgt, n_tgt))
        for b, bead in enumerate(data.beads)
    )
