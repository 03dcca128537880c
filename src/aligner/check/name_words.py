"""The name words of a text, for name-mismatch (:mod:`aligner.check.person_names`,
:mod:`aligner.check.arabic_names`): a word in Latin or Cyrillic letters written with a
capital and then lower case, of three letters or more, not a title cut short before a
name (``D. Andrés``, ``Mr. Smith``); in a language that capitalises its nouns only
where its ``person_names.txt`` marks it (a first name, the word after a first name or a
title, the words before a company's legal form).  Folded lower case, without accents,
in Latin letters (:func:`fold`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from aligner.check.completeness import common_word, name_particles
from aligner.check.folding import strip_accents
from aligner.errors import ConfigError
from aligner.lang import (
    CYRILLIC_LATIN_DATA,
    NOUN_CAPITALS,
    PERSON_NAMES_DATA,
    TITLES_DATA,
    generic_data,
    get_profile,
    primary,
)
from aligner.lang.base import data_sections

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the least letters of a name word: shorter ones are titles and initials (Mr, Dr, J)
MIN_LETTERS = 3
#: an abbreviation (a title: Dña., Sra., Mr.) has at most this many letters
ABBREVIATION = 4
#: the most letters of a case ending (Polish ``-owi``, Russian ``-ого``, ``-ому``)
_ENDING = 3
_VOWELS = frozenset("aeiouy")
#: Latin spellings of one sound, for a name written in Cyrillic on one side only: the
#: letters a transliteration gives (дж dzh, х kh, ц ts) and those English, German and
#: Slavic texts write (j, h, z, tch, sch, w, y); a g before e or i is soft (George)
_SOUNDS = {"shch": "s", "sch": "s", "dzh": "j", "tch": "c", "zh": "j", "dj": "j",
           "kh": "g", "gh": "g", "ch": "c", "ts": "c", "tz": "c", "sh": "s", "ph": "f",
           "th": "t", "ck": "k", "h": "g", "w": "v", "x": "ks", "q": "k", "y": "i"}
_SOUND = re.compile("|".join(sorted(_SOUNDS, key=len, reverse=True)))
# what, before a word, starts a sentence or a quotation
_STARTS = ".!?…:¿¡«»\"“”„‘—–([•*#"


@dataclass(frozen=True, slots=True)
class NameWord:
    """A name word of one side: its folded form, as written, where, the folded words
    right before and after it in its name ("" at a name's edge), whether it starts a
    sentence, and whether it is also an ordinary word of the language."""

    key: str
    written: str
    start: int
    end: int
    before: str
    after: str
    initial: bool
    common: bool
    cyrillic: bool


@dataclass(frozen=True, slots=True)
class NameSide:
    names: tuple[NameWord, ...]
    words: frozenset[str]  # every word of the text, folded
    lower: frozenset[str]  # the words written in lower case, folded
    ties: frozenset[str] = frozenset()  # the name words that may tie two (_same_name)


@cache
def _cyrillic_latin() -> dict[int, str]:
    """Each Cyrillic letter in Latin ones (``aligner/lang/generic/cyrillic_latin.tsv``)."""
    text = generic_data(CYRILLIC_LATIN_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{CYRILLIC_LATIN_DATA} is missing")
    rows = (line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#"))
    return {ord(letter): latin.strip() for letter, latin in rows}


def fold(word: str) -> str:
    """``word`` lower case, without accents, in Latin letters (``Пётр``: ``petr``)."""
    plain = strip_accents(word.lower())
    return plain if plain.isascii() else plain.translate(_cyrillic_latin())


@cache
def _script(word: str) -> str | None:
    """``LATIN`` or ``CYRILLIC`` when every letter of ``word`` is of that script."""
    scripts = {unicodedata.name(ch, "").partition(" ")[0] for ch in word if ch.isalpha()}
    return next(iter(scripts)) if len(scripts) == 1 and scripts <= {"LATIN", "CYRILLIC"} \
        else None


def _capitalised(word: str) -> bool:
    return word[0].isupper() and any(ch.islower() for ch in word[1:])


def _abbreviation(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` is a title cut short before a name (``D. Andrés``, ``Dña.
    Lucía``, ``Mr. Smith``): a capital and a few lower-case letters, a dot, a capital,
    and no capitalised word right before it (``Ana Pons.`` ends a sentence)."""
    word, end = tokens[i].group(), tokens[i].end()
    if not (len(word) <= ABBREVIATION and word[0].isupper()
            and (len(word) == 1 or word[1:].islower())
            and re.match(r"\. [^\W\d_]", text[end:end + 3]) and text[end + 2].isupper()):
        return False
    return i == 0 or not (tokens[i - 1].group()[0].isupper()
                          and not text[tokens[i - 1].end():tokens[i].start()].strip())


@dataclass(frozen=True, slots=True)
class NameMarks:
    """What marks a capitalised word as a name in a language that capitalises its nouns
    (its ``person_names.txt``), folded."""

    first: frozenset[str]
    titles: frozenset[str]
    forms: frozenset[str]


@cache
def name_marks(lang: str) -> NameMarks | None:
    """The ``person_names.txt`` of ``lang``, or None when it has none."""
    text = get_profile(lang).data_text(PERSON_NAMES_DATA)
    if text is None:
        return None
    sections = data_sections(text, name=f"{lang}/{PERSON_NAMES_DATA}",
                             known=("first names", "titles", "legal forms"))
    return NameMarks(*(frozenset(fold(w) for w in sections.get(k, ()))
                    for k in ("first names", "titles", "legal forms")))


def reads_names(lang: str) -> bool:
    """Whether name-mismatch reads the names of ``lang``: one that capitalises its nouns
    only with a ``person_names.txt`` (German)."""
    return primary(lang) not in NOUN_CAPITALS or name_marks(lang) is not None


def _marked(tokens: list[re.Match[str]], linked: list[bool], i: int, marks: NameMarks,
            noun_after: frozenset[str] = frozenset()) -> bool:
    """Whether capitalised word ``i`` is a name in a language that capitalises its nouns:
    a first name, or right after one or a title (``Marta Hübner``, ``Herrn Dr.
    Schmidt``; not after a title that a word of ``noun_after`` makes the noun: ``jede
    Frau Anspruch``), or among the three words before a company's legal form (``Müller
    Maschinenbau GmbH``); never a title or a legal form itself."""
    key = fold(tokens[i].group())
    if key in marks.titles or key in marks.forms:
        return False
    if key in marks.first:
        return True
    before = fold(tokens[i - 1].group()) if linked[i] else ""
    if before in marks.first or (before in marks.titles and not (
            i > 1 and fold(tokens[i - 2].group()) in noun_after)):
        return True
    for j in range(i + 1, min(i + 4, len(tokens))):
        if not linked[j]:
            return False
        if fold(tokens[j].group()) in marks.forms:
            return True
    return False


@cache
def noun_after_words(lang: str) -> frozenset[str]:
    """The words after which a title of ``lang`` is a common noun, folded (the ``[a noun
    after]`` of its ``titles.txt``: German ``jede``, ``meine``: jede Frau Anspruch)."""
    text = get_profile(lang).data_text(TITLES_DATA)
    if text is None:
        return frozenset()
    sections = data_sections(text, name=f"{lang}/{TITLES_DATA}")
    return frozenset(fold(w) for w in sections.get("a noun after", ()))


def read_side(text: str, lang: str) -> NameSide:
    """The name words of ``text`` (module docstring) and all its words, folded."""
    particles = name_particles()
    marks = name_marks(lang) if primary(lang) in NOUN_CAPITALS else None
    noun_after = noun_after_words(lang) if marks is not None else frozenset()
    tokens = list(_WORD.finditer(text))
    # a name: capitalised words and particles apart by a space or an abbreviation's dot
    linked = [i > 0 and not text[tokens[i - 1].end():m.start()].strip(" .")
              and text[tokens[i - 1].end():m.start()].count(" ") <= 1
              and (tokens[i - 1].group()[0].isupper() or tokens[i - 1].group() in particles)
              and (m.group()[0].isupper() or m.group() in particles)
              for i, m in enumerate(tokens)]
    names = []
    for i, m in enumerate(tokens):
        word = m.group()
        if (not _capitalised(word) or len(word) < MIN_LETTERS
                or (script := _script(word)) is None or _abbreviation(text, tokens, i)
                or (marks is not None and not _marked(tokens, linked, i, marks, noun_after))):
            continue
        before = text[:m.start()].rstrip()
        initial = (not before or before[-1] in _STARTS) and not (
            i > 0 and (_abbreviation(text, tokens, i - 1)  # D. Andrés, Mr. Smith
                       or (marks is not None and fold(tokens[i - 1].group()) in marks.titles)))
        names.append(NameWord(
            fold(word), word, m.start(), m.end(),
            fold(tokens[i - 1].group()) if linked[i] else "",
            fold(tokens[i + 1].group()) if i + 1 < len(tokens) and linked[i + 1] else "",
            initial, common_word(word, lang), script == "CYRILLIC"))
    return NameSide(tuple(names), frozenset(fold(m.group()) for m in tokens),
                 frozenset(fold(m.group()) for m in tokens if m.group().islower()))


def _names(names: tuple[NameWord, ...], mid: set[str], lower: frozenset[str]
           ) -> tuple[NameWord, ...]:
    """``names`` less the ordinary words: one at a sentence's start, where a capital says
    nothing, unless written so inside a sentence elsewhere on that side; one that word
    tables know and that side writes in lower case somewhere too (``Knight``,
    ``knight``; not ``Maria``, an English word to the tables)."""
    return tuple(n for n in names if not (n.common and (n.initial or n.key in lower))
                 and (not n.initial or n.key in mid))


def kept_names(side: NameSide, mid: set[str], lower: frozenset[str]) -> NameSide:
    """``side`` with the names :func:`_names` keeps; the words that may tie two are
    those and a word at a sentence's start that opens a name and that side never writes
    in lower case (``Ana`` of ``Ana Torres met us``)."""
    names = _names(side.names, mid, lower)
    opening = {n.key for n in side.names if n.initial and n.after and n.key not in lower}
    return replace(side, names=names, ties=frozenset({n.key for n in names} | opening))


@cache
def sound(key: str) -> str:
    """``key`` spelled by sound (:data:`_SOUNDS`), each letter once: ``george`` and
    ``dzhordzh`` (Джордж) are ``jeorje`` and ``jorj``."""
    key = re.sub(r"g(?=[ei])", "j", _SOUND.sub(lambda m: _SOUNDS[m.group()], key))
    return re.sub(r"(.)\1+", r"\1", key)


def one_word(a: str, b: str) -> bool:
    """Whether two folded name words are one, perhaps with a case ending: the same, or
    one the other and up to :data:`_ENDING` letters more (``jan``, ``jana``; ``ivan``,
    ``ivanom``), or the two apart in a last vowel only (``anna``, ``annu``; ``marta``,
    ``marty``) -- a stem of three letters or more.  Not ``blanca``, ``blanche``: a
    word translated (``Casa Blanca``, ``Maison Blanche``) ties nothing."""
    if a == b:
        return True
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))
    if stem < MIN_LETTERS:
        return False
    if stem == min(len(a), len(b)):
        return abs(len(a) - len(b)) <= _ENDING
    return len(a) == len(b) == stem + 1 and a[-1] in _VOWELS and b[-1] in _VOWELS
