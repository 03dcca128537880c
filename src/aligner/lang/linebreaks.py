"""How two lines of a paragraph join: hyphenation and dashes at a line end, and the
space a line break stands for.  The PDF reader joins a paragraph's lines with it
(:mod:`aligner.readers.pdflayout`, step 4), an export with ``--unwrap`` the lines of a
hard-wrapped plain text (:mod:`aligner.formats.unwrap`), and the term checks read a
word hyphenated at a line end as one (:data:`LINE_END_HYPHEN`).

A word broken at a line end with a hyphen and going on in lower case is joined
(``revolu-`` + ``cionario``) unless the evidence says the hyphen is real.  The
document's own use decides first: the hyphenated form inside a line elsewhere keeps
the hyphen, the joined form elsewhere joins.  Otherwise a unigram model of the
language (a word list with log probabilities) chooses the likelier reading, each word
looked up as written and in lower case (the list has German nouns with their capital:
``Leinen-``/``tuch`` is ``Leinentuch``, one known word, where ``leinentuch`` is none
and ``Leinen`` and ``tuch`` are two).  A language without such a list (French,
Italian, Portuguese, Catalan, ...) asks its lemma table's words and its function words
(``stopwords.txt``) instead, known against unknown: a hyphen stays where both parts are
words and the joined form is none (Portuguese ``quinta-``/``feira``, ``segue-``/``se``,
French ``peut-``/``être``), and goes where the joined form is a word -- or a word and
one of the language's endings that make words (``suffixes.txt``: the tables list no
adverbs, and ``constante-``/``mente`` is ``constantemente``).  Where
the word list knows neither the joined word nor both parts -- always, for a language
without one -- the document's vocabulary decides: the hyphen
is a compound's own (``nord-``/``est``, ``après-``/``midi``) if both parts are words
it writes whole elsewhere (a piece broken at a line end does not count), else the
word is joined (``gouver-``/``nement``).  A hyphen before a word that suspends it
(the language's ``suspended.txt``: German ``und``, ``oder``) is the first part of a
compound left open, and keeps its hyphen and a space (``Be-``/``und`` is ``Be- und``,
as in ``Be- und Entladen``).  A soft
hyphen (U+00AD) is always joined.  A word cut with no hyphen where a table's cell
was too narrow for it (``Patientengrup``/``pe``) is joined only where the document
writes the whole word or the word list finds it likelier than the two pieces; unsure,
the pieces keep a space (:meth:`Breaks.cut`).  A dash at a line end is followed by a space when
the document puts one after a dash that closes an aside more often than not.
Chinese and Japanese wrap without a space: in a paragraph of Chinese or Japanese, a
full line's break with such a character on either side is no space (``1,150``/``万元``,
``高速``/``GPU``, ``Google``/``との``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, cached_property

from aligner.lang.base import SUSPENDED_DATA
from aligner.lang.frequencies import lexeme_log_probs
from aligner.textutil import is_wide

#: A hyphen ending a line (spaces around the break allowed): where a plain text
#: hyphenated a word as its line broke (``Kündigungs-`` / ``frist``).
LINE_END_HYPHEN = re.compile(r"[-\u2010\u00ad][ \t]*(?:\r\n?|\n)[ \t]*")

_WORD_END = re.compile(r"(\w+)[-\u2010\u00ad]$")
_WORD_START = re.compile(r"^(\w+)")
_LAST_WORD = re.compile(r"(\w+)$")
_HYPHENATED = re.compile(r"\b(\w+)[-\u2010](\w+)\b")
_WORDS = re.compile(r"\w+")
_DASH_SPACED = re.compile(r"\w[—–] \w")
_DASH_TIGHT = re.compile(r"\w[—–]\w")

# A word's log probability in the language (None for a word not in the word list).
Lexicon = Callable[[str], float | None]
_UNKNOWN = float("-inf")


def is_cjk(text: str) -> bool:
    """Whether ``text`` is Chinese or Japanese: most of its letters and digits are
    wide characters."""
    chars = [c for c in text if c.isalnum()]
    return 2 * sum(map(is_wide, chars)) > len(chars)


def _whole_words(texts: Sequence[str]) -> set[str]:
    """The words of ``texts`` (lines, in reading order), lower-cased, less the pieces
    of words broken at a line end: a line's last word before a hyphen and the next
    line's first."""
    whole: set[str] = set()
    broken = False
    for t in texts:
        found = [m.group().lower() for m in _WORDS.finditer(t)]
        if broken:
            found = found[1:]
        broken = _WORD_END.search(t) is not None
        whole.update(found[:-1] if broken else found)
    return whole


