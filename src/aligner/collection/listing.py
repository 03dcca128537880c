"""``aligner list COLLECTION.db``: one line per document of a collection.

What an archive's keeper asks of it before anything else: which documents it
holds, in what state, how big, how far reviewed and how well aligned.  Every
number comes from one read snapshot of the database, opened read-only
(:func:`~aligner.collection.store.open_collection` with ``read_only``), so a
listing made while ``aligner batch`` runs shows the pairs stored so far, each
whole, and writes nothing.  A document's state is read from its row and its
files: ``aligned``; ``failed`` (with batch's reason); ``stale``, a file changed
since batch stored it (batch would align it again); ``gone``, its files are no
longer where the collection says (``batch --prune`` would take it out).  A memory
``aligner import`` read is ``imported`` (or stale, or gone: its one file), and the
mean score leaves out its units that had no score of their own (:data:`~.rows.UNSCORED`).
An aligned document whose changed files failed to align for a reason of their own, the
failure kept beside its alignment (:mod:`~.kept_failures`), is ``kept`` while its files
are those that failed: the alignment listed is of the files before, and batch does not
try them again unasked.  With findings counted (:func:`with_findings`: ``list --sort
findings``) each document has its errors and warnings, and the worst lead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from aligner.collection.kept_failures import KeptFailure, failed_files, kept_failures
from aligner.collection.language_pairs import (
    Pair,
    declared_pair,
    group_pairs,
    of_pair,
    shared_pair,
)
from aligner.collection.remembered import OPTIONS, Setting, all_remembered
from aligner.collection.rows import MEMORY, UNSCORED
from aligner.collection.store import Collection, DocumentRow
from aligner.collection.stored import compare_files
from aligner.lang import lang_matches
from aligner.model import Severity
from aligner.textutil import count, display_width, pad


class DocState(Enum):
    ALIGNED = "aligned"
    IMPORTED = "imported"  # a translation memory, read whole by aligner import
    FAILED = "failed"
    STALE = "stale"
    GONE = "gone"
    #: aligned, and its changed files failed (kept_failure): the alignment is the old files'
    KEPT = "kept"


class ListOrder(Enum):
    """``--sort``: by name (export's order: folders together), newest stored first, or
    lowest mean score first (what to review first; documents without a score lead)."""

    NAME = "name"
    STORED = "stored"
    SCORE = "score"
    #: most errors first, then most warnings (:func:`with_findings` counts them)
    FINDINGS = "findings"


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of the listing.  ``mean_score`` is the mean of the two-sided beads'
    scores (as the report's index gives it; None without any), ``low`` how many of
    them score below the listing's threshold, ``one_sided`` the beads with a
    sentence on one side only.  ``reason``: why it failed, or what changed."""

    name: str
    src_lang: str
    tgt_lang: str
    src_sentences: int
    tgt_sentences: int
    beads: int
    reviewed: int
    one_sided: int
    mean_score: float | None
    low: int
    state: DocState
    reason: str | None
    stored: str
    last_reviewed: str | None
    #: ``pair`` (aligned by aligner batch) or ``memory`` (read by aligner import): what a
    #: stale or gone document is, which its state does not say.
    kind: str = "pair"
    #: how many beads of each kind (``"1-1"``, ``"2-1"``, ``"1-0"``...), in
    #: :func:`kind_order`
    bead_kinds: tuple[tuple[str, int], ...] = ()
    #: The files it was read from, as the collection keeps them (a memory's one file
    #: in both): what a script finds a document's name by (its name depends on which
    #: language pair the collection had first: ``NAME`` or ``TGT/NAME``).
    src_path: str = ""
    tgt_path: str = ""
    #: The findings of the checks on it, by severity (``error``, ``warning``, ``info``),
    #: when the listing counted them (:func:`with_findings`); None otherwise.
    findings: tuple[tuple[str, int], ...] | None = None
    #: The languages its documents declared, where they are more than the stored ones
    #: (``es-MX``, ``en-US`` of a pair stored as ``es``/``en``: a folder's bare name):
    #: those its checks read and its exports write (:func:`~.language_pairs.declared_pair`).
    declared: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    documents: tuple[DocumentSummary, ...]
    #: The score under which a two-sided bead counts in ``low``.
    below: float
    #: The mean of every listed two-sided bead's score (not the mean of the means).
    mean_score: float | None
    #: The batch settings the collection remembers for each language pair (of those
    #: listed), in :data:`~.remembered.OPTIONS` order; none before a run that stores them.
    settings: tuple[tuple[Pair, tuple[Setting, ...]], ...] = ()
    #: The listed documents by language pair (:mod:`~.language_pairs`): the pair's name,
    #: its documents, and the mean of their two-sided beads' scores.
    pairs: tuple[tuple[Pair, tuple[DocumentSummary, ...], float | None], ...] = ()
    #: What aligned the listed pairs' documents, as their stored settings say (the
    #: version, and the encoder resolved: ``use-multilingual-v3`` or ``none``, where the
    #: batch setting may say ``auto``): ``(pair, aligner, encoder, documents)``, for a
    #: thesis's or an audit's methods section.
    aligned_with: tuple[tuple[Pair, str, str, int], ...] = ()
    #: No file of any listed document pair is where the collection says (two or more of
    #: them): a copy handed over without its files, most likely.
    no_files: bool = False


def list_documents(collection: Collection, names: Sequence[str] = (), *,
                   below: float = 0.5, order: ListOrder = ListOrder.NAME,
                   files: bool = True, src_lang: str | None = None,
                   tgt_lang: str | None = None) -> Listing:
    """The documents of ``collection`` (or those ``names`` selects, as ``export --doc``
    does, of the pair ``src_lang``/``tgt_lang`` when given: :func:`~.language_pairs.of_pair`),
    summarised; with ``files``, each aligned one's files are hashed to tell whether it is
    stale or gone."""
    # a two-sided bead with a score: a memory's unit without one of its own has none
    scored = (f"b.src_count > 0 AND b.tgt_count > 0 AND "
              f"json_extract(b.signals, '$.{UNSCORED}') IS NULL")
    with collection.guard(), collection.snapshot():
        docs = of_pair(collection.documents(names), src_lang, tgt_lang, path=collection.path)
        stats = {row[0]: row[1:] for row in collection.conn.execute(
            "SELECT d.id, d.stored, count(b.id), count(b.review), "
            " coalesce(sum(b.src_count = 0 OR b.tgt_count = 0), 0), "
            f" sum(CASE WHEN {scored} THEN b.score END), "
            f" coalesce(sum({scored}), 0), "
            f" coalesce(sum({scored} AND b.score < ?), 0), "
            " max(b.reviewed) "
            "FROM documents d LEFT JOIN beads b ON b.doc = d.id GROUP BY d.id", (below,))}
        kinds: dict[int, list[tuple[str, int]]] = {}
        for doc_id, src, tgt, n in collection.conn.execute(
                "SELECT doc, src_count, tgt_count, count(*) FROM beads "
                "GROUP BY doc, src_count, tgt_count"):
            kinds.setdefault(doc_id, []).append((f"{src}-{tgt}", n))
        listed = {d.id for d in docs if d.kind != MEMORY}
        made: dict[tuple[Pair, str, str], int] = {}
        for doc_id, src, tgt, version, encoder in collection.conn.execute(
                "SELECT id, src_lang, tgt_lang, json_extract(settings, '$.aligner'), "
                "json_extract(settings, '$.encoder') FROM documents "
                "WHERE status != 'failed' AND settings IS NOT NULL"):
            if doc_id in listed and version:
                key = ((src, tgt), str(version), str(encoder or "none"))
                made[key] = made.get(key, 0) + 1
        failures = kept_failures(collection)
        declared = {doc_id: declared_pair((src, tgt), {
            k: v for k, v in (("src_declared", s_dec), ("tgt_declared", t_dec)) if v})
            for doc_id, src, tgt, s_dec, t_dec in collection.conn.execute(
                "SELECT id, src_lang, tgt_lang, json_extract(settings, '$.src_declared'), "
                "json_extract(settings, '$.tgt_declared') FROM documents WHERE "
                "json_extract(settings, '$.src_declared') IS NOT NULL OR "
                "json_extract(settings, '$.tgt_declared') IS NOT NULL")}
        settings = [(pair, tuple(kept[o] for o in OPTIONS if o in kept))
                    for pair, kept in all_remembered(collection.conn).items()
                    if (src_lang is None or lang_matches(src_lang, pair[0]))
                    and (tgt_lang is None or lang_matches(tgt_lang, pair[1]))]
    rows, total, two_sided = [], 0.0, 0
    groups = group_pairs((d.src_lang, d.tgt_lang) for d in docs)
    # each pair's score sum and two-sided beads; each document's pair
    by_pair = [(0.0, 0) for _ in groups]
    pair_of: dict[str, int] = {}
    for doc in docs:
        stored, beads, reviewed, one_sided, score_sum, paired, low, last = stats[doc.id]
        state, reason = _state(doc, failures.get(doc.name)) if files else (
            (DocState.FAILED, doc.error) if doc.status == "failed" else (_fine(doc), None))
        rows.append(DocumentSummary(
            doc.name, doc.src_lang, doc.tgt_lang, doc.src_sentences, doc.tgt_sentences,
            beads, reviewed, one_sided, score_sum / paired if paired else None, low,
            state, reason, stored, last, doc.kind,
            tuple(sorted(kinds.get(doc.id, ()), key=lambda kn: kind_order(kn[0]))),
            doc.src_path, doc.tgt_path, None, declared.get(doc.id)))
        total += score_sum or 0.0
        two_sided += paired
        at = next(i for i, g in enumerate(groups) if (doc.src_lang, doc.tgt_lang) in g)
        pair_of[doc.name] = at
        by_pair[at] = (by_pair[at][0] + (score_sum or 0.0), by_pair[at][1] + paired)
    rows.sort(key=lambda d: d.name)  # stays the order within one time or score
    if order is ListOrder.STORED:
        rows.sort(key=lambda d: d.stored, reverse=True)  # ISO times sort as text
    elif order is ListOrder.SCORE:
        rows.sort(key=lambda d: (d.mean_score is not None, d.mean_score or 0.0))
    pairs = tuple((shared_pair(g), tuple(d for d in rows if pair_of[d.name] == at),
                   pair_sum / paired if paired else None)
                  for at, (g, (pair_sum, paired)) in enumerate(zip(groups, by_pair, strict=True)))
    kept = [d for d in docs if d.kind != MEMORY and d.status != "failed"]
    no_files = (files and len(kept) > 1
                and all(r.state is DocState.GONE for r in rows if r.kind != MEMORY
                        and r.state is not DocState.FAILED)
                and not any(Path(p).exists() for d in kept for p in (d.src_path, d.tgt_path)))
    return Listing(tuple(rows), below, total / two_sided if two_sided else None,
                   tuple(sorted(settings)), pairs,
                   tuple((p, v, e, n) for (p, v, e), n in sorted(made.items())), no_files)


def with_findings(listing: Listing, counts: Mapping[str, Mapping[str, int]]) -> Listing:
    """``listing`` with each checked document's findings by severity (``counts``, by
    document name: the checks' own counts, as the report's index gives them), its
    documents the most errors first, then the most warnings (by name among equals); a
    document not checked (failed) last, without counts."""
    def counted(d: DocumentSummary) -> DocumentSummary:
        if d.name not in counts:
            return d
        return replace(d, findings=tuple((s.value, int(counts[d.name].get(s.value, 0)))
                                         for s in (Severity.ERROR, Severity.WARNING,
                                                   Severity.INFO)))

    def worst(d: DocumentSummary) -> tuple[bool, int, int, str]:
        found = dict(d.findings or ())
        return (d.findings is None, -found.get("error", 0), -found.get("warning", 0), d.name)

    rows = {d.name: counted(d) for d in listing.documents}
    ordered = tuple(sorted(rows.values(), key=worst))
    pairs = tuple((pair, tuple(sorted((rows[d.name] for d in docs), key=worst)), mean)
                  for pair, docs, mean in listing.pairs)
    return replace(listing, documents=ordered, pairs=pairs)


def kind_order(kind: str) -> tuple[int, int, int]:
    """Where a bead kind (``"2-1"``) is listed: 1-1 first, then the other two-sided
    kinds by size (2-1 before 1-2), then the one-sided (1-0 before 0-1)."""
    src, tgt = (int(n) for n in kind.split("-"))
    return (0 if (src, tgt) == (1, 1) else 2 if not (src and tgt) else 1, src + tgt, -src)


def _state(doc: DocumentRow, failure: KeptFailure | None = None
           ) -> tuple[DocState, str | None]:
    if doc.status == "failed":
        return DocState.FAILED, doc.error
    missing, changed = (list(dict.fromkeys(paths)) for paths in compare_files(doc))
    if missing:
        return DocState.GONE, f"no {' and no '.join(missing)}"
    if changed and failure is not None and failed_files(doc, failure):
        return DocState.KEPT, (f"{' and '.join(changed)} changed and failed to align "
                               f"({failure.error}); the alignment of the files before is "
                               "kept (aligner batch --retry-failed tries them again)")
    if changed:
        return DocState.STALE, f"{' and '.join(changed)} changed since it was stored"
    return _fine(doc), None


def _fine(doc: DocumentRow) -> DocState:
    """The state of a document stored whole and unchanged: aligned, or imported."""
    return DocState.IMPORTED if doc.kind == MEMORY else DocState.ALIGNED


_COLUMNS = ("document", "languages", "src", "tgt", "beads", "reviewed", "one-sided", "mean",
            "low", "stored", "state")


def _cells(d: DocumentSummary) -> list[str]:
    aligned = d.state is not DocState.FAILED
    numbers = [str(n) if aligned else "-" for n in (d.src_sentences, d.tgt_sentences, d.beads,
                                                    d.reviewed, d.one_sided)]
    src, tgt = d.declared or (d.src_lang, d.tgt_lang)
    return [d.name, f"{src}->{tgt}", *numbers,
            f"{d.mean_score:.2f}" if d.mean_score is not None else "-",
            str(d.low) if aligned else "-", d.stored[:16].replace("T", " "),
            d.state.value + (f": {d.reason}" if d.reason else "")]


def to_text(listing: Listing, *, kinds: bool = False) -> str:
    """A table, one document a line, the state last (a failure's reason may be long),
    then a line of totals; with ``kinds``, a column for each kind of bead the listed
    documents have (1-1, 2-1, 1-0...), after the beads."""
    docs = listing.documents
    # with documents of several pairs, a line of totals for each before the whole's
    each = [(f"{s}->{t}", d, m) for (s, t), d, m in listing.pairs] \
        if len(listing.pairs) > 1 else []
    sums = [*each, ("", docs, listing.mean_score)]
    header = [*_COLUMNS[:8], f"<{listing.below:g}", *_COLUMNS[9:]]
    table = [header, *(_cells(d) for d in docs), *(_totals(*t) for t in sums)]
    found = sorted({k for d in docs for k, _ in d.bead_kinds}, key=kind_order) if kinds else []
    if found:  # after the beads (the fifth column)
        extra = [found, *([str(dict(d.bead_kinds).get(k, 0)) for k in found] for d in docs),
                 *([str(total_kinds(some).get(k, 0)) for k in found] for _, some, _ in sums)]
        table = [[*row[:5], *more, *row[5:]] for row, more in zip(table, extra, strict=True)]
    checked = any(d.findings is not None for d in docs)
    if checked:  # errors and warnings after the low beads, before the time stored
        at = 9 + len(found)
        table = [[*row[:at], *more, *row[at:]] for row, more in zip(
            table, [["errors", "warnings"], *(_found(d) for d in docs),
                    *(_found_total(some) for _, some, _ in sums)], strict=True)]
    widths = [max(display_width(r[i]) for r in table)
              for i in range(len(header) + len(found) + 2 * checked - 1)]
    right = range(2, 9 + len(found) + 2 * checked)  # the numbers
    lines = []
    for r in table:
        cells = [pad(c, w, right=i in right)
                 for i, (c, w) in enumerate(zip(r, widths, strict=False))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    if listing.no_files:
        lines.append("none of the documents' files is where the collection says (a copy "
                     "without them?): their content is kept, and search, check, report and "
                     "export read it; aligner batch on the files where they are now links "
                     "them again")
    for (src, tgt), kept in listing.settings:
        lines.append(f"batch settings of {src} -> {tgt} (a batch run of the pair that leaves "
                     "one out uses it): " + ", ".join(s.shown() for s in kept))
    for (src, tgt), version, encoder, n in listing.aligned_with:
        lines.append(f"aligned by {version}, encoder {encoder}: "
                     f"{count(n, 'document')} of {src} -> {tgt}")
    return "\n".join(lines) + "\n"


def _found(d: DocumentSummary) -> list[str]:
    if d.findings is None:
        return ["-", "-"]
    found = dict(d.findings)
    return [str(found["error"]), str(found["warning"])]


def _found_total(docs: Sequence[DocumentSummary]) -> list[str]:
    return [str(sum(dict(d.findings or ()).get(s, 0) for d in docs))
            for s in ("error", "warning")]


def _totals(languages: str, docs: Sequence[DocumentSummary], mean: float | None
            ) -> list[str]:
    """A line of totals of ``docs`` (those of a pair: its ``languages``)."""
    states = [s for s in DocState if any(d.state is s for d in docs)]
    return ["total", languages, *(str(sum(getattr(d, f) for d in docs)) for f in (
        "src_sentences", "tgt_sentences", "beads", "reviewed", "one_sided")),
        f"{mean:.2f}" if mean is not None else "-",
        str(sum(d.low for d in docs)), "",
        f"{count(len(docs), 'document')}"
        + (": " + ", ".join(f"{sum(d.state is s for d in docs)} {s.value}" for s in states)
           if states else "")]


def total_kinds(docs: Sequence[DocumentSummary]) -> dict[str, int]:
    """How many beads of each kind ``docs`` have in all, in :func:`kind_order`."""
    totals: dict[str, int] = {}
    for d in docs:
        for kind, n in d.bead_kinds:
            totals[kind] = totals.get(kind, 0) + n
    return {k: totals[k] for k in sorted(totals, key=kind_order)}
