"""Find glossary terms in text: normalising tokenizer + Aho-Corasick over word classes.

How a match is decided
----------------------
1. The tokenizer splits text into *words* (letters with inner apostrophes,
   ``coup d'état``), *numbers* and *punctuation*.  Whitespace of any kind and
   hyphens are skipped, so ``Cívico-Militar``, ``cívico militar`` and a term
   broken over a line all give the same word sequence.  Punctuation is kept as
   a token and breaks a match: ``vía «democrática»`` is not ``vía democrática``.
   An English possessive ``'s``/``'`` is dropped (``people's power``), and
   width is folded as NFKC folds it: full-width ASCII is ASCII (``ＮＨＫ`` is
   ``NHK``, ``－`` a hyphen), half-width katakana full-width (``ｱﾌﾟﾘ`` is ``アプリ``).
   Digits glued to Latin letters are two tokens (``500MB``, ``５００ＭＢ``): CJK text
   writes a unit so.  A katakana run is one word: a hit that starts or ends inside
   one is none (``ログ`` in ``ログイン``).
2. Each word of every glossary term gets a *class*: the set of its candidate
   base forms (:class:`~aligner.check.lemmas.Forms`), accent-free and lower
   case.  Term words that share a form share a class (union-find).  A term word
   written in lower case before another word (an adjective before its noun) also
   takes its language's attributive endings: German ``fristlose`` -> ``fristloser``.
3. A text word is encoded as the class of the first of its own candidate forms
   that belongs to a class, or as "unknown"; each class is one character, so a
   unit becomes a short string and every term a short pattern, and one
   Aho-Corasick automaton finds all terms in one pass, whatever their number.
4. Terms written in capitals (or marked ``case sensitive``) go to a second
   automaton over exact word forms; an acronym also matches its ``s`` plural
   (``JAPs``) but never a longer word (``JAPAN``).
5. Overlapping hits are resolved longest first: a term inside a longer term
   found at the same place is not reported.
6. Step 1 makes ``knight errant``, ``knight-errant`` (and, for a hyphenated
   term, ``knighterrant``) one pattern.  When the glossary lists two terms
   that differ only so -- a forbidden ``knight errant`` beside the preferred
   ``knight-errant`` -- a hit is the term written as the text writes it:
   the separators between its words (hyphen, space, none) must be the term's.
   A term's solid variant gives way to a term written solid.
7. Accents are folded (step 2), but a stress accent both words write, on
   another vowel, where one of them ends on it, tells two words apart:
   ``publicó`` (a verb) is not ``público``, ``depositó`` not ``depósito``;
   ``café``/``cafés``, ``país``/``países`` and ``régimen``/``regímenes`` still
   meet, as does a word written without its accents.  Among the terms of one
   hit, those whose accents agree with the text are kept.
8. A word after an elided article is found through the word (``usuario`` in
   ``all'usuario``, forms.txt; a term in capitals as written, ``ONG`` in ``l'ONG``),
   and the hit begins after the article: a finding
   quotes, and a report marks, the word.  A term that starts with an elided
   article itself (``l'Aquila``) keeps the article of its hit.
9. In a language that capitalises its nouns (German), for the terms the caller
   names (``capital_nouns``: source terms, forbidden renderings), a term word written with a
   capital is a noun -- but the first word of a term of several, which a glossary may
   capitalise as an entry's start (``Fristlose Kündigung``) -- and a text word in
   lower case is another word: the verb ``waren`` is not the forbidden noun ``Ware``.
   A word with a capital inside it (``eMail``) is not in lower case: it meets ``Email``.
   A capital at a sentence's start meets both.
10. A target text may keep a word of the source language and inflect it the source
   language's way (``the cordones`` for ``cordón``): a target term word that is a
   word of a source term (``kept``) also takes the source language's plural rules
   (``borrowed``), and a text word is read by them when its own forms meet no
   term word and what they give is such a kept word -- never a word of the
   target's own (French ``cours`` is no ``cour`` in an English-French check).
11. Inside a term of several words a preposition joined with the article is each of
   its forms (the language's ``[contractions]``): ``dados do usuário`` is found in
   ``dados dos usuários``, ``titolare del trattamento`` in ``titolari dei
   trattamenti``.  A form of another number of words makes a variant of the term:
   Italian ``profilo dell'utente`` is also ``profilo dell' utente`` (``degli
   utenti``), Spanish ``usuario del sistema`` also ``usuario de los sistema``.
   A word after another that is no function word may agree with it (Spanish
   ``usuario registrado``, ``usuaria registrada``: ``[agreement endings]``).
12. A verb term, given as its infinitive, is found in the forms a text word may be of
   it by the language's ``verbs.txt`` (:mod:`aligner.check.verbs`): French
   ``Enregistrez``, ``supprimées``, Portuguese ``Baixe``; a text word's own forms come
   first, so a noun term that is also listed keeps its noun (``porta`` beside
   ``portare``).  A stem written with a stress accent must be written so in the term
   (``título`` is no ``titular``, ``téléchargez`` is ``télécharger``).  A reflexive verb
   term is also its verb alone (``se connecter`` in ``Connectez-vous``).  A function
   word is read so for the terms the caller names loose only (``strict_verbs``: the
   approved renderings): Portuguese ``Entre`` renders ``entrar``, while ``entre``
   (between) is no forbidden ``entrar``.
13. In a language with a ``separable.txt`` (German), a verb term is found in its forms
    through the marked infinitives a text word may be a form of
    (:mod:`aligner.check.separable`), and a separable verb split in a main clause
    (``Laden Sie die Datei herunter``) where a form of its verb part, in lower case
    or first in its sentence, has the particle last in its clause: the hit spans the
    verb form, and :attr:`Hit.particle` the particle.  A word written with a capital
    inside its sentence whose code is a verb reading only is a noun, and no hit
    (``Die Macht`` is no form of ``machen``).
14. A term written solid is found where the text hyphenates it (``Log-off``,
    ``Log-Off`` for ``logoff``): a run of two to four words joined by hyphens is
    also read as one word, and a hit must take that word in; where the words as
    written are a term at the same place, they are that term (``log-in`` is ``log
    in``, not ``login``).  A space makes two words: ``log off`` is no ``logoff``.
    A hyphen ending a line before a word in lower case joins too (``Kündigungs-`` /
    ``frist``: a plain text hyphenated where its lines broke).
15. A hit notes the terms whose hyphen the text writes as a space (``E-Mail
    Adresse`` for ``E-Mail-Adresse``, :attr:`Hit.spaced`): the glossary checks do
    not take such a spelling for an approved rendering in a language that writes
    compounds solid (``LanguageProfile.solid_compounds``).
16. A term the caller names a name (``names``: :mod:`aligner.check.names`) is its
    own words only, in any letter case and with or without their accents: no plural,
    lemma, agreement or verb form reaches it (``Daniel`` is no ``Daniels``).
17. A spelling the language's ``forms.txt`` lists as typed for another
    (``[spellings]``) is that other, in a term and in the text: Catalan ``col.legi``,
    ``col•legi``, ``col∙legi`` and ``coŀlegi`` are ``col·legi``.  A hit's span is the
    text's as written.

18. A term the caller names capitalised (``capitalised``: the glossary's ``case`` cell
    ``capitalised``) is found as a term matched ignoring case is, in every form of its
    words, but not where a word it writes with a capital is in lower case in the text:
    ``Parte`` in ``Partes`` and ``PARTES``, not in ``partes``; ``Fecha de Entrada en
    Vigor`` in ``Fechas de Entrada en Vigor``, not in ``fecha de entrada en vigor``.

19. A term of one word is found in a text word its ``[agreement endings]`` make of it
    (Portuguese ``revestido`` in ``revestida``, ``revestidas``) where that word stands
    right after a word that is no function word, as an adjective after its noun does
    (``cápsula revestida``), as a word inside a term does (step 11): after an article,
    a preposition or nothing, the word is often a noun of its own (``a entrada``,
    ``uma parada`` are no forms of ``entrado``, ``parado``).

20. A term the caller names a noun of person (``persons``: the glossary's ``pos``
    ``person``) is also found in its other gender, a spelling of its own with the
    forms of its words (``apoderado`` in ``apoderada``, ``apoderadas``:
    :mod:`aligner.check.person_forms`).

21. A comma a term writes between its words (``dadurch gekennzeichnet, dass``) is one
   the text may leave out: the term is also found in ``dadurch gekennzeichnet dass``.
   A text's comma is still punctuation: a term written without one is not found across
   it (``personal data, subject to`` is no ``data subject``), nor is any term across a
   full stop, a colon or a semicolon; a glossary row that writes the comma finds both.

The module is longer than 400 lines because these twenty-one steps are one matcher: the
tokenizer, the classes and the two automata share their encodings, and splitting
them would spread one decision over several files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple, TypeVar

import ahocorasick

from aligner.check.folding import same_stress, stress, strip_accents
from aligner.check.lemmas import Forms
from aligner.check.person_forms import other_gender
from aligner.check.separable import VERB_MARK, clause_particles, inner_dots, starts_sentence
from aligner.check.units import TAG_MASK
from aligner.errors import ConfigError
from aligner.lang import NOUN_CAPITALS, get_profile, no_plural_rules, primary
from aligner.lang.linebreaks import LINE_END_HYPHEN
from aligner.textutil import LETTER, MARKS

# Runs of word characters and apostrophes, or one punctuation character; hyphens
# and whitespace separate tokens without being tokens.  (A simple character
# class is several times faster than a pattern with nested groups, and this
# runs over every unit.)  Apostrophes at the edges are trimmed afterwards.
# A masked inline tag (TAG_MASK) separates words as a space does: a term may be
# split by a tag, ``cordones {1}industriales{/1}``.  Chinese, Japanese, Thai, Lao,
# Khmer and Burmese write no spaces between words: each of their characters (a
# Thai vowel sign too) is a token of its own, so that 中国 is found in 中国是一个大国
# and นวนิยาย in ฉันอ่านนวนิยาย (a term is a run of consecutive tokens).
_CJK = ("\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
        "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff")
# Inside a word, a soft hyphen, a zero-width space or a word joiner is no break: word
# processors, layout programs and PDFs leave them there (con\u00adtrato is contrato);
# between words they are nothing.  So are the zero-width non-joiner and joiner, which
# Persian and Indic scripts spell with, typed or not (Persian می‌کند and میکند, روستا‌ها
# and روستاها; Bengali র‍্যা and র্যা): a word with one is the word without it.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_ZWNJ = "\u200c"
_INVISIBLES = re.compile(f"[{_INVISIBLE}]")
# A word of any other script takes its combining marks (Devanagari vowel signs,
# Arabic harakat, accents of a text in NFD).
# A katakana word's last kana and the prolonged sound marks that end the word (``ター``
# of ``モーター``, half width ``ﾀｰ`` too) are one token, read without the marks
# (:func:`_normal_token`): ``モータ`` and ``モーター``, ``サーバ`` and ``サーバー`` are one
# word, as JIS Z 8301 and common usage write it either way.  Inside a word the mark
# stays a letter of its own (``メーター`` is no ``メタ``).
_LONG_END = ("[\u30a1-\u30fa\u30fd-\u30ff\uff66-\uff6f\uff71-\uff9d][\uff9e\uff9f\u3099\u309a]?"
             "[\u30fc\uff70]+(?![\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f])")
_LONG_MARKS = "\u30fc"  # ー, after width folding
# A number with decimal or group marks is one token: "2" is not found in "2,50";
# digits before Latin letters are one, the letters another: CJK text writes a unit
# glued to its number (500MB).  A half-width kana takes its sound mark (ﾌﾟ is プ), and a
# kana its voicing mark written apart (NFD: ヒ and U+3099 is ビ).
_TOKEN = re.compile(rf"{_LONG_END}|[\uff66-\uff9d][\uff9e\uff9f]|[\u3041-\u30ff][\u3099\u309a]"
                    rf"|[{_CJK}]|\d+(?:[.,]\d+)+(?![^\W\d_])"
                    rf"|\d+(?=[A-Za-z\uff21-\uff3a\uff41-\uff5a])"
                    rf"|(?:[^\W{_CJK}]+|['’]+|[{MARKS}]+"
                    rf"|(?<=[\w{MARKS}])[{_INVISIBLE}](?=[\w{MARKS}]))+"
                    rf"|[^\w\s'’\-\u2010\u2011\uff0d{_INVISIBLE}{TAG_MASK}{MARKS}]")
# The most words joined by hyphens that are read as one word written solid (step 14),
# and such words in a text (for a quick look before the tokens' spans are made).
_JOINED_MAX = 4
_HYPHENATED = re.compile(r"\b\w++(?:(?:[-\u2010\u2011\uff0d]|[-\u2010\u00ad][ \t]*+"
                         r"(?:\r\n?|\n)[ \t]*+(?=[^\W\d_]))\w++)+")
# A hyphen between words, or one that ends a line before a word goes on in lower case
# (``Kündigungs-`` / ``frist``: a word hyphenated where the line broke).
_HYPHEN_CHAR = re.compile(rf"{LINE_END_HYPHEN.pattern}|[-\u2010\u2011\uff0d]")
_TRAILING_DIGITS = re.compile(r"(?<=[^\W\d_]{3})\d+$")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_HYPHEN_IN_WORD = re.compile(rf"(?<={LETTER})[-\u2010\u2011\uff0d](?=[^\W\d_])")
# A comma between two words of a term (step 21): ``dadurch gekennzeichnet, dass``.  Not
# between digits, where it is a decimal or group mark (``2,5``).
_INNER_COMMA = re.compile(r"(?<=[^\W\d_])\s*[,\u060c\uff0c]\s*(?=[^\W\d_])")
_HYPHENS = frozenset("-\u2010\u2011\u00ad\uff0d")
# Full-width ASCII is ASCII (ＮＨＫ is NHK, ３ is 3), half-width katakana full-width
# (ｱﾌﾟﾘ is アプリ): CJK text sets them either way.  Only a token's text is folded;
# its span stays the text's.
_WIDE = re.compile("[\uff01-\uffef]")
# Katakana letters and the prolonged sound mark (not the middle dot ・, which
# separates words), full and half width: a run of them is one word.
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]")
# Every token is encoded as a code of _WIDTH ASCII characters.  pyahocorasick
# scans a node's children linearly, so a small alphabet (62 letters and digits)
# keeps each step cheap; a match counts only when it starts at a code boundary.
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WIDTH = 3
_UNKNOWN = "~" * _WIDTH  # a word that is in no term
_BREAK = "|" * _WIDTH  # punctuation: no term runs across it


def _code(cls: int) -> str:
    n = len(_ALPHABET)
    if cls >= n**_WIDTH:
        raise ConfigError(f"glossary too large: more than {n**_WIDTH} distinct term words")
    return "".join(_ALPHABET[(cls // n**k) % n] for k in reversed(range(_WIDTH)))


class _Codes(dict[str, str]):
    """raw token -> code; a miss computes the code once (``__missing__`` keeps the
    common case, a known token, inside one C-level look-up)."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, raw: str) -> str:
        return self._compute(raw)


