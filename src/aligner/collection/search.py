"""``aligner search``: a concordance over the collection's aligned units.

A unit is found when one of its sides holds the query the way the glossary
checks find a term (word forms, see :mod:`aligner.collection.forms`; a query
in capitals, ``JAP``, matches case-sensitively as a glossary acronym does).
The FTS5 index narrows the search to the units holding every word in some
form; the glossary's matcher then confirms each in order, so hits stream in
document order and a search stops as soon as it has ``limit`` of them.

Punctuation in the query is not searched for, as it is not indexed: quotes,
a colon or a question mark around the words (``"cordones industriales"``,
``derecha:``) find what the words alone find.  Between two words it splits the
query into phrases, each found as a term is, one after the other in the text
with nothing but punctuation (any, or none) between them: ``Santiago, Chile``
finds ``Santiago, Chile`` and ``Santiago: Chile``.  ``words`` (:class:`SearchMatch`) finds
a unit with every word of the query on one side, in the forms the phrase search reads
them in (the index's), in any order and with anything between them: ``Haftung ausgeschlossen`` finds
``Die Haftung ... ist ausgeschlossen``.

Word forms exist only for languages with form data, and never reach inside a
compound: a stem in another language's word (Finnish ``talo`` in ``talossa``) or
a part of a compound (``bibliothek`` in ``Stadtbibliothek``) is found by the
characters typed instead (:class:`SearchMatch`, :mod:`aligner.collection.substring`),
as a CAT tool's concordance search offers: at the start of a word (``prefix``) or
anywhere (``substring``), case aside and, where none are typed, accents too (``cafe``
finds ``café``).  Digits of every script are read as 0-9 in the index, the texts and
the query alike: ``4870`` finds ``٤٨٧٠`` (Arabic-Indic), ``۴۸۷۰`` (Persian), ``４８７０``,
and ``٤٨٧٠`` finds ``4870``.  No index holds substrings: SQLite's ``LIKE`` narrows the units on
their texts folded without accents, then each is read in order, and the search stops
at ``limit`` hits.

A hit in a pair of subtitle files names the cue of its first source sentence, and its
start (:attr:`SearchHit.cue`; the cue the sentence's start lies in, as a finding names
it): what a subtitler looks up in the file.  A document stored before the collection
kept cues (schema 13) names none until ``aligner batch`` aligns it again.
"""

from __future__ import annotations

import heapq
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from aligner.check.lemmas import with_accents
from aligner.check.terms import Hit, TermMatcher, Token, tokenize
from aligner.collection import substring
from aligner.collection.cues import cue_at
from aligner.collection.forms import FORMS_VERSION, side_forms
from aligner.collection.language_pairs import Pair, of_pair
from aligner.collection.store import Collection
from aligner.errors import ConfigError
from aligner.glossary import is_acronym
from aligner.model import SubtitleCue
from aligner.textutil import plain_digits


class SearchSide(Enum):
    SOURCE = "src"
    TARGET = "tgt"
    BOTH = "both"


class SearchMatch(Enum):
    """How the query matches: as words in their forms, or as the characters typed (case
    aside) at the start of a word or anywhere."""

    WORD = "word"
    #: every word of the query in its forms, in any order, anywhere in one side of a unit
    WORDS = "words"
    PREFIX = "prefix"
    SUBSTRING = "substring"


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
    #: the document's language pair, as stored
    src_lang: str = ""
    tgt_lang: str = ""
    #: the subtitle cue of the unit's first source sentence (None: no source, no cues)
    cue: SubtitleCue | None = None


def searched_pairs(collection: Collection, src_lang: str | None = None,
                   tgt_lang: str | None = None) -> list[Pair]:
    """The language pairs of the collection's aligned documents (those of ``src_lang``
    and ``tgt_lang`` when given, a bare language any region of it), as stored; an error
    naming its pairs when none is of them."""
    with collection.guard():
        pairs = collection.conn.execute(
            "SELECT DISTINCT src_lang, tgt_lang FROM documents WHERE status = 'aligned' "
            "ORDER BY src_lang, tgt_lang").fetchall()
    return [(d.src_lang, d.tgt_lang) for d in of_pair(
        [_Pair(s, t) for s, t in pairs], src_lang, tgt_lang, path=collection.path)]


