"""name-mismatch between Arabic and Latin letters: a name changed across the scripts.

An English report names ``Dr. Samir Khoury``; its Arabic translation ``الدكتور سمير
حداد`` (Haddad) swaps a staff member's name.  Arabic writes no short vowels, so a
name is compared by its letters as Arabic writes them: each Arabic letter may be any
of the Latin spellings ``aligner/lang/generic/arabic_latin.tsv`` gives it (``خ`` kh,
h; ``ق`` q, k, g; ``ع`` none), with any Latin vowels between two of them, and a
letter written twice, in either script, counts once (``Haddad``, ``حداد``).  An
Arabic word is also read without the article ``ال`` and a prefix ``و`` ``ف`` ``ب``
``ل`` ``ك`` (``والحسن``: ``حسن``, ``Hassan``), a Latin one without ``al-`` or ``el-``
(``Al-Hassan``), and two words side by side together (``عبد الله``, ``Abdullah``).

The Latin side's name words are those :mod:`aligner.check.name_words` reads.  One
is *present* when some word of the Arabic side may be written so (or the Arabic side
writes it in Latin letters too).  A unit is reported only where a name word has no such
word AND the Arabic side has a word in its place that no Latin word of the other side
may be, in a place that makes it a name:

- right after an Arabic word that is the Latin name word right before it (``Rami
  Khoury`` / ``رامي حداد``: ``names differ: Khoury missing in the target; حداد not in
  the source``), where the word tables do not know the Latin name word: one they know
  may be a word translated (``Relief`` of ``Al-Amal Relief``, ``الأمل للإغاثة``);
- right after a title (``السيد``, ``الدكتور``, ``د.``: the data file's list) where the
  Latin name word follows a short word of its name that is not on the Arabic side (a
  title: ``Dr.``, ``Mr``, ``Mrs``; ``Dr. Peter Smith`` / ``الدكتور بول سميث``), or
  between a title and the Arabic of the Latin name word after it (``Rami Khoury`` /
  ``السيد سامي خوري``).

A title is never the changed name.  Not checked: names traded between two units, a
name changed with nothing beside it to tie it (``Khoury said`` / ``قال حداد``), a
first name changed before a surname kept without a title before it (``Rami Khoury``
/ ``سامي خوري``: the Arabic word before a name may be any word, ``قال``), a new name
whose letters may be the old one's (a name changed to one of the same consonants),
and two Arabic sides or two Latin ones (the rest of name-mismatch).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from aligner.check.base import Context, translated_units
from aligner.check.completeness import name_particles
from aligner.check.name_words import (
    ABBREVIATION,
    NameSide,
    NameWord,
    fold,
    kept_names,
    read_side,
)
from aligner.check.person_names import check_person_names as _check_latin_names
from aligner.errors import ConfigError
from aligner.lang import ARABIC_LATIN_DATA, generic_data, primary
from aligner.model import Finding

_ARABIC = "ar"
# an Arabic word: letters (and the persian ones an Arabic text may hold) and vowel marks
_AR_WORD = re.compile("[\u0621-\u063a\u0640-\u0652\u0670\u067e\u0686\u0698\u06a9"
                      "\u06af\u06cc]+")
# the vowel marks, shadda, sukun, dagger alef and the stretching tatweel: not letters
_MARKS = re.compile("[\u0640\u064b-\u0652\u0670]")
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Latin vowels (an h after one: John, جون) that Arabic does not write
_VOWELS = "(?:[aeiouy]|(?<=[aeiouy])h)*"
_ARTICLE = "ال"
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
_LATIN_ARTICLES = ("al-", "el-", "al'", "el'", "ul-")
#: the least letters of an Arabic word that may be a changed name (not من, في)
_MIN_LETTERS = 3


@dataclass(frozen=True, slots=True)
class _Table:
    spellings: dict[str, tuple[str, ...]]  # letter -> its Latin spellings ("" none)
    titles: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Word:
    """An Arabic word as written, where, and whether only a space (or a title's dot and
    a space) parts it from the word before."""

    written: str
    start: int
    end: int
    linked: bool


@cache
def _table() -> _Table:
    """The letters and titles of ``aligner/lang/generic/arabic_latin.tsv``."""
    text = generic_data(ARABIC_LATIN_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{ARABIC_LATIN_DATA} is missing")
    spellings: dict[str, tuple[str, ...]] = {}
    titles = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        arabic, _, latin = line.partition("\t")
        if latin.strip() == "title":
            titles.add(arabic)
        elif len(arabic) == 1 and latin.split():
            spellings[arabic] = tuple(
                "" if s == "-" else _single(s) for s in latin.split())
        else:
            raise ConfigError(f"aligner/lang/generic/{ARABIC_LATIN_DATA}, line {number}: "
                              "a letter, a tab and its spellings, or a word, a tab, title")
    return _Table(spellings, frozenset(titles))


def _single(latin: str) -> str:
    """``latin`` with each letter written twice in a row written once (``haddad``)."""
    return re.sub(r"(.)\1+", r"\1", latin)


def _bare(word: str) -> str:
    """An Arabic word without its vowel marks, a letter written twice once."""
    return _single(_MARKS.sub("", word))


@cache
def _readings(word: str) -> tuple[str, ...]:
    """``word`` as written and without a prefix ``و`` ``ف``, ``ب`` ``ل`` ``ك`` and the
    article (``والحسن``: ``الحسن``, ``حسن``), each of two letters or more; ``تش`` also
    read as ``چ`` (ch: ``تشارلز``, Charles)."""
    forms = [_bare(word)]
    for prefixes in (_CONJUNCTIONS, _PREPOSITIONS):
        forms += [f[1:] for f in forms if f[0] in prefixes and len(f) > _MIN_LETTERS]
    forms += [f[len(_ARTICLE):] for f in forms if f.startswith(_ARTICLE)]
    forms += [f[1:] for f in forms if f.startswith("لل")]  # للحسن: li + al
    forms += [f.replace("تش", "چ") for f in forms if "تش" in f]  # تشارلز: Charles
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


@cache
def _pattern(bare: str) -> re.Pattern[str] | None:
    """The Latin spellings of an Arabic word without marks (module docstring), or None
    when it has a letter the table lacks."""
    spellings = _table().spellings
    if any(ch not in spellings for ch in bare):
        return None
    parts = ("(?:" + "|".join(re.escape(s) for s in spellings[ch]) + ")" for ch in bare)
    return re.compile(_VOWELS + _VOWELS.join(parts) + _VOWELS)


def _latin_forms(word: str) -> tuple[str, ...]:
    """A Latin word folded to letters a to z, and without ``al-`` (``Al-Hassan``)."""
    folded = fold(word)
    forms = [folded] + [folded[len(a):] for a in _LATIN_ARTICLES if folded.startswith(a)]
    return tuple(dict.fromkeys(_single(re.sub("[^a-z]", "", f).replace("x", "ks"))
                               for f in forms if f))


@cache
def _compatible(arabic: str, latin: str) -> bool:
    """Whether the Arabic word ``arabic`` (with its prefixes, marks) may be written as
    the Latin one ``latin``."""
    forms = _latin_forms(latin)
    return any(pattern.fullmatch(f) for r in _readings(arabic)
               if (pattern := _pattern(r)) is not None for f in forms)


def _arabic_words(text: str) -> list[_Word]:
    """The Arabic words of ``text``, each linked to the one before where only spaces part
    them, or a dot and spaces after a title (``د. سمير``)."""
    tokens = list(_AR_WORD.finditer(text))
    words = []
    for i, m in enumerate(tokens):
        gap = text[tokens[i - 1].end():m.start()] if i else ""
        linked = bool(gap) and (not gap.strip() or (
            gap.strip() == "." and gap[0] == "." and _title(tokens[i - 1].group())))
        words.append(_Word(m.group(), m.start(), m.end(), linked))
    return words


def _title(word: str) -> bool:
    titles = _table().titles
    return any(r in titles or _ARTICLE + r in titles for r in _readings(word)) \
        or _bare(word) in titles


def _checks_arabic(ctx: Context) -> bool:
    return (primary(ctx.src_lang) == _ARABIC) != (primary(ctx.tgt_lang) == _ARABIC)


@dataclass(frozen=True, slots=True)
class _Pair:
    """One unit's Latin side (its name words, its text) and Arabic side (its text)."""

    latin: NameSide
    latin_text: str
    arabic: str


