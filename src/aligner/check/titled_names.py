"""name-mismatch after a title: ``M. Duval`` / ``Mr Durand``.

:mod:`aligner.check.person_names` takes a word that begins with the letter of a name of
the other side for that name, translated or inflected (``Juan``, ``John``), and ties two
names only by a word they share; so a surname changed after a title, which the other
side translates, passes.  A title says which word is a surname and which word of the
other side stands for it.  Each language's ``titles.txt`` lists its titles by kind
(``[man]``: ``Mr``, ``M.``, ``Sr.``, ``Herr``, ``Sig.``, ``Dhr.``; ``[woman]``: ``Mrs``,
``Mme``, ``Sra.``, ``Frau``, ``Sig.ra``, ``Mevr.``; ``[doctor]``).  After a title (or
two: ``Frau Dr. Weber``) come the name's capitalised words and particles; its surname
is the last of them (``Mr John Smith``: ``Smith``), in a language that capitalises its
nouns the first (``Herrn Weber Kaffee``: ``Weber``), or the second after a first name
of its ``person_names.txt`` (``Frau Marta Hübner``).  A title of ``[before a first
name]`` (``don``, ``Dña.``) goes before a given name: one word after it is no surname.

A unit is reported when a surname after a title of the source is in no form in the
target (no word there is it or a case form of it: ``Schmidts``), a surname after a
title of the same kind in the target is in no form in the source, and the two are
spelled apart: a difflib ratio below :data:`aligner.check.marked_names.SPELLED_APART`
in their letters, their sound and their loose spelling (:func:`loose`: the letters that
transliterations of one name write differently made one, ``Khrushchev``,
``Khrouchtchev``, ``Chruschtschow``; ``Gaddafi``, ``Kadhafi``).  ``Duval`` and
``Durand`` are 0.55 alike.

Not read: a title the other side leaves out or renders by a word of no list (``el
capitán Duval``), a surname changed to one spelled much like it (``Bianchi``,
``Bianco``: 0.83), and a name in a language without ``titles.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from aligner.check.completeness import name_particles
from aligner.check.marked_names import SPELLED_APART, Changed
from aligner.check.name_words import fold, name_marks, one_word, sound
from aligner.lang import NOUN_CAPITALS, TITLES_DATA, get_profile, primary
from aligner.lang.base import data_sections

_KINDS = ("man", "woman", "doctor")
_FIRST = "before a first name"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the next word of a name after a space, and the dot of a title or an initial after it
_NEXT = re.compile(r"[ \u00a0]([^\W\d_]+(?:['’-][^\W\d_]+)*)(\.?)")
#: transliterations of one name: each group of letters written as one (longest first)
_LOOSE = {"tsch": "s", "chr": "kr", "sch": "s", "tch": "s", "ch": "s", "sh": "s",
          "zh": "s", "kh": "k", "ou": "u", "ph": "f", "w": "v", "y": "i", "j": "i",
          "z": "s", "c": "k", "q": "k", "g": "k", "h": ""}
_LOOSE_RE = re.compile("|".join(sorted(_LOOSE, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Titles:
    """A language's titles (folded, without a final dot) -> their kinds, and those
    that go before a given name."""

    kinds: dict[str, frozenset[str]]
    before_first: frozenset[str]
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Titled:
    kinds: frozenset[str]
    key: str
    written: str
    span: tuple[int, int]


@cache
def titles_of(lang: str) -> Titles | None:
    """The ``titles.txt`` of ``lang``, or None when it has none."""
    text = get_profile(lang).data_text(TITLES_DATA)
    if text is None:
        return None
    sections = data_sections(text, name=f"{lang}/{TITLES_DATA}", known=(*_KINDS, _FIRST))
    kinds: dict[str, set[str]] = {}
    for kind in _KINDS:
        for title in sections.get(kind, ()):
            kinds.setdefault(fold(title).rstrip("."), set()).add(kind)
    words = sorted(kinds, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, words)) + r")\.?(?=\s)",
                         re.IGNORECASE)
    return Titles({t: frozenset(k) for t, k in kinds.items()},
                  frozenset(fold(t).rstrip(".") for t in sections.get(_FIRST, ())), pattern)


def loose(key: str) -> str:
    """``key`` with the letters that transliterations write differently made one, no
    double letters and no final ``e`` (``khrouchtchev``, ``chruschtschow``: ``krusev``,
    ``krusov``)."""
    key = re.sub(r"(.)\1+", r"\1", _LOOSE_RE.sub(lambda m: _LOOSE[m.group()], key))
    return key[:-1] if len(key) > 3 and key.endswith("e") else key


def _titled(text: str, lang: str, titles: Titles) -> list[_Titled]:
    """The surnames after a title in ``text`` (module docstring)."""
    nouns = primary(lang) in NOUN_CAPITALS
    marks = name_marks(lang)
    first_names = marks.first if marks is not None else frozenset()
    particles = name_particles()
    found: list[_Titled] = []
    for m in titles.pattern.finditer(text):
        title = fold(m.group(1))
        if len(title) <= 2 and not m.group()[0].isupper():
            continue  # (M., D.: a capital, never the word m or d)
        kinds, at, last_title = set(titles.kinds[title]), m.end(), title
        words: list[re.Match[str]] = []
        while (g := _NEXT.match(text, at)) is not None:
            key, dot = fold(g.group(1)), g.group(2)
            at = g.end()
            if key in titles.kinds and (dot or len(key) > 2) and not words:
                kinds |= titles.kinds[key]  # Frau Dr. Weber
                last_title = key
            elif len(key) == 1 and dot and g.group(1).isupper():
                continue  # an initial (Mr J. Smith)
            elif g.group(1)[0].isupper() and any(c.islower() for c in g.group(1)):
                words.append(g)
                at = g.end(1)  # (a dot after it ends the sentence)
            elif key not in particles:
                break
        if not words or (last_title in titles.before_first and len(words) < 2):
            continue
        if nouns:
            name = words[1] if len(words) > 1 and fold(words[0].group(1)) in first_names \
                else words[0]
        else:
            name = words[-1]
        found.append(_Titled(frozenset(kinds), fold(name.group(1)), name.group(1),
                             name.span(1)))
    return found


def _in_no_form(key: str, words: frozenset[str]) -> bool:
    return key not in words and not any(one_word(key, w) for w in words)


def _apart(a: str, b: str) -> bool:
    ratio = max(SequenceMatcher(None, x, y).ratio()
                for x, y in ((a, b), (sound(a), sound(b)), (loose(a), loose(b))))
    return ratio < SPELLED_APART and not one_word(a, b)


def titled_change(src_text: str, tgt_text: str, src_lang: str, tgt_lang: str
                  ) -> Changed | None:
    """A surname after a title changed (module docstring), or None."""
    src_titles, tgt_titles = titles_of(src_lang), titles_of(tgt_lang)
    if src_titles is None or tgt_titles is None:
        return None
    src_words = frozenset(fold(w) for w in _WORD.findall(src_text))
    tgt_words = frozenset(fold(w) for w in _WORD.findall(tgt_text))
    theirs = [t for t in _titled(tgt_text, tgt_lang, tgt_titles)
              if _in_no_form(t.key, src_words)]
    for s in _titled(src_text, src_lang, src_titles):
        if not _in_no_form(s.key, tgt_words):
            continue
        for t in theirs:
            if s.kinds & t.kinds and _apart(s.key, t.key):
                return Changed(s.written, s.span, t.written, t.span)
    return None
