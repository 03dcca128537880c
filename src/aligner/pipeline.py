"""The orchestration layer: every command's read -> segment -> align -> check -> report.

Each command of the CLI parses its options, calls one function here and
prints what it returns; the sequence of steps -- and the evidence the aligner
gets -- is written once, in this module:

- :func:`segment_file`: read a document and split it into sentences.
- :func:`align_files`: two documents (or sentence-per-line files) aligned, with
  the glossary, a dictionary and machine translation as evidence
  (:func:`build_evidence`); :func:`align_texts` the same for two documents
  already read (``aligner batch``).
- :func:`load_check_input`: what ``check``, ``report`` and ``glossary suggest``
  work on -- two documents aligned first, a pair file or a TMX file -- as units.
- :func:`check_input`: the checks over those units.
- :func:`report_data`: the review page's input from units, alignment and findings.

The main job (``aligner run``) chains them in :mod:`aligner.mainjob`.  Every
function returns frozen data and prints nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aligner.align import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.beadfile import read_sentence_lines
from aligner.align.sanity import pair_warnings
from aligner.defaults import DEFAULT_GLOSSARY, DEFAULT_SRC_LANG, DEFAULT_TGT_LANG
from aligner.errors import ConfigError, InputError
from aligner.inputs import input_files, read_files
from aligner.inputs import units_from_tmx as units_from_tmx  # the TMX numbering rule
from aligner.lang import validate_tag
from aligner.lang.tags import validate_langs
from aligner.model import (
    Alignment,
    Bead,
    Glossary,
    SegmentedDocument,
    TermStatus,
)

if TYPE_CHECKING:  # checks and report are imported by the steps that use them
    from aligner.check import CheckOptions, CheckResult, Unit
    from aligner.formats import AlignmentFormat
    from aligner.report import ReportData
    from aligner.segment import SpanSplitter
    from aligner.segment.srx import SrxRules

Log = Callable[[str], None]


def _quiet(_msg: str) -> None:
    return None


def load_srx(path: str | os.PathLike[str]) -> SrxRules:
    """An SRX 2.0 file's segmentation rules (``--srx``)."""
    from aligner.formats.srx import read_srx

    return read_srx(path)


def srx_splitter(srx: SrxRules, lang: str, warn: Log = _quiet) -> SpanSplitter | None:
    """The splitter of ``srx`` for ``lang`` (its rules translated and compiled); None, with
    a warning, when no languagemap matches ``lang``: the built-in rules segment it."""
    from aligner.segment.srx import segmenter_for

    segmenter = segmenter_for(srx, lang)
    if segmenter is None:
        warn(f"{srx.path}: no languagemap matches {lang!r}; segmenting {lang!r} with the "
             "built-in rules")
        return None
    return segmenter.split_spans


def segment_file(path: str | os.PathLike[str], lang: str, *, encoding: str = "utf-8",
                 input_format: str | None = None, srx: SrxRules | None = None,
                 warn: Log = _quiet) -> SegmentedDocument:
    """Read a document (text, Markdown, HTML) and split it into sentences, with the
    built-in rules or those of ``srx`` (:func:`srx_splitter`)."""
    validate_tag(lang)
    from aligner.readers import read_document
    from aligner.segment import segment_document

    splitter = srx_splitter(srx, lang, warn) if srx is not None else None
    return segment_document(read_document(path, lang=lang, input_format=input_format,
                                          encoding=encoding), splitter)


def segment_text(text: str, lang: str, *, name: str,
                 input_format: str | None = None) -> SegmentedDocument:
    """A document already read into memory, split into sentences; the reader is picked
    by ``name``'s extension as :func:`segment_file` picks it (``input_format`` overrides)."""
    validate_tag(lang)
    from aligner.readers import format_for, read_string
    from aligner.segment import segment_document

    fmt = input_format or format_for(name)
    return segment_document(read_string(text, lang=lang, input_format=fmt, name=name))


def default_glossary(path: str | os.PathLike[str] | None, *, use_default: bool = True
                     ) -> str | None:
    """The glossary to read: ``path`` when given, else ``./glossary.tsv`` when it
    exists and ``use_default`` (``--no-glossary`` turns it off)."""
    if path is not None:
        return os.fspath(path)
    if use_default and DEFAULT_GLOSSARY.is_file():
        return str(DEFAULT_GLOSSARY)
    return None


def load_glossary_file(path: str | os.PathLike[str] | None, *, src_lang: str | None,
                       tgt_lang: str | None, encoding: str = "utf-8") -> Glossary | None:
    """The glossary at ``path`` (any glossary format, :func:`aligner.formats.read_glossary`)
    oriented ``src_lang`` -> ``tgt_lang`` (None for no path)."""
    if path is None:
        return None
    from aligner.formats import read_glossary

    return read_glossary(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)