# Log probability given to a word known only from the lemma tables (languages whose
# spacy-lookups-data has no lexeme_prob table): any constant does, since only
# known against unknown is compared then.
_LEMMA_ONLY = -20.0


@cache
def _known(code: str) -> frozenset[str]:
    """A language's words when it has no ``lexeme_prob`` table: the forms and lemmas of
    spacy-lookups-data's lemma table (:func:`~aligner.check.lemma_tables.known_words`;
    Portuguese about 900,000) and its function words (``stopwords.txt``: the table
    lacks Portuguese ``se``, the clitic of ``segue-se``); empty for a language with
    neither."""
    from aligner.check.lemma_tables import known_words
    from aligner.lang import STOPWORDS_DATA, get_profile

    return known_words(code) | {w.lower() for w in get_profile(code).word_list(STOPWORDS_DATA)}


@cache
def _suffixes(code: str) -> tuple[str, ...]:
    """The endings that make a word of a word (``suffixes.txt``: Portuguese ``mente``)."""
    from aligner.lang import SUFFIXES_DATA, get_profile

    return tuple(w.lower() for w in get_profile(code).word_list(SUFFIXES_DATA))


class WordLexicon:
    """A language's word log probabilities (a :data:`Lexicon`), loaded at the first
    question (a text without hyphens at line ends never asks)."""

    def __init__(self, lang: str) -> None:
        from aligner.lang import get_profile

        self.code = get_profile(lang).code

    def __call__(self, word: str) -> float | None:
        table = lexeme_log_probs(self.code)
        if table is not None:
            return table.get(word)
        known = _known(self.code)
        if word in known or any(word.endswith(end) and word[:-len(end)] in known
                                for end in _suffixes(self.code)):
            return _LEMMA_ONLY  # an adverb is no lemma: constantemente from constante
        return None


def suspending_words(lang: str) -> frozenset[str]:
    """The words after which a hyphen suspends a compound (``suspended.txt``: German
    ``und``, ``oder``), lower case; none for a language without the file."""
    from aligner.lang import get_profile

    return frozenset(w.lower() for w in get_profile(lang).word_list(SUSPENDED_DATA))


