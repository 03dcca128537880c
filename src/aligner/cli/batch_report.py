"""What ``aligner batch`` says of a run, once the pairs are stored: the pairs aligned,
unchanged, kept and failed, and why -- for each language pair, when it ran several."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import click

from aligner.cli.quiet_option import info
from aligner.cli.terminal import warn
from aligner.collection.batch import BatchSummary
from aligner.collection.clashes import own_names_note
from aligner.collection.rows import DroppedEdit
from aligner.textutil import count

#: What a realigned pair's settings change is when it is not known.
_ANY_SETTING = ("one of --glossary (given or remembered), --encoder, --srx, "
                "--input-format, --encoding or aligner's version")
_SHOWN = 10  # pairs whose warnings are printed; the rest are in the database
_SIDE_NAMES = {"src": "source", "tgt": "target"}



def _dropped_what(dropped: DroppedEdit) -> str:
    """What a reviewer made that batch could not carry over, as the warning names it: a
    correction of the file's text, or a sentence inserted where the file had none
    (``aligner import --into``): ``the inserted sentence of bead 3's target is``."""
    where = f"of bead {dropped.bead}'s {_SIDE_NAMES[dropped.side]}"
    if not dropped.inserted:
        return f"the correction {where} is"
    if len(dropped.texts) > 1:
        return f"the inserted sentences {where} are"
    return f"the inserted sentence {where} is"


def _units(units: Sequence[int]) -> str:
    """``unit 4`` or ``units 28-31, 40``: runs of numbers as ranges."""
    runs: list[list[int]] = []
    for u in units:
        if runs and u == runs[-1][-1] + 1:
            runs[-1].append(u)
        else:
            runs.append([u])
    text = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return f"unit{'s' if len(units) > 1 else ''} {text}"


def _listed(names: list[str], most: int = 5) -> str:
    """Pairs' names for a line said of them all: the first ``most``, then how many more."""
    if len(names) <= most:
        return ", ".join(names)
    return f"{', '.join(names[:most])} and {len(names) - most} more"


