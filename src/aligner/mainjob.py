"""The main job, ``aligner run``: one document pair through every step, every file written.

Segments, aligns (the glossary as evidence), exports the segmentation, the
alignment (beads, saved JSON, TMX), checks, writes the findings and the review
page, and scores the alignment against the hand-made gold -- all through the
steps of :mod:`aligner.pipeline`.  :func:`run_corpus` returns a
:class:`RunResult` saying what was written and measured; it prints nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from aligner.align import AlignOptions, Evidence, align_sentences
from aligner.align.beadfile import read_beads, read_sentence_lines
from aligner.align.evaluate import Scores, evaluate
from aligner.errors import ConfigError, InputError, OutputError
from aligner.fileio import cannot_write, refuse_read_only
from aligner.lang import lang_matches
from aligner.model import Alignment, Glossary, Severity
from aligner.pipeline import (
    CheckInput,
    Log,
    align_files,
    check_input,
    load_glossary_file,
    report_data,
    term_evidence,
)
from aligner.report import ReportData

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules

#: what refuses the languages taken, given the two sides' sentences
Vet = Callable[[Sequence[str], Sequence[str]], None]


@dataclass(frozen=True, slots=True)
class CorpusPaths:
    """Where the inputs of the main job are (defaults: the bundled corpus)."""

    src: Path
    tgt: Path
    src_lang: str
    tgt_lang: str
    glossary: str | Path | None  # a DefaultGlossary (./glossary.tsv) not of the pair: none
    gold_dir: Path | None
    name: str
    #: the tags of the sentence files' names (``chile-73.es.sentences.txt``): the
    #: languages, or the tags of the documents' names that their declarations refine
    #: (``arrendamiento.es.docx`` declaring es-ES: ``es``); None: the languages
    tags: tuple[str, str] | None = None
    #: where each language came from when no option gave it (``the tag in its name
    #: (a.de.docx)``), so that a document declaring another one is warned of
    said: tuple[str | None, str | None] = (None, None)

    @property
    def name_tags(self) -> tuple[str, str]:
        return self.tags if self.tags is not None else (self.src_lang, self.tgt_lang)

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

    @classmethod
    def given(cls, src: Path, tgt: Path, src_lang: str, tgt_lang: str,
              glossary: str | None, *, tags: tuple[str, str] | None = None,
              said: tuple[str | None, str | None] = (None, None)) -> CorpusPaths:
        """A pair of the user's documents, its outputs named after the source's name
        without its language tag and extensions (``catalogo.es.docx``: ``catalogo``),
        its sentence files by ``tags`` (default: the languages); ``said``: where the
        languages came from (:attr:`said`)."""
        return cls(src=src, tgt=tgt, src_lang=src_lang, tgt_lang=tgt_lang,
                   glossary=glossary, gold_dir=None, name=output_stem(src, src_lang),
                   tags=tags, said=said)


def sentence_files(paths: CorpusPaths) -> tuple[str, str]:
    """The stems of the two sides' sentence files (``chile-73.es``, ``chile-73.en``);
    a pair in one language (two versions of a text) has them apart by side
    (``notes.en.src``, ``notes.en.tgt``)."""
    src, tgt = paths.name_tags
    if src.lower() == tgt.lower():
        return f"{paths.name}.{src}.src", f"{paths.name}.{tgt}.tgt"
    return f"{paths.name}.{src}", f"{paths.name}.{tgt}"


def output_stem(path: Path, lang: str) -> str:
    """``path``'s name without its extensions and a language tag among them, else its
    name without its last extension (``Bericht_DE.docx``: ``Bericht_DE``).  The tag
    answers the language as :func:`lang_matches` says: ``book.ko.epub`` whose book
    declares ``ko-KR`` is ``book``."""
    parts = path.name.split(".")
    kept = [p for p in parts[1:-1] if not lang_matches(p, lang)]
    return ".".join([parts[0], *kept]) if len(parts) > 1 and parts[0] else path.stem


@dataclass(frozen=True, slots=True)
class RunResult:
    written: tuple[Path, ...]
    alignment: Alignment
    report: ReportData
    gold_scores: Scores | None = None
    gold_note: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def gold_scores(paths: CorpusPaths, terms: tuple[tuple[str, str], ...],
                options: AlignOptions, alignment: Alignment | None = None,
                ) -> tuple[Scores, str] | None:
    """F1 against the hand-made gold.

    The gold indexes its own sentence files.  When ``alignment`` has exactly
    those sentences (the segmenter agrees with the hand split) it is scored
    as it is; otherwise the gold's sentence files are aligned (presplit), so
    the score measures the aligner alone and does not move with the segmenter.
    """
    if paths.gold_dir is None:
        return None
    gold = paths.gold_dir / f"{paths.name}.gold"
    src = paths.gold_dir / f"{paths.name}.{paths.src_lang}.sents"
    tgt = paths.gold_dir / f"{paths.name}.{paths.tgt_lang}.sents"
    if not (gold.is_file() and src.is_file() and tgt.is_file()):
        return None
    src_sents, tgt_sents = read_sentence_lines(str(src)), read_sentence_lines(str(tgt))
    if alignment is not None and (list(alignment.src_sentences), list(alignment.tgt_sentences)
                                  ) == (src_sents, tgt_sents):
        hyp = [(b.src, b.tgt) for b in alignment.beads]
        return evaluate([(read_beads(str(gold)), hyp)]), f"{gold}, this run's alignment"
    al = align_sentences(src_sents, tgt_sents,
                         src_lang=paths.src_lang, tgt_lang=paths.tgt_lang,
                         evidence=Evidence(term_pairs=terms), options=options)
    hyp = [(b.src, b.tgt) for b in al.beads]
    return evaluate([(read_beads(str(gold)), hyp)]), f"{gold}, its sentence files aligned"


def _outputs_can_be_written(out_dir: Path, paths: CorpusPaths) -> None:
    """Refuse an output folder that is a file, or an output name taken by a folder,
    before the first output is written (a half-written set of outputs helps nobody)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError("is not a folder; give -o a folder for the outputs", path=str(out_dir))
    names = [f"{stem}.{kind}" for stem in sentence_files(paths)
             for kind in ("sentences.txt", "sentences.jsonl")]
    names += [f"{paths.name}.{kind}" for kind in ("align", "alignment.json", "tmx",
                                                   "findings.json", "report.html")]
    for name in names:
        if (out_dir / name).is_dir():
            raise OutputError("is a folder; the output of that name cannot be written",
                              path=str(out_dir / name))
        refuse_read_only(out_dir / name)  # the outputs take their places by renames


