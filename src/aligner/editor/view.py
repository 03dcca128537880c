"""What the editor page shows of an alignment: rows with their findings, terms and marks.

The checks of ``aligner check`` run over the alignment's beads (with the
glossary, when there is one) at every version, so a row's findings are those
of the bead as it is now.  Cells are the review report's
(:func:`aligner.report.rows.bead_cells`): the same escaping, term and
finding highlights and paragraph marks.

A bead is *doubtful* -- one notion: the ``n`` key goes to the next one, confirm
all (``C``) leaves it, the page's counter counts it -- unless a person confirmed
it, when

- nobody has marked it and it is aligned with a confidence below the
  low-confidence threshold, or it is an n:m bead (more than one sentence on a
  side) scoring below :func:`nm_threshold` (midway from that threshold to 1): a
  merge, split or reordering the aligner was not sure of;
- nobody has marked it since ``aligner batch`` aligned it again, holding sentences of a
  reviewed bead whose files changed (:data:`~aligner.model.REVIEW_AGAIN`);
- it has a finding of severity *error* (after ``--severity``): an untranslated
  sentence, a wrong number, a missing term -- a person must look, whatever the
  alignment; or
- it has a finding that an alignment error may explain (:data:`ALIGNMENT_CODES`:
  a number or a glossary term present on one side only, a length far from the
  document's ratio, a sentence moved far from its counterpart -- what a sentence
  left in the neighbouring bead looks like).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.model import (
    REVIEW_AGAIN,
    Alignment,
    Bead,
    Finding,
    Glossary,
    ReviewState,
    Severity,
)
from aligner.report import ReportData
from aligner.report.markup import esc_message, finding_detail
from aligner.report.rows import bead_cells, by_bead
from aligner.report.stats import confidence_band

#: Finding codes that a sentence in the wrong bead would cause, whatever their severity.
ALIGNMENT_CODES = frozenset({"number-mismatch", "term-missing", "length-ratio",
                             "alignment-low-confidence", "empty-target", "empty-source",
                             "possible-omission", "moved"})


@dataclass(frozen=True, slots=True)
class RowFinding:
    index: int
    finding: Finding
    detail: Markup  # escaped by the report's finding_detail

    @property
    def message(self) -> Markup:
        """The finding's message, escaped, a right-to-left quotation isolated in it as
        the report shows it (``esc_message``)."""
        return Markup(esc_message(self.finding.message))


@dataclass(frozen=True, slots=True)
class Row:
    """One bead as the template shows it."""

    number: int
    bead: Bead
    src_cell: Markup  # escaped HTML from the report code
    tgt_cell: Markup
    paragraph: bool
    band: int
    low: bool
    doubtful: bool
    findings: tuple[RowFinding, ...]
    #: The sentences of each side as a JSON list, for the text edit (``e``) to start
    #: from; plain text, escaped in the attribute like any other.
    src_texts: str = "[]"
    tgt_texts: str = "[]"

    @property
    def review(self) -> str:
        return self.bead.review.state.value if self.bead.review is not None else ""


@dataclass(frozen=True, slots=True)
class PageView:
    data: ReportData
    rows: tuple[Row, ...]

    @property
    def doubtful(self) -> int:
        return sum(r.doubtful for r in self.rows)

    @property
    def reviewed(self) -> int:
        return sum(r.bead.review is not None for r in self.rows)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document of a collection as the list page shows it (``state``: see
    :func:`aligner.editor.catalog.review_state`)."""

    id: str
    name: str
    state: str
    src_sentences: int
    tgt_sentences: int
    beads: int
    reviewed: int
    doubtful: int
    version: int
    #: its files against what batch stored: "" (as stored), "changed" (stale: batch
    #: aligns it again) or "gone" (not where the collection says), as ``aligner list``
    files: str = ""
    #: its language pair (``fr``, ``en``): a collection may hold several
    src_lang: str = ""
    tgt_lang: str = ""


def review_data(alignment: Alignment, glossary: Glossary | None,
                low_confidence: float = DEFAULT_MIN_CONFIDENCE) -> ReportData:
    """The checks over ``alignment``'s beads, as the review report's data (a collection's
    document side in the region it declared, as ``check C.db`` reads it)."""
    from aligner.check.units import units_from_alignment
    from aligner.lang.declared_tags import checked_language
    from aligner.pipeline import AlignedPair, CheckInput, check_input, report_data

    inp = CheckInput(units_from_alignment(alignment),
                     checked_language(alignment.src_lang, alignment.settings, "src", None),
                     checked_language(alignment.tgt_lang, alignment.settings, "tgt", None),
                     alignment.src_name, alignment.tgt_name, AlignedPair(alignment), glossary)
    return report_data(inp, check_input(inp), low_confidence=low_confidence)


def nm_threshold(low_confidence: float) -> float:
    """The score below which an unmarked n:m bead is doubtful: midway from
    ``low_confidence`` to 1 (0.75 at the default 0.5).  A 1-1 bead below
    ``low_confidence`` is doubtful; an n:m bead is the aligner deciding that sentences
    were merged, split or reordered, which a middling score puts in doubt sooner."""
    return low_confidence + (1.0 - low_confidence) / 2


def is_doubtful(bead: Bead, findings: list[Finding], low_confidence: float) -> bool:
    """Unmarked and aligned with a low confidence (an n:m bead: below
    :func:`nm_threshold`), or with a finding of severity error or one a sentence in the
    wrong bead would cause -- an edited bead too (an edit also makes beads the person
    did not look at: the rest of a split); a confirmed one never."""
    if bead.review is not None and bead.review.state is ReviewState.CONFIRMED:
        return False
    if bead.review is None and REVIEW_AGAIN in bead.signals:
        return True
    if bead.review is None and not bead.is_null:
        nm = len(bead.src) > 1 or len(bead.tgt) > 1
        if bead.score < (nm_threshold(low_confidence) if nm else low_confidence):
            return True
    return any(f.severity is Severity.ERROR or f.code in ALIGNMENT_CODES for f in findings)


def page_view(alignment: Alignment, glossary: Glossary | None,
              low_confidence: float = DEFAULT_MIN_CONFIDENCE) -> PageView:
    data = review_data(alignment, glossary, low_confidence)
    findings_by_bead, matches = by_bead(data)
    rows = []
    for b, bead in enumerate(data.beads):
        ks = findings_by_bead.get(b, [])
        src_cell, tgt_cell = bead_cells(data, b, ks, matches)
        paragraph = bool((bead.src and bead.src[0] in data.src_paragraph_starts)
                         or (bead.tgt and bead.tgt[0] in data.tgt_paragraph_starts))
        found = [data.findings[k] for k in ks]
        rows.append(Row(
            number=b, bead=bead, src_cell=Markup(src_cell), tgt_cell=Markup(tgt_cell),
            paragraph=paragraph, band=confidence_band(bead.score),
            low=not bead.is_null and bead.score < low_confidence,
            doubtful=is_doubtful(bead, found, low_confidence),
            findings=tuple(RowFinding(k, data.findings[k], Markup(finding_detail(data.findings[k])))
                           for k in ks),
            src_texts=json.dumps([alignment.src_sentences[i] for i in bead.src],
                                 ensure_ascii=False),
            tgt_texts=json.dumps([alignment.tgt_sentences[i] for i in bead.tgt],
                                 ensure_ascii=False),
        ))
    return PageView(data, tuple(rows))
