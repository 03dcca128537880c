"""How two lines of a PDF paragraph join (:mod:`.pdflayout`, step 4): hyphenation and
dashes at a line end, and the space a line break stands for.

A word broken at a line end with a hyphen and going on in lower case is joined
(``revolu-`` + ``cionario``) unless the evidence says the hyphen is real.  The
document's own use decides first: the hyphenated form inside a line elsewhere keeps
the hyphen, the joined form elsewhere joins.  Otherwise a unigram model of the
language (a word list with log probabilities) chooses the likelier reading, each word
looked up as written and in lower case (the list has German nouns with their capital:
``Leinen-``/``tuch`` is ``Leinentuch``, one known word, where ``leinentuch`` is none
and ``Leinen`` and ``tuch`` are two).  Where
the list knows neither part nor the joined word -- always, for a language without a
list (French, Italian, Portuguese) -- the document's vocabulary decides: the hyphen
is a compound's own (``nord-``/``est``, ``après-``/``midi``) if both parts are words
it writes whole elsewhere (a piece broken at a line end does not count), else the
word is joined (``gouver-``/``nement``).  A soft
hyphen (U+00AD) is always joined.  A hyphen before a word that coordinates (the
language's ``coordinators.txt``: ``Be-`` / ``und Entladevorschriften``) stands for the
rest of a compound, and the break is a space.  A dash at a line end is followed by a space when
the document puts one after a dash that closes an aside more often than not.
Chinese and Japanese wrap without a space: in a paragraph of Chinese or Japanese, a
full line's break with such a character on either side is no space (``1,150``/``万元``,
``高速``/``GPU``, ``Google``/``との``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aligner.textutil import is_wide

_WORD_END = re.compile(r"(\w+)[-\u2010\u00ad]$")
_WORD_START = re.compile(r"^(\w+)")
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


class Breaks:
    """How two lines of a paragraph join (the module docstring): hyphenation and dashes,
    decided on the evidence of the document itself and the language's word list."""

    def __init__(self, texts: Sequence[str], log_prob: Lexicon,
                 coordinators: frozenset[str] = frozenset()) -> None:
        self.coordinators = coordinators
        self.hyphenated = {f"{m.group(1)}-{m.group(2)}".lower()
                           for t in texts for m in _HYPHENATED.finditer(t)}
        self.words = {w.lower() for t in texts for w in _WORDS.findall(t)}
        self.whole = _whole_words(texts)
        self.log_prob = log_prob
        # Does the document put a space after a dash closing an aside ("—el tanquetazo—
        # que" in Spanish) or not ("road—is" in English)?  Counted inside lines.
        spaced = sum(len(_DASH_SPACED.findall(t)) for t in texts)
        tight = sum(len(_DASH_TIGHT.findall(t)) for t in texts)
        self.dash_space = spaced > tight

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
        left, right = written.lower(), after.lower()
        if f"{left}-{right}" in self.hyphenated:
            return False  # the document writes it with a hyphen
        joined = left + right
        if joined in self.words:
            return True  # the document writes it as one word
        # A unigram model's choice: one word, or two words seen independently.
        one, two = self._p(written + after), self._p(written) + self._p(after)
        if one == two == _UNKNOWN and self._p(written) == self._p(after) == _UNKNOWN:
            # The word list knows none of the three (always, for a language without
            # one): a compound's own hyphen if both parts are words the document
            # writes whole elsewhere (``nord-``/``est``), else a hyphenation.
            return not (left in self.whole and right in self.whole)
        return one > two or one == two == _UNKNOWN

    def suspended(self, line: str, nxt: str) -> bool:
        """Whether ``line`` ends in a hyphen that stands for the rest of a compound,
        before a word that coordinates (``Be-`` / ``und Entladevorschriften``,
        ``in-`` / ``en uitvoer``): the language's ``coordinators.txt``.  The break
        is a space, which joining the hyphen to the next word lost (``Be-und``)."""
        if not line.endswith(("-", "\u2010")) or _WORD_END.search(line) is None:
            return False
        first = nxt.split(maxsplit=1)[0] if nxt.strip() else ""
        return first in self.coordinators or first.rstrip(",;:") in self.coordinators

    def join(self, line: str, nxt: str, *, wrapped: bool = True, cjk: bool = False) -> str:
        """``line`` and the next line of its paragraph as one text; ``wrapped``: the
        line is full, so the text ran on (Chinese and Japanese then join with no
        space; a short line -- a table's cell -- keeps one); ``cjk``: the paragraph is
        Chinese or Japanese, so a Latin word or a number next to a wide character at
        the break takes no space either."""
        if self.suspended(line, nxt):
            return f"{line} {nxt}"
        if self.hyphenation(line, nxt):
            return line[:-1] + nxt
        if line.endswith(("-", "\u2010", "/")) and line[-2:-1] != " ":
            return line + nxt  # a real hyphen at the break: no space was there
        if line.endswith(("—", "–")) and line[-2:-1] not in (" ", "") and not self.dash_space:
            return line + nxt
        if wrapped and line and nxt and (
                (is_wide(line[-1]) and is_wide(nxt[0]))
                or (cjk and (is_wide(line[-1]) or is_wide(nxt[0])))):
            return line + nxt  # Chinese and Japanese wrap without a space
        return f"{line} {nxt}"