def _present(name: str, words: list[_Word], joined: list[str], latin_there: set[str]
             ) -> bool:
    """Whether the folded Latin name word ``name`` is on the Arabic side."""
    return name in latin_there or any(_compatible(w.written, name) for w in words) \
        or any(_compatible(j, name) for j in joined)


def _changed(pair: _Pair) -> tuple[NameWord, _Word] | None:
    """The first Latin name word absent from the Arabic side tied to an Arabic word in
    its place that no Latin word of the unit may be (module docstring), or None."""
    particles = name_particles()
    words = _arabic_words(pair.arabic)
    joined = [a.written + b.written for a, b in pairwise(words)
              if b.linked]
    latin_there = {fold(m.group()) for m in _LATIN_WORD.finditer(pair.arabic)}
    tokens = [fold(m.group()) for m in _LATIN_WORD.finditer(pair.latin_text)]
    latin = tokens + [a + b for a, b in pairwise(tokens)]

    def unmatched(k: int) -> bool:
        w = words[k]
        return (len(_bare(w.written)) >= _MIN_LETTERS and not _title(w.written)
                and all(_pattern(r) is not None for r in _readings(w.written)[:1])
                and not any(_compatible(w.written, x) for x in latin))

    def at(key: str) -> list[int]:
        return [k for k, w in enumerate(words) if _compatible(w.written, key)]

    for name in pair.latin.names:
        if any(_present(key, words, joined, latin_there) for key in (
                name.key, name.before + name.key, name.key + name.after)):
            continue
        before = name.before and name.before not in particles
        # a word the tables know may be a word translated (Al-Amal Relief / الأمل
        # للإغاثة): it ties only beside a title (Dr. Peter Smith / الدكتور بول سميث)
        if before and not name.common and _present(name.before, words, joined, latin_there):
            for k in at(name.before):  # Rami Khoury / رامي حداد
                if k + 1 < len(words) and words[k + 1].linked and unmatched(k + 1):
                    return name, words[k + 1]
        elif (before and len(name.before) <= ABBREVIATION
              and not _present(name.before, words, joined, latin_there)):
            # a title before the name on both sides: Dr. Samir / الدكتور رامي
            for k in range(len(words) - 1):
                if _title(words[k].written) and words[k + 1].linked and unmatched(k + 1):
                    return name, words[k + 1]
        if name.after and _present(name.after, words, joined, latin_there):
            for k in at(name.after):  # Mr Rami Khoury / السيد سامي خوري
                if (k >= 2 and words[k].linked and words[k - 1].linked
                        and _title(words[k - 2].written) and unmatched(k - 1)):
                    return name, words[k - 1]
    return None


