"""``aligner check``: terminology and consistency QA of a translation."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from aligner.check.base import REGISTERS, CheckOptions, SubtitleLimits
from aligner.cli.encoder_option import encoder_option
from aligner.cli.input_format_option import input_format_option
from aligner.cli.outputs import output_not_an_input
from aligner.cli.remembered_glossaries import remembered_glossaries
from aligner.cli.score_option import SCORE
from aligner.cli.srx_option import with_srx
from aligner.cli.subtitle_options import subtitle_limits, subtitle_options
from aligner.cli.terminal import progress_reporter, warn
from aligner.cli.tmx_options import creation_date_from_env
from aligner.defaults import DEFAULT_GLOSSARY, DEFAULT_SRC_LANG, DEFAULT_TGT_LANG
from aligner.errors import ConfigError
from aligner.model import Severity
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.check.checklist_file import Checklist
    from aligner.segment.srx import SrxRules

LEVELS = [s.value for s in Severity]


def parse_severities(values: tuple[str, ...]) -> dict[str, Severity]:
    """``--severity CODE=LEVEL`` values by code (``check``'s, and ``export``'s with
    ``--leave-out-flagged``); a value that is no ``CODE=LEVEL`` is a :class:`ConfigError`."""
    out: dict[str, Severity] = {}
    for value in values:
        code, sep, level = value.partition("=")
        if not sep or level.strip().lower() not in LEVELS:
            raise ConfigError(f"--severity {value!r}: expected CODE=error|warning|info")
        out[code.strip()] = Severity(level.strip().lower())
    return out


@click.command(name="check")
@click.argument("documents", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--pairs", multiple=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Pair file: source TAB target [TAB score] per line, no header (a .csv: "
                   "the CSV export; -: standard input); repeatable.")
@click.option("--tmx", multiple=True, type=click.Path(dir_okay=False),
              help="A translation memory (TMX); repeatable.")
@click.option("--src-lang", default=None,
              help="Source language (default: what the file says -- a TMX, XLIFF, CSV or "
                   "saved alignment, which must then agree with the option; else the tag in "
                   f"a document's name, a.es.txt; else {DEFAULT_SRC_LANG}, unless the "
                   "document is plainly in another language: then an error asks for it).")
@click.option("--tgt-lang", default=None,
              help=f"Target language (default {DEFAULT_TGT_LANG}, or the file's, as for "
                   "--src-lang).")
@click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
              help="Glossary: TSV, CSV, TBX, OmegaT TSV or .xlsx (default: the one a saved "
                   f"alignment records, else ./{DEFAULT_GLOSSARY} when present).")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the text files read (documents, pair files, glossary) that "
                   "have no byte-order mark.")
@click.option("--no-glossary", is_flag=True,
              help=f"Read no glossary (neither a recorded one nor ./{DEFAULT_GLOSSARY}).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "xlsx", "html"]),
              default=None,
              help="Default: the one the extension of -o names (.txt .json .csv .xlsx "
                   ".html), else text; one the extension contradicts is an error.")
@click.option("-o", "--output", type=click.Path(),
              help="Write here instead of standard output (a collection's html report: "
                   "the folder, as in aligner report).")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL",
              help="Change the severity of a check (repeatable).")
@click.option("--disable", multiple=True, metavar="CODE", help="Turn a check off (repeatable).")
@click.option("--checklist", "checklist_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="A house's own patterns: name, side (source/target/both), severity, "
                   "regular expression, message[, languages], tab-separated, one rule a "
                   "line; each match a finding 'checklist' (docs/checks.md).")
@click.option("--fail-on", type=click.Choice([*LEVELS, "never"]), default="error",
              show_default=True, help="Exit 1 when a finding is at least this severe.")
@click.option("--min-confidence", type=SCORE, default=CheckOptions().min_confidence,
              show_default=True,
              help="Aligned units below this confidence get alignment-low-confidence.")
@click.option("--omissions", type=click.Choice(["normal", "high"]), default="normal",
              show_default=True,
              help="How readily possible-omission suspects a sentence joined to a "
                   "translated neighbour of being left out: high finds more (a safety "
                   "leaflet), with more false suspects (docs/checks.md, Omissions).")
@click.option("--register", type=click.Choice(list(REGISTERS)), default="general",
              show_default=True,
              help="technical: negation-dropped compares the negated statements of every "
                   "unit (a patent, a manual: 'ist nicht ... verschweißt' / 'is welded'); "
                   "general: only of units with a number (no year) on both sides "
                   "(docs/checks.md).")
@subtitle_options
@click.option("--subtitle-shift", type=click.FloatRange(min=0, min_open=True),
              default=SubtitleLimits().max_shift, show_default=True,
              help="Subtitle files: most seconds a target cue may start from its source "
                   "cue when the files are otherwise in sync (subtitle-cue-shift).")
@click.option("--doc", "docs", multiple=True, metavar="NAME",
              help="A collection (.db): check only this document, the documents a pattern "
                   "matches ('legal/*') or those of a folder (legal), as export --doc "
                   "(repeatable; the checks across documents compare those alone).")
@click.option("-q", "--quiet", is_flag=True,
              help="Nothing on standard error but errors: no progress, warning or 'wrote' "
                   "line.")
@input_format_option
@with_srx
@encoder_option
@click.pass_context
@output_not_an_input(reads_default_glossary=True)
def check(
    ctx: click.Context,
    documents: tuple[str, ...],
    pairs: tuple[str, ...],
    tmx: tuple[str, ...],
    src_lang: str | None,
    tgt_lang: str | None,
    glossary_path: str | None,
    encoding: str,
    no_glossary: bool,
    fmt: str | None,
    output: str | None,
    severities: tuple[str, ...],
    disable: tuple[str, ...],
    checklist_path: str | None,
    fail_on: str,
    min_confidence: float,
    omissions: str,
    register: str,
    subtitle_cps: tuple[str, ...],
    subtitle_line: tuple[str, ...],
    subtitle_lines: tuple[str, ...],
    subtitle_min_duration: tuple[str, ...],
    subtitle_max_duration: tuple[str, ...],
    subtitle_shift: float,
    docs: tuple[str, ...],
    quiet: bool,
    input_format: str | None,
    srx: SrxRules | None,
    encoder: str,
) -> None:
    """Check a translation against a glossary and for consistency.

    Give two documents (SRC TGT, aligned first), or alignment files: what
    `aligner align` or `export` wrote (ALIGNMENT.json, .tmx, .xlf, .tsv, .csv),
    --pairs FILE, --tmx FILE.  Several files are checked together (consistency
    across them), each finding naming its file.  --srx segments two documents by an
    SRX file's rules.
    A collection (COLLECTION.db, from aligner batch) is checked document by
    document and across documents (collection-term-inconsistent,
    collection-segment-inconsistent); each finding names its document and unit.
    A collection of several language pairs compares the documents of one pair
    only, each pair with the glossary read for it (reversed for the reversed
    pair); --src-lang and --tgt-lang check those of one pair.
    Exit status: 0 no finding at or above --fail-on, 1 some, 2 bad input.
    With -o, one line on standard error says what was written and the count of
    findings (--quiet: nothing but errors).

    \b
    Examples:
      aligner check corpus/es/chile-73.es.txt corpus/en/chile-73.en.txt
      aligner check chile-73.tmx --glossary glossary.tsv --format json
      aligner check magazine.db --glossary glossary.tsv --format json -o findings.json
      aligner check magazine.db --doc '2021/*' --glossary glossary.tsv
    """
    from aligner.align import AlignOptions
    from aligner.align.encoder import check_encoder
    from aligner.check import validate_codes
    from aligner.check.output import OutputFormat, render_findings, summary_line, write_findings
    from aligner.cli.saved_glossary import saved_glossary
    from aligner.collection.schema import looks_like_collection
    from aligner.fileio import atomic_write
    from aligner.pipeline import check_input, default_glossary, load_check_input, report_data

    say = _silent if quiet else warn
    if input_format is not None and any(looks_like_collection(d) for d in documents):
        raise ConfigError("--input-format reads two documents (SRC TGT); a collection's "
                          "were read when aligned (aligner batch --input-format)")
    fmt = _output_format(fmt, output)
    checklist = _checklist(checklist_path, encoding)
    limits = replace(subtitle_limits(
        subtitle_cps=subtitle_cps, subtitle_line=subtitle_line, subtitle_lines=subtitle_lines,
        subtitle_min_duration=subtitle_min_duration, subtitle_max_duration=subtitle_max_duration),
        max_shift=subtitle_shift)
    if any(looks_like_collection(d) for d in documents):
        if omissions != "normal":
            raise click.UsageError("--omissions goes with two documents or a saved "
                                   "alignment: a collection's were looked for when aligned")
        own = (remembered_glossaries(documents[0], src_lang, tgt_lang, quiet, docs=docs)
               if glossary_path is None and not no_glossary and len(documents) == 1 else {})
        _check_collection(ctx, documents, pairs or tmx, src_lang, tgt_lang,
                          default_glossary(glossary_path, use_default=not no_glossary), encoding,
                          fmt, output, severities, disable, fail_on, min_confidence, say,
                          docs, checklist, own, limits, encoder=encoder, register=register)
        return
    if docs:
        raise click.UsageError("--doc goes with a collection (COLLECTION.db)")
    severity_map = parse_severities(severities)
    validate_codes(severity_map)
    validate_codes(disable)
    check_encoder(encoder)
    options = CheckOptions(severities=severity_map, disabled=frozenset(disable),
                           min_confidence=min_confidence, checklist=checklist,
                           subtitle_limits=limits, encoder=encoder, register=register)
    glossary, tell, none_said = saved_glossary(documents, glossary_path, no_glossary,
                                               quiet=quiet, say=say)
    inp = load_check_input(
        documents=documents, pairs=pairs, tmx=tmx, src_lang=src_lang, tgt_lang=tgt_lang,
        glossary=glossary, encoding=encoding, options=AlignOptions(encoder=encoder),
        progress=None if quiet else progress_reporter(), warn=say, srx=srx,
        input_format=input_format, omissions=omissions, no_glossary=no_glossary or none_said,
    )
    tell()  # the glossary a saved alignment records: said once it is read
    result = check_input(inp, options)
    out_format = OutputFormat(fmt)
    text = ""  # a workbook's is no text: write_findings writes it below
    if out_format is OutputFormat.HTML:
        from aligner.report import render_report

        # "new/" names a folder even before it exists: refuse it rather than write a
        # file called "new".
        if output is not None and (Path(output).is_dir()
                                   or output.endswith((os.sep, os.altsep or os.sep))):
            raise ConfigError(f"{output}: is a folder; the review page of one pair is a file "
                              "(a folder is for a collection's report)")

        text = render_report(report_data(inp, result, low_confidence=min_confidence))
    elif out_format is not OutputFormat.XLSX:
        text = render_findings(result, fmt=out_format, units=len(inp.units), inputs=inp.inputs)
    if output is None:
        click.echo(text, nl=False, color=True)  # as written (never a workbook: refused)
    else:
        if out_format is OutputFormat.XLSX:
            write_findings(result, output, fmt=out_format, units=len(inp.units),
                           creation_date=creation_date_from_env())
        else:
            with atomic_write(output) as fh:
                fh.write(text)
        _wrote(output, summary_line(result, units=len(inp.units)), say)

    worst = result.worst()
    if fail_on != "never" and worst is not None and worst.rank >= Severity(fail_on).rank:
        ctx.exit(1)


def _silent(_message: str) -> None:
    """--quiet's warnings: none."""


