"""``aligner glossary export`` / ``aligner glossary import``: glossaries in other formats.

Plain click commands; :func:`register` adds them to the ``glossary`` group.
"""

from __future__ import annotations

from pathlib import Path

import click

from aligner.cli.outputs import output_not_an_input, shown
from aligner.cli.paths import language_options
from aligner.cli.terminal import warn
from aligner.textutil import count

FORMATS = ("tbx", "tbx3", "omegat", "csv")


@click.command("export")
@click.argument("glossary", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="tbx: TBX v2 (TBX-Basic, what OmegaT and translate-toolkit read); tbx3: TBX v3; "
    "omegat: OmegaT glossary TSV; csv: spreadsheet.  Default: the one the extension of -o "
    "names; one the extension contradicts is an error.",
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; its extension picks the format: .tbx (TBX v2, or v3 with "
                   "--format tbx3), .tbx3, .csv; an OmegaT glossary needs --format omegat "
                   "(.txt is usual).")
@click.option(
    "--include-forbidden",
    is_flag=True,
    help="omegat: also list forbidden renderings (marked FORBIDDEN in the comment).",
)
@click.option("--src-lang", default=None,
              help="Source language to take from a glossary of more than two (TBX, TSV).")
@click.option("--tgt-lang", default=None, help="Target language to take from it.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of a text glossary without a byte-order mark.")
@output_not_an_input()
def export_cmd(glossary: Path, fmt: str | None, output: Path, include_forbidden: bool,
               src_lang: str | None, tgt_lang: str | None, encoding: str) -> None:
    """Write the glossary GLOSSARY (the project's TSV, or any format import reads) as TBX,
    OmegaT TSV or CSV: one language pair, --src-lang/--tgt-lang's from a glossary of
    more, with a warning naming what is left out (other languages, a TBX's fields
    the project's glossary does not keep)."""
    from aligner.formats import (
        GlossaryFormat,
        glossary_format_for_path,
        read_glossary,
        write_glossary,
    )

    out_format = glossary_format_for_path(output, fmt=GlossaryFormat(fmt) if fmt else None,
                                          writes=[GlossaryFormat(f) for f in FORMATS])
    if include_forbidden and out_format is not GlossaryFormat.OMEGAT:
        raise click.UsageError(f"--include-forbidden goes with --format omegat: "
                               f"{out_format.value} keeps every entry with its status")
    language_options(src_lang, tgt_lang)
    loaded = read_glossary(glossary, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                           warn=lambda message: warn(f"{shown(glossary)}: {message}"))
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
    content for .txt) into the project's glossary TSV."""
    from aligner.errors import ConfigError
    from aligner.formats import (
        GlossaryFormat,
        glossary_format_for_path,
        read_glossary,
        write_glossary,
    )
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
    loaded = read_glossary(file, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                           warn=lambda message: warn(f"{shown(file)}: {message}"))
    n = write_glossary(loaded, output, fmt=GlossaryFormat.TSV)
    click.echo(f"aligner: wrote {count(n, 'entry', 'entries')} ({canonical_tag(loaded.src_lang)}"
               f" -> {canonical_tag(loaded.tgt_lang)}) to "
               f"{shown(output)}", err=True)


def register(group: click.Group) -> None:
    """Add ``export`` and ``import`` to the ``glossary`` command group."""
    group.add_command(export_cmd)
    group.add_command(import_cmd)
