"""``aligner check``: terminology and consistency QA of a translation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from aligner.errors import ConfigError
from aligner.model import Severity

_LEVELS = [s.value for s in Severity]


def _parse_severities(values: tuple[str, ...]) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for value in values:
        code, sep, level = value.partition("=")
        if not sep or level.strip().lower() not in _LEVELS:
            raise ConfigError(f"--severity {value!r}: expected CODE=error|warning|info")
        out[code.strip()] = Severity(level.strip().lower())
    return out


@click.command(name="check")
@click.argument("documents", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--pairs", type=click.Path(dir_okay=False),
              help="Aligned pair file: source TAB target per line, no header.")
@click.option("--tmx", type=click.Path(dir_okay=False), help="A translation memory (TMX).")
@click.option("--src-lang", default=None, help="Source language (default es; TMX: from the file).")
@click.option("--tgt-lang", default=None, help="Target language (default en; TMX: from the file).")
@click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
              help="Glossary TSV (default ./glossary.tsv when present).")
@click.option("--no-glossary", is_flag=True, help="Do not read ./glossary.tsv.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "html"]),
              default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here instead of standard output.")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL",
              help="Change the severity of a check (repeatable).")
@click.option("--disable", multiple=True, metavar="CODE", help="Turn a check off (repeatable).")
@click.option("--fail-on", type=click.Choice([*_LEVELS, "never"]), default="error",
              show_default=True, help="Exit 1 when a finding is at least this severe.")
@click.option("--min-confidence", type=float, default=0.5, show_default=True,
              help="Aligned units below this confidence get alignment-low-confidence.")
@click.pass_context
def check(
    ctx: click.Context,
    documents: tuple[str, ...],
    pairs: str | None,
    tmx: str | None,
    src_lang: str | None,
    tgt_lang: str | None,
    glossary_path: str | None,
    no_glossary: bool,
    fmt: str,
    output: str | None,
    severities: tuple[str, ...],
    disable: tuple[str, ...],
    fail_on: str,
    min_confidence: float,
) -> None:
    """Check a translation against a glossary and for consistency.

    Give two documents (SRC TGT, aligned first), or --pairs FILE, or --tmx FILE.
    Exit status: 0 no finding at or above --fail-on, 1 some, 2 bad input.
    """
    from aligner.check import CheckOptions, run_checks, validate_codes
    from aligner.check.inputs import units_from_documents, units_from_tmx
    from aligner.check.output import OutputFormat, to_csv, to_json, to_text
    from aligner.check.units import read_pairs
    from aligner.fileio import atomic_write
    from aligner.glossary import load_glossary
    from aligner.model import Alignment

    given = sum((bool(documents), pairs is not None, tmx is not None))
    if given != 1 or len(documents) not in (0, 2):
        raise click.UsageError("give either SRC TGT, or --pairs FILE, or --tmx FILE")
    severity_map = _parse_severities(severities)
    validate_codes(severity_map)
    validate_codes(disable)
    options = CheckOptions(severities=severity_map, disabled=frozenset(disable),
                           min_confidence=min_confidence)

    alignment: Alignment | None = None
    if tmx is not None:
        units, src_lang, tgt_lang = units_from_tmx(tmx, src_lang=src_lang, tgt_lang=tgt_lang)
    else:
        src_lang, tgt_lang = src_lang or "es", tgt_lang or "en"
        if pairs is not None:
            units = read_pairs(pairs)
        else:
            units, alignment = units_from_documents(
                documents[0], documents[1], src_lang=src_lang, tgt_lang=tgt_lang
            )
    if glossary_path is None and not no_glossary and Path("glossary.tsv").is_file():
        glossary_path = "glossary.tsv"
    glossary = (
        load_glossary(glossary_path, src_lang=src_lang, tgt_lang=tgt_lang)
        if glossary_path is not None else None
    )
    result = run_checks(units, glossary=glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                        options=options)

    out_format = OutputFormat(fmt)
    if out_format is OutputFormat.JSON:
        text = to_json(result, units=len(units))
    elif out_format is OutputFormat.CSV:
        text = to_csv(result)
    elif out_format is OutputFormat.HTML:
        text = _html(result, units, alignment, src_lang=src_lang, tgt_lang=tgt_lang,
                     src_name=documents[0] if documents else (pairs or tmx or ""),
                     min_confidence=min_confidence)
    else:
        text = to_text(result, units=len(units))
    if output is None:
        click.echo(text, nl=False)
    else:
        with atomic_write(output) as fh:
            fh.write(text)

    worst = result.worst()
    if fail_on != "never" and worst is not None and worst.rank >= Severity(fail_on).rank:
        ctx.exit(1)


def _html(result: Any, units: Any, alignment: Any, *, src_lang: str, tgt_lang: str,
          src_name: str, min_confidence: float) -> str:
    """The review page of :mod:`aligner.report` (imported only for --format html)."""
    import importlib

    from aligner.model import Bead

    try:
        report = importlib.import_module("aligner.report")
    except ImportError:
        raise ConfigError("--format html needs aligner.report, which this installation "
                          "lacks; use text, json or csv") from None
    if alignment is not None:
        src_sents, tgt_sents, beads = (alignment.src_sentences, alignment.tgt_sentences,
                                       alignment.beads)
        has_confidence = True
    else:
        # One bead per unit; an empty side has no sentence.
        src_sents, tgt_sents, bead_list = [], [], []
        for u in units:
            s = (len(src_sents),) if u.source else ()
            t = (len(tgt_sents),) if u.target else ()
            if u.source:
                src_sents.append(u.source)
            if u.target:
                tgt_sents.append(u.target)
            bead_list.append(Bead(s, t, 1.0))
        beads, has_confidence = tuple(bead_list), False
    data = report.ReportData(
        src_sentences=tuple(src_sents), tgt_sentences=tuple(tgt_sents), beads=tuple(beads),
        src_lang=src_lang, tgt_lang=tgt_lang, src_name=src_name,
        findings=result.findings, term_matches=result.term_matches,
        settings=dict(result.settings), has_confidence=has_confidence,
        low_confidence=min_confidence,
    )
    page: str = report.render_report(data)
    return page


if __name__ == "__main__":  # pragma: no cover
    sys.exit(check())
