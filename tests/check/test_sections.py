"""unsure-section: a heading pair over sections whose sentence pairs score low."""

from __future__ import annotations

from aligner.check import CheckOptions, check_alignment
from aligner.model import Alignment, Bead, Part, Severity

H, B, F = Part.HEADING, Part.BODY, Part.FOOTNOTE

# A copyright page against a translator's preface, then a real chapter; the scores
# are written by hand, as an aligner could give them.
SRC = ("Impressum", "© 2024 Anna Berger.", "Alle Rechte vorbehalten.", "Erstes Kapitel",
       "Er kam im März.", "Vgl. Kühn.")
TGT = ("Translator's Preface", "This follows the edition of 2024.", "Errors are mine.",
       "Chapter One", "He came in March.", "Cf. Kühn.")
PARTS = (H, B, B, H, B, F)


def _found(scores: tuple[float, ...], *, parts: tuple[Part, ...] = PARTS,
           min_confidence: float | None = None) -> list[tuple[int, str]]:
    alignment = Alignment(SRC, TGT, tuple(Bead((k,), (k,), s) for k, s in enumerate(scores)),
                          "de", "en", src_parts=parts, tgt_parts=parts)
    options = CheckOptions() if min_confidence is None else CheckOptions(
        min_confidence=min_confidence)
    return [(f.unit, f.message.split(":")[0]) for f in
            check_alignment(alignment, glossary=None, options=options).findings
            if f.code == "unsure-section" and f.severity is Severity.WARNING]


def test_a_section_of_unsure_pairs_flags_its_heading_and_its_surer_pairs() -> None:
    # sentence pairs 0.66 and 0.2: 0.43 on average, below 0.5; the chapter's are sure,
    # and its footnote (0.1) is no sentence of the section
    assert _found((0.89, 0.66, 0.2, 0.98, 0.97, 0.1)) == [
        (0, "the sections under these headings may be different texts"),
        (1, "in a section whose sentence pairs score 0.43 on average (< 0.5; its heading"),
    ]


def test_a_section_sure_on_average_is_not_flagged() -> None:
    assert _found((0.89, 0.9, 0.3, 0.98, 0.97, 0.99)) == []  # 0.6 on average
    # the threshold is --min-confidence's
    assert _found((0.89, 0.9, 0.3, 0.98, 0.97, 0.99), min_confidence=0.7) == [
        (0, "the sections under these headings may be different texts"),
        (1, "in a section whose sentence pairs score 0.60 on average (< 0.7; its heading"),
    ]


def test_without_headings_nothing_is_flagged() -> None:
    """Sentences read from no document, or a book that marks no headings (LibreOffice's
    EPUB styles its headings as paragraphs): no sections to judge."""
    assert _found((0.89, 0.66, 0.2, 0.98, 0.97, 0.1), parts=(B,) * 6) == []


def test_a_document_unsure_throughout_has_no_section_standing_out() -> None:
    """A short pair aligned without the encoder scores low everywhere: that is
    alignment-low-confidence's to say."""
    assert _found((0.2, 0.19, 0.15, 0.2, 0.19, 0.2)) == []


def test_front_matter_paired_with_unmarked_text() -> None:
    """A copyright page the book marks, paired with a preface the other book does not
    mark: front-matter-mismatch; paired with the other book's marked page: nothing."""
    F = Part.FRONT_MATTER
    alignment = Alignment(
        ("Impressum", "© 2024 Anna Berger.", "Widmung", "Er kam im März."),
        ("Translator's Preface", "This follows the edition of 2024.", "Dedication",
         "He came in March."),
        tuple(Bead((k,), (k,), 0.9) for k in range(4)), "de", "en",
        src_parts=(F, F, F, B), tgt_parts=(H, B, F, B))
    assert [(f.unit, f.message.split(" paired")[0]) for f in
            check_alignment(alignment, glossary=None).findings
            if f.code == "front-matter-mismatch"] == [
        (0, "front matter of the source (its book marks it so: a copyright page, a "
            "dedication)"),
        (1, "front matter of the source (its book marks it so: a copyright page, a "
            "dedication)"),
    ]
