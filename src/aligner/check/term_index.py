"""The glossary compiled for the terminology checks (:mod:`aligner.check.terminology`):
its source terms and target renderings in two matchers, the terms found in each unit,
and the approved renderings of a source term among a unit's target hits."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from aligner.check.base import Context
from aligner.check.compounds import in_compound
from aligner.check.names import NameRow, name_indices
from aligner.check.terms import Hit, TermMatcher, hit_text, kept_words
from aligner.check.units import without_tags
from aligner.lang import STOPWORDS_DATA, get_profile
from aligner.model import Glossary, Side, TermMatch, TermStatus

_APPROVED = (TermStatus.PREFERRED, TermStatus.ALLOWED)


@dataclass(frozen=True, slots=True)
class Rendering:
    source: int  # index into TermIndex.sources
    status: TermStatus
    note: str  # the glossary row's ("" for none)
    pos: str = ""  # the row's part of speech ("" for none: GlossaryEntry.pos)


class TermIndex:
    """A glossary compiled into a source matcher and a target matcher."""

    def __init__(self, glossary: Glossary, *, src_lang: str, tgt_lang: str) -> None:
        # The rows of one source term are one term whatever their case cells say:
        # it matches case-sensitively only when every row of it does (a case cell
        # on one row -- a capitalised forbidden rendering -- is about that row's
        # rendering, and must not break the term off); held to its capitals only
        # when every row holds it to them, or is case-sensitive.
        src_ids: dict[str, int] = {}
        src_case: list[bool] = []
        src_capital: list[bool] = []
        tgt_ids: dict[tuple[str, bool, bool], int] = {}
        self.sources: list[str] = []
        self.targets: list[str] = []
        self.tgt_case: list[bool] = []  # per target index: matched case-sensitively
        self.tgt_capital: list[bool] = []  # per target index: held to its capitals
        self.renderings: list[list[Rendering]] = []  # per target index
        self.approved: list[list[int]] = []  # per source index: approved target indices
        for e in glossary.entries:
            s = src_ids.setdefault(e.source, len(src_ids))
            if s == len(self.sources):
                self.sources.append(e.source)
                self.approved.append([])
                src_case.append(e.case_sensitive)
                src_capital.append(True)
            src_capital[s] = src_capital[s] and (e.capitalised or e.case_sensitive)
            src_case[s] = src_case[s] and e.case_sensitive
            t = tgt_ids.setdefault((e.target, e.target_case_sensitive, e.target_capitalised),
                                   len(tgt_ids))
            if t == len(self.targets):
                self.targets.append(e.target)
                self.renderings.append([])
                self.tgt_case.append(e.target_case_sensitive)
                self.tgt_capital.append(e.target_capitalised)
            self.renderings[t].append(Rendering(s, e.status, e.note, e.pos))
            if e.status in _APPROVED:
                self.approved[s].append(t)
        self._inside: dict[int, tuple[int, ...]] = {}
        self._by_text: dict[str, list[int]] | None = None
        #: the renderings the glossary only forbids
        self.forbidden_only = frozenset(
            t for t, rows in enumerate(self.renderings)
            if all(r.status is TermStatus.FORBIDDEN for r in rows))
        self.preferred = {
            t for t, rows in enumerate(self.renderings)
            if any(r.status is TermStatus.PREFERRED for r in rows)
        }
        # a source term has no status: every one is held to its German capitals (a term
        # the source does not have is no error, a verb taken for the noun is)
        # names carried over (Daniels, Cárdenas) are found in their own spelling only
        src_names, self.tgt_names = name_indices(glossary, self.sources, self.targets)
        # a noun of person (pos person) is found in its other gender too, and so is
        # its rendering (apoderado, apoderada: aligner.check.person_forms)
        persons = {t for t, rows in enumerate(self.renderings) if any(
            r.pos == "person" for r in rows)}
        self.src_matcher = TermMatcher(list(zip(self.sources, src_case, strict=True)),
                                       lang=src_lang, capital_nouns=range(len(self.sources)),
                                       persons={r.source for t in persons
                                                for r in self.renderings[t]
                                                if r.pos == "person"},
                                       names=src_names, capitalised={
                                           s for s, held in enumerate(src_capital)
                                           if held and not src_case[s]})
        # German nouns are held to their capital in the forbidden renderings only: a
        # glossary may capitalise every entry (Senden, Fristlose Kündigung), and a missed
        # approved rendering is a false error too; so is a function word read as a verb
        # form (pt Entre renders entrar, but entre, between, is no forbidden entrar)
        forbidden_only = {t for t, rows in enumerate(self.renderings)
                          if all(r.status is TermStatus.FORBIDDEN for r in rows)}
        # a target reads the source language's plurals only on the source words it keeps
        # (``the cordones``), not on its own (French ``cours`` is no ``cour``)
        tgt_terms = [(text, case) for text, case, _ in tgt_ids]
        capitalised = {t for t, held in enumerate(self.tgt_capital) if held}
        self.tgt_matcher = TermMatcher(tgt_terms, lang=tgt_lang, borrowed=src_lang,
                                       kept=kept_words(self.sources, src_lang),
                                       capital_nouns=forbidden_only, strict_verbs=forbidden_only,
                                       names=self.tgt_names, capitalised=capitalised,
                                       long_marks_held=True, persons=persons)
        # the capitalised renderings found in lower case too, for what term-missing says
        # where the target has one so ('partes' for the glossary's 'Parte')
        # (a matcher of these renderings only, by their target indices)
        self.lowered_targets = sorted(capitalised)
        self.lowered = TermMatcher([tgt_terms[t] for t in self.lowered_targets], lang=tgt_lang,
                                   borrowed=src_lang, kept=kept_words(self.sources, src_lang)
                                   ) if capitalised else None
        # the approved renderings that are names, for term-accents
        self.names = {t: NameRow(self.targets[t], self.sources[r.source], r.note)
                      for t in sorted(self.tgt_names)
                      for r in [r for r in self.renderings[t] if r.status in _APPROVED][:1]}
        # a target language that writes compounds solid: an approved rendering with a
        # space for its hyphen (E-Mail Adresse) is misspelt, and renders nothing
        self.spaced_is_wrong = get_profile(tgt_lang).solid_compounds
        # a short katakana rendering heads a compound whose rest is a rendering too, or
        # where the source writes its term before another word (compound_rendering)
        self.katakana_words = frozenset(self.targets)
        self.src_function_words = frozenset(get_profile(src_lang).word_list(STOPWORDS_DATA))

    def inside(self, s: int) -> tuple[int, ...]:
        """The other source terms that source term ``s`` has inside it, ending where one
        of its words ends: ``민지`` in ``김민지`` (a Korean name is one word), ``Vertrag``
        in ``Kaufvertrag``, ``Chilean road`` in ``Chilean road to socialism``."""
        found = self._inside.get(s)
        if found is None:
            if self._by_text is None:
                self._by_text = {}
                for k, text in enumerate(self.sources):
                    self._by_text.setdefault(text.casefold(), []).append(k)
            text = self.sources[s].casefold()
            ends = [m.end() for m in re.finditer(r"\w+", text)]
            found = self._inside[s] = tuple(dict.fromkeys(
                k for e in ends for b in range(e) for k in self._by_text.get(text[b:e], ())
                if k != s and (b == 0 or not text[b].isspace())))
        return found

    def held_to_case(self, t: int) -> bool:
        """Whether rendering ``t`` is matched case-sensitively or held to its capitals."""
        return self.tgt_case[t] or self.tgt_capital[t]

    def in_lower_case(self, s: int, target: str) -> tuple[int, Hit] | None:
        """A capitalised approved rendering of source term ``s`` that ``target`` writes
        in lower case only (``partes`` for ``Parte``): its target index and where."""
        if self.lowered is None:
            return None
        mine = set(self.approved[s])
        for h in self.lowered.find(target):
            for k in h.terms:
                if self.lowered_targets[k] in mine:
                    return self.lowered_targets[k], h
        return None

    def approved_rows(self, s: int) -> list[tuple[int, str]]:
        """The approved renderings of source term ``s`` with the part of speech their
        rows give the term (:mod:`aligner.check.term_uses`)."""
        return [(t, r.pos) for t in self.approved[s] for r in self.renderings[t]
                if r.source == s and r.status in _APPROVED]

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
    #: the source's terms inside a longer term of it (민지 in 김민지), each once
    src_nested: tuple[Hit, ...] = ()
    #: the target's approved renderings spelt with a forbidden one inside, by the terms
    #: they are not (:func:`not_misspelt`)
    misspelt: tuple[Hit, ...] = ()


def match_units(index: TermIndex, ctx: Context) -> list[UnitTerms]:
    out = []
    for u in ctx.units:
        found = index.tgt_matcher.find(u.target, overlapping=True)
        tgt_all = tuple(not_misspelt(index, found))
        misspelt = tuple(replace(h, terms=tuple(set(h.terms) - set(k.terms)))
                         for h, k in zip(found, _same_places(found, tgt_all), strict=True)
                         if set(h.terms) - set(k.terms))
        src = tuple(index.src_matcher.find(u.source))
        # only a hit of several words has another inside it
        nested = tuple(h for h in index.src_matcher.find(u.source, overlapping=True)
                       if (h.start, h.end) not in {(k.start, k.end) for k in src}
                       and any(k.start <= h.start and h.end <= k.end for k in src)
                       ) if any(h.length > 1 for h in src) else ()
        out.append(UnitTerms(src, tgt_all, tuple(longest(tgt_all)), nested, misspelt))
    return out


def not_misspelt(index: TermIndex, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` less the approved renderings the text spells with a forbidden one inside
    that the rendering as the glossary writes it does not have: ``Kim Minji`` is no
    ``Kim Min-ji`` where ``Minji`` is forbidden (the matcher reads hyphens as spaces and
    a hyphenated term written solid as the term), while ``Chilean road to socialism``
    stays approved around a forbidden ``Chilean road``.  A hit left with no term goes."""
    forbidden = [h for h in hits if h.terms and index.forbidden_only.issuperset(h.terms)]
    if not forbidden:
        return list(hits)
    out = []
    for h in hits:
        inner = [f for f in forbidden if h.start <= f.start and f.end <= h.end
                 and (f.start, f.end) != (h.start, h.end)]
        bad = {t for t in h.terms if t not in index.forbidden_only and any(
            not _contains(index.targets[t], index.targets[k]) for f in inner for k in f.terms)}
        if not bad:
            out.append(h)
        elif terms := tuple(t for t in h.terms if t not in bad):
            out.append(replace(h, terms=terms))
    return out


