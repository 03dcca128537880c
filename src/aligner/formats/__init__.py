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
"""

from __future__ import annotations

import codecs
import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

from aligner.errors import ConfigError, GlossaryError
from aligner.formats.units import (
    TmxMeta,
    TranslationUnit,
    UnitFile,
    WriteReport,
    concat_alignments,
    units_to_alignment,
)
from aligner.lang import lang_matches
from aligner.model import Alignment, Glossary

__all__ = [
    "AlignmentFormat",
    "GlossaryFormat",
    "TmxMeta",
    "TranslationUnit",
    "UnitFile",
    "WriteReport",
    "alignment_format_for_path",
    "export_alignment",
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
    ) -> WriteReport: ...


class UnitLoader(Protocol):
    def __call__(
        self, path: str | os.PathLike[str], *, src_lang: str | None, tgt_lang: str | None
    ) -> UnitFile: ...


class AlignmentFormat(Enum):
    TMX = "tmx"
    XLIFF = "xliff"
    TSV = "tsv"
    CSV = "csv"
    JSON = "json"  # the saved alignment of ``aligner align --format json``
    BEADS = "beads"  # bead file, ``[0, 1]:[0]:0.97`` per line (written only)


class GlossaryFormat(Enum):
    TSV = "tsv"  # the project's own glossary format
    TBX = "tbx"  # TBX v2 (martif, TBX-Basic)
    TBX3 = "tbx3"  # TBX v3 (conceptEntry)
    OMEGAT = "omegat"  # OmegaT glossary TSV (no header; read with the languages given)
    CSV = "csv"
    XLSX = "xlsx"  # an Excel workbook (read only)


@dataclass(frozen=True, slots=True)
class _Spec:
    extensions: tuple[str, ...]
    writer: str | None  # "module:function", imported on first use
    loader: str | None


_ALIGNMENT: dict[AlignmentFormat, _Spec] = {
    AlignmentFormat.TMX: _Spec((".tmx",), "tmx:write_tmx", "tmx:load_tmx"),
    AlignmentFormat.XLIFF: _Spec((".xlf", ".xliff"), "xliff:write_xliff", "xliff:load_xliff"),
    AlignmentFormat.TSV: _Spec((".tsv", ".txt"), "tsv:write_tsv", "tsv:load_tsv"),
    AlignmentFormat.CSV: _Spec((".csv",), "csvfmt:write_csv", "csvfmt:load_csv"),
    AlignmentFormat.JSON: _Spec((".json",), "alignment_json:write_alignment_json", None),
    AlignmentFormat.BEADS: _Spec((".align", ".beads"), "beads:write_beads", None),
}

_GLOSSARY: dict[GlossaryFormat, _Spec] = {
    GlossaryFormat.TSV: _Spec(
        (".tsv",), "glossary_tsv:write_glossary_tsv", "glossary_tsv:read_glossary_tsv"
    ),
    GlossaryFormat.TBX: _Spec((".tbx",), "tbx:write_tbx", "tbx:read_tbx"),
    GlossaryFormat.TBX3: _Spec((".tbx3",), "tbx:write_tbx3", "tbx:read_tbx"),
    GlossaryFormat.OMEGAT: _Spec(
        (), "glossary_tsv:write_omegat_tsv", "glossary_tsv:read_omegat_tsv"
    ),
    GlossaryFormat.CSV: _Spec(
        (".csv",), "glossary_csv:write_glossary_csv", "glossary_csv:read_glossary_csv"
    ),
    GlossaryFormat.XLSX: _Spec((".xlsx",), None, "glossary_xlsx:read_glossary_xlsx"),
}

# What a glossary file's content is, whatever its name says (see glossary_format_of).
_GLOSSARY_KIND = {
    GlossaryFormat.TSV: "tab-separated text",
    GlossaryFormat.OMEGAT: "tab-separated text",
    GlossaryFormat.CSV: "comma- or semicolon-separated text",
    GlossaryFormat.TBX: "XML (TBX)",
    GlossaryFormat.TBX3: "XML (TBX)",
    GlossaryFormat.XLSX: "an .xlsx workbook",
}


def _resolve(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    return cast(Callable[..., Any], getattr(importlib.import_module(f"{__name__}.{module}"), attr))


def _by_extension(path: str | os.PathLike[str], table: dict[Any, _Spec], what: str) -> Any:
    suffix = Path(path).suffix.lower()
    for fmt, spec in table.items():
        if suffix in spec.extensions:
            return fmt
    known = ", ".join(ext for spec in table.values() for ext in spec.extensions)
    raise ConfigError(
        f"{os.fspath(path)}: cannot tell the {what} format from the extension "
        f"{suffix or '(none)'}; use one of {known}"
    )


def alignment_format_for_path(path: str | os.PathLike[str]) -> AlignmentFormat:
    """The alignment format a file name asks for (``.tmx``, ``.xlf``, ...)."""
    return cast(AlignmentFormat, _by_extension(path, _ALIGNMENT, "alignment"))


def glossary_format_for_path(path: str | os.PathLike[str]) -> GlossaryFormat:
    """The glossary format a file name asks for (``.tbx``, ``.tbx3``, ``.csv``, ``.tsv``,
    ``.xlsx``)."""
    return cast(GlossaryFormat, _by_extension(path, _GLOSSARY, "glossary"))


def sniff_glossary(path: str | os.PathLike[str]) -> GlossaryFormat:
    """The glossary format of a file by its first bytes: a zip (``.xlsx``), XML (TBX),
    text whose first line has a tab (TSV with a language header, else OmegaT's
    headerless TSV) or not (CSV)."""
    from aligner.glossary import is_header

    name = os.fspath(path)
    try:
        with Path(name).open("rb") as fh:
            head = fh.read(65536)
    except FileNotFoundError:
        raise GlossaryError("no such file", path=name) from None
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=name) from None
    if head.startswith(b"PK\x03\x04"):
        return GlossaryFormat.XLSX
    # latin-1 decodes any bytes: enough to see the structure of a text file whose
    # encoding is not known yet; a byte-order mark says UTF-8 or UTF-16.
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        return GlossaryFormat.TBX
    first = next((line for line in stripped.splitlines()
                  if line.strip() and not line.startswith("#")), "")
    if "\t" in first:
        return GlossaryFormat.TSV if is_header(first.split("\t")) else GlossaryFormat.OMEGAT
    return GlossaryFormat.CSV


def glossary_format_of(path: str | os.PathLike[str]) -> GlossaryFormat:
    """The format to read a glossary file in: chosen by its extension, checked
    against its content (:func:`sniff_glossary`); sniffed for ``.txt`` and other
    extensions.  A ``.tsv`` is the project's TSV, whose reader names what is wrong
    with a header."""
    suffix = Path(path).suffix.lower()
    by_name = next((f for f, spec in _GLOSSARY.items() if suffix in spec.extensions), None)
    found = sniff_glossary(path)
    if by_name is None:
        return found
    if _GLOSSARY_KIND[by_name] != _GLOSSARY_KIND[found]:
        raise GlossaryError(
            f"the extension {suffix} says {by_name.value}, but the file is "
            f"{_GLOSSARY_KIND[found]}; rename it or fix its content", path=os.fspath(path))
    return by_name


def alignment_writer(fmt: AlignmentFormat) -> AlignmentWriter:
    spec = _ALIGNMENT[fmt]
    if spec.writer is None:
        raise ConfigError(f"cannot write {fmt.value}: it is an input format only")
    return cast(AlignmentWriter, _resolve(spec.writer))


def unit_loader(fmt: AlignmentFormat) -> UnitLoader:
    spec = _ALIGNMENT[fmt]
    if spec.loader is None:
        raise ConfigError(f"a {fmt.value} file holds no sentences to read back; give the saved "
                          "alignment (.json) or a TMX, XLIFF, TSV or CSV file")
    return cast(UnitLoader, _resolve(spec.loader))


# Formats that are text without a declaration of their own encoding: --encoding applies.
_TEXT_FORMATS = (AlignmentFormat.TSV, AlignmentFormat.CSV)


def readable_alignment_format(path: str | os.PathLike[str]) -> AlignmentFormat | None:
    """The alignment format of a file the tool can read back (saved alignment, TMX,
    XLIFF, TSV, CSV) by its extension; None for anything else -- ``.txt`` too, which
    is a document before it is a pair file."""
    suffix = Path(path).suffix.lower()
    if suffix == ".txt":
        return None
    for fmt, spec in _ALIGNMENT.items():
        if suffix in spec.extensions and (spec.loader is not None or fmt is AlignmentFormat.JSON):
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
    loader = unit_loader(fmt)
    if fmt in _TEXT_FORMATS:
        return cast(UnitFile, cast(Any, loader)(path, src_lang=src_lang, tgt_lang=tgt_lang,
                                                encoding=encoding))
    return loader(path, src_lang=src_lang, tgt_lang=tgt_lang)


def check_alignment_langs(
    alignment: Alignment, path: str | os.PathLike[str], *, src_lang: str | None,
    tgt_lang: str | None,
) -> None:
    """Raise :class:`ConfigError` when a saved alignment is not for the languages asked."""
    for want, have in ((src_lang, alignment.src_lang), (tgt_lang, alignment.tgt_lang)):
        if want and not lang_matches(want, have):
            raise ConfigError(
                f"{os.fspath(path)}: the alignment is {alignment.src_lang}-"
                f"{alignment.tgt_lang}, not {src_lang or alignment.src_lang}-"
                f"{tgt_lang or alignment.tgt_lang}"
            )


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
    return _units_alignment(loaded)


def _units_alignment(units: UnitFile) -> Alignment:
    name = Path(units.name).name
    return units_to_alignment(units, name=name, settings={"converted-from": name})


def load_source(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> Alignment | UnitFile:
    """A saved alignment (JSON) as it is, or the units of a TMX, XLIFF, TSV or CSV file
    (what :func:`export_sources` takes: units read from a TMX keep everything)."""
    fmt = alignment_format_for_path(path)
    if fmt is AlignmentFormat.JSON:
        from aligner.formats.alignment_json import read_alignment_json

        alignment = read_alignment_json(path)
        check_alignment_langs(alignment, path, src_lang=src_lang, tgt_lang=tgt_lang)
        return alignment
    units = unit_loader(fmt)(path, src_lang=src_lang, tgt_lang=tgt_lang)
    return replace(units, name=os.fspath(path))


def export_sources(
    sources: Sequence[Alignment | UnitFile],
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
) -> WriteReport:
    """Write several sources, one after the other, as one file in ``fmt``.

    To TMX, units read from a TMX are written as they were read
    (:func:`~aligner.formats.tmx.write_tmx_sources`) and each alignment's beads
    keep their own document names.  Other formats get one alignment made of
    them all (:func:`~aligner.formats.units.concat_alignments`); XLIFF, which
    names one source document, takes sources of one document pair only.
    ``meta`` (creator, props) is written to TMX only.
    """
    fmt = fmt or alignment_format_for_path(path)
    first = sources[0]
    for source in sources[1:]:
        if not (lang_matches(first.src_lang, source.src_lang)
                and lang_matches(first.tgt_lang, source.tgt_lang)):
            raise ConfigError(f"{_name(source)}: its languages are {source.src_lang}-"
                              f"{source.tgt_lang}, not {first.src_lang}-{first.tgt_lang} "
                              f"as in {_name(first)}")
    meta = meta or TmxMeta()
    if fmt is AlignmentFormat.TMX:
        from aligner.formats.tmx import write_tmx_sources

        return write_tmx_sources(sources, path, min_score=min_score,
                                 creation_date=creation_date, meta=meta)
    if meta.creator is not None or meta.props:
        raise ConfigError("--creator and --prop are written to TMX only")
    alignments = [s if isinstance(s, Alignment) else _units_alignment(s) for s in sources]
    names = {(a.src_name, a.tgt_name) for a in alignments}
    if fmt is AlignmentFormat.XLIFF and len(names) > 1:
        raise ConfigError("XLIFF output names one document pair; these inputs have "
                          f"{len(names)}: write them to TMX, TSV or CSV, or one XLIFF each")
    return export_alignment(concat_alignments(alignments), path, fmt=fmt,
                            min_score=min_score, creation_date=meta.created or creation_date)


def _name(source: Alignment | UnitFile) -> str:
    return source.name if isinstance(source, UnitFile) else source.src_name


def export_alignment(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
) -> WriteReport:
    """Write ``alignment`` in ``fmt`` (default: from the extension of ``path``)."""
    fmt = fmt or alignment_format_for_path(path)
    return alignment_writer(fmt)(alignment, path, min_score=min_score, creation_date=creation_date)


def export_to_stream(
    alignment: Alignment,
    out: BinaryIO,
    *,
    fmt: AlignmentFormat,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
) -> WriteReport:
    """Write ``alignment`` in ``fmt`` to a binary stream (standard output).

    The writer runs as for a file -- into a private temporary directory -- and
    the bytes are copied out only once it has finished, so a failed write
    prints nothing.
    """
    with tempfile.TemporaryDirectory(prefix="aligner-") as tmp:
        path = Path(tmp) / f"alignment.{fmt.value}"
        report = export_alignment(alignment, path, fmt=fmt, min_score=min_score,
                                  creation_date=creation_date)
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, out)
    out.flush()
    return report


def write_glossary(
    glossary: Glossary,
    path: str | os.PathLike[str],
    *,
    fmt: GlossaryFormat,
    include_forbidden: bool = False,
) -> int:
    """Write ``glossary`` in ``fmt``; return the number of entries (concepts for TBX)."""
    spec = _GLOSSARY[fmt]
    if spec.writer is None:
        raise ConfigError(f"cannot write {fmt.value} glossaries: it is an input format only")
    writer = _resolve(spec.writer)
    if fmt is GlossaryFormat.OMEGAT:
        return cast(int, writer(glossary, path, include_forbidden=include_forbidden))
    return cast(int, writer(glossary, path))


def read_glossary(
    path: str | os.PathLike[str],
    *,
    fmt: GlossaryFormat | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
) -> Glossary:
    """Read a glossary in any format the tool writes (the project's TSV, CSV, TBX v2/v3,
    OmegaT TSV) or a spreadsheet gives (semicolon CSV, UTF-16 text, ``.xlsx``).

    ``fmt`` defaults to :func:`glossary_format_of`.  The glossary is oriented
    ``src_lang`` -> ``tgt_lang`` (read reversed when the file is written the other
    way, as :func:`aligner.glossary.load_glossary` does); formats without a case
    column get the TSV's case rule.  ``encoding`` applies to text files without a
    byte-order mark.
    """
    from aligner.glossary import load_glossary, orient_glossary, with_case_rule

    fmt = fmt or glossary_format_of(path)
    spec = _GLOSSARY[fmt]
    if spec.loader is None:
        raise ConfigError(f"cannot read {fmt.value} glossaries")
    if fmt is GlossaryFormat.TSV:
        return load_glossary(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    reader = _resolve(spec.loader)
    if fmt in (GlossaryFormat.TBX, GlossaryFormat.TBX3):
        read = reader(path, src_lang=src_lang, tgt_lang=tgt_lang)
    elif fmt is GlossaryFormat.OMEGAT:
        read = reader(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    elif fmt is GlossaryFormat.CSV:
        read = reader(path, encoding=encoding)
    else:
        read = reader(path)
    return orient_glossary(with_case_rule(cast(Glossary, read)), src_lang=src_lang,
                           tgt_lang=tgt_lang)
