"""Alignment files read as units, for ``check``, ``report`` and ``glossary suggest``.

:func:`aligner.pipeline.load_check_input` decides the input form; this module
reads the files of the second form -- saved alignments, TMX, XLIFF, TSV and
CSV, given as positional files or ``--pairs``/``--tmx`` -- through
:mod:`aligner.formats`, the same readers ``aligner export`` uses.  A unit keeps
its score as confidence; several files are checked together, each unit
knowing its file (:class:`aligner.model.UnitOrigin`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from aligner.defaults import DEFAULT_SRC_LANG, DEFAULT_TGT_LANG
from aligner.errors import ConfigError
from aligner.lang import same_language
from aligner.model import Alignment, UnitOrigin

if TYPE_CHECKING:
    from aligner.check.units import Unit
    from aligner.formats import AlignmentFormat
    from aligner.formats.units import UnitFile


def units_from_tmx(path: str | os.PathLike[str], *, src_lang: str | None,
                   tgt_lang: str | None) -> tuple[tuple[Unit, ...], str, str]:
    """Units of a TMX file, numbered by ``tu`` (a skipped ``tu`` keeps its number),
    with their ``x-score`` as confidence, and the languages actually read."""
    from aligner.check.units import units_from_records
    from aligner.formats import AlignmentFormat, unit_loader

    loaded = unit_loader(AlignmentFormat.TMX)(path, src_lang=src_lang, tgt_lang=tgt_lang)
    return units_from_records(loaded.units, tmx=True), loaded.src_lang, loaded.tgt_lang


#: A pair file named so is read from standard input (``--pairs -``), and named so in
#: messages.
STDIN = "-"
STDIN_NAME = "<stdin>"


def input_files(documents: Sequence[str], pairs: Sequence[str],
                tmx: Sequence[str]) -> tuple[tuple[str, AlignmentFormat], ...]:
    """The alignment files among the inputs, with the format each is read as:
    positional files by extension (``.json``, ``.tmx``, ``.xlf``, ``.tsv``, ``.csv``),
    ``--pairs`` as TSV (CSV for ``.csv``; ``-`` is standard input), ``--tmx`` as TMX."""
    from aligner.formats import AlignmentFormat, readable_alignment_format

    if [*documents, *pairs, *tmx].count(STDIN) > 1:
        raise ConfigError("standard input (-) can be read once: give it as one --pairs")
    files: list[tuple[str, AlignmentFormat]] = []
    for path in documents:
        fmt = readable_alignment_format(path)
        if fmt is not None:
            files.append((path, fmt))
    for path in pairs:
        named = readable_alignment_format(path)
        if named not in (None, AlignmentFormat.TSV, AlignmentFormat.CSV):
            raise ConfigError(f"--pairs reads tab- or comma-separated pairs; this is "
                              f"{named.value.upper()}: give it on its own, without --pairs",
                              path=path)
        csv = Path(path).suffix.lower() == ".csv"
        files.append((path, AlignmentFormat.CSV if csv else AlignmentFormat.TSV))
    # a PO catalogue given as a memory is one (its units are aligned as a TMX's)
    files.extend((path, AlignmentFormat.PO if Path(path).suffix.lower() == ".po"
                  else AlignmentFormat.TMX) for path in tmx)
    return tuple(files)


@dataclass(frozen=True, slots=True)
class ReadFiles:
    """Units of the input files, in order, and their languages; ``alignment`` is the
    saved alignment when that was the one input (the report then shows its beads);
    ``parts`` each file's own when several were read (a saved alignment among them
    is still looked at for untranslated sentences, as it is alone)."""

    units: tuple[Unit, ...]
    src_lang: str
    tgt_lang: str
    alignment: Alignment | None = None
    #: What was left out of the files, one line each (a ``tu`` with no variant in
    #: one of the languages), for the command to say.
    notes: tuple[str, ...] = ()
    parts: tuple[ReadFiles, ...] = ()

    def alignments(self) -> tuple[Alignment | None, ...]:
        """Each file's saved alignment, in order (None for a file of units)."""
        return tuple(p.alignment for p in self.parts) if self.parts else (self.alignment,)