_V = TypeVar("_V")


class _Lookup(dict[str, _V]):
    """raw token -> what ``compute`` makes of it, computed once."""

    def __init__(self, compute: Callable[[str], _V]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, raw: str) -> _V:
        value = self[raw] = self._compute(raw)
        return value


def _joining(gap: str, after: str) -> bool:
    """Whether ``gap`` joins two words into one (step 14): a hyphen, or a hyphen
    ending a line before a word that goes on in lower case (``Kündigungs-`` /
    ``frist``)."""
    return (len(gap) == 1 and gap in _HYPHENS) or (
        after[0].islower() and LINE_END_HYPHEN.fullmatch(gap) is not None)


class Token(NamedTuple):
    start: int
    end: int
    text: str  # surface with a possessive stripped
    word: bool  # letters or digits (False: punctuation)


def _normal_token(raw: str) -> tuple[str, int, int] | None:
    """A raw token as a word: ``(word, characters cut at the start, at the end)``.

    Quotes made of apostrophes, an English possessive (``people's``,
    ``workers'``) and a footnote number glued to a word (``DENAS2``) are cut
    off.  None when nothing of a word is left (a lone apostrophe).
    """
    s = raw.replace("’", "'")
    if _INVISIBLES.search(s):
        s = _INVISIBLES.sub("", s)
    word = s.strip("'")
    if not word or not word[0].isalnum():
        return None if not word else (word, 0, 0)
    lead = len(s) - len(s.lstrip("'"))
    cut = len(s) - lead - len(word)
    if len(word) > 2 and word[-2] == "'" and word[-1] in "sS":
        word, cut = word[:-2], cut + 2
    m = _TRAILING_DIGITS.search(word)
    if m:
        cut += len(word) - m.start()
        word = word[:m.start()]
    word = fold_width(word)
    if len(word) > 1 and word[-1] == _LONG_MARKS and word[0] != _LONG_MARKS:
        word = word.rstrip(_LONG_MARKS)  # a katakana word's final ー (_LONG_END)
    return word, lead, cut


