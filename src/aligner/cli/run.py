"""``aligner run``: the whole job on the bundled corpus, or on a pair of documents given."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.cli.encoder_option import encoder_option
from aligner.cli.paths import ExistingPath
from aligner.cli.quiet_option import info, quiet_option
from aligner.cli.srx_option import with_srx
from aligner.cli.tmx_options import creation_date_from_env
from aligner.mainjob import CorpusPaths, run_corpus
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.pipeline.languages import LanguageVet
    from aligner.segment.srx import SrxRules


@click.command("run")
@click.argument("documents", nargs=-1, type=ExistingPath(dir_okay=False),
                metavar="[SRC TGT]")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Repository root holding corpus/ and glossary.tsv (default: the current "
                   "folder); not with SRC TGT.")
@click.option("--src-lang", default=None, metavar="LANG",
              help="Language of SRC (default: the tag in its name, a.es.docx, or the one "
                   "it declares).")
@click.option("--tgt-lang", default=None, metavar="LANG", help="Language of TGT (the same).")
@click.option("--glossary", "glossary_path", type=ExistingPath(dir_okay=False), default=None,
              help="The glossary for SRC TGT (default: ./glossary.tsv when it is of the pair).")
@click.option("--no-glossary", is_flag=True, help="Run SRC TGT without a glossary.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Where to write the results.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              default="never", show_default=True,
              help="Exit 1 when a finding is at least this severe (as check does), once "
                   "every output is written.")
@with_srx
@quiet_option
@encoder_option
def run_cmd(documents: tuple[str, ...], root: Path | None, src_lang: str | None,
            tgt_lang: str | None, glossary_path: str | None, no_glossary: bool, out_dir: Path,
            fail_on: str, srx: SrxRules | None, encoder: str) -> None:
    """Segment, align, check and report the bundled Chile '73 corpus, or your
    own pair of documents SRC TGT (text, Markdown, HTML, DOCX, ODT, EPUB, RTF,
    PDF, subtitles: as aligner align reads them).

    Writes under OUT: the segmentation of both documents (one sentence per
    line and JSONL with character offsets), the alignment (beads and JSON),
    a TMX 1.4 translation memory, the terminology findings and an HTML
    review report, each named after SRC (catalogo.es.docx: catalogo.tmx...);
    for the bundled corpus (plain, or its two documents named), prints the
    alignment F1 against the hand-made gold.

    Exit status: 0; 1 with --fail-on when a finding is at least that severe (every
    output written); 2 bad input.

    \b
    Examples:
      aligner run
      aligner run catalogo.es.docx catalogo.en.docx --glossary museo.tsv -o out/
      aligner run a.es.docx a.en.docx --fail-on error    # a CI gate, as check
    """
    from aligner.align.encoder import check_encoder

    check_encoder(encoder)
    creation_date = creation_date_from_env()
    paths, vet = _paths(documents, root, src_lang, tgt_lang, glossary_path, no_glossary)
    result = run_corpus(paths, out_dir, log=_log, srx=srx, encoder=encoder,
                        creation_date=creation_date, vet=vet)
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
    levels = ("errors", "warnings", "info")
    if fail_on != "never" and any(
            c[key] for key in levels[:("error", "warning", "info").index(fail_on) + 1]):
        raise SystemExit(1)


def _paths(documents: tuple[str, ...], root: Path | None, src_lang: str | None,
           tgt_lang: str | None, glossary_path: str | None, no_glossary: bool
           ) -> tuple[CorpusPaths, LanguageVet | None]:
    """The bundled corpus under ``root``, or the two documents given, in their languages
    (taken as ``aligner check`` takes them: :mod:`aligner.pipeline.languages`), and what
    refuses a language no option or name gave when the text is plainly not in it."""
    from aligner.cli.paths import language_options
    from aligner.pipeline import default_glossary
    from aligner.pipeline.languages import document_languages

    pair_only = [name for name, given in (("--src-lang", src_lang), ("--tgt-lang", tgt_lang),
                                          ("--glossary", glossary_path),
                                          ("--no-glossary", no_glossary)) if given]
    if not documents:
        if pair_only:
            raise click.UsageError(f"{pair_only[0]} goes with your own documents "
                                   "(aligner run SRC TGT); the bundled corpus has its own")
        return CorpusPaths.bundled(root or Path()), None
    if len(documents) != 2:
        raise click.UsageError("give two documents, SRC TGT (or none: the bundled corpus)")
    if root is not None:
        raise click.UsageError("--root is where the bundled corpus is; with SRC TGT leave "
                               "it out")
    language_options(src_lang, tgt_lang)
    glossary = default_glossary(glossary_path, use_default=not no_glossary)
    (src, tgt), vet = document_languages(documents[0], documents[1], src_lang, tgt_lang,
                                         glossary, warn=lambda m: _log(f"warning: {m}"))
    from aligner.pipeline.languages import name_tag

    tags = (name_tag(vet.taken[0]) or src, name_tag(vet.taken[1]) or tgt)
    paths = CorpusPaths.given(Path(documents[0]), Path(documents[1]), src, tgt, glossary,
                              tags=tags, said=vet.said)
    bundled = CorpusPaths.bundled(Path())
    if bundled.gold_dir is not None and all(  # the bundled pair, named: its gold applies
            a.is_file() and b.is_file() and a.samefile(b)
            for a, b in ((paths.src, bundled.src), (paths.tgt, bundled.tgt))):
        paths = replace(paths, gold_dir=bundled.gold_dir, name=bundled.name)
    return paths, vet


def _log(message: str) -> None:
    """run's step lines (left out by --quiet) and warnings (never left out)."""
    if message.startswith("warning: "):
        click.echo(f"aligner: {message}", err=True)
    else:
        info(f"aligner: {message}")