def term_evidence(glossary: Glossary | None) -> tuple[tuple[str, str], ...]:
    """Glossary pairs as alignment anchors (forbidden renderings are no evidence)."""
    if glossary is None:
        return ()
    return tuple(
        (e.source, e.target) for e in glossary.entries if e.status is not TermStatus.FORBIDDEN
    )


def build_evidence(*, glossary: Glossary | None = None,
                   dictionary: str | os.PathLike[str] | None = None,
                   src_mt: Sequence[str] | None = None, encoding: str = "utf-8") -> Evidence:
    """What the aligner is told besides the two texts: the glossary's approved
    term pairs, then a bilingual dictionary's pairs, and a machine translation
    of the source (one line per source sentence)."""
    pairs = list(term_evidence(glossary))
    if dictionary is not None:
        from aligner.align.evidence import read_dictionary

        pairs += read_dictionary(os.fspath(dictionary), encoding=encoding)
    return Evidence(term_pairs=tuple(pairs), src_mt=src_mt)


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """An alignment and the segmented documents it was made from (None for presplit
    input, which has no document structure)."""

    alignment: Alignment
    src_doc: SegmentedDocument | None = None
    tgt_doc: SegmentedDocument | None = None

    @property
    def src_paragraph_starts(self) -> frozenset[int]:
        if self.src_doc is not None:
            return self.src_doc.paragraph_starts
        return self.alignment.src_paragraph_starts

    @property
    def tgt_paragraph_starts(self) -> frozenset[int]:
        if self.tgt_doc is not None:
            return self.tgt_doc.paragraph_starts
        return self.alignment.tgt_paragraph_starts


def size_warning(n_src: int, n_tgt: int) -> str | None:
    """A warning when one text is ten times the other: expect many unaligned sentences."""
    if not n_src or not n_tgt:
        return None
    big, small = max(n_src, n_tgt), min(n_src, n_tgt)
    if big >= 10 * small:
        return (f"the texts differ in size {big} vs {small} sentences; expect many "
                "unaligned sentences")
    return None


def align_files(
    src: str | os.PathLike[str],
    tgt: str | os.PathLike[str],
    *,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | None = None,
    dictionary: str | os.PathLike[str] | None = None,
    src_mt: str | os.PathLike[str] | None = None,
    presplit: bool = False,
    encoding: str = "utf-8",
    input_format: str | None = None,
    options: AlignOptions | None = None,
    src_name: str | None = None,
    tgt_name: str | None = None,
    progress: Progress | None = None,
    warn: Log = _quiet,
    srx: SrxRules | None = None,
) -> AlignedPair:
    """Read, segment (unless ``presplit``; by ``srx``'s rules when given) and align two files.

    ``src_mt`` translates the source line by line (so it must have one line
    per source sentence).  Documents are named by their path as given unless
    ``src_name``/``tgt_name`` say otherwise.
    """
    validate_tag(src_lang, what="source language")
    validate_tag(tgt_lang, what="target language")
    src_doc = tgt_doc = None
    src_pars: frozenset[int] | None = None
    tgt_pars: frozenset[int] | None = None
    if presplit:
        src_sents = read_sentence_lines(os.fspath(src), encoding=encoding)
        tgt_sents = read_sentence_lines(os.fspath(tgt), encoding=encoding)
    else:
        src_doc = segment_file(src, src_lang, encoding=encoding, input_format=input_format,
                               srx=srx, warn=warn)
        tgt_doc = segment_file(tgt, tgt_lang, encoding=encoding, input_format=input_format,
                               srx=srx, warn=warn)
        src_sents, tgt_sents = list(src_doc.sentences), list(tgt_doc.sentences)
        src_pars, tgt_pars = src_doc.paragraph_starts, tgt_doc.paragraph_starts
    mt = None
    if src_mt is not None:
        mt = read_sentence_lines(os.fspath(src_mt), encoding=encoding)
        if len(mt) != len(src_sents):
            raise InputError(
                f"has {len(mt)} lines but SRC has {len(src_sents)} sentences; --src-mt must "
                "translate SRC line by line", path=os.fspath(src_mt))
    alignment = _align_lists(
        src_sents, tgt_sents, src_pars, tgt_pars, src_lang=src_lang, tgt_lang=tgt_lang,
        evidence=build_evidence(glossary=glossary, dictionary=dictionary, src_mt=mt,
                                encoding=encoding),
        options=options, src_name=src_name if src_name is not None else os.fspath(src),
        tgt_name=tgt_name if tgt_name is not None else os.fspath(tgt),
        progress=progress, warn=warn)
    return AlignedPair(alignment, src_doc, tgt_doc)


