"""The numbers and tables the report shows, computed from :class:`ReportData`.

Pure functions with plain results, so each figure on the page can be tested
without parsing HTML.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.check.term_table import Rendering as Rendering  # a rendering of a TermRow
from aligner.check.term_table import TermRenderings
from aligner.check.term_table import term_table as check_term_table
from aligner.model import Bead, Severity, Side
from aligner.report.data import ReportData

#: Confidence histogram: this many equal bins over [0, 1].
HISTOGRAM_BINS = 10
#: Confidence colour classes (map points, row edges): this many equal bands over [0, 1].
CONFIDENCE_BANDS = 5

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
    """How much of one side lies in beads that have both sides (by characters), less
    what is not counted as aligned: the sentences of beads of low confidence
    (:func:`is_low`, ``low_*``), and -- of the source -- the members of the other beads
    that ``possible-omission`` says may be untranslated (``Bead.omitted``,
    ``untranslated_*``).  A 3-1 bead whose target translates only its first sentence
    has both sides, and would otherwise make the two left-out sentences aligned."""

    aligned_chars: int
    total_chars: int
    aligned_sentences: int
    total_sentences: int
    low_chars: int = 0
    low_sentences: int = 0
    untranslated_chars: int = 0
    untranslated_sentences: int = 0

    @property
    def share(self) -> float:
        """Aligned share of characters, beads of low confidence left out; an empty text
        counts as fully aligned."""
        return self.aligned_chars / self.total_chars if self.total_chars else 1.0


def coverage(data: ReportData, side: Side) -> Coverage:
    sentences = data.src_sentences if side is Side.SOURCE else data.tgt_sentences
    aligned: list[int] = []
    low: list[int] = []
    untranslated: list[int] = []
    for bead in data.beads:
        if bead.is_null:
            continue
        if is_low(data, bead):
            low.extend(bead.src if side is Side.SOURCE else bead.tgt)
        elif side is Side.TARGET:
            aligned.extend(bead.tgt)
        else:  # a person's bead has no suspects (check reports none: check/units.py)
            omitted = set(bead.omitted) if bead.review is None else set()
            for p, i in enumerate(bead.src):
                (untranslated if p in omitted else aligned).append(i)
    return Coverage(
        aligned_chars=sum(len(sentences[i]) for i in aligned),
        total_chars=sum(len(s) for s in sentences),
        aligned_sentences=len(aligned),
        total_sentences=len(sentences),
        low_chars=sum(len(sentences[i]) for i in low),
        low_sentences=len(low),
        untranslated_chars=sum(len(sentences[i]) for i in untranslated),
        untranslated_sentences=len(untranslated),
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


#: One term's row of the Terms table (its renderings: :class:`Rendering`): a row of the
#: check's own term table (:mod:`aligner.check.term_table`), the one the findings JSON
#: writes, its units the report's beads.
TermRow = TermRenderings


def term_table(data: ReportData) -> tuple[TermRow, ...]:
    """One row per glossary term found in a source, sorted by term (the findings
    JSON's ``renderings``, counted in beads)."""
    return check_term_table(data.term_matches, lambda b: data.side_text(b, Side.TARGET))


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
