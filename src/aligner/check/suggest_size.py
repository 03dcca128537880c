"""How many words a phrase of ``glossary suggest`` counts as, when two renderings follow
a source phrase equally well (:func:`aligner.check.suggest.suggest`): the one closest
to it in words that are no function words wins (``ciclo de limpieza`` for ``cleaning
cycle``).

A language that writes its compounds as one word (``LanguageProfile.solid_compounds``:
German, Dutch, Swedish, Danish ...) says in one word what English says in two or three:
``Drehmomentsensor`` is ``torque sensor``, ``Rastnase`` ``latching lug``.  Counted as
one word, such a compound got the English phrase's head or modifier alone wherever that
word occurred only inside the phrase (``sensor``, ``retaining``, ``lug``).  So a single
word of such a language counts as the fewest words the language's lemma table
(``spacy-lookups-data``) splits it into (:func:`compound_parts`): ``drehmoment`` +
``sensor``, ``schraub`` + ``verbindung``.  Each part has :data:`PART_MIN` letters or more
and is no function word (``über``, ``unter``: prefixes, not words of a phrase); a part
before another may be a verb's stem (``schraub``: ``schrauben``, ``rast``: ``rasten``)
and be joined to it by one of the ``[compound links]`` of the language's ``forms.txt``
(``Befestigung|s|element``); the last part may be inflected (``Rastnasen``).  A word
the table lists whole is one word, compound or not (``Drehmoment``, a lexicalised
``torque``).  A part the table lacks (``Beschichtung`` in ``Sicherungsbeschichtung``)
leaves the word one word, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from aligner.check.compounds import PART_MIN
from aligner.check.endings import word_endings
from aligner.check.folding import strip_accents
from aligner.check.lemma_tables import known_words
from aligner.check.suggest_cjk import is_han_kana
from aligner.lang import get_profile


def content_size(words: tuple[str, ...], stop: frozenset[str], lang: str,
                 rendering: bool = False) -> int:
    """How many of a phrase's words are no function words (``ciclo de limpieza``: 2); a
    single word of a language that writes compounds solid, its parts
    (:func:`compound_parts`: ``drehmomentsensor`` 2).  A rendering of Han or kana
    counts two characters a word, rounded up (``基本每股收益`` 3, ``每股收益`` 2:
    ``basic earnings per share``, 4, gets the first; counted one a word, 6 and 4, it got
    the piece).  A source phrase of them counts each: the English rendering closest to
    it is then the fuller (``同比``, 2: ``year on year``, not ``year``)."""
    if rendering and words and all(is_han_kana(w) for w in words):
        return (len(words) + 1) // 2
    if len(words) == 1 and words[0] not in stop:
        return compound_parts(words[0], lang, stop)
    return sum(w not in stop for w in words)


def compound_parts(word: str, lang: str, stop: frozenset[str]) -> int:
    """The fewest words ``word`` (lower case, accents stripped, as ``suggest`` reads it)
    splits into by its language's lemma table (module docstring), 1 when it does not
    split or its language writes no solid compounds.  ``stop``: its function words."""
    if not get_profile(lang).solid_compounds:
        return 1
    return _splitter(get_profile(lang).code, stop)(word) or 1


@cache
def _splitter(code: str, stop: frozenset[str]) -> Callable[[str], int]:
    known = frozenset(strip_accents(w) for w in known_words(code))
    if not known:
        return lambda word: 0
    endings = word_endings(code)
    links = ("", *endings.compound_links)

    def head(part: str) -> bool:
        """A word, or a verb's stem, that may stand before another in a compound."""
        return part not in stop and (part in known or part + "en" in known
                                     or part + "n" in known)

    def last(part: str) -> bool:
        """A word, in any of its forms, that may end a compound."""
        return part not in stop and (part in known or any(
            b in known for b in endings.bases(part)))

    @cache
    def parts(word: str) -> int:
        """The fewest parts ``word`` splits into; 0 for none."""
        if len(word) >= PART_MIN and last(word):
            return 1
        best = 0
        for i in range(PART_MIN, len(word) - PART_MIN + 1):
            if not head(word[:i]):
                continue
            for link in links:
                rest = word[i + len(link):]
                if word.startswith(link, i) and len(rest) >= PART_MIN:
                    n = parts(rest)
                    if n and (not best or n + 1 < best):
                        best = n + 1
        return best

    return parts
