"""The steps before the checks: read, segment and align (:mod:`aligner.pipeline`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from aligner.align import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.beadfile import read_sentence_lines
from aligner.align.sanity import pair_warnings
from aligner.defaults import DEFAULT_GLOSSARY
from aligner.errors import ConfigError, GlossaryPairError, InputError
from aligner.inputs import units_from_tmx as units_from_tmx  # the TMX numbering rule
from aligner.lang import validate_tag
from aligner.model import (
    Alignment,
    Glossary,
    SegmentedDocument,
    TermStatus,
)
from aligner.pipeline.languages import DefaultGlossary, refined_by_declarations
from aligner.textutil import count

if TYPE_CHECKING:  # checks and report are imported by the steps that use them
    from aligner.segment import SpanSplitter
    from aligner.segment.srx import SrxRules

Log = Callable[[str], None]


def quiet(_msg: str) -> None:
    """A :data:`Log` that drops every message (the default of the steps' ``warn``)."""
    return None


def load_srx(path: str | os.PathLike[str]) -> SrxRules:
    """An SRX 2.0 file's segmentation rules (``--srx``)."""
    from aligner.formats.srx import read_srx

    return read_srx(path)


def srx_splitter(srx: SrxRules, lang: str, warn: Log = quiet) -> SpanSplitter | None:
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
                 warn: Log = quiet) -> SegmentedDocument:
    """Read a document (text, Markdown, HTML, DOCX, ODT, PPTX, ODP, EPUB, PDF) and split it into
    sentences, with the built-in rules or those of ``srx`` (:func:`srx_splitter`)."""
    from aligner.fileio import read_bytes

    return segment_data(read_bytes(path), lang, name=os.fspath(path), encoding=encoding,
                        input_format=input_format, srx=srx, warn=warn)


def segment_data(data: bytes, lang: str, *, name: str, encoding: str = "utf-8",
                 input_format: str | None = None, srx: SrxRules | None = None,
                 warn: Log = quiet) -> SegmentedDocument:
    """:func:`segment_file` of a file's bytes read elsewhere; ``name`` picks the reader
    by its extension (``input_format`` overrides) and names the document."""
    validate_tag(lang)
    from aligner.readers import read_data
    from aligner.segment import segment_document

    splitter = srx_splitter(srx, lang, warn) if srx is not None else None
    doc = read_data(data, name=name, lang=lang, input_format=input_format, encoding=encoding)
    for note in doc.notes:  # what the reader was not sure of (a PDF page's order)
        warn(f"{name}: {note}")
    return segment_document(doc, splitter)


def default_glossary(path: str | os.PathLike[str] | None, *, use_default: bool = True
                     ) -> str | None:
    """The glossary to read: ``path`` when given, else ``./glossary.tsv`` when it
    exists and ``use_default`` (``--no-glossary`` turns it off).  Both a path and
    ``use_default`` off contradict each other: :class:`ConfigError`."""
    if path is not None:
        if not use_default:
            raise ConfigError("give --glossary FILE or --no-glossary, not both")
        return os.fspath(path)
    if use_default and DEFAULT_GLOSSARY.is_file():
        return DefaultGlossary(DEFAULT_GLOSSARY)
    return None