def fold_width(text: str) -> str:
    """``text`` with full-width ASCII as ASCII and half-width katakana as full-width
    (NFKC, for the text of one token)."""
    return unicodedata.normalize("NFKC", text) if _WIDE.search(text) else text


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of ``text`` with their character spans."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        start, end = m.span()
        word = _normal_token(raw) if raw[0].isalnum() or raw[0] in "'’" else None
        if word is None:
            tokens.append(Token(start, end, fold_width(raw), False))
        else:
            tokens.append(Token(start + word[1], end - word[2], word[0], True))
    return tokens


def raw_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as written, before :func:`word_of` normalises them (a
    caller that caches by raw token pays for normalising each distinct one once)."""
    return _TOKEN.findall(text)


def word_of(raw: str) -> str | None:
    """The word a raw token is, as :func:`tokenize` gives it; None for punctuation."""
    if not (raw[0].isalnum() or raw[0] in "'’"):
        return None
    word = _normal_token(raw)
    return word[0] if word is not None and word[0][:1].isalnum() else None


def attributive_words(tokens: Sequence[Token]) -> list[bool]:
    """Which words of a term may be an adjective before its noun: written in lower case
    and followed by another word (German ``fristlose`` in ``fristlose Kündigung``; a
    German noun is written with a capital).  Such a word takes every attributive
    ending of its language (:meth:`aligner.check.lemmas.Forms.term_forms`)."""
    return [t.word and t.text[:1].islower() and k + 1 < len(tokens) and tokens[k + 1].word
            for k, t in enumerate(tokens)]


def words_before(tokens: Sequence[Token]) -> list[str | None]:
    """The word of a term just before each of its words, lower case (None: it starts
    the term, or punctuation comes before it): an adjective after its noun agrees with
    it (:meth:`aligner.check.lemmas.Forms.term_forms`)."""
    return [tokens[k - 1].text.lower() if t.word and k and tokens[k - 1].word else None
            for k, t in enumerate(tokens)]


Separators = tuple[str, ...]  # between consecutive tokens: "-", " " or "" (adjacent)


def separators(text: str, spans: Sequence[tuple[int, int]]) -> Separators:
    """How the tokens at ``spans`` of ``text`` are separated: a hyphen, a space (any
    whitespace) or nothing."""
    out = []
    for (_, end), (start, _) in pairwise(spans):
        gap = text[end:start]
        out.append("-" if _HYPHENS.intersection(gap) else " " if gap else "")
    return tuple(out)


def _separators_of(text: str) -> Separators:
    return separators(text, [m.span() for m in _TOKEN.finditer(text)])


# A pattern's terms as the automaton stores them: its length in tokens, every
# term it is, and -- when terms of the glossary differ only in their separators
# -- which terms each way of writing it is.
_Value = tuple[int, tuple[int, ...], dict[Separators, tuple[int, ...]] | None]


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a text: character span and the indices of the terms it is."""

    start: int
    end: int
    terms: tuple[int, ...]
    length: int  # in tokens, for longest-match resolution
    article: int = 0  # characters of an elided article just before ``start`` (step 8)
    #: the span of a split verb's particles, after ``end`` in its clause (step 13)
    particle: tuple[int, int] | None = None
    #: the terms of ``terms`` whose hyphen the text writes as a space here (step 15)
    spaced: tuple[int, ...] = ()


