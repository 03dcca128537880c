"""Candidate glossary entries from an aligned text.

A candidate source term is a phrase of two to five words (in Chinese and Japanese, of
two to eight Han or kana characters: :mod:`aligner.check.suggest_cjk`), repeated in at
least ``min_count`` units, that neither starts nor ends with a function word
and is not a mere piece of a longer repeated phrase -- or a single word so
repeated that is an acronym or no everyday word (:mod:`aligner.check.suggest_words`).
Its candidate rendering is the target phrase (one to five words, or such characters)
that best follows it across units, by the Dice coefficient
``2·both / (source units + target units)``: 1.0 means the two phrases always occur
together and never apart; ties go to the source phrase itself (a name the
translation keeps), then to the phrase whose length in words that are no function
words is closest to the source phrase's (``ciclo de limpieza`` for ``cleaning
cycle``: two each; an option's first "word" is the target marker, left out; a solid
compound counts its parts, ``Drehmomentsensor`` / ``torque sensor``:
:mod:`aligner.check.suggest_size`), then to the shorter.  Phrases are read in the
singular (:func:`_singular`; a case form as the word the text also has,
``Auftragnehmers`` as ``Auftragnehmer``: :mod:`aligner.check.suggest_forms`) and
written as the text writes them in the singular and in lower case where it can
(:func:`_written`).  A unit whose target is
its source (a bibliography's entry, a title left as it is) renders nothing, and
counts for nothing.  A pair's *reliability* is
``dice · both / (both + 1)``: the same agreement seen in more units is worth
more.  Pairs are ranked by reliability (with an encoder, those kept although far apart
in meaning last, below).

With a sentence encoder (``aligner[neural]``), a pair is also read for meaning:
the cosine of the two phrases' vectors.  Two phrases that happen to share a
couple of units (``extrema derecha`` / ``failed``) are far apart in meaning;
a pair below :data:`MIN_MEANING` is left out unless the two phrases always
occur together (Dice 1), which the encoder's ignorance of rare terms
(``paro patronal`` / ``lockout``, cosine 0.21) must not undo.  On three texts
this removed 122 of 664 pairs: by blind hand labels 83 wrong, 21 partial, 12
good, 6 unlabelled; precision 0.470 -> 0.551 (``benchmarks/suggest_quality.py``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from aligner.check.base import is_copy
from aligner.check.folding import strip_accents
from aligner.check.lemma_tables import known_words
from aligner.check.lemmas import Forms
from aligner.check.suggest_cjk import CjkPhrases, is_han_kana
from aligner.check.suggest_forms import document_forms, elided_length
from aligner.check.suggest_reasons import Stages, unspaced_letter, why_none
from aligner.check.suggest_size import content_size
from aligner.check.suggest_words import acronym, confirmed, has_frequencies, single_term
from aligner.check.terms import TermMatcher, tokenize
from aligner.check.terms import normalise_term as _normalise
from aligner.check.units import Unit
from aligner.lang import NOUN_CAPITALS, STOPWORDS_DATA, get_profile, primary
from aligner.model import Glossary

if TYPE_CHECKING:
    from aligner.align.encoder import Encoder

#: Cosine below which a pair that does not always co-occur is no suggestion.
#: Unrelated short phrases score about 0.1-0.3 with the multilingual USE model.
MIN_MEANING = 0.3


@dataclass(frozen=True, slots=True)
class Suggestion:
    source: str
    target: str
    score: float  # reliability: dice * together / (together + 1)
    dice: float  # Dice coefficient of the two phrases over units
    together: int  # units with both
    source_units: int
    target_units: int
    meaning: float | None = None  # cosine of the two phrases' encoder vectors, when measured


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Function words of ``lang`` (its ``stopwords.txt``; empty for a language without one)."""
    return frozenset(strip_accents(w) for w in get_profile(lang).word_list(STOPWORDS_DATA))