def load_glossary_file(path: str | os.PathLike[str] | None, *, src_lang: str | None,
                       tgt_lang: str | None, encoding: str = "utf-8",
                       warn: Log = quiet) -> Glossary | None:
    """The glossary at ``path`` (any glossary format, :func:`aligner.formats.read_glossary`)
    oriented ``src_lang`` -> ``tgt_lang`` (None for no path, and for a
    :class:`DefaultGlossary` of another language pair).  ``warn`` is told when the
    glossary is for another region of a language than the text (a pt-PT glossary for
    pt-BR: :func:`aligner.glossary_lint.variety_notes`), when a cell lists terms
    (:func:`aligner.glossary_lint.listed_note`), and when a TBX of several regions
    of a language gives some concepts from another region's set than the one asked
    (:class:`aligner.formats.tbx_left_out.RegionNote`)."""
    if path is None:
        return None
    from aligner.formats import read_glossary
    from aligner.formats.tbx_left_out import RegionNote
    from aligner.glossary_lint import ignored_columns, listed_note, variety_notes

    def regions(message: str) -> None:
        if isinstance(message, RegionNote):
            warn(f"{path}: {message}")

    try:
        loaded = read_glossary(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                               warn=regions)
    except GlossaryPairError:
        if isinstance(path, DefaultGlossary):
            return None  # ./glossary.tsv of another pair: as if there were none
        raise
    for note in ignored_columns(loaded) + variety_notes(loaded, src_lang=src_lang,
                                                        tgt_lang=tgt_lang) + listed_note(loaded):
        warn(note)
    return loaded


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


def size_warning(n_src: int, n_tgt: int, *, src: str = "SRC", tgt: str = "TGT"
                 ) -> str | None:
    """A warning when a text has no sentences, or one is ten times the other: expect
    many unaligned sentences.  ``src`` and ``tgt`` name the two sides."""
    if not n_src and not n_tgt:
        return f"{src} and {tgt} have no sentences: the alignment is empty"
    if not n_src or not n_tgt:
        empty, other = (src, tgt) if not n_src else (tgt, src)
        return (f"{empty} has no sentences: every sentence of {other} is left unaligned "
                "(check that it is the right file)")
    if max(n_src, n_tgt) >= 10 * min(n_src, n_tgt):
        return (f"{src} has {count(n_src, 'sentence')} and {tgt} {n_tgt:,}: one is ten times "
                "the other or more; expect many unaligned sentences (check that they are the "
                "same text)")
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
    warn: Log = quiet,
    srx: SrxRules | None = None,
    omissions: str | None = None,
    vet: Callable[[Sequence[str], Sequence[str]], None] | None = None,
    langs_said: tuple[str | None, str | None] = (None, None),
) -> AlignedPair:
    """Read, segment (unless ``presplit``; by ``srx``'s rules when given) and align two files.

    ``src_mt`` translates the source line by line (so it must have one line
    per source sentence).  Documents are named by their path as given unless
    ``src_name``/``tgt_name`` say otherwise.  ``omissions``: mark the beads' sentences
    that may be untranslated, for the checks (:mod:`aligner.align.omissions`; a second
    alignment, with the encoder only), as sensitive as it says (``normal``, ``high``).
    ``vet`` is given both sides' sentences once they are read, before they are aligned,
    and may refuse them by raising
    (:func:`aligner.pipeline.load_check_input` refuses languages it took for want of
    any given that the texts are plainly not in).  ``langs_said``: where each side's
    language came from when no option gave it (:func:`aligner.lang.tags.tag_said`,
    ``declared_said``), for the warning that a text is not in it, and that its document
    declares another language (:func:`declared_notes`); None: the option.
    """
    src_lang = validate_tag(src_lang, what="source language")
    tgt_lang = validate_tag(tgt_lang, what="target language")
    src_doc = tgt_doc = None
    src_pars: frozenset[int] | None = None
    tgt_pars: frozenset[int] | None = None
    if presplit and (input_format is not None or srx is not None):
        raise ConfigError("--presplit reads one sentence per line: --input-format and --srx "
                          "do not apply")
    if presplit:
        from aligner.readers import BINARY, format_article, format_for

        for path in (src, tgt):
            if format_for(path) in BINARY:
                raise ConfigError(f"--presplit reads plain text, one sentence per line; "
                                  f"{os.fspath(path)} is {format_article(format_for(path))} "
                                  "document: drop --presplit")
        src_sents = read_sentence_lines(os.fspath(src), encoding=encoding)
        tgt_sents = read_sentence_lines(os.fspath(tgt), encoding=encoding)
    else:
        src_doc = segment_file(src, src_lang, encoding=encoding, input_format=input_format,
                               srx=srx, warn=warn)
        tgt_doc = segment_file(tgt, tgt_lang, encoding=encoding, input_format=input_format,
                               srx=srx, warn=warn)
        src_sents, tgt_sents = list(src_doc.sentences), list(tgt_doc.sentences)
        src_pars, tgt_pars = src_doc.paragraph_starts, tgt_doc.paragraph_starts
        declared_notes(src_doc, tgt_doc, langs_said, warn)
    if vet is not None:
        vet(src_sents, tgt_sents)
    mt = None
    if src_mt is not None:
        mt = read_sentence_lines(os.fspath(src_mt), encoding=encoding)
        if len(mt) != len(src_sents):
            raise InputError(
                f"has {count(len(mt), 'line')} but SRC has {count(len(src_sents), 'sentence')}; "
                "--src-mt must "
                "translate SRC line by line", path=os.fspath(src_mt))
    evidence = build_evidence(glossary=glossary, dictionary=dictionary, src_mt=mt,
                              encoding=encoding)
    alignment = _align_lists(
        src_sents, tgt_sents, src_pars, tgt_pars, src_lang=src_lang, tgt_lang=tgt_lang,
        regions=_regions(src_doc, tgt_doc), evidence=evidence, options=options,
        src_name=src_name if src_name is not None else os.fspath(src),
        tgt_name=tgt_name if tgt_name is not None else os.fspath(tgt),
        progress=progress, warn=warn, langs_said=langs_said)
    if omissions:
        alignment = find_omissions(alignment, evidence=evidence, options=options,
                                   progress=progress, sensitivity=omissions)
    return AlignedPair(with_formatting(alignment, src_doc, tgt_doc), src_doc, tgt_doc)


