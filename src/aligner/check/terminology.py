"""term-missing, term-forbidden(-elsewhere), term-inconsistent, term-accents: the glossary
checks (names and their accents: :mod:`aligner.check.names`).

A source term is *rendered* in a unit when one of its approved (preferred or
allowed) renderings occurs in the target; a rendering found inside a longer
term of the target still counts (``Chilean road`` inside ``Chilean road to
socialism``).  A forbidden rendering counts only where it is not part of a
longer term and is not an approved rendering of another term of the unit; in a
unit whose source does not have its term it is ``term-forbidden-elsewhere``, a
warning (the words may mean something else there).

A term split by an inline tag (``cordones {1}industriales{/1}``, a bold word)
is still the term: the tag separates words as a space does
(:mod:`aligner.check.terms`), and a finding quotes the words without the tag.
A tag inside a word splits the word, and the term is not found there.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace

from aligner.check.base import Annotations, Context, is_blank, is_copy
from aligner.check.carried import in_copied_code, written_in
from aligner.check.completeness import only_names_numbers_urls
from aligner.check.names import NameRow, check_name_accents, name_indices
from aligner.check.term_quotes import found_term, in_other_spelling, quote_list, said, written
from aligner.check.term_table import term_table
from aligner.check.terms import Hit, TermMatcher, hit_text, kept_words
from aligner.check.units import without_tags
from aligner.lang import SOLID_COMPOUNDS, primary
from aligner.model import Finding, Glossary, Side, TermMatch, TermStatus

_APPROVED = (TermStatus.PREFERRED, TermStatus.ALLOWED)


@dataclass(frozen=True, slots=True)
class Rendering:
    source: int  # index into TermIndex.sources
    status: TermStatus
    note: str  # the glossary row's ("" for none)


class TermIndex:
    """A glossary compiled into a source matcher and a target matcher."""

    def __init__(self, glossary: Glossary, *, src_lang: str, tgt_lang: str) -> None:
        # The rows of one source term are one term whatever their case cells say:
        # it matches case-sensitively only when every row of it does (a case cell
        # on one row -- a capitalised forbidden rendering -- is about that row's
        # rendering, and must not break the term off).
        src_ids: dict[str, int] = {}
        src_case: list[bool] = []
        tgt_ids: dict[tuple[str, bool], int] = {}
        self.sources: list[str] = []
        self.targets: list[str] = []
        self.tgt_case: list[bool] = []  # per target index: matched case-sensitively
        self.renderings: list[list[Rendering]] = []  # per target index
        self.approved: list[list[int]] = []  # per source index: approved target indices
        for e in glossary.entries:
            s = src_ids.setdefault(e.source, len(src_ids))
            if s == len(self.sources):
                self.sources.append(e.source)
                self.approved.append([])
                src_case.append(e.case_sensitive)
            src_case[s] = src_case[s] and e.case_sensitive
            t = tgt_ids.setdefault((e.target, e.target_case_sensitive), len(tgt_ids))
            if t == len(self.targets):
                self.targets.append(e.target)
                self.renderings.append([])
                self.tgt_case.append(e.target_case_sensitive)
            self.renderings[t].append(Rendering(s, e.status, e.note))
            if e.status in _APPROVED:
                self.approved[s].append(t)
        self.preferred = {
            t for t, rows in enumerate(self.renderings)
            if any(r.status is TermStatus.PREFERRED for r in rows)
        }
        # a source term has no status: every one is held to its German capitals (a term
        # the source does not have is no error, a verb taken for the noun is)
        # names carried over (Daniels, Cárdenas) are found in their own spelling only
        src_names, self.tgt_names = name_indices(glossary, self.sources, self.targets)
        self.src_matcher = TermMatcher(list(zip(self.sources, src_case, strict=True)),
                                       lang=src_lang, capital_nouns=range(len(self.sources)),
                                       names=src_names)
        # German nouns are held to their capital in the forbidden renderings only: a
        # glossary may capitalise every entry (Senden, Fristlose Kündigung), and a missed
        # approved rendering is a false error too; so is a function word read as a verb
        # form (pt Entre renders entrar, but entre, between, is no forbidden entrar)
        forbidden_only = {t for t, rows in enumerate(self.renderings)
                          if all(r.status is TermStatus.FORBIDDEN for r in rows)}
        # a target reads the source language's plurals only on the source words it keeps
        # (``the cordones``), not on its own (French ``cours`` is no ``cour``)
        self.tgt_matcher = TermMatcher(list(tgt_ids), lang=tgt_lang, borrowed=src_lang,
                                       kept=kept_words(self.sources, src_lang),
                                       capital_nouns=forbidden_only,
                                       strict_verbs=forbidden_only, names=self.tgt_names)
        # the approved renderings that are names, for term-accents
        self.names = {t: NameRow(self.targets[t], self.sources[r.source], r.note)
                      for t in sorted(self.tgt_names)
                      for r in [r for r in self.renderings[t] if r.status in _APPROVED][:1]}
        # a target language that writes compounds solid: an approved rendering with a
        # space for its hyphen (E-Mail Adresse) is misspelt, and renders nothing
        self.spaced_is_wrong = primary(tgt_lang) in SOLID_COMPOUNDS

    def approved_texts(self, s: int) -> tuple[str, ...]:
        return tuple(self.targets[t] for t in self.approved[s])

    def approved_note(self, s: int, targets: Sequence[int]) -> str | None:
        """The notes of the approved rows of source term ``s`` rendered by ``targets``,
        each once, ``; ``-joined (None when none has one): what a finding quotes."""
        notes = dict.fromkeys(r.note for t in targets for r in self.renderings[t]
                              if r.source == s and r.note and r.status in _APPROVED)
        return "; ".join(notes) or None


@dataclass(frozen=True, slots=True)
class UnitTerms:
    src: tuple[Hit, ...]
    tgt_all: tuple[Hit, ...]  # overlapping
    tgt: tuple[Hit, ...]  # longest match


def match_units(index: TermIndex, ctx: Context) -> list[UnitTerms]:
    out = []
    for u in ctx.units:
        tgt_all = tuple(index.tgt_matcher.find(u.target, overlapping=True))
        out.append(
            UnitTerms(tuple(index.src_matcher.find(u.source)), tgt_all, tuple(longest(tgt_all)))
        )
    return out


def longest(hits: Sequence[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest (in tokens) first, then leftmost; hits of the same
    words (a term found ignoring case, another in its case) are one hit of both terms."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-h.length, h.start)):
        same = next((n for n, k in enumerate(kept) if (k.start, k.end) == (h.start, h.end)),
                    None)
        if same is not None:
            kept[same] = replace(kept[same], terms=tuple(dict.fromkeys(
                (*kept[same].terms, *h.terms))))
        elif all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def _found_renderings(index: TermIndex, s: int, hits: Sequence[Hit]) -> list[tuple[int, Hit]]:
    """Approved renderings of source term ``s`` among ``hits`` (longest first); not one
    written with a space for its hyphen where the target language writes compounds
    solid."""
    approved = set(index.approved[s])
    mine = [h for h in hits if approved.intersection(_spelt(index, h))]
    return [(next(t for t in _spelt(index, h) if t in approved), h) for h in longest(mine)]


def _spelt(index: TermIndex, hit: Hit) -> tuple[int, ...]:
    """The terms of a hit that the text spells as the glossary does, hyphens aside."""
    if not (index.spaced_is_wrong and hit.spaced):
        return hit.terms
    return tuple(t for t in hit.terms if t not in hit.spaced)


# a sentence opens before (its start or a stop, quotes, ¿ ¡...): a capital may be its
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?…:;]\s)[\s\"'«“‘¿¡(\[—–-]*\Z")


def forbidden_hits(index: TermIndex, m: UnitTerms, present: Collection[int],
                   target: str) -> Iterator[tuple[Hit, list[tuple[int, Rendering]]]]:
    """The hits of a unit's ``target`` that are forbidden renderings, each with its
    forbidden rows (target index, row) -- not a hit that renders a term of ``present``
    (the source terms the unit has) as the glossary approves, case aside (below)."""
    approved_here = {t for s in present for t in index.approved[s]}
    for h in m.tgt:
        rows = [(t, r) for t in h.terms for r in index.renderings[t]
                if r.status is TermStatus.FORBIDDEN]
        approved = approved_here.intersection(h.terms)
        # an approved rendering found only by ignoring case does not clear a forbidden
        # one found in its very case (marzo preferred, Marzo forbidden and sensitive),
        # but for a capital a sentence start gives it (Marzo fue frío.)
        if approved and not (any(index.tgt_case[t] for t, _ in rows)
                             and not any(index.tgt_case[t] for t in approved)
                             and not _OPENS_SENTENCE.search(target[max(0, h.start - 12):
                                                                   h.start])):
            continue
        if rows:
            yield h, rows


def check_terms(
    index: TermIndex, ctx: Context, matches: Sequence[UnitTerms]
) -> Iterator[Finding]:
    """term-missing and term-forbidden, unit by unit."""
    for u, (unit, m) in enumerate(zip(ctx.units, matches, strict=True)):
        present: dict[int, Hit] = {}
        for h in m.src:
            for s in h.terms:
                present.setdefault(s, h)
        forbidden_for: set[int] = set()
        for h, found_rows in forbidden_hits(index, m, present.keys(), unit.target):
            mine = [r for _, r in found_rows if r.source in present]
            forbidden_for.update(r.source for r in mine)
            found = without_tags(hit_text(unit.target, h))  # a tag inside: the words
            if not mine and written_in(found, unit.source):
                continue  # a name or quotation carried over from the source: no rendering
            # one finding per place, for a term of this unit when it is one of them
            t, r = next(((t, r) for t, r in found_rows if r.source in present), found_rows[0])
            term = index.sources[r.source]
            expected = index.approved_texts(r.source)
            hint = f"; use {quote_list(expected)}" if expected else ""
            # without its source term in the unit, the words may mean something else
            # there ("exercise your rights" for a forbidden rendering of ejercicio)
            code = "term-forbidden" if mine else "term-forbidden-elsewhere"
            yield Finding(
                code=code,
                severity=ctx.severity(code),
                unit=u,
                message=(f"forbidden rendering {said(found)} of {term!r}{hint}" if mine else
                         f"{said(found)} is a forbidden rendering of {term!r}, which this "
                         f"source does not have: right here if it says something else"
                         + (f"; as a rendering of {term!r}, use {quote_list(expected)}"
                            if expected else "")),
                source_term=term,
                expected=expected,
                found=written(unit.target, h),
                src_span=(present[r.source].start, present[r.source].end)
                if r.source in present else None,
                tgt_span=(h.start, h.end),
                note=r.note or None,
                rendering=index.targets[t],
            )
        if is_blank(unit.target) or (is_copy(unit.source, unit.target)
                                     and not only_names_numbers_urls(unit.source,
                                                                     ctx.src_lang)):
            continue  # empty-target / untranslated says it all (a copied name: not so)
        for s, h in present.items():
            if s in forbidden_for or _found_renderings(index, s, m.tgt_all):
                continue
            term = index.sources[s]
            expected = index.approved_texts(s)
            if not expected:
                continue  # only forbidden renderings are listed for this term
            if in_copied_code(unit.source, h, unit.target):
                continue  # sync.log, config_sync, /api/sync: a name the target keeps
            found = without_tags(hit_text(unit.source, h))
            other = in_other_spelling(expected, unit.target)
            spaced = [without_tags(hit_text(unit.target, t)) for t in m.tgt_all
                      if index.spaced_is_wrong and set(index.approved[s]) & set(t.spaced)]
            hint = f" ({said(spaced[0])} has a space for its hyphen)" if spaced else ""
            yield Finding(
                code="term-missing",
                severity=ctx.severity("term-missing"),
                unit=u,
                message=f"{found_term(found, term)} is not rendered as "
                        f"{quote_list(expected)}{hint}"
                + (f"; the target has {said(other[1])}, which {other[3]}" if other else ""),
                source_term=term,
                expected=expected,
                found=other[1] if other else None,
                src_span=(h.start, h.end),
                tgt_span=other[2] if other else None,
                note=index.approved_note(s, index.approved[s]),
                rendering=other[0] if other else None,
            )


def renderings_table(
    index: TermIndex, ctx: Context, matches: Sequence[UnitTerms]
) -> dict[int, dict[int, list[int]]]:
    """source term -> approved target term -> units where it renders the term."""
    table: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for u, m in enumerate(matches):
        for s in sorted({s for h in m.src for s in h.terms}):
            for t in sorted({t for t, _ in _found_renderings(index, s, m.tgt_all)}):
                table[s][t].append(u)
    return {s: dict(by_t) for s, by_t in table.items()}


def check_inconsistent(
    index: TermIndex, table: dict[int, dict[int, list[int]]], ctx: Context,
    matches: Sequence[UnitTerms],
) -> Iterator[Finding]:
    """term-inconsistent: units that use another rendering than the document's usual one."""
    for s, by_target in table.items():
        if len(by_target) < 2:
            continue
        counts = Counter({t: len(set(us)) for t, us in by_target.items()})
        # the glossary's preferred rendering, where the document uses it, is the one to
        # converge on, however often an allowed one is used; else the commonest
        dominant = max(
            counts, key=lambda t: (t in index.preferred, counts[t], -min(by_target[t]))
        )
        usual = set(by_target[dominant])
        summary = ", ".join(f"{index.targets[t]!r} ×{n}" for t, n in counts.most_common())
        term = index.sources[s]
        deviating = sorted({u for us in by_target.values() for u in us} - usual)
        # "mostly" only when one rendering is the commonest; a tie (1 and 1) is "elsewhere"
        rivals = [t for t in counts if t != dominant and counts[t] >= counts[dominant]]
        if rivals and dominant in index.preferred and not index.preferred.issuperset(rivals):
            usually, where = "as the preferred", " elsewhere"
        elif rivals:
            usually, where = "as", " elsewhere"
        else:
            usually, where = "mostly as", ""
        for u in deviating:
            here = [t for t, us in by_target.items() if u in us]
            # the first rendering of the term written here, and where
            at = _found_renderings(index, s, matches[u].tgt_all)[0]
            src_hit = next(h for h in matches[u].src if s in h.terms)
            yield Finding(
                code="term-inconsistent",
                severity=ctx.severity("term-inconsistent"),
                unit=u,
                message=f"{term!r} rendered as {quote_list(tuple(index.targets[t] for t in here))}"
                f" here but {usually} {index.targets[dominant]!r}{where} ({summary})",
                source_term=term,
                expected=(index.targets[dominant],),
                found=written(ctx.units[u].target, at[1]),
                src_span=(src_hit.start, src_hit.end),
                tgt_span=(at[1].start, at[1].end),
                group=f"term:{term}",
                note=index.approved_note(s, at[:1]),
                rendering=index.targets[at[0]],
            )