def tell_summary(summary: BatchSummary, *, db: str, force: bool, of: str = "",
                 added: str | None = None, told: set[tuple[str, ...]] | None = None) -> None:
    """Say what a run of one language pair did (``of``: ``es -> fr: `` before its totals
    in a run of several; ``added``: the line after them that names the pairs the
    collection holds now); ``told``: the groups of copies said already, by the run of
    another pair."""
    if summary.forced_before:
        info(f"aligner: {of}went on with the --force run that was interrupted: "
             f"{count(summary.forced_before, 'pair')} it realigned "
             f"{'was' if summary.forced_before == 1 else 'were'} not realigned again")
    rate = summary.sentences / summary.seconds if summary.seconds else 0.0
    kept = (f", {len(summary.kept_reviewed)} kept for their review"
            if summary.kept_reviewed else "")
    unread = sum(f.before for f in summary.failed)
    before = f" ({unread} failed before, unchanged)" if unread else ""
    info(f"aligner: {of}{count(summary.aligned, 'pair')} aligned, "
         f"{summary.skipped} unchanged{kept}, "
         f"{len(summary.failed)} failed{before}, of {summary.pairs}; {summary.sentences:,} "
         f"sentences in {summary.seconds:.1f} s ({rate:,.0f}/s) -> {db}")
    if added is not None:
        info(f"aligner: {added}")
    # one line said of many pairs is said once, naming them (every DOCX of a folder
    # declaring its template's en-US was a line each)
    by_line: dict[str, list[str]] = {}
    for name, warnings in summary.warnings:
        for line in warnings:
            by_line.setdefault(line, []).append(name)
    for line, said_of in list(by_line.items())[:_SHOWN]:
        warn(f"{_listed(said_of)}: {line}")
    if len(by_line) > _SHOWN:
        unsaid = {name for of in list(by_line.values())[_SHOWN:] for name in of}
        click.echo(f"aligner: and {count(len(by_line) - _SHOWN, 'more warning')} of "
                   f"{count(len(unsaid), 'pair')}: every pair's are in the warnings column "
                   "of the documents table", err=True)
    # realigned: neither kept for a review nor failed (a failed one keeps what it had)
    realigned = sorted(summary.settings_only - {name for name, _ in summary.kept_reviewed}
                       - {f.name for f in summary.failed})
    changes = Counter(summary.settings_changes.get(name, _ANY_SETTING) for name in realigned)
    for change, pairs in ([] if force else changes.most_common()):
        info(f"aligner: {count(pairs, 'pair')} realigned with unchanged files: the "
             "settings differ from those of the last run that aligned "
             f"{'it' if pairs == 1 else 'them'}: {change}")
    for name, carried, dropped, units in summary.carried:
        where = (f" ({_units(units)}, doubtful in aligner review: n finds "
                 f"{'it' if len(units) == 1 else 'them'})" if units else "")
        again = (f"; {count(dropped, 'reviewed bead')} whose sentences changed or moved "
                 f"{'was' if dropped == 1 else 'were'} aligned again: review "
                 f"{'it' if dropped == 1 else 'them'} again{where}" if dropped else "")
        # a correction or inserted sentence lost is quoted whole: the edit log keeps it,
        # but who looks there
        lost = "".join(f"; {_dropped_what(d)} dropped: \"{' '.join(d.texts)}\" (the edit "
                       "log keeps it)" for d in summary.dropped.get(name, ()))
        warn(f"{name}: its files changed: aligned again with the review of "
             f"{count(carried, 'bead')} carried over (sentences unchanged){again}{lost}")
    for name, beads in summary.kept_reviewed:
        if name in summary.review_not_found:
            warn(f"{name}: its files changed, and none of its {count(beads, 'reviewed bead')} "
                 "has its sentences in them as they were (another text?); kept as it is "
                 "(--discard-reviews realigns it and drops the review)")
        elif force or name in summary.settings_only:
            why = ("--force realigns every pair" if force and name not in
                   summary.settings_only else "its settings changed (not its files)")
            warn(f"{name}: {why}, but {count(beads, 'bead')} of it "
                 f"{'was' if beads == 1 else 'were'} reviewed; "
                 "kept as it is (--discard-reviews realigns it and drops the review)")
        else:  # a review saved while batch aligned the changed files
            warn(f"{name}: its files changed, and {count(beads, 'bead')} of it "
                 f"{'was' if beads == 1 else 'were'} reviewed while batch aligned them; "
                 "kept as it is (the next run carries the review over)")
    if summary.own_names:
        info(own_names_note(summary.own_names, summary.language_pair))
    for name, stored in summary.found:
        info(f"aligner: {name}: its two files are stored as the document {stored}: taken as "
             "that document, not stored twice")
    for was, name in summary.renamed:
        info(f"aligner: {name}: renamed from {was}, whose files are gone and were byte for "
             "byte these: its review and edit log go with it")
    if summary.pruned:
        info(f"aligner: removed {count(len(summary.pruned), 'document')} whose files "
             f"are gone: {', '.join(summary.pruned)}")
    for doc in summary.gone:
        fix = (f"it is a document of {doc.other_pair}, which this run did not batch, so "
               f"--prune keeps it (a run of {doc.other_pair} finds it where its files are now, "
               f"or with --prune takes it out)"
               if doc.other_pair
               else "it holds a review (--prune --discard-reviews removes it)" if doc.reviewed
               else "its other file is still there, so --prune keeps it" if doc.one_left
               else "its paths are relative to the folder an earlier run started in, so "
               "--prune keeps it (run from that folder to prune it)" if doc.relative
               else "--prune removes it")
        stays = ("the collection" if doc.status == "failed"
                 else "the collection and its exports (renamed? its new name is a document "
                 "of its own)")
        gone = "one of its files is gone" if doc.one_left else "its files are gone"
        warn(f"{doc.name}: {gone} (no {doc.missing}); it stays in {stays}; {fix}")
    for group in summary.copies:
        if told is not None:
            if tuple(group.names) in told:
                continue
            told.add(tuple(group.names))
        first = group.documents[0]
        what = (f"are one pair of files ({first.src_path}, {first.tgt_path}) stored as "
                f"{len(group.names)} documents" if group.same_files
                else "were stored from files of the same content (byte for byte)")
        times = "twice" if len(group.names) == 2 else f"{len(group.names)} times"
        names = ", ".join(group.names[:-1]) + f" and {group.names[-1]}"
        warn(f"{names} {what}: every export holds their units {times} "
             "(aligner export --unique writes each unit once)")
