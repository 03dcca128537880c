"""The check steps: what checks run over, the checks, the review page's input
(:mod:`aligner.pipeline`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aligner.align import AlignOptions, Progress
from aligner.errors import ConfigError
from aligner.inputs import bundle_pair, input_files, read_bundles, read_files
from aligner.inputs import units_from_tmx as units_from_tmx  # the TMX numbering rule
from aligner.lang.tags import canonical_tag, code_warnings, validate_langs
from aligner.model import Alignment, Bead, Glossary
from aligner.pipeline.languages import DefaultGlossary, GlossaryLanguages, glossary_languages
from aligner.pipeline.steps import (
    AlignedPair,
    Log,
    align_files,
    build_evidence,
    find_omissions,
    load_glossary_file,
    quiet,
)

if TYPE_CHECKING:  # checks and report are imported by the steps that use them
    from aligner.check import CheckOptions, CheckResult, Unit
    from aligner.formats import AlignmentFormat
    from aligner.inputs import ReadFiles
    from aligner.report import ReportData
    from aligner.segment.srx import SrxRules


@dataclass(frozen=True, slots=True)
class CheckInput:
    """What the checks run over: units, their languages and where they came from.

    ``aligned`` is set when the tool aligned two documents itself (units are
    then its beads, with confidence); ``glossary`` is the one read for the pair;
    ``inputs`` the files read, in the order their units are numbered.
    """

    units: tuple[Unit, ...]
    src_lang: str
    tgt_lang: str
    src_name: str
    tgt_name: str = "<target>"
    aligned: AlignedPair | None = None
    glossary: Glossary | None = None
    inputs: tuple[str, ...] = ()


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
    warn: Log = quiet,
    srx: SrxRules | None = None,
    input_format: str | None = None,
    omissions: str = "normal",
    no_glossary: bool = False,
) -> CheckInput:
    """Units to check from one input form: two documents (aligned here, with the
    glossary as evidence), or one or more alignment files -- saved alignments,
    TMX, XLIFF, TSV or CSV, as positional files or ``--pairs``/``--tmx`` -- whose
    units are checked together, in the order given, each knowing its document.
    Languages come from the files where they say them (and must match
    ``src_lang``/``tgt_lang`` when given); two documents not given languages are in
    the ones their names' tags say (``a.fr.txt``), else the ones they declare
    (:mod:`aligner.pipeline.languages`), else the glossary's, else es and en.
    ``glossary`` is a path, read for the input's languages; ``encoding`` applies to
    every text file read; ``srx`` segments two documents by an SRX file's rules
    (alignment files are already segmented); ``input_format`` reads two documents as
    that format whatever their extensions (alignment files are read as theirs say).
    ``omissions``: how sensitive the search for untranslated sentences of two documents
    or a saved alignment is (:data:`aligner.align.omissions.SENSITIVITY`); ``no_glossary``:
    none was asked for (``--no-glossary``), or the command has said why none is used (the
    one a saved alignment records is gone), so a saved alignment made with one's terms is
    checked without a word about it."""
    validate_langs(src_lang, tgt_lang)  # before any file is read
    for note in code_warnings(src_lang, tgt_lang):  # kr is Kanuri; Korean is ko
        warn(note)
    # as BCP 47 writes them, for the findings' settings and every message (pt_br: pt-BR)
    src_lang, tgt_lang = (canonical_tag(c) if c else None for c in (src_lang, tgt_lang))
    if bundle_pair(documents, _as_tuple(pairs), _as_tuple(tmx)):  # en.json es-MX.json
        read = read_bundles(documents[0], documents[1], src_lang=src_lang, tgt_lang=tgt_lang)
        return _unused_default(CheckInput(
            read.units, read.src_lang, read.tgt_lang, documents[0], documents[1],
            glossary=load_glossary_file(glossary, src_lang=read.src_lang,
                                        tgt_lang=read.tgt_lang, encoding=encoding, warn=warn),
            inputs=tuple(documents)), glossary, warn)
    files = input_files(documents, _as_tuple(pairs), _as_tuple(tmx))
    docs = [d for d in documents if all(d != f for f, _ in files)]
    if len(docs) == 1 and not files:
        from aligner.collection.schema import looks_like_collection

        if looks_like_collection(docs[0]):
            raise ConfigError("is a collection, which this command does not read: export it "
                              "first (aligner export C.db -o all.tmx) and give that",
                              path=docs[0])
        raise ConfigError(f"{docs[0]} is one document; {_ONE_FORM}")
    if (docs and (files or len(docs) != 2)) or not (docs or files):
        raise ConfigError(_ONE_FORM)
    if files:
        if input_format is not None:
            raise ConfigError("--input-format reads two documents (SRC TGT); alignment "
                              "files are read as their extensions say")
        if srx is not None:
            warn(f"{srx.path}: the input is already segmented; its rules are not used")
        from aligner.formats import AlignmentFormat

        if all(fmt is AlignmentFormat.TSV for _, fmt in files):  # no file says its languages
            src_lang, tgt_lang = glossary_languages(
                src_lang, tgt_lang, glossary, GlossaryLanguages(glossary, encoding=encoding),
                warn=warn, unsaid="a pair file (TSV) does not say its languages")
        return _unused_default(_load_files(files, src_lang=src_lang, tgt_lang=tgt_lang,
                                           glossary=glossary, encoding=encoding,
                                           options=options, warn=warn, progress=progress,
                                           omissions=omissions, no_glossary=no_glossary),
                               glossary, warn)
    from aligner.pipeline.languages import document_languages

    # the languages taken are said once the texts do not refuse them (said, then
    # refused, they read as two contradicting lines)
    pending: list[str] = []
    (src, tgt), vet_languages = document_languages(
        docs[0], docs[1], src_lang, tgt_lang, glossary, warn=warn, pending=pending,
        input_format=input_format, encoding=encoding)
    loaded = load_glossary_file(glossary, src_lang=src, tgt_lang=tgt, encoding=encoding,
                                warn=warn)
    if loaded is not None and glossary is not None:
        from aligner.pipeline.direction import unchecked_forbidden

        if (unchecked := unchecked_forbidden(
                glossary, loaded, src_lang=src, tgt_lang=tgt, encoding=encoding,
                fix="give the documents (and languages) the other way round to check them")
                ) is not None:
            pending.append(unchecked)
    from aligner.check.units import units_from_alignment

    def vet(src_sents: Sequence[str], tgt_sents: Sequence[str]) -> None:
        vet_languages(src_sents, tgt_sents, glossary_used=loaded is not None)

    aligned = align_files(docs[0], docs[1], src_lang=src, tgt_lang=tgt, glossary=loaded,
                          encoding=encoding, options=options, progress=progress, warn=warn,
                          srx=srx, input_format=input_format, omissions=omissions, vet=vet,
                          langs_said=vet_languages.said)
    for message in pending:  # vet not called: nothing said yet
        warn(message)
    return _unused_default(CheckInput(units_from_alignment(aligned.alignment), src, tgt,
                                      docs[0], docs[1], aligned, loaded, tuple(docs)),
                           glossary, warn)


def _unused_default(inp: CheckInput, glossary: str | os.PathLike[str] | None,
                    warn: Log) -> CheckInput:
    """``inp``, with a warning when ``./glossary.tsv``, taken by default, was left out for
    being of another language pair."""
    if isinstance(glossary, DefaultGlossary) and inp.glossary is None:
        warn(f"{glossary} is for another language pair than {inp.src_lang} -> "
             f"{inp.tgt_lang}: not used (give --glossary FILE for this pair)")
    return inp


def _load_files(files: Sequence[tuple[str, AlignmentFormat]], *, src_lang: str | None,
                tgt_lang: str | None, glossary: str | os.PathLike[str] | None,
                encoding: str, options: AlignOptions | None, warn: Log,
                progress: Progress | None = None, omissions: str = "normal",
                no_glossary: bool = False) -> CheckInput:
    read = read_files(files, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    for note in read.notes:
        warn(note)
    loaded = load_glossary_file(glossary, src_lang=read.src_lang, tgt_lang=read.tgt_lang,
                                encoding=encoding, warn=warn)
    if loaded is not None and glossary is not None:
        from aligner.pipeline.direction import glossary_direction

        read, loaded = glossary_direction(files, read, loaded, glossary, encoding=encoding,
                                          asked=src_lang is not None or tgt_lang is not None,
                                          warn=warn)
    if loaded is None and not no_glossary:
        _unglossed(files, read, warn)
    al, units = read.alignment, read.units
    # a saved alignment holds every sentence, as two documents do: its untranslated
    # ones are looked for, alone or among other files
    if any(saved is not None for saved in read.alignments()):
        from aligner.check.units import units_from_alignment
        from aligner.inputs import from_files

        evidence = build_evidence(glossary=loaded)

        def looked(saved: Alignment) -> Alignment:
            return find_omissions(saved, evidence=evidence, options=options,
                                  progress=progress, sensitivity=omissions)

        if al is not None:
            al = looked(al)
            units = units_from_alignment(al)
        else:
            units = from_files(files, [part.units if saved is None else
                                       units_from_alignment(looked(saved))
                                       for part, saved in zip(read.parts, read.alignments(),
                                                              strict=True)])
    aligned = AlignedPair(al) if al is not None else None
    src_name = al.src_name if al is not None else ", ".join(path for path, _ in files)
    tgt_name = al.tgt_name if al is not None else src_name  # one file holds both sides
    return CheckInput(units, read.src_lang, read.tgt_lang, src_name, tgt_name, aligned, loaded,
                      tuple(path for path, _ in files))


def _unglossed(files: Sequence[tuple[str, AlignmentFormat]], read: ReadFiles,
               warn: Log) -> None:
    """A warning when saved alignments made with a glossary's terms are checked with no
    glossary: its checks do not run, and a forbidden term that stopped a build where the
    glossary was at hand passes where it is not (another folder, a CI machine)."""
    termed = [path for (path, _), al in zip(files, read.alignments(), strict=True)
              if al is not None and "terms" in al.settings.get("evidence", "").split(",")]
    if termed:
        warn(f"{', '.join(termed)}: aligned with a glossary's terms, but no glossary is "
             "used now: term-missing, term-forbidden and term-inconsistent do not run "
             "(give --glossary FILE)")


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
    empty side holding no sentence, named as ``check`` names them (``unit 3 (tu 4)``),
    with their scores as confidence when every unit has one (a file the tool wrote)
    and no confidence otherwise.
    ``low_confidence`` marks beads for review (default: the checks' threshold).
    """
    from aligner.check import settings_text
    from aligner.check.base import DEFAULT_MIN_CONFIDENCE
    from aligner.check.output import cues, unit_label
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
            settings={**al.settings, **{f"check {k}": v
                                        for k, v in settings_text(result.settings).items()}},
            low_confidence=low_confidence, glossary=_glossary_used(inp),
            cue_labels=tuple(cues(*u.cue_at) or "" if u.cue_at else "" for u in inp.units)
            if any(u.cue_at for u in inp.units) else (),
            src_formatting=al.src_formatting, tgt_formatting=al.tgt_formatting,
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
        settings=settings_text(result.settings), has_confidence=scored,
        low_confidence=low_confidence, glossary=_glossary_used(inp),
        unit_labels=tuple(unit_label(u, u.origin) for u in inp.units),
    )


def _glossary_used(inp: CheckInput) -> str | None:
    """The path of the glossary the checks used; None for none (or an empty one)."""
    return inp.glossary.path if inp.glossary is not None and inp.glossary.entries else None
