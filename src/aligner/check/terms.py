"""Find glossary terms in text: normalising tokenizer + Aho-Corasick over word classes.

How a match is decided
----------------------
1. The tokenizer splits text into *words* (letters with inner apostrophes,
   ``coup d'état``), *numbers* and *punctuation*.  Whitespace of any kind and
   hyphens are skipped, so ``Cívico-Militar``, ``cívico militar`` and a term
   broken over a line all give the same word sequence.  Punctuation is kept as
   a token and breaks a match: ``vía «democrática»`` is not ``vía democrática``.
   An English possessive ``'s``/``'`` is dropped (``people's power``).
2. Each word of every glossary term gets a *class*: the set of its candidate
   base forms (:class:`~aligner.check.lemmas.Forms`), accent-free and lower
   case.  Term words that share a form share a class (union-find).
3. A text word is encoded as the class of the first of its own candidate forms
   that belongs to a class, or as "unknown"; each class is one character, so a
   unit becomes a short string and every term a short pattern, and one
   Aho-Corasick automaton finds all terms in one pass, whatever their number.
4. Terms written in capitals (or marked ``case sensitive``) go to a second
   automaton over exact word forms; an acronym also matches its ``s`` plural
   (``JAPs``) but never a longer word (``JAPAN``).
5. Overlapping hits are resolved longest first: a term inside a longer term
   found at the same place is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from aligner.check.lemmas import Forms, strip_accents

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?|\d+|[^\w\s\-\u2010\u2011\u00ad]|_")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")
_UNKNOWN = "\x01"
_BREAK = "\x02"
_FIRST_CLASS = 0x100  # class characters start above the two markers


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # surface with a possessive stripped
    word: bool  # letters or digits (False: punctuation)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of ``text`` with their character spans."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        s = m.group()
        start, end = m.span()
        if s[0].isalnum():
            s = s.replace("’", "'")
            if s[-1] == "'":
                s, end = s[:-1], end - 1
            elif len(s) > 2 and s[-2] == "'" and s[-1] in "sS":
                s, end = s[:-2], end - 2
            tokens.append(Token(start, end, s, True))
        else:
            tokens.append(Token(start, end, s, False))
    return tokens


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a text: character span and the indices of the terms it is."""

    start: int
    end: int
    terms: tuple[int, ...]
    length: int  # in tokens, for longest-match resolution


class TermMatcher:
    """All terms of one language, compiled for fast matching.

    ``terms`` are ``(text, case_sensitive)`` pairs; a hit names the indices of
    every term with the same normalised form.
    """

    def __init__(
        self, terms: Sequence[tuple[str, bool]], *, lang: str, borrowed: str | None = None
    ) -> None:
        self._forms = Forms(lang, borrowed=borrowed)
        self._parent: list[int] = []
        self._member: dict[str, int] = {}  # form -> class (case-insensitive)
        self._exact: dict[str, int] = {}  # exact word -> class (case-sensitive)
        ci_patterns: list[tuple[list[int], int]] = []
        cs_patterns: list[tuple[list[int], int]] = []
        for index, (text, case_sensitive) in enumerate(terms):
            # A hyphenated term also matches written solid: pre-Bonapartism, prebonapartism.
            variants = {text, _HYPHEN_IN_WORD.sub("", text)}
            for variant in variants:
                tokens = tokenize(variant)
                if not tokens:
                    continue
                if case_sensitive:
                    cs_patterns.append(([self._exact_class(t.text) for t in tokens], index))
                else:
                    ci_patterns.append(([self._term_class(t) for t in tokens], index))
        self._ci = self._automaton(ci_patterns)
        self._cs = self._automaton(cs_patterns)
        self._ci_cache: dict[str, str] = {}
        self._cs_cache: dict[str, str] = {}

    # -- building --------------------------------------------------------------

    def _new_class(self) -> int:
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def _find(self, c: int) -> int:
        while self._parent[c] != c:
            self._parent[c] = self._parent[self._parent[c]]
            c = self._parent[c]
        return c

    def _term_class(self, token: Token) -> int:
        lower = token.text.lower()
        forms = self._forms.term_forms(lower) if token.word else (lower,)
        classes = {self._find(self._member[f]) for f in forms if f in self._member}
        c = min(classes) if classes else self._new_class()
        for other in classes:
            self._parent[other] = c
        for f in forms:
            self._member.setdefault(f, c)
        return c

    def _exact_class(self, word: str) -> int:
        if word not in self._exact:
            self._exact[word] = self._new_class()
        return self._exact[word]

    def _automaton(self, patterns: list[tuple[list[int], int]]) -> ahocorasick.Automaton | None:
        if not patterns:
            return None
        grouped: dict[str, list[int]] = {}
        for classes, index in patterns:
            key = "".join(chr(_FIRST_CLASS + self._find(c)) for c in classes)
            grouped.setdefault(key, []).append(index)
        automaton = ahocorasick.Automaton()
        for key, indices in grouped.items():
            indices = sorted(set(indices))
            automaton.add_word(key, (len(key), tuple(indices)))
        automaton.make_automaton()
        return automaton

    # -- matching --------------------------------------------------------------

    def _ci_char(self, token: Token) -> str:
        char = self._ci_cache.get(token.text)
        if char is None:
            char = _UNKNOWN if token.word else _BREAK
            lower = token.text.lower()
            forms = self._forms.text_forms(lower) if token.word else (lower,)
            for f in forms:
                c = self._member.get(f)
                if c is not None:
                    char = chr(_FIRST_CLASS + self._find(c))
                    break
            self._ci_cache[token.text] = char
        return char

    def _cs_char(self, token: Token) -> str:
        char = self._cs_cache.get(token.text)
        if char is None:
            word = token.text
            c = self._exact.get(word)
            if c is None and _ACRONYM_PLURAL.fullmatch(word):
                c = self._exact.get(word[:-1])
            if c is not None:
                char = chr(_FIRST_CLASS + self._find(c))
            else:
                char = _UNKNOWN if token.word else _BREAK
            self._cs_cache[token.text] = char
        return char

    def find(self, text: str, *, overlapping: bool = False) -> list[Hit]:
        """Terms in ``text`` in text order; longest match wins unless ``overlapping``."""
        if self._ci is None and self._cs is None:
            return []
        tokens = tokenize(text)
        raw: list[tuple[int, int, tuple[int, ...]]] = []  # (first token, length, terms)
        for automaton, encode in ((self._ci, self._ci_char), (self._cs, self._cs_char)):
            if automaton is None:
                continue
            encoded = "".join(encode(t) for t in tokens)
            for last, (length, terms) in automaton.iter(encoded):
                raw.append((last - length + 1, length, terms))
        if not raw:
            return []
        if not overlapping:
            raw = _longest_first(raw)
        hits = [
            Hit(tokens[first].start, tokens[first + length - 1].end, terms, length)
            for first, length, terms in raw
        ]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _longest_first(
    raw: list[tuple[int, int, tuple[int, ...]]],
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Keep non-overlapping hits, preferring longer ones, then earlier ones."""
    taken: set[int] = set()
    kept: list[tuple[int, int, tuple[int, ...]]] = []
    for first, length, terms in sorted(raw, key=lambda r: (-r[1], r[0])):
        span = range(first, first + length)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append((first, length, terms))
    return kept


def normalise_term(text: str) -> str:
    """A display-independent key for a term: accent-free, lower case, single-spaced."""
    return " ".join(strip_accents(t.text.lower()) for t in tokenize(text))
