"""Glossary formats: TBX v2/v3, OmegaT TSV, CSV, the project's TSV and ``.xlsx``.

A glossary is written in any of the formats, and read back from
all of them: chosen by the file's extension and checked against its content
(:func:`glossary_format_of`).  Re-exported by :mod:`aligner.formats`.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Collection
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import cast

from aligner.errors import ConfigError, GlossaryError
from aligner.fileio import has_nul
from aligner.formats.registry import Spec, by_extension, output_format, resolve
from aligner.lang import validate_tag
from aligner.model import Glossary


class GlossaryFormat(Enum):
    TSV = "tsv"  # the project's own glossary format
    TBX = "tbx"  # TBX v2 (martif, TBX-Basic)
    TBX3 = "tbx3"  # TBX v3 (conceptEntry)
    OMEGAT = "omegat"  # OmegaT glossary TSV (no header; read with the languages given)
    CSV = "csv"
    XLSX = "xlsx"  # an Excel workbook


_GLOSSARY: dict[GlossaryFormat, Spec] = {
    GlossaryFormat.TSV: Spec(
        (".tsv",), "glossary_tsv:write_glossary_tsv", "glossary_tsv:read_glossary_tsv"
    ),
    GlossaryFormat.TBX: Spec((".tbx",), "tbx:write_tbx", "tbx:read_tbx"),
    GlossaryFormat.TBX3: Spec((".tbx3",), "tbx:write_tbx3", "tbx:read_tbx"),
    GlossaryFormat.OMEGAT: Spec(
        (), "glossary_tsv:write_omegat_tsv", "glossary_tsv:read_omegat_tsv"
    ),
    GlossaryFormat.CSV: Spec(
        (".csv",), "glossary_csv:write_glossary_csv", "glossary_csv:read_glossary_csv"
    ),
    GlossaryFormat.XLSX: Spec(
        (".xlsx",), "term_base:write_glossary_xlsx", "glossary_xlsx:read_glossary_xlsx"
    ),
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

# Formats of delimited text (the reader of each names a missing or one-cell header).
_DELIMITED = (GlossaryFormat.TSV, GlossaryFormat.OMEGAT, GlossaryFormat.CSV)


def glossary_format_for_path(
    path: str | os.PathLike[str],
    *,
    fmt: GlossaryFormat | None = None,
    writes: Collection[GlossaryFormat] | None = None,
) -> GlossaryFormat:
    """The glossary format a file name asks for (``.tbx``, ``.tbx3``, ``.csv``, ``.tsv``,
    ``.xlsx``).

    With ``writes`` -- the formats a command writes -- ``path`` is a file to write
    in ``fmt`` (the format asked for, if any), and the extension must be one of
    that format's -- or ``.tbx`` for TBX v3, the extension of every TBX file (the
    reader takes either version), ``.tbx3`` being only ours.  An OmegaT glossary
    may not be named ``.tsv``, which is read as the project's format.  An
    extension that names another format, or a format not in ``writes``, is a
    :class:`ConfigError`; one that names no format (``.txt``, sniffed when read)
    takes ``fmt``, else is an error listing the extensions of ``writes``.
    """
    if writes is None:
        return cast(GlossaryFormat, by_extension(path, _GLOSSARY, "glossary"))
    return output_format(path, _GLOSSARY, "glossary", fmt=fmt, writes=writes,
                         also=lambda asked, named: (asked, named) == (GlossaryFormat.TBX3,
                                                                      GlossaryFormat.TBX))


def sniff_glossary(path: str | os.PathLike[str]) -> GlossaryFormat:
    """The glossary format of a file by its first bytes: a zip (``.xlsx``), XML (TBX),
    text whose first line has a tab (TSV with a language header, else OmegaT's
    headerless TSV) or not (CSV)."""
    return _sniff(path) or GlossaryFormat.CSV


def _sniff(path: str | os.PathLike[str]) -> GlossaryFormat | None:
    """:func:`sniff_glossary`, but None for text that could be any delimited format:
    nothing but blank and comment lines, or a first line with no tab, comma or
    semicolon (``es`` alone)."""
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
    return GlossaryFormat.CSV if "," in first or ";" in first else None


def glossary_format_of(path: str | os.PathLike[str]) -> GlossaryFormat:
    """The format to read a glossary file in: chosen by its extension, checked
    against its content (:func:`sniff_glossary`); sniffed for ``.txt`` and other
    extensions.  A ``.tsv`` is the project's TSV, whose reader names what is wrong
    with a header.  Text with no delimiter at all (an empty file, a header of one
    cell) is read as its delimited-text name says, so that its reader names what is
    missing."""
    suffix = Path(path).suffix.lower()
    by_name = next((f for f, spec in _GLOSSARY.items() if suffix in spec.extensions), None)
    found = _sniff(path)
    # Text without a delimiter is no CSV when the name says workbook or TBX: prose.
    plain = found is None and by_name is not None and by_name not in _DELIMITED
    if found is None:
        found = by_name if by_name in _DELIMITED else GlossaryFormat.CSV
    if by_name is None:
        return found
    if _GLOSSARY_KIND[by_name] != _GLOSSARY_KIND[found]:
        kind = ("plain text (no tab, comma or semicolon in its first line)" if plain
                else _GLOSSARY_KIND[found])
        raise GlossaryError(
            f"the extension {suffix} says {by_name.value}, but the file is "
            f"{_content(path) or kind}; rename it or fix its content",
            path=os.fspath(path))
    return by_name


def _content(path: str | os.PathLike[str]) -> str | None:
    """What a file is when it is no glossary format at all: empty, or binary data
    (a NUL byte and no UTF-16 byte-order mark); else None."""
    with Path(path).open("rb") as fh:
        head = fh.read(65536)
    if not head.removeprefix(codecs.BOM_UTF8).strip():
        return "empty"
    if has_nul(head, within=len(head)):
        return "binary data of no glossary format"
    return None


def write_glossary(
    glossary: Glossary,
    path: str | os.PathLike[str],
    *,
    fmt: GlossaryFormat,
    include_forbidden: bool = False,
) -> int:
    """Write ``glossary`` in ``fmt``; return the number of entries (concepts for TBX).

    Its languages are written as BCP 47 tags (``pt_BR`` -> ``pt-BR``: TBX's
    ``xml:lang`` must be one); a code that is no language tag is a
    :class:`ConfigError` naming the glossary, as for alignments."""
    spec = _GLOSSARY[fmt]
    if spec.writer is None:
        raise ConfigError(f"cannot write {fmt.value} glossaries: it is an input format only")
    where = f"{glossary.path}: "
    glossary = replace(glossary,
                       src_lang=validate_tag(glossary.src_lang, what=f"{where}source language"),
                       tgt_lang=validate_tag(glossary.tgt_lang, what=f"{where}target language"))
    writer = resolve(spec.writer)
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
    warn: Callable[[str], None] | None = None,
    errors: list[GlossaryError] | None = None,
) -> Glossary:
    """Read a glossary in any format the tool writes (the project's TSV, CSV, TBX v2/v3,
    OmegaT TSV) or a spreadsheet gives (semicolon CSV, UTF-16 text, ``.xlsx``).

    ``fmt`` defaults to :func:`glossary_format_of`.  The glossary is oriented
    ``src_lang`` -> ``tgt_lang`` (read reversed when the file is written the other
    way, as :func:`aligner.glossary.load_glossary` does); OmegaT's, without a case
    column, gets the TSV's case rule.  ``encoding`` applies to text files without a
    byte-order mark that are not UTF-8 (:func:`aligner.fileio.decode`).  ``warn`` is
    told what a TBX file holds that the glossary leaves out (:func:`~aligner.formats.tbx.read_tbx`).
    The first bad row raises its :class:`GlossaryError`; given ``errors``, the error of
    every bad row goes there instead and the row is left out (a file that cannot be
    read further -- no header, broken XML -- still raises).
    """
    from aligner.glossary import load_glossary, orient_glossary, with_case_rule, without_repeats

    fmt = fmt or glossary_format_of(path)
    spec = _GLOSSARY[fmt]
    if spec.loader is None:
        raise ConfigError(f"cannot read {fmt.value} glossaries")
    if fmt is GlossaryFormat.TSV:
        return load_glossary(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                             errors=errors)
    reader = resolve(spec.loader)
    if fmt in (GlossaryFormat.TBX, GlossaryFormat.TBX3):
        read = reader(path, src_lang=src_lang, tgt_lang=tgt_lang, warn=warn)
    elif fmt is GlossaryFormat.OMEGAT:
        read = reader(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                      errors=errors)
    elif fmt is GlossaryFormat.CSV:
        read = reader(path, encoding=encoding, src_lang=src_lang, tgt_lang=tgt_lang,
                      errors=errors)
    else:
        read = reader(path, src_lang=src_lang, tgt_lang=tgt_lang, errors=errors)
    read = cast(Glossary, read)
    if fmt not in (GlossaryFormat.CSV, GlossaryFormat.XLSX):  # these have a case column
        # TBX and OmegaT files from other tools repeat entries: one of each is kept
        # (a TBX says a term's rule where it is not the default one: formats.tbx_case)
        read = without_repeats(with_case_rule(read) if fmt is GlossaryFormat.OMEGAT else read,
                               duplicates=True, errors=errors)
    return orient_glossary(read, src_lang=src_lang, tgt_lang=tgt_lang)