def _region_asked(asked: str | None, have: str) -> str:
    """The language a saved alignment's side is read in: ``asked`` when it names a region
    or script of it (``en-GB`` of an ``en-US`` or ``en`` alignment), else its own."""
    from aligner.lang import same_language

    return asked if asked and "-" in asked and same_language(asked, have) else have


def read_file(path: str, fmt: AlignmentFormat, *, src_lang: str | None,
              tgt_lang: str | None, encoding: str = "utf-8") -> ReadFiles:
    """Units of one alignment file; its languages must match the ones asked for where
    the file says them (TMX, XLIFF, CSV, saved alignment); TSV says nothing, so the
    languages asked for (default es, en) are its languages."""
    from aligner.check.units import units_from_alignment, units_from_records
    from aligner.formats import AlignmentFormat, check_alignment_langs, load_units

    if fmt is AlignmentFormat.JSON:
        from aligner.formats.alignment_json import read_alignment_json

        alignment = read_alignment_json(path)
        # a region asked of the alignment's language is how its text is read (dates)
        check_alignment_langs(alignment, path, src_lang=src_lang, tgt_lang=tgt_lang,
                              regions=True)
        return ReadFiles(units_from_alignment(alignment),
                         _region_asked(src_lang, alignment.src_lang),
                         _region_asked(tgt_lang, alignment.tgt_lang), alignment)
    if fmt is AlignmentFormat.TSV:
        src_lang, tgt_lang = src_lang or DEFAULT_SRC_LANG, tgt_lang or DEFAULT_TGT_LANG
        if path == STDIN:  # --pairs -: a pair file on standard input
            from aligner.fileio import decode
            from aligner.formats.tsv import parse_tsv

            text = decode(sys.stdin.buffer.read(), path=STDIN_NAME, encoding=encoding)
            return ReadFiles(units_from_records(parse_tsv(text, path=STDIN_NAME)), src_lang,
                             tgt_lang)
    from aligner.textutil import count

    others: tuple[UnitFile, ...] = ()
    if fmt is AlignmentFormat.TMX and src_lang is None and tgt_lang is None:
        from aligner.formats.tmx import load_tmx_pairs

        # units of several pairs (an export of a collection of several): the first
        # pair's, each in its own direction, not every unit read as the first's
        loaded, *rest = load_tmx_pairs(path)
        others = tuple(rest)
    else:
        loaded = load_units(path, fmt=fmt, src_lang=src_lang, tgt_lang=tgt_lang,
                            encoding=encoding)
    notes: tuple[str, ...] = ()
    if loaded.skipped:
        notes = (f"{path}: {loaded.skipped} of "
                 f"{count(len(loaded.units) + loaded.skipped, 'unit')} left out, not "
                 f"checked: no text in {loaded.src_lang} or in {loaded.tgt_lang} (in other "
                 "languages only: --src-lang and --tgt-lang choose them)",)
    if fmt is AlignmentFormat.PO:
        from aligner.formats.po import po_flags

        fuzzy = sum(1 for u in loaded.units if "fuzzy" in po_flags(u.props))
        if fuzzy:
            notes += (f"{path}: {count(fuzzy, 'unit')} of fuzzy entries (#, fuzzy), "
                      "checked as they are: gettext does not use them until a translator "
                      "confirms them (each finding's unit says fuzzy)",)
    if others:
        pairs = ", ".join(f"{len(o.units)} of {o.src_lang} -> {o.tgt_lang}" for o in others)
        notes += (f"{path}: its units are of {len(others) + 1} language pairs, each saying "
                  f"its own (srclang): checked those of {loaded.src_lang} -> "
                  f"{loaded.tgt_lang}, each in its own direction; left out, not checked: "
                  f"{pairs} (--src-lang and --tgt-lang read every unit in the pair they "
                  "give)",)
    return ReadFiles(units_from_records(loaded.units, tmx=fmt is AlignmentFormat.TMX),
                     loaded.src_lang, loaded.tgt_lang, notes=notes)