@dataclass(frozen=True, slots=True)
class _Pair:
    src_lang: str
    tgt_lang: str


def search(collection: Collection, query: str, *, side: SearchSide = SearchSide.BOTH,
           limit: int = 20, match: SearchMatch = SearchMatch.WORD,
           src_lang: str | None = None, tgt_lang: str | None = None) -> Iterator[SearchHit]:
    """The units holding ``query`` on ``side``, in document order, at most ``limit``, in
    every language pair of the collection -- or those of ``src_lang``/``tgt_lang``
    (:func:`searched_pairs`) --, each side read in its document's language: a Spanish
    word is found in the source of an ``es -> en`` document and in the target of an
    ``en -> es`` one."""
    if not query.strip():
        raise ConfigError("the query is empty")
    pairs = searched_pairs(collection, src_lang, tgt_lang)
    if match not in (SearchMatch.WORD, SearchMatch.WORDS):
        yield from _scan(collection, query.strip(), side=side, limit=limit,
                         prefix=match is SearchMatch.PREFIX, pairs=pairs)
        return
    with collection.guard():
        # each pair's hits in the order of their beads, merged into document order
        found = heapq.merge(*(_in_pair(collection, query, pair, side,
                                       every=match is SearchMatch.WORDS) for pair in pairs))
        for _, hit in itertools.islice(found, limit):
            yield hit


def _in_pair(collection: Collection, query: str, pair: Pair, side: SearchSide, *,
             every: bool = False) -> Iterator[tuple[int, SearchHit]]:
    """The hits of the documents of ``pair``, each with its bead's id, in their order;
    ``every``: of every word of the query, each found alone (``--match words``)."""
    src_lang, tgt_lang = pair
    src_forms, tgt_forms = side_forms(src_lang, tgt_lang)
    query = plain_digits(query)  # ٤٨٧٠ finds 4870, and 4870 ٤٨٧٠ (read as 4870 below)
    src_query, tgt_query = _accented(query, src_lang), _accented(query, tgt_lang)
    parts: dict[SearchSide, str] = {}
    if side is not SearchSide.TARGET:
        expr = src_forms.match_expression(src_query)
        if expr:
            parts[SearchSide.SOURCE] = f"src_forms : ({expr})"
    if side is not SearchSide.SOURCE:
        expr = tgt_forms.match_expression(tgt_query)
        if expr:
            parts[SearchSide.TARGET] = f"tgt_forms : ({expr})"
    if not parts:
        raise ConfigError(f"the query {query!r} has no word to search for")
    matcher = _AllWords if every else _QueryMatcher
    src_matcher = matcher(_words(src_query) if every else _phrases(src_query), lang=src_lang)
    tgt_matcher = matcher(_words(tgt_query) if every else _phrases(tgt_query), lang=tgt_lang,
                          borrowed=src_lang)
    rows = collection.conn.execute(
        "SELECT b.id, d.name, b.unit, b.source, b.target, b.score, b.doc, b.src_first, "
        "b.src_count FROM bead_forms "
        "JOIN beads b ON b.id = bead_forms.rowid JOIN documents d ON d.id = b.doc "
        "WHERE bead_forms MATCH ? AND d.src_lang = ? AND d.tgt_lang = ? "
        "ORDER BY bead_forms.rowid",
        (" OR ".join(f"({p})" for p in parts.values()), src_lang, tgt_lang))
    for bead, name, unit, source, target, score, doc, first, many in rows:
        # (a digit for a digit: the spans are the text's as written)
        if every:  # every word on one side, in its forms as the index has them
            held = {s for s, p in parts.items() if len(parts) == 1 or collection.conn.execute(
                "SELECT 1 FROM bead_forms WHERE rowid = ? AND bead_forms MATCH ?",
                (bead, p)).fetchone()}
            src_spans = (src_matcher.find(plain_digits(source)) if SearchSide.SOURCE in held
                         else ())
            tgt_spans = (tgt_matcher.find(plain_digits(target)) if SearchSide.TARGET in held
                         else ())
        else:
            src_spans = (src_matcher.find(plain_digits(source))
                         if side is not SearchSide.TARGET else ())
            tgt_spans = (tgt_matcher.find(plain_digits(target))
                         if side is not SearchSide.SOURCE else ())
            if not (src_spans or tgt_spans):
                continue  # every word is there, but not as the phrase
        yield bead, SearchHit(name, unit, source, target, score, src_spans, tgt_spans,
                              src_lang, tgt_lang, _cue(collection, doc, first, many, name))


