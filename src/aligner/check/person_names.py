"""name-mismatch: a name of the source replaced by another name in the target.

A changed name is a common slip (``Maria Lopez`` / ``Lucia Lopez``), and no glossary has
a row for every person a text names.  A *name word* is a word in Latin or Cyrillic
letters written with a capital and then lower case (not ``NASA``), of three letters or
more, not a title cut short before a name (``D. Andrés``, ``Dña. Lucía``, ``Mr.
Smith``).  The word tables (:func:`aligner.check.completeness.common_word`) hold names
too (``Maria`` is English to them, ``Lucía`` Spanish), so a word they know is left out
only where a capital says nothing -- at a sentence's start -- or where that side of the
document also writes it in lower case (``Knight``, ``knight``; a contract's defined
terms, ``el Arrendatario``, are words, not names).  A word at a sentence's start that
they do not know counts only when that side writes it capitalised inside a sentence
somewhere too.  Words are compared lower case, without accents and in Latin letters: a
Cyrillic letter is written as ``aligner/lang/generic/cyrillic_latin.tsv`` says (``Иван
Петров`` is ``ivan petrov``).

A unit is reported when a name word of its source is in no form in its target, a name
word of its target is in no form in its source, and one of two things ties them:

- *the same name, one word changed*: the two stand in one place of a name (a run of
  capitalised words and particles, ``D. Andrés Molina Ruiz``), beside the same name word
  of both sides, or one case form of it (``Jan``, ``Jana``; ``Anna``, ``Анну``: no more
  than a short ending added or a last vowel changed), which is no particle
  (``Lopez``; ``Marta`` of ``Marta Hübner`` / ``Marta Schmidt``, though the tables know
  it, as neither side writes it in lower case; not ``San``: ``San Giovanni`` / ``San
  Juan`` is a name translated);
- *names swapped between units*: another unit has the same two the other way round
  (``Marta Quiroga`` and ``Jorge Beltrán`` traded places between two sentences).

A name may be translated (Spanish ``Juan``, English ``John``; ``Miguel``, ``Michael``)
or inflected (Icelandic ``Jón``, ``Jóni``): a word that begins with the same letter as a
name word of the other side that its own side lacks, or is much like it, is taken for
that name and never reported.  A name in Cyrillic beside one in Latin letters is also
compared by sound, each spelled with one letter a sound (``дж`` and ``j``, ``х`` and
``kh`` or ``h``, a ``g`` before ``e`` or ``i`` as ``j``), since English writes Russian
names one way and Russian writes English ones another (``George``, ``Джордж``;
``Joseph``, ``Иосиф``).  So a name changed to one of the same initial is missed, and so
is one changed wholly and alone (``Pedro`` / ``Carlos``, no shared surname, not in
another unit), which a translation's own renderings cannot be told from.  A word at a
sentence's start that opens a name ties two though it is no name word there (``Ana`` of
``Ana Torres met us`` for ``Nos recibió Ana Ruiz``), unless that side writes it in lower
case.

A language that writes its nouns with a capital (German) would make every noun a name
word: there a capitalised word is one only where its ``person_names.txt`` marks it --
a first name, the word right after a first name or a title (``Marta Hübner``, ``Herrn
Dr. Schmidt``, ``Rechtsanwältin Becker``), the words right before a company's legal
form (``Müller Maschinenbau GmbH``); one without that file (Luxembourgish) is not checked,
and the text output says so.

Not checked: names in other scripts (``Sunita Devi`` / ``सुनीता शर्मा``, Greek,
each needs a transliteration of its own; Arabic beside Latin letters is
:mod:`aligner.check.arabic_names`'s); two names both present but their
roles swapped (``Demanda de D. Andrés Molina Ruiz contra Dña. Lucía Ferrer Vidal`` /
``Claim by Ms Lucía Ferrer Vidal against Mr Andrés Molina Ruiz``): word order differs
between languages and a sentence may be turned round (active to passive), so the order
of two names tells nothing safe without parsing; nor defined terms swapped (``el
Arrendatario`` / ``the Landlord``), which are words, for the glossary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.completeness import common_word, name_particles
from aligner.check.folding import strip_accents
from aligner.errors import ConfigError
from aligner.lang import (
    CYRILLIC_LATIN_DATA,
    NOUN_CAPITALS,
    PERSON_NAMES_DATA,
    generic_data,
    get_profile,
    primary,
)
from aligner.lang.base import data_sections
from aligner.model import Finding

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the least letters of a name word: shorter ones are titles and initials (Mr, Dr, J)
_MIN_LETTERS = 3
#: an abbreviation (a title: Dña., Sra., Mr.) has at most this many letters
_ABBREVIATION = 4
#: the most letters of a case ending (Polish ``-owi``, Russian ``-ого``, ``-ому``)
_ENDING = 3
_VOWELS = frozenset("aeiouy")
#: two words this much alike (difflib ratio) are taken for one name (Jorge, George)
_ALIKE = 0.5
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
class _Name:
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
class _Side:
    names: tuple[_Name, ...]
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


def _fold(word: str) -> str:
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
    if not (len(word) <= _ABBREVIATION and word[0].isupper()
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
    return NameMarks(*(frozenset(_fold(w) for w in sections.get(k, ()))
                    for k in ("first names", "titles", "legal forms")))


def reads_names(lang: str) -> bool:
    """Whether name-mismatch reads the names of ``lang``: one that capitalises its nouns
    only with a ``person_names.txt`` (German)."""
    return primary(lang) not in NOUN_CAPITALS or name_marks(lang) is not None


def _marked(tokens: list[re.Match[str]], linked: list[bool], i: int, marks: NameMarks) -> bool:
    """Whether capitalised word ``i`` is a name in a language that capitalises its nouns:
    a first name, or right after one or a title (``Marta Hübner``, ``Herrn Dr.
    Schmidt``), or among the three words before a company's legal form (``Müller
    Maschinenbau GmbH``); never a title or a legal form itself."""
    key = _fold(tokens[i].group())
    if key in marks.titles or key in marks.forms:
        return False
    if key in marks.first:
        return True
    if linked[i] and _fold(tokens[i - 1].group()) in marks.first | marks.titles:
        return True
    for j in range(i + 1, min(i + 4, len(tokens))):
        if not linked[j]:
            return False
        if _fold(tokens[j].group()) in marks.forms:
            return True
    return False


def _read(text: str, lang: str) -> _Side:
    """The name words of ``text`` (module docstring) and all its words, folded."""
    particles = name_particles()
    marks = name_marks(lang) if primary(lang) in NOUN_CAPITALS else None
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
        if (not _capitalised(word) or len(word) < _MIN_LETTERS
                or (script := _script(word)) is None or _abbreviation(text, tokens, i)
                or (marks is not None and not _marked(tokens, linked, i, marks))):
            continue
        before = text[:m.start()].rstrip()
        initial = (not before or before[-1] in _STARTS) and not (
            i > 0 and (_abbreviation(text, tokens, i - 1)  # D. Andrés, Mr. Smith
                       or (marks is not None and _fold(tokens[i - 1].group()) in marks.titles)))
        names.append(_Name(
            _fold(word), word, m.start(), m.end(),
            _fold(tokens[i - 1].group()) if linked[i] else "",
            _fold(tokens[i + 1].group()) if i + 1 < len(tokens) and linked[i + 1] else "",
            initial, common_word(word, lang), script == "CYRILLIC"))
    return _Side(tuple(names), frozenset(_fold(m.group()) for m in tokens),
                 frozenset(_fold(m.group()) for m in tokens if m.group().islower()))


def _similar(a: str, b: str) -> bool:
    return a[0] == b[0] or SequenceMatcher(None, a, b).ratio() >= _ALIKE


@cache
def _sound(key: str) -> str:
    """``key`` spelled by sound (:data:`_SOUNDS`), each letter once: ``george`` and
    ``dzhordzh`` (Джордж) are ``jeorje`` and ``jorj``."""
    key = re.sub(r"g(?=[ei])", "j", _SOUND.sub(lambda m: _SOUNDS[m.group()], key))
    return re.sub(r"(.)\1+", r"\1", key)


def _alike(a: _Name, b: _Name) -> bool:
    """Whether two name words may be one name (translated, inflected); a name in
    Cyrillic and one in Latin letters also when they sound alike (``Джон``, ``John``)."""
    return _similar(a.key, b.key) or (
        a.cyrillic != b.cyrillic and _similar(_sound(a.key), _sound(b.key)))


def _unmatched(side: _Side, other: _Side) -> list[_Name]:
    """The name words of ``side`` in no form on ``other``: neither as a word nor alike
    a name word there that ``side`` lacks."""
    others = [o for o in other.names if o.key not in side.words]
    return [n for n in side.names if n.key not in other.words
            and not any(_alike(n, o) for o in others)]


def _same_name(src: _Side, tgt: _Side, m: _Name, e: _Name) -> bool:
    """Whether ``m`` and ``e`` stand in one place of a name, next to the same name word
    (``Maria Lopez``, ``Lucia Lopez``; ``Marta Hübner``, ``Marta Schmidt``), or a case
    form of it (``Jan Kowalski``, ``Jana Wiśniewskiego``: :func:`_one_word`) -- no
    particle (``San Giovanni``, ``San Juan``: a name translated).  A word the tables
    know ties too (``Marta`` is Spanish for a marten): :func:`_kept` takes it only where
    that side never writes it in lower case."""
    particles = name_particles()
    return any(a in src.ties and b in tgt.ties and a not in particles
               and b not in particles and _one_word(a, b)
               for a, b in ((m.before, e.before), (m.after, e.after)))


def _one_word(a: str, b: str) -> bool:
    """Whether two folded name words are one, perhaps with a case ending: the same, or
    one the other and up to :data:`_ENDING` letters more (``jan``, ``jana``; ``ivan``,
    ``ivanom``), or the two apart in a last vowel only (``anna``, ``annu``; ``marta``,
    ``marty``) -- a stem of three letters or more.  Not ``blanca``, ``blanche``: a
    word translated (``Casa Blanca``, ``Maison Blanche``) ties nothing."""
    if a == b:
        return True
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))
    if stem < _MIN_LETTERS:
        return False
    if stem == min(len(a), len(b)):
        return abs(len(a) - len(b)) <= _ENDING
    return len(a) == len(b) == stem + 1 and a[-1] in _VOWELS and b[-1] in _VOWELS


def _names(names: tuple[_Name, ...], mid: set[str], lower: frozenset[str]
           ) -> tuple[_Name, ...]:
    """``names`` less the ordinary words: one at a sentence's start, where a capital says
    nothing, unless written so inside a sentence elsewhere on that side; one that word
    tables know and that side writes in lower case somewhere too (``Knight``,
    ``knight``; not ``Maria``, an English word to the tables)."""
    return tuple(n for n in names if not (n.common and (n.initial or n.key in lower))
                 and (not n.initial or n.key in mid))


def _kept(side: _Side, mid: set[str], lower: frozenset[str]) -> _Side:
    """``side`` with the names :func:`_names` keeps; the words that may tie two are
    those and a word at a sentence's start that opens a name and that side never writes
    in lower case (``Ana`` of ``Ana Torres met us``)."""
    names = _names(side.names, mid, lower)
    opening = {n.key for n in side.names if n.initial and n.after and n.key not in lower}
    return replace(side, names=names, ties=frozenset({n.key for n in names} | opening))


def check_person_names(ctx: Context) -> Iterator[Finding]:
    if not (reads_names(ctx.src_lang) and reads_names(ctx.tgt_lang)):
        return
    pairs = [(u, _read(unit.source, ctx.src_lang), _read(unit.target, ctx.tgt_lang))
             for u, unit in translated_units(ctx)]
    src_mid = {n.key for _, src, _ in pairs for n in src.names if not n.initial}
    tgt_mid = {n.key for _, _, tgt in pairs for n in tgt.names if not n.initial}
    src_lower = frozenset().union(*(src.lower for _, src, _ in pairs))
    tgt_lower = frozenset().union(*(tgt.lower for _, _, tgt in pairs))
    pairs = [(u, _kept(src, src_mid, src_lower), _kept(tgt, tgt_mid, tgt_lower))
             for u, src, tgt in pairs]
    changed = [(u, src, tgt, _unmatched(src, tgt), _unmatched(tgt, src))
               for u, src, tgt in pairs]
    # (name missing in the target, name not in the source) -> the units that have it
    traded: dict[tuple[str, str], set[int]] = {}
    for u, _, _, missing, extra in changed:
        for m in missing:
            for e in extra:
                traded.setdefault((m.key, e.key), set()).add(u)
    for u, src, tgt, missing, extra in changed:
        found = next(((m, e) for m in missing for e in extra
                      if _same_name(src, tgt, m, e)
                      or traded.get((e.key, m.key), set()) - {u}), None)
        if found is None:
            continue
        m, e = found
        yield Finding(code="name-mismatch", severity=ctx.severity("name-mismatch"), unit=u,
                      message=f"names differ: {m.written} missing in the target; "
                              f"{e.written} not in the source",
                      expected=(m.written,), found=e.written,
                      src_span=(m.start, m.end), tgt_span=(e.start, e.end))
