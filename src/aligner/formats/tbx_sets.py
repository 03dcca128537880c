"""Which language set of a TBX concept answers a language asked for.

A TBX file keeps each language of a concept in its own set, tagged ``en-US``,
``de-DE``, ``de`` ...; a job asks for ``en-GB -> de-CH``.  The set read for a
language, in each concept, is the closest one there (docs/glossary.md, "Language
pair and reversal"):

1. the tag asked for itself (case and ``_`` aside: ``de_ch`` is ``de-CH``);
2. else the bare language for a region asked (``de`` for ``de-CH``), or a region
   for the bare language asked (``de-DE`` for ``de``);
3. else another region of the language (``de-DE`` for ``de-CH``): a glossary of
   another region is read, as a TSV's is, and the caller says so.

Among several sets of one step (``en-US`` and ``en-AU`` for ``en-GB``) the one
whose tag has the most terms in the whole file is read, then the first in the
file: no table says whether en-AU is closer to en-GB than en-US is, and the
region a file has most terms for is the one its authors kept up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from aligner.lang import lang_matches, normalize_tag, same_language

#: What a chosen set is to the language asked: the tag itself, a bare language or
#: region of it, another region of it.
EXACT, LOOSE, OTHER_REGION = 0, 1, 2


class SetRanking:
    """The order in which tags are preferred, learnt from the whole file."""

    def __init__(self, sets: Iterable[tuple[str, int]]) -> None:
        """``sets``: each language set of the file, as (its tag, its number of terms),
        in file order."""
        self.terms: Counter[str] = Counter()
        self.order: dict[str, int] = {}
        for tag, terms in sets:
            self.terms[tag] += terms
            self.order.setdefault(tag, len(self.order))

    def choose(self, tags: Iterable[str], lang: str, *,
               exclude: str | None = None) -> tuple[str, int] | None:
        """The tag among ``tags`` (of one concept's sets with terms) that answers
        ``lang``, with how (:data:`EXACT`, :data:`LOOSE`, :data:`OTHER_REGION`);
        None when no set is of that language.  ``exclude`` is a tag taken by the
        other side of the pair (``en-US -> en-GB``, an adaptation)."""
        best: tuple[tuple[int, int, int], str] | None = None
        for tag in tags:
            if tag == exclude:
                continue
            step = _step(lang, tag)
            if step is None:
                continue
            key = (step, -self.terms[tag], self.order.get(tag, len(self.order)))
            if best is None or key < best[0]:
                best = (key, tag)
        return None if best is None else (best[1], best[0][0])

    def pair(self, tags: list[str], src_lang: str | None, tgt_lang: str | None
             ) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
        """The sets of a concept (``tags``, those with terms) read for each side, as
        :meth:`choose` gives them; a set both sides would take (``en`` asked for the
        source of an ``en-US``/``en-GB`` file, ``en-GB`` for the target) goes to the side
        it answers better (the source on a tie), and the other side takes its next."""
        src = self.choose(tags, src_lang) if src_lang else None
        tgt = self.choose(tags, tgt_lang) if tgt_lang else None
        if src is not None and tgt is not None and src[0] == tgt[0]:
            if src[1] <= tgt[1]:
                tgt = self.choose(tags, tgt_lang or "", exclude=src[0])
            else:
                src = self.choose(tags, src_lang or "", exclude=tgt[0])
        return src, tgt


def root_language(root_lang: str | None, tags: Iterable[str]) -> str | None:
    """The language set the root's ``xml:lang`` names: the same tag, else one that
    matches it ignoring case and region (``en`` and ``EN`` name ``en-US``; so does
    ``en-GB`` when no other English set is there); None when none does."""
    if not root_lang:
        return None
    tags = list(tags)
    for step in (EXACT, LOOSE, OTHER_REGION):
        found = next((tag for tag in tags if _step(root_lang, tag) == step), None)
        if found is not None:
            return found
    return None


def other_language(tags: Iterable[str], src_lang: str, taken: str) -> str | None:
    """The target language of a file read without one: the first set of a concept in
    another language than the source, else (an ``en-US -> en-GB`` adaptation) its first
    set of another region than the source's (``taken``, the set read for ``src_lang``)."""
    tags = list(tags)
    return next((tag for tag in tags if not same_language(src_lang, tag)), None) or next(
        (tag for tag in tags if tag != taken and not lang_matches(src_lang, tag)
         and not lang_matches(taken, tag)), None)


def _step(lang: str, tag: str) -> int | None:
    if normalize_tag(lang) == normalize_tag(tag):
        return EXACT
    if lang_matches(lang, tag):
        return LOOSE
    if same_language(lang, tag):
        return OTHER_REGION
    return None


def tag_read(tags: dict[str, None], asked: str | None) -> str:
    """The language a side of the glossary is in: the one tag of the language sets
    read for it (``es-419`` for ``--src-lang es``), else -- sets of several regions
    read, or none -- the language asked for."""
    return next(iter(tags)) if len(tags) == 1 else asked or ""
