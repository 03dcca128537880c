"""``aligner align`` and ``aligner eval``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from aligner.align import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.beadfile import format_bead, read_beads, read_sentence_lines
from aligner.align.evidence import read_dictionary
from aligner.errors import ConfigError, InputError
from aligner.fileio import atomic_write
from aligner.model import Alignment
from aligner.textutil import escape_cell

FORMATS = ("beads", "tsv", "json", "tmx")


def progress_reporter() -> Progress | None:
    """A one-line progress display on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(stage: str, frac: float) -> None:
        bar = "#" * int(frac * 20)
        # padded so that a shorter stage wipes out a longer one before it
        click.echo(f"\r  aligning [{bar:<20}] {stage:<44}", err=True, nl=frac >= 1.0)

    return report


def write_alignment(alignment: Alignment, out: IO[str], fmt: str) -> None:
    if fmt == "beads":
        for bead in alignment.beads:
            out.write(format_bead(bead) + "\n")
    elif fmt == "tsv":
        # n:m beads are joined as in every exported format (TMX, XLIFF, TSV files)
        from aligner.formats.units import join_sentences

        for bead in alignment.beads:
            src = join_sentences([alignment.src_sentences[i] for i in bead.src],
                                 alignment.src_lang)
            tgt = join_sentences([alignment.tgt_sentences[j] for j in bead.tgt],
                                 alignment.tgt_lang)
            out.write(f"{escape_cell(src)}\t{escape_cell(tgt)}\t{bead.score:.4f}\n")
    elif fmt == "json":
        import json

        from aligner.formats.alignment_json import alignment_to_json

        json.dump(alignment_to_json(alignment), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:  # pragma: no cover - click restricts the choice
        raise ConfigError(f"unknown format {fmt!r}")


def _read_side(path: str, lang: str, *, presplit: bool, encoding: str,
               input_format: str | None) -> tuple[list[str], frozenset[int] | None]:
    """Sentences and paragraph starts (none for presplit input) of one side."""
    if presplit:
        return read_sentence_lines(path, encoding=encoding), None
    from aligner.readers import read_document
    from aligner.segment import segment_document

    seg = segment_document(read_document(path, lang=lang, input_format=input_format,
                                         encoding=encoding))
    return list(seg.sentences), seg.paragraph_starts


@click.command("align")
@click.argument("src", type=click.Path(exists=True, dir_okay=False))
@click.argument("tgt", type=click.Path(exists=True, dir_okay=False))
@click.option("--src-lang", required=True, help="Source language code (es, en, zh, ...).")
@click.option("--tgt-lang", required=True, help="Target language code.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="beads", show_default=True,
              help="beads: [0, 1]:[0]:score lines; tsv: source, target, score; json: with "
                   "per-bead confidence and signals; tmx: TMX 1.4 (needs -o).")
@click.option("--presplit", is_flag=True,
              help="SRC and TGT are one sentence per line already; do not segment.")
@click.option("--glossary", type=click.Path(exists=True, dir_okay=False),
              help="Glossary TSV: its terms become alignment anchors.")
@click.option("--dictionary", type=click.Path(exists=True, dir_okay=False),
              help="Bilingual dictionary TSV (source<TAB>target per line).")
@click.option("--src-mt", type=click.Path(exists=True, dir_okay=False),
              help="Machine translation of SRC into the target language, line by line.")
@click.option("--min-score", type=float, default=0.0, show_default=True,
              help="TMX only: drop beads with a lower confidence.")
@click.option("--encoding", default="utf-8", show_default=True, help="Input encoding.")
@click.option("--input-format", type=click.Choice(["text", "markdown", "html"]),
              help="Override the reader chosen from the file extension.")
def align_cmd(src: str, tgt: str, src_lang: str, tgt_lang: str, output: str | None, fmt: str,
              presplit: bool, glossary: str | None, dictionary: str | None,
              src_mt: str | None, min_score: float, encoding: str,
              input_format: str | None) -> None:
    """Align SRC with TGT sentence by sentence.

    Every sentence of both texts is in exactly one bead; unmatched ones are
    1-0 / 0-1 beads.  Texts of 40,000 source sentences or more are cut into
    segments that worker processes, one per core, align in parallel.

    \b
    Examples:
      aligner align corpus/es/chile-73.es.txt corpus/en/chile-73.en.txt \\
          --src-lang es --tgt-lang en --format tsv
      aligner align a.src a.tgt --presplit --src-lang de --tgt-lang fr --src-mt a.mt
    """
    src_sents, src_pars = _read_side(src, src_lang, presplit=presplit, encoding=encoding,
                                        input_format=input_format)
    tgt_sents, tgt_pars = _read_side(tgt, tgt_lang, presplit=presplit, encoding=encoding,
                                        input_format=input_format)
    term_pairs: list[tuple[str, str]] = []
    if glossary:
        from aligner.glossary import load_glossary
        from aligner.model import TermStatus

        g = load_glossary(glossary, src_lang=src_lang, tgt_lang=tgt_lang)
        term_pairs += [(e.source, e.target) for e in g.entries
                       if e.status is not TermStatus.FORBIDDEN]
    if dictionary:
        term_pairs += read_dictionary(dictionary)
    mt = None
    if src_mt:
        mt = read_sentence_lines(src_mt, encoding=encoding)
        if len(mt) != len(src_sents):
            raise InputError(
                f"has {len(mt)} lines but SRC has {len(src_sents)} sentences; --src-mt must "
                "translate SRC line by line", path=src_mt)
    if src_sents and tgt_sents:
        big, small = max(len(src_sents), len(tgt_sents)), min(len(src_sents), len(tgt_sents))
        if big >= 10 * small:
            click.echo(f"aligner: warning: the texts differ in size {big} vs {small} "
                       "sentences; expect many unaligned sentences", err=True)
    alignment = align_sentences(
        src_sents, tgt_sents, src_lang=src_lang, tgt_lang=tgt_lang,
        src_paragraph_starts=src_pars, tgt_paragraph_starts=tgt_pars,
        evidence=Evidence(term_pairs=tuple(term_pairs), src_mt=mt),
        options=AlignOptions(), src_name=Path(src).name, tgt_name=Path(tgt).name,
        progress=progress_reporter(),
    )
    if fmt == "tmx":
        if not output:
            raise ConfigError("--format tmx needs -o FILE.tmx")
        from aligner.formats.tmx import write_tmx

        result = write_tmx(alignment, output, min_score=min_score)
        if result.chars_removed:
            click.echo(f"aligner: warning: removed {result.chars_removed} characters not "
                       "allowed in XML", err=True)
        return
    if output:
        with atomic_write(output) as out:
            write_alignment(alignment, out, fmt)
    else:
        write_alignment(alignment, sys.stdout, fmt)


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
    for name in names:
        cand = [h / f"{name}.{ext}" for ext in ("align", "beads", "hyp")]
        found = next((c for c in cand if c.exists()), None)
        if found is None:
            click.echo(f"aligner: warning: no hypothesis for {name} (scored as empty)",
                       err=True)
            yield str(g / f"{name}.gold"), ""
        else:
            yield str(g / f"{name}.gold"), str(found)


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("hyp", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def eval_cmd(gold: str, hyp: str, as_json: bool) -> None:
    """Score alignment HYP against GOLD (bead files, or directories of NAME.gold and
    NAME.align): strict and lax precision, recall and F1, micro-averaged."""
    from aligner.align.evaluate import evaluate

    docs = [(read_beads(g), read_beads(h) if h else []) for g, h in _pairs_from(gold, hyp)]
    s = evaluate(docs)
    if as_json:
        import json

        click.echo(json.dumps({k: round(getattr(s, k), 6) for k in s.__dataclass_fields__}))
        return
    click.echo(f"documents: {len(docs)}")
    click.echo("           strict   lax")
    click.echo(f"precision  {s.precision_strict:.3f}   {s.precision_lax:.3f}")
    click.echo(f"recall     {s.recall_strict:.3f}   {s.recall_lax:.3f}")
    click.echo(f"F1         {s.f1_strict:.3f}   {s.f1_lax:.3f}")