def term_matches(
    index: TermIndex, ctx: Context, matches: Sequence[UnitTerms]
) -> Iterator[TermMatch]:
    """Every term found, for highlighting in a report."""
    for u, m in enumerate(matches):
        present = {s for h in m.src for s in h.terms}
        for h in m.src:
            yield TermMatch(u, Side.SOURCE, h.start, h.end, index.sources[h.terms[0]])
        for h in m.tgt:
            rows = [(t, r) for t in h.terms for r in index.renderings[t]]
            t, best = next(((t, r) for t, r in rows if r.source in present), rows[0])
            yield TermMatch(u, Side.TARGET, h.start, h.end, index.sources[best.source],
                            best.status, rendering=index.targets[t])


#: The glossaries compiled last, with the glossary each was compiled from: a collection's
#: documents are checked one after the other against one glossary, which compiling took
#: seconds each (10,000 rows: 2.5 s a document).
_COMPILED: list[tuple[Glossary, str, str, TermIndex]] = []
_COMPILED_KEPT = 4


def term_index(glossary: Glossary, *, src_lang: str, tgt_lang: str) -> TermIndex:
    """``TermIndex(glossary, ...)``, compiled once for the same glossary object and
    languages (the index is read only once built)."""
    for kept, src, tgt, index in _COMPILED:
        if kept is glossary and (src, tgt) == (src_lang, tgt_lang):
            return index
    index = TermIndex(glossary, src_lang=src_lang, tgt_lang=tgt_lang)
    _COMPILED[:] = [(glossary, src_lang, tgt_lang, index), *_COMPILED[:_COMPILED_KEPT - 1]]
    return index


