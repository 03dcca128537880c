"""term-missing, term-forbidden(-elsewhere), term-inconsistent, term-accents, term-pronoun:
the glossary checks (names and their accents: :mod:`aligner.check.names`).

A source term is *rendered* in a unit when one of its approved (preferred or
allowed) renderings occurs in the target; a rendering found inside a longer
term of the target still counts (``Chilean road`` inside ``Chilean road to
socialism``).  A forbidden rendering counts only where it is not part of a
longer term and is not an approved rendering of another term of the unit; in a
unit whose source does not have its term it is ``term-forbidden-elsewhere``, a
warning (the words may mean something else there), and so it is where an approved
rendering answers each occurrence of the term in the source: no occurrence is left
for the word to render (``Bei Patienten ...`` / ``In patients, the dose is subject
to ...`` with ``subject`` forbidden for ``Patient``).

A term split by an inline tag (``cordones {1}industriales{/1}``, a bold word)
is still the term: the tag separates words as a space does
(:mod:`aligner.check.terms`), and a finding quotes the words without the tag.
A tag inside a word splits the word, and the term is not found there.

A forbidden rendering inside a longer term counts for the terms the longer source term
has inside it (``민지`` in ``김민지``, :meth:`TermIndex.inside`), and an approved rendering
the text spells with a forbidden one inside renders nothing (``Kim Minji`` for ``Kim
Min-ji``, :func:`aligner.check.term_index.not_misspelt`).  A name not rendered, where the
target has as many third-person pronouns as such names beyond those that render the
source's own (``他`` / ``He``: :mod:`aligner.check.pronouns`), is ``term-pronoun``, an info.

In a language that writes its compounds as one word (German), an approved rendering
found as the head or the tail of a compound renders its term for ``term-missing``
(:mod:`aligner.check.compounds`); so does a Japanese katakana rendering inside a longer
run of katakana (``サインイン`` in ``サインインページ``); a forbidden one there, where none
renders the term, is ``term-forbidden`` (:mod:`aligner.check.term_compounds`).  A
term the source has only inside a compound (``Vertragsstrafenklausel``) is the unit's
for a forbidden rendering, and asks for no rendering (:func:`source_compounds`).

Two source terms found in the same words (``workspace`` and the sidebar label
``Workspaces``) are one occurrence for ``term-missing``: the term written most like the
text (:func:`~aligner.check.term_index.best_term`) names the finding and gives its note,
and a rendering of either term, or a forbidden one of either, answers it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from aligner.check.base import Annotations, Context, is_blank, is_copy
from aligner.check.carried import in_copied_code, written_in
from aligner.check.completeness import only_names_numbers_urls
from aligner.check.english_spelling import in_other_english_spelling
from aligner.check.names import a_name, by_pronoun, check_name_accents
from aligner.check.pronouns import spare
from aligner.check.term_compounds import forbidden_in_compound, source_compounds
from aligner.check.term_consistency import check_inconsistent, renderings_table
from aligner.check.term_index import (
    Rendering,
    TermIndex,
    UnitTerms,
    best_term,
    compound_matches,
    compound_rendering,
    found_renderings,
    match_units,
    term_index,
)
from aligner.check.term_quotes import (
    found_term,
    in_derived_noun,
    in_lower_case,
    in_other_spelling,
    quote_list,
    said,
    written,
)
from aligner.check.term_table import term_table
from aligner.check.term_uses import asked_renderings, in_noun_verb, said_use
from aligner.check.terms import Hit, hit_text
from aligner.check.units import without_tags
from aligner.lang import primary
from aligner.model import Finding, Severity, Side, TermMatch, TermStatus


def occurrences(index: TermIndex, s: int, m: UnitTerms) -> int:
    """How often source term ``s`` is in a unit's source, inside longer terms too (민지
    in 김민지)."""
    return sum(s in h.terms or any(s in index.inside(t) for t in h.terms)
               for h in (*m.src, *m.src_nested))


def _all_answered(index: TermIndex, m: UnitTerms, present: Collection[int],
                  forbidden: Sequence[Hit], compounded: Collection[int]) -> set[int]:
    """The source terms of ``present`` whose every occurrence in the unit's source an
    approved rendering answers, one that is no forbidden hit itself (``Marzo`` matching
    ``marzo`` ignoring case): no occurrence is left for a forbidden word to render, so
    the word says something else there (``subject to`` beside ``patients``).  A term of
    ``compounded`` is in a compound word of the source once more."""
    def clear(h: Hit) -> bool:
        return all(h.end <= f.start or h.start >= f.end for f in forbidden)
    return {s for s in present
            if sum(clear(h) for _, h in found_renderings(index, s, m.tgt_all))
            >= occurrences(index, s, m) + (s in compounded)}


def _all_rendered(index: TermIndex, s: int, m: UnitTerms, target: str, extra: int) -> str:
    """How a term whose every occurrence in the source (``extra`` more in compound
    words) an approved rendering answers is rendered, the renderings as written:
    ``whose one occurrence here is rendered by 'patients'``."""
    n = occurrences(index, s, m) + extra
    by = quote_list(tuple(dict.fromkeys(without_tags(hit_text(target, h))
                                        for _, h in found_renderings(index, s, m.tgt_all))))
    return (f"whose one occurrence here is rendered by {by}" if n == 1
            else f"whose {n} occurrences here are rendered by {by}")


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
        # one found in its very case (marzo preferred, Marzo forbidden and sensitive or
        # capitalised), but for a capital a sentence start gives it (Marzo fue frío.)
        if approved and not (any(index.held_to_case(t) for t, _ in rows)
                             and not any(index.held_to_case(t) for t in approved)
                             and not _OPENS_SENTENCE.search(target[max(0, h.start - 12):
                                                                   h.start])):
            continue
        if rows:
            yield h, rows


def _misspelt_inside(index: TermIndex, s: int, h: Hit, m: UnitTerms, inside: dict[int, Hit],
                     forbidden_for: Collection[int]) -> bool:
    """Whether the target has an approved rendering of source term ``s`` spelt with a
    forbidden rendering inside (``Kim Minji``), and that forbidden rendering is reported
    for a term inside ``s``'s hit ``h`` (``민지`` in ``김민지``)."""
    approved = set(index.approved[s])
    return any(approved.intersection(k.terms) for k in m.misspelt) and any(
        h.start <= inside[f].start and inside[f].end <= h.end and f != s
        for f in forbidden_for)