def _checklist(path: str | None, encoding: str) -> Checklist | None:
    """--checklist's rules, read before any document (a bad row stops the run at once)."""
    if path is None:
        return None
    from aligner.check.checklist_file import read_checklist

    return read_checklist(path, encoding=encoding)


def _wrote(output: str, summary: str, say: Callable[[str], None]) -> None:
    """The line that says a findings file was written, whatever its format, with the
    count a CI log wants (``aligner: wrote f.json (2 findings in 2 units: ...)``); none
    for standard output or with --quiet."""
    if output != "-" and say is not _silent:
        click.echo(f"aligner: wrote {output} ({summary})", err=True)


def _check_collection(ctx: click.Context, documents: tuple[str, ...], others: tuple[str, ...],
                      src_lang: str | None, tgt_lang: str | None, glossary_path: str | None,
                      encoding: str, fmt: str, output: str | None, severities: tuple[str, ...],
                      disable: tuple[str, ...], fail_on: str, min_confidence: float,
                      say: Callable[[str], None], docs: tuple[str, ...] = (),
                      checklist: Checklist | None = None,
                      glossaries: dict[tuple[str, str], str] | None = None,
                      limits: SubtitleLimits | None = None, *,
                      encoder: str = "auto", register: str = "general") -> None:
    """``aligner check COLLECTION.db`` (and ``aligner report COLLECTION.db -o DIR/``);
    ``limits``: the subtitle checks' (its documents of subtitles are checked as a pair
    of subtitle files is)."""
    from aligner.check import validate_codes
    from aligner.check.output import write_xlsx
    from aligner.collection import findings as out
    from aligner.collection.crosscheck import COLLECTION_CHECKS
    from aligner.collection.qa import CollectionCheckOptions, check_collection, split_codes
    from aligner.fileio import atomic_write

    if len(documents) != 1 or others:
        raise click.UsageError("a collection is checked alone: give one COLLECTION.db")
    from aligner.cli.paths import language_options

    language_options(src_lang, tgt_lang)  # they choose the documents of a pair
    severity_map = parse_severities(severities)
    cross_sev, doc_sev = split_codes(list(severity_map))
    cross_off, doc_off = split_codes(list(disable))
    validate_codes(doc_sev, also=COLLECTION_CHECKS)
    validate_codes(doc_off, also=COLLECTION_CHECKS)
    options = CollectionCheckOptions(
        CheckOptions(severities={c: severity_map[c] for c in doc_sev},
                     disabled=frozenset(doc_off), min_confidence=min_confidence,
                     checklist=checklist, subtitle_limits=limits or SubtitleLimits(),
                     encoder=encoder, register=register),
        frozenset(cross_off), {c: severity_map[c] for c in cross_sev})
    if fmt == "html" and output in (None, "-"):
        raise click.UsageError("the report of a collection is a folder: give -o DIR/")
    found = check_collection(documents[0], glossary=glossary_path, options=options,
                             encoding=encoding, report_dir=output if fmt == "html" else None,
                             low_confidence=min_confidence, warn=say, names=docs,
                             src_lang=src_lang, tgt_lang=tgt_lang, glossaries=glossaries)
    if fmt == "html":
        _wrote(f"{count(len(found.documents), 'review page')} and "
               f"{Path(output or '.') / 'index.html'}", out.summary_line(found), say)
    elif fmt == "xlsx":
        write_xlsx(out.csv_rows(found), cast(str, output), creation_date=creation_date_from_env())
        _wrote(cast(str, output), out.summary_line(found), say)
    else:
        text = {"json": out.to_json, "csv": out.to_csv, "text": out.to_text}[fmt](found)
        if output is None:
            click.echo(text, nl=False, color=True)  # as written
        else:
            with atomic_write(output) as fh:
                fh.write(text)
            _wrote(output, out.summary_line(found), say)
    worst = found.worst()
    if fail_on != "never" and worst is not None and worst.rank >= Severity(fail_on).rank:
        ctx.exit(1)