def run_corpus(paths: CorpusPaths, out_dir: Path, *, log: Log | None = None,
               srx: SrxRules | None = None, encoder: str = "auto",
               creation_date: datetime | None = None, vet: Vet | None = None) -> RunResult:
    """Segment (by ``srx``'s rules when given), align, evaluate, export and report one
    document pair; ``encoder`` as :attr:`AlignOptions.encoder`; ``creation_date`` is the
    TMX header's date (default: now); ``vet`` refuses the languages taken once the
    sentences are known (:class:`~aligner.pipeline.languages.LanguageVet`)."""
    from aligner.formats.alignment_json import refuse_replacing_a_review
    from aligner.formats.glossary_record import glossary_record

    say = log or (lambda _msg: None)
    for p in (paths.src, paths.tgt):
        if not p.is_file():
            raise ConfigError(f"{p}: corpus document not found (run from the repository root, "
                              "or give --root, the folder holding corpus/, or give your own "
                              "documents: aligner run SRC TGT)")
    _outputs_can_be_written(out_dir, paths)  # before any output: all of them, or none
    refuse_replacing_a_review(out_dir / f"{paths.name}.alignment.json")
    glossary = load_glossary_file(paths.glossary, src_lang=paths.src_lang,
                                  tgt_lang=paths.tgt_lang)
    if glossary is not None and paths.glossary is not None:
        from aligner.pipeline.direction import unchecked_forbidden

        # a glossary written the other way round: its forbidden terms are not checked
        if (unchecked := unchecked_forbidden(
                paths.glossary, glossary, src_lang=paths.src_lang, tgt_lang=paths.tgt_lang,
                fix="give the documents the other way round to check them")) is not None:
            say(f"warning: {unchecked}")
    gold = paths.gold_dir / f"{paths.name}.gold" if paths.gold_dir is not None else None
    if gold is not None and gold.is_file() and not read_beads(str(gold)):
        # a broken or empty gold is said before any output is written
        raise InputError("the gold has no beads: there is nothing to score against",
                         path=str(gold))
    # the saved alignment records the glossary, its path from the folder it ends up in
    record = (glossary_record(paths.glossary, out_dir)
              if glossary is not None and paths.glossary is not None else None)
    with _staged(out_dir) as staging:
        result = _run(paths, staging, (glossary, record), srx, encoder, creation_date, say, vet)
        # every output is written: they take their places together (an interrupted or
        # failed run left new files beside the last run's findings and report)
        for staged in result.written:
            final = out_dir / staged.name
            if final.is_symlink():  # the new content replaces the link's target
                final = Path(os.path.realpath(final))
            try:
                staged.replace(final)
            except OSError as exc:
                raise cannot_write(final, exc) from None
    return replace(result, written=tuple(out_dir / p.name for p in result.written))