@dataclass(frozen=True, slots=True)
class TermRun:
    """The glossary matched against every unit (computed once per run)."""

    index: TermIndex
    matches: tuple[UnitTerms, ...]
    table: dict[int, dict[int, list[int]]]


def prepare(ctx: Context) -> TermRun | None:
    """The family's state: the glossary compiled and matched against every unit
    (None without a glossary, or with an empty one)."""
    if ctx.glossary is None or not ctx.glossary.entries:
        return None
    index = term_index(ctx.glossary, src_lang=ctx.src_lang, tgt_lang=ctx.tgt_lang)
    matches = tuple(match_units(index, ctx))
    return TermRun(index, matches, renderings_table(index, ctx, matches))


def check_terminology(ctx: Context, run: TermRun | None) -> Iterator[Finding]:
    """The family entry point: term-missing, term-forbidden, term-inconsistent,
    term-accents."""
    if run is None:
        return
    yield from check_terms(run.index, ctx, run.matches)
    yield from check_inconsistent(run.index, run.table, ctx, run.matches)
    yield from check_name_accents(ctx, run.index.names, run.index.targets,
                                  [m.tgt for m in run.matches])


def annotate(ctx: Context, run: TermRun | None) -> Annotations:
    """Every term found (for highlighting) and the term table made of them: how each
    source term was rendered, forbidden renderings too."""
    if run is None:
        return Annotations()
    matches = tuple(term_matches(run.index, ctx, run.matches))
    return Annotations(matches, term_table(matches, lambda u: ctx.units[u].target))