def _scan(collection: Collection, query: str, *, side: SearchSide, limit: int,
          prefix: bool, pairs: list[Pair]) -> Iterator[SearchHit]:
    """The two-sided units holding ``query``'s characters, case and accents aside as
    :mod:`~aligner.collection.substring` says (with ``prefix``, where a word starts),
    in document order, at most ``limit``.  SQLite's ``LIKE`` first keeps the units
    whose folded texts hold the query's letters (a document whose entries predate
    them, in a read-only collection, is read whole); each is then compared whole, and
    only one that holds them is mapped character by character for its spans."""
    wanted = substring.wanted(query)
    if not wanted.letters:
        raise ConfigError(f"the query {query!r} has nothing but accents to search for")
    columns = {SearchSide.SOURCE: ["coalesce(b.src_folded, b.source)"],
               SearchSide.TARGET: ["coalesce(b.tgt_folded, b.target)"],
               SearchSide.BOTH: ["coalesce(b.src_folded, b.source)",
                                 "coalesce(b.tgt_folded, b.target)"]}[side]
    where = " OR ".join(f"{c} LIKE :p ESCAPE '\\'" for c in columns)
    found = 0
    with collection.guard():
        rows = collection.conn.execute(
            "SELECT d.name, b.unit, b.source, b.target, b.score, d.src_lang, d.tgt_lang, "
            "b.doc, b.src_first, b.src_count "
            "FROM beads b JOIN documents d ON d.id = b.doc WHERE d.status = 'aligned' "
            f"AND b.src_count > 0 AND b.tgt_count > 0 AND (d.forms < :v OR {where}) "
            "ORDER BY b.id", {"p": substring.like_pattern(wanted.letters), "v": FORMS_VERSION})
        chosen = set(pairs)
        for name, unit, source, target, score, src_lang, tgt_lang, doc, first, many in rows:
            if (src_lang, tgt_lang) not in chosen:
                continue
            src_spans: tuple[tuple[int, int], ...] = ()
            tgt_spans: tuple[tuple[int, int], ...] = ()
            if side is not SearchSide.TARGET and wanted.letters in substring.bare(source):
                src_spans = substring.find_spans(source, wanted, prefix=prefix)
            if side is not SearchSide.SOURCE and wanted.letters in substring.bare(target):
                tgt_spans = substring.find_spans(target, wanted, prefix=prefix)
            if src_spans or tgt_spans:
                yield SearchHit(name, unit, source, target, score, src_spans, tgt_spans,
                                src_lang, tgt_lang, _cue(collection, doc, first, many, name))
                found += 1
                if found >= limit:
                    return


def _cue(collection: Collection, doc: int, first: int, many: int, name: str
         ) -> SubtitleCue | None:
    """The cue of a hit's first source sentence (None for a unit without one)."""
    if not many:
        return None
    return cue_at(collection.conn, doc, "src", first, where=f"{collection.path}: {name}")


def _accented(query: str, lang: str) -> str:
    """The query with each word typed without its accents spelled as the language's
    lemma table spells it (``politica`` -> ``política``), so that it finds the word's
    other forms (``políticos``) as the accented query does; the index and the matcher
    ignore accents already, but the table that relates the forms does not."""
    out, at = [], 0
    for token in tokenize(query):
        if token.word:
            out += [query[at:token.start], with_accents(lang, token.text)]
            at = token.end
    return "".join(out) + query[at:]


