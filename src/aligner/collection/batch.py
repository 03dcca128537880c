"""``aligner batch``: align every pair of a collection, resumably, in parallel.

The process that runs :func:`run_batch` is the only one that reads the input files and the
only one that writes the database.  It hashes every pair's two files, skips a pair whose
hashes and settings match what is stored (unless ``force``), and sends the rest -- their
bytes, not their paths -- to workers that live for the whole run: local processes
(:mod:`aligner.collection.local_run`) or a Dask cluster (:mod:`aligner.collection.dask_run`).  Each
result is stored in one transaction as it arrives, so an interrupted run loses at most the
pairs in flight, and the next run does only what is left.  At most a few pairs per worker
are in flight, so memory does not grow with the number of pairs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from aligner.collection.clashes import name_clash, own_names, same_file
from aligner.collection.duplicates import Copies, copies
from aligner.collection.kept_failures import LASTING, keep_failure, kept_failures
from aligner.collection.language_pairs import same_pair
from aligner.collection.pairing import Pair
from aligner.collection.rejoin import stored_joins
from aligner.collection.renames import gone_reviewed, rename
from aligner.collection.resplit import stored_splits
from aligner.collection.rows import MEMORY, DroppedEdit
from aligner.collection.settings_change import settings_change, stored_change
from aligner.collection.store import Collection, DocumentRow, PairRecord
from aligner.collection.stored import content_hash
from aligner.collection.work import BatchSettings, PairJob, failure
from aligner.model import REVIEW_AGAIN

#: Called after each stored pair: pairs done, pairs to do, sentences aligned, seconds.
BatchProgress = Callable[[int, int, int, float], None]
#: How results come back: jobs in, records out as they finish (any order).
Runner = Callable[[Iterator[PairJob], BatchSettings], Iterator[PairRecord]]

#: Pairs in flight per worker: enough to keep every worker busy, few enough that
#: memory does not grow with the collection.
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True, slots=True)
class FailedPair:
    name: str
    src: str
    tgt: str
    error: str
    #: The document was aligned before: that alignment is kept, not replaced by the
    #: failure (a re-run with a wrong option, or a file broken since, loses nothing).
    kept: bool = False
    #: It failed before for a reason of its files' own, which are the same, read with
    #: the same settings: not tried again (:data:`~aligner.collection.kept_failures.LASTING`).
    before: bool = False


@dataclass(frozen=True, slots=True)
class GoneDocument:
    """A stored document whose name no pair has now and whose files are gone."""

    name: str
    missing: str  # a path of it that is gone
    status: str  # aligned or failed
    reviewed: bool  # holds a review, kept
    one_left: bool  # one of its two files is still there
    relative: bool = False  # stored relative to the folder an older run started in
    #: of a language pair this run did not batch: kept, --prune or not (a moved folder
    #: of one pair must not take another pair's documents out)
    other_pair: str = ""


@dataclass(slots=True)
class BatchSummary:
    """What a run did."""

    pairs: int = 0
    skipped: int = 0
    #: Of those, pairs an interrupted --force run realigned, which this one goes on with.
    forced_before: int = 0
    aligned: int = 0
    sentences: int = 0
    seconds: float = 0.0
    #: Each pair aligned with a warning, and its warnings (as documents.warnings).
    warnings: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    #: Changed pairs kept as they were because a person reviewed them (name, beads).
    kept_reviewed: list[tuple[str, int]] = field(default_factory=list)
    #: Reviewed pairs whose files changed, aligned again with their review carried over:
    #: (name, reviewed beads carried, reviewed beads aligned again, the units now holding
    #: the sentences of those: :data:`~aligner.model.REVIEW_AGAIN`).
    carried: list[tuple[str, int, int, tuple[int, ...]]] = field(default_factory=list)
    #: Of those, the reviewers' corrections and inserted sentences not carried over (the
    #: file's sentences under them changed), by name.
    dropped: dict[str, tuple[DroppedEdit, ...]] = field(default_factory=dict)
    #: Reviewed pairs whose files changed, kept: no reviewed bead's sentences are there.
    review_not_found: set[str] = field(default_factory=set)
    failed: list[FailedPair] = field(default_factory=list)
    #: Stored documents realigned (or kept for their review) whose files are the same:
    #: only the settings differ from those they were aligned with.
    settings_only: set[str] = field(default_factory=set)
    #: Of those realigned, what changed in the settings (by name): ``--encoder (none ->
    #: auto)`` (:mod:`aligner.collection.settings_change`).
    settings_changes: dict[str, str] = field(default_factory=dict)
    #: Stored documents whose files are gone and whose name no pair has now, still in
    #: the collection.
    gone: list[GoneDocument] = field(default_factory=list)
    #: The run's language pair.
    language_pair: tuple[str, str] = ("", "")
    #: Pairs named with their language: (name, the pair ``es -> en`` of the document of
    #: that name, None for none, the name taken; :func:`~.clashes.own_names`).
    own_names: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: Pairs whose two files are a stored document of their pair under another name,
    #: which they are: (name, stored name).
    found: list[tuple[str, str]] = field(default_factory=list)
    #: Reviewed documents renamed with their files (old, new name; ``renames``).
    renamed: list[tuple[str, str]] = field(default_factory=list)
    #: Such documents taken out of the collection (``prune``).
    pruned: list[str] = field(default_factory=list)
    #: Documents stored from the same texts as another (one of them a pair of this run):
    #: every export holds their units twice.
    copies: list[Copies] = field(default_factory=list)


def _read(path: Path) -> bytes | str:
    """The file's bytes, or why it cannot be read."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        return f"{path}: is a directory, expected a file"
    except OSError as exc:
        return f"{path}: cannot read: {exc.strerror}"