def _same_places(hits: Sequence[Hit], kept: Sequence[Hit]) -> list[Hit]:
    """For each of ``hits``, the hit of ``kept`` at its place, or one of no term."""
    at = {(h.start, h.end, h.length): h for h in kept}
    return [at.get((h.start, h.end, h.length), replace(h, terms=())) for h in hits]


def _contains(outer: str, inner: str) -> bool:
    """Whether the words of ``inner`` as written are words of ``outer`` as written
    (letter case aside)."""
    return re.search(rf"(?<!\w){re.escape(inner.casefold())}(?!\w)", outer.casefold()) is not None


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


def best_term(index: TermIndex, text: str, hit: Hit) -> int:
    """The source term of ``hit`` (found in ``text``) whose written form matches the text
    best: written exactly so, then so ignoring case, then the glossary's first.  Two
    terms of one hit are forms of one word (``workspace`` beside the sidebar label
    ``Workspaces``): the text's occurrence is one, and this term's row speaks for it."""
    written = " ".join(without_tags(hit_text(text, hit)).split())

    def rank(s: int) -> tuple[bool, bool, int]:
        term = " ".join(index.sources[s].split())
        return term != written, term.casefold() != written.casefold(), s
    return min(hit.terms, key=rank)


def found_renderings(index: TermIndex, s: int, hits: Sequence[Hit]) -> list[tuple[int, Hit]]:
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



