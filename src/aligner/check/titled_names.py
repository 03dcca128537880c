"""name-mismatch after a title: ``M. Duval`` / ``Mr Durand``.

:mod:`aligner.check.person_names` takes a word that begins with the letter of a name of
the other side for that name, translated or inflected (``Juan``, ``John``), and ties two
names only by a word they share; so a surname changed after a title, which the other
side translates, passes.  A title says which word is a surname and which word of the
other side stands for it.  Each language's ``titles.txt`` lists its titles by kind
(``[man]``: ``Mr``, ``M.``, ``Sr.``, ``Herr``, ``Sig.``, ``Dhr.``; ``[woman]``: ``Mrs``,
``Mme``, ``Sra.``, ``Frau``, ``Sig.ra``, ``Mevr.``; ``[doctor]``; ``[roles]``, a post in
news copy: ``Minister``, ``Press secretary``, ``министр``, ``пресс-секретарь``, any
role of one side compared with any of the other, a Russian one in its case forms,
``министром``, and up to :data:`_ROLE_GAP` words in lower case or an acronym between
it and the name: ``министр финансов Силуанов``, ``глава ЦБ Набиуллина``).  After a title (or
two: ``Frau Dr. Weber``) come the name's capitalised words and particles; its surname
is the last of them (``Mr John Smith``: ``Smith``), in a language that capitalises its
nouns the first (``Herrn Weber Kaffee``: ``Weber``), or the second after a first name
of its ``person_names.txt`` (``Frau Marta Hübner``).  A title of ``[before a first
name]`` (``don``, ``Dña.``) goes before a given name: one word after it is no surname.
A title right after a word of ``[a noun after]`` (German articles and determiners:
``jede Frau Anspruch auf``, ``meine Frau Anna``) is the common noun (a woman, a wife),
no title, as German writes a title before a name without one.

A unit is reported when a surname after a title of the source is in no form in the
target (no word there is it or a case form of it: ``Schmidts``), a surname after a
title of the same kind in the target is in no form in the source, and the two are
spelled apart: a difflib ratio below :data:`aligner.check.marked_names.SPELLED_APART`
in their letters, their sound and their loose spelling (:func:`loose`: the letters that
transliterations of one name write differently made one, ``Khrushchev``,
``Khrouchtchev``, ``Chruschtschow``; ``Gaddafi``, ``Kadhafi``), and a name in Cyrillic
beside one in Latin letters in their romanised skeletons, a case ending cut
(:func:`aligner.check.romanised.alike`: ``Салливаном``, ``Sullivan``).  ``Duval`` and
``Durand`` are 0.55 alike.

Not read: a title the other side leaves out or renders by a word of no list (``el
capitán Duval``), a surname changed to one spelled much like it (``Bianchi``,
``Bianco``: 0.83), a name in a language without ``titles.txt``, a German title after
an article (``die Frau Weber``, ``der Herr Müller``: spoken German), and a common noun
after a bare Frau or Herr (``als Frau Karriere machen``: ``Karriere`` is read as a
surname; the lemma table lists surnames too, Merkel, Hübner, and a noun is no rarer
than a surname: Anspruch, Müller).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from aligner.check.completeness import name_particles
from aligner.check.marked_names import SPELLED_APART, Changed
from aligner.check.name_words import fold, name_marks, noun_after_words, one_word, sound
from aligner.check.number_table import number_words
from aligner.check.romanised import alike, same_name, skeleton
from aligner.lang import NOUN_CAPITALS, TITLES_DATA, get_profile, primary
from aligner.lang.base import data_sections

_KINDS = ("man", "woman", "doctor", "role")
#: the most words between a role in Cyrillic letters and the name it goes before, in
#: lower case or an acronym (``министр финансов Силуанов``, ``глава ЦБ Набиуллина``)
_ROLE_GAP = 2
#: the case endings of a Russian noun, after a title's stem (``министр-ом``,
#: ``глав-ой``, ``председател-ь``, ``председател-ем``; not ``глав-ный``, an adjective)
_CASE_ENDINGS = ("а", "я", "ь", "й", "у", "ю", "е", "ы", "и", "ом", "ем", "ём", "ой",
                 "ей", "ёй", "ов", "ев", "ам", "ям", "ах", "ях", "ами", "ями")
_FIRST = "before a first name"
_NOUN_AFTER = "a noun after"
#: the word right before a title, a space between
_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)[ \u00a0]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the next word of a name after a space, and the dot of a title or an initial after it
_NEXT = re.compile(r"[ \u00a0]([^\W\d_]+(?:['’-][^\W\d_]+)*)(\.?)")
#: transliterations of one name: each group of letters written as one (longest first)
_LOOSE = {"tsch": "s", "chr": "kr", "sch": "s", "tch": "s", "ch": "s", "sh": "s",
          "zh": "s", "kh": "k", "ou": "u", "ph": "f", "w": "v", "y": "i", "j": "i",
          "z": "s", "c": "k", "q": "k", "g": "k", "h": ""}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LOOSE_RE = re.compile("|".join(sorted(_LOOSE, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Titles:
    """A language's titles (folded, without a final dot) -> their kinds, and those
    that go before a given name."""

    kinds: dict[str, frozenset[str]]
    before_first: frozenset[str]
    pattern: re.Pattern[str]
    #: the stem of a title in Cyrillic letters (lower case) -> the title, folded
    stems: dict[str, str]

    def words(self) -> frozenset[str]:
        """The titles and roles of one word (``mr``, ``minister``, ``speaker``)."""
        return frozenset(t for t in self.kinds if " " not in t)

    def key(self, word: str) -> str | None:
        """The title ``word`` is, folded: as written, or a case form of one in Cyrillic
        letters (``министра``, ``главы``, ``пресс-секретарю``); None for no title."""
        key = fold(word).rstrip(".")
        if key in self.kinds:
            return key
        lower = word.lower().rstrip(".")
        return next((self.stems[lower[:-len(e)]] for e in _CASE_ENDINGS
                     if lower.endswith(e) and lower[:-len(e)] in self.stems),
                    self.stems.get(lower))


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
    sections = data_sections(text, name=f"{lang}/{TITLES_DATA}",
                             known=(*_KINDS[:-1], "roles", _FIRST, _NOUN_AFTER))
    kinds: dict[str, set[str]] = {}
    written: dict[str, str] = {}  # a title as matched -> its regular expression
    stems: dict[str, str] = {}
    for kind in _KINDS:
        for title in sections.get("roles" if kind == "role" else kind, ()):
            key = fold(title).rstrip(".")
            kinds.setdefault(key, set()).add(kind)
            written[key] = re.escape(key)
            lower = title.lower().rstrip(".")
            if _CYRILLIC.search(lower):  # a noun that declines: its stem and an ending
                stem = lower[:-1] if lower[-1] in "аяьй" else lower
                stems[stem] = key
                written[lower] = re.escape(stem) + f"(?:{'|'.join(_CASE_ENDINGS)})?"
    words = [written[w] for w in sorted(written, key=len, reverse=True)]
    pattern = re.compile(r"(?<![\w.])(" + "|".join(words) + r")\.?(?=\s)", re.IGNORECASE)
    return Titles({t: frozenset(k) for t, k in kinds.items()},
                  frozenset(fold(t).rstrip(".") for t in sections.get(_FIRST, ())), pattern,
                  stems)


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
    noun_after = noun_after_words(lang)
    for m in titles.pattern.finditer(text):
        title = titles.key(m.group(1))
        if title is None or (len(title) <= 2 and not m.group()[0].isupper()):
            continue  # (M., D.: a capital, never the word m or d)
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            if noun_after else None
        if before is not None and fold(before.group(1)) in noun_after:
            continue  # jede Frau Anspruch auf: the noun, no title
        kinds, at, last_title = set(titles.kinds[title]), m.end(), title
        words: list[re.Match[str]] = []
        particle = False  # the word before is a name's particle (van, de, on)
        # a Russian post takes its complement before the name (министр финансов);
        # English puts it first (Finance Minister), and "the minister on Monday" is none
        gap = _ROLE_GAP if kinds == {"role"} and _CYRILLIC.search(m.group(1)) else 0
        while (g := _NEXT.match(text, at)) is not None:
            key, dot = fold(g.group(1)), g.group(2)
            at = g.end()
            if (title := titles.key(g.group(1))) and (dot or len(key) > 2) and not words:
                kinds |= titles.kinds[title]  # Frau Dr. Weber
                last_title = title
            elif len(key) == 1 and dot and g.group(1).isupper():
                continue  # an initial (Mr J. Smith)
            elif words and particle and calendar_word(key, lang):
                break  # Tokayev on Thursday: no part of the name (Theresa May is)
            elif g.group(1)[0].isupper() and any(c.islower() for c in g.group(1)):
                words.append(g)
                at = g.end(1)  # (a dot after it ends the sentence)
            elif not words and gap and not dot and (
                    g.group(1).islower() or g.group(1).isupper()):
                gap -= 1  # министр финансов Силуанов, глава ЦБ Набиуллина
            elif key not in particles:
                break
            particle = key in particles
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


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """The language's month and weekday names, folded (``numbers.tsv``)."""
    table = number_words(lang)
    return frozenset(fold(w) for names in (*table.months.values(), *table.weekdays.values())
                     for w in names)


