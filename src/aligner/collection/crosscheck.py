"""``aligner check COLLECTION.db``: every check per document, and consistency across them.

Each document is checked as ``aligner check`` checks one aligned pair (its
beads are the units, numbered from 0), one document at a time.  Two checks
look across documents:

- ``collection-term-inconsistent``: a glossary term whose usual rendering in
  a document (the approved rendering found in most of its units) differs from
  the collection's: the glossary's preferred rendering where documents use it,
  else the one most documents use.  The units of the documents that use
  another rendering are flagged, naming the collection's rendering and how
  many documents use each.
- ``collection-segment-inconsistent``: the same source segment translated
  differently in two or more documents (segments compared as ``segment-inconsistent``
  compares them: whitespace, apostrophe and quotation mark forms, invisible
  characters and composed/decomposed letters aside); each finding says
  its document's translation (``found``) and the others with the documents that
  use them (``expected``: the most used first).  Found by an SQL
  ``GROUP BY`` over the collection, so memory does not grow with it.

Both compare the documents of one language pair only (a collection holds several:
:mod:`~aligner.collection.language_pairs`); ``aligner check`` makes a tally of terms
for each pair, with the glossary read for it.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from aligner.check import CheckOptions, CheckResult, Unit, run_checks
from aligner.check.base import Context
from aligner.check.consistency import segment_key
from aligner.check.term_consistency import renderings_table
from aligner.check.term_index import TermIndex, match_units, term_index
from aligner.check.terminology import forbidden_hits
from aligner.check.units import units_from_alignment
from aligner.collection.language_pairs import by_pair
from aligner.collection.records import memory_units
from aligner.collection.store import Collection, DocumentRow
from aligner.model import Alignment, Glossary, Severity
from aligner.textutil import count, first_few

TERM_CODE = "collection-term-inconsistent"
SEGMENT_CODE = "collection-segment-inconsistent"
#: The checks across documents and their default severities.
COLLECTION_CHECKS: Mapping[str, Severity] = {TERM_CODE: Severity.WARNING,
                                              SEGMENT_CODE: Severity.WARNING}


@dataclass(frozen=True, slots=True)
class CrossFinding:
    """A finding of a check across documents: its document, unit, and what it says."""

    code: str
    severity: Severity
    document: str
    unit: int
    message: str
    source_term: str | None = None
    found: str | None = None
    expected: tuple[str, ...] = ()
    group: str | None = None
    rendering: str | None = None  # a term's, as the glossary writes it


@dataclass(frozen=True, slots=True)
class DocumentCheck:
    """One document's saved alignment, its units and the result of every per-document
    check on them (the review page is made of the same alignment, read once)."""

    doc: DocumentRow
    alignment: Alignment
    units: tuple[Unit, ...]
    result: CheckResult


@dataclass
class TermTally:
    """How each glossary term is usually rendered, document by document."""

    index: TermIndex
    # source term index -> document name -> (usual rendering index, units using it,
    # units rendering the term at all)
    usual: dict[int, dict[str, tuple[int, list[int], int]]] = field(
        default_factory=lambda: defaultdict(dict))
    # source term index -> rendering index -> documents, units
    uses: dict[int, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    # source term index -> forbidden rendering index -> units using it for the term
    forbidden: dict[int, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, name: str, units: Sequence[Unit], src_lang: str, tgt_lang: str) -> None:
        ctx = Context(tuple(units), src_lang, tgt_lang, CheckOptions())
        matches = match_units(self.index, ctx)
        table = renderings_table(self.index, ctx, matches)
        for m, unit in zip(matches, units, strict=True):  # a forbidden rendering of a
            present = {s for h in m.src for s in h.terms}  # term the unit's source has
            used = {(r.source, t) for _, rows in forbidden_hits(self.index, m, present,
                                                                 unit.target)
                    for t, r in rows if r.source in present}
            for s, t in used:
                self.forbidden[s][t] += 1
        for s, by_t in table.items():
            t = max(by_t, key=lambda t: (len(by_t[t]), t in self.index.preferred, -t))
            self.usual[s][name] = (t, sorted(set(by_t[t])),
                                   len({u for us in by_t.values() for u in us}))
            for t2, us in by_t.items():
                self.uses[s][t2] += len(set(us))

    def findings(self, severity: Severity) -> Iterator[CrossFinding]:
        idx = self.index
        for s, by_doc in sorted(self.usual.items(), key=lambda kv: idx.sources[kv[0]]):
            docs_per = Counter(t for t, _, _ in by_doc.values())
            if len(docs_per) < 2:
                continue
            # as within a document: the preferred rendering, where documents use it, is
            # the one to converge on; else the one most documents use
            major, n_major = max(docs_per.items(), key=lambda kv: (kv[0] in idx.preferred,
                                                                   kv[1], -kv[0]))
            for name, (t, units, n_all) in sorted(by_doc.items()):
                outvoted = major in idx.preferred and t not in idx.preferred
                if t == major or (docs_per[t] >= n_major and not outvoted):
                    continue
                for u in units:
                    yield CrossFinding(
                        TERM_CODE, severity, name, u,
                        _term_message(idx.sources[s], idx.targets[t], len(units), n_all,
                                      docs_per[t] - 1, idx.targets[major], n_major,
                                      len(by_doc), outvoted),
                        source_term=idx.sources[s], found=idx.targets[t],
                        expected=(idx.targets[major],), group=f"term:{idx.sources[s]}",
                        rendering=idx.targets[t])

    def table(self) -> list[tuple[str, list[tuple[str, int, int, bool]]]]:
        """Per source term: (rendering, documents where it is the usual one, units,
        forbidden?) -- the forbidden renderings in use last."""
        idx = self.index
        rows = []
        for s in sorted(self.usual.keys() | self.forbidden.keys(), key=lambda s: idx.sources[s]):
            docs_per = Counter(t for t, _, _ in self.usual.get(s, {}).values())
            renderings = sorted(((idx.targets[t], docs_per.get(t, 0), n, False)
                                 for t, n in self.uses[s].items()),
                                key=lambda r: (-r[1], -r[2], r[0]))
            renderings += sorted(((idx.targets[t], 0, n, True)
                                  for t, n in self.forbidden[s].items()),
                                 key=lambda r: (-r[2], r[0]))
            rows.append((idx.sources[s], renderings))
        return rows


def _term_message(term: str, here: str, units: int, n_all: int, others: int, major: str,
                  n_major: int, n_docs: int, preferred: bool) -> str:
    """How a document renders a term against how the collection does: ``'Госдума' is
    rendered 'Duma' in this document (1 unit); 3 of the 4 documents that render the term
    use the preferred 'State Duma'`` -- "mostly" only where the document renders it
    otherwise too, ``(3 of its 4 units)``; ``, as does 1 other document`` where others
    agree with it."""
    said = (f"is rendered {here!r} in this document ({count(units, 'unit')})"
            if units == n_all else
            f"is mostly rendered {here!r} in this document ({units} of its {n_all} units)")
    also = (f", as {'does' if others == 1 else 'do'} {count(others, 'other document')}"
            if others else "")
    verb = "uses" if n_major == 1 else "use"
    return (f"{term!r} {said}{also}; {n_major} of the {n_docs} documents that render the "
            f"term {verb} {'the preferred ' if preferred else ''}{major!r}")


def check_documents(collection: Collection, docs: Sequence[DocumentRow], *,
                    glossary: Glossary | None, options: CheckOptions,
                    tally: TermTally | None,
                    asked: tuple[str | None, str | None] = (None, None)
                    ) -> Iterator[DocumentCheck]:
    """Every per-document check, one aligned document at a time (the tally, when given,
    learns each document's term renderings), each side read in the language ``asked``
    (``--src-lang``/``--tgt-lang``) when it is the side's language, else in the region
    its document declared for a bare stored language (``en/`` declaring en-US), else in
    the stored one (:func:`~aligner.lang.declared_tags.checked_language`)."""
    from aligner.lang.declared_tags import checked_language

    for doc in docs:
        if doc.status != "aligned":
            continue
        # one unit per bead, as aligner check makes them for a saved alignment: a
        # reviewed bead has no confidence to doubt, and a bead's sentences that may be
        # untranslated (marked by aligner batch) are the unit's omitted
        alignment = collection.alignment(doc)
        units = memory_units(alignment, units_from_alignment(alignment))
        result = run_checks(units, glossary=glossary, options=options,
                            src_lang=checked_language(doc.src_lang, alignment.settings,
                                                      "src", asked[0]),
                            tgt_lang=checked_language(doc.tgt_lang, alignment.settings,
                                                      "tgt", asked[1]))
        if tally is not None:
            tally.add(doc.name, units, doc.src_lang, doc.tgt_lang)
        yield DocumentCheck(doc, alignment, units, result)


def term_tally(glossary: Glossary | None, src_lang: str, tgt_lang: str) -> TermTally | None:
    if glossary is None or not glossary.entries:
        return None
    return TermTally(term_index(glossary, src_lang=src_lang, tgt_lang=tgt_lang))


def segment_findings(collection: Collection, docs: Sequence[DocumentRow],
                     severity: Severity) -> Iterator[CrossFinding]:
    """collection-segment-inconsistent over the documents ``docs``, those of each
    language pair apart: an ``es -> en`` unit's source is Spanish, an ``en -> es``
    one's English, and an ``es-ES`` text and an ``es-MX`` one are not the same source
    translated otherwise (:mod:`~aligner.collection.language_pairs`)."""
    numbered = itertools.count(1)  # the groups, numbered across the pairs
    for _, pair_docs in by_pair(docs):
        yield from _segment_findings(collection, pair_docs, severity, numbered)


def _segment_findings(collection: Collection, docs: Sequence[DocumentRow],
                      severity: Severity, numbered: Iterator[int]) -> Iterator[CrossFinding]:
    ids = [d.id for d in docs if d.status == "aligned"]
    if not ids:
        return
    conn = collection.conn
    conn.create_function("aligner_normal", 1, segment_key, deterministic=True)
    with collection.guard():
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM chosen")
        conn.executemany("INSERT INTO chosen VALUES (?)", ((i,) for i in ids))
        rows = conn.execute(
            "WITH u AS (SELECT aligner_normal(b.source) AS src, aligner_normal(b.target) AS tgt,"
            " b.target AS raw, d.name AS name, b.unit AS unit"
            " FROM beads b JOIN documents d ON d.id = b.doc"
            " WHERE b.doc IN (SELECT id FROM chosen) AND b.src_count > 0 AND b.tgt_count > 0),"
            " g AS (SELECT src FROM u GROUP BY src"
            " HAVING count(DISTINCT tgt) > 1 AND count(DISTINCT name) > 1)"
            " SELECT u.src, u.tgt, u.raw, u.name, u.unit FROM u JOIN g ON g.src = u.src"
            " ORDER BY u.src, u.name, u.unit")
        groups = itertools.groupby(rows, key=lambda r: r[0])
        for _src, members in groups:
            group = next(numbered)
            found = list(members)
            where: dict[str, set[str]] = defaultdict(set)  # translation -> documents
            shown: dict[str, str] = {}  # translation -> as the first document writes it
            for _, tgt, raw, name, _ in found:
                where[tgt].add(name)
                shown.setdefault(tgt, " ".join(raw.split()))
            # the translation most documents use first, then by text
            variants = sorted(where, key=lambda t: (-len(where[t]), t))
            names = {name for _, _, _, name, _ in found}
            for _, tgt, raw, name, unit in found:
                others = [t for t in variants if t != tgt]
                elsewhere = "; ".join(f"{_short(shown[t])} in {_listed(where[t], name)}"
                                      for t in others)
                here = " ".join(raw.split())
                yield CrossFinding(
                    SEGMENT_CODE, severity, name, unit,
                    f"the same source has {len(variants)} different translations in "
                    f"{len(names)} documents: here {_short(here)}; {elsewhere}",
                    found=here, expected=tuple(shown[t] for t in others),
                    group=f"segments:{group}")


def _short(text: str, most: int = 60) -> str:
    """A translation quoted in a message, cut to ``most`` characters."""
    return repr(text if len(text) <= most else text[:most - 1] + "…")


def _listed(names: set[str], here: str, most: int = 3) -> str:
    """Documents named in a message, ``here`` as "this document" and first."""
    return first_few(["this document"] * (here in names) + sorted(names - {here}), most)
