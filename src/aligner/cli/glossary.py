"""``aligner glossary``: validate a glossary and suggest new entries.

The group is deliberately plain so that other modules can attach
sub-commands to it (``glossary.add_command(...)``), e.g. export and import.
"""

from __future__ import annotations

import contextlib
from collections import Counter

import click

from aligner.cli.encoder_option import encoder_option
from aligner.cli.input_format_option import input_format_option
from aligner.cli.outputs import output_not_an_input
from aligner.defaults import DEFAULT_GLOSSARY, DEFAULT_SRC_LANG, DEFAULT_TGT_LANG
from aligner.errors import AlignerError, GlossaryError
from aligner.model import Glossary, TermStatus
from aligner.textutil import count


@click.group(name="glossary")
def glossary() -> None:
    """Work with glossary files (the TSV format of docs/glossary.md, and every format
    the tool exports: docs/formats.md)."""


@glossary.command(name="validate")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--src-lang", default=None, help="Source language the glossary must cover.")
@click.option("--tgt-lang", default=None, help="Target language the glossary must cover.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of a text glossary without a byte-order mark.")
def validate(file: str, src_lang: str | None, tgt_lang: str | None, encoding: str) -> None:
    """Check FILE (TSV, CSV, TBX, OmegaT TSV or .xlsx) and print a summary; exit 2 with
    file:line of every bad row."""
    from aligner.cli.paths import language_options, warn_codes
    from aligner.cli.terminal import warn
    from aligner.formats import read_glossary
    from aligner.glossary_lint import ignored_columns, one_language, variety_notes
    from aligner.lang import validate_tag
    from aligner.lang.tags import canonical_tag

    language_options(src_lang, tgt_lang)
    errors: list[GlossaryError] = []
    g = read_glossary(file, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding,
                      warn=lambda message: warn(f"{file}: {message}"), errors=errors)
    if errors:  # the other rows' warnings too, so that one run says all (then exit 2)
        _warn_rows(file, g if src_lang is None and tgt_lang is None else
                   _as_written(file, encoding, g))
        _refuse(errors, file)
    # what import refuses to write, and check cannot ask for: a TBX's xml:lang "english"
    # (a TSV or CSV header of one is refused as it is read)
    for code, what in ((g.src_lang, "source"), (g.tgt_lang, "target")):
        validate_tag(code, what=f"{file}: {what} language")
    same = one_language(g)
    if same is not None:
        raise GlossaryError(same, path=file)
    warn_codes(*(c for c in (g.src_lang, g.tgt_lang) if c not in (src_lang, tgt_lang)))
    for note in ignored_columns(g) + variety_notes(g, src_lang=src_lang, tgt_lang=tgt_lang):
        warn(note)
    by_status = Counter(e.status for e in g.entries)
    terms = len({e.source for e in g.entries})
    parts = ", ".join(f"{by_status[s]:,} {s.value}" for s in TermStatus)
    # as BCP 47 writes the codes, whatever the file's case and separator (EN-US, de_DE)
    click.echo(f"{file}: {canonical_tag(g.src_lang)} -> {canonical_tag(g.tgt_lang)}: "
               f"{count(terms, 'term')}, "
               f"{count(len(g.entries), 'row')} ({parts})")
    _warn_rows(file, g if src_lang is None and tgt_lang is None else
               _as_written(file, encoding, g))


def _refuse(errors: list[GlossaryError], file: str) -> None:
    """Every row error, one line each, the last raised (exit 2); with several, a last
    line counts them."""
    if not errors:
        return
    from aligner.cli.terminal import error

    if len(errors) == 1:
        raise errors[0]
    for exc in errors:
        error(exc.format())
    raise GlossaryError(f"{count(len(errors), 'bad row')} (listed above)", path=file)


def _as_written(file: str, encoding: str, read: Glossary) -> Glossary:
    """The pair of ``read`` as the file writes it: read the other way round when its
    target is the file's first language (the source of its rows), else ``read`` itself
    -- of a term base (``en es fr``), ``en -> fr`` is its ``en`` and ``fr`` columns, not
    the first two.  Bad rows are left out (validate lists them); a file that does not
    say its languages (OmegaT) is ``read``."""
    from aligner.formats import read_glossary
    from aligner.lang import same_language

    with contextlib.suppress(AlignerError):
        first = read_glossary(file, encoding=encoding, errors=[])
        if same_language(first.src_lang, read.tgt_lang) and \
                not same_language(first.src_lang, read.src_lang):
            return read_glossary(file, src_lang=read.tgt_lang, tgt_lang=read.src_lang,
                                 encoding=encoding, errors=[])
    return read


