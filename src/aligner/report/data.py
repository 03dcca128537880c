"""What the HTML review report is made from: one frozen :class:`ReportData`.

The report is a pure function of this value (see :func:`aligner.report.render_report`).
Term-match offsets refer to a bead's *joined* side text, built by
:func:`joined_text`: the bead's sentences on that side, in order, joined as
the side's language joins sentences (:func:`aligner.lang.join_sentences`: one
ASCII space, none in Chinese and Japanese).  The checks compute their offsets
over the same string, so the report can highlight a term without searching
for it again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.lang import join_sentences, sentence_offsets
from aligner.model import Bead, Finding, Formatting, Side, TermMatch


def joined_text(sentences: Sequence[str], indices: Sequence[int], lang: str) -> str:
    """The text of one side of a bead: its sentences joined as ``lang`` joins them."""
    return join_sentences((sentences[i] for i in indices), lang)


def sentence_spans(sentences: Sequence[str], indices: Sequence[int], lang: str
                   ) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each sentence of ``indices`` inside :func:`joined_text`."""
    chosen = [sentences[i] for i in indices]
    return tuple((at, at + len(sentence))
                 for sentence, at in zip(chosen, sentence_offsets(chosen, lang), strict=True))


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the review report shows.

    ``beads`` cover the sentence lists; with ``has_confidence=False`` (sentence
    pairs given by the user, e.g. ``--pairs``) their ``score`` means nothing and
    the report shows no confidence at all.  ``findings[k].unit`` and
    ``term_matches[k].unit`` are bead indices; term offsets and the findings'
    ``src_span``/``tgt_span`` are into :func:`joined_text` of that bead's side.  Beads scoring below
    ``low_confidence`` are marked for review.  ``glossary`` names the glossary the
    checks used (its path); None means none was, and the summary says so.

    ``unit_labels`` is None for an alignment of two documents (made by the tool, or
    saved by it).  For the units of files (a TMX, XLIFF, pair file), not aligned
    by the tool, it holds one label per bead: each bead is one unit, and the page
    names it as ``aligner check`` does -- ``unit 3 (tu 4)``, the label being what
    follows the number in parentheses (``tu 4``, ``tuid 17``, ``id login.title``,
    ``b.tmx unit 2``; ``""`` for none) -- and shows nothing that only an
    alignment has (the map, the share of the characters aligned).

    Inconsistent data (an index out of range) raises :class:`ValueError`: it
    is a bug in the caller, not bad user input.
    """

    src_sentences: tuple[str, ...]
    tgt_sentences: tuple[str, ...]
    beads: tuple[Bead, ...]
    src_lang: str
    tgt_lang: str
    src_name: str = "<source>"
    tgt_name: str = "<target>"
    src_paragraph_starts: frozenset[int] = frozenset()
    tgt_paragraph_starts: frozenset[int] = frozenset()
    findings: tuple[Finding, ...] = ()
    term_matches: tuple[TermMatch, ...] = ()
    settings: Mapping[str, str] = field(default_factory=dict, compare=False)
    has_confidence: bool = True
    low_confidence: float = DEFAULT_MIN_CONFIDENCE
    glossary: str | None = None
    unit_labels: tuple[str, ...] | None = None
    #: For an alignment of subtitle files, one entry per bead: where it is in them
    #: (``cue 10, 00:01:12,820``, :func:`aligner.check.output.cues`; ``""`` for none);
    #: empty otherwise.
    cue_labels: tuple[str, ...] = ()
    #: The character formatting of each sentence (an alignment's, offsets into the
    #: sentence): italics, bold ... shown as the document has them; ``()`` for none.
    src_formatting: tuple[tuple[Formatting, ...], ...] = ()
    tgt_formatting: tuple[tuple[Formatting, ...], ...] = ()

    def __post_init__(self) -> None:
        n_src, n_tgt, n_beads = len(self.src_sentences), len(self.tgt_sentences), len(self.beads)
        if self.unit_labels is not None and len(self.unit_labels) != n_beads:
            raise ValueError(f"{len(self.unit_labels)} unit labels for {n_beads} beads")
        for b, bead in enumerate(self.beads):
            if any(not 0 <= i < n_src for i in bead.src) or any(
                not 0 <= i < n_tgt for i in bead.tgt
            ):
                raise ValueError(f"bead {b} ({bead.src}:{bead.tgt}) names a sentence out of range")
        for k, finding in enumerate(self.findings):
            if not 0 <= finding.unit < n_beads:
                raise ValueError(
                    f"finding {k} ({finding.code}) names bead {finding.unit} of {n_beads}"
                )
        for k, finding in enumerate(self.findings):
            for side, span in ((Side.SOURCE, finding.src_span), (Side.TARGET, finding.tgt_span)):
                text_len = len(self.side_text(finding.unit, side))
                if span is not None and not 0 <= span[0] <= span[1] <= text_len:
                    raise ValueError(
                        f"finding {k} ({finding.code}) {side.value} span {list(span)} lies "
                        f"outside bead {finding.unit}'s {side.value} text of {text_len} characters"
                    )
        for k, match in enumerate(self.term_matches):
            if not 0 <= match.unit < n_beads:
                raise ValueError(f"term match {k} names bead {match.unit} of {n_beads}")
            text_len = len(self.side_text(match.unit, match.side))
            if not 0 <= match.start < match.end <= text_len:
                raise ValueError(
                    f"term match {k} span [{match.start}, {match.end}) lies outside "
                    f"bead {match.unit}'s {match.side.value} text of {text_len} characters"
                )

    @property
    def of_units(self) -> bool:
        """Whether the beads are the units of files (see ``unit_labels``)."""
        return self.unit_labels is not None

    @property
    def noun(self) -> str:
        """What the page calls a row: ``unit``, as ``check`` names a bead in its text and
        JSON findings (``unit 6``), for the beads of an alignment and the units of files."""
        return "unit"

    def name(self, bead: int) -> str:
        """``unit 3``, as ``check`` names bead 3; for the units of files with their label:
        ``unit 3 (tu 4)``; a bead of subtitle files with its cue: ``unit 8 (cue 10,
        00:01:12,820)``."""
        label = self.unit_labels[bead] if self.unit_labels is not None else ""
        if not label and bead < len(self.cue_labels):
            label = self.cue_labels[bead]
        return f"{self.noun} {bead}" + (f" ({label})" if label else "")

    def side_text(self, bead: int, side: Side) -> str:
        """The joined text of one side of bead ``bead`` (what term offsets refer to)."""
        if side is Side.SOURCE:
            return joined_text(self.src_sentences, self.beads[bead].src, self.src_lang)
        return joined_text(self.tgt_sentences, self.beads[bead].tgt, self.tgt_lang)
