"""``aligner batch``: align every document pair of two folders into a collection."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.cli.batch_failures import tell_failures
from aligner.cli.encoder_option import encoder_option
from aligner.cli.launch import first_ctrl_c_ignores_the_next
from aligner.cli.paths import ExistingPath
from aligner.cli.quiet_option import info, quiet_option
from aligner.cli.srx_option import with_srx
from aligner.cli.terminal import batch_progress, warn
from aligner.errors import ConfigError, GlossaryPairError
from aligner.readers import FORMAT_NAMES
from aligner.textutil import count

if TYPE_CHECKING:
    from collections.abc import Mapping

    from aligner.collection.batch import BatchSummary
    from aligner.collection.pairing import Pairing
    from aligner.collection.remembered import Resolved, Setting
    from aligner.collection.work import BatchSettings
    from aligner.segment.srx import SrxRules


@click.command("batch")
@click.argument("src_dir", required=False, type=click.Path(file_okay=False))
@click.argument("tgt_dir", required=False, type=click.Path(file_okay=False))
@click.option("--src-lang", help="Source language code (es, en, zh, ...); default: SRC_DIR's "
                                 "name when it is one (corpus/es) -- with --manifest, the tag "
                                 "in each source file's name (a.es.txt) --, else the "
                                 "collection's.  A manifest row's src_lang cell comes first; "
                                 "a row whose file's name says another language is an "
                                 "error, not relabelled.")
@click.option("--tgt-lang", help="Target language code; default: TGT_DIR's name when it is "
                                 "one (with --manifest, the tag in each target file's "
                                 "name), else the collection's.  A manifest row's tgt_lang "
                                 "cell comes first.")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="The collection database (SQLite): created when missing, updated when "
                   "it exists.")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="Pair the files a TSV lists instead of two folders: a header line naming "
                   "the columns src, tgt and optionally name, src_lang and tgt_lang; paths "
                   "relative to the manifest.  Its rows may be of several language pairs.")
@click.option("--glossary", type=ExistingPath(),
              help="Glossary (TSV, CSV, TBX, OmegaT TSV, .xlsx): its terms become alignment "
                   "anchors, as in aligner align.  The collection remembers it for the "
                   "language pair: a later run of the pair without --glossary uses it.  A "
                   "run of several pairs uses it for those it is for, and says which not.  "
                   "./glossary.tsv is not read unasked (give --glossary glossary.tsv once): "
                   "a default that depended on the folder a run starts in would realign "
                   "every pair of a run from another folder.")
@click.option("--no-glossary", is_flag=True,
              help="Align without a glossary, and make the collection forget the one it "
                   "remembers.")
@click.option("--no-srx", is_flag=True,
              help="Segment by the built-in rules, and make the collection forget the SRX "
                   "file it remembers.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Realign every pair, changed or not.")
@click.option("--discard-reviews", is_flag=True,
              help="Realign changed (or, with --force, all) documents even where a person "
                   "confirmed or edited beads in aligner review: their review is lost.  "
                   "Without it a reviewed document whose files changed keeps the review "
                   "of its unchanged sentences; one whose settings alone changed is kept "
                   "as it is, with a warning.")
@click.option("--retry-failed", is_flag=True,
              help="Try again the pairs that failed for a reason of their files' own "
                   "(an XLIFF among the documents, a binary file) though their files and "
                   "settings are the same; without it such a pair is said to have failed "
                   "before, and not read again (--force tries them too).")
@click.option("--prune", is_flag=True,
              help="Take out of the collection the documents whose files are gone and "
                   "whose name no pair has now (a renamed or deleted pair); with "
                   "--discard-reviews reviewed ones too; never a memory of aligner import.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Align on a Dask cluster (tcp://HOST:PORT; needs aligner[dask]); this "
                   "process still reads the files and writes the database.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the documents (and glossary) without a byte-order mark.")
@click.option("--input-format", type=click.Choice([*FORMAT_NAMES, "auto"]),
              help="Override the reader chosen from each file's extension (auto: by "
                   "extension, forgetting the collection's).")
@with_srx
@quiet_option
@encoder_option
@click.pass_context
def batch_cmd(ctx: click.Context, src_dir: str | None, tgt_dir: str | None,
              src_lang: str | None, tgt_lang: str | None, db: str, manifest: str | None,
              glossary: str | None, no_glossary: bool, no_srx: bool, jobs: int | None,
              force: bool, discard_reviews: bool, retry_failed: bool, prune: bool,
              scheduler: str | None, encoding: str, input_format: str | None,
              srx: SrxRules | None, encoder: str) -> None:
    """Align every document pair of SRC_DIR and TGT_DIR into the collection --db.

    A pair is the same relative path on both sides, a language tag in the file
    name left out: es/2021/allende.es.md pairs with en/2021/allende.en.md (the
    document 2021/allende), foo.txt with foo.txt; informe_ES.docx with
    informe_EN.docx, carta-es with carta-en, ES_boletin with EN_boletin (a tag
    on both sides).  Files without a partner are listed as warnings.  Running
    the same command again only aligns the pairs whose files or settings
    changed (--force: all of them); an interrupted run is finished by the next.
    A pair that fails is recorded (one aligned before keeps that alignment) and
    listed at the end; the next run tries it
    again when its files or settings changed, or it failed for the machine (a worker
    killed), else says it failed before (--retry-failed tries it).  Exit status: 0
    all pairs aligned, 1 some failed (before too), 2 bad command line or unusable
    database.  The languages are
    --src-lang and --tgt-lang, else the folders' names when they are language
    tags (corpus/es) -- with --manifest, each row's: its src_lang and tgt_lang
    cells, else the options, else the tags in its files' names (a.es.txt, as
    aligner align reads them) --, else the pair of the collection --db when it
    holds one.  A manifest of several language pairs (one original, its
    translations into en, fr and pt-BR) runs each pair with its settings.  A
    collection holds documents of several language pairs
    (es -> en and en -> es; en -> pt-BR and en -> es-419): a run of a pair it
    does not hold adds it, and says so.  The collection remembers the --glossary,
    --srx, --encoder and --input-format of each language pair's last run: a run that
    leaves one out uses its pair's, and one given replaces it for the pair
    (--no-glossary, --no-srx, auto: forget it).

    \b
    Examples:
      aligner batch corpus/es corpus/en --db corpus.db
      aligner batch es/ en/ --db mag.db --glossary g.tsv --jobs 4
      aligner batch --manifest pairs.tsv --src-lang es --tgt-lang en --db mag.db
      aligner batch --manifest pairs.tsv --db mag.db       # a.es.txt -> a.fr.txt rows
      aligner batch docx/spanish docx/english --src-lang es --tgt-lang en --db mag.db \\
          --srx omegat.srx
      aligner batch es/ en/ --db mag.db --scheduler tcp://10.0.0.5:8786
    """
    from aligner.cli.batch_languages import row_languages, side_language, tag_mismatch
    from aligner.cli.batch_report import tell_summary
    from aligner.cli.batch_settings import given_settings, pair_settings, tell, unfit_pairs
    from aligner.cli.paths import language_options
    from aligner.collection.batch import run_batch
    from aligner.collection.dask_run import SchedulerLost
    from aligner.collection.language_pairs import added_pairs_note, same_pair
    from aligner.collection.local_run import default_jobs, local_runner
    from aligner.collection.opening import refuse_read_only
    from aligner.collection.pairing import (
        check_manifest_files,
        manifest_pairing,
        manifest_rows,
        pair_folders,
    )
    from aligner.collection.remembered import (
        all_remembered,
        forget_if_empty,
        pair_key,
        remember,
        with_glossary,
    )
    from aligner.collection.runlock import batch_lock
    from aligner.collection.store import open_collection
    from aligner.fileio import check_encoding
    from aligner.lang.tags import normalize_tag

    language_options(src_lang, tgt_lang)
    if manifest is not None and (src_dir is not None or tgt_dir is not None):
        raise click.UsageError("give either SRC_DIR TGT_DIR or --manifest, not both")
    if manifest is None and (src_dir is None or tgt_dir is None):
        raise click.UsageError("give SRC_DIR and TGT_DIR (or --manifest PAIRS.tsv)")
    given = given_settings(ctx, glossary=glossary, no_glossary=no_glossary, srx=srx,
                           no_srx=no_srx, encoder=encoder, input_format=input_format)
    check_encoding(encoding)  # before a database is made to record every pair failing
    for folder in (src_dir, tgt_dir):  # before its name is read for a language
        if folder is not None and not Path(folder).is_dir():
            raise ConfigError("no such folder" if not Path(folder).exists()
                              else "is a file, not a folder", path=folder)
    rows = manifest_rows(manifest, encoding=encoding) if manifest is not None else ()
    if manifest is not None:  # a row's file not there: bad input, before a database is made
        check_manifest_files(manifest, rows)
    if scheduler is not None:  # no Dask installed: said before a database is made
        from aligner.collection.dask_run import dask_runner

        runner = dask_runner(scheduler)
    held: list[tuple[str, str]] = []  # the collection's language pairs (none yet, or more)
    pairs_kept: dict[tuple[str, str], dict[str, Setting]] = {}  # each pair's settings
    # the languages of its documents aligned with a glossary, and of all it aligned
    glossed: list[tuple[str, str]] = []
    aligned: list[tuple[str, str]] = []
    if Path(db).exists():
        with open_collection(db) as collection, collection.guard():
            for note in collection.notes():
                warn(note)
            documents = collection.documents()
            held = list(dict.fromkeys((d.src_lang, d.tgt_lang) for d in documents))
            pairs_kept, glossed = all_remembered(collection.conn), with_glossary(collection.conn)
            aligned = [(d.src_lang, d.tgt_lang) for d in documents if d.status == "aligned"]
    one = held[0] if len(held) == 1 else (None, None)
    # why the collection cannot say a language no option or folder gave
    mute = (f"{db} holds documents of {len(held)} language pairs" if held
            else f"{db} holds no document yet to take the languages from")
    # each language pair of the run: its languages, where they came from, its pairs
    groups: list[tuple[tuple[str, str], tuple[str | None, str | None], Pairing]] = []
    if manifest is not None:
        found = row_languages(rows, (src_lang, tgt_lang), one, manifest=manifest, db=db,
                              mute=mute)
        spelt: dict[tuple[str, str], tuple[str, str]] = {}  # pt-br and pt-BR: one pair
        langs = [spelt.setdefault((normalize_tag(s), normalize_tag(t)), (s, t))
                 for (s, t), _ in found]
        origins = dict(zip(langs, (origin for _, origin in found), strict=True))
        groups = [(pair, origins[pair], pairing)
                  for pair, pairing in manifest_pairing(manifest, rows, langs)]
    else:
        assert src_dir is not None and tgt_dir is not None  # refused above
        src_lang, src_said = side_language(src_lang, src_dir, one[0], "--src-lang", "SRC_DIR",
                                           db, mute)
        tgt_lang, tgt_said = side_language(tgt_lang, tgt_dir, one[1], "--tgt-lang", "TGT_DIR",
                                           db, mute)
        pairing = pair_folders(src_dir, tgt_dir, src_lang=src_lang, tgt_lang=tgt_lang,
                               ignore=[db + suffix for suffix in _BESIDE_DB])
        mistagged = tag_mismatch(pairing.unpartnered,
                                 (src_dir, src_lang, "--src-lang", src_said),
                                 (tgt_dir, tgt_lang, "--tgt-lang", tgt_said)
                                 ) if not pairing.pairs else None
        if mistagged is not None:
            raise ConfigError(f"no document pair in {src_dir} and {tgt_dir}: {mistagged}")
        for path in pairing.unpartnered:
            warn(f"{path}: no partner in the other folder; left out")
        for same in pairing.ambiguous:
            warn(f"{' and '.join(map(str, same))} name the same document; left out (rename "
                 "one, or pair them with --manifest)")
        if pairing.formats:
            shown = pairing.formats[:4]
            warn(f"{', '.join(shown)}{' ...' if len(pairing.formats) > 4 else ''}: one name "
                 "in several formats on both sides, each stored as a document of its own "
                 "named with its extension (move drafts out of the folders, or pair the "
                 "files with --manifest)")
        if not pairing.pairs:
            raise ConfigError(f"no document pair in {src_dir} and {tgt_dir}: a pair is a file "
                              "of the same name on each side, a language tag left out "
                              "(es/a.es.txt, en/a.en.txt); files named otherwise are paired "
                              "by --manifest PAIRS.tsv (columns src and tgt)")
        groups = [((src_lang, tgt_lang), (src_said, tgt_said), pairing)]
    # each language pair's settings, all read before the collection is written
    runs: list[tuple[BatchSettings, Resolved, tuple[str, str], Pairing]] = []
    unfit = unfit_pairs(glossary, [pair for pair, *_ in groups], encoding)
    for (src, tgt), origin, pairing in groups:
        # a glossary of another pair is not given for this one: it keeps its own settings
        own = ({k: v for k, v in given.items() if k != "glossary"} if (src, tgt) in unfit
               else given)
        resolved, key = pair_settings(own, pairs_kept, (src, tgt), db=db,
                                      with_glossary=glossed)
        runs.append((_settings(own, resolved, key, (src, tgt), origin,
                               glossary=None if (src, tgt) in unfit else glossary,
                               srx=srx, encoding=encoding, db=db), resolved, key, pairing))
    if unfit:
        counts = {pair: len(pairing.pairs) for pair, _, pairing in groups}
        warn(f"{glossary} is for another language pair than "
             + ", ".join(f"{s} -> {t} ({count(counts[s, t], 'document')})" for s, t in unfit)
             + ": not used for those, which are aligned with their own pair's settings "
             "(a glossary of their pair is given with a manifest of their rows)")
    total = sum(len(pairing.pairs) for *_, pairing in runs)
    if scheduler is None:  # at most 4 workers per core, and no more than pairs
        most = _MOST_JOBS_PER_CORE * default_jobs()
        workers = min(jobs or default_jobs(), most, total)
        runner = local_runner(workers)
        if jobs is not None and jobs > most:
            warn(f"--jobs {jobs} is more than {_MOST_JOBS_PER_CORE} worker processes per "
                 f"core; starting {workers}")
    refuse_read_only(db)  # before a lock file is made beside it
    if scheduler is not None:  # unreachable: nothing made, nothing remembered (walk_loc P11)
        from aligner.collection.dask_run import reach

        reach(scheduler)
    for _, resolved, key, _ in runs:
        tell(resolved, key, aligned=any(same_pair(p, key) for p in aligned), kept=pairs_kept)
    summaries: list[tuple[tuple[str, str], BatchSummary]] = []
    new = not Path(db).exists()  # a mistyped --db would start a collection unsaid
    with batch_lock(db) as lock, open_collection(db, create=True) as collection:
        if new:
            info(f"aligner: {db} is a new collection (no file of that name was there)")
        with collection.guard(), collection.transaction():  # what the next run goes on with
            for _, resolved, key, _ in runs:
                remember(collection.conn, key, resolved.settings)
        # --force: the last id before this run, or before the --force run it goes on with
        forced_after = None
        if force:
            forced_after = lock.unfinished_force
            lock.note(collection.last_id() if forced_after is None else forced_after)
        finish = ("run the same command again to finish" + (
            " (--force then realigns only the pairs this run did not reach)" if force else ""))
        # the names of the run's pairs: those of the pairs run, as stored (fr/NAME)
        done: set[str] = set()
        try:
            with first_ctrl_c_ignores_the_next():
                for i, (settings, _, key, pairing) in enumerate(runs):
                    later = {p.name for *_, later in runs[i + 1:] for p in later.pairs}
                    summary = run_batch(collection, pairing.pairs, settings, runner=runner,
                                        force=force, discard_reviews=discard_reviews,
                                        prune=prune, progress=batch_progress(),
                                        forced_after=forced_after,
                                        others=frozenset(done | later),
                                        look_for_gone=i == len(runs) - 1,
                                        retry_failed=retry_failed,
                                        run_pairs=frozenset(key for _, _, key, _ in runs))
                    summaries.append((key, summary))
                    renamed = {name: taken for name, _, taken in summary.own_names}
                    renamed.update(summary.found)
                    done |= {renamed.get(p.name, p.name) for p in pairing.pairs}
        except KeyboardInterrupt:
            # the workers are ended and every pair stored is whole: what is left is
            # closing the database (a second Ctrl-C is ignored until the exit)
            click.echo(f"\naligner: interrupted; every pair stored so far is complete: "
                       f"{finish}", err=True)
            ctx.exit(130)
        except SchedulerLost as exc:
            click.echo(f"aligner: error: {exc}; every pair stored so far is complete: "
                       f"{finish}", err=True)
            ctx.exit(exc.exit_code)
        lock.note(None)  # finished: the next --force starts over
        with collection.guard(), collection.transaction():  # a new pair that stored nothing
            for key, _ in summaries:  # (every document refused) keeps no settings (walk6)
                if (pair_key(pairs_kept, key) not in pairs_kept
                        and forget_if_empty(collection.conn, key)):
                    info(f"aligner: no {key[0]} -> {key[1]} document was stored: the "
                         "collection remembers no settings for it")
        added = added_pairs_note(db, held, [(d.src_lang, d.tgt_lang)
                                            for d in collection.documents()])
    told: set[tuple[str, ...]] = set()  # groups of copies said already
    for i, (key, summary) in enumerate(summaries):
        tell_summary(summary, db=db, force=force, told=told,
                     added=added if i == len(summaries) - 1 else None,
                     of=f"{key[0]} -> {key[1]}: " if len(summaries) > 1 else "")
    if tell_failures([f for _, summary in summaries for f in summary.failed], db):
        ctx.exit(1)


def _settings(given: Mapping[str, Setting], resolved: Resolved, key: tuple[str, str],
              langs: tuple[str, str], said: tuple[str | None, str | None], *,
              glossary: str | None, srx: SrxRules | None, encoding: str, db: str
              ) -> BatchSettings:
    """What a language pair's documents are aligned with: the options ``given``, else
    those the collection keeps for the pair under ``key`` (``resolved``); an error naming
    the pair for a remembered encoder or glossary that cannot be used."""
    from aligner.align import AlignOptions
    from aligner.align.encoder import check_encoder
    from aligner.collection.work import BatchSettings
    from aligner.pipeline import load_glossary_file, load_srx

    glossary = glossary or resolved.value("glossary")  # one given: by the name given
    encoder, input_format = str(resolved.value("encoder")), resolved.value("input-format")
    if srx is None and (srx_path := resolved.value("srx")) is not None:
        srx = load_srx(srx_path)
    try:
        check_encoder(encoder)
    except ConfigError as exc:
        if "encoder" in given:
            raise
        # the collection's, from a colleague's machine that has the extra
        raise ConfigError(f"the collection's --encoder {encoder} for {key[0]} -> {key[1]}: "
                          f"{exc.message}; or give --encoder to align otherwise (its pairs "
                          "are then realigned)", path=db) from None
    try:
        terms = load_glossary_file(glossary, src_lang=langs[0], tgt_lang=langs[1],
                                   encoding=encoding, warn=warn)
    except GlossaryPairError as exc:
        if "glossary" in given:
            raise
        # the pair's: every pair of a collection upgraded from schema 10 got its one set
        raise ConfigError(
            f"the collection's --glossary {glossary} for {key[0]} -> {key[1]} is for another "
            f"language pair ({exc.message}): give --glossary FILE of this pair, or "
            f"--no-glossary; either is the collection's setting for {key[0]} -> {key[1]} "
            "from then on (its other pairs keep theirs)", path=db) from None
    return BatchSettings(langs[0], langs[1], terms, input_format, encoding,
                         AlignOptions(encoder=encoder), srx, said)


#: The collection's files, which are no documents when it is kept among them.
_BESIDE_DB = ("", "-wal", "-shm", "-journal", ".batch-lock", ".review-lock", ".places.json")
_MOST_JOBS_PER_CORE = 4  # --jobs above this many per core starts only this many


if __name__ == "__main__":  # pragma: no cover
    sys.exit(batch_cmd())
