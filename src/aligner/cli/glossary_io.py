"""``aligner glossary export`` / ``aligner glossary import``: glossaries in other formats.

Plain click commands; :func:`register` adds them to the ``glossary`` group.
"""

from __future__ import annotations

from pathlib import Path

import click

from aligner.cli.outputs import output_not_an_input, shown
from aligner.cli.paths import language_options
from aligner.cli.terminal import warn
from aligner.formats.glossaries import GlossaryFormat
from aligner.model import Glossary
from aligner.textutil import count

FORMATS = ("tbx", "tbx3", "omegat", "csv", "xlsx")


@click.command("export")
@click.argument("glossary", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="tbx: TBX v2 (TBX-Basic, what OmegaT and translate-toolkit read); tbx3: TBX v3; "
    "omegat: OmegaT glossary TSV; csv: spreadsheet; xlsx: Excel workbook.  Default: the "
    "one the extension of -o names; one the extension contradicts is an error.",
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; its extension picks the format: .tbx (TBX v2, or v3 with "
                   "--format tbx3), .tbx3, .csv, .xlsx; an OmegaT glossary needs --format "
                   "omegat (.txt is usual).")
@click.option(
    "--include-forbidden",
    is_flag=True,
    help="omegat: also list forbidden renderings (marked FORBIDDEN in the comment).",
)
@click.option("--src-lang", default=None,
              help="Source language to take from a term base of more than two languages "
                   "(TBX, TSV, CSV, .xlsx); without either, the whole base is written.")
@click.option("--tgt-lang", default=None, help="Target language to take from it.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of a text glossary without a byte-order mark.")
@output_not_an_input()
def export_cmd(glossary: Path, fmt: str | None, output: Path, include_forbidden: bool,
               src_lang: str | None, tgt_lang: str | None, encoding: str) -> None:
    """Write the glossary GLOSSARY (the project's TSV, or any format import reads) as TBX,
    OmegaT TSV, CSV or .xlsx.  A term base of more than two languages is written whole
    (every language: TBX, CSV, .xlsx), or the pair --src-lang/--tgt-lang ask for, with a
    warning naming what is left out (other languages, a TBX's fields the project's
    glossary does not keep)."""
    from aligner.formats import GlossaryFormat, glossary_format_for_path, write_glossary

    out_format = glossary_format_for_path(output, fmt=GlossaryFormat(fmt) if fmt else None,
                                          writes=[GlossaryFormat(f) for f in FORMATS])
    if include_forbidden and out_format is not GlossaryFormat.OMEGAT:
        raise click.UsageError(f"--include-forbidden goes with --format omegat: "
                               f"{out_format.value} keeps every entry with its status")
    language_options(src_lang, tgt_lang)
    loaded, pairs = _read_whole(glossary, src_lang, tgt_lang, encoding, out_format)
    if pairs is not None:
        whole = _write_whole(pairs, output, out_format)
        click.echo(f"aligner: wrote {whole} ({_languages(pairs)}) to {shown(output)}",
                   err=True)
        return
    n = write_glossary(loaded, output, fmt=out_format, include_forbidden=include_forbidden)
    if out_format is GlossaryFormat.OMEGAT:  # TBX says a term's rule (formats.tbx_notes)
        from aligner.glossary import case_cell

        overrides = sum(bool(case_cell(e)) for e in loaded.entries)
        if overrides:
            warn(f"{shown(output)}: the case column of {count(overrides, 'row')} is not "
                 f"written ({out_format.value} has no place for it): read back, a term in "
                 "capitals matches case-sensitively and any other term in any case")
    what = (count(n, "concept") if out_format in (GlossaryFormat.TBX, GlossaryFormat.TBX3)
            else count(n, "entry", "entries"))
    click.echo(f"aligner: wrote {what} to {shown(output)}", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Glossary TSV to write (.tsv; another format's extension is an error).",
)
@click.option("--src-lang", default=None,
              help="Source language to take from a TBX (an OmegaT TSV needs both).")
@click.option("--tgt-lang", default=None, help="Target language to take from a TBX.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of a text glossary without a byte-order mark.")
@output_not_an_input()
def import_cmd(file: Path, output: Path, src_lang: str | None, tgt_lang: str | None,
               encoding: str) -> None:
    """Convert FILE (TBX v2/v3, CSV, OmegaT TSV, .xlsx; the format by extension, or by
    content for .txt) into the project's glossary TSV: a term base of more than two
    languages whole, or the pair --src-lang/--tgt-lang ask for."""
    from aligner.errors import ConfigError
    from aligner.formats import glossary_format_for_path, write_glossary
    from aligner.lang.tags import canonical_tag

    language_options(src_lang, tgt_lang)
    try:
        named = glossary_format_for_path(output)
    except ConfigError:  # .txt or no extension: no other format is named
        named = GlossaryFormat.TSV
    if named is not GlossaryFormat.TSV:
        raise ConfigError(f"the extension {output.suffix} says {named.value}, but import "
                          "writes the project's TSV: name it .tsv (aligner glossary export "
                          "writes the other formats)", path=str(output))
    loaded, pairs = _read_whole(file, src_lang, tgt_lang, encoding, GlossaryFormat.TSV)
    if pairs is not None:  # a term base, written whole
        whole = _write_whole(pairs, output, GlossaryFormat.TSV)
        click.echo(f"aligner: wrote {whole} ({_languages(pairs)}) to {shown(output)}",
                   err=True)
        return
    n = write_glossary(loaded, output, fmt=GlossaryFormat.TSV)
    click.echo(f"aligner: wrote {count(n, 'entry', 'entries')} ({canonical_tag(loaded.src_lang)}"
               f" -> {canonical_tag(loaded.tgt_lang)}) to "
               f"{shown(output)}", err=True)


def _read_whole(path: Path, src_lang: str | None, tgt_lang: str | None, encoding: str,
                out_format: GlossaryFormat) -> tuple[Glossary, list[Glossary] | None]:
    """The glossary at ``path`` as read for the pair asked (warning of what it leaves
    out), and, for a term base of more than two languages asked for no pair and written
    in a format that holds them all, its source into each language (else None)."""
    from aligner.formats import read_glossary
    from aligner.formats.term_base import OTHER_LANGUAGES, TERM_BASE_FORMATS, term_base_pairs

    said: list[str] = []
    loaded = read_glossary(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                           warn=said.append)
    if loaded.languages and src_lang is None and tgt_lang is None and \
            out_format in TERM_BASE_FORMATS:  # every language kept: what the whole leaves out
        pairs = term_base_pairs(path, loaded, encoding=encoding,
                                warn=lambda message: warn(f"{shown(path)}: {message}"))
        for pair in pairs:
            _listed(pair)
        return loaded, pairs
    for message in said:
        warn(f"{shown(path)}: {message}")
    _listed(loaded)
    left = [lang for lang in loaded.languages
            if lang not in (loaded.src_lang, loaded.tgt_lang)]
    if left and not any(m.startswith(OTHER_LANGUAGES) for m in said):  # a TSV's columns
        why = (f"{out_format.value} holds one pair; .tbx, .csv and .xlsx hold them all"
               if out_format not in TERM_BASE_FORMATS else
               "a pair was asked for; without --src-lang/--tgt-lang every language is "
               "written")
        warn(f"{shown(path)}: {OTHER_LANGUAGES}{', '.join(left)} ({why})")
    return loaded, None


def _listed(glossary: Glossary) -> None:
    """Warn of a cell that lists terms (``cover; lid``), which is written as one."""
    from aligner.glossary_lint import listed_note

    for note in listed_note(glossary):
        warn(note)


def _write_whole(pairs: list[Glossary], output: Path, out_format: GlossaryFormat) -> str:
    """Write a term base whole; what was written, counted."""
    from aligner.formats import glossary_format_of
    from aligner.formats.term_base import write_term_base

    tbx = (GlossaryFormat.TBX, GlossaryFormat.TBX3)
    n = write_term_base(pairs, output, fmt=out_format,
                        by_line=glossary_format_of(pairs[0].path) not in tbx)
    return count(n, "concept") if out_format in tbx else count(n, "row")


def _languages(pairs: list[Glossary]) -> str:
    from aligner.lang.tags import canonical_tag

    return ", ".join(canonical_tag(lang) for lang in
                     (pairs[0].src_lang, *(g.tgt_lang for g in pairs)))


def register(group: click.Group) -> None:
    """Add ``export`` and ``import`` to the ``glossary`` command group."""
    group.add_command(export_cmd)
    group.add_command(import_cmd)
