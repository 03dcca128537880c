"""Language evidence in a text: its script and its function words.

Not a language identifier: it answers "does this side look like the language
it was declared as?" with what the toolkit already ships -- the script a
language is written in (``scripts.tsv``) and the stop-word lists of the
language folders (``de/stopwords.txt``, ``es/stopwords.txt``, ...).  A side
can be shown *not* to be a language (the wrong script, or plainly another
language's function words) and, where the evidence names one, what it looks
like instead.  Close languages without a list of their own (Norwegian,
Galician, Slovak) are not judged by their neighbours' lists
(``lookalikes.tsv``).  Short texts say nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from aligner.errors import ConfigError
from aligner.lang import get_profile, languages, normalize_tag, primary
from aligner.lang.base import STOPWORDS_DATA
from aligner.textutil import WORD

_SCRIPTS_FILE = "scripts.tsv"
_LOOKALIKES_FILE = "lookalikes.tsv"
# The first word of a letter's Unicode name -> its ISO 15924 script.
_NAME_SCRIPT = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr",
    "CJK": "Hani", "HIRAGANA": "Kana", "KATAKANA": "Kana", "HANGUL": "Hang",
    "DEVANAGARI": "Deva", "THAI": "Thai", "GEORGIAN": "Geor", "ARMENIAN": "Armn",
    "BENGALI": "Beng", "TAMIL": "Taml", "TELUGU": "Telu", "KANNADA": "Knda",
    "MALAYALAM": "Mlym", "GUJARATI": "Gujr", "GURMUKHI": "Guru", "SINHALA": "Sinh",
    "KHMER": "Khmr", "LAO": "Laoo", "MYANMAR": "Mymr", "ETHIOPIC": "Ethi", "TIBETAN": "Tibt",
    "THAANA": "Thaa", "ORIYA": "Orya",
}  # fmt: skip
# Script subtags that mean a script of the table (zh-Hans and zh-Hant are Hani).
_SUBTAG_SCRIPT = {"hans": "Hani", "hant": "Hani", "jpan": "Jpan", "kore": "Hang"}
# Japanese mixes Chinese characters with kana; this share of kana marks it.
_KANA_SHARE = 0.1
# Letters read per side: enough to judge, cheap on a book.
SAMPLE_LETTERS = 20_000
# Below this many letters (or words, for function words) a side says nothing --
# except that a short side all but wholly in one script (SCRIPT_SHARE of a few
# dozen letters) says its script: a Japanese note is no Spanish one.
MIN_LETTERS = 200
MIN_WORDS = 200
# A shorter side (a datasheet, a press release: MIN_SHORT_WORDS words or more) says
# only what it says plainly: another language's list fitting it by SHORT_MARGIN more
# than its own (docs/languages.md has the counts on windows of real text).
MIN_SHORT_WORDS = 60
SHORT_MARGIN = 0.2
MIN_SCRIPT_LETTERS = 30
SCRIPT_SHARE = 0.9
# Function-word rates (share of a text's words in a language's stop-word list).
# Measured on the corpus, the DEV sets and the segmentation sets' UD texts
# (docs/languages.md): a text in the language scores 0.32-0.53 on its own
# list; on another language's list at most 0.28 (Spanish on the Catalan list:
# de, la, el, que, en), and its own list beats every other by 0.18 or more.
IS_RATE = 0.3  # at least this: plainly the language ...
MARGIN = 0.1  # ... when no other list fits within this much
NOT_RATE = 0.25  # below this: not the language ...
# ... when another list fits it as well, or it is below this (a text in a language
# without articles -- Polish news, long on names and numbers -- runs 0.17-0.24 on its
# own list, and no other list comes near: that says nothing, not "not Polish").
FAR_RATE = 0.12
_WORD = re.compile(rf"{WORD}(?:['’]{WORD})*")


@cache
def scripts() -> dict[str, str]:
    """``scripts.tsv``: language code -> ISO 15924 script, for non-Latin languages."""
    text = resources.files("aligner.lang").joinpath(_SCRIPTS_FILE).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, script = line.partition("\t")
        if not re.fullmatch("[a-z]{2,3}", code) or code in out or not re.fullmatch(
                "[A-Z][a-z]{3}", script):
            raise ConfigError(f"{_SCRIPTS_FILE}:{lineno}: expected a new code, a tab and an "
                              f"ISO 15924 script; got {line!r}")
        out[code] = script
    return out


def expected_script(code: str) -> str:
    """The script ``code``'s language is written in: the tag's script subtag, else
    ``scripts.tsv``, else Latin."""
    for sub in normalize_tag(code).split("-")[1:]:
        if len(sub) == 4 and sub.isalpha():
            return _SUBTAG_SCRIPT.get(sub, sub.title())
    return scripts().get(primary(code), "Latn")


@cache
def lookalikes() -> dict[str, frozenset[str]]:
    """``lookalikes.tsv``: language code -> the languages whose lists its text may match."""
    text = resources.files("aligner.lang").joinpath(_LOOKALIKES_FILE).read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, others = line.partition("\t")
        codes = others.split()
        if (not re.fullmatch("[a-z]{2,3}", code) or code in out or not codes
                or not all(re.fullmatch("[a-z]{2,3}", c) for c in codes)):
            raise ConfigError(f"{_LOOKALIKES_FILE}:{lineno}: expected a new code, a tab and "
                              f"codes separated by spaces; got {line!r}")
        out[code] = frozenset(codes)
    return out


@cache
def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    return _NAME_SCRIPT.get(name.split(" ", 1)[0]) if name else None


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


@dataclass(frozen=True, slots=True)
class SideEvidence:
    """What one side's text says about its language.

    ``script``: the script of most of its letters (``Jpan`` for Chinese
    characters with kana), None for too few letters; ``rates``: for every
    language with a stop-word list, the share of the words that are in it
    (empty for too few words).
    """

    letters: int
    script: str | None
    words: int
    rates: Mapping[str, float]

    def __str__(self) -> str:
        top = sorted(self.rates.items(), key=lambda item: -item[1])[:3]
        rates = " ".join(f"{k}={v:.2f}" for k, v in top)
        return f"{self.script or '?'} {rates}".strip()


def side_evidence(sentences: Iterable[str]) -> SideEvidence:
    """The script and function-word rates of a side (its first ``SAMPLE_LETTERS`` letters)."""
    counts: Counter[str | None] = Counter()
    words: list[str] = []
    letters = 0
    for sentence in sentences:
        for ch in sentence:
            if ch.isalpha():
                counts[_script(ch)] += 1
                letters += 1
        words.extend(w.lower() for w in _WORD.findall(sentence))
        if letters >= SAMPLE_LETTERS:
            break
    script = None
    if letters >= MIN_SCRIPT_LETTERS:
        top, n = counts.most_common(1)[0]
        if letters < MIN_LETTERS:
            # a short side: only a script nearly all of it is written in, and not
            # Chinese characters alone (a Japanese heading may have no kana)
            if (counts["Kana"] >= _KANA_SHARE * letters
                    and counts["Kana"] + counts["Hani"] >= SCRIPT_SHARE * letters):
                script = "Jpan"
            elif top not in (None, "Hani", "Kana") and n >= SCRIPT_SHARE * letters:
                script = top
        elif counts["Kana"] >= _KANA_SHARE * letters:
            script = "Jpan"
        elif top is not None and n >= 0.6 * letters:
            script = top
    rates: dict[str, float] = {}
    if len(words) >= MIN_SHORT_WORDS:
        for lang in languages():
            stop = _stopwords(lang)
            if stop:
                rates[lang] = sum(w in stop for w in words) / len(words)
    return SideEvidence(letters, script, len(words), rates)


# The tags of ISO 639-2 that name no one language: what a side in them looks like
# says nothing against them.
NO_ONE_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


def looks_like(evidence: SideEvidence, code: str) -> bool | None:
    """Whether a side looks like ``code``'s language: False on evidence against it
    (another script; its own function words missing, or another language's plain),
    True on evidence for it, None when the text cannot tell -- or when ``code`` names
    no one language (``und`` undetermined, ``mul`` several, ``zxx``, ``mis``)."""
    if evidence.script is None or primary(code) in NO_ONE_LANGUAGE:
        return None
    if evidence.script != expected_script(code):
        return False
    lang = primary(code)
    own = evidence.rates.get(lang)
    similar = lookalikes().get(lang, frozenset())
    if any(rate >= IS_RATE and rate >= (own or 0.0) + _margin(evidence)
           for other, rate in evidence.rates.items() if other != lang and other not in similar):
        return False  # plainly another language with a list, so not this one
    if own is not None and evidence.words >= MIN_WORDS:  # a short side says no more
        if own >= IS_RATE:
            return True
        if own < FAR_RATE or (own < NOT_RATE and any(
                rate >= own for other, rate in evidence.rates.items()
                if other != lang and other not in similar)):
            return False
        return None
    # the right script: telling for a script of few languages, not for Latin
    return True if evidence.script != "Latn" else None


def _margin(evidence: SideEvidence) -> float:
    """By how much another list must beat a side's own: more on a short side."""
    return MARGIN if evidence.words >= MIN_WORDS else SHORT_MARGIN


def guess_language(evidence: SideEvidence) -> str | None:
    """The language a side plainly is, when the evidence names one: the language
    whose stop-word list it matches, better than any other by ``MARGIN``, or the
    one language of its script (zh, ja, ko, el)."""
    if evidence.script is None:
        return None
    if evidence.script == "Latn":
        ranked = sorted(evidence.rates.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < IS_RATE:
            return None
        if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - _margin(evidence):
            return None
        return ranked[0][0]
    speakers = [code for code in script_languages(evidence.script) if len(code) == 2]
    return speakers[0] if len(speakers) == 1 else None


def script_languages(script: str) -> tuple[str, ...]:
    """The languages ``scripts.tsv`` says are written in ``script`` (``Deva``: hi, mr,
    ne, sa), in its order; iw, the old code of Hebrew, left out.  None for Latin,
    the script of every language not listed."""
    return tuple(code for code, written in scripts().items()
                 if written == script and code != "iw")


# One sentence (:func:`sentence_language`): far fewer words than a side, so only what a
# sentence says plainly.  Measured on the gold sentences of the segmentation sets' UD
# texts and the DEV translations both ways (docs/languages.md): SENTENCE_MIN_WORDS words
# or more, SENTENCE_MIN_HITS of them function words of another language, that language's
# rate at least SENTENCE_RATE and above the declared language's by SENTENCE_MARGIN.
SENTENCE_MIN_WORDS = 7
SENTENCE_MIN_HITS = 3
SENTENCE_RATE = 0.3
SENTENCE_MARGIN = 0.25
# A sentence in another script: this many letters, nearly all (SCRIPT_SHARE) of it; a
# script of syllables or characters (Hangul, kana, Chinese) says as much in fewer.
SENTENCE_MIN_LETTERS = 20
SENTENCE_MIN_SYLLABLES = 10
_DENSE = frozenset({"Hang", "Hani", "Jpan", "Kana"})
_CLOSE_FILE = "close_languages.tsv"


@cache
def close_languages() -> dict[str, frozenset[str]]:
    """``close_languages.tsv``: language code -> the languages close to it (one group a
    line), which one sentence does not tell apart."""
    text = resources.files("aligner.lang").joinpath(_CLOSE_FILE).read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        codes = line.split()
        if len(codes) < 2 or not all(re.fullmatch("[a-z]{2,3}", c) for c in codes):
            raise ConfigError(f"{_CLOSE_FILE}:{lineno}: expected two codes or more "
                              f"separated by spaces; got {line!r}")
        for code in codes:
            out.setdefault(code, set()).update(c for c in codes if c != code)
    return {code: frozenset(others) for code, others in out.items()}


def _sentence_script(sentence: str) -> tuple[str | None, int]:
    """The script nearly all of a sentence's letters are in (``Jpan`` for Chinese
    characters with kana), None for a mix; and its number of letters."""
    counts: Counter[str | None] = Counter(_script(ch) for ch in sentence if ch.isalpha())
    letters = sum(counts.values())
    if not letters:
        return None, 0
    if (counts["Kana"] >= _KANA_SHARE * letters
            and counts["Kana"] + counts["Hani"] >= SCRIPT_SHARE * letters):
        return "Jpan", letters
    top, n = counts.most_common(1)[0]
    return (top if n >= SCRIPT_SHARE * letters else None), letters


def sentence_language(sentence: str, code: str) -> str | None:
    """The language (a code) or script (ISO 15924) one sentence plainly is, when that is
    not ``code``'s; None when it may be ``code``'s or says too little.

    In another script than ``code``'s: the script, or its one language (Hangul:
    ``ko``) -- from SENTENCE_MIN_LETTERS letters on, all but a few in it; Chinese
    characters alone say nothing beside Japanese or Korean, which write them too.  In
    Latin letters: the language whose function words it is full of (the constants
    above), never one close to ``code``'s (``close_languages.tsv``, ``lookalikes.tsv``):
    one sentence does not tell Spanish from Portuguese."""
    lang = primary(code)
    if lang in NO_ONE_LANGUAGE:
        return None
    script, letters = _sentence_script(sentence)
    expected = expected_script(code)
    if script is None or letters < (SENTENCE_MIN_SYLLABLES if script in _DENSE
                                    else SENTENCE_MIN_LETTERS):
        return None
    if script != "Latn":
        if script == expected or (script == "Hani" and expected in ("Jpan", "Hang")):
            return None
        if script == "Jpan":
            return "ja"
        speakers = [c for c in script_languages(script) if len(c) == 2]
        return speakers[0] if len(speakers) == 1 else script
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < SENTENCE_MIN_WORDS:
        return None
    near = lookalikes().get(lang, frozenset()) | close_languages().get(lang, frozenset())
    own = _stopwords(lang) if expected == "Latn" and lang in languages() else frozenset()
    own_rate = sum(w in own for w in words) / len(words)
    best, best_hits = None, 0
    for other in languages():
        if other == lang or other in near or lang in lookalikes().get(other, ()):
            continue
        stop = _stopwords(other)
        hits = sum(w in stop for w in words) if stop else 0
        if hits > best_hits:
            best, best_hits = other, hits
    rate = best_hits / len(words)
    if (best is None or best_hits < SENTENCE_MIN_HITS or rate < SENTENCE_RATE
            or rate < own_rate + SENTENCE_MARGIN):
        return None
    return best


def has_own_words(code: str) -> bool:
    """Whether ``code``'s language has a list of function words (``stopwords.txt``)."""
    return bool(_stopwords(primary(code))) if primary(code) in languages() else False


def script_name(script: str) -> str:
    """An ISO 15924 script's name as its letters' Unicode names start (``Cyrl``:
    ``Cyrillic``), or the code for a script not in the table."""
    return next((name.title() for name, code in _NAME_SCRIPT.items() if code == script),
                script)