def find_omissions(alignment: Alignment, *, evidence: Evidence,
                   options: AlignOptions | None,
                   progress: Progress | None = None, sensitivity: str = "normal") -> Alignment:
    """``alignment`` with the sentences that may be untranslated marked in its beads'
    signals, for ``possible-omission`` (:mod:`aligner.align.omissions`: a second
    alignment, with the encoder only; ``sensitivity`` a key of its ``SENSITIVITY``)."""
    from aligner.align import omissions

    return omissions.mark_omissions(alignment, omissions.omission_suspects(
        alignment, evidence=evidence, options=options, progress=progress,
        sensitivity=sensitivity))


def align_data(
    src_data: bytes,
    tgt_data: bytes,
    *,
    src_path: str,
    tgt_path: str,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | None = None,
    encoding: str = "utf-8",
    input_format: str | None = None,
    options: AlignOptions | None = None,
    src_name: str | None = None,
    tgt_name: str | None = None,
    warn: Log = quiet,
    srx: SrxRules | None = None,
    langs_said: tuple[str | None, str | None] = (None, None),
) -> AlignedPair:
    """Segment and align two documents' bytes read elsewhere (``aligner batch`` reads
    the files where it runs and aligns them in other processes): the steps of
    :func:`align_files` after reading, so a pair aligned either way gets the same
    beads.  ``src_path``/``tgt_path`` pick the readers and name the documents
    unless ``src_name``/``tgt_name`` do; ``langs_said`` as for :func:`align_files`
    (batch's: a folder's name, the collection's)."""
    src_lang = validate_tag(src_lang, what="source language")
    tgt_lang = validate_tag(tgt_lang, what="target language")
    src_doc, tgt_doc = (
        segment_data(data, lang, name=path, encoding=encoding, input_format=input_format,
                     srx=srx, warn=warn)
        for data, lang, path in ((src_data, src_lang, src_path), (tgt_data, tgt_lang, tgt_path)))
    declared_notes(src_doc, tgt_doc, langs_said, warn, sides=("SRC", "TGT"))  # batch's
    alignment = _align_lists(
        list(src_doc.sentences), list(tgt_doc.sentences), src_doc.paragraph_starts,
        tgt_doc.paragraph_starts, src_lang=src_lang, tgt_lang=tgt_lang,
        regions=_regions(src_doc, tgt_doc), evidence=build_evidence(glossary=glossary),
        options=options,
        src_name=src_name if src_name is not None else src_path,
        tgt_name=tgt_name if tgt_name is not None else tgt_path, progress=None, warn=warn,
        langs_said=langs_said)
    alignment = refined_by_declarations(alignment, src_doc, tgt_doc, langs_said)
    return AlignedPair(with_formatting(alignment, src_doc, tgt_doc), src_doc, tgt_doc)