class TermMatcher:
    """All terms of one language, compiled for fast matching.

    ``terms`` are ``(text, case_sensitive)`` pairs; a hit names the indices of
    every term with the same normalised form.  ``borrowed``: the language whose
    words ``kept`` (:func:`kept_words`; None: every term word) are, read by its
    plural rules (step 10).  ``strict_verbs``: the terms (None: all) not found in a
    function word that is a form of their verb (step 12).  ``names``: the terms found
    in their own spelling only, letter case and accents aside (step 16).
    ``capitalised``: terms found in every form of their words where each word they
    write with a capital has one (step 18).  ``persons``: nouns of person, found in
    their other gender too (step 20).
    """

    def __init__(
        self, terms: Sequence[tuple[str, bool]], *, lang: str, borrowed: str | None = None,
        kept: Collection[str] | None = None, capital_nouns: Collection[int] = (),
        strict_verbs: Collection[int] | None = None, names: Collection[int] = (),
        capitalised: Collection[int] = (), long_marks_held: bool = False,
        persons: Collection[int] = (),
    ) -> None:
        self._forms = Forms(lang)
        # a target's katakana words end on a long mark as the glossary writes them (step 1)
        self._long_marks_held = long_marks_held
        # step 17: a term typed with a spelling that stands for another is that one
        terms = [(self._forms.respelled(text)[0], case) for text, case in terms]
        rules = get_profile(borrowed).plural_rules if borrowed else no_plural_rules
        self._borrowed = no_plural_rules if rules is get_profile(lang).plural_rules else rules
        self._kept = kept
        self._kept_classes: set[int] = set()
        self._loose_classes: set[int] = set()  # step 12
        self._name_classes: set[int] = set()  # step 16: a name's words
        self._word_classes: set[int] = set()  # and the other terms' words
        self._parent: list[int] = []
        self._member: dict[str, int] = {}  # form -> class (case-insensitive)
        self._term_words: list[tuple[int, str]] = []  # (class, term word as written)
        self._exact: dict[str, int] = {}  # exact word -> class (case-sensitive)
        ci_patterns: list[_Pattern] = []
        cs_patterns: list[_Pattern] = []
        # the accents of each term's words as written, for step 7
        self._written = [tuple(stress(t.text.lower()) for t in tokenize(text) if t.word)
                         for text, _ in terms]
        # whether each katakana word of a term ends on a long mark (サーバー), step 1
        self._long_ends = [_long_ends(text) for text, _ in terms]
        # whether a term itself starts with an elided article (l'Aquila), step 8
        self._elided = [any(self._forms.elided(t.text.lower()) is not None
                            for t in tokenize(text)[:1] if t.word) for text, _ in terms]
        # step 9: which of each term's words are nouns (written with a capital); step
        # 18: every word a capitalised term writes with a capital, its first too
        self._nouns: list[tuple[bool, ...]] | None = None
        nouns = capital_nouns if primary(lang) in NOUN_CAPITALS else ()
        if nouns or capitalised:
            self._nouns = []
            for index, (text, _) in enumerate(terms):
                words = [t.text for t in tokenize(text) if t.word]
                self._nouns.append(tuple(w[:1].isupper() for w in words) if index in capitalised
                                   else () if index not in nouns else tuple(
                    w[:1].isupper() and (k > 0 or len(words) == 1)
                    for k, w in enumerate(words)))  # (): no word of it is held to case
        verbs = self._forms.verbs
        held = frozenset(capital_nouns)
        # step 15: the separators of each term written with a hyphen
        self._hyphened: dict[int, Separators] = {}
        # step 13: separable verb terms by the marked infinitive of their verb part
        self._splits: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        self._joinable = _Lookup(self._joins)  # words joined by hyphens -> step 14?
        self._split_verbs = _Lookup(self._verbs_of)  # raw token -> its split verbs
        self._plain = _Lookup(_plain_token)  # raw token -> (text, is a word)
        self._agreeing: dict[str, list[int]] = {}  # step 19: form -> one-word terms
        self._agrees = _Lookup(self._agreeing_terms)  # raw token -> those terms
        for index, (text, case_sensitive) in enumerate(terms):
            # A hyphenated term also matches written solid: pre-Bonapartism, prebonapartism;
            # a Persian term with a zero-width non-joiner spaced too (مردم‌نهاد, مردم نهاد).
            solid = _HYPHEN_IN_WORD.sub("", text)
            spaced = text.replace(_ZWNJ, " ")
            # step 21: a comma the term writes between its words the text may leave out
            uncomma = _INNER_COMMA.sub(" ", text)
            # Japanese: a verb or adjective term is found by the stem its forms share
            # (削除する in 削除してください, 美しい in 美しかった).
            name = index in names and not case_sensitive
            stems = [(stem, False) for stem in self._forms.term_stems(text)]
            contracted = [(v, False) for v in self._contraction_variants(text)]
            reflexive = [(v, False) for v in self._reflexive_variant(text)]
            # a reflexive verb is also found without its pronoun (sich anmelden)
            parts = tokenize(text)
            bare = ([(text[parts[1].start:], False)] if len(parts) == 2 and verbs.reflexive
                    and parts[0].text.lower() == verbs.reflexive else [])
            # step 20: a noun of person's other gender is a spelling of its own
            turned = other_gender(text, lang) if index in persons else None
            genders = [(turned, False)] if turned and not case_sensitive else []
            if name:  # step 16: a name has no other forms
                stems = contracted = reflexive = bare = genders = []
            for variant, written in ((text, True), (solid, False), (spaced, False),
                                     (uncomma, False), *stems,
                                     *contracted, *reflexive, *bare, *genders):
                if not written and variant == text:
                    continue
                tokens = tokenize(variant)
                if not tokens:
                    continue
                if written and "-" in _separators_of(variant):
                    self._hyphened[index] = _separators_of(variant)
                in_phrase = sum(t.word for t in tokens) > 1
                # a German noun of a forbidden rendering or source term is no verb
                verb = [not (index in held and t.text[:1].isupper()) for t in tokens]
                classes = ([self._exact_class(t.text) for t in tokens] if case_sensitive
                           else [self._name_class(t) for t in tokens] if name
                           else [self._term_class(t, attributive=a, verb=v, in_phrase=in_phrase,
                                                  after=after)
                                 for t, a, v, after in zip(tokens, attributive_words(tokens),
                                                           verb, words_before(tokens),
                                                           strict=True)])
                (cs_patterns if case_sensitive else ci_patterns).append(
                    _Pattern(classes, index, _separators_of(variant), written))
                if strict_verbs is not None and index not in strict_verbs:
                    self._loose_classes.update(classes)
                if not case_sensitive:
                    (self._name_classes if name else self._word_classes).update(classes)
                split = (verbs.separable(tokens[0].text.lower())
                         if len(tokens) == 1 and verb[0] and not case_sensitive else None)
                if split is not None and (split[0], index) not in self._splits.get(split[1], ()):
                    self._splits.setdefault(split[1], []).append((split[0], index))
            # step 19: a word of one word's other gender, found after a noun only
            one = [t for t in tokenize(text) if t.word]
            if len(one) == 1 and not case_sensitive and not name:
                for form in self._forms.agreeing(one[0].text.lower()):
                    self._agreeing.setdefault(form, []).append(index)
        self._particles = frozenset(p for specs in self._splits.values()
                                    for particles, _ in specs for p in particles)
        # step 10: the classes a text word may reach by the borrowed rules
        self._kept_roots = {self._find(c) for c in self._kept_classes}
        self._loose_roots = {self._find(c) for c in self._loose_classes}
        # a name's word that is no other term's is found in its own spelling only
        self._name_roots = ({self._find(c) for c in self._name_classes}
                            - {self._find(c) for c in self._word_classes})
        # the accents of each class's term words as written, for step 7; the words
        # themselves, for the stems of verb forms (step 12)
        self._class_accents: dict[int, set[tuple[int, bool] | None]] = {}
        self._class_words: dict[int, set[str]] = {}
        for c, word in self._term_words:
            self._class_accents.setdefault(self._find(c), set()).add(stress(word))
            self._class_words.setdefault(self._find(c), set()).add(
                unicodedata.normalize("NFC", word))
        self._ci = self._automaton(ci_patterns)
        self._cs = self._automaton(cs_patterns)
        self._ci_cache = _Codes(self._ci_char)
        self._cs_cache = _Codes(self._cs_char)
        # step 13: raw tokens with a capital whose code is a verb reading's only
        self._nouns_capital = primary(lang) in NOUN_CAPITALS and bool(verbs.endings)
        self._verb_read: set[str] = set()

    # -- building --------------------------------------------------------------

    def _new_class(self) -> int:
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def _find(self, c: int) -> int:
        while self._parent[c] != c:
            self._parent[c] = self._parent[self._parent[c]]
            c = self._parent[c]
        return c

    def _term_class(self, token: Token, *, attributive: bool = False, verb: bool = True,
                    in_phrase: bool = False, after: str | None = None) -> int:
        lower = token.text.lower()
        forms = (self._forms.term_forms(lower, attributive=attributive,
                                        capital=token.text[:1].isupper(), verb=verb,
                                        in_phrase=in_phrase, after=after)
                 if token.word else (lower,))
        borrowed = self._borrowed_forms(lower) if token.word else ()
        kept = self._borrowed is not no_plural_rules and token.word and (self._kept is None or any(
            f in self._kept for f in (strip_accents(lower), *borrowed)))
        if kept:
            forms = (*forms, *borrowed)
        classes = {self._find(self._member[f]) for f in forms if f in self._member}
        c = min(classes) if classes else self._new_class()
        for other in classes:
            self._parent[other] = c
        for f in forms:
            self._member.setdefault(f, c)
        if token.word:
            self._term_words.append((c, lower))
        if kept:
            self._kept_classes.add(c)
        return c

    def _name_class(self, token: Token) -> int:
        """The class of a word of a name (step 16): the word alone, as folded."""
        lower = token.text.lower()
        form = self._forms.fold(lower) if token.word else lower
        c = self._member.get(form)
        if c is None:
            c = self._member[form] = self._new_class()
        c = self._find(c)
        if token.word:
            self._term_words.append((c, lower))
        return c

    def _borrowed_forms(self, lower: str) -> tuple[str, ...]:
        """What the borrowed language's plural rules make of a word, folded as the
        language's own words are (step 10)."""
        return tuple(dict.fromkeys(self._forms.fold(f) for f in self._borrowed(lower)))

    def _reflexive_variant(self, text: str) -> list[str]:
        """A reflexive verb term without its pronoun (step 12): ``se connecter`` is
        also ``connecter`` (``Connectez-vous``, ``vous connecter``)."""
        words = [t for t in tokenize(text) if t.word]
        verb = self._forms.without_reflexive([t.text.lower() for t in words])
        return [] if verb is None else [text[words[verb].start:words[verb].end]]

    def _contraction_variants(self, text: str) -> list[str]:
        """``text`` with one contraction of it written in a form of another number of
        words (step 11): an elided one apart from its word (``dell'utente`` ->
        ``dell' utente``), a form of one word as one of two (``del`` -> ``de los``) and
        back."""
        words = [t for t in tokenize(text) if t.word]
        if len(words) < 2:
            return []
        lowers = [self._forms.fold(t.text.lower()) for t in words]
        out: list[str] = []
        for k, t in enumerate(words):
            rest = self._forms.elided(lowers[k])
            if rest is not None and self._forms.contracted(lowers[k][:-len(rest)]):
                cut = t.end - len(rest)
                out.append(f"{text[:cut]} {text[cut:]}")
            for form in self._forms.contracted(lowers[k]):
                if " " in form:
                    out.append(text[:t.start] + form + text[t.end:])
            for group in self._forms.contraction_groups():
                for form in group:
                    n = form.split()
                    if len(n) > 1 and lowers[k:k + len(n)] == n:
                        end = words[k + len(n) - 1].end
                        out.extend(text[:t.start] + other + text[end:] for other in group
                                   if other != form)
        return out

    def _exact_class(self, word: str) -> int:
        if word not in self._exact:
            self._exact[word] = self._new_class()
        return self._exact[word]

    def _automaton(self, patterns: list[_Pattern]) -> ahocorasick.Automaton | None:
        if not patterns:
            return None
        grouped: dict[str, list[_Pattern]] = {}
        for p in patterns:
            grouped.setdefault("".join(_code(self._find(c)) for c in p.classes), []).append(p)
        automaton = ahocorasick.Automaton()
        for key, group in grouped.items():
            indices = tuple(sorted({p.term for p in group}))
            value: _Value = (len(key) // _WIDTH, indices, _by_separators(group))
            automaton.add_word(key, value)
        automaton.make_automaton()
        return automaton

    # -- matching --------------------------------------------------------------

    # Both encoders are keyed by the raw token string: after the first sight of
    # a word, encoding it is one dictionary look-up.

    def _ci_char(self, raw: str) -> str:
        word = _normal_token(raw) if raw[0].isalnum() or raw[0] in "'’" else None
        if word is None:
            char = self._member_char((fold_width(raw),), own=fold_width(raw)) or _BREAK
        else:
            lower = word[0].lower()
            forms = self._forms.text_forms(lower)
            accent = stress(lower)
            found = self._member_char(forms, accent, own=forms[0])
            if found is not None and self._nouns_capital and word[0][:1].isupper() and (
                    found != self._member_char([f for f in forms if not f.endswith(VERB_MARK)],
                                               accent, own=forms[0])):
                self._verb_read.add(raw)  # a verb form only: no noun (step 13)
            char = (found or self._verb_char(lower)
                    or self._member_char(self._borrowed_forms(lower), accent, kept=True)
                    or _UNKNOWN)
        self._ci_cache[raw] = char
        return char

    def _verb_char(self, lower: str) -> str | None:
        """The code of the class of the first verb term a text word may be a form of
        (step 12) -- passing over one whose stem the word writes with a stress accent
        the term does not (``título`` is no form of ``titular``)."""
        loose = bool(self._loose_roots) and self._forms.is_function_word(lower)
        for verb, stem in self._forms.verb_forms(lower, function_words=loose):
            c = self._member.get(self._forms.fold(verb))
            if c is None:
                continue
            root = self._find(c)
            if (loose and root not in self._loose_roots) or root in self._name_roots:
                continue  # a name is no verb's form either (step 16)
            if stem and stress(stem) is not None and not any(
                    w.startswith(stem) for w in self._class_words.get(root, ())):
                continue
            return _code(root)
        return None

    def _member_char(self, forms: Sequence[str], accent: tuple[int, bool] | None = None,
                     *, kept: bool = False, own: str | None = None) -> str | None:
        """The code of the first form's class -- passing over a class whose term words
        all write their accents otherwise than the text word (step 7), with ``kept``
        a class of no kept word (step 10), and a name's by a form that is not the
        word's ``own`` (step 16: ``Daniels`` is no ``Daniel``)."""
        for f in forms:
            c = self._member.get(f)
            if c is None:
                continue
            root = self._find(c)
            if (kept and root not in self._kept_roots) or (
                    f != own and root in self._name_roots):
                continue
            if accent is not None and not any(
                    same_stress(a, accent) for a in self._class_accents.get(root, ())):
                continue
            return _code(root)
        return None

    def _cs_char(self, raw: str) -> str:
        word = _normal_token(raw) if raw[0].isalnum() or raw[0] in "'’" else None
        text = fold_width(raw) if word is None else word[0]
        c = self._exact_of(text)
        if c is None and word is not None:
            # after an elided article, the word as written (l'ONG, dell'ONU: step 8)
            rest = self._forms.elided(text.lower())
            c = self._exact_of(text[len(text) - len(rest):]) if rest else None
        char = _code(self._find(c)) if c is not None else _BREAK if word is None else _UNKNOWN
        self._cs_cache[raw] = char
        return char

    def _exact_of(self, text: str) -> int | None:
        """The class of a case-sensitive term word ``text`` is, or whose acronym's plural
        it is (``JAPs``)."""
        c = self._exact.get(text)
        if c is None and _ACRONYM_PLURAL.fullmatch(text):
            c = self._exact.get(text[:-1])
        return c

    def find(self, text: str, *, overlapping: bool = False) -> list[Hit]:
        """Terms in ``text`` in text order; longest match wins unless ``overlapping``.
        The text is read with the spellings its language lists as typed for others as
        those (step 17), and a hit's span is where its words are in ``text``."""
        plain, origin = self._forms.respelled(text)
        hits = self._hits(plain, overlapping=overlapping)
        if origin is None:
            return hits
        return [replace(h, start=origin[h.start], end=origin[h.end - 1] + 1,
                        particle=None if h.particle is None else
                        (origin[h.particle[0]], origin[h.particle[1] - 1] + 1))
                for h in hits]

    def _hits(self, text: str, *, overlapping: bool = False) -> list[Hit]:
        raws = _TOKEN.findall(text)
        raw_hits: list[_RawHit] = []  # (first token, length, terms, terms by separators)
        spans: list[tuple[int, int]] = []
        if self._ci is not None:
            encoded = "".join(map(self._ci_cache.__getitem__, raws))
            raw_hits.extend(_aligned(self._ci.iter(encoded)))
            if _HYPHEN_CHAR.search(text) and any(
                    map(self._joinable.__getitem__, _HYPHENATED.findall(text))):
                spans = [m.span() for m in _TOKEN.finditer(text)]
                raw_hits.extend(self._joined_hits(text, raws, spans, encoded, raw_hits))
        if self._cs is not None:
            encoded = "".join(map(self._cs_cache.__getitem__, raws))
            raw_hits.extend(_aligned(self._cs.iter(encoded)))
        if self._agreeing:
            raw_hits.extend(self._agreeing_hits(text, raws))
        verbs_at = [(k, v) for k, v in enumerate(map(self._split_verbs.__getitem__, raws))
                    if v] if self._splits else []
        if verbs_at and self._particles.isdisjoint(self._plain[raw][0] for raw in raws):
            verbs_at = []  # no particle, no split verb
        if not raw_hits and not verbs_at:
            return []
        # Spans only for units with a hit, and trimmed only at the hit's edges.
        spans = spans or [m.span() for m in _TOKEN.finditer(text)]
        raw_hits = [r for r in raw_hits if not _in_katakana_word(
            text, spans[r[0]][0], spans[r[0] + r[1] - 1][1])]
        if not overlapping:
            raw_hits = _longest_first(raw_hits)
        hits = []
        words: list[tuple[str, bool]] = []  # for starts_sentence, made when needed
        for first, length, terms, written in raw_hits:
            start, _ = spans[first]
            last_start, end = spans[first + length - 1]
            if self._verb_read and any(raws[k] in self._verb_read and not starts_sentence(
                    words or (words := list(map(self._plain.__getitem__, raws))), k)
                    for k in range(first, first + length)):
                continue  # a noun, written with a capital inside its sentence (step 13)
            if written is not None:
                terms = written.get(separators(text, spans[first:first + length]), terms)
            raw_words = [text[a:b] for a, b in spans[first:first + length]]
            terms = self._accents_agree(terms, raw_words)
            if self._long_marks_held:
                ends = _long_ends(text[start:end])
                terms = tuple(t for t in terms if self._long_ends[t] == ends)
            elif len(terms) > 1:
                terms = self._long_marks_agree(terms, text[start:end])
            if self._nouns is not None and terms:
                terms = self._capitals_agree(terms, raw_words)
            if not terms:
                continue
            head = _normal_token(text[start:spans[first][1]])
            tail = _normal_token(text[last_start:end])
            article = self._article(head[0], terms) if head else 0
            spaced = self._spaced(terms, text, spans[first:first + length]) \
                if self._hyphened else ()
            hits.append(Hit(start + (head[1] if head else 0) + article,
                            end - (tail[2] if tail else 0), terms, length, article,
                            spaced=spaced))
        if verbs_at:
            split = self._split_hits(raws, spans, verbs_at)
            if not overlapping:  # the verb part alone is no hit where the verb is split
                verb_spans = {(h.start, h.end) for h in split}
                hits = [h for h in hits if (h.start, h.end) not in verb_spans]
            hits += split
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _agreeing_terms(self, raw: str) -> tuple[int, ...]:
        """The one-word terms a raw token is another gender of (step 19)."""
        word = _normal_token(raw) if raw[0].isalnum() else None
        if word is None:
            return ()
        if self._forms.elided(word[0].lower()) is not None:
            return ()  # after an elided article: a noun (l'uscita)
        forms = self._forms.text_forms(word[0].lower())
        return tuple(dict.fromkeys(t for f in forms for t in self._agreeing.get(f, ())))

    def _agreeing_hits(self, text: str, raws: Sequence[str]) -> Iterator[_RawHit]:
        """Hits of one-word terms in another gender right after a word that is no
        function word, a space between (step 19: ``cápsula revestida``)."""
        spans: list[tuple[int, int]] = []
        for k in range(1, len(raws)):
            terms = self._agrees[raws[k]]
            if not terms or not raws[k - 1][0].isalpha():
                continue
            spans = spans or [m.span() for m in _TOKEN.finditer(text)]
            before = _normal_token(raws[k - 1])
            if (before is not None and text[spans[k - 1][1]:spans[k][0]].isspace()
                    and self._forms.agrees_after(before[0].lower())):
                yield k, 1, terms, None

    def _spaced(self, terms: tuple[int, ...], text: str,
                spans: Sequence[tuple[int, int]]) -> tuple[int, ...]:
        """The terms of a hit with a hyphen that the text writes as a space (step 15:
        ``E-Mail Adresse`` for ``E-Mail-Adresse``)."""
        found: Separators | None = None
        spaced = []
        for t in terms:
            own = self._hyphened.get(t)
            if own is None:
                continue
            found = found or separators(text, spans)
            if len(own) == len(found) and any(
                    a == "-" and b == " " for a, b in zip(own, found, strict=True)):
                spaced.append(t)
        return tuple(spaced)

    def _joins(self, hyphenated: str) -> bool:
        """Whether words joined by hyphens make a term word written solid (step 14;
        what :meth:`_joined_hits` then finds)."""
        parts = _HYPHEN_CHAR.split(hyphenated)
        return any(self._ci_cache["".join(parts[a:b])] not in (_UNKNOWN, _BREAK)
                   for a in range(len(parts) - 1)
                   for b in range(a + 2, min(a + _JOINED_MAX, len(parts)) + 1))

    def _joined_hits(self, text: str, raws: Sequence[str], spans: Sequence[tuple[int, int]],
                     encoded: str, found: Sequence[_RawHit]) -> list[_RawHit]:
        """Terms found where the text hyphenates a word the glossary writes solid
        (step 14, ``Log-off`` for ``logoff``): each run of two to four words joined by
        hyphens is read as one word, when that word is a term word; a hit must take
        it in, and is no hit where the words as written are one at the same place."""
        joined_next = [k + 1 < len(raws) and raws[k][0].isalnum() and raws[k + 1][0].isalnum()
                       and _joining(text[spans[k][1]:spans[k + 1][0]], raws[k + 1])
                       for k in range(len(raws))]
        taken = {(r[0], r[1]) for r in found}
        automaton = self._ci
        assert automaton is not None
        hits: list[_RawHit] = []
        for a in range(len(raws)):
            b = a
            while b < a + _JOINED_MAX - 1 and joined_next[b]:
                b += 1
                code = self._ci_cache["".join(raws[a:b + 1])]
                if code in (_UNKNOWN, _BREAK):
                    continue
                alt = encoded[:a * _WIDTH] + code + encoded[(b + 1) * _WIDTH:]
                alt_spans = [*spans[:a], (spans[a][0], spans[b][1]), *spans[b + 1:]]
                for first, length, terms, written in _aligned(automaton.iter(alt)):
                    if not first <= a < first + length:
                        continue
                    if written is not None:
                        terms = written.get(separators(text, alt_spans[first:first + length]),
                                            terms)
                    # the alternative's tokens after a stand b - a further on
                    if (first, length + b - a) not in taken:
                        hits.append((first, length + b - a, terms, None))
        return hits

    def _verbs_of(self, raw: str) -> tuple[str, ...]:
        """The marked infinitives of split verb terms that a raw token may be a form of
        (step 13)."""
        word = word_of(raw)
        return () if word is None else tuple(
            f for f in self._forms.text_forms(word.lower()) if f in self._splits)

    def _split_hits(self, raws: Sequence[str], spans: Sequence[tuple[int, int]],
                    verbs_at: Iterable[tuple[int, tuple[str, ...]]]) -> list[Hit]:
        """Separable verb terms split in a main clause (step 13): a form of the verb
        part, in lower case or first in its sentence, and the particles last in its
        clause.  A hit spans the verb form, its :attr:`Hit.particle` the particles."""
        tokens = inner_dots(spans, list(map(self._plain.__getitem__, raws)))
        found: dict[tuple[int, int, int], list[int]] = {}
        for k, verbs in verbs_at:
            if raws[k][:1].isupper() and not starts_sentence(tokens, k):
                continue
            for verb in verbs:
                for particles, term in self._splits[verb]:
                    at = clause_particles(tokens, k, particles, self._forms.verbs.conjunctions)
                    if at is not None:
                        found.setdefault((k, at, len(particles)), []).append(term)
        hits = []
        for (k, at, n), terms in found.items():
            head = _normal_token(raws[k])
            start, end = spans[k]
            if head is not None:
                start, end = start + head[1], end - head[2]
            hits.append(Hit(start, end, tuple(sorted(set(terms))), 1 + n,
                            particle=(spans[at][0], spans[at + n - 1][1])))
        return hits

    def _article(self, word: str, terms: tuple[int, ...]) -> int:
        """The length of the elided article ``word`` starts with (``all'`` of
        ``all'usuario``), which is no part of the term found there (step 8); 0 when it
        has none, or when a term of the hit starts with one itself."""
        rest = self._forms.elided(word.lower())
        if rest is None or any(self._elided[t] for t in terms):
            return 0
        return len(word) - len(rest)

    def _capitals_agree(self, terms: tuple[int, ...], raws: list[str]) -> tuple[int, ...]:
        """The terms of a hit none of whose nouns is a lower-case word of the text
        (step 9)."""
        assert self._nouns is not None
        # a word with a capital inside (eMail, a noun styled as a brand) is no
        # lower-case word: a forbidden Email is found in it
        lower = [w[0][:1].islower() and not any(c.isupper() for c in w[0])
                 for r in raws if (w := _normal_token(r)) is not None]
        return tuple(t for t in terms if len(self._nouns[t]) != len(lower) or not any(
            noun and low for noun, low in zip(self._nouns[t], lower, strict=True)))

    def _accents_agree(self, terms: tuple[int, ...], raws: list[str]) -> tuple[int, ...]:
        """The terms of a hit whose written accents do not tell them apart from the
        text's words (step 7)."""
        words = [w[0].lower() for r in raws if (w := _normal_token(r)) is not None]
        shapes = [stress(w) for w in words]
        if all(shape is None for shape in shapes):
            return terms
        return tuple(t for t in terms if len(self._written[t]) != len(words) or all(
            same_stress(a, shape) for a, shape in zip(self._written[t], shapes, strict=True)))


    def _long_marks_agree(self, terms: tuple[int, ...], written: str) -> tuple[int, ...]:
        """The terms of a hit that end their katakana words on a long mark where the
        text does (step 1), if any does: beside a preferred ``モーター``, a forbidden
        ``モータ`` is found only as written."""
        ends = _long_ends(written)
        agree = tuple(t for t in terms if self._long_ends[t] == ends)
        return agree or terms


def _long_ends(text: str) -> tuple[bool, ...]:
    """Whether each katakana word of ``text`` ends on a long mark (``ー``)."""
    return tuple(m.group().endswith(_LONG_MARKS)
                 for m in _KATAKANA_RUN.finditer(fold_width(text)))


_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc-\u30ff]+")