def _phrases(
    text: str, *, min_n: int, max_n: int, stop: frozenset[str],
    singular: Callable[[str], str] = lambda w: w, elided: Callable[[str], int] = lambda w: 0,
) -> dict[tuple[str, ...], tuple[str, bool]]:
    """Normalised word n-grams of ``text`` (not across punctuation) -> surface form, and
    whether it opens a sentence (its capital may be the sentence's); a word is
    normalised in the singular (:func:`_singular`: ``ink cartridges`` is the phrase
    ``ink cartridge``), lower case and without accents; an elided article (``elided``:
    its length) is a function word ``'`` of its own (``l'ugello``: ``'`` ``ugello``)."""
    out: dict[tuple[str, ...], tuple[str, bool]] = {}
    run: list[tuple[str, int, int, bool]] = []  # words since the last punctuation
    first = True  # the next word opens a sentence
    for tok in [*tokenize(text), None]:
        if tok is not None and tok.word and not tok.text.isdigit() and not is_han_kana(
                tok.text) and not unspaced_letter(tok.text):
            cut = tok.start + elided(tok.text)
            if cut > tok.start:
                run.append(("'", tok.start, cut, first))
            run.append((strip_accents(singular(text[cut:tok.end].lower())), cut, tok.end,
                        first and cut == tok.start))
            first = False
            continue
        if tok is not None:
            # a number, a quote, a bracket or ¿ before a sentence's first word leave it
            # first (2. Replace ...; ¿Desea ...?)
            first = tok.text in _SENTENCE_ENDS or (first and (tok.word or tok.text in _OPENERS))
        for i in range(len(run)):
            for n in range(min_n, max_n + 1):
                if i + n > len(run):
                    break
                words = tuple(w for w, _, _, _ in run[i:i + n])
                if {words[0], words[-1]} & stop or "'" in (words[0], words[-1]):
                    continue
                if n > 1 and not any(len(w) >= 4 for w in words):
                    continue  # (a single word is judged by suggest_words)
                # one space for any run of whitespace: a line break or a tab
                # inside a sentence would break the glossary row
                out.setdefault(words, (" ".join(text[run[i][1]:run[i + n - 1][2]].split()),
                                       run[i][3]))
        run = []
    return out


# What ends a sentence: the word after it may have a capital of the sentence's.
_SENTENCE_ENDS = frozenset(".!?:;\u2026")
# What may stand before a sentence's first word.
_OPENERS = frozenset("\"'\u201c\u2018\u00ab([\u00bf\u00a1-\u2022*")


@dataclass(frozen=True, slots=True)
class Suggested:
    """What :func:`suggest` found, and, when nothing, the stage where the last
    candidate went (``why_none``, for a message: "no source phrase occurs in 2 units or
    more"); ``by_count``: a lower ``min_count`` might find some."""
    suggestions: list[Suggestion]
    why_none: str = ""
    by_count: bool = False


def suggest_terms(units: Sequence[Unit], *, src_lang: str, tgt_lang: str,
                  glossary: Glossary | None = None, min_count: int = 2,
                  min_score: float = 0.3, encoder: Encoder | None = None) -> list[Suggestion]:
    """Ranked candidate (source term, rendering) pairs (:func:`suggest`)."""
    return suggest(units, src_lang=src_lang, tgt_lang=tgt_lang, glossary=glossary,
                   min_count=min_count, min_score=min_score, encoder=encoder).suggestions


