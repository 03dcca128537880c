"""Which repeated single words ``glossary suggest`` offers as terms
(:func:`aligner.check.suggest.suggest_terms`).

A phrase of two words or more is a candidate by its repetition alone; a single word
must also be no everyday word.  An acronym (``JAP``) always is one.  Otherwise, in a
language with a word-frequency table (spacy-lookups-data's ``lexeme_prob``: de, el, en,
es; :mod:`aligner.lang.frequencies`), the word must be rare in general text in all its
forms, in the case it is written in (:data:`RARE_WORD`; German ``Haus`` is common
though ``haus`` is rare).  A source language without one (Italian, French, Dutch ...)
cannot be asked so, and its word is judged across the pair instead (:func:`confirmed`):
it is a term when its rendering is rare in a target language that has a table --
``guarnizione`` because ``gasket`` is (-13.3), ``glacier`` because ``Gletscher`` is.
The same bar as for a Spanish source, read on the other side: a word rendered by an
everyday word (``giugno`` / ``June``, ``pompa`` / ``pump`` -10.4, as ``bomba`` /
``pump``, ``bomba`` -10.3) is none.  Between two languages without a table
(it -> fr) a single word is still suggested only when it is an acronym.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cache

from aligner.check.folding import strip_accents
from aligner.check.lemmas import lemma_table
from aligner.check.terms import tokenize
from aligner.lang import get_profile
from aligner.lang.frequencies import case_readings, lexeme_log_probs

#: A single word is a candidate term when general text has it, in all its forms, less
#: often than about once in 100,000 words (the log probability of the word and every
#: form of its lemma, summed, below this in the language's ``lexeme_prob`` table, or
#: the word not there at all): ``burguesía`` -12.2, ``pobladores`` -12.0,
#: ``latifundio`` -14.9 are; ``gobierno`` -8.6 is not, nor a verb whose form alone is
#: rare (``basaba`` -13.6, but ``basar`` in all its forms -8.2).
RARE_WORD = -11.5
#: Dice a single word judged by its rendering must reach with it: the rendering is the
#: evidence, so it must follow the word well.  On a French -> German Alpine yearbook
#: text (an evaluation text, not in the repository) the 18 of 120 such words below 0.5
#: were nearly all wrong (``pendant`` / ``Hauptlager``, ``glace`` / ``steil``).
ACROSS_DICE = 0.5
_ROMAN = re.compile(r"[IVXLCDM]+")


def acronym(text: str) -> bool:
    """Two to six capitals, a plural ``s`` after them (``JAP``, ``MAPU``, ``JAPs``)."""
    bare = text[:-1] if text.endswith("s") else text
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def has_frequencies(lang: str) -> bool:
    """Whether ``lang`` has a ``lexeme_prob`` table to tell a rare word by."""
    return lexeme_log_probs(get_profile(lang).code) is not None


def single_term(surfaces: Counter[str], lang: str) -> bool:
    """Whether a repeated single word may be a term: an acronym (``JAP``, in any
    language), or a word of four letters or more that general text rarely has
    (:data:`RARE_WORD`), or, in a language without a ``lexeme_prob`` table, any such
    word, for :func:`confirmed` to judge once its rendering is known."""
    text = surfaces.most_common(1)[0][0]
    if acronym(text):
        return not _ROMAN.fullmatch(text)  # II, XX: chapter and century numbers
    if len(text) < 4 or not text.isalpha():
        return False
    code = get_profile(lang).code
    if lexeme_log_probs(code) is None:
        return True
    # every form seen, in its case: the commonest decides (German Haus, Juni)
    return max(family_log_prob(form, code) for form in surfaces) < RARE_WORD


def confirmed(surfaces: Counter[str], rendering: str, dice: float, *, tgt_lang: str,
              tgt_stop: frozenset[str]) -> bool:
    """Whether a single word of a source without a ``lexeme_prob`` table, let through
    by :func:`single_term`, is a term, now that its ``rendering`` (as written) is
    known: an acronym, or a rendering, with Dice :data:`ACROSS_DICE` or more, whose
    words that are no function words (``tgt_stop``, accents stripped) are each rare in
    the target language's table.  (Not a word the source's lemma table lacks, as the
    frequency table's rule has it: the lemma tables of fr, it, nl list inflected words,
    not ``trois``, ``malgré``.)"""
    if acronym(surfaces.most_common(1)[0][0]):
        return True
    code = get_profile(tgt_lang).code
    if lexeme_log_probs(code) is None or dice < ACROSS_DICE:
        return False
    words = [t.text for t in tokenize(rendering) if t.word and t.text.isalpha()
             and strip_accents(t.text.lower()) not in tgt_stop]
    return bool(words) and all(family_log_prob(w, code) < RARE_WORD for w in words)


@cache
def _forms_of(code: str) -> Mapping[str, tuple[str, ...]]:
    """Each lemma of the language's lemma table -> the forms it lists for it."""
    forms: dict[str, list[str]] = defaultdict(list)
    for form, lemma in lemma_table(code).items():
        forms[lemma].append(form)
    return {lemma: tuple(words) for lemma, words in forms.items()}


def family_log_prob(word: str, code: str) -> float:
    """The log probability in general text of ``word``, its lemma and the lemma's other
    forms together (-inf when none is in the ``lexeme_prob`` table), in the case the
    word is written or, where it may stand for another (:func:`case_readings`), the
    commonest: the table writes a German noun with its capital (``Haus`` -8.6, ``haus``
    -12.2), a word opening a sentence may have one it does not keep (``Nine``)."""
    table = lexeme_log_probs(code) or {}
    lemmas, low = lemma_table(code), word.lower()
    lemma = lemmas.get(word) or lemmas.get(low, low)  # Americans: American
    family = {w.lower() for w in (low, lemma, *_forms_of(code).get(lemma, ()))}
    best = -math.inf
    for case in case_readings(word):
        probs = [table[case(w)] for w in family if case(w) in table]
        if probs:
            best = max(best, math.log(sum(math.exp(p) for p in probs)))
    return best