class _Pattern(NamedTuple):
    classes: list[int]
    term: int  # the term's index
    separators: Separators
    written: bool  # as the glossary writes it (False: the solid variant of a hyphenated term)


def _by_separators(group: Sequence[_Pattern]) -> dict[Separators, tuple[int, ...]] | None:
    """Terms of one pattern by how they are written, when that tells them apart.

    None when every way of writing the pattern is every one of its terms (the
    usual case: one term, or terms that are the same words written alike).
    """
    written: dict[Separators, set[int]] = {}
    for p in group:
        if p.written:
            written.setdefault(p.separators, set()).add(p.term)
    table = {sep: set(indices) for sep, indices in written.items()}
    for p in group:
        if not p.written and p.separators not in written:  # a solid variant no term claims
            table.setdefault(p.separators, set()).add(p.term)
    every = {p.term for p in group}
    if all(indices == every for indices in table.values()):
        return None
    return {sep: tuple(sorted(indices)) for sep, indices in table.items()}


_RawHit = tuple[int, int, tuple[int, ...], dict[Separators, tuple[int, ...]] | None]


def _aligned(matches: Iterable[tuple[int, _Value]]) -> Iterator[_RawHit]:
    """``(first token, length in tokens, terms, terms by separators)`` of matches
    starting on a token code."""
    for last, (length, terms, written) in matches:
        start = last + 1 - length * _WIDTH
        if start % _WIDTH == 0:
            yield start // _WIDTH, length, terms, written