def suggest(
    units: Sequence[Unit],
    *,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | None = None,
    min_count: int = 2,
    min_score: float = 0.3,
    encoder: Encoder | None = None,
) -> Suggested:
    """Ranked candidate (source term, rendering) pairs; known glossary terms left out.
    With ``encoder``, pairs far apart in meaning are left out too (module docstring).
    A unit met again with the same texts counts once: a document stored twice, or a
    memory's repeated units, would otherwise make every phrase of it agree twice."""
    src_stop, tgt_stop = stopwords(src_lang), stopwords(tgt_lang)
    # a case form read as the word (Auftragnehmers: Auftragnehmer; suggest_forms)
    src_singular, tgt_singular = (document_forms(texts, lang, _singular(lang), stopwords(lang))
                                  for texts, lang in (([u.source for u in units], src_lang),
                                                      ([u.target for u in units], tgt_lang)))
    src_units: dict[tuple[str, ...], set[int]] = defaultdict(set)
    tgt_units: dict[tuple[str, ...], set[int]] = defaultdict(set)
    surface: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    openings: Counter[str] = Counter()  # of the surface forms, those opening a sentence
    seen: set[tuple[str, str]] = set()
    src_cjk, tgt_cjk = CjkPhrases(src_lang), CjkPhrases(tgt_lang)  # Han and kana: character n-grams
    src_elided, tgt_elided = elided_length(src_lang), elided_length(tgt_lang)  # l'ugello
    for u, unit in enumerate(units):
        if not unit.source.strip() or not unit.target.strip() or is_copy(unit.source,
                                                                          unit.target):
            continue  # a copy (a bibliography's entry, a title) renders nothing
        same = (" ".join(unit.source.split()), " ".join(unit.target.split()))
        if same in seen:
            continue  # a unit repeated (a document stored twice) is no new evidence
        seen.add(same)
        for words, (text, opens) in (_phrases(unit.source, min_n=1, max_n=5, stop=src_stop,
                                              singular=src_singular, elided=src_elided)
                                     | src_cjk.phrases(unit.source)).items():
            src_units[words].add(u)
            surface[words][text] += 1
            openings[text] += opens
        for words, (text, opens) in (_phrases(unit.target, min_n=1, max_n=5, stop=tgt_stop,
                                              singular=tgt_singular, elided=tgt_elided)
                                     | tgt_cjk.phrases(unit.target)).items():
            tgt_units[("\0", *words)].add(u)
            surface[("\0", *words)][text] += 1
            openings[text] += opens
    known = set()
    if glossary is not None:
        known = {tuple(_normalise(e.source).split()) for e in glossary.entries} | {
            tuple(e.source) for e in glossary.entries if is_han_kana(e.source)}
    matcher = None
    if glossary is not None and glossary.entries:
        from aligner.check.term_index import term_index

        matcher = term_index(glossary, src_lang=src_lang, tgt_lang=tgt_lang).src_matcher
    repeated = {w: us for w, us in src_units.items() if len(us) >= min_count
                and (len(w) > 1 or single_term(surface[w], src_lang)) and src_cjk.varied(w)}
    # A phrase found only inside one longer repeated phrase is not a term of its
    # own, and neither is a glossary term or a piece of one.
    candidates = {
        w: us for w, us in repeated.items()
        if not any(len(o) > len(w) and _contains(o, w) and repeated[o] == us for o in repeated)
        and not any(_contains(k, w) for k in known)
        and not (matcher is not None and _a_known_form(matcher, surface[w]))
    }
    by_unit: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for t, us in tgt_units.items():
        if len(us) >= min_count and tgt_cjk.varied(t):
            for u in us:
                by_unit[u].append(t)

    # the words each side writes in lower case inside a sentence (error in the error code)
    lowered = {side: {f for w, fs in surface.items() if len(w) == 1 + side
                      and (w[0] == "\0") == side for f in fs if f.islower()
                      and fs[f] > openings[f]} for side in (False, True)}

    def text_of(words: tuple[str, ...]) -> str:
        target = words[:1] == ("\0",)
        return _written(surface[words], openings, words[1:] if target else words,
                        tgt_lang if target else src_lang, lowered[target])

    picked: dict[tuple[str, ...], _Option] = {}
    rendered = everyday = 0  # candidates with a rendering; single words judged everyday
    for words, us in candidates.items():
        together: Counter[tuple[str, ...]] = Counter(t for u in us for t in by_unit[u])
        opts = [_Option(t, both, 2 * both / (len(us) + len(tgt_units[t])))
                for t, both in together.items() if both >= min_count]
        if not opts:
            continue
        rendered += 1
        # in a tie, the phrase itself (a name the target keeps: Cautín, not the
        # seizures its two notes are about), then the length closest to the source's in
        # words that are no function words (cleaning cycle: ciclo de limpieza, not ciclo;
        # a rendering's Han or kana, two a word; a solid compound, its parts:
        # Drehmomentsensor, torque sensor, not sensor: suggest_size)
        size = content_size(words, src_stop, src_lang)
        best = max(opts, key=lambda o: (round(o.dice, 6), o.both, o.words[1:] == words,
                                        -abs(content_size(o.words[1:], tgt_stop, tgt_lang,
                                                          True) - size),
                                        -len(o.words), o.words))
        if best.dice < min_score:
            continue
        if len(words) == 1 and not has_frequencies(src_lang) and not confirmed(
                surface[words], text_of(best.words), best.dice, tgt_lang=tgt_lang,
                tgt_stop=tgt_stop):
            everyday += 1  # (suggest_words: an everyday rendering, giugno / June)
            continue
        picked[words] = best
    meaning = _meanings(encoder, {(text_of(w), text_of(o.words)) for w, o in picked.items()})
    out: list[Suggestion] = []
    far = names = 0
    for words, best in picked.items():
        source, target = text_of(words), text_of(best.words)
        sim = meaning.get((source, target))
        if sim is not None and sim < MIN_MEANING and best.dice < 1.0:
            far += 1
            continue
        if len(words) == 1 and source[:1].isupper() and not acronym(source) \
                and _normalise(source) == _normalise(target):
            names += 1
            continue  # a name carried over as it is (Allende / Allende): no entry needed
        out.append(Suggestion(
            source=source, target=target,
            score=best.dice * best.both / (best.both + 1), dice=best.dice, together=best.both,
            source_units=len(candidates[words]), target_units=len(tgt_units[best.words]),
            meaning=sim,
        ))
    # a pair kept for its Dice of 1 although far apart in meaning comes after the rest:
    # kept because the encoder may not know a rare term, but the least likely entry
    out.sort(key=lambda s: (s.meaning is not None and s.meaning < MIN_MEANING, -s.score,
                            -s.together, s.source.lower()))
    if out:
        return Suggested(out)
    why, by_count = why_none(
        Stages(len(units), len(seen), len(repeated), len(candidates), rendered, everyday,
               names, far), min_count=min_count, min_score=min_score,
        sources=[u.source for u in units], targets=[u.target for u in units])
    return Suggested(out, why, by_count)


