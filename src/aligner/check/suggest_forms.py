"""A word's case forms read as the word the text also has, for ``glossary suggest``
(:mod:`aligner.check.suggest`), in a language whose term matching reads word forms by the
endings of its ``forms.txt`` rather than by plural rules (German, Dutch, French, Polish
...).

The glossary checks find ``Auftragnehmer`` in ``Auftragnehmers`` and ``Vertrag`` in
``Vertrages`` (:class:`aligner.check.endings.WordEndings`); a suggestion counted the
genitive as a phrase of its own, paired with whatever word its few units had in common
(``Vertrages`` / ``remain``).  So a word less one of the language's endings, when that
leaves a word the same side of the text writes too, is read as that word
(``Auftragnehmers`` adds to ``Auftragnehmer``); of several so left, the shortest
(``Vertrages`` leaves ``Vertrag`` and ``Vertrage``), and that word read so in turn.  A
word the text never writes bare is left as it is: an ending alone does not say what the
word is.  A function word is never read as another word, nor another word as one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from aligner.check.endings import word_endings
from aligner.check.folding import strip_accents
from aligner.check.terms import tokenize
from aligner.lang import get_profile, no_plural_rules


def document_forms(texts: Iterable[str], lang: str, singular: Callable[[str], str],
                   stop: Collection[str]) -> Callable[[str], str]:
    """``singular`` (a lower-case word -> its singular), then each word of ``texts`` (one
    side of a document) that its endings make of another word of them read as that word
    (module docstring); ``singular`` alone in a language with plural rules or no
    endings.  ``stop``: the language's function words, without accents."""
    profile = get_profile(lang)
    endings = word_endings(profile.code)
    if profile.plural_rules is not no_plural_rules or not endings.endings:
        return singular
    words = {endings.fold(singular(t.text.lower())) for text in texts for t in tokenize(text)
             if t.word and not t.text.isdigit()}
    seen = {w for w in words if strip_accents(w) not in stop}
    folded: dict[str, str] = {}

    def read(word: str) -> str:
        if word not in folded:
            left = sorted((b for b in endings.bases(word) if b in seen and b != word),
                          key=lambda b: (len(b), b))
            folded[word] = read(left[0]) if left and word in seen else word
        return folded[word]

    def form(word: str) -> str:
        one = singular(word)
        bare = endings.fold(one)
        return one if read(bare) == bare else read(bare)

    return form


def elided_length(lang: str) -> Callable[[str], int]:
    """A word -> the length of the elided article or preposition it opens with, by its
    language's ``forms.txt`` (``l'ugello``, ``dell’acqua``, ``qu'il``: 2, 5, 3; 0 for
    none): a function word of its own for ``glossary suggest``, which read ``l'ugello``
    as one word, so that an Italian or French word met after one was no term alone."""
    endings = word_endings(get_profile(lang).code)

    def length(word: str) -> int:
        rest = endings.elided(word.lower().replace("\u2019", "'"))
        return len(word) - len(rest) if rest else 0

    return length