def _in_katakana_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends inside a longer run of katakana:
    ``ログ`` in ``ログイン``, ``アプリ`` in ``アプリケーション`` are other words."""
    return bool((start > 0 and _KATAKANA.match(text, start) and _KATAKANA.match(text, start - 1))
                or (end < len(text) and _KATAKANA.match(text, end - 1)
                    and _KATAKANA.match(text, end)))


def _longest_first(raw: list[_RawHit]) -> list[_RawHit]:
    """Keep non-overlapping hits, preferring longer ones, then earlier ones; hits of the
    very same words (a term found ignoring case and one found in its case: ``marzo``
    and a case-sensitive ``Marzo``) are one hit of both terms."""
    taken: set[int] = set()
    kept: list[_RawHit] = []
    at: dict[tuple[int, int], int] = {}
    for hit in sorted(raw, key=lambda r: (-r[1], r[0])):
        if (same := at.get((hit[0], hit[1]))) is not None:
            first, length, terms, written = kept[same]
            kept[same] = (first, length, tuple(dict.fromkeys((*terms, *hit[2]))), written)
            continue
        span = range(hit[0], hit[0] + hit[1])
        if any(i in taken for i in span):
            continue
        taken.update(span)
        at[hit[0], hit[1]] = len(kept)
        kept.append(hit)
    return kept


def kept_words(terms: Iterable[str], lang: str) -> frozenset[str]:
    """The words of ``terms`` (a glossary's source terms) and their singulars by
    ``lang``'s plural rules, accent-free and lower case: the words a target that
    keeps them may inflect ``lang``'s way (:class:`TermMatcher`, step 10)."""
    rules = get_profile(lang).plural_rules
    return frozenset(strip_accents(f) for term in terms for t in tokenize(term) if t.word
                     for f in (t.text.lower(), *rules(t.text.lower())))


def _plain_token(raw: str) -> tuple[str, bool]:
    """A raw token as a (text, is a word) pair, a word lower case and accent-free, for
    :mod:`aligner.check.separable`."""
    word = word_of(raw)
    return (strip_accents(word.lower()), True) if word else (raw, False)


def hit_text(text: str, hit: Hit) -> str:
    """The words of ``text`` a hit found: a split verb's form, an ellipsis and its
    particles (``Melden … an``)."""
    found = text[hit.start:hit.end]
    return found if hit.particle is None else f"{found} … {text[slice(*hit.particle)]}"


def normalise_term(text: str) -> str:
    """A display-independent key for a term: accent-free, lower case, single-spaced."""
    return " ".join(strip_accents(t.text.lower()) for t in tokenize(text))
