"""``aligner export``: write a saved alignment (or a TMX, XLIFF, TSV, CSV, XLSX) as
TMX/XLIFF/TSV/CSV/XLSX."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

import click

from aligner.cli.flagged_option import flagged_options, flagged_units
from aligner.cli.outputs import (
    moved_note,
    moved_units,
    one_sided_note,
    one_sided_text,
    output_not_an_input,
    say_written,
    untranslated_option,
)
from aligner.cli.paths import language_options
from aligner.cli.quiet_option import quiet_option
from aligner.cli.score_option import SCORE
from aligner.cli.terminal import warn
from aligner.cli.tmx_options import creation_date_from_env, tmx_meta, tmx_meta_options
from aligner.formats.units import UnitFile
from aligner.lang import lang_matches
from aligner.lang.tags import is_valid_tag, suggest_code
from aligner.model import Alignment
from aligner.textutil import count


@click.command("export")
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; its extension picks the format (.tmx, .xlf/.xliff, .tsv, .csv, .xlsx; "
    ".json and .align/.beads: the saved alignment and the bead file, of one document pair).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tmx", "xliff", "xliff12", "tsv", "csv", "xlsx", "parallel"]),
    default=None,
    help="Output format, when the extension of -o does not say it (.txt, say); one the "
    "extension contradicts is an error.  xliff is XLIFF 2.1 (what .xlf gives); xliff12 "
    "is XLIFF 1.2, the version CAT tools of OmegaT 3.6's generation and translate-toolkit's "
    "xliff2po read (-o out.xlf --format xliff12).  parallel is two plain files, -o PATH "
    "giving PATH.SRC_LANG and PATH.TGT_LANG, one segment a line (Moses, fairseq, "
    "OpenNMT): -o corpus --format parallel.",
)
@click.option(
    "--min-score",
    type=SCORE,
    default=0.0,
    show_default=True,
    help="Leave out beads scored below this (not in .json and .align/.beads, which keep "
    "every bead: an error with them).",
)
@click.option("--reviewed-only", is_flag=True,
              help="Only the beads a person confirmed or edited in `aligner review` "
                   "(TMX units with an x-reviewed prop).")
@click.option("--src-lang", default=None,
              help="Source language to read from a TMX/XLIFF/TSV/CSV; of a collection, "
                   "export the documents of this source language (a bare language takes "
                   "any region).")
@click.option("--tgt-lang", default=None,
              help="Target language to read from a TMX/XLIFF/TSV/CSV; of a collection, "
                   "export the documents of this target language.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of TSV and CSV inputs without a byte-order mark (TMX, XLIFF "
                   "and the saved alignment say their own).")
@click.option("--doc", "docs", multiple=True, metavar="NAME",
              help="A collection (.db) input: export this document, the documents a "
                   "pattern matches ('legal/*') or those of a folder (legal) (repeatable; "
                   "in the order given; default: every document, by name).")
@click.option("--unique", is_flag=True,
              help="Write each unit (its source and target text) once, where it first "
                   "comes; its repeats -- a document stored twice, a unit merged in from "
                   "two memories -- are left out and counted (a collection, or the "
                   "TMX/XLIFF/TSV/CSV and saved alignments given, across all of them).")
@click.option("--unwrap", is_flag=True,
              help="Segments without the line breaks of a hard-wrapped text: a break "
                   "inside a sentence becomes a space (none in Chinese, Japanese, Thai), a "
                   "word hyphenated at a line end is joined where the joined word is a "
                   "word (Im-/proper: Improper; Sankt-/Petersburg keeps its hyphen).  Not "
                   "in .json and .align/.beads, which keep the exact text: an error with "
                   "them.")
@click.option("--multilingual", is_flag=True,
              help="A collection (.db) to TMX: the translations of one original (documents "
                   "stored from the same source file, into other languages) share their "
                   "units: a source sentence (or sentences) aligned the same way in several "
                   "is one tu with a tuv for each language; the rest stay units of two.")
@click.option("--all-pairs", is_flag=True,
              help="A collection (.db) of more than two languages to one TMX (refused else: "
                   "a CAT tool may take a unit of a third language as a translation).")
@flagged_options
@untranslated_option
@tmx_meta_options
@quiet_option
@output_not_an_input()
def export_cmd(
    inputs: tuple[Path, ...],
    output: Path,
    fmt: str | None,
    min_score: float,
    reviewed_only: bool,
    src_lang: str | None,
    tgt_lang: str | None,
    encoding: str,
    docs: tuple[str, ...],
    unique: bool,
    unwrap: bool,
    untranslated: bool,
    multilingual: bool,
    all_pairs: bool,
    leave_out_flagged: str | None,
    note_flagged: str | None,
    glossary_path: str | None,
    no_glossary: bool,
    severities: tuple[str, ...],
    creator: str | None,
    created: str | None,
    props: tuple[str, ...],
) -> None:
    """Export INPUTS (saved JSON, or TMX/XLIFF/TSV/CSV/XLSX files) to TMX, XLIFF, TSV,
    CSV, XLSX (an Excel workbook, laid out as the CSV) or parallel text.

    XLIFF is written as 2.1, or as 1.2 with --format xliff12; either keeps the
    inline codes of units read from a TMX or XLIFF as XLIFF inline elements,
    and marks translate="no" a unit whose source is code alone (a line of a
    code block, a table cell of inline code only) for the translator's tool.

    A collection (COLLECTION.db, from aligner batch) is exported whole, or the
    documents named by --doc, streaming: memory does not grow with the
    collection; TMX units then carry their document's name (x-document).
    Documents stored from the same files are named in a warning; --unique
    writes each unit once.  A collection of several language pairs (es -> en and
    en -> es) goes to TMX whole, each unit saying its languages (of more than two
    languages with --all-pairs only); the other formats name one pair a file, or
    none: --src-lang and --tgt-lang export one pair.  With --multilingual, the
    translations of one original (es -> en, es -> fr) share their units in TMX.

    Aligned beads only, and a passage moved (check's moved) as one unit: other
    sentences without a counterpart are not exported, but with --untranslated an
    XLIFF (TSV, CSV, XLSX) carries the source sentences left untranslated.
    Several inputs go one after the other into one file.  Units from a TMX to TMX
    keep all they had.  Characters that XML forbids are removed, with a warning.
    Reviewed beads carry x-reviewed; --reviewed-only writes only those.
    --leave-out-flagged LEVEL runs the checks of aligner check (same glossary)
    and leaves out the units with a finding of LEVEL or worse (a forbidden term),
    not the beads a person reviewed; --severity CODE=LEVEL as in aligner check
    (code-changed=error: leave out the units whose code was translated).
    --note-flagged LEVEL writes each unit's findings of LEVEL or worse as notes
    on it (XLIFF and TMX): with --leave-out-flagged, on the units kept.

    \b
    Examples:
      aligner export chile-73.alignment.json -o chile-73.tmx
      aligner export chile-73.alignment.json -o chile-73.xlsx
      aligner export chile-73.alignment.json -o reviewed.tmx --reviewed-only
      aligner export magazine.db -o magazine.tmx --min-score 0.5
      aligner export magazine.db --doc 2021/allende -o allende.xlf
      aligner export memory.tmx -o for-omegat.xlf --format xliff12
      aligner export ch07.alignment.json -o for-translator.xlf --untranslated
      aligner export merged.tmx -o clean.tmx --unique
      aligner export wrapped.alignment.json -o clean.tmx --unwrap
      aligner export magazine.db -o train --format parallel   (train.es, train.en)
      aligner export ngo.db -o archive.tmx --multilingual
      aligner export contract.alignment.json -o clean.tmx --leave-out-flagged error
      aligner export cli.alignment.json -o clean.tmx --leave-out-flagged error \\
          --severity code-changed=error
      aligner export smpc.alignment.json -o for-correction.xlf --note-flagged warning \\
          --glossary glossary.en-de.tsv
    """
    from aligner.collection.schema import looks_like_collection
    from aligner.formats import (
        XLIFF_FORMATS,
        AlignmentFormat,
        alignment_format_for_path,
        check_untranslated,
        export_sources,
        load_source,
    )
    from aligner.formats.score_props import read_scores
    from aligner.formats.tmx_left_out import not_written
    from aligner.formats.units import PROP_REVIEWED, UnitFile, translations_only

    language_options(src_lang, tgt_lang)
    meta = tmx_meta(creator, created, props)
    out_format = alignment_format_for_path(
        output, fmt=AlignmentFormat(fmt) if fmt else None,
        # parallel text is two files: no format standard output is asked for
        writes=[f for f in AlignmentFormat if f is not AlignmentFormat.PO  # (read only)
                and (f is not AlignmentFormat.PARALLEL or str(output) != "-")])
    if out_format is AlignmentFormat.PARALLEL and str(output) == "-":
        raise click.UsageError("--format parallel writes two files: give -o PATH for "
                               "PATH.SRC_LANG and PATH.TGT_LANG")
    # the saved alignment and the bead file hold every bead, null beads included
    whole = out_format in (AlignmentFormat.JSON, AlignmentFormat.BEADS)
    if created is not None and out_format not in (AlignmentFormat.TMX, *XLIFF_FORMATS):
        raise click.UsageError(f"--created dates a TMX or XLIFF header: {out_format.value} "
                               "has none")
    if (creator is not None or props) and out_format is not AlignmentFormat.TMX:
        # said before any input is read, so no warning about it comes first
        raise click.UsageError(f"--creator and --prop are written to TMX only: "
                               f"{out_format.value} has no place for them")
    if whole and (min_score > 0 or reviewed_only or unique or leave_out_flagged):
        option = ("--min-score" if min_score > 0 else "--reviewed-only" if reviewed_only
                  else "--unique" if unique else "--leave-out-flagged")
        raise click.UsageError(f"{option} goes with TMX, XLIFF, TSV, CSV and XLSX: "
                               f"{out_format.value} keeps every bead")
    check_untranslated(out_format, untranslated)
    if untranslated and unique:  # a repeat --unique leaves out is split into one-sided beads
        raise click.UsageError("--untranslated and --unique do not go together: the repeats "
                               "--unique leaves out would be written as sources left "
                               "untranslated; export once with each")
    if note_flagged and out_format not in (AlignmentFormat.TMX, *XLIFF_FORMATS):
        raise click.UsageError(f"--note-flagged writes notes to TMX and XLIFF: "
                               f"{out_format.value} has no place for them")
    if untranslated and leave_out_flagged:  # the units left out are split as --unique's
        raise click.UsageError("--untranslated and --leave-out-flagged do not go together: "
                               "the units left out would be written as sources left "
                               "untranslated; export once with each")
    if whole and unwrap:
        raise click.UsageError(f"--unwrap goes with TMX, XLIFF, TSV, CSV and XLSX: "
                               f"{out_format.value} keeps each sentence's exact text")
    collection = any(looks_like_collection(path) for path in inputs)
    if collection and len(inputs) != 1:
        raise click.UsageError("a collection is exported alone: give one COLLECTION.db")
    if not collection and (docs or multilingual or all_pairs):
        flag = "--doc" if docs else "--multilingual" if multilingual else "--all-pairs"
        raise click.UsageError(f"{flag} goes with a collection (COLLECTION.db)")
    ask = partial(flagged_units, inputs, level=leave_out_flagged, glossary_path=glossary_path,
                  no_glossary=no_glossary, output=output, docs=docs, src_lang=src_lang,
                  tgt_lang=tgt_lang, encoding=encoding, min_score=min_score,
                  reviewed_only=reviewed_only, severities=severities, note_level=note_flagged)
    # files of units are checked once read: a file export cannot read is said as export says it
    checks = leave_out_flagged is not None or note_flagged is not None
    flagged = ask(collection=collection) if collection or not checks else None
    if collection:
        from aligner.collection.export import export_collection

        report = export_collection(inputs[0], output, names=docs, fmt=out_format,
                                   min_score=min_score, creation_date=creation_date_from_env(),
                                   meta=meta, reviewed_only=reviewed_only, unique=unique,
                                   unwrap=unwrap, untranslated=untranslated, warn=warn,
                                   src_lang=src_lang, tgt_lang=tgt_lang,
                                   multilingual=multilingual, all_pairs=all_pairs,
                                   flagged=flagged)
    else:
        sources = [load_source(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
                   for path in inputs]
        if checks:
            flagged = ask(collection=False)
        moved = 0
        for k, source in enumerate(sources):
            if isinstance(source, UnitFile):
                if source.header_row:
                    warn(f"{source.name}: line 1 names the columns "
                         f"({source.header_row.replace(chr(9), ' | ')}): read as a header, "
                         "not as a unit")
                sources[k], messages = read_scores(source)
                for message in messages:
                    warn(f"{source.name}: {message}")
            elif not (whole or checks):  # a moved passage as one unit (check.moved_beads)
                sources[k], paired = moved_units(source)
                moved += paired
        for path, source in zip(inputs, sources, strict=True):
            # TSV, CSV, XLSX and bead files have no place for a review mark (a saved alignment
            # keeps a unit's with its props)
            drops_marks = out_format in (AlignmentFormat.TSV, AlignmentFormat.CSV,
                                         AlignmentFormat.XLSX, AlignmentFormat.BEADS,
                                         AlignmentFormat.PARALLEL)
            marked = (sum(PROP_REVIEWED in u.props for u in source.units)
                      if isinstance(source, UnitFile)
                      # null beads are not exported: their marks are not dropped
                      else sum(b.review is not None and not b.is_null for b in source.beads))
            if marked and drops_marks and not reviewed_only:  # all are marked
                warn(f"{path}: {count(marked, 'unit')} marked reviewed: the mark is not "
                     f"written to {out_format.value} (TMX and XLIFF keep it)")
            # XLIFF and TMX write a unit's codes as their inline elements (TMX to TMX
            # keeps its tu as read), a saved alignment keeps them beside the text; the
            # rest write them as placeholder text
            if isinstance(source, UnitFile) and out_format not in (
                    *XLIFF_FORMATS, AlignmentFormat.TMX, AlignmentFormat.JSON) and (
                    tagged := sum(bool(u.src_tags or u.tgt_tags) for u in source.units)):
                warn(f"{source.name}: {count(tagged, 'unit')} with inline codes written as "
                     f"placeholder text ({{1}}bold{{/1}}): {out_format.value} read back gives "
                     "them as text, not codes (TMX and XLIFF keep codes)")
            # a saved alignment keeps each unit's record of its tu for TMX (tmx_record)
            if isinstance(source, UnitFile) and out_format not in (
                    AlignmentFormat.TMX, AlignmentFormat.JSON) and (
                    lost := not_written(translations_only(source), out_format.value)):
                warn(f"{source.name}: {lost}")
            if isinstance(source, UnitFile) and (left := _left_out(source, tgt_lang)):
                warn(f"{source.name}: {left}")
        beads = [b for source in sources if not isinstance(source, UnitFile)
                 for b in source.beads]  # (before flagged beads are split)
        if flagged is not None:
            sources = [flagged.source(source, str(path))
                       for path, source in zip(inputs, sources, strict=True)]
        once = None
        if unique:
            from aligner.collection.duplicates import UniqueUnits

            once = UniqueUnits(min_score=min_score, reviewed_only=reviewed_only)
            sources = [once.source(source) for source in sources]
        report = export_sources(sources, output, fmt=out_format, min_score=min_score,
                                creation_date=creation_date_from_env(), meta=meta,
                                reviewed_only=reviewed_only,
                                labels=[str(p) for p in inputs], asked=(src_lang, tgt_lang),
                                unwrap=unwrap, untranslated=untranslated)
        if once is not None:
            report = replace(report, repeated=once.left_out)
        if any(not (lang_matches(s.src_lang, sources[0].src_lang)
                    and lang_matches(s.tgt_lang, sources[0].tgt_lang)) for s in sources):
            # regions that differ (es-ES, es-MX), merged as a bare language was asked
            written = (f"{_as_written(sources, 'src_lang', src_lang)} -> "
                       f"{_as_written(sources, 'tgt_lang', tgt_lang)}")
            warn("merged " + ", ".join(f"{s.src_lang} -> {s.tgt_lang} ({path.name})"
                                       for path, s in zip(inputs, sources, strict=True))
                 + (": each unit keeps its own language tag"
                    if out_format is AlignmentFormat.TMX else f": written as {written}"))
    if report.chars_removed:
        warn(report.removed_message())
    for message in report.dropped:  # what the format written has no place for
        warn(message)
    dropped, left_out = ("" if collection else moved_note(moved)), ""
    if unique:
        dropped += f", {count(report.repeated, 'repeated unit')} left out (--unique)"
    if flagged is not None:
        dropped += flagged.said(report.notes, untranslated=untranslated)
    if reviewed_only:  # (a bead no person marked is left out for that, one-sided or not)
        dropped += " (reviewed beads only)"
    # (--unique hands repeats on as one-sided beads; json and beads keep one-sided beads)
    if collection and not unique and not whole:
        written, left_out = one_sided_text(*report.one_sided, untranslated=untranslated,
                                           reviewed=reviewed_only)
        dropped += written
    elif not whole and not collection:
        written, left_out = one_sided_note(
            [b for b in beads if b.review is not None or not reviewed_only],
            untranslated=untranslated, reviewed=reviewed_only)
        dropped += written
    say_written(report, output, dropped, left_out=left_out)
    if reviewed_only and report.units_written == 0:
        warn("no bead is marked reviewed yet: `aligner review` marks the beads you correct "
             "or confirm")


def _left_out(units: UnitFile, tgt_lang: str | None) -> str | None:
    """What an export of ``units`` leaves out, and why (None: nothing), e.g.
    ``1 of 3 units left out: 1 not translated (no text in en-GB: tu1/3)``;
    ``tgt_lang`` is the one asked for (None: the first unit's was taken)."""
    untranslated = [u for u in units.units if u.source.strip() and not u.target.strip()]
    ids = [u.unit_id for u in untranslated if u.unit_id]
    named = (": " + ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")) if ids else ""
    reasons = [(len(untranslated), f"not translated (no text in {units.tgt_lang}{named})"),
               (sum(not u.source.strip() for u in units.units),
                f"with no text in {units.src_lang}"),
               (units.skipped, f"without both {units.src_lang} and {units.tgt_lang} "
                               f"({_other_languages(units, tgt_lang)})")]
    left = sum(n for n, _ in reasons)
    if not left:
        return None
    return (f"{left} of {count(len(units.units) + units.skipped, 'unit')} left out: "
            + "; ".join(f"{n} {why}" for n, why in reasons if n))


def _as_written(sources: list[Alignment | UnitFile], side: str, asked: str | None) -> str:
    """The language tag a side of merged ``sources`` is written with outside TMX: the
    one asked when the sources differ on it (``formats.export_sources``)."""
    tags = {getattr(s, side) for s in sources}
    return asked if asked and len(tags) > 1 else getattr(sources[0], side)


def _other_languages(units: UnitFile, tgt_lang: str | None) -> str:
    """Why units lacked the pair: their other languages (``English`` is no language
    code), and which ``--tgt-lang`` would take the most of them."""
    others = [(tag, n) for tag, n in units.languages
              if not lang_matches(units.src_lang, tag) and not lang_matches(units.tgt_lang, tag)]
    said = [f"the tag {tag!r} is not a language code" + (
                f" (did you mean {code}?)" if (code := suggest_code(tag)) else "")
            for tag, _ in others if not is_valid_tag(tag)]
    codes = [(tag, n) for tag, n in others if is_valid_tag(tag)]
    if codes:
        said.append("they have " + ", ".join(f"{tag} ({count(n, 'unit')})"
                                                     for tag, n in codes))
    if codes and tgt_lang is None:
        said.append(f"the target is the first unit's: --tgt-lang {codes[0][0]} would take "
                    f"{count(codes[0][1], 'unit')}")
    elif not said:
        said.append("in other languages: --src-lang and --tgt-lang choose them")
    return "; ".join(said)
