"""A source term used as another part of speech than the glossary gives it, and a noun
rendered by its verb: what softens or drops a ``term-missing``
(:mod:`aligner.check.terminology`).

English makes verbs of its nouns without a change (``cover``, ``update``, ``display``,
``label``): a term base that gives ``cover`` as a noun (``tapa``) asks nothing of *Do
not cover the ventilation slots* (``No cubra las ranuras``).  The glossary says the part
of speech (:attr:`aligner.model.GlossaryEntry.pos`: TBX's ``partOfSpeech``, a TSV's
``pos`` column); the words around the term say how the text uses it, by the language's
``uses.txt`` (English only so far; a language without one is never read so):

* a verb, for sure: the word after ``to``, a modal, ``do``, ``not`` (``[before a
  verb]``: *Do not cover*, *must update*); the term's ``-ed`` or ``-ing`` form (a noun
  has none: *covered*, *updating*); its ``-s`` form before an object (``[determiners]``,
  ``[objects]``, a number: *The warranty covers two years*) with no determiner before
  it; the term opening its sentence, with its capital, before an object (the
  imperative: *Update the driver*);
* a verb, perhaps: after a subject pronoun (``[subjects]``: *you cover*, but *gives you
  cover*), before an object elsewhere (*screws that cover the slot*), or opening its
  sentence before anything else (*Update firmware*, a heading or an order);
* a noun, perhaps: after a determiner (*the update*), for a term given as a verb.

A term written with a capital inside its sentence (a button, *Go to Update*) is read as
nothing.  Where the glossary lists renderings for both uses (``update`` noun ->
``actualización``, verb -> ``actualizar``) only those of the use found are asked for.
Where it lists none for that use, a sure use asks for nothing, and a likely one makes the
``term-missing`` a warning that says why.

The other way round, a rendering that is a noun of a verb's making (``actualización``,
``installation``, ``Aktualisierung``) is *rendered* in spirit by that verb
(``Actualice``): :func:`in_noun_verb` finds it, and the finding becomes a warning, as
:func:`aligner.check.term_quotes.in_derived_noun` makes one of a verb rendered by its noun.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from aligner.check.folding import strip_accents
from aligner.check.lemmas import Forms
from aligner.check.term_index import TermIndex
from aligner.check.terms import Hit
from aligner.lang import USES_DATA, get_profile
from aligner.lang.base import data_sections

_SECTIONS = ("before a verb", "subjects", "determiners", "objects")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_NUMBER = re.compile(r"\d")
# what may stand between a sentence's end and its next word: spaces, quotes, brackets
_OPENING = re.compile(r"(?:^|[.!?:;]\s)[\s\"'\u201c\u2018(\[*\u2022-]*$")
#: the parts of speech that are no verb's, and no noun's
NOUNS = frozenset({"noun", "properNoun", "person"})


@dataclass(frozen=True, slots=True)
class Use:
    """How a source text uses a term: as a ``verb`` or a ``noun``, ``sure`` or not, and
    the words that say so (for a message)."""

    pos: str
    sure: bool
    why: str


@dataclass(frozen=True, slots=True)
class _Cues:
    before_verb: frozenset[str]
    subjects: frozenset[str]
    determiners: frozenset[str]
    objects: frozenset[str]


@cache
def _cues(lang: str) -> _Cues | None:
    text = get_profile(lang).data_text(USES_DATA)
    if text is None:
        return None
    sections = data_sections(text, name=USES_DATA, known=_SECTIONS)

    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in sections.get(name, ()))

    return _Cues(words("before a verb"), words("subjects"), words("determiners"),
                 words("objects"))


def _plain(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start``, spaces alone between (a comma breaks it)."""
    m = re.search(r"([^\W_]+(?:['\u2019][^\W_]+)*)[ \t\u00a0]+$", text[:start])
    return _plain(m.group(1)) if m else None


def _word_after(text: str, end: int) -> str | None:
    m = re.match(r"[ \t\u00a0]+([^\W_]+(?:['\u2019][^\W_]+)*)", text[end:])
    return _plain(m.group(1)) if m else None


def _ending(word: str, term: str) -> str:
    """What ``word`` adds to the term word ``term`` (``s``, ``ed``, ``ing``; ``update``
    drops its ``e`` before ``ing``), ``""`` for none or another word."""
    if not term:
        return ""
    if word.startswith(term):
        return word[len(term):]
    if term.endswith("e") and word == term[:-1] + "ing":
        return "ing"
    return ""


def source_use(lang: str, text: str, hit: Hit, term: str) -> Use | None:
    """How ``text`` uses the source term ``term`` found at ``hit``, by its language's
    ``uses.txt`` (see the module's docstring); None where it does not say, or the
    language has no such data."""
    cues = _cues(lang)
    if cues is None:
        return None
    found = text[hit.start:hit.end]
    words = _WORD.findall(found)
    if not words:
        return None
    first, last = words[0], _plain(words[-1])
    opens = _OPENING.search(text[:hit.start]) is not None
    if first[:1].isupper() and not opens and not term[:1].isupper():
        return None  # a capital inside its sentence: a label, a name (Go to Update)
    before, after = _word_before(text, hit.start), _word_after(text, hit.end)
    term_last = _plain(term.split()[-1]) if term.split() else ""
    ending = _ending(last, term_last)
    takes_object = after is not None and (after in cues.determiners or after in cues.objects
                                         or _NUMBER.match(after) is not None)
    if before in cues.before_verb:
        return Use("verb", True, f"after {before!r}")
    if ending in ("ed", "d", "ing") and not term_last.endswith(("ed", "ing")):
        return Use("verb", True, f"written {last!r}")
    if ending in ("s", "es") and takes_object and before not in cues.determiners:
        return Use("verb", True, f"its -s form before {after!r}")
    if opens and not ending and takes_object:
        return Use("verb", True, f"opening its sentence before {after!r}")
    if before in cues.subjects and not ending:
        return Use("verb", False, f"after {before!r}")
    if takes_object and not ending and before not in cues.determiners:
        return Use("verb", False, f"before {after!r}")
    if opens and not ending and after is not None:
        return Use("verb", False, "opening its sentence")
    if before in cues.determiners:
        return Use("noun", False, f"after {before!r}")
    return None


