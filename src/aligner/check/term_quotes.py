"""How the glossary checks' findings quote a unit's text (:mod:`aligner.check.terminology`):
a term as written, a rendering in another letter case or other accents, lists of
renderings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from aligner.check.folding import strip_accents
from aligner.check.terms import Hit, hit_text
from aligner.check.units import without_tags
from aligner.textutil import unwrap


def in_other_case(renderings: Sequence[str], text: str
                   ) -> tuple[str, str, tuple[int, int]] | None:
    """A rendering written in ``text`` in another letter case only (``Lgpd`` for a
    case-sensitive ``LGPD``, ``vat`` for ``VAT``): the rendering, the text as written,
    and where -- what a term-missing finding should say rather than seem to
    contradict itself."""
    for rendering in renderings:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, rendering.split())) + r"(?!\w)"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if m.group() != rendering and " ".join(m.group().split()) != rendering:
                return rendering, m.group(), (m.start(), m.end())
    return None


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).lower()


def same_spelling(found: str, term: str) -> bool:
    """Whether ``found`` is ``term`` as written, its letter case and spacing aside."""
    return _plain(found) == _plain(term)


def other_accents(found: str, term: str) -> bool:
    """Whether ``found`` is ``term`` written with other accents (its letter case aside):
    ``Cardenas`` for ``Cárdenas``."""
    a, b = _plain(found), _plain(term)
    return a != b and strip_accents(a) == strip_accents(b)


def in_other_accents(renderings: Sequence[str], text: str
                     ) -> tuple[str, str, tuple[int, int]] | None:
    """A rendering written in ``text`` with other accents (and perhaps in another case):
    the rendering, the text as written, and where (as :func:`in_other_case`)."""
    plain = strip_accents(text)
    if len(plain) != len(text) or not unicodedata.is_normalized("NFC", text):
        return None  # a letter folded into two (ß), or decomposed: no span to map back
    for rendering in renderings:
        words = strip_accents(unicodedata.normalize("NFC", rendering)).split()
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
        for m in re.finditer(pattern, plain, re.IGNORECASE):
            written = text[m.start():m.end()]
            if other_accents(written, rendering):
                return rendering, written, (m.start(), m.end())
    return None


def written(text: str, hit: Hit) -> str:
    """A finding's ``found``: the words of a target hit as written, its ``tgt_span``
    (a split verb's form without its particle, which the message quotes; the
    placeholders of inline tags inside it are put back by :func:`aligner.check.run_checks`)."""
    return text[hit.start:hit.end]


def found_term(found: str, term: str) -> str:
    return repr(term) if unwrap(found) == term else f"{said(found)} ({term})"


def said(found: str) -> str:
    """Text of a unit quoted in a message: a term split by a line break is shown on one
    line (``'warning term'``, not ``'warning\\nterm'``); the finding's ``found`` and
    spans keep the text as written."""
    return repr(unwrap(found))


def quote_list(items: Sequence[str]) -> str:
    return " or ".join(repr(i) for i in items)


# A run of katakana and its prolonged sound mark (full or half width).
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]+")
_LONG = "\u30fc"  # ー


def in_other_spelling(renderings: Sequence[str], text: str
                      ) -> tuple[str, str, tuple[int, int], str] | None:
    """:func:`in_other_case`, :func:`in_other_accents`, or a katakana rendering written
    in ``text`` with other long-vowel marks only (``サーバ`` for ``サーバー``: both
    spellings are in use, and a term-missing finding should say which one the text
    has), with what differs."""
    found = in_other_case(renderings, text)
    if found is not None:
        return (*found, "differs in case")
    accents = in_other_accents(renderings, text)
    if accents is not None:
        rendering, spelt, _ = accents
        case = "" if strip_accents(spelt) == strip_accents(rendering) else " and case"
        return (*accents, f"differs in its accents{case}")
    for rendering in renderings:
        if not _KATAKANA_RUN.fullmatch(rendering):
            continue
        bare = rendering.replace(_LONG, "")
        for m in _KATAKANA_RUN.finditer(text):
            if m.group() != rendering and m.group().replace(_LONG, "") == bare:
                return (rendering, m.group(), m.span(),
                        "differs in its long-vowel marks (\u30fc)")
    return None


def in_lower_case(found: tuple[int, Hit] | None, targets: Sequence[str], target: str
                  ) -> tuple[str, str, tuple[int, int], str] | None:
    """A capitalised approved rendering that ``target`` writes without its capitals
    (``found``: its index in ``targets`` and where,
    :meth:`aligner.check.term_index.TermIndex.in_lower_case`), as
    :func:`in_other_spelling` gives one, with what to say: a defined term of a contract
    written as the common noun (``ambas partes``)."""
    if found is None:
        return None
    t, h = found
    text = without_tags(hit_text(target, h))
    rendering = targets[t]
    why = (f"{said(text)} is written in lower case; the glossary's {rendering!r} is "
           "capitalised" if text == text.lower()
           else f"{said(text)} lacks the capitals of the glossary's {rendering!r}")
    return rendering, written(target, h), (h.start, h.end), why


# What a verb's rendering ends with (an infinitive: Spanish, Portuguese, French,
# Italian, German), and the endings of the nouns made from verbs that a translation
# may use for the verb (sincronizar: sincronización, sincronização; synchronisieren:
# Synchronisierung), accent-free: written for aligner, not taken from any list.
_INFINITIVE_ENDS = ("ar", "er", "ir", "re", "en")
_NOUN_ENDS = ("cion", "ciones", "sion", "siones", "cao", "coes", "sao", "soes", "zione",
              "zioni", "tion", "tions", "sions", "ung", "ungen", "ment", "ments", "miento",
              "mientos", "mento", "mentos", "menti", "age", "ages", "aje", "ajes", "agem",
              "agens")
# The least a verb's stem keeps (salv- of salvar: salvamento).
_VERB_STEM_MIN = 4
_WORDS = re.compile(r"[^\W\d_]+")


def in_derived_noun(renderings: Sequence[str], text: str
                    ) -> tuple[str, str, tuple[int, int], str] | None:
    """A word of ``text`` made from the stem of a verb among ``renderings`` -- one word in
    lower case ending as an infinitive -- with a noun's ending (``sincronización`` for
    ``sincronizar``, ``Synchronisierung`` for ``synchronisieren``), as
    :func:`in_other_spelling` gives one: the glossary's verb may render a source word that
    is a noun as well (``sync``), and the translation chose the noun."""
    for rendering in renderings:
        verb = strip_accents(rendering)
        stem = verb[:-2]
        if (not _WORDS.fullmatch(rendering) or rendering != rendering.lower()
                or not verb.endswith(_INFINITIVE_ENDS) or len(stem) < _VERB_STEM_MIN):
            continue
        for m in _WORDS.finditer(text):
            word = strip_accents(m.group().lower())
            if (word.startswith(stem) and len(word) >= len(stem) + 3
                    and word.endswith(_NOUN_ENDS)):
                return (rendering, m.group(), m.span(),
                        f"is of the same stem as {rendering!r} (a noun for the verb? if "
                        "it renders the term, add it to the glossary as allowed)")
    return None