def read_files(files: Sequence[tuple[str, AlignmentFormat]], *, src_lang: str | None,
               tgt_lang: str | None, encoding: str = "utf-8") -> ReadFiles:
    """Units of every file, in order; with several files each unit carries its origin.

    Files checked together must share their languages (region and case aside);
    the first file's tags stand for all.  A pair file (TSV), which says no
    languages, is in those the other files say when none are asked for.
    """
    from aligner.formats import AlignmentFormat

    read: dict[int, ReadFiles] = {}
    for k, (path, fmt) in enumerate(files):
        if fmt is not AlignmentFormat.TSV:
            read[k] = read_file(path, fmt, src_lang=src_lang, tgt_lang=tgt_lang,
                                encoding=encoding)
    if read and src_lang is None and tgt_lang is None:
        said = read[min(read)]
        src_lang, tgt_lang = said.src_lang, said.tgt_lang
    parts: list[ReadFiles] = []
    for k, (path, fmt) in enumerate(files):
        part = read[k] if k in read else read_file(path, fmt, src_lang=src_lang,
                                                   tgt_lang=tgt_lang, encoding=encoding)
        if parts and not (same_language(part.src_lang, parts[0].src_lang)
                          and same_language(part.tgt_lang, parts[0].tgt_lang)):
            raise ConfigError(
                f"{path}: {part.src_lang} -> {part.tgt_lang}, but {files[0][0]} is "
                f"{parts[0].src_lang} -> {parts[0].tgt_lang}; files checked together must "
                "share their languages")
        parts.append(part)
    first = parts[0]
    if len(parts) == 1:
        return first
    return ReadFiles(from_files(files, [part.units for part in parts]), first.src_lang,
                     first.tgt_lang, notes=tuple(note for part in parts for note in part.notes),
                     parts=tuple(parts))


def from_files(files: Sequence[tuple[str, AlignmentFormat]],
               units: Sequence[Sequence[Unit]]) -> tuple[Unit, ...]:
    """The units of several files, in order, each knowing its file and number there."""
    return tuple(replace(u, origin=UnitOrigin(path, i))
                 for (path, _), part in zip(files, units, strict=True)
                 for i, u in enumerate(part))


def bundle_pair(documents: Sequence[str], pairs: Sequence[str], tmx: Sequence[str]) -> bool:
    """Whether the files given are two JSON i18n bundles, the source language's and
    its translation's (:mod:`aligner.formats.bundle`); a bundle given otherwise (alone,
    or with other files) is a :class:`ConfigError` saying how bundles are given."""
    jsons = [d for d in documents if Path(d).suffix.lower() == ".json"]
    if not jsons:
        return False
    from aligner.formats.bundle import is_bundle

    found = [d for d in jsons if is_bundle(d)]
    if not found:
        return False
    if len(found) == 2 and len(documents) == 2 and not (pairs or tmx):
        return True
    raise ConfigError("is an i18n bundle (JSON of strings by key): give two bundles and "
                      "nothing else, the source language's and its translation's (aligner "
                      "check en.json es-MX.json)", path=found[0])


def read_bundles(src: str, tgt: str, *, src_lang: str | None, tgt_lang: str | None
                 ) -> ReadFiles:
    """The units of two bundles, paired by key; their languages are the options', else
    their names' tags (``es-MX.json``), else English for the source."""
    from aligner.check.units import units_from_records
    from aligner.defaults import DEFAULT_PO_SRC_LANG
    from aligner.formats.bundle import load_bundles
    from aligner.lang.tags import file_language

    src_lang = src_lang or file_language(src) or DEFAULT_PO_SRC_LANG
    tgt_lang = tgt_lang or file_language(tgt)
    if tgt_lang is None:
        raise ConfigError(f"give --tgt-lang: a bundle does not say its language, and the "
                          f"name of {tgt} is no language tag (as es-MX.json is)")
    loaded = load_bundles(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)
    return ReadFiles(units_from_records(loaded.units), src_lang, tgt_lang)