def mismatched(use: Use, pos: str) -> bool:
    """Whether a glossary row of part of speech ``pos`` is another than ``use``'s (a row
    without one fits every use)."""
    if use.pos == "verb":
        return pos in NOUNS
    return pos == "verb"


def fitting(use: Use | None, rows: Collection[tuple[int, str]]) -> list[int] | None:
    """Of the approved ``rows`` (rendering, part of speech) of a term, the renderings
    that fit ``use``: all when nothing is known, None when the glossary gives none for
    that use."""
    if use is None:
        return [t for t, _ in rows]
    kept = [t for t, pos in rows if not mismatched(use, pos)]
    return kept or None


def asked_renderings(index: TermIndex, lang: str, text: str, hit: Hit, terms: Sequence[int]
                     ) -> tuple[tuple[str, ...], Use | None]:
    """The renderings a term-missing asks for the occurrence ``hit`` of the source terms
    ``terms`` (the first names it) in ``text``, of source language ``lang``: those of
    the rows that fit how the text uses it (all, when no row gives a part of speech),
    none where it surely uses it otherwise; and the use that softens the finding to a
    warning where it likely does."""
    rows = [row for k in terms for row in index.approved_rows(k)]
    every = tuple(dict.fromkeys(index.targets[t] for t, _ in rows))
    if not any(pos for _, pos in rows):
        return every, None  # the glossary says no part of speech: as before
    use = source_use(lang, text, hit, index.sources[terms[0]])
    kept = fitting(use, rows)
    if kept is not None:
        return tuple(dict.fromkeys(index.targets[t] for t in kept)), None
    assert use is not None  # fitting keeps every row without a use
    return ((), use) if use.sure else (every, use)


def said_use(use: Use, term: str) -> str:
    """What a softened term-missing adds: how the source may use the term."""
    other = "a noun" if use.pos == "verb" else "a verb"
    return (f"; the source may use {term!r} as a {use.pos} ({use.why}), and the glossary "
            f"gives it as {other}")


# A noun made from a verb and the verb's infinitive: the noun's ending, what replaces it
# (accent-free; Spanish, Portuguese, French, Italian, German).  Written for aligner, not
# taken from any list.
_NOUN_VERBS = {
    "es": (("acion", "ar"), ("icion", "ir"), ("amiento", "ar"), ("imiento", "er"),
           ("imiento", "ir")),
    "pt": (("acao", "ar"), ("amento", "ar"), ("imento", "er"), ("imento", "ir")),
    "fr": (("ation", "er"), ("ement", "er"), ("age", "er")),
    "it": (("azione", "are"), ("amento", "are"), ("imento", "ire")),
    "de": (("ierung", "ieren"), ("ung", "en")),
}
# the least a verb's stem keeps (instal- of installation)
_STEM_MIN = 4


@cache
def _forms(lang: str) -> Forms:
    return Forms(lang)


def in_noun_verb(renderings: Sequence[str], text: str, lang: str
                 ) -> tuple[str, str, tuple[int, int], str] | None:
    """A word of ``text`` that is a form of the verb a one-word noun among
    ``renderings`` is made from (``Actualice`` for ``actualización``, ``installez`` for
    ``installation``, ``aktualisiert`` for ``Aktualisierung``), by the language's verb
    forms (:class:`aligner.check.lemmas.Forms`), as
    :func:`aligner.check.term_quotes.in_other_spelling` gives one: the source word may be
    a verb as well (``update``), and the translation chose the verb."""
    ends = _NOUN_VERBS.get(get_profile(lang).code, ())
    verbs: dict[str, str] = {}
    for rendering in renderings:
        plain = strip_accents(rendering).lower()
        if not plain.isalpha():
            continue
        for noun_end, verb_end in ends:
            if plain.endswith(noun_end) and len(plain) - len(noun_end) >= _STEM_MIN:
                verbs.setdefault(plain[:-len(noun_end)] + verb_end, rendering)
    if not verbs:
        return None
    forms = _forms(lang)
    for m in _WORD.finditer(text):
        lower = m.group().lower()
        candidates = {strip_accents(f).rstrip("0") for f in forms.text_forms(lower)}
        candidates.update(strip_accents(v) for v, _ in forms.verb_forms(lower))
        for verb, rendering in verbs.items():
            if verb in candidates and strip_accents(lower) != strip_accents(
                    rendering).lower():
                return (rendering, m.group(), m.span(),
                        f"is a form of {verb!r}, the verb of {rendering!r} (a verb for the "
                        "noun? if it renders the term, add it to the glossary as allowed)")
    return None
