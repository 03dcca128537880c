"""``aligner align`` and ``aligner eval``."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.align import AlignOptions
from aligner.align.beadfile import BeadPair, read_beads
from aligner.cli.encoder_option import encoder_option
from aligner.cli.input_format_option import input_format_option
from aligner.cli.outputs import (
    moved_note,
    moved_units,
    one_sided_note,
    output_not_an_input,
    say_written,
    untranslated_option,
)
from aligner.cli.paths import ExistingPath, languages_of
from aligner.cli.quiet_option import quiet_option
from aligner.cli.score_option import SCORE
from aligner.cli.srx_option import with_srx
from aligner.cli.terminal import progress_reporter, warn
from aligner.cli.tmx_options import creation_date_from_env, tmx_meta, tmx_meta_options
from aligner.errors import ConfigError, InputError

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules

FORMATS = ("beads", "tsv", "json", "tmx", "xliff", "xliff12", "csv", "xlsx", "parallel")
# the formats of aligned units: null beads left out, as export writes them
_UNIT_FORMATS = ("tsv", "tmx", "xliff", "xliff12", "csv", "xlsx", "parallel")


@click.command("align")
@click.argument("src", type=ExistingPath())
@click.argument("tgt", type=ExistingPath())
@click.option("--src-lang", help="Source language code (es, en, zh, ...); default: the "
                                 "tag in SRC's name (a.es.txt), else its folder's name "
                                 "(ca/a.md), else the language SRC declares (<html lang>).")
@click.option("--tgt-lang", help="Target language code; default: the tag in TGT's name, "
                                 "else its folder's name, else the language TGT declares.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here, not stdout; the extension .align/.beads, .json, .tsv, .tmx, "
                   ".xlf, .csv or .xlsx picks the format.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="beads: [0, 1]:[0]:score lines, every bead; json: the saved alignment, "
                   "with per-bead confidence and signals; tsv: source, target, score per "
                   "aligned bead; tmx: TMX 1.4; xliff (2.1), xliff12, csv, xlsx, parallel "
                   "(-o PATH: PATH.SRC_LANG and PATH.TGT_LANG): as aligner "
                   "export writes them.  Default: the one the extension of -o names, "
                   "else beads; one the extension contradicts is an error.")
@click.option("--presplit", is_flag=True,
              help="SRC and TGT are one sentence per line already; do not segment.")
@click.option("--glossary", type=ExistingPath(),
              help="Glossary (TSV, CSV, TBX, OmegaT TSV, .xlsx): its terms become alignment "
                   "anchors.")
@click.option("--dictionary", type=ExistingPath(),
              help="Bilingual dictionary TSV (source<TAB>target per line).")
@click.option("--src-mt", type=ExistingPath(),
              help="Machine translation of SRC into the target language, line by line.")
@click.option("--min-score", type=SCORE, default=0.0, show_default=True,
              help="tsv, tmx, xliff, csv, xlsx: leave out beads with a lower confidence "
                   "(beads and json keep every bead: an error with them).")
@click.option("--unwrap", is_flag=True,
              help="tsv, tmx, xliff, csv, xlsx: segments without the line breaks of a "
                   "hard-wrapped text "
                   "(a space, none in Chinese, Japanese, Thai; a word hyphenated at a line "
                   "end joined where the joined word is a word).  beads and json keep the "
                   "exact text: an error with them.")
@untranslated_option
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the text files read (SRC, TGT, --src-mt, --dictionary, "
                   "--glossary) that have no byte-order mark.")
@input_format_option
@with_srx
@quiet_option
@encoder_option
@tmx_meta_options
@output_not_an_input()
def align_cmd(src: str, tgt: str, src_lang: str | None, tgt_lang: str | None, output: str | None,
              fmt: str | None, presplit: bool, glossary: str | None, dictionary: str | None,
              src_mt: str | None, min_score: float, unwrap: bool, untranslated: bool,
              encoding: str,
              input_format: str | None, encoder: str, creator: str | None,
              created: str | None, props: tuple[str, ...], srx: SrxRules | None) -> None:
    """Align SRC with TGT sentence by sentence.

    Every sentence of both texts is in exactly one bead; unmatched ones are
    1-0 / 0-1 beads.  Texts of 40,000 source sentences or more are cut into
    segments that worker processes, one per core, align in parallel.
    The languages are --src-lang and --tgt-lang, or else the tags in the
    files' names (chile-73.es.txt: es), or else their folders' names when
    these are language tags (ca/ple.md: ca), or else the languages the documents
    declare (<html lang="fr">, a DOCX's or ODT's default language, an EPUB's
    dc:language, Markdown's lang:).

    \b
    Examples:
      aligner align corpus/es/chile-73.es.txt corpus/en/chile-73.en.txt --format tsv
      aligner align a.src a.tgt --presplit --src-lang de --tgt-lang fr --src-mt a.mt
      aligner align a.src a.tgt --presplit --src-lang de --tgt-lang fr --encoder none
      aligner align a.es.txt a.en.txt --format tmx \\
          --creator "Ana Pérez" --prop x-client=Acme -o a.tmx
      aligner align a.de.txt a.en.txt --srx omegat.srx
      aligner align wrapped.de.txt wrapped.en.txt --format tmx --unwrap -o a.tmx
    """
    from aligner.align.encoder import check_encoder
    from aligner.formats import (
        AlignmentFormat,
        alignment_format_for_path,
        check_untranslated,
        export_alignment,
        export_to_stream,
    )
    from aligner.pipeline import align_files, load_glossary_file
    from aligner.pipeline.languages import Vetted, refuse_unlike

    asked = AlignmentFormat(fmt) if fmt else None
    out_format = (alignment_format_for_path(output, fmt=asked, default=AlignmentFormat.BEADS,
                                            writes=[AlignmentFormat(f) for f in FORMATS])
                  if output else asked or AlignmentFormat.BEADS)
    if out_format is AlignmentFormat.PARALLEL and str(output or "-") == "-":
        raise click.UsageError("--format parallel writes two files: give -o PATH for "
                               "PATH.SRC_LANG and PATH.TGT_LANG")
    tmx_only = creator is not None or created is not None or props
    if tmx_only and out_format is not AlignmentFormat.TMX:
        raise click.UsageError("--creator, --created and --prop go with --format tmx")
    # beads and the saved alignment hold every bead, null beads included
    units_out = out_format.value in _UNIT_FORMATS
    if min_score > 0 and not units_out:
        raise click.UsageError(f"--min-score goes with --format tsv, tmx, xliff, csv or xlsx: "
                               f"{out_format.value} keeps every bead")
    if unwrap and not units_out:
        raise click.UsageError(f"--unwrap goes with --format tsv, tmx, xliff, csv or xlsx: "
                               f"{out_format.value} keeps each sentence's exact text")
    check_untranslated(out_format, untranslated)
    meta = tmx_meta(creator, created, props)  # a bad --created stops us before aligning
    creation_date = creation_date_from_env()  # and so does a bad SOURCE_DATE_EPOCH
    check_encoder(encoder)
    (src_lang, tgt_lang), taken = languages_of(
        (src_lang, src, "--src-lang"), (tgt_lang, tgt, "--tgt-lang"),
        input_format=None if presplit else input_format, encoding=encoding)

    def vet(src_sents: Sequence[str], tgt_sents: Sequence[str]) -> None:
        # a declared language the text is plainly not in (a template's lang="en"), or a
        # lone folder's name (hr/)
        refuse_unlike([Vetted(path, side, option, lang, sents, t.said if t.vetted else None)
                       for path, side, option, lang, sents, t in (
                           (src, "SRC", "--src-lang", src_lang, src_sents, taken[0]),
                           (tgt, "TGT", "--tgt-lang", tgt_lang, tgt_sents, taken[1]))])

    aligned = align_files(
        src, tgt, src_lang=src_lang, tgt_lang=tgt_lang,
        glossary=load_glossary_file(glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                                    encoding=encoding, warn=warn),
        dictionary=dictionary, src_mt=src_mt, presplit=presplit, encoding=encoding,
        input_format=input_format, options=AlignOptions(encoder=encoder), src_name=Path(src).name,
        tgt_name=Path(tgt).name, progress=progress_reporter(), warn=warn, srx=srx,
        langs_said=(taken[0].said, taken[1].said), vet=vet,
    )
    if output:
        from aligner.formats.glossary_record import glossary_record

        # a saved alignment records the glossary, for review, check and export of it
        record = (glossary_record(glossary, Path(output).parent)
                  if glossary is not None and out_format is AlignmentFormat.JSON else None)
        alignment, moved = (moved_units(aligned.alignment, encoder) if units_out
                            else (aligned.alignment, 0))
        result = export_alignment(alignment, output, fmt=out_format, min_score=min_score,
                                  creation_date=creation_date, meta=meta, unwrap=unwrap,
                                  untranslated=untranslated, glossary=record)
        if units_out:
            written, left_out = one_sided_note(alignment.beads, untranslated=untranslated)
            say_written(result, output, moved_note(moved) + written, left_out=left_out)
        else:  # json, beads: every sentence, one-sided beads too; said as export says it
            say_written(result, output)
    else:
        sys.stdout.flush()
        result = export_to_stream(moved_units(aligned.alignment, encoder)[0] if units_out
                                  else aligned.alignment, sys.stdout.buffer, fmt=out_format,
                                  min_score=min_score, creation_date=creation_date,
                                  meta=meta, unwrap=unwrap, untranslated=untranslated)
    if result.chars_removed:
        warn(result.removed_message())


def _read_any_beads(path: str) -> list[BeadPair]:
    """A bead file's beads, or a saved alignment's (``.json``) with their sentence
    numbers."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        from aligner.formats.alignment_json import read_alignment_json

        return [(b.src, b.tgt) for b in read_alignment_json(path).beads]
    if suffix == ".db":
        raise InputError("is a collection: score one document of it, exported with aligner "
                         "export C.db --doc NAME -o NAME.json", path=path)
    kind = {".tmx": "a TMX", ".xlf": "an XLIFF", ".xliff": "an XLIFF", ".tsv": "a TSV",
            ".csv": "a CSV"}
    if suffix in kind:
        raise InputError(f"is {kind[suffix]} file, which holds no sentence numbers: "
                         "eval reads bead files (.align, .gold) and saved alignments (.json)",
                         path=path)
    return read_beads(path)


_HYP_EXTENSIONS = ("align", "beads", "hyp", "json")


def _pairs_from(gold: str, hyp: str) -> Iterator[tuple[str, str]]:
    g, h = Path(gold), Path(hyp)
    if g.is_dir() != h.is_dir():
        raise ConfigError("GOLD and HYP must both be files or both be directories")
    if not g.is_dir():
        yield gold, hyp
        return
    names = sorted(p.stem for p in g.glob("*.gold"))
    if not names:
        raise InputError("no *.gold files", path=gold)
    found = {name: next((c for c in (h / f"{name}.{ext}" for ext in _HYP_EXTENSIONS)
                         if c.exists()), None) for name in names}
    if not any(found.values()):
        raise InputError(f"no hypothesis for any gold file of {gold}: expected NAME.align "
                         f"(or {', '.join('.' + e for e in _HYP_EXTENSIONS[1:])}) here for "
                         "each NAME.gold", path=hyp)
    for extra in sorted({p.stem for ext in _HYP_EXTENSIONS for p in h.glob(f"*.{ext}")}
                        - set(names)):
        warn(f"{hyp}: {extra} has no {extra}.gold in {gold}; not scored")
    for name in names:
        if found[name] is None:
            warn(f"no hypothesis for {name} (scored as empty)")
        yield str(g / f"{name}.gold"), str(found[name] or "")


def _warn_if_unlike(gold_path: str, gold: list[BeadPair], hyp_path: str,
                    hyp: list[BeadPair]) -> None:
    """A hypothesis that aligns nothing, or names sentences the gold does not have
    (of another document, or of another segmentation), is scored -- with a warning."""
    if not hyp_path or not any(s or t for s, t in gold):  # an empty gold is an error, later
        return
    if not any(s or t for s, t in hyp):
        warn(f"{hyp_path}: no beads; scored as aligning nothing")
        return
    for side, what in ((0, "source"), (1, "target")):
        most_gold = max((i for bead in gold for i in bead[side]), default=-1)
        most_hyp = max((i for bead in hyp for i in bead[side]), default=-1)
        if most_hyp > most_gold:
            warn(f"{hyp_path}: names {what} sentence {most_hyp}, but {gold_path} ends at "
                 f"{most_gold}: is it of the same document and segmentation?")
            return


@click.command("eval")
@click.argument("gold", type=ExistingPath(dir_okay=True))
@click.argument("hyp", type=ExistingPath(dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def eval_cmd(gold: str, hyp: str, as_json: bool) -> None:
    """Score alignment HYP against GOLD (bead files, or directories of NAME.gold and
    NAME.align): strict and lax precision, recall and F1, micro-averaged.  A file
    ending in .json is read as a saved alignment (what `aligner run` and `aligner align
    -o X.json` write)."""
    from aligner.align.evaluate import evaluate

    pairs = list(_pairs_from(gold, hyp))
    docs = [(_read_any_beads(g), _read_any_beads(h) if h else []) for g, h in pairs]
    for (g, h), (gold_beads, hyp_beads) in zip(pairs, docs, strict=True):
        _warn_if_unlike(g, gold_beads, h, hyp_beads)
    s = evaluate(docs, gold_names=[g for g, _ in pairs])
    if as_json:
        import json

        click.echo(json.dumps({k: round(getattr(s, k), 6) for k in s.__dataclass_fields__}))
        return
    click.echo(f"documents: {len(docs)}")
    click.echo("           strict   lax")
    click.echo(f"precision  {s.precision_strict:.3f}   {s.precision_lax:.3f}")
    click.echo(f"recall     {s.recall_strict:.3f}   {s.recall_lax:.3f}")
    click.echo(f"F1         {s.f1_strict:.3f}   {s.f1_lax:.3f}")