class Breaks:
    """How two lines of a paragraph join (the module docstring): hyphenation and dashes,
    decided on the evidence of the document itself and the language's word list;
    ``suspending``: the words after which a line-end hyphen is a suspended one
    (:func:`suspending_words`)."""

    def __init__(self, texts: Sequence[str], log_prob: Lexicon,
                 suspending: frozenset[str] = frozenset()) -> None:
        self.texts = texts
        self.suspending = suspending
        self.log_prob = log_prob

    # The document's evidence is gathered at the first question that needs it: a
    # text with no hyphen or dash at a line end never asks (most of a wrapped text).
    @cached_property
    def hyphenated(self) -> set[str]:
        return {f"{m.group(1)}-{m.group(2)}".lower()
                for t in self.texts for m in _HYPHENATED.finditer(t)}

    @cached_property
    def words(self) -> set[str]:
        return {w.lower() for t in self.texts for w in _WORDS.findall(t)}

    @cached_property
    def whole(self) -> set[str]:
        return _whole_words(self.texts)

    @cached_property
    def dash_space(self) -> bool:
        """Does the document put a space after a dash closing an aside ("—el
        tanquetazo— que" in Spanish) or not ("road—is" in English)?  Counted inside
        lines."""
        spaced = sum(len(_DASH_SPACED.findall(t)) for t in self.texts)
        tight = sum(len(_DASH_TIGHT.findall(t)) for t in self.texts)
        return spaced > tight

    def _p(self, word: str) -> float:
        """The log probability of ``word`` as written or in lower case, the likelier:
        German writes its nouns with a capital, and its word list has ``Leinentuch``
        and ``Tuch`` where ``leinentuch`` is no word and ``tuch`` a rare one."""
        found = [p for p in (self.log_prob(word), self.log_prob(word.lower())) if p is not None]
        return max(found, default=_UNKNOWN)

    def hyphenation(self, line: str, nxt: str) -> bool:
        """Whether ``line`` ends in a word broken by hyphenation that ``nxt`` completes."""
        end, start = _WORD_END.search(line), _WORD_START.match(nxt)
        if end is None or start is None or not nxt[0].islower():
            return False
        if line.endswith("\u00ad"):
            return True
        written, after = end.group(1), start.group(1)
        if self.suspended(line, nxt):
            return False
        left, right = written.lower(), after.lower()
        if f"{left}-{right}" in self.hyphenated:
            return False  # the document writes it with a hyphen
        joined = left + right
        if joined in self.words:
            return True  # the document writes it as one word
        # A unigram model's choice: one word, or two words seen independently.
        one, two = self._p(written + after), self._p(written) + self._p(after)
        if one == two == _UNKNOWN:
            # The word list knows neither the joined word nor both parts (always, for
            # a language without one; French ``nord``, no lemma table form): a
            # compound's own hyphen if both parts are words the document writes whole
            # elsewhere (``nord-``/``est``), else a hyphenation.
            return not (left in self.whole and right in self.whole)
        return one > two

    def cut(self, line: str, nxt: str) -> bool:
        """Whether ``line``, which its box's edge ended inside a word with no hyphen (a
        table's cell too narrow for the word, :mod:`aligner.readers.pdftables`), ends
        in a piece of a word that ``nxt`` completes (``Patientengrup`` / ``pe``): ``nxt``
        goes on in lower case and the document writes the joined word, or the word list
        makes it likelier than the two pieces as words.  Unsure, the two stay words."""
        end, start = _LAST_WORD.search(line), _WORD_START.match(nxt)
        if end is None or start is None or not nxt[0].islower():
            return False
        written, after = end.group(1), start.group(1)
        if (written + after).lower() in self.words:
            return True
        one = self._p(written + after)
        return one != _UNKNOWN and one > self._p(written) + self._p(after)

    def suspended(self, line: str, nxt: str) -> bool:
        """Whether ``line`` ends in a hyphen that suspends a compound before the
        word that starts ``nxt`` (``Be-`` / ``und Entladen``)."""
        start = _WORD_START.match(nxt)
        return (start is not None and start.group(1).lower() in self.suspending
                and line.endswith(("-", "\u2010")) and _WORD_END.search(line) is not None)

    def join(self, line: str, nxt: str, *, wrapped: bool = True, cjk: bool = False) -> str:
        """``line`` and the next line of its paragraph as one text (:meth:`seam`)."""
        cut, between = self.seam(line, nxt, wrapped=wrapped, cjk=cjk)
        return line[:len(line) - cut] + between + nxt

    def seam(self, line: str, nxt: str, *, wrapped: bool = True, cjk: bool = False
             ) -> tuple[int, str]:
        """How ``line`` and the next line of its paragraph join: the characters cut
        from the end of ``line`` (1: a hyphenation's hyphen) and what goes between
        (a space, or nothing).  ``wrapped``: the line is full, so the text ran on
        (Chinese and Japanese then join with no space; a short line -- a table's
        cell -- keeps one); ``cjk``: the paragraph is Chinese or Japanese, so a Latin
        word or a number next to a wide character at the break takes no space either."""
        if self.hyphenation(line, nxt):
            return 1, ""
        if self.suspended(line, nxt):
            return 0, " "  # Be- und Entladen
        if line.endswith(("-", "\u2010", "/")) and line[-2:-1] != " ":
            return 0, ""  # a real hyphen at the break: no space was there
        if line.endswith(("—", "–")) and line[-2:-1] not in (" ", "") and not self.dash_space:
            return 0, ""
        if wrapped and line and nxt and (
                (is_wide(line[-1]) and is_wide(nxt[0]))
                or (cjk and (is_wide(line[-1]) or is_wide(nxt[0])))):
            return 0, ""  # Chinese and Japanese wrap without a space
        return 0, " "
