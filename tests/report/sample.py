"""A small, hand-written Spanish-English review case used by the report tests.

Eleven source and eleven target sentences in three paragraphs, with 2-1, 1-2,
1-0 and 0-1 beads, a low-confidence bead, findings of several codes and
severities, glossary matches (approved and forbidden renderings) and one
sentence pair carrying injected markup, which must show as text.
"""

from __future__ import annotations

from aligner.model import Bead, Finding, Severity, Side, TermMatch, TermStatus
from aligner.report import ReportData, joined_text

INJECTED_SCRIPT = "<script>window.__pwned = 1</script>"
INJECTED_IMG = '"><img src=x onerror="window.__pwned=2">'

SRC = (
    # paragraph 0
    "La cooperativa de agua de San Lorenzo se fundó en 1962.",
    "Durante décadas, los vecinos compartieron un único pozo.",
    "Cada familia aportaba dos jornadas de trabajo al mes.",
    "El pozo se secó en el verano de 1978.",
    # paragraph 4
    "La asamblea decidió entonces construir una acequia.",
    "Las obras duraron tres años y costaron 40.000 pesetas.",
    "El alcalde, sin embargo, se opuso al proyecto.",
    "Hoy la acequia riega más de doscientas huertas.",
    # paragraph 8
    "La junta directiva se reúne el primer lunes de cada mes.",
    "Sus actas se guardan en el archivo municipal y cualquiera puede consultarlas.",
    f"Un vecino escribió en el libro: {INJECTED_SCRIPT} y también {INJECTED_IMG}.",
)
TGT = (
    # paragraph 0
    "The San Lorenzo water cooperative was founded in 1962.",
    "For decades, the neighbours shared a single well, and each family gave two days "
    "of work a month.",
    "The well ran dry in the summer of 1978.",
    # paragraph 3
    "The assembly then decided to build an irrigation ditch.",
    "The works lasted three years.",
    "They cost 14,000 pesetas.",
    "Today the channel waters more than two hundred gardens.",
    # paragraph 7
    "The board meets on the first Monday of every month.",
    "Its minutes are kept in the municipal archive.",
    "Visitors are welcome at the well house.",
    f"A neighbour wrote in the book: {INJECTED_SCRIPT} and also {INJECTED_IMG}.",
)
BEADS = (
    Bead((0,), (0,), 0.95),
    Bead((1, 2), (1,), 0.81),
    Bead((3,), (2,), 0.93),
    Bead((4,), (3,), 0.90),
    Bead((5,), (4, 5), 0.62),
    Bead((6,), (), 0.30),
    Bead((7,), (6,), 0.88),
    Bead((8,), (7,), 0.91),
    Bead((9,), (8,), 0.44),
    Bead((), (9,), 0.20),
    Bead((10,), (10,), 0.70),
)
LOW_BEADS = (5, 8, 9)  # below the 0.5 threshold

FINDINGS = (
    Finding("number-mismatch", Severity.ERROR, 4, "40.000 in the source, 14,000 in the target",
            found="14,000", expected=("40,000",), src_span=(39, 45), tgt_span=(40, 46)),
    Finding("omission", Severity.WARNING, 5, "source sentence has no translation"),
    Finding("term-forbidden", Severity.ERROR, 6, "'acequia' rendered with a forbidden term",
            source_term="acequia", expected=("irrigation ditch",), found="channel",
            tgt_span=(10, 17)),
    Finding("length-ratio", Severity.WARNING, 8, "target is much shorter than the source"),
    Finding("addition", Severity.INFO, 9, "target sentence has no source"),
    Finding("markup", Severity.INFO, 10, 'tags in the text: <script> and "><img'),
)

# (bead, side, phrase, glossary source term, status): offsets are found below.
_TERMS = (
    (0, Side.SOURCE, "cooperativa", "cooperativa", None),
    (0, Side.TARGET, "cooperative", "cooperativa", TermStatus.PREFERRED),
    (1, Side.SOURCE, "pozo", "pozo", None),
    (1, Side.TARGET, "well", "pozo", TermStatus.PREFERRED),
    (2, Side.SOURCE, "pozo", "pozo", None),
    (2, Side.TARGET, "well", "pozo", TermStatus.PREFERRED),
    (3, Side.SOURCE, "asamblea", "asamblea", None),
    (3, Side.TARGET, "assembly", "asamblea", TermStatus.PREFERRED),
    (3, Side.SOURCE, "acequia", "acequia", None),
    (3, Side.TARGET, "irrigation ditch", "acequia", TermStatus.PREFERRED),
    (6, Side.SOURCE, "acequia", "acequia", None),
    (6, Side.TARGET, "channel", "acequia", TermStatus.FORBIDDEN),
    (7, Side.SOURCE, "junta directiva", "junta directiva", None),
    (7, Side.TARGET, "board", "junta directiva", TermStatus.PREFERRED),
)


def _term_matches() -> tuple[TermMatch, ...]:
    matches = []
    for bead, side, phrase, term, status in _TERMS:
        b = BEADS[bead]
        text = (joined_text(SRC, b.src, "es") if side is Side.SOURCE
                else joined_text(TGT, b.tgt, "en"))
        start = text.index(phrase)
        matches.append(TermMatch(bead, side, start, start + len(phrase), term, status))
    return tuple(matches)


def sample_report_data(*, has_confidence: bool = True) -> ReportData:
    return ReportData(
        src_sentences=SRC,
        tgt_sentences=TGT,
        beads=BEADS,
        src_lang="es",
        tgt_lang="en",
        src_name="es/cooperativa.txt",
        tgt_name="en/cooperative.txt",
        src_paragraph_starts=frozenset({0, 4, 8}),
        tgt_paragraph_starts=frozenset({0, 3, 7}),
        findings=FINDINGS,
        term_matches=_term_matches(),
        settings={"command": "aligner check es/cooperativa.txt en/cooperative.txt",
                  "glossary": "glossary.tsv"},
        has_confidence=has_confidence,
        low_confidence=0.5,
        glossary="glossary.tsv",
    )