def _arabic_findings(ctx: Context, done: set[int]) -> Iterator[Finding]:
    latin_is_source = primary(ctx.tgt_lang) == _ARABIC
    latin_lang = ctx.src_lang if latin_is_source else ctx.tgt_lang
    texts = [(u, unit.source, unit.target) if latin_is_source else (u, unit.target, unit.source)
             for u, unit in translated_units(ctx)]
    units = [(u, read_side(latin, latin_lang), latin, arabic) for u, latin, arabic in texts]
    mid = {n.key for _, side, _, _ in units for n in side.names if not n.initial}
    lower = frozenset().union(*(side.lower for _, side, _, _ in units))
    for u, side, latin, arabic in units:
        if u in done:
            continue
        found = _changed(_Pair(kept_names(side, mid, lower), latin, arabic))
        if found is None:
            continue
        name, word = found
        if latin_is_source:
            missing, extra = name.written, word.written
            spans = (name.start, name.end), (word.start, word.end)
        else:
            missing, extra = word.written, name.written
            spans = (word.start, word.end), (name.start, name.end)
        yield Finding(code="name-mismatch", severity=ctx.severity("name-mismatch"), unit=u,
                      message=f"names differ: {missing} missing in the target; "
                              f"{extra} not in the source",
                      expected=(missing,), found=extra, src_span=spans[0], tgt_span=spans[1])


def check_names(ctx: Context) -> Iterator[Finding]:
    """name-mismatch: the names of two Latin (or Cyrillic) sides
    (:func:`aligner.check.person_names.check_person_names`), and where one side is
    Arabic and the other is not, its names against the other's (module docstring)."""
    done = set()
    for finding in _check_latin_names(ctx):
        done.add(finding.unit)
        yield finding
    if _checks_arabic(ctx):
        yield from _arabic_findings(ctx, done)