def declared_notes(src_doc: SegmentedDocument, tgt_doc: SegmentedDocument, langs_said: tuple[
        str | None, str | None], warn: Log, *, sides: tuple[str, str] | None = None) -> None:
    """Warn of a document declaring another language than a name or collection gave it
    (:func:`.languages.declared_note`), named by its file or by ``sides`` (batch's)."""
    from aligner.pipeline.languages import declared_note

    for seg, said, side in zip((src_doc, tgt_doc), langs_said, sides or (
            src_doc.document.name, tgt_doc.document.name), strict=True):
        if (note := declared_note(side, seg.document.declared, seg.document.lang, said)):
            warn(note)


def with_formatting(alignment: Alignment, src_doc: SegmentedDocument | None,
                    tgt_doc: SegmentedDocument | None) -> Alignment:
    """``alignment`` with its sentences' character formatting (DOCX and ODT), which
    the TMX and XLIFF writers write as codes, their subtitle cues (SubRip, WebVTT),
    paragraph numbers and parts, which findings name and checks read; the sentences
    hold none."""
    if src_doc is None or tgt_doc is None:  # presplit: sentences only
        return alignment
    return replace(alignment, src_formatting=src_doc.sentence_formatting(),
                   tgt_formatting=tgt_doc.sentence_formatting(),
                   src_cues=src_doc.sentence_cues(), tgt_cues=tgt_doc.sentence_cues(),
                   src_paragraphs=src_doc.paragraphs, tgt_paragraphs=tgt_doc.paragraphs,
                   src_parts=src_doc.parts, tgt_parts=tgt_doc.parts)


def _regions(src_doc: SegmentedDocument | None, tgt_doc: SegmentedDocument | None
             ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the notes begin on each side, when both have notes after their body: the
    body is aligned with the body, the notes with the notes (:mod:`aligner.align.regions`)."""
    if src_doc is None or tgt_doc is None:  # presplit: no parts
        return (), ()
    from aligner.align.regions import note_regions

    return note_regions(src_doc.parts, tgt_doc.parts)


def _align_lists(src_sents: Sequence[str], tgt_sents: Sequence[str],
                 src_pars: frozenset[int] | None, tgt_pars: frozenset[int] | None, *,
                 src_lang: str, tgt_lang: str,
                 regions: tuple[tuple[int, ...], tuple[int, ...]] = ((), ()),
                 evidence: Evidence,
                 options: AlignOptions | None, src_name: str, tgt_name: str,
                 progress: Progress | None, warn: Log,
                 langs_said: tuple[str | None, str | None] = (None, None)) -> Alignment:
    """The aligning step of :func:`align_files` and :func:`align_data`, with its warnings."""
    note = size_warning(len(src_sents), len(tgt_sents), src=f"SRC ({src_name})",
                        tgt=f"TGT ({tgt_name})")
    if note:
        warn(note)
    alignment = align_sentences(
        src_sents, tgt_sents, src_lang=src_lang, tgt_lang=tgt_lang,
        src_paragraph_starts=src_pars, tgt_paragraph_starts=tgt_pars, evidence=evidence,
        options=options or AlignOptions(), src_name=src_name, tgt_name=tgt_name,
        progress=progress, src_regions=regions[0], tgt_regions=regions[1],
    )
    # swapped, wrong languages, unrelated texts
    for note in pair_warnings(alignment, said=langs_said):
        warn(note)
    return alignment