@dataclass(frozen=True, slots=True)
class _Option:
    words: tuple[str, ...]  # "\0" and the rendering's normalised words
    both: int  # units with the source phrase and this rendering
    dice: float


def _meanings(encoder: Encoder | None, pairs: set[tuple[str, str]]
              ) -> dict[tuple[str, str], float]:
    """Cosine of the sentence encoder's vectors of each (source, rendering) pair (the
    encoder gives unit vectors: the dot product)."""
    if encoder is None or not pairs:
        return {}
    texts = sorted({text for pair in pairs for text in pair})
    vectors = np.asarray(encoder.embed(texts), dtype=np.float32)
    row = {text: i for i, text in enumerate(texts)}
    return {(a, b): float(vectors[row[a]] @ vectors[row[b]]) for a, b in pairs}


def _a_known_form(matcher: TermMatcher, surfaces: Counter[str]) -> bool:
    """Whether a candidate is a glossary term in another form, as the glossary checks
    find terms (``camioneros`` for ``camionero``, ``cordones industriales`` for
    ``cordón industrial``): the terms' matcher finds one covering the whole phrase."""
    text = surfaces.most_common(1)[0][0]
    return any(h.start == 0 and h.end == len(text) for h in matcher.find(text))


@cache
def _singular(lang: str) -> Callable[[str], str]:
    """A word (lower case) -> its singular: the first of the language's plural rules'
    candidates that its lemma table knows as a word (``cartridges`` -> ``cartridge``,
    ``impresiones`` -> ``impresión``; not ``país`` -> ``paí``), else, in a language
    without plural rules, the word less an ``s`` that its ``forms.txt`` endings take off
    too, when the table knows what is left (French ``relevés`` -> ``relevé``, Portuguese
    ``cartões``, no); the word itself otherwise, and a function word always (``does``
    is no ``doe``)."""
    code = get_profile(lang).code
    rules = get_profile(lang).plural_rules
    known = known_words(code)
    stop = stopwords(lang)
    forms = Forms(code)

    @cache
    def singular(word: str) -> str:
        if not known or strip_accents(word) in stop:
            return word
        found = next((c for c in rules(word) if c in known), None)
        if found is not None:
            return found
        bare = word[:-1]
        if word.endswith("s") and len(bare) >= 3 and bare in known and strip_accents(
                bare) in {strip_accents(f) for f in forms.text_forms(word)}:
            return bare
        return word

    return singular


def _written(forms: Counter[str], openings: Counter[str], words: tuple[str, ...],
             lang: str, lowered: Collection[str]) -> str:
    """How to write a phrase (its normalised ``words``) met as ``forms`` (``openings``:
    how often each opened a sentence): a form in the singular when the text has one
    (``ink cartridge``, not ``ink cartridges``); the commonest inside a sentence, where
    its letter case is its own (``error code``, not ``Error code`` opening one; ``El
    Dorado``); else the commonest, less a capital that only opens sentences where the
    text writes its word in lower case elsewhere (not a name; nor in German, whose nouns
    keep theirs; ``lowered``: the words the text writes in lower case inside a
    sentence)."""
    def plain(form: str) -> tuple[str, ...]:
        return tuple(strip_accents(t.text.lower()) for t in tokenize(form)
                     if t.word and not t.text.isdigit())

    pool = [f for f in forms if plain(f) == words] or list(forms)
    inside = [f for f in pool if forms[f] > openings[f]]
    if inside:
        return max(inside, key=lambda f: forms[f] - openings[f])  # the first of the commonest
    form = max(pool, key=lambda f: forms[f])
    head, _, rest = form.partition(" ")
    if (head[:1].isupper() and head[1:].islower() and rest == rest.lower()
            and primary(lang) not in NOUN_CAPITALS and head.lower() in lowered):
        return head.lower() + form[len(head):]
    return form


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def suggestions_tsv(suggestions: Iterable[Suggestion], *, src_lang: str, tgt_lang: str) -> str:
    """Suggestions as a glossary file (docs/glossary.md) an editor can review and merge."""
    lines = [f"{src_lang}\t{tgt_lang}\tstatus\tnote"]
    for s in suggestions:
        meaning = "" if s.meaning is None else f", meaning {s.meaning:.2f}"
        note = (f"suggested: reliability {s.score:.2f} (dice {s.dice:.2f}{meaning}), together "
                f"in {s.together} units "
                f"(source phrase in {s.source_units}, rendering in {s.target_units})")
        lines.append(f"{s.source}\t{s.target}\tpreferred\t{note}")
    return "\n".join(lines) + "\n"