def align_texts(
    src_text: str,
    tgt_text: str,
    *,
    src_path: str,
    tgt_path: str,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | None = None,
    input_format: str | None = None,
    options: AlignOptions | None = None,
    src_name: str | None = None,
    tgt_name: str | None = None,
    warn: Log = _quiet,
) -> AlignedPair:
    """Segment and align two documents already read into memory (``aligner batch``
    reads the files where it runs and aligns them elsewhere): the steps of
    :func:`align_files` after reading, so a pair aligned either way gets the same
    beads.  ``src_path``/``tgt_path`` pick the readers and name the documents
    unless ``src_name``/``tgt_name`` do."""
    validate_tag(src_lang, what="source language")
    validate_tag(tgt_lang, what="target language")
    src_doc = segment_text(src_text, src_lang, name=src_path, input_format=input_format)
    tgt_doc = segment_text(tgt_text, tgt_lang, name=tgt_path, input_format=input_format)
    alignment = _align_lists(
        list(src_doc.sentences), list(tgt_doc.sentences), src_doc.paragraph_starts,
        tgt_doc.paragraph_starts, src_lang=src_lang, tgt_lang=tgt_lang,
        evidence=build_evidence(glossary=glossary), options=options,
        src_name=src_name if src_name is not None else src_path,
        tgt_name=tgt_name if tgt_name is not None else tgt_path, progress=None, warn=warn)
    return AlignedPair(alignment, src_doc, tgt_doc)


def _align_lists(src_sents: Sequence[str], tgt_sents: Sequence[str],
                 src_pars: frozenset[int] | None, tgt_pars: frozenset[int] | None, *,
                 src_lang: str, tgt_lang: str, evidence: Evidence,
                 options: AlignOptions | None, src_name: str, tgt_name: str,
                 progress: Progress | None, warn: Log) -> Alignment:
    """The aligning step of :func:`align_files` and :func:`align_texts`, with its warnings."""
    note = size_warning(len(src_sents), len(tgt_sents))
    if note:
        warn(note)
    alignment = align_sentences(
        src_sents, tgt_sents, src_lang=src_lang, tgt_lang=tgt_lang,
        src_paragraph_starts=src_pars, tgt_paragraph_starts=tgt_pars, evidence=evidence,
        options=options or AlignOptions(), src_name=src_name, tgt_name=tgt_name,
        progress=progress,
    )
    for note in pair_warnings(alignment):  # swapped, wrong languages, unrelated texts
        warn(note)
    return alignment


@dataclass(frozen=True, slots=True)
class CheckInput:
    """What the checks run over: units, their languages and where they came from.

    ``aligned`` is set when the tool aligned two documents itself (units are
    then its beads, with confidence); ``glossary`` is the one read for the pair.
    """

    units: tuple[Unit, ...]
    src_lang: str
    tgt_lang: str
    src_name: str
    tgt_name: str = "<target>"
    aligned: AlignedPair | None = None
    glossary: Glossary | None = None


def _as_tuple(paths: Sequence[str] | str | None) -> tuple[str, ...]:
    if paths is None:
        return ()
    return (paths,) if isinstance(paths, str) else tuple(paths)


_ONE_FORM = ("give either SRC TGT (two documents, aligned first), or alignment files "
             "(ALIGNMENT.json, .tmx, .xlf, .tsv, .csv; --pairs FILE, --tmx FILE)")


def load_check_input(
    *,
    documents: Sequence[str] = (),
    pairs: Sequence[str] | str | None = None,
    tmx: Sequence[str] | str | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    glossary: str | os.PathLike[str] | None = None,
    encoding: str = "utf-8",
    options: AlignOptions | None = None,
    progress: Progress | None = None,
    warn: Log = _quiet,
    srx: SrxRules | None = None,
) -> CheckInput:
    """Units to check from one input form: two documents (aligned here, with the
    glossary as evidence), or one or more alignment files -- saved alignments,
    TMX, XLIFF, TSV or CSV, as positional files or ``--pairs``/``--tmx`` -- whose
    units are checked together, in the order given, each knowing its document.
    Languages come from the files where they say them (and must match
    ``src_lang``/``tgt_lang`` when given).  ``glossary`` is a path, read for the
    input's languages; ``encoding`` applies to every text file read; ``srx`` segments
    two documents by an SRX file's rules (alignment files are already segmented)."""
    validate_langs(src_lang, tgt_lang)  # before any file is read
    files = input_files(documents, _as_tuple(pairs), _as_tuple(tmx))
    docs = [d for d in documents if all(d != f for f, _ in files)]
    if (docs and (files or len(docs) != 2)) or not (docs or files):
        raise ConfigError(_ONE_FORM)
    if files:
        if srx is not None:
            warn(f"{srx.path}: the input is already segmented; its rules are not used")
        return _load_files(files, src_lang=src_lang, tgt_lang=tgt_lang, glossary=glossary,
                           encoding=encoding)
    src = src_lang or DEFAULT_SRC_LANG
    tgt = tgt_lang or DEFAULT_TGT_LANG
    loaded = load_glossary_file(glossary, src_lang=src, tgt_lang=tgt, encoding=encoding)
    from aligner.check.units import units_from_alignment

    aligned = align_files(docs[0], docs[1], src_lang=src, tgt_lang=tgt, glossary=loaded,
                          encoding=encoding, options=options, progress=progress, warn=warn,
                          srx=srx)
    return CheckInput(units_from_alignment(aligned.alignment), src, tgt, docs[0],
                      docs[1], aligned, loaded)


