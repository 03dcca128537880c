"""Exchange formats: the one registry of what can be written and read.

Alignment formats (TMX, XLIFF, TSV, CSV) take an :class:`~aligner.model.Alignment`
to a file and read files back as :class:`~aligner.formats.units.TranslationUnit`
records; the saved alignment (JSON) and bead files hold the whole alignment,
null beads included.  Glossary formats (TBX v2/v3, OmegaT TSV, CSV, the
project's TSV) take a :class:`~aligner.model.Glossary` out and back.  Each
format lives in its own module, imported only when used; this file maps names
and file extensions to them.  Every alignment file the tool writes -- from
``align``, ``export`` and ``run`` alike -- is written through
:func:`export_alignment` (or :func:`export_to_stream` for standard output).
The file is longer than 400 lines because that one job -- choosing a format
and loading or exporting one alignment, several, or a collection's stream --
is what every command calls, and its checks (languages, one document pair
where a format holds one) belong beside the writers they guard.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

from aligner.errors import ConfigError, FormatError, OutputError
from aligner.formats.glossaries import (
    GlossaryFormat,
    glossary_format_for_path,
    glossary_format_of,
    read_glossary,
    write_glossary,
)
from aligner.formats.registry import Spec, by_extension, output_format, resolve
from aligner.formats.runs import concat_alignments, document_runs
from aligner.formats.units import (
    TmxMeta,
    TranslationUnit,
    UnitFile,
    WriteReport,
    check_alignment_langs,
    file_alignment,
    translations_only,
    written_tags,
)
from aligner.lang import lang_matches, primary
from aligner.model import Alignment

__all__ = [
    "XLIFF_FORMATS",
    "AlignmentFormat",
    "GlossaryFormat",
    "TmxMeta",
    "TranslationUnit",
    "UnitFile",
    "WriteReport",
    "alignment_format_for_path",
    "check_alignment_langs",
    "check_untranslated",
    "export_alignment",
    "export_documents",
    "export_sources",
    "export_to_stream",
    "glossary_format_for_path",
    "glossary_format_of",
    "load_alignment",
    "load_source",
    "load_units",
    "read_glossary",
    "readable_alignment_format",
    "write_glossary",
]


class AlignmentWriter(Protocol):
    def __call__(
        self,
        alignment: Alignment,
        path: str | os.PathLike[str],
        *,
        min_score: float = 0.0,
        creation_date: datetime | None = None,
        reviewed_only: bool = False,
    ) -> WriteReport: ...


class UnitsWriter(Protocol):
    """A writer of XLIFF, TSV, CSV or XLSX: it also writes the sources left untranslated,
    when asked."""

    def __call__(
        self,
        alignment: Alignment,
        path: str | os.PathLike[str],
        *,
        min_score: float = 0.0,
        creation_date: datetime | None = None,
        reviewed_only: bool = False,
        untranslated: bool = False,
    ) -> WriteReport: ...


class DocumentsWriter(Protocol):
    def __call__(
        self,
        documents: Iterable[tuple[str | None, Alignment]],
        path: str | os.PathLike[str],
        *,
        min_score: float = 0.0,
        creation_date: datetime | None = None,
        reviewed_only: bool = False,
        untranslated: bool = False,
    ) -> WriteReport: ...


class UnitLoader(Protocol):
    def __call__(
        self, path: str | os.PathLike[str], *, src_lang: str | None, tgt_lang: str | None
    ) -> UnitFile: ...


class AlignmentFormat(Enum):
    TMX = "tmx"
    XLIFF = "xliff"  # XLIFF 2.1 (read: 2.x and 1.x)
    XLIFF12 = "xliff12"  # XLIFF 1.2, written only when asked (--format xliff12)
    TSV = "tsv"
    CSV = "csv"
    XLSX = "xlsx"  # an Excel workbook laid out as the CSV
    JSON = "json"  # the saved alignment of ``aligner align --format json``
    BEADS = "beads"  # bead file, ``[0, 1]:[0]:0.97`` per line (written only)
    PARALLEL = "parallel"  # two plain files, PATH.SRC and PATH.TGT (written only)
    PO = "po"  # a gettext catalogue (read only: aligner.formats.po)


#: the XLIFF versions written: one ``file`` per document pair in either
XLIFF_FORMATS = frozenset({AlignmentFormat.XLIFF, AlignmentFormat.XLIFF12})

_ALIGNMENT: dict[AlignmentFormat, Spec] = {
    AlignmentFormat.TMX: Spec((".tmx",), "tmx:write_tmx", "tmx:load_tmx"),
    AlignmentFormat.XLIFF: Spec((".xlf", ".xliff"), "xliff:write_xliff", "xliff:load_xliff"),
    # no extension of its own: .xlf names XLIFF, in the version --format asks for
    AlignmentFormat.XLIFF12: Spec((), "xliff12:write_xliff12", "xliff:load_xliff"),
    AlignmentFormat.TSV: Spec((".tsv", ".txt"), "tsv:write_tsv", "tsv:load_tsv"),
    AlignmentFormat.CSV: Spec((".csv",), "csvfmt:write_csv", "csvfmt:load_csv"),
    AlignmentFormat.XLSX: Spec((".xlsx",), "xlsx:write_xlsx", "xlsx:load_xlsx"),
    AlignmentFormat.JSON: Spec((".json",), "alignment_json:write_alignment_json", None),
    AlignmentFormat.BEADS: Spec((".align", ".beads"), "beads:write_beads", None),
    # no extension of its own: -o PATH names the two files PATH.SRC and PATH.TGT
    AlignmentFormat.PARALLEL: Spec((), "parallel:write_parallel", None),
    AlignmentFormat.PO: Spec((".po",), None, "po:load_po"),
}


#: Read, never written: the XLIFF 1.2 of Trados Studio and of memoQ under their own
#: extensions (what the tool writes is no such tool's file).
_READ_ONLY = {".sdlxliff": AlignmentFormat.XLIFF, ".mqxliff": AlignmentFormat.XLIFF}


def alignment_format_for_path(path: str | os.PathLike[str], *, fmt: AlignmentFormat | None = None,
                              writes: Collection[AlignmentFormat] | None = None,
                              default: AlignmentFormat | None = None) -> AlignmentFormat:
    """The alignment format a file name asks for (``.tmx``, ``.xlf``, ...); with ``writes``
    (the formats a command writes) of a file to write (:func:`.registry.output_format`:
    a ``.txt`` read is taken for TSV, but written it names no format)."""
    if writes is None:
        if (read_only := _READ_ONLY.get(Path(path).suffix.lower())) is not None:
            return read_only
        return cast(AlignmentFormat, by_extension(path, _ALIGNMENT, "alignment"))
    return output_format(path, _ALIGNMENT, "alignment", fmt=fmt, writes=writes,
                         default=default, unnamed=(".txt",),
                         also=lambda asked, named: asked in XLIFF_FORMATS
                         and named in XLIFF_FORMATS)


def alignment_writer(fmt: AlignmentFormat) -> AlignmentWriter:
    spec = _ALIGNMENT[fmt]
    if spec.writer is None:
        raise ConfigError(f"cannot write {fmt.value}: it is an input format only")
    return cast(AlignmentWriter, resolve(spec.writer))


def unit_loader(fmt: AlignmentFormat, *, path: str | os.PathLike[str] | None = None
                ) -> UnitLoader:
    """The reader of ``fmt``'s units; a bead file is an error naming ``path``."""
    if (loader := _ALIGNMENT[fmt].loader) is None:
        why = ("a saved alignment: it is read whole (load_source), not as units"
               if fmt is AlignmentFormat.JSON else "a bead file: sentence numbers without the "
               "sentences; give the saved alignment (.json) or a TMX, XLIFF, TSV, CSV or XLSX file")
        raise ConfigError(f"is {why}", path=None if path is None else os.fspath(path))
    return cast(UnitLoader, resolve(loader))


