from __future__ import annotations

from aligner.check import CheckOptions, Unit, run_checks
from aligner.check.units import units_from_alignment
from aligner.model import Alignment, Bead, Finding, Glossary
from aligner.readers import read_string
from aligner.segment import segment_document


def findings(
    pairs: list[tuple[str, str]],
    *,
    glossary: Glossary | None = None,
    code: str | None = None,
    src_lang: str = "es",
    tgt_lang: str = "en",
    options: CheckOptions | None = None,
) -> list[Finding]:
    units = [Unit(s, t) for s, t in pairs]
    result = run_checks(units, glossary=glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                        options=options)
    return [f for f in result.findings if code is None or f.code == code]


def subtitle_units(src: str, tgt: str,
                   beads: list[tuple[tuple[int, ...], tuple[int, ...]]] | None = None,
                   *, tgt_format: str = "srt") -> tuple[Unit, ...]:
    """The units of two subtitle files' texts (Spanish SubRip, English ``tgt_format``),
    aligned as ``beads`` say (default: sentence by sentence), with their cues."""
    s = segment_document(read_string(src, lang="es", input_format="srt"))
    t = segment_document(read_string(tgt, lang="en", input_format=tgt_format))
    if beads is None:
        assert len(s.segments) == len(t.segments)
        beads = [((k,), (k,)) for k in range(len(s.segments))]
    return units_from_alignment(Alignment(
        s.sentences, t.sentences, tuple(Bead(a, b, 0.9) for a, b in beads), "es", "en",
        src_cues=s.sentence_cues(), tgt_cues=t.sentence_cues()))
