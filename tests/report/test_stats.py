"""The report's figures, against values worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from aligner.model import (
    OMITTED_MEMBERS,
    Bead,
    Review,
    ReviewState,
    Severity,
    Side,
    TermMatch,
    TermStatus,
)
from aligner.report import ReportData, stats
from aligner.report.stats import Coverage, MapPoint, Rendering, TermRow

from .sample import sample_report_data


def test_kind_counts_of_the_sample() -> None:
    assert stats.kind_counts(sample_report_data().beads) == (
        ("1-1", 7),
        ("0-1", 1),
        ("1-0", 1),
        ("1-2", 1),
        ("2-1", 1),
    )


def test_coverage_counts_characters_in_two_sided_beads() -> None:
    data = ReportData(
        src_sentences=("abcd", "ef", "ghij"),
        tgt_sentences=("xy", "z"),
        beads=(Bead((0,), (0,), 0.9), Bead((1,), ()), Bead((2,), (1,), 0.8)),
        src_lang="es",
        tgt_lang="en",
    )
    assert stats.coverage(data, Side.SOURCE) == Coverage(8, 10, 2, 3)
    assert stats.coverage(data, Side.SOURCE).share == 0.8
    assert stats.coverage(data, Side.TARGET) == Coverage(3, 3, 2, 2)


def test_coverage_does_not_count_beads_of_low_confidence_as_aligned() -> None:
    # a 3-1 bead at 0.42 whose target translates only its first sentence: its four
    # sentences are counted apart, not as aligned
    data = ReportData(
        src_sentences=("abcd", "ef", "gh", "ij", "klm"),
        tgt_sentences=("wx", "yz"),
        beads=(Bead((0,), (0,), 0.97), Bead((1, 2, 3), (1,), 0.42), Bead((4,), (), 0.0)),
        src_lang="es",
        tgt_lang="en",
    )
    assert stats.coverage(data, Side.SOURCE) == Coverage(4, 13, 1, 5, 6, 3)
    assert stats.coverage(data, Side.SOURCE).share == pytest.approx(4 / 13)
    assert stats.coverage(data, Side.TARGET) == Coverage(2, 4, 1, 2, 2, 1)
    # the threshold is the report's: at 0.4 the bead counts as aligned
    assert stats.coverage(replace(data, low_confidence=0.4), Side.SOURCE) \
        == Coverage(10, 13, 4, 5)
    # pairs given by the user have no confidence: every two-sided pair is aligned
    assert stats.coverage(replace(data, has_confidence=False), Side.SOURCE) \
        == Coverage(10, 13, 4, 5)


def test_coverage_does_not_count_sentences_that_may_be_untranslated_as_aligned() -> None:
    # a 2-1 bead at 0.81 whose second source sentence possible-omission suspects (bit 1
    # of omitted_members): that sentence is counted apart, the target is aligned
    suspect = Bead((1, 2), (1,), 0.81, {OMITTED_MEMBERS: 2.0})
    data = ReportData(
        src_sentences=("abcd", "ef", "ghi"),
        tgt_sentences=("wx", "yz"),
        beads=(Bead((0,), (0,), 0.97), suspect),
        src_lang="es",
        tgt_lang="en",
    )
    assert stats.coverage(data, Side.SOURCE) == Coverage(6, 9, 2, 3, 0, 0, 3, 1)
    assert stats.coverage(data, Side.TARGET) == Coverage(4, 4, 2, 2)
    # a bead a person confirmed has no suspects, as check reports none
    review = Review(ReviewState.CONFIRMED, datetime(2026, 12, 7, tzinfo=UTC))
    confirmed = replace(data, beads=(data.beads[0], replace(suspect, review=review)))
    assert stats.coverage(confirmed, Side.SOURCE) == Coverage(9, 9, 3, 3)
    # below the threshold the whole bead is of low confidence, counted once
    low = replace(data, beads=(data.beads[0], replace(suspect, score=0.3)))
    assert stats.coverage(low, Side.SOURCE) == Coverage(4, 9, 1, 3, 5, 2)


def test_coverage_of_an_empty_text_is_full() -> None:
    data = ReportData(src_sentences=(), tgt_sentences=(), beads=(), src_lang="es", tgt_lang="en")
    assert stats.coverage(data, Side.SOURCE).share == 1.0


def test_histogram_of_the_sample() -> None:
    # aligned beads' scores .95 .81 .93 .90 .62 .88 .91 .44 .70 (the null beads' .30 and
    # .20 are not confidences of an alignment and are left out)
    assert stats.confidence_histogram(sample_report_data().beads) == (0, 0, 0, 0, 1, 0, 1, 1, 2, 4)


@pytest.mark.parametrize(
    ("score", "histogram_bin", "band"),
    [
        (0.0, 0, 0),
        (0.05, 0, 0),
        (0.1, 1, 0),
        (0.19, 1, 0),
        (0.2, 2, 1),
        (0.5, 5, 2),
        (0.79, 7, 3),
        (0.8, 8, 4),
        (0.999, 9, 4),
        (1.0, 9, 4),
        (-0.3, 0, 0),  # out-of-range scores are clamped, never an index error
        (1.7, 9, 4),
    ],
)
def test_bins_and_bands(score: float, histogram_bin: int, band: int) -> None:
    histogram = stats.confidence_histogram([Bead((0,), (0,), score)])
    assert histogram.index(1) == histogram_bin
    assert stats.confidence_band(score) == band


def test_low_confidence_needs_a_confidence() -> None:
    data = sample_report_data()
    assert [b for b, bead in enumerate(data.beads) if stats.is_low(data, bead)] == [8]
    given = sample_report_data(has_confidence=False)
    assert not any(stats.is_low(given, bead) for bead in given.beads)


def test_finding_counts_of_the_sample() -> None:
    none = dict.fromkeys(Severity, 0)
    assert stats.finding_counts(sample_report_data()) == (
        ("addition", none | {Severity.INFO: 1}),
        ("length-ratio", none | {Severity.WARNING: 1}),
        ("markup", none | {Severity.INFO: 1}),
        ("number-mismatch", none | {Severity.ERROR: 1}),
        ("omission", none | {Severity.WARNING: 1}),
        ("term-forbidden", none | {Severity.ERROR: 1}),
    )


def test_term_table_of_the_sample() -> None:
    rows = {row.term: row for row in stats.term_table(sample_report_data())}
    assert list(rows) == ["acequia", "asamblea", "cooperativa", "junta directiva", "pozo"]
    assert rows["acequia"] == TermRow(
        term="acequia",
        source_units=(3, 6),
        renderings=(
            Rendering("channel", TermStatus.FORBIDDEN, 1, (6,)),
            Rendering("irrigation ditch", TermStatus.PREFERRED, 1, (3,)),
        ),
        unrendered_units=(),
    )
    assert rows["pozo"] == TermRow(
        "pozo", (1, 2), (Rendering("well", TermStatus.PREFERRED, 2, (1, 2)),), ()
    )


def test_term_table_groups_case_and_lists_unrendered_beads() -> None:
    data = ReportData(
        src_sentences=("El pozo.", "Otro pozo y pozo.", "Sin pozo."),
        tgt_sentences=("Well, well.", "The well and the shaft.", "None here."),
        beads=(Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), (2,))),
        src_lang="es",
        tgt_lang="en",
        term_matches=(
            TermMatch(0, Side.SOURCE, 3, 7, "pozo"),
            TermMatch(0, Side.TARGET, 0, 4, "pozo", TermStatus.PREFERRED),  # Well
            TermMatch(0, Side.TARGET, 6, 10, "pozo", TermStatus.PREFERRED),  # well
            TermMatch(1, Side.SOURCE, 5, 9, "pozo"),
            TermMatch(1, Side.SOURCE, 12, 16, "pozo"),
            TermMatch(1, Side.TARGET, 4, 8, "pozo", TermStatus.PREFERRED),  # well
            TermMatch(1, Side.TARGET, 17, 22, "pozo", TermStatus.ALLOWED),  # shaft
            TermMatch(2, Side.SOURCE, 4, 8, "pozo"),
        ),
    )
    assert stats.term_table(data) == (
        TermRow(
            term="pozo",
            source_units=(0, 1, 2),
            renderings=(
                Rendering("Well", TermStatus.PREFERRED, 2, (0, 1)),  # beads, not occurrences
                Rendering("shaft", TermStatus.ALLOWED, 1, (1,)),
            ),
            unrendered_units=(2,),
        ),
    )


def test_a_term_found_in_no_source_has_no_row() -> None:
    """A rendering found where no source has its term once gave that term a row
    saying 0 in source."""
    data = ReportData(
        src_sentences=("Nada.",),
        tgt_sentences=("The well.",),
        beads=(Bead((0,), (0,)),),
        src_lang="es",
        tgt_lang="en",
        term_matches=(TermMatch(0, Side.TARGET, 4, 8, "pozo", TermStatus.PREFERRED),),
    )
    assert stats.term_table(data) == ()


def test_term_table_counts_beads_with_the_term_as_the_checks_do() -> None:
    """A rendering in a bead whose source lacks the term is not the term's rendering
    (reported: helmet ×3 with two beads without yelmo, where the JSON said ×1)."""
    from aligner.check import Unit, run_checks
    from aligner.model import Glossary, GlossaryEntry

    units = [Unit("Se puso el yelmo.", "He put on the helmet, a good helmet."),
             Unit("El casco brillaba.", "The helmet shone."),
             Unit("Lo llevaba.", "He wore the helmet.")]
    glossary = Glossary("es", "en", (GlossaryEntry("yelmo", "helmet", TermStatus.PREFERRED),))
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en")
    data = ReportData(
        src_sentences=tuple(u.source for u in units), tgt_sentences=tuple(u.target for u in units),
        beads=tuple(Bead((i,), (i,)) for i in range(3)), src_lang="es", tgt_lang="en",
        term_matches=result.term_matches,
    )
    (row,) = stats.term_table(data)
    assert row.renderings == (Rendering("helmet", TermStatus.PREFERRED, 1, (0,)),)
    assert result.renderings == (row,)  # the findings JSON's table is the page's


def test_map_points_use_sentence_midpoints() -> None:
    points = stats.map_points(sample_report_data())
    assert points[0] == MapPoint(0, 0.5 / 11, 0.5 / 11)
    assert points[1] == MapPoint(1, 2 / 11, 1.5 / 11)  # 2-1: source sentences 1 and 2
    assert points[4] == MapPoint(4, 5.5 / 11, 5 / 11)  # 1-2: target sentences 4 and 5
    assert points[5] == MapPoint(5, 6.5 / 11, None)  # 1-0: drawn on the source axis
    assert points[9] == MapPoint(9, None, 9.5 / 11)  # 0-1: drawn on the target axis
    assert [p.bead for p in points] == list(range(11))


def test_term_table_counts_a_rendering_in_every_form_as_check_does() -> None:
    """'tablet' and 'tablets' are one glossary rendering: one row entry, as in the
    check's renderings (it showed 'tablet ×1' and 'tablets ×1')."""
    data = ReportData(
        src_sentences=("Un comprimido.", "Dos comprimidos."),
        tgt_sentences=("One tablet.", "Two tablets."),
        beads=(Bead((0,), (0,)), Bead((1,), (1,))),
        src_lang="es",
        tgt_lang="en",
        term_matches=(
            TermMatch(0, Side.SOURCE, 3, 13, "comprimido"),
            TermMatch(0, Side.TARGET, 4, 10, "comprimido", TermStatus.PREFERRED, "tablet"),
            TermMatch(1, Side.SOURCE, 4, 15, "comprimido"),
            TermMatch(1, Side.TARGET, 4, 11, "comprimido", TermStatus.PREFERRED, "tablet"),
        ),
    )
    [row] = stats.term_table(data)
    assert row.renderings == (Rendering("tablet", TermStatus.PREFERRED, 2, (0, 1)),)
