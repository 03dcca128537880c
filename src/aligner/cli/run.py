"""``aligner run``: the whole job on the bundled corpus (or on a given pair)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.cli.encoder_option import encoder_option
from aligner.cli.quiet_option import info, quiet_option
from aligner.cli.srx_option import with_srx
from aligner.cli.tmx_options import creation_date_from_env
from aligner.mainjob import CorpusPaths, run_corpus
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules


@click.command("run")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path(),
              show_default=True, help="Repository root holding corpus/ and glossary.tsv.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Where to write the results.")
@with_srx
@quiet_option
@encoder_option
def run_cmd(root: Path, out_dir: Path, srx: SrxRules | None, encoder: str) -> None:
    """Segment, align, check and report the bundled Chile '73 corpus.

    Writes under OUT: the segmentation of both documents (one sentence per
    line and JSONL with character offsets), the alignment (beads and JSON),
    a TMX 1.4 translation memory, the terminology findings and an HTML
    review report; prints the alignment F1 against the hand-made gold.
    """
    from aligner.align.encoder import check_encoder

    check_encoder(encoder)
    creation_date = creation_date_from_env()
    paths = CorpusPaths.bundled(root)
    result = run_corpus(paths, out_dir, log=_log,
                        srx=srx, encoder=encoder, creation_date=creation_date)
    c = result.counts
    click.echo(f"sentences: {c['src_sentences']} {paths.src_lang}, "
               f"{c['tgt_sentences']} {paths.tgt_lang}; beads: {c['beads']} "
               f"({c['aligned_beads']} aligned)")
    click.echo(f"findings: {c['findings']} ({count(c['errors'], 'error')}, "
               f"{count(c['warnings'], 'warning')}, {c['info']} info)")
    if result.gold_scores is not None:
        s = result.gold_scores
        click.echo(f"alignment vs gold ({result.gold_note}): strict P/R/F1 "
                   f"{s.precision_strict:.3f}/{s.recall_strict:.3f}/{s.f1_strict:.3f}, "
                   f"lax F1 {s.f1_lax:.3f}")
    click.echo("wrote:")
    for p in result.written:
        click.echo(f"  {p}")


def _log(message: str) -> None:
    """run's step lines (left out by --quiet) and warnings (never left out)."""
    if message.startswith("warning: "):
        click.echo(f"aligner: {message}", err=True)
    else:
        info(f"aligner: {message}")
