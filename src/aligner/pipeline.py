"""The main job: read -> segment -> align -> check -> export and report.

Only this module (and the CLI on top of it) knows the whole sequence; every
step is a library function over frozen data.  :func:`run_corpus` returns a
:class:`RunResult` saying what was written and what was measured; it prints
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aligner.align import AlignOptions, Evidence, align_documents, align_sentences
from aligner.align.beadfile import format_bead, read_beads, read_sentence_lines
from aligner.align.evaluate import Scores, evaluate
from aligner.errors import ConfigError
from aligner.fileio import atomic_write
from aligner.model import Alignment, SegmentedDocument, TermStatus

Log = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class CorpusPaths:
    """Where the inputs of the main job are (defaults: the bundled corpus)."""

    src: Path
    tgt: Path
    src_lang: str
    tgt_lang: str
    glossary: Path | None
    gold_dir: Path | None
    name: str

    @classmethod
    def bundled(cls, root: Path) -> CorpusPaths:
        corpus = root / "corpus"
        glossary = root / "glossary.tsv"
        gold = corpus / "gold"
        return cls(
            src=corpus / "es" / "chile-73.es.txt",
            tgt=corpus / "en" / "chile-73.en.txt",
            src_lang="es",
            tgt_lang="en",
            glossary=glossary if glossary.is_file() else None,
            gold_dir=gold if gold.is_dir() else None,
            name="chile-73",
        )


@dataclass(frozen=True, slots=True)
class RunResult:
    written: tuple[Path, ...]
    alignment: Alignment
    gold_scores: Scores | None = None
    gold_note: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def _segment(path: Path, lang: str) -> SegmentedDocument:
    from aligner.readers import read_document
    from aligner.segment import segment_document

    return segment_document(read_document(path, lang=lang))


def write_segmentation(doc: SegmentedDocument, stem: Path) -> list[Path]:
    """``STEM.sentences.txt`` (one sentence per line) and ``STEM.sentences.jsonl``."""
    txt = stem.with_name(stem.name + ".sentences.txt")
    jsonl = stem.with_name(stem.name + ".sentences.jsonl")
    with atomic_write(txt) as fh:
        for seg in doc.segments:
            fh.write(seg.text.replace("\r", " ").replace("\n", " ") + "\n")
    with atomic_write(jsonl) as fh:
        for seg in doc.segments:
            fh.write(json.dumps({"text": seg.text, "start": seg.start, "end": seg.end},
                                ensure_ascii=False) + "\n")
    return [txt, jsonl]


def _glossary_evidence(paths: CorpusPaths) -> tuple[tuple[str, str], ...]:
    if paths.glossary is None:
        return ()
    from aligner.glossary import load_glossary

    g = load_glossary(str(paths.glossary), src_lang=paths.src_lang, tgt_lang=paths.tgt_lang)
    return tuple((e.source, e.target) for e in g.entries if e.status is not TermStatus.FORBIDDEN)


def gold_scores(paths: CorpusPaths, terms: tuple[tuple[str, str], ...],
                options: AlignOptions) -> tuple[Scores, str] | None:
    """F1 against the hand-made gold, aligning the gold's own sentence files.

    The gold indexes its own sentence files, so the score does not move when
    the segmenter changes; it measures the aligner alone.
    """
    if paths.gold_dir is None:
        return None
    gold = paths.gold_dir / f"{paths.name}.gold"
    src = paths.gold_dir / f"{paths.name}.{paths.src_lang}.sents"
    tgt = paths.gold_dir / f"{paths.name}.{paths.tgt_lang}.sents"
    if not (gold.is_file() and src.is_file() and tgt.is_file()):
        return None
    al = align_sentences(read_sentence_lines(str(src)), read_sentence_lines(str(tgt)),
                         src_lang=paths.src_lang, tgt_lang=paths.tgt_lang,
                         evidence=Evidence(term_pairs=terms), options=options)
    hyp = [(b.src, b.tgt) for b in al.beads]
    return evaluate([(read_beads(str(gold)), hyp)]), str(gold)


def run_corpus(paths: CorpusPaths, out_dir: Path, *, log: Log | None = None) -> RunResult:
    """Segment, align, evaluate, export and report one document pair."""
    say = log or (lambda _msg: None)
    for p in (paths.src, paths.tgt):
        if not p.is_file():
            raise ConfigError(f"{p}: corpus document not found (run from the repository root, "
                              "or give --src/--tgt)")
    written: list[Path] = []
    say(f"segmenting {paths.src} and {paths.tgt}")
    src_doc = _segment(paths.src, paths.src_lang)
    tgt_doc = _segment(paths.tgt, paths.tgt_lang)
    written += write_segmentation(src_doc, out_dir / f"{paths.name}.{paths.src_lang}")
    written += write_segmentation(tgt_doc, out_dir / f"{paths.name}.{paths.tgt_lang}")

    terms = _glossary_evidence(paths)
    options = AlignOptions()
    say(f"aligning {len(src_doc.segments)} + {len(tgt_doc.segments)} sentences")
    alignment = align_documents(src_doc, tgt_doc, evidence=Evidence(term_pairs=terms),
                                options=options)
    beads_path = out_dir / f"{paths.name}.align"
    with atomic_write(beads_path) as fh:
        for bead in alignment.beads:
            fh.write(format_bead(bead) + "\n")
    written.append(beads_path)
    from aligner.formats.alignment_json import write_alignment_json
    from aligner.formats.tmx import write_tmx

    json_path = out_dir / f"{paths.name}.alignment.json"
    write_alignment_json(alignment, json_path)
    written.append(json_path)
    tmx_path = out_dir / f"{paths.name}.tmx"
    write_tmx(alignment, tmx_path)
    written.append(tmx_path)

    from aligner.check import check_alignment
    from aligner.check.output import OutputFormat, write_findings
    from aligner.glossary import load_glossary

    glossary = (load_glossary(paths.glossary, src_lang=paths.src_lang, tgt_lang=paths.tgt_lang)
                if paths.glossary is not None else None)
    say("checking terminology and consistency")
    checked = check_alignment(alignment, glossary=glossary)
    findings_path = out_dir / f"{paths.name}.findings.json"
    write_findings(checked, findings_path, fmt=OutputFormat.JSON, units=len(alignment.beads))
    written.append(findings_path)

    from aligner.report import ReportData, write_report

    report_path = out_dir / f"{paths.name}.report.html"
    write_report(ReportData(
        src_sentences=alignment.src_sentences, tgt_sentences=alignment.tgt_sentences,
        beads=alignment.beads, src_lang=alignment.src_lang, tgt_lang=alignment.tgt_lang,
        src_name=str(paths.src), tgt_name=str(paths.tgt),
        src_paragraph_starts=src_doc.paragraph_starts,
        tgt_paragraph_starts=tgt_doc.paragraph_starts,
        settings=dict(alignment.settings),
        findings=checked.findings, term_matches=checked.term_matches,
    ), report_path)
    written.append(report_path)

    scored = gold_scores(paths, terms, options)
    counts = {
        "src_sentences": len(alignment.src_sentences),
        "tgt_sentences": len(alignment.tgt_sentences),
        "beads": len(alignment.beads),
        "aligned_beads": sum(1 for b in alignment.beads if not b.is_null),
    }
    result_scores, note = (scored if scored else (None, ""))
    return RunResult(tuple(written), alignment, result_scores, note, counts)