@contextmanager
def _staged(out_dir: Path) -> Iterator[Path]:
    """A hidden folder in ``out_dir`` to write the outputs into, removed afterwards.
    Its name holds the process id, so that a later run removes the folders of runs
    killed outright (kill -9, a power cut), which had no chance to.  A folder the run
    made is taken away again when the run fails (a refused language: nothing written)."""
    made = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _sweep_staging(out_dir)
        staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".run-{os.getpid()}-"))
        (staging / _MARK).touch()  # a folder a run made, which a later run may sweep
    except OSError as exc:
        raise cannot_write(out_dir, exc) from None
    done = False
    try:
        yield staging
        done = True
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if made and not done:
            with contextlib.suppress(OSError):  # empty unless something else wrote there
                out_dir.rmdir()


# a staging folder's name: the run's process id, then tempfile's eight characters; and
# the file in it that says a run made it (a person's .run-2024-archives has none)
_STAGING = re.compile(r"\.run-(\d{1,10})-[a-z0-9_]{8}")
_MARK = ".aligner-run"


def _sweep_staging(out_dir: Path) -> None:
    """Remove the staging folders of ``out_dir`` whose run's process is gone."""
    for folder in out_dir.glob(".run-*-*"):
        m = _STAGING.fullmatch(folder.name)
        if (m is not None and (folder / _MARK).is_file() and not folder.is_symlink()
                and not _alive(int(m.group(1)))):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's process (EPERM); no pid of ours
        return True
    return True


def _run(paths: CorpusPaths, out_dir: Path,
         glossaries: tuple[Glossary | None, Mapping[str, str] | None],
         srx: SrxRules | None, encoder: str, creation_date: datetime | None,
         say: Log, vet: Vet | None) -> RunResult:
    """What :func:`run_corpus` does once its inputs are checked, writing into ``out_dir``;
    ``glossaries``: the glossary read and its record in the saved alignment."""
    glossary, record = glossaries
    from aligner.check.output import OutputFormat, write_findings
    from aligner.check.units import units_from_alignment
    from aligner.formats import AlignmentFormat, export_alignment
    from aligner.formats.segmentation import SegmentationFormat, write_segmentation
    from aligner.report import write_report

    options = AlignOptions(encoder=encoder)
    say(f"segmenting and aligning {paths.src} and {paths.tgt}")
    aligned = align_files(paths.src, paths.tgt, src_lang=paths.src_lang,
                          tgt_lang=paths.tgt_lang, glossary=glossary, options=options,
                          srx=srx, warn=lambda m: say(f"warning: {m}"), omissions="normal",
                          vet=vet, langs_said=paths.said)
    alignment = aligned.alignment
    written: list[Path] = []
    for doc, stem in zip((aligned.src_doc, aligned.tgt_doc), sentence_files(paths),
                         strict=True):
        assert doc is not None  # documents, not presplit files
        for seg_fmt, suffix in ((SegmentationFormat.LINES, "sentences.txt"),
                                (SegmentationFormat.JSONL, "sentences.jsonl")):
            path = out_dir / f"{stem}.{suffix}"
            write_segmentation(doc, path, seg_fmt)
            written.append(path)
    for fmt, suffix in ((AlignmentFormat.BEADS, "align"), (AlignmentFormat.JSON, "alignment.json"),
                        (AlignmentFormat.TMX, "tmx")):
        path = out_dir / f"{paths.name}.{suffix}"
        export_alignment(alignment, path, fmt=fmt, creation_date=creation_date,
                         glossary=record)
        written.append(path)

    say("checking terminology and consistency")
    inp = CheckInput(units_from_alignment(alignment), paths.src_lang, paths.tgt_lang,
                     str(paths.src), str(paths.tgt), aligned, glossary,
                     (str(paths.src), str(paths.tgt)))
    checked = check_input(inp)
    findings_path = out_dir / f"{paths.name}.findings.json"
    write_findings(checked, findings_path, fmt=OutputFormat.JSON, units=len(alignment.beads),
                   inputs=inp.inputs)
    written.append(findings_path)

    report_path = out_dir / f"{paths.name}.report.html"
    data = report_data(inp, checked)
    write_report(data, report_path)
    written.append(report_path)

    scored = gold_scores(paths, term_evidence(glossary), options, alignment)
    counts = {
        "src_sentences": len(alignment.src_sentences),
        "tgt_sentences": len(alignment.tgt_sentences),
        "beads": len(alignment.beads),
        "aligned_beads": sum(1 for b in alignment.beads if not b.is_null),
        "findings": len(checked.findings),
        "errors": sum(1 for f in checked.findings if f.severity is Severity.ERROR),
        "warnings": sum(1 for f in checked.findings if f.severity is Severity.WARNING),
        "info": sum(1 for f in checked.findings if f.severity is Severity.INFO),
    }
    result_scores, note = (scored if scored else (None, ""))
    return RunResult(tuple(written), alignment, data, result_scores, note, counts)
