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


@click.command("export")
@click.argument("alignment", type=click.Path(dir_okay=False, path_type=Path))
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
def export_cmd(
    alignment: Path,
    output: Path,
    fmt: str | None,
    min_score: float,
    src_lang: str | None,
    tgt_lang: str | None,
) -> None:
    """Export ALIGNMENT (saved JSON, or a TMX/XLIFF/TSV/CSV) to TMX, XLIFF, TSV or CSV.

    Aligned beads only: sentences without a counterpart are not exported.
    Characters that XML forbids are removed from TMX/XLIFF with a warning.
    """
    from aligner.formats import AlignmentFormat, export_alignment, load_alignment

    loaded = load_alignment(alignment, src_lang=src_lang, tgt_lang=tgt_lang)
    report = export_alignment(
        loaded,
        output,
        fmt=AlignmentFormat(fmt) if fmt else None,
        min_score=min_score,
        creation_date=creation_date_from_env(),
    )
    if report.chars_removed:
        click.echo(
            f"aligner: warning: removed {report.chars_removed} character(s) that XML 1.0 "
            "does not allow (control characters)",
            err=True,
        )
    dropped = f", {report.below_min_score} below --min-score" if report.below_min_score else ""
    click.echo(f"aligner: wrote {report.units_written} units to {output}{dropped}", err=True)