def _phrases(query: str) -> list[str]:
    """The query's runs of words, as written, split at its punctuation."""
    phrases: list[str] = []
    run: list[Token] = []
    for token in [*tokenize(query), None]:
        if token is not None and token.word:
            run.append(token)
        elif run:
            phrases.append(query[run[0].start:run[-1].end])
            run = []
    return phrases


def _words(query: str) -> list[str]:
    """The query's words, as written, each once."""
    return list(dict.fromkeys(t.text for t in tokenize(query) if t.word))


class _AllWords:
    """Finds the words of the query in one side's texts, each as the glossary checks find
    a term, in any order: ``find`` gives the spans of each, to highlight (the index says
    whether the side holds them all: a word the phrase's context inflects, ``leichter``
    in ``leichter Fahrlässigkeit``, is found there as the phrase search finds it)."""

    def __init__(self, words: list[str], *, lang: str, borrowed: str | None = None) -> None:
        self._matcher = TermMatcher([(w, is_acronym(w)) for w in words], lang=lang,
                                    borrowed=borrowed)

    def find(self, text: str) -> tuple[tuple[int, int], ...]:
        return tuple(sorted({(h.start, h.end) for h in self._matcher.find(text,
                                                                          overlapping=True)}))


class _QueryMatcher:
    """Finds the query in one side's texts: each phrase as the glossary checks find a
    term (a phrase in capitals case-sensitively), the phrases in order with nothing
    but punctuation between them.  ``find`` gives the spans of the whole query."""

    def __init__(self, phrases: list[str], *, lang: str, borrowed: str | None = None) -> None:
        self._count = len(phrases)
        self._matcher = TermMatcher([(p, is_acronym(p)) for p in phrases], lang=lang,
                                    borrowed=borrowed)

    def find(self, text: str) -> tuple[tuple[int, int], ...]:
        if self._count == 1:
            return tuple((h.start, h.end) for h in self._matcher.find(text))
        # Overlapping: a phrase may be part of another phrase of the query.
        hits = self._matcher.find(text, overlapping=True)
        spans: list[tuple[int, int]] = []
        for hit in hits:
            if 0 in hit.terms and (not spans or hit.start >= spans[-1][1]):
                end = self._rest(text, hits, hit.end, 1)
                if end is not None:
                    spans.append((hit.start, end))
        return tuple(spans)

    def _rest(self, text: str, hits: list[Hit], at: int, phrase: int) -> int | None:
        """Where phrases ``phrase``... end when they follow ``at`` (None: they do not)."""
        if phrase == self._count:
            return at
        for hit in hits:  # in text order, so the gap before each only grows
            if hit.start < at:
                continue
            if any(t.word for t in tokenize(text[at:hit.start - hit.article])):
                return None
            if phrase in hit.terms:
                end = self._rest(text, hits, hit.end, phrase + 1)
                if end is not None:
                    return end
        return None


def hits_json(hits: list[SearchHit]) -> str:
    """``{"hits": [{"document", "unit", "src_lang", "tgt_lang", "source", "target",
    "score"}, ...]}``, with the match spans of each side as ``src_spans``/``tgt_spans``,
    and, for a hit in subtitles, its source cue as ``"cue": {"number", "index", "start",
    "end", "timecode"}`` (``number`` as the file writes it, or null; ``index`` 0-based;
    the times in seconds)."""
    return json.dumps({"hits": [
        {"document": h.document, "unit": h.unit, "src_lang": h.src_lang,
         "tgt_lang": h.tgt_lang, "source": h.source, "target": h.target,
         "score": round(h.score, 4), "src_spans": [list(s) for s in h.src_spans],
         "tgt_spans": [list(s) for s in h.tgt_spans],
         **({} if h.cue is None else {"cue": {
             "number": h.cue.number, "index": h.cue.index, "start": h.cue.start,
             "end": h.cue.end, "timecode": h.cue.timecode}})} for h in hits]},
        ensure_ascii=False, indent=2) + "\n"


def highlight(text: str, spans: tuple[tuple[int, int], ...], mark: tuple[str, str]) -> str:
    """``text`` with each span wrapped in ``mark`` (open, close)."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], mark[0], text[start:end], mark[1]]
        at = end
    out.append(text[at:])
    return "".join(out)