def _load_files(files: Sequence[tuple[str, AlignmentFormat]], *, src_lang: str | None,
                tgt_lang: str | None, glossary: str | os.PathLike[str] | None,
                encoding: str) -> CheckInput:
    read = read_files(files, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    al = read.alignment
    aligned = AlignedPair(al) if al is not None else None
    src_name = al.src_name if al is not None else ", ".join(path for path, _ in files)
    tgt_name = al.tgt_name if al is not None else src_name  # one file holds both sides
    return CheckInput(read.units, read.src_lang, read.tgt_lang, src_name, tgt_name, aligned,
                      load_glossary_file(glossary, src_lang=read.src_lang,
                                         tgt_lang=read.tgt_lang, encoding=encoding))


def check_input(inp: CheckInput, options: CheckOptions | None = None) -> CheckResult:
    """Run the checks over the units of ``inp`` with its glossary."""
    from aligner.check import run_checks

    return run_checks(inp.units, glossary=inp.glossary, src_lang=inp.src_lang,
                      tgt_lang=inp.tgt_lang, options=options)


def report_data(inp: CheckInput, result: CheckResult, *,
                low_confidence: float | None = None) -> ReportData:
    """The review page of checked units.

    An alignment the tool made is shown bead by bead with its confidence,
    paragraph starts and settings (so is a saved alignment given as the input);
    other units (a pair file, a TMX, several files) become one bead per unit, an
    empty side holding no sentence, with their scores as confidence when every
    unit has one (a file the tool wrote) and no confidence otherwise.
    ``low_confidence`` marks beads for review (default: the checks' threshold).
    """
    from aligner.check.base import DEFAULT_MIN_CONFIDENCE
    from aligner.report import ReportData

    if low_confidence is None:
        low_confidence = DEFAULT_MIN_CONFIDENCE
    if inp.aligned is not None:
        al = inp.aligned.alignment
        return ReportData(
            src_sentences=al.src_sentences, tgt_sentences=al.tgt_sentences, beads=al.beads,
            src_lang=al.src_lang, tgt_lang=al.tgt_lang, src_name=inp.src_name,
            tgt_name=inp.tgt_name, src_paragraph_starts=inp.aligned.src_paragraph_starts,
            tgt_paragraph_starts=inp.aligned.tgt_paragraph_starts,
            findings=result.findings, term_matches=result.term_matches,
            settings={**al.settings, **{f"check {k}": v for k, v in result.settings.items()}},
            low_confidence=low_confidence, glossary=_glossary_used(inp),
        )
    src_sents: list[str] = []
    tgt_sents: list[str] = []
    beads: list[Bead] = []
    for u in inp.units:
        s = (len(src_sents),) if u.source else ()
        t = (len(tgt_sents),) if u.target else ()
        if u.source:
            src_sents.append(u.source)
        if u.target:
            tgt_sents.append(u.target)
        beads.append(Bead(s, t, 1.0 if u.confidence is None else u.confidence))
    # A file the tool wrote scores every unit; a TM from another tool scores none.
    both = [u for u in inp.units if u.source and u.target]
    scored = bool(both) and all(u.confidence is not None for u in both)
    return ReportData(
        src_sentences=tuple(src_sents), tgt_sentences=tuple(tgt_sents), beads=tuple(beads),
        src_lang=inp.src_lang, tgt_lang=inp.tgt_lang, src_name=inp.src_name,
        tgt_name=inp.tgt_name, findings=result.findings, term_matches=result.term_matches,
        settings=dict(result.settings), has_confidence=scored,
        low_confidence=low_confidence, glossary=_glossary_used(inp),
    )


def _glossary_used(inp: CheckInput) -> str | None:
    """The path of the glossary the checks used; None for none (or an empty one)."""
    return inp.glossary.path if inp.glossary is not None and inp.glossary.entries else None
