"""The other gender of a glossary term marked as a noun of person (``pos`` ``person``).

A noun's other gender is not reached by the matcher's rules: an ``a`` -> ``o`` rule
would make ``partida`` a form of ``partido`` and ``helada`` of ``helado``.  A glossary
row that says its term is a noun of person (``apoderado  attorney-in-fact  preferred
person``) says what no rule can: this word has a feminine (or masculine) that is the
same term.  Its other gender is then a spelling of the term of its own, found in its
plural too as any term word is: ``apoderada``, ``apoderadas``, ``avvocata``, ``avvocate``,
``députée``, ``diputada``.

The endings are the language's ``person_genders.txt``: a masculine ending, a tab and
the feminine one, read both ways (a term written in the feminine reaches the masculine),
the longest that the word ends in, with two letters of the word left before it.  Each
word of the term is turned until its first function word (``stopwords.txt``): ``apoderado
general`` -> ``apoderada general``, and ``jefe de partido`` keeps its ``partido``.
"""

from __future__ import annotations

from functools import cache

from aligner.lang import GENDERS_DATA, STOPWORDS_DATA, get_profile, primary


@cache
def endings(lang: str) -> tuple[tuple[str, str], ...]:
    """Each ending and the one of the other gender, both ways, longest first."""
    profile = get_profile(primary(lang))
    pairs: list[tuple[str, str]] = []
    for line in profile.word_list(GENDERS_DATA):
        cells = line.split("\t")
        if len(cells) != 2 or not all(c.isalpha() for c in cells):
            raise ValueError(f"{GENDERS_DATA} of {lang}: expected two endings: {line!r}")
        pairs += [(cells[0], cells[1]), (cells[1], cells[0])]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(primary(lang)).word_list(STOPWORDS_DATA))


def _turned(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    lower = word.lower()
    for end, put in endings:
        if lower.endswith(end) and len(lower) >= len(end) + 2:
            return word[:len(word) - len(end)] + (put.upper() if word.isupper() else put)
    return word


def other_gender(term: str, lang: str) -> str | None:
    """``term`` in its other gender (None where the language has no such endings, or
    no word of the term changes): ``apoderado`` -> ``apoderada``, ``avocate`` ->
    ``avocat``."""
    turns = endings(lang)
    if not turns:
        return None
    words = term.split(" ")
    function_words = _function_words(lang)
    out: list[str] = []
    for k, word in enumerate(words):
        if word.lower() in function_words:
            out += words[k:]
            break
        out.append(_turned(word, turns))
    turned = " ".join(out)
    return turned if turned != term else None