def check_terms(
    index: TermIndex, ctx: Context, matches: Sequence[UnitTerms]
) -> Iterator[Finding]:
    """term-missing and term-forbidden, unit by unit."""
    english = primary(ctx.tgt_lang) == "en"  # a rendering in the other English spelling
    for u, (unit, m) in enumerate(zip(ctx.units, matches, strict=True)):
        present: dict[int, Hit] = {}
        for h in m.src:
            for s in h.terms:
                present.setdefault(s, h)
        # one occurrence found as several terms of one word (workspace, Workspaces) is
        # one: the term written most like the text speaks for it (best_term)
        best = {best_term(index, unit.source, h): h for h in reversed(m.src)}
        # a term inside a longer one (민지 in 김민지) is the source's for a forbidden
        # rendering, which a misspelt longer rendering may have inside (Kim Minji)
        inside = dict(present)
        for h in (*m.src, *m.src_nested):
            for s in (*h.terms, *(k for t in h.terms for k in index.inside(t))):
                inside.setdefault(s, h)
        forbidden = list(forbidden_hits(index, m, inside.keys(), unit.target))
        # a term the source has only inside a compound word (Vertragsstrafenklausel)
        compounded = source_compounds(index, {r.source for _, rows in forbidden
                                              for _, r in rows} - inside.keys(),
                                      unit.source, ctx.src_lang)
        done = _all_answered(index, m, inside.keys() | compounded.keys(),
                             [h for h, _ in forbidden], compounded)
        forbidden_for: set[int] = set()
        for h, found_rows in forbidden:
            mine = [r for _, r in found_rows if (r.source in inside or r.source in compounded)
                    and r.source not in done]
            forbidden_for.update(r.source for r in mine)
            found = without_tags(hit_text(unit.target, h))  # a tag inside: the words
            if not mine and written_in(found, unit.source):
                continue  # a name or quotation carried over from the source: no rendering
            # one finding per place, for a term of this unit when it is one of them
            t, r = min(found_rows, key=lambda row: (row[1].source not in inside and
                                                     row[1].source not in compounded,
                                                     row[1].source not in best))
            term = index.sources[r.source]
            expected = index.approved_texts(r.source)
            hint = f"; use {quote_list(expected)}" if expected else ""
            # without its source term in the unit, or with its every occurrence rendered
            # as approved, the words may mean something else there ("exercise your
            # rights" for a forbidden rendering of ejercicio)
            code = "term-forbidden" if mine else "term-forbidden-elsewhere"
            word, span = compounded.get(r.source, ("", None))
            why = (_all_rendered(index, r.source, m, unit.target, bool(word))
                   if r.source in inside or word else "which this source does not have")
            where = f" (in the source's compound {said(word)})" if word else ""
            yield Finding(
                code=code,
                severity=ctx.severity(code),
                unit=u,
                message=(f"forbidden rendering {said(found)} of {term!r}{where}{hint}" if mine
                         else f"{said(found)} is a forbidden rendering of {term!r}{where}, {why}: "
                         "right here if it says something else"
                         + (f"; as a rendering of {term!r}, use {quote_list(expected)}"
                            if expected else "")),
                source_term=term,
                expected=expected,
                found=written(unit.target, h),
                src_span=(inside[r.source].start, inside[r.source].end)
                if r.source in inside else span,
                tgt_span=(h.start, h.end),
                note=r.note or None,
                rendering=index.targets[t],
            )
        if is_blank(unit.target) or (is_copy(unit.source, unit.target)
                                     and not only_names_numbers_urls(unit.source,
                                                                     ctx.src_lang)):
            continue  # empty-target / untranslated says it all (a copied name: not so)
        missing: list[Finding] = []
        names: list[int] = []
        for s, h in sorted(best.items(), key=lambda sh: sh[1].start):
            # any term of the occurrence answers it: the matcher cannot tell them apart
            if not forbidden_for.isdisjoint(h.terms) or any(
                    found_renderings(index, k, m.tgt_all) for k in h.terms):
                continue
            if _misspelt_inside(index, s, h, m, inside, forbidden_for):
                continue  # Kim Minji: the forbidden Minji inside is the finding
            term = index.sources[s]
            others = [k for k in h.terms if k != s]
            # only forbidden renderings are listed for this term, or none for its use here
            # (a noun term's verb: Do not cover the slots; a likely one: use, a warning)
            expected, use = asked_renderings(index, ctx.src_lang, unit.source, h, (s, *others))
            if not expected:
                continue
            if compound_rendering(index, h, unit.source, unit.target, ctx.tgt_lang):
                continue  # Nebenwirkung in Nebenwirkungsprofil, Arzneimittelnebenwirkungen
            if (inner := forbidden_in_compound(index, ctx, u, h, unit.target)) is not None:
                yield inner  # Wärmetauscherblock: the forbidden Wärmetauscher, its note
                continue
            if in_copied_code(unit.source, h, unit.target):
                continue  # sync.log, config_sync, /api/sync: a name the target keeps
            found = without_tags(hit_text(unit.source, h))
            lowered = in_lower_case(index.in_lower_case(s, unit.target), index.targets,
                                    unit.target)
            derived = None if lowered else (in_derived_noun(expected, unit.target) or
                                            in_noun_verb(expected, unit.target, ctx.tgt_lang))
            other = (lowered or in_other_spelling(expected, unit.target)
                     or (in_other_english_spelling(expected, unit.target) if english else None)
                     or derived)
            spaced = [without_tags(hit_text(unit.target, t)) for t in m.tgt_all
                      if index.spaced_is_wrong and set(index.approved[s]) & set(t.spaced)]
            hint = f" ({said(spaced[0])} has a space for its hyphen)" if spaced else ""
            if not (lowered or other or spaced) and all(
                    a_name(index.targets[t], ctx.tgt_lang) for t in index.approved[s]):
                names.append(len(missing))  # a name: a pronoun may render it
            missing.append(Finding(
                code="term-missing",  # a warning where the target has a noun of its verb
                severity=Severity.WARNING if (use or (derived and other is derived)) and
                ctx.severity("term-missing") is Severity.ERROR else ctx.severity("term-missing"),
                unit=u,
                message=f"{found_term(found, term)} is not rendered as "
                        f"{quote_list(expected)}{hint}"
                + (f": {lowered[3]}" if lowered else
                   f"; the target has {said(other[1])}, which {other[3]}" if other else "")
                + (said_use(use, term) if use else ""),
                source_term=term,
                expected=expected,
                found=other[1] if other else None,
                src_span=(h.start, h.end),
                tgt_span=other[2] if other else None,
                # the note of the term whose renderings are asked for first
                note=next(index.approved_note(k, index.approved[k])
                          for k in (s, *others) if index.approved[k]),
                rendering=other[0] if other else None,
            ))
        if names and spare(unit.source, ctx.src_lang, unit.target, ctx.tgt_lang) < len(names):
            names = []  # the target's pronouns render the source's (他 / He)
        yield from by_pronoun(ctx, unit.target, missing, names)


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
        yield from compound_matches(index, u, m, ctx.units[u].source, ctx.units[u].target,
                                    ctx.tgt_lang)



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
    term-accents, term-pronoun."""
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