def calendar_word(key: str, lang: str) -> bool:
    """Whether a folded word is a month or weekday name of ``lang``."""
    return key in _calendar_words(lang)


def _in_no_form(key: str, words: frozenset[str], across: bool) -> bool:
    """Whether no word of ``words`` is ``key`` or a case form of it; across Cyrillic
    and Latin letters by their skeletons (``Пескову``, ``Peskov``)."""
    return key not in words and not any(
        one_word(key, w) or (across and same_name(skeleton(key), skeleton(w)))
        for w in words)


def _apart(a: str, b: str, across: bool) -> bool:
    ratio = max(SequenceMatcher(None, x, y).ratio()
                for x, y in ((a, b), (sound(a), sound(b)), (loose(a), loose(b))))
    if across:  # a surname declined in Cyrillic: Салливаном, Sullivan
        ratio = max(ratio, alike(skeleton(a), skeleton(b)))
    return ratio < SPELLED_APART and not one_word(a, b)


def _cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def titled_change(src_text: str, tgt_text: str, src_lang: str, tgt_lang: str
                  ) -> Changed | None:
    """A surname after a title changed (module docstring), or None."""
    src_titles, tgt_titles = titles_of(src_lang), titles_of(tgt_lang)
    if src_titles is None or tgt_titles is None:
        return None
    src_words = frozenset(fold(w) for w in _WORD.findall(src_text))
    tgt_words = frozenset(fold(w) for w in _WORD.findall(tgt_text))
    across = _cyrillic(src_text) != _cyrillic(tgt_text)
    theirs = [t for t in _titled(tgt_text, tgt_lang, tgt_titles)
              if _in_no_form(t.key, src_words, across)]
    for s in _titled(src_text, src_lang, src_titles):
        if not _in_no_form(s.key, tgt_words, across):
            continue
        for t in theirs:
            if s.kinds & t.kinds and _apart(s.key, t.key, across):
                return Changed(s.written, s.span, t.written, t.span)
    return None
