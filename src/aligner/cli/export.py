"""``aligner export``: write a saved alignment (or a TMX, XLIFF, TSV, CSV) as TMX/XLIFF/TSV/CSV."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import click

from aligner.errors import ConfigError


def creation_date_from_env() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` (reproducible builds) fixes the date written in headers."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise ConfigError(f"SOURCE_DATE_EPOCH={value!r} is not a Unix timestamp") from None


def parse_date(value: str) -> datetime:
    """An ISO 8601 date or time (``2025-11-25``, ``2025-11-25T18:30:00+01:00``,
    ``20251125T183000Z``); one without a zone is UTC."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or time") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def parse_prop(value: str) -> tuple[str, str]:
    ptype, sep, text = value.partition("=")
    if not sep or not ptype.strip():
        raise click.BadParameter(f"{value!r} is not TYPE=VALUE")
    return ptype.strip(), text


@click.command("export")
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; its extension picks the format (.tmx, .xlf, .tsv, .csv).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tmx", "xliff", "tsv", "csv"]),
    default=None,
    help="Output format, when the extension of -o does not say it.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Leave out beads scored below this.",
)
@click.option("--src-lang", default=None, help="Source language to read from a TMX/XLIFF/TSV/CSV.")
@click.option("--tgt-lang", default=None, help="Target language to read from a TMX/XLIFF/TSV/CSV.")
@click.option("--creator", default=None, metavar="NAME",
              help="TMX: who made the memory; written as creationid on the header and on "
                   "every new <tu> (units kept from a TMX keep theirs).")
@click.option("--created", default=None, metavar="DATE",
              help="The creation date (ISO 8601; UTC if no zone is given), written as "
                   "YYYYMMDDThhmmssZ in the header's creationdate (instead of now or "
                   "SOURCE_DATE_EPOCH) and, in TMX, on every new <tu>.")
@click.option("--prop", "props", multiple=True, metavar="TYPE=VALUE",
              help="TMX: a header <prop type=TYPE>VALUE</prop> (a document-wide property; "
                   "a prop of that type already there gets this value); repeatable. "
                   "Types of your own should start with x-.")
def export_cmd(
    inputs: tuple[Path, ...],
    output: Path,
    fmt: str | None,
    min_score: float,
    src_lang: str | None,
    tgt_lang: str | None,
    creator: str | None,
    created: str | None,
    props: tuple[str, ...],
) -> None:
    """Export INPUTS (saved JSON, or TMX/XLIFF/TSV/CSV files) to TMX, XLIFF, TSV or CSV.

    Aligned beads only: sentences without a counterpart are not exported.
    Several inputs are written one after the other into one file.  Units read
    from a TMX and written to TMX keep every attribute, prop, note and inline
    code they had.  Characters that XML forbids are removed from TMX/XLIFF
    with a warning.
    """
    from aligner.formats import AlignmentFormat, TmxMeta, export_sources, load_source

    meta = TmxMeta(creator=creator, created=parse_date(created) if created else None,
                   props=tuple(parse_prop(p) for p in props))
    sources = [load_source(path, src_lang=src_lang, tgt_lang=tgt_lang) for path in inputs]
    report = export_sources(
        sources,
        output,
        fmt=AlignmentFormat(fmt) if fmt else None,
        min_score=min_score,
        creation_date=creation_date_from_env(),
        meta=meta,
    )
    if report.chars_removed:
        click.echo(
            f"aligner: warning: removed {report.chars_removed} character(s) that XML 1.0 "
            "does not allow (control characters)",
            err=True,
        )
    dropped = f", {report.below_min_score} below --min-score" if report.below_min_score else ""
    click.echo(f"aligner: wrote {report.units_written} units to {output}{dropped}", err=True)