def run_batch(collection: Collection, pairs: Sequence[Pair], settings: BatchSettings, *,
              runner: Runner, force: bool = False, discard_reviews: bool = False,
              prune: bool = False, progress: BatchProgress | None = None,
              forced_after: int | None = None, others: frozenset[str] = frozenset(),
              look_for_gone: bool = True, retry_failed: bool = False,
              run_pairs: frozenset[tuple[str, str]] | None = None) -> BatchSummary:
    """Align the pairs that need it and store each one as it is done.

    A document with beads a person reviewed (``aligner review``) is not realigned for
    new settings or ``force``, unless ``discard_reviews``: realigning it would replace
    the reviewed beads; it is kept as it is and listed in the summary.  When its files
    changed it is aligned again with its review carried over to the sentences that are
    still there (:mod:`aligner.collection.carry`); kept as it is when none are.
    A document aligned before whose realigning fails keeps its alignment
    (:class:`FailedPair` ``kept``); a new one is stored as failed.  One that failed
    for a reason of its files' own is not tried again while its files and settings
    are the same (:class:`FailedPair` ``before``), unless ``retry_failed`` or ``force``
    -- a kept alignment too (:mod:`aligner.collection.kept_failures`).
    ``prune`` takes out the stored documents whose files are gone (a renamed or
    deleted pair) -- a reviewed one only with ``discard_reviews``.
    ``forced_after``: with ``force``, this run goes on with a --force run that did not
    finish and started when this was the last document id given: a document stored
    since, of the same files and settings, was realigned by it and is skipped
    (:mod:`aligner.collection.runlock`).
    A run of several language pairs (a manifest's) is a call for each: ``others``, the
    names of the run's pairs of the other language pairs, are no documents whose pair
    is gone, and only one call (``look_for_gone``) looks for those, and prunes.
    ``run_pairs``: the language pairs the whole run batches (this call's alone when
    None); a gone document of another language pair is told, never pruned."""
    summary = BatchSummary(pairs=len(pairs),
                           language_pair=(settings.src_lang, settings.tgt_lang))
    stored = {d.name: d for d in collection.documents()}
    named = own_names(pairs, stored, settings.src_lang, settings.tgt_lang)
    pairs, summary.own_names, summary.found = named.pairs, named.named, named.found

    def fail(record: PairRecord) -> None:
        # A document aligned before keeps that alignment: the failure is reported,
        # and the next run tries again (its files or settings still differ).
        old = stored.get(record.name)
        kept = old is not None and old.status == "aligned"
        if not kept:
            collection.store(_absolute(record))
        else:  # kept, with the failure when the same files would fail again
            keep_failure(collection, record)
        summary.failed.append(FailedPair(record.name, record.src_path, record.tgt_path,
                                         record.error or "failed", kept))

    reviewed = {} if discard_reviews else collection.reviewed_beads()
    failed_kept = kept_failures(collection)  # aligned before, their changed files failed
    names = {pair.name for pair in pairs}
    renamed = gone_reviewed(stored, names | others, reviewed)  # what a renamed pair may be
    todo: list[tuple[Pair, str, str]] = []
    # Reviewed documents whose files changed: aligned again with their review carried
    # over to the sentences that are still there (the document as it was when read).
    carrying: dict[str, DocumentRow] = {}
    carried_from: dict[str, tuple[int, int]] = {}
    # Unchanged pairs whose files are named otherwise now (run from another folder, or
    # the folders moved): the same texts and settings need no realigning, only the
    # paths the documents table shows.
    moved: list[tuple[str, str, int]] = []
    # what changed in the settings of the stored pairs realigned for them: told by the
    # settings hash, for each stored hash and hash of now; else by the stored settings
    told: dict[tuple[str, str], str | None] = {}
    untold: dict[str, dict[str, str]] = {}
    for pair in pairs:
        src, tgt = _read(pair.src), _read(pair.tgt)
        if isinstance(src, str) or isinstance(tgt, str):
            error = src if isinstance(src, str) else str(tgt)
            job = PairJob(pair.name, str(pair.src), str(pair.tgt), b"", b"", "", "")
            fail(failure(job, settings, error))
            continue
        hashes = content_hash(src), content_hash(tgt)
        digest = settings.pair_digest(src, tgt)
        old = stored.get(pair.name)
        if old is None and (was := renamed.pop(hashes, None)) is not None:
            old = stored[pair.name] = rename(collection, was, pair.name, pair.src, pair.tgt)
            del stored[was.name]
            reviewed[pair.name] = reviewed.pop(was.name)
            summary.renamed.append((was.name, pair.name))
        done_by_force = (forced_after is not None and old is not None
                         and old.id > forced_after)
        if ((not force or done_by_force) and old is not None and old.status == "aligned"
                and (old.src_hash, old.tgt_hash, old.settings_hash) == (*hashes, digest)):
            if not (same_file(old.src_path, pair.src) and same_file(old.tgt_path, pair.tgt)):
                moved.append((str(pair.src.resolve()), str(pair.tgt.resolve()), old.id))
            summary.skipped += 1
            summary.forced_before += done_by_force
            continue
        clash = None if old is None else name_clash(
            old, pair, (settings.src_lang, settings.tgt_lang), force=force)
        if clash is not None:
            job = PairJob(pair.name, str(pair.src), str(pair.tgt), b"", b"", *hashes)
            fail(failure(job, settings, clash))
            continue
        if ((not (force or retry_failed) or done_by_force) and old is not None
                and old.status == "failed" and (old.src_hash, old.tgt_hash, old.settings_hash)
                == (*hashes, f"{LASTING}{digest}")):
            # it would fail again as it did: said, not read by a worker again
            if not (same_file(old.src_path, pair.src) and same_file(old.tgt_path, pair.tgt)):
                moved.append((str(pair.src.resolve()), str(pair.tgt.resolve()), old.id))
            summary.failed.append(FailedPair(pair.name, str(pair.src), str(pair.tgt),
                                             old.error or "failed", before=True))
            continue
        if ((not (force or retry_failed) or done_by_force) and old is not None
                and (was_kept := failed_kept.get(pair.name)) is not None
                and was_kept.same(*hashes, digest)):
            # its alignment of other files kept; these would fail again as they did
            summary.failed.append(FailedPair(pair.name, str(pair.src), str(pair.tgt),
                                             was_kept.error, kept=True, before=True))
            continue
        if (old is not None and old.status == "aligned" and (old.src_hash, old.tgt_hash) == hashes
                and old.settings_hash != digest):
            summary.settings_only.add(pair.name)
            key = (old.settings_hash, digest)
            if key not in told:
                told[key] = settings_change(settings, src, tgt, old.settings_hash,
                                            collection.settings(old))
            if (change := told[key]) is not None:
                summary.settings_changes[pair.name] = change
            else:
                untold[pair.name] = collection.settings(old)
        if pair.name in reviewed:
            assert old is not None  # a reviewed document is a stored one
            if old.status != "aligned" or (old.src_hash, old.tgt_hash) == hashes:
                # --force or the settings alone: nothing of the review is out of date
                summary.kept_reviewed.append((pair.name, reviewed[pair.name]))
                continue
            carrying[pair.name] = old
        todo.append((pair, *hashes))
    batched = run_pairs or frozenset({(settings.src_lang, settings.tgt_lang)})
    for d in stored.values() if look_for_gone else ():
        # a memory (aligner import) has no pair to be gone: never pruned
        if d.name in names | others or d.kind == MEMORY or (Path(d.src_path).is_file()
                                                             and Path(d.tgt_path).is_file()):
            continue
        both_gone = not Path(d.src_path).exists() and not Path(d.tgt_path).exists()
        # a path stored relative (by an earlier aligner) is relative to the folder that
        # run started in, which may not be this one: such a document is never pruned
        known = Path(d.src_path).is_absolute() and Path(d.tgt_path).is_absolute()
        other = ("" if any(same_pair((d.src_lang, d.tgt_lang), p) for p in batched)
                 else f"{d.src_lang}->{d.tgt_lang}")
        if (prune and both_gone and known and d.name not in reviewed  # one file left: kept
                and not other):
            collection.remove(d.name)
            summary.pruned.append(d.name)
        else:
            missing = d.tgt_path if Path(d.src_path).exists() else d.src_path
            summary.gone.append(GoneDocument(d.name, missing, d.status, d.name in reviewed,
                                             not both_gone, not known, other))
    if moved:
        with collection.guard(), collection.transaction():
            collection.conn.executemany(
                "UPDATE documents SET src_path = ?, tgt_path = ? WHERE id = ?", moved)

    def jobs() -> Iterator[PairJob]:
        # Read again here, one pair at a time: bytes are held only for pairs in flight.
        for pair, src_hash, tgt_hash in todo:
            src, tgt = _read(pair.src), _read(pair.tgt)
            if isinstance(src, str) or isinstance(tgt, str):  # gone since it was hashed
                error = src if isinstance(src, str) else str(tgt)
                job = PairJob(pair.name, str(pair.src), str(pair.tgt), b"", b"", src_hash,
                              tgt_hash)
                fail(failure(job, settings, error))
                continue
            review, originals, splits, joins = None, {}, {}, {}
            if (old := carrying.get(pair.name)) is not None:
                with collection.snapshot():  # the version of the text read, not of a later one
                    carried_from[pair.name] = (old.id, collection.revision(old))
                    review = collection.alignment(old)
                    originals = collection.originals(old)
                    splits = stored_splits(collection, old)
                    joins = stored_joins(collection, old)
            # hashed again: a file changed since the first pass is stored as it was aligned
            yield PairJob(pair.name, str(pair.src), str(pair.tgt), src, tgt,
                          content_hash(src), content_hash(tgt), review, originals, splits,
                          joins)

    total = len(todo) + len(summary.failed)  # unreadable pairs count as done already
    kept_here = 0  # pairs aligned, then kept for their review
    started = time.perf_counter()
    for record in runner(jobs(), settings):
        if record.alignment is None:
            fail(record)
        elif record.carried is not None and record.carried[0] == 0:
            # none of its reviewed beads is in the new text as it was: a file replaced
            # by mistake would lose the review, so it is kept until told otherwise
            summary.kept_reviewed.append((record.name, record.carried[1]))
            summary.review_not_found.add(record.name)
            kept_here += 1
        # reviewed while it was being aligned (aligner review runs beside): kept
        elif reviewed_now := collection.store(_absolute(record),
                                              keep_reviewed=not discard_reviews,
                                              carried_from=carried_from.get(record.name)):
            summary.kept_reviewed.append((record.name, reviewed_now))
            kept_here += 1
        else:
            if record.carried is not None:
                again = tuple(k for k, b in enumerate(record.alignment.beads)
                              if REVIEW_AGAIN in b.signals)
                summary.carried.append((record.name, *record.carried, again))
                if record.dropped:
                    summary.dropped[record.name] = record.dropped
            summary.aligned += 1
            if record.name in untold:
                summary.settings_changes[record.name] = stored_change(
                    untold[record.name], record.alignment.settings)
            if record.warnings:
                summary.warnings.append((record.name, tuple(record.warnings)))
            summary.sentences += (len(record.alignment.src_sentences)
                                  + len(record.alignment.tgt_sentences))
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary.aligned + len(summary.failed) + kept_here, total,
                     summary.sentences, summary.seconds)
    summary.seconds = time.perf_counter() - started
    summary.copies = [group for group in copies(collection.documents())
                      if names.intersection(group.names)]
    return summary


def _absolute(record: PairRecord) -> PairRecord:
    """``record`` with its files' absolute paths: a later run from another folder
    finds them (a relative path read from there named no file, and --prune took the
    document out)."""
    return replace(record, src_path=str(Path(record.src_path).resolve()),
                   tgt_path=str(Path(record.tgt_path).resolve()))