def compound_rendering(index: TermIndex, h: Hit, source: str, target: str, lang: str
                       ) -> tuple[int, tuple[int, int]] | None:
    """An approved rendering of the terms of source occurrence ``h`` that ``target``
    writes inside a compound word (``Nebenwirkung`` in ``Nebenwirkungsprofil``, a
    katakana run: :mod:`aligner.check.compounds`), with the compound's span; None when
    there is none.  ``term-missing`` takes it for the rendering, and so does the term
    table (:func:`compound_matches`).  A katakana rendering shorter than
    :data:`~aligner.check.compounds.PART_MIN` heads a run whose rest is another
    rendering of the glossary, or any rest where ``source`` writes the term before a
    word that is no function word (``louvre pitch``: ``ルーバピッチ``)."""
    approved = [t for s in h.terms for t in index.approved[s]]
    after = _NEXT_WORD.match(source, h.end)
    found = in_compound(dict.fromkeys(index.targets[t] for t in approved), target, lang,
                        short_heads=after is not None
                        and after.group(1).lower() not in index.src_function_words,
                        words=index.katakana_words)
    if found is None:
        return None
    return next(t for t in approved if index.targets[t] == found[0]), found[2]


# the word right after a source term, a space between (``louvre pitch``)
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")


def compound_matches(index: TermIndex, unit: int, m: UnitTerms, source: str, target: str,
                     lang: str) -> Iterator[TermMatch]:
    """The renderings found inside a compound word (:func:`compound_rendering`) of each
    source occurrence of unit ``unit`` with no approved rendering of its own in the
    target, as term matches: what ``term-missing`` accepts, the term table counts.  A
    match is the occurrence's term's, as its source match is (any term of the occurrence
    answers it: ``side effects`` by ``Nebenwirkung``, the rendering of ``side effect``)."""
    for h in m.src:
        if any(found_renderings(index, s, m.tgt_all) for s in h.terms):
            continue
        found = compound_rendering(index, h, source, target, lang)
        if found is not None:
            t, (start, end) = found
            row = next(r for r in index.renderings[t] if r.source in h.terms)
            yield TermMatch(unit, Side.TARGET, start, end, index.sources[h.terms[0]],
                            row.status, rendering=index.targets[t])
