"""``aligner search``: a concordance over the collection's aligned units.

A unit is found when one of its sides holds the query the way the glossary
checks find a term (word forms, see :mod:`aligner.collection.forms`; a query
in capitals, ``JAP``, matches case-sensitively as a glossary acronym does).
The FTS5 index narrows the search to the units holding every word in some
form; the glossary's matcher then confirms each in order, so hits stream in
document order and a search stops as soon as it has ``limit`` of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from aligner.check.terms import TermMatcher
from aligner.collection.forms import SideForms
from aligner.collection.store import Collection
from aligner.errors import ConfigError
from aligner.glossary import is_acronym


class SearchSide(Enum):
    SOURCE = "src"
    TARGET = "tgt"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A unit holding the query: where it is, both texts, the confidence, and the
    spans of the query in each side (``[start, end)``, empty on a side without it)."""

    document: str
    unit: int
    source: str
    target: str
    score: float
    src_spans: tuple[tuple[int, int], ...]
    tgt_spans: tuple[tuple[int, int], ...]


def search(collection: Collection, query: str, *, side: SearchSide = SearchSide.BOTH,
           limit: int = 20) -> Iterator[SearchHit]:
    """The units holding ``query`` on ``side``, in document order, at most ``limit``."""
    if not query.strip():
        raise ConfigError("the query is empty")
    term = [(query, is_acronym(query))]
    found = 0
    with collection.guard():
        pairs = collection.conn.execute(
            "SELECT DISTINCT src_lang, tgt_lang FROM documents WHERE status = 'aligned' "
            "ORDER BY src_lang, tgt_lang").fetchall()
        for src_lang, tgt_lang in pairs:
            src_forms, tgt_forms = SideForms(src_lang), SideForms(tgt_lang, borrowed=src_lang)
            parts = []
            if side is not SearchSide.TARGET:
                expr = src_forms.match_expression(query)
                if expr:
                    parts.append(f"src_forms : ({expr})")
            if side is not SearchSide.SOURCE:
                expr = tgt_forms.match_expression(query)
                if expr:
                    parts.append(f"tgt_forms : ({expr})")
            if not parts:
                raise ConfigError(f"the query {query!r} has no word to search for")
            src_matcher = TermMatcher(term, lang=src_lang)
            tgt_matcher = TermMatcher(term, lang=tgt_lang, borrowed=src_lang)
            rows = collection.conn.execute(
                "SELECT d.name, b.unit, b.source, b.target, b.score FROM bead_forms "
                "JOIN beads b ON b.id = bead_forms.rowid JOIN documents d ON d.id = b.doc "
                "WHERE bead_forms MATCH ? AND d.src_lang = ? AND d.tgt_lang = ? "
                "ORDER BY bead_forms.rowid",
                (" OR ".join(f"({p})" for p in parts), src_lang, tgt_lang))
            for name, unit, source, target, score in rows:
                src_spans = (tuple((h.start, h.end) for h in src_matcher.find(source))
                             if side is not SearchSide.TARGET else ())
                tgt_spans = (tuple((h.start, h.end) for h in tgt_matcher.find(target))
                             if side is not SearchSide.SOURCE else ())
                if not (src_spans or tgt_spans):
                    continue  # every word is there, but not as the phrase
                yield SearchHit(name, unit, source, target, score, src_spans, tgt_spans)
                found += 1
                if found >= limit:
                    return


def hits_json(hits: list[SearchHit]) -> str:
    """``{"hits": [{"document", "unit", "source", "target", "score"}, ...]}``, with the
    match spans of each side as ``src_spans``/``tgt_spans``."""
    return json.dumps({"hits": [
        {"document": h.document, "unit": h.unit, "source": h.source, "target": h.target,
         "score": round(h.score, 4), "src_spans": [list(s) for s in h.src_spans],
         "tgt_spans": [list(s) for s in h.tgt_spans]} for h in hits]},
        ensure_ascii=False, indent=2) + "\n"


def highlight(text: str, spans: tuple[tuple[int, int], ...], mark: tuple[str, str]) -> str:
    """``text`` with each span wrapped in ``mark`` (open, close)."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], mark[0], text[start:end], mark[1]]
        at = end
    out.append(text[at:])
    return "".join(out)