def _output_format(fmt: str | None, output: str | None) -> str:
    """``--format``, else the one the extension of ``-o`` names, else text; a format the
    extension contradicts is an error (``-o r.html --format json``), as for align."""
    if output in (None, "-"):
        if fmt == "xlsx":  # bytes no terminal shows; read before anything is checked
            raise ConfigError("a workbook (--format xlsx) is written to a file: give "
                              "-o FINDINGS.xlsx")
        return fmt or "text"
    from aligner.formats.registry import Spec, output_format

    suffix = Path(output).suffix.lower()
    if suffix in _NOT_FINDINGS:  # report -o review.tmx wrote a page into a TMX
        raise ConfigError(f"{output}: {suffix} names another kind of file; findings are "
                          "written as .txt, .json, .csv, .xlsx or .html (the review page)")

    table = {"text": Spec((".txt",), None, None), "json": Spec((".json",), None, None),
             "csv": Spec((".csv",), None, None), "xlsx": Spec((".xlsx",), None, None),
             "html": Spec((".html", ".htm"), None, None)}
    return output_format(output, table, "findings", fmt=fmt, writes=list(table),
                         default="text")


# Extensions of the files the tool reads or writes that hold no findings.
_NOT_FINDINGS = frozenset({".tmx", ".xlf", ".xliff", ".tbx", ".tsv", ".db", ".docx", ".odt",
                           ".pptx", ".odp", ".rtf", ".pdf", ".epub", ".srx", ".md", ".align",
                           ".srt", ".vtt"})


if __name__ == "__main__":  # pragma: no cover
    sys.exit(check())