def _warn_rows(file: str, own: Glossary) -> None:
    """Warnings about rows of a valid glossary, judged as the file is written (read the
    other way round, renderings of different terms meet under one: no fault of the
    file): several preferred renderings, only forbidden ones, a rendering approved for
    one term and forbidden for another, two terms of the same word forms."""
    from aligner.cli.terminal import warn
    from aligner.glossary_lint import (
        crossed,
        listed_terms,
        only_forbidden,
        same_forms,
        several_preferred,
        stray_marks,
    )

    for notes, more, why in (
            (several_preferred(own), "more term", "with several preferred renderings"),
            (only_forbidden(own), "more term", "with only forbidden renderings"),
            (crossed(own), "more rendering", "forbidden for one term and approved for "
                                             "another"),
            (stray_marks(own), "more row", "with a stray end mark"),
            (listed_terms(own), "more row", "with terms separated by ';' in a cell"),
            (same_forms(own), "more term", "with the word forms of another")):
        for line, note in notes[:_SHOWN]:
            warn(f"{file}:{line}: {note}" if line else f"{file}: {note}")
        if len(notes) > _SHOWN:
            warn(f"{file}: and {count(len(notes) - _SHOWN, more)} {why}")


_SHOWN = 10  # problems of one kind named in warnings; the count says the rest


@glossary.command(name="suggest")
@click.argument("documents", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--pairs", multiple=True, type=click.Path(dir_okay=False),
              help="Pair file (source TAB target [TAB score]; a .csv: the CSV export) instead "
                   "of two documents; repeatable.")
@click.option("--src-lang", default=None,
              help="Source language (default: the file's, or the tag in a document's name, "
                   f"a.es.txt; else {DEFAULT_SRC_LANG}, unless the document is plainly in "
                   "another language: then an error asks for it).")
@click.option("--tgt-lang", default=None,
              help=f"Target language (default {DEFAULT_TGT_LANG}, or the file's, as for "
                   "--src-lang).")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the text files read that have no byte-order mark.")
@click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
              help=f"Leave out terms of this glossary (default ./{DEFAULT_GLOSSARY} when "
                   "present); with SRC TGT its terms also guide the alignment.")
@click.option("--no-glossary", is_flag=True, help=f"Do not read ./{DEFAULT_GLOSSARY}.")
@click.option("--min-count", type=click.IntRange(min=2), default=2, show_default=True,
              help="Units a phrase must occur in.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Keep the N best.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here instead of standard output.")
@input_format_option
@encoder_option
@output_not_an_input(reads_default_glossary=True)
def suggest(
    documents: tuple[str, ...],
    pairs: tuple[str, ...],
    src_lang: str | None,
    tgt_lang: str | None,
    encoding: str,
    glossary_path: str | None,
    no_glossary: bool,
    min_count: int,
    limit: int | None,
    output: str | None,
    input_format: str | None,
    encoder: str,
) -> None:
    """Suggest glossary entries from an aligned text: SRC TGT, or alignment files
    (ALIGNMENT.json, .tmx, .xlf, .tsv, .csv; --pairs FILE), as for check.

    Prints a glossary TSV of repeated source phrases and their most consistent
    renderings, most reliable first, for an editor to review.  With the sentence
    encoder (--encoder), a rendering far from its phrase in meaning is left out.
    """
    from aligner.align import AlignOptions
    from aligner.align.encoder import check_encoder, get_encoder
    from aligner.check.suggest import suggest, suggestions_tsv
    from aligner.cli.saved_glossary import saved_glossary
    from aligner.cli.terminal import progress_reporter, warn
    from aligner.fileio import atomic_write
    from aligner.pipeline import load_check_input

    check_encoder(encoder)
    # a saved alignment's own glossary gives the known terms, as check and review read it
    glossary_file, tell, _ = saved_glossary(documents, glossary_path, no_glossary,
                                            doing="suggesting", done="suggested",
                                            lost="its terms are suggested again")
    inp = load_check_input(documents=documents, pairs=pairs, src_lang=src_lang,
                           tgt_lang=tgt_lang, glossary=glossary_file,
                           encoding=encoding, options=AlignOptions(encoder=encoder),
                           progress=progress_reporter(), warn=warn,
                           input_format=input_format,
                           # suggesting runs no term check: none to warn of
                           no_glossary=glossary_file is None)
    tell()
    units, known = inp.units, inp.glossary
    found = suggest(units, src_lang=inp.src_lang, tgt_lang=inp.tgt_lang, glossary=known,
                    min_count=min_count, encoder=get_encoder(encoder))
    text = suggestions_tsv(found.suggestions[:limit], src_lang=inp.src_lang,
                           tgt_lang=inp.tgt_lang)
    if not found.suggestions:
        # the stage where the last candidate went, not always the count
        lower = "; --min-count lowers the bar" if found.by_count else ""
        warn(f"no suggestion: {found.why_none} ({count(len(units), 'unit')} read{lower})")
    if output is None:
        click.echo(text, nl=False, color=True)  # as written
    else:
        with atomic_write(output) as fh:
            fh.write(text)


def _attach_exchange_commands() -> None:
    # export/import live with the exchange formats; attaching them here keeps one group.
    from aligner.cli.glossary_io import register

    register(glossary)


_attach_exchange_commands()