# Formats that are text without a declaration of their own encoding: --encoding applies.
_TEXT_FORMATS = (AlignmentFormat.TSV, AlignmentFormat.CSV)


def readable_alignment_format(path: str | os.PathLike[str]) -> AlignmentFormat | None:
    """The alignment format of a file the tool can read back (saved alignment, TMX,
    XLIFF, TSV, CSV) by its extension; None for anything else -- ``.txt`` too, which
    is a document before it is a pair file.  A bead file is an error naming it."""
    suffix = Path(path).suffix.lower()
    if suffix == ".txt":
        return None
    if suffix in _READ_ONLY:
        return _READ_ONLY[suffix]
    for fmt, spec in _ALIGNMENT.items():
        if suffix in spec.extensions:
            if fmt is not AlignmentFormat.JSON:
                unit_loader(fmt, path=path)  # a bead file: an error naming it
            return fmt
    return None


def load_units(
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> UnitFile:
    """The units of a TMX, XLIFF, TSV or CSV file (``fmt`` default: from the extension).

    ``encoding`` applies to TSV and CSV; XML files say their own encoding.
    """
    fmt = fmt or alignment_format_for_path(path)
    loader = unit_loader(fmt, path=path)
    if fmt in _TEXT_FORMATS:
        return cast(UnitFile, cast(Any, loader)(path, src_lang=src_lang, tgt_lang=tgt_lang,
                                                encoding=encoding))
    return loader(path, src_lang=src_lang, tgt_lang=tgt_lang)


def load_alignment(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> Alignment:
    """A saved alignment (JSON) or a file of units (TMX, XLIFF, TSV, CSV) as an Alignment.

    Units become 1-1 beads (see :func:`~aligner.formats.units.units_to_alignment`).
    """
    loaded = load_source(path, src_lang=src_lang, tgt_lang=tgt_lang)
    if isinstance(loaded, Alignment):
        return loaded
    return file_alignment(loaded)


def load_source(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> Alignment | UnitFile:
    """A saved alignment (JSON) as it is, or the units of a TMX, XLIFF, TSV or CSV file
    (what :func:`export_sources` takes: units read from a TMX keep everything).
    ``encoding`` applies to TSV and CSV without a byte-order mark (:func:`load_units`)."""
    fmt = alignment_format_for_path(path)
    if fmt is AlignmentFormat.JSON:
        from aligner.formats.alignment_json import read_alignment_json

        alignment = read_alignment_json(path)
        check_alignment_langs(alignment, path, src_lang=src_lang, tgt_lang=tgt_lang)
        return alignment
    units = load_units(path, fmt=fmt, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    return replace(units, name=os.fspath(path))


def export_sources(
    sources: Sequence[Alignment | UnitFile],
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
    labels: Sequence[str] | None = None,
    asked: tuple[str | None, str | None] = (None, None),
    unwrap: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write several sources, one after the other, as one file in ``fmt``; ``labels`` (the
    files they were read from) name them in errors, else their document names.

    The sources are of one language pair; ``asked`` (``--src-lang``/``--tgt-lang``)
    lets a side differ where each source's tag answers it (``es`` takes ``es-ES``
    and ``es-MX``): TMX keeps each unit's own tag, other formats write the one asked.

    To TMX, units read from a TMX are written as they were read
    (:func:`~aligner.formats.tmx.write_tmx_sources`) and each alignment's beads
    keep their own document names.  Other formats get one alignment made of
    them all (:func:`~aligner.formats.runs.concat_alignments`); XLIFF, whose
    ``file`` names one document pair, writes one ``file`` per document pair of the
    sources and their units (:func:`~aligner.formats.runs.document_runs`); the saved
    alignment and the bead file, which hold one, take one source.
    ``meta`` (creator, props) is written to TMX only.  ``reviewed_only`` writes
    only the beads a person confirmed or edited (and TMX units marked so).
    ``unwrap`` writes segments without the line breaks of a hard-wrapped text
    (:mod:`aligner.formats.unwrap`; not to the saved alignment or the bead file).
    ``untranslated`` (XLIFF only: :func:`check_untranslated`) writes the source sentences
    of the alignments left untranslated as units without a target.
    """
    fmt = fmt or alignment_format_for_path(path)
    _check_unwrap(fmt, unwrap)
    check_untranslated(fmt, untranslated)
    named = list(labels) if labels is not None else [_name(s) for s in sources]
    for k, s in enumerate(sources):
        if isinstance(s, UnitFile) and not s.units and not (s.src_lang and s.tgt_lang):
            # an empty memory names no target language: say what is wrong with it
            raise FormatError("holds no translation unit: nothing to export", path=named[k])
    sources = [written_tags(s if isinstance(s, Alignment) else translations_only(s),
                            f"{named[k]}: ") for k, s in enumerate(sources)]
    first = sources[0]
    for k, source in enumerate(sources[1:], start=1):
        _check_pair(first, source, asked, named[0], named[k])
    if fmt is not AlignmentFormat.TMX:
        # a side asked for bare (es) whose regions differ (es-ES, es-MX) is written as
        # asked; a TMX keeps each unit's own xml:lang
        src = asked[0] if asked[0] and len({s.src_lang for s in sources}) > 1 else None
        tgt = asked[1] if asked[1] and len({s.tgt_lang for s in sources}) > 1 else None
        sources = [replace(s, src_lang=src or s.src_lang, tgt_lang=tgt or s.tgt_lang)
                   for s in sources]
    if unwrap:
        from aligner.formats.unwrap import unwrap_source

        sources = [unwrap_source(s) for s in sources]
    meta = meta or TmxMeta()
    if fmt is AlignmentFormat.TMX:
        from aligner.formats.tmx import write_tmx_sources

        return write_tmx_sources(sources, path, min_score=min_score,
                                 creation_date=creation_date, meta=meta,
                                 reviewed_only=reviewed_only)
    if meta.creator is not None or meta.props:
        raise ConfigError("--creator and --prop are written to TMX only")
    alignments = [s if isinstance(s, Alignment) else file_alignment(s) for s in sources]
    if fmt is AlignmentFormat.JSON:
        alignments = [_for_review(a, s) for a, s in zip(alignments, sources, strict=True)]
    if fmt in XLIFF_FORMATS:
        # a file names one document pair: several documents (inputs, or the units of
        # one memory) get one file each, in order
        runs = [run for a in alignments for run in document_runs(a)]
        if len(runs) > 1:
            return _xliff_documents(fmt)(runs, path, min_score=min_score,
                                         creation_date=meta.created or creation_date,
                                         reviewed_only=reviewed_only, untranslated=untranslated)
    if fmt in (AlignmentFormat.JSON, AlignmentFormat.BEADS) and len(sources) > 1:
        what = "a saved alignment (.json)" if fmt is AlignmentFormat.JSON else "a bead file"
        raise ConfigError(f"{what} holds one document pair; these are {len(sources)} inputs: "
                          "write them to TMX, XLIFF, TSV, CSV or XLSX, or each to its own file")
    return export_alignment(concat_alignments(alignments), path, fmt=fmt,
                            min_score=min_score, creation_date=meta.created or creation_date,
                            reviewed_only=reviewed_only, untranslated=untranslated)


def _for_review(alignment: Alignment, source: Alignment | UnitFile) -> Alignment:
    """A memory's units as a saved alignment keeps them: each bead with what its unit
    said of itself, the inline codes beside the sentences (so that the editor shows and
    corrects plain text, and an export writes the units back as they were)."""
    if isinstance(source, Alignment):
        return alignment
    from aligner.formats.inline_codes import codes_from_tags
    from aligner.formats.tmx_record import with_records

    return codes_from_tags(with_records(alignment, source))


def export_documents(
    documents: Iterable[tuple[str, Alignment]],
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
    several: bool = False,
    unwrap: bool = False,
    untranslated: bool = False,
    src_langs: Collection[str] = (),
    pairs: Sequence[tuple[str, str]] = (),
    originals: Mapping[str, str] | None = None,
) -> WriteReport:
    """Write named alignments -- a collection's documents, read one at a time -- as one
    file, streaming: memory holds one document at a time, however many there are
    (``several``: the caller knows there is more than one, which a TMX header then
    does not name).

    TMX units carry the document name (``x-document``) besides what
    :func:`export_alignment` writes; TSV and CSV rows are those of
    :func:`export_alignment`, one document after the other (CSV and XLSX name each
    row's document in a fourth column when there are ``several``); XLIFF has one
    ``file`` per document (one language pair in all); the other formats hold one
    document pair, so they take one document only.  :class:`ConfigError` when
    there is no document.  ``unwrap``, ``untranslated``: as :func:`export_sources`;
    ``src_langs``: the documents' source languages, for TMX (each unit says its own
    when there are several: :func:`aligner.formats.tmx_documents.write_documents`);
    ``pairs``: their language pairs, named in a TMX header's signature when several;
    ``originals``: multilingual TMX units, one for the translations of a source sentence
    (:mod:`aligner.formats.tmx_documents`; TMX only).
    """
    fmt = fmt or alignment_format_for_path(path)
    _check_unwrap(fmt, unwrap)
    check_untranslated(fmt, untranslated)
    if unwrap:
        from aligner.formats.unwrap import unwrap_alignment

        documents = ((name, unwrap_alignment(a)) for name, a in documents)
    meta = meta or TmxMeta()
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        raise ConfigError("nothing to export: no aligned document")
    everything = ((name, written_tags(a)) for name, a in itertools.chain([first], stream))
    if fmt is AlignmentFormat.TMX:
        from aligner.fileio import atomic_write
        from aligner.formats.tmx_documents import write_documents

        with atomic_write(path, binary=True) as fh:
            return write_documents(everything, fh, min_score=min_score,
                                   creation_date=creation_date, meta=meta,
                                   reviewed_only=reviewed_only, several=several,
                                   src_langs=src_langs, pairs=pairs, originals=originals)
    if originals is not None:
        raise ConfigError(f"multilingual units are written to TMX only: {fmt.value} has "
                          "two languages a unit")
    if meta != TmxMeta():
        raise ConfigError("--creator, --created and --prop are written to TMX only")
    alignments = (alignment for _, alignment in everything)
    if fmt is AlignmentFormat.TSV:
        from aligner.formats.tsv import write_tsv_stream

        return write_tsv_stream(alignments, path, min_score=min_score,
                                reviewed_only=reviewed_only, untranslated=untranslated)
    if fmt is AlignmentFormat.PARALLEL:
        from aligner.formats.parallel import write_parallel_stream

        return write_parallel_stream(first[1].src_lang, first[1].tgt_lang, alignments, path,
                                     min_score=min_score, reviewed_only=reviewed_only)
    if fmt is AlignmentFormat.CSV:
        from aligner.formats.csvfmt import write_csv_stream

        return write_csv_stream(first[1].src_lang, first[1].tgt_lang,
                                everything if several else alignments, path,
                                min_score=min_score, reviewed_only=reviewed_only,
                                untranslated=untranslated)
    if fmt is AlignmentFormat.XLSX:
        from aligner.formats.xlsx import write_xlsx_stream

        return write_xlsx_stream(first[1].src_lang, first[1].tgt_lang,
                                 everything if several else alignments, path,
                                 min_score=min_score, reviewed_only=reviewed_only,
                                 creation_date=creation_date, untranslated=untranslated)
    if fmt in XLIFF_FORMATS:
        same_pair = _one_language_pair(everything, first[1])
        return _xliff_documents(fmt)(same_pair, path, min_score=min_score,
                                     creation_date=creation_date, reviewed_only=reviewed_only,
                                     untranslated=untranslated)
    second = next(stream, None)
    if second is not None:
        raise ConfigError(f"{fmt.value} output holds one document pair; these are several "
                          f"({first[0]}, {second[0]}, ...): write them to TMX, XLIFF, TSV, "
                          "CSV or XLSX, or choose one with --doc")
    return export_alignment(first[1], path, fmt=fmt, min_score=min_score,
                            creation_date=creation_date, reviewed_only=reviewed_only)


def _check_unwrap(fmt: AlignmentFormat, unwrap: bool) -> None:
    """:class:`ConfigError` for ``unwrap`` to a file that keeps the sentences' exact text."""
    if unwrap and fmt in (AlignmentFormat.JSON, AlignmentFormat.BEADS):
        raise ConfigError(f"--unwrap goes with TMX, XLIFF, TSV, CSV and XLSX: {fmt.value} "
                          "keeps each sentence's exact text")


#: The formats --untranslated writes to: a unit without a target, a row with an empty one.
UNTRANSLATED_FORMATS = frozenset({*XLIFF_FORMATS, AlignmentFormat.TSV, AlignmentFormat.CSV,
                                  AlignmentFormat.XLSX})
#: Why --untranslated is refused for another.
_NO_UNTRANSLATED = {
    AlignmentFormat.TMX: "a TMX is a memory of translations; a tu with its source alone "
                         "is no translation, which most tools leave out",
    AlignmentFormat.JSON: "the saved alignment keeps every bead already",
    AlignmentFormat.BEADS: "the bead file keeps every bead already",
    AlignmentFormat.PARALLEL: "parallel text is pairs to train on, a line each side",
}


def check_untranslated(fmt: AlignmentFormat, untranslated: bool) -> None:
    """:class:`ConfigError` for ``untranslated`` (write the source sentences left
    untranslated as units without a target) to a format other than XLIFF, TSV, CSV and
    XLSX: a TMX holds translations; the saved alignment and the bead file hold them
    already; parallel text is pairs."""
    if untranslated and fmt not in UNTRANSLATED_FORMATS:
        raise ConfigError(f"--untranslated goes with XLIFF, TSV, CSV and XLSX, for a "
                          f"translator to fill in: {_NO_UNTRANSLATED[fmt]}")


def _xliff_documents(fmt: AlignmentFormat) -> DocumentsWriter:
    """The writer of several documents of an XLIFF version."""
    name = "xliff12:write_xliff12_documents" if fmt is AlignmentFormat.XLIFF12 else \
        "xliff:write_xliff_documents"
    return cast(DocumentsWriter, resolve(name))


def _check_pair(first: Alignment | UnitFile, other: Alignment | UnitFile,
                asked: tuple[str | None, str | None], first_name: str, name: str) -> None:
    """:class:`ConfigError` when ``other`` is not of ``first``'s language pair, or of
    the languages ``asked`` on the sides where they differ; the message says how to
    read it (a memory the other way round, regions that differ)."""
    pairs = ((first.src_lang, other.src_lang, asked[0]), (first.tgt_lang, other.tgt_lang,
                                                           asked[1]))
    if all(lang_matches(a, b) or (req and lang_matches(req, a) and lang_matches(req, b))
           for a, b, req in pairs):
        return
    message = (f"{name}: its languages are {other.src_lang} -> {other.tgt_lang}, not "
               f"{first.src_lang} -> {first.tgt_lang} as in {first_name}")
    if lang_matches(first.src_lang, other.tgt_lang) and lang_matches(first.tgt_lang,
                                                                     other.src_lang):
        message += (f": --src-lang {first.src_lang} --tgt-lang {first.tgt_lang} read every "
                    "input in that direction")
    elif all(primary(a) == primary(b) for a, b, _ in pairs):
        message += (f": --src-lang {primary(first.src_lang)} --tgt-lang "
                    f"{primary(first.tgt_lang)} merge the regions")
    raise ConfigError(message)


def _one_language_pair(documents: Iterable[tuple[str, Alignment]], first: Alignment
                       ) -> Iterator[tuple[str, Alignment]]:
    """``documents``, refusing one of another language pair than ``first`` (XLIFF)."""
    for name, alignment in documents:
        if (alignment.src_lang, alignment.tgt_lang) != (first.src_lang, first.tgt_lang):
            raise ConfigError(
                f"XLIFF holds one language pair ({first.src_lang} -> {first.tgt_lang}); the "
                f"document {name} is {alignment.src_lang} -> {alignment.tgt_lang}: export it "
                "on its own with --doc, or write TMX")
        yield name, alignment


def _name(source: Alignment | UnitFile) -> str:
    return source.name if isinstance(source, UnitFile) else source.src_name


def export_alignment(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
    unwrap: bool = False,
    untranslated: bool = False,
    glossary: Mapping[str, str] | None = None,
) -> WriteReport:
    """Write ``alignment`` in ``fmt`` (default: from the extension of ``path``).

    The alignment's languages must be language tags (:func:`~aligner.lang.validate_tag`):
    every format writes them into the file (``xml:lang``, ``srcLang``, a header).
    ``meta`` (creator, date, props) is written to TMX only.  ``unwrap``,
    ``untranslated``: as :func:`export_sources`.  ``glossary``: the record of the
    glossary the alignment was made with (:mod:`aligner.formats.glossary_record`), which
    a saved alignment (JSON) keeps and the other formats have no place for.
    """
    fmt = fmt or alignment_format_for_path(path)
    _check_unwrap(fmt, unwrap)
    check_untranslated(fmt, untranslated)
    alignment = written_tags(alignment)
    if unwrap:
        from aligner.formats.unwrap import unwrap_alignment

        alignment = unwrap_alignment(alignment)
    if meta is not None and meta != TmxMeta():
        if fmt is not AlignmentFormat.TMX:
            raise ConfigError("--creator, --created and --prop are written to TMX only")
        from aligner.formats.tmx import write_tmx

        return write_tmx(alignment, path, min_score=min_score, creation_date=creation_date,
                         meta=meta, reviewed_only=reviewed_only)
    if untranslated:
        return cast(UnitsWriter, alignment_writer(fmt))(
            alignment, path, min_score=min_score, creation_date=creation_date,
            reviewed_only=reviewed_only, untranslated=True)
    if glossary is not None and fmt is AlignmentFormat.JSON:
        from aligner.formats.alignment_json import write_alignment_json

        return write_alignment_json(alignment, path, glossary=glossary)
    return alignment_writer(fmt)(alignment, path, min_score=min_score,
                                 creation_date=creation_date, reviewed_only=reviewed_only)


def export_to_stream(
    alignment: Alignment,
    out: BinaryIO,
    *,
    fmt: AlignmentFormat,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    unwrap: bool = False,
    untranslated: bool = False,
) -> WriteReport:
    """Write ``alignment`` in ``fmt`` to a binary stream (standard output).

    The writer runs as for a file -- into a private temporary directory -- and
    the bytes are copied out only once it has finished, so a failed write
    prints nothing.
    """
    if fmt is AlignmentFormat.PARALLEL:
        from aligner.formats.parallel import parallel_paths

        parallel_paths("-", alignment.src_lang, alignment.tgt_lang)  # refused: two files
    with tempfile.TemporaryDirectory(prefix="aligner-") as tmp:
        path = Path(tmp) / f"alignment.{fmt.value}"
        try:
            report = export_alignment(alignment, path, fmt=fmt, min_score=min_score,
                                      creation_date=creation_date, meta=meta, unwrap=unwrap,
                                      untranslated=untranslated)
        except OutputError as exc:  # the private copy's name would mean nothing to anyone
            raise OutputError(f"cannot write the copy of the standard output in {tmp}: "
                              f"{exc.reason}", reason=exc.reason) from None
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, out)
    out.flush()
    return report


