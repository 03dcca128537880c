"""repeated-translation: the target says one thing twice where the source says it once.

A translator pasted a sentence and its revision, or a CAT tool kept both
(``The strike began.`` / ``La huelga comenzó. La huelga empezó.``).  The target is
split as the segmenter splits the target language (:func:`split_spans`), and two of
its sentences say the same thing when their content words overlap: the Dice
coefficient of their sets of content words is at least :data:`SAME_THING`.  A content
word is a word of the target that is not one of its language's function words
(``stopwords.txt``), compared in lower case without accents, or a number; in a script
written without spaces (Chinese, Japanese) it is each pair of adjacent letters (a
character bigram), which no function-word list is needed for.  A sentence needs
:data:`MIN_CONTENT` of them to be compared (``Sí. Sí.``, an answer, is no revision),
and the two must be as full as what they would translate twice (:data:`FULL`,
:func:`_fullness`) and about as full as each other.

Not reported when the source repeats itself the same way -- two of its sentences
overlapping by :data:`SOURCE_ECHO` or more, or one half inside another, in the source
language's words: the
translation keeps a repetition of the text (``John bought bread. John bought
milk.`` / ``Juan compró pan. Juan compró leche.``).

Also reported: one target sentence, word for word (case and spacing aside), in two
adjacent units whose sources have no such sentences in common -- a sentence pasted
into the next unit as well.  Not when the two whole targets are the same
(``segment-inconsistent`` reports identical targets with different sources).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import combinations

from aligner.check.base import Context, is_blank
from aligner.check.folding import strip_accents
from aligner.lang import STOPWORDS_DATA, get_profile
from aligner.model import Finding
from aligner.segment.core import split_spans
from aligner.textutil import MARKS, excerpt

#: Two target sentences say the same thing when half their content words, counted
#: together, are shared (Dice >= 0.5): a revision changes a word or two of a short
#: sentence (``huelga comenzó`` / ``huelga empezó``: 0.5) and keeps most of a long one;
#: two sentences that go on about one subject share its name and a verb, not half
#: their words once they say different things about it.
SAME_THING = 0.5
#: A source whose sentences overlap by a third (Dice >= 1/3) repeats itself: lower than
#: :data:`SAME_THING` because a translation may keep a repetition with fewer words in
#: common than the source had (a synonym for variety, a pronoun for the name).
SOURCE_ECHO = 1 / 3
#: Content words a sentence needs to be compared: one word said twice is an answer or
#: a cry (``Sí. Sí.``, ``Help! Help!``), not a sentence translated twice.
MIN_CONTENT = 2
#: Each of the two sentences holds at least this share of the source's content words:
#: a sentence translated twice gives two sentences each as full as the source (``The
#: strike began.``: two words; ``La huelga comenzó.``, ``La huelga empezó.``: two each),
#: where a source sentence split in two gives parts each about half of it (a dialogue
#: tag, ``preguntó Alicia``, beside what was said).  Counted in words where both
#: languages are written with spaces; a language written without them counts a word
#: per two characters (Chinese words are mostly of one or two characters).
FULL = 3 / 4
#: Content words a sentence needs before a verbatim repeat in the next unit counts:
#: short sentences recur on purpose (``Yo soy una...``, ``Sí, señor.``).
MIN_PASTED = 4

# A run of letters and digits with the combining marks inside it (Indic vowel signs):
# :data:`~aligner.textutil.WORD` and digits, in a third of the time (this check reads
# every target); a number's groups are words of their own (200.000: 200, 000)
_TOKEN = re.compile(rf"[^\W_]+(?:[{MARKS}]+[^\W_]*)*")
#: A sentence's span in its text, and its content words.
_Sentence = tuple[tuple[int, int], frozenset[str]]


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(strip_accents(w.casefold())
                     for w in get_profile(lang).word_list(STOPWORDS_DATA))


def _tokens(text: str, lang: str) -> list[str]:
    """The content words of ``text`` in order, repeats kept (:func:`content_words`)."""
    if get_profile(lang).sentence_separator == "":
        return [t[i:i + 2] for t in _TOKEN.findall(text) for i in range(len(t) - 1)]
    stop = _function_words(lang)
    words = (_folded(w) for w in _TOKEN.findall(text.casefold()))
    # one letter is no word of its own: the t of don't, the s of it's, an initial
    return [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    """``word`` without accents (once per word: a text's words recur)."""
    return word if word.isascii() else strip_accents(word)


def content_words(sentence: str, lang: str) -> frozenset[str]:
    """The content words of ``sentence`` (module docstring): lower-case words without
    accents and numbers, less the language's function words; character bigrams in a
    script written without spaces."""
    return frozenset(_tokens(sentence, lang))


def size(words: frozenset[str], lang: str) -> float:
    """How many words ``words`` stand for (:data:`FULL`): bigrams are two characters."""
    return len(words) / 2 if get_profile(lang).sentence_separator == "" else len(words)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _sentences(text: str, lang: str) -> list[_Sentence]:
    """Each sentence's span, with its content words (only those with enough of them)."""
    out = []
    for span in split_spans(text, lang):
        words = content_words(text[span[0]:span[1]], lang)
        if len(words) >= MIN_CONTENT:
            out.append((span, words))
    return out


def _echoes(sentences: Sequence[_Sentence]) -> bool:
    """Whether two of the source's sentences overlap (:data:`SOURCE_ECHO`), or the
    content words of one are half or more in another (a cry repeated in a longer
    sentence: ``不能吐，不能吐！ 奶奶命令着自己，不能吐啊……``)."""
    return any(dice(a, b) >= SOURCE_ECHO or 2 * len(a & b) >= min(len(a), len(b))
               for (_, a), (_, b) in combinations(sentences, 2))


class _Split:
    """Each unit's sentences, split when first asked for: most units need none (the
    segmenter is the costly part of this check)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._done: dict[tuple[int, bool], list[_Sentence]] = {}

    def __call__(self, u: int, *, target: bool) -> list[_Sentence]:
        key = (u, target)
        if key not in self._done:
            unit = self._ctx.units[u]
            self._done[key] = (_sentences(unit.target, self._ctx.tgt_lang) if target
                               else _sentences(unit.source, self._ctx.src_lang))
        return self._done[key]


def check_repeated_translation(ctx: Context) -> Iterator[Finding]:
    """repeated-translation within a unit's target, then across adjacent units.  A unit
    is split into sentences only when its target holds a content word twice (two of its
    sentences may share it), or shares :data:`MIN_PASTED` with the previous target."""
    severity = ctx.severity("repeated-translation")
    split = _Split(ctx)
    before: frozenset[str] | None = None
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target):
            before = None
            continue
        tokens = _tokens(unit.target, ctx.tgt_lang)
        words = frozenset(tokens)
        if len(tokens) > len(words):
            pair = _within(ctx, u, split)
            if pair is not None:
                first, second = unit.target[pair[0][0]:pair[0][1]], unit.target[
                    pair[1][0]:pair[1][1]]
                yield Finding("repeated-translation", severity, u,
                              f"the target says the same thing twice: {excerpt(first)!r} and "
                              f"{excerpt(second)!r}; the source says it once",
                              found=second, tgt_span=pair[1])
        if before is not None and len(words & before) >= MIN_PASTED:
            found = _pasted_on(ctx, u, split)
            if found is not None:
                yield Finding("repeated-translation", severity, u,
                              f"the target sentence {excerpt(unit.target[found[0]:found[1]])!r}"
                              " is in the previous unit's target too, but the sources differ",
                              found=unit.target[found[0]:found[1]], tgt_span=found)
        before = words


def _within(ctx: Context, u: int, split: _Split) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two sentences of unit ``u``'s target that say the same thing where
    its source says it once."""
    target = split(u, target=True)
    if len(target) < 2:
        return None
    source = split(u, target=False)
    bar = _fullness(ctx.units[u].source, ctx.src_lang, source, len(target))
    shared = 1 if len(source) <= 1 else MIN_CONTENT
    pair = None if bar is None else _twice(target, bar, shared, ctx.tgt_lang)
    if pair is None or _echoes(source):
        return None
    return pair[0][0], pair[1][0]


def _fullness(text: str, lang: str, sentences: Sequence[_Sentence], in_target: int
              ) -> float | None:
    """How many words each of two twin target sentences must hold (:data:`FULL`): as
    full as the source when it is one sentence, as its smallest sentence when it has
    several -- then only when the target has more sentences than the source (a
    sentence translated twice adds one); None when it has not."""
    if len(sentences) <= 1:
        return FULL * size(content_words(text, lang), lang)
    if in_target <= len(sentences):
        return None
    return FULL * min(size(words, lang) for _, words in sentences)


def _twice(sentences: Sequence[_Sentence], bar: float, shared: int, lang: str
           ) -> tuple[_Sentence, _Sentence] | None:
    """The first two sentences that say the same thing (:data:`SAME_THING`, ``shared``
    content words or more in common), each holding ``bar`` words or more
    (:func:`_fullness`) and about as many as the other (:data:`FULL`: a revision is
    about as long as what it revises, where ``'Keep rocking.`` after ``Keep rocking!'
    one of the bearers roared.`` is a speech taken up again)."""
    for (span_a, a), (span_b, b) in combinations(sentences, 2):
        small, large = sorted((size(a, lang), size(b, lang)))
        if (dice(a, b) >= SAME_THING and len(a & b) >= shared
                and small >= bar and small >= FULL * large):
            return (span_a, a), (span_b, b)
    return None


def _pasted_on(ctx: Context, u: int, split: _Split) -> tuple[int, int] | None:
    """The span of a sentence of unit ``u``'s target that the previous unit's target
    holds word for word, when no sentence of the two sources echoes the other."""
    prev_unit, unit = ctx.units[u - 1], ctx.units[u]
    if _flat(prev_unit.target) == _flat(unit.target):
        return None  # identical targets: segment-inconsistent's
    before = {_flat(prev_unit.target[a:b]) for (a, b), words in split(u - 1, target=True)
              if len(words) >= MIN_PASTED}
    for (a, b), _ in split(u, target=True):
        if _flat(unit.target[a:b]) in before:
            if any(dice(x, y) >= SOURCE_ECHO for _, x in split(u - 1, target=False)
                   for _, y in split(u, target=False)):
                return None
            return a, b
    return None


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()
