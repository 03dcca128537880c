"""``aligner segment``: print the sentences of a document."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from aligner.cli.launch import serve_jsonl_docs
from aligner.cli.outputs import output_not_an_input
from aligner.cli.paths import ExistingPath, language_of
from aligner.cli.srx_option import with_srx
from aligner.fileio import atomic_write
from aligner.readers import FORMAT_NAMES

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules

@click.command("segment")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--lang", help="Language code of FILE (es, en, ...); default: the tag in "
                             "FILE's name (a.es.txt), else its folder's name when that is "
                             "a tag (ca/a.md), else the language FILE declares "
                             "(<html lang>).")
@click.option(
    "--format",
    "out_format",
    type=click.Choice(["lines", "jsonl", "reader-text"]),
    default="lines",
    show_default=True,
    help="lines: one sentence per line; jsonl: JSON lines with character offsets into "
         "the text the reader extracted from FILE; reader-text: that text.",
)
@click.option(
    "--input-format",
    type=click.Choice(FORMAT_NAMES),
    help="Override the format implied by the file extension.",
)
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of FILE.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option(
    "--jsonl-docs",
    is_flag=True,
    help='Read {"id","lang","text"} JSON lines on stdin, answer {"id","sentences"} per line.',
)
@click.option(
    "--export-srx",
    type=click.Path(dir_okay=False),
    help="Write the segmentation rules as SRX 2.0 (an approximation) to this file and stop.",
)
@with_srx
@output_not_an_input()
def segment(
    file: str | None,
    lang: str | None,
    out_format: str,
    input_format: str | None,
    encoding: str,
    output: str | None,
    jsonl_docs: bool,
    export_srx: str | None,
    srx: SrxRules | None,
) -> None:
    """Split FILE (- for standard input) into sentences.

    \b
    aligner segment corpus/es/chile-73.es.txt
    aligner segment notes.txt --lang es
    aligner segment ca/ple.md
    pdftotext a.pdf - | aligner segment - --lang en
    aligner segment page.html --lang en --format jsonl -o page.jsonl
    echo '{"id":1,"lang":"en","text":"Hi. Bye."}' | aligner segment --jsonl-docs
    aligner segment --export-srx aligner.srx
    aligner segment corpus/es/chile-73.es.txt --srx aligner.srx
    """
    if export_srx is not None:
        if file is not None or lang is not None or jsonl_docs or srx is not None:
            raise click.UsageError(
                "--export-srx writes the rules; give no FILE, --lang, --jsonl-docs or --srx"
            )
        from aligner.formats.srx import write_srx

        rules = write_srx(export_srx)
        if export_srx != "-":  # said as every writer says it
            click.echo(f"aligner: wrote {export_srx} (SRX 2.0, {rules})", err=True)
        return
    if jsonl_docs:
        if file is not None or lang is not None:
            raise click.UsageError("--jsonl-docs reads stdin; give no FILE and no --lang")
        if srx is not None:
            raise click.UsageError("--jsonl-docs segments with the built-in rules; drop --srx")
        given = click.get_current_context().get_parameter_source
        if output is not None or given("out_format") is ParameterSource.COMMANDLINE:
            raise click.UsageError("--jsonl-docs answers on standard output, one JSON line a "
                                   "document; give no -o and no --format")
        serve_jsonl_docs(sys.stdin, sys.stdout)
        return
    if file is None:
        raise click.UsageError("missing FILE (or use --jsonl-docs)")
    if not lang and file == "-":
        raise click.UsageError("missing --lang (standard input has no name to read it from)")
    if file != "-":  # a mistyped name: said before the language its name does not give
        ExistingPath().convert(file, None, None)
    lang, taken = language_of(lang, file, "--lang", input_format=input_format,
                              encoding=encoding)
    from aligner.cli.terminal import warn
    from aligner.formats.segmentation import SegmentationFormat, render_segmentation
    from aligner.pipeline import segment_data, segment_file

    if file == "-":  # standard input: plain text unless --input-format says otherwise
        seg = segment_data(sys.stdin.buffer.read(), lang, name="<stdin>", encoding=encoding,
                           input_format=input_format, srx=srx, warn=warn)
    else:
        seg = segment_file(file, lang, encoding=encoding, input_format=input_format, srx=srx,
                           warn=warn)
    from aligner.align.sanity import text_warning
    from aligner.pipeline.languages import Vetted, declared_note, refuse_unlike

    if taken.vetted:  # a declared language or a folder's the text is plainly not in
        refuse_unlike([Vetted(file, file, "--lang", lang, seg.sentences, taken.said)])
    note = declared_note(file, seg.document.declared, lang, taken.said)
    if note is not None:
        warn(note)
    unlike = text_warning(seg.sentences, lang, name=file, option="--lang")
    if unlike is not None:
        warn(unlike)
    body = render_segmentation(seg, SegmentationFormat(out_format))
    if output is None:
        click.echo(body, nl=False, color=True)  # as written: no ANSI stripped
    else:
        with atomic_write(output) as fh:
            fh.write(body)

