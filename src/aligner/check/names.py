"""Names in a glossary: matched as written, and reported when written without their accents.

A name does not inflect: ``Josephus Daniel`` is no form of ``Josephus Daniels``, nor
``Cárdena`` of ``Cárdenas``, in Spanish as in English.  A glossary row is a *name*
when its term and its rendering are the same words (letter case and accents aside: a
name carried over, ``Daniels`` -> ``Daniels``, ``Cardenas`` -> ``Cárdenas``) and each
of its words is written with a capital -- a word in lower case between two is a
particle when it is a function word of the language (``Junta de Gobierno``, ``Vincent
van Gogh``).  Capitals alone do not make a name: English writes the words of peoples
and movements with one, and they inflect (``Mexican``, ``Mexicans``; ``Bonapartist``,
``Bonapartists``), as does a translated institution (``Supreme Court``, ``Corte
Suprema``; ``Juntas de Abastecimientos``).  Nor in a language that capitalises its
nouns (German).  The matcher finds a name in its own spelling only, in any letter case,
with or without its accents (:class:`aligner.check.terms.TermMatcher`, ``names``).

A name found in a target without the accents the glossary writes (``Cardenas`` for
``Cárdenas``) is the glossary's rendering -- a text typed without accents still finds
its terms -- but in print a name's missing accent is an error: ``term-accents`` says
so, an info finding.  A case-sensitive term written in other accents only gets its
term-missing finding with the same note (:func:`in_other_accents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from aligner.check.base import Context
from aligner.check.pronouns import third_person
from aligner.check.term_quotes import other_accents, quote_list, said, same_spelling, written
from aligner.check.terms import Hit, normalise_term, tokenize
from aligner.lang import NOUN_CAPITALS, STOPWORDS_DATA, get_profile, primary
from aligner.model import Finding, Glossary


@dataclass(frozen=True, slots=True)
class NameRow:
    """An approved rendering that is a name: as the glossary writes it, the source
    term of its row, the row's note ("" for none)."""

    rendering: str
    source: str
    note: str


def is_name_row(source: str, target: str, *, src_lang: str, tgt_lang: str) -> bool:
    """Whether a glossary row is a name carried over (module docstring)."""
    return (normalise_term(source) == normalise_term(target)
            and capitalised(source, src_lang) and capitalised(target, tgt_lang))


def capitalised(term: str, lang: str) -> bool:
    """Whether every word of ``term`` is written with a capital, but for function words
    of ``lang`` between two (``de``, ``van``); never in a language that capitalises its
    nouns."""
    if primary(lang) in NOUN_CAPITALS:
        return False
    words = [t.text for t in tokenize(term) if t.word]
    if not words or not any(c.isalpha() for c in words[0]):
        return False
    particles = _function_words(lang)
    return all(w[:1].isupper() or (0 < k < len(words) - 1 and w.lower() in particles)
               for k, w in enumerate(words))


def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


def name_indices(glossary: Glossary, sources: Sequence[str], targets: Sequence[str]
                 ) -> tuple[frozenset[int], frozenset[int]]:
    """The source terms and the renderings (indices into ``sources``, ``targets``) that
    some row of ``glossary`` makes names."""
    rows = [e for e in glossary.entries if is_name_row(
        e.source, e.target, src_lang=glossary.src_lang, tgt_lang=glossary.tgt_lang)]
    names_src = {e.source for e in rows}
    names_tgt = {e.target for e in rows}
    return (frozenset(k for k, s in enumerate(sources) if s in names_src),
            frozenset(k for k, t in enumerate(targets) if t in names_tgt))


def check_name_accents(ctx: Context, names: Mapping[int, NameRow], targets: Sequence[str],
                       hits: Sequence[Sequence[Hit]]) -> Iterator[Finding]:
    """term-accents: an approved name (``names``: by its index into ``targets``) found in
    a unit's target (``hits``: each unit's, longest match) written with other accents
    than the glossary's, where no term of its hit is written as the text writes it."""
    for u, (unit, unit_hits) in enumerate(zip(ctx.units, hits, strict=True)):
        for h in unit_hits:
            found = unit.target[h.start:h.end]
            if any(same_spelling(found, targets[t]) for t in h.terms):
                continue
            mine = [names[t] for t in h.terms
                    if t in names and other_accents(found, targets[t])]
            if not mine:
                continue
            name = mine[0]
            yield Finding(
                code="term-accents",
                severity=ctx.severity("term-accents"),
                unit=u,
                message=f"name {said(found)} differs in its accents from the glossary's "
                        f"{name.rendering!r}",
                source_term=name.source,
                expected=(name.rendering,),
                found=written(unit.target, h),
                tgt_span=(h.start, h.end),
                note=name.note or None,
                rendering=name.rendering,
            )


def pronouns_in(text: str, lang: str) -> list[str]:
    """The third-person personal pronouns of ``lang`` (its ``pronouns.txt``) in ``text``,
    as written, in text order: what may stand there for a person's name (``She had been
    nineteen then.`` for ``그때 민지는 열아홉 살이었다.``; :mod:`aligner.check.pronouns`)."""
    return third_person(text, lang)


def a_name(rendering: str, lang: str) -> bool:
    """Whether a rendering is written as a name: each word with a capital (but for the
    function words between, :func:`capitalised`), the part after a hyphen as it likes
    (``Min-ji``, ``Jeong Tae-ho``); not an acronym (``JAP``: an organisation)."""
    return not rendering.isupper() and capitalised(_INNER_HYPHEN.sub("", rendering), lang)


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def by_pronoun(ctx: Context, target: str, missing: list[Finding], names: list[int]
                ) -> list[Finding]:
    """``missing`` with each name not rendered (``names``: their places in it) a
    ``term-pronoun`` where the target has as many third-person pronouns as such names or
    more: a literary translation renders a repeated name by a pronoun (``She`` for
    ``민지는``).  Two names left out beside one pronoun stay term-missing: which of them
    it stands for, if either, is not known."""
    pronouns = pronouns_in(target, ctx.tgt_lang) if names else []
    if not names or len(pronouns) < len(names):
        return missing
    by = quote_list(tuple(dict.fromkeys(pronouns)))
    return [replace(f, code="term-pronoun", severity=ctx.severity("term-pronoun"),
                    message=f"{f.message}: rendered by a pronoun? the target has {by}")
            if k in names else f for k, f in enumerate(missing)]
