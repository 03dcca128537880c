"""Warnings about a pair that is not what it was said to be.

Swapped files, a wrong ``--src-lang``/``--tgt-lang`` and two texts that are
no translation of each other all align without an error; :func:`pair_warnings`
looks at the finished alignment and says which, in one line each, with the
fix.  Language evidence comes from :mod:`aligner.lang.detect`.  An unrelated
pair shows in two ways (docs/languages.md has the measurements behind the
thresholds): a mean bead confidence far below any real translation's, or --
for two sides in the same script -- *anchors* (numbers and words of four
letters or more written the same on both sides: names, years) that the beads
pair no more often than beads paired at random; or -- in any scripts --
*marks* (question and exclamation marks, quotation marks, brackets, colons,
dashes, ellipses, and numbers written in digits, each script's forms taken as
one) that the beads share hardly more than beads paired at random, measured
as a z-score against many random pairings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.lang import primary, same_language
from aligner.lang.detect import (
    SideEvidence,
    expected_script,
    guess_language,
    looks_like,
    script_languages,
    side_evidence,
)
from aligner.lang.tags import language_names
from aligner.model import Alignment, Bead

# Mean bead confidence below which two texts do not look like a translation of
# each other.  Measured (benchmarks/pair_sanity.py), with the sentence encoder and
# without: the corpus and the 14 DEV documents with their translations score 0.55
# to 0.92; unrelated pairs 0.001 to 0.44 (the confidence weighs the document's
# typical bead similarity, and the encoder's distance when it is on); the anchors
# and marks below back it up where a pair is long enough for them.
UNRELATED_CONFIDENCE = 0.5
# Fewer two-sided beads than this say little about a pair (an empty side is
# a problem of its own, and the size warning covers it).
MIN_BEADS = 20
#: The fewest sentences on the bigger side for the unsplit-side warning, the sentences
#: aligned to one unit that count as a group there, and how much longer the other
#: side's units are on average (:func:`_unsplit`).
UNSPLIT_MIN = 8
UNSPLIT_GROUP = 3
UNSPLIT_LONGER = 2.0
# The mean confidence judges a pair whose smaller side has this many sentences or
# more: counted in sentences, not in the beads the aligner made, since an aligner that
# leaves unrelated sentences unaligned (as it should) makes fewer beads of them.
MIN_SENTENCES = 20
# Anchors: a pair is unrelated when its beads share no more anchors than
# ANCHOR_FACTOR times what beads paired at random share, plus ANCHOR_SLACK.
# Measured: translations share 19 to 2,824 anchors, 3.3 to 9.3 times that
# bound; unrelated pairs 0 to 3, at most 0.4 times it.
# Judged on MIN_ANCHOR_BEADS two-sided beads or more.
ANCHOR_FACTOR = 2.0
ANCHOR_SLACK = 3.0
MIN_ANCHOR_BEADS = 50
_ANCHOR = re.compile(r"\d+|[^\W\d_]{4,}")
# Marks: a translation keeps a sentence's question, its quotation, its brackets
# and its numbers, whatever the script writes them with.  A pair is unrelated
# when the marks its beads share are fewer than MARKS_MIN_Z standard deviations
# above what beads paired at random share.  Measured (benchmarks/pair_sanity.py
# --marks): translations 7.9 to 108; unrelated pairs 0.7 to 4.1, except two
# novels whose chapter numbers the aligner pairs (11.0).  Judged only when
# MIN_MARKED_BEADS beads or more carry a mark on either side.
MARKS_MIN_Z = 5.0
MIN_MARKED_BEADS = 20
_MARK_CLASSES = {
    "?": "?？¿", "!": "!！¡", '"': '"“”„«»「」『』', "(": "()（）[]【】", ":": ":：",
    "-": "—–", "…": "…", ";": ";；",
}
_MARK_OF = {c: name for name, chars in _MARK_CLASSES.items() for c in chars}
_DIGITS = re.compile(r"\d+")
# Beads are paired at random by shifting one side by these many beads.
_SHIFTS = (7, 13, 29, 53)
# Anchors and marks are counted on at most this many two-sided beads, taken evenly
# over a longer alignment: both are rates against random pairings, which a sample
# estimates as well, and counting every bead of a million-sentence pair took about
# 90 seconds and 3 GB.
SAMPLE_BEADS = 5_000


def mean_confidence(alignment: Alignment) -> float:
    """The mean confidence of the alignment's beads (0 for none)."""
    beads = alignment.beads
    return sum(b.score for b in beads) / len(beads) if beads else 0.0


def two_sided_sample(alignment: Alignment) -> list[Bead]:
    """The two-sided beads, or ``SAMPLE_BEADS`` of them spread evenly over the
    alignment when it has more."""
    beads = [b for b in alignment.beads if b.src and b.tgt]
    if len(beads) <= SAMPLE_BEADS:
        return beads
    return [beads[k * len(beads) // SAMPLE_BEADS] for k in range(SAMPLE_BEADS)]


def anchor_counts(alignment: Alignment) -> tuple[int, float] | None:
    """Anchors the two-sided beads share (of a sample, :func:`two_sided_sample`), and
    the mean number shared when the target sides are shifted against the sources
    (beads paired at random); None for fewer than ``MIN_ANCHOR_BEADS`` two-sided beads."""
    sides = [
        ({w.lower() for i in bead.src for w in _ANCHOR.findall(alignment.src_sentences[i])},
         {w.lower() for i in bead.tgt for w in _ANCHOR.findall(alignment.tgt_sentences[i])})
        for bead in two_sided_sample(alignment)
    ]
    n = len(sides)
    if n < MIN_ANCHOR_BEADS:
        return None
    observed = sum(len(s & t) for s, t in sides)
    shifted = [sum(len(sides[i][0] & sides[(i + k) % n][1]) for i in range(n)) for k in _SHIFTS]
    return observed, sum(shifted) / len(shifted)


def _marks(text: str) -> frozenset[str]:
    found = {_MARK_OF[c] for c in text if c in _MARK_OF}
    found.update("#" + d.lstrip("0") for d in _DIGITS.findall(text))
    return frozenset(found)


def marks_z(alignment: Alignment) -> float | None:
    """How far above chance the two-sided beads (of a sample,
    :func:`two_sided_sample`) share their marks: the Jaccard agreement of the beads'
    marks, as standard deviations above its mean over random pairings (the target
    sides shifted by every step of a grid); None when fewer than
    ``MIN_MARKED_BEADS`` beads carry a mark."""
    sides = [(frozenset().union(*(_marks(alignment.src_sentences[i]) for i in b.src)),
              frozenset().union(*(_marks(alignment.tgt_sentences[j]) for j in b.tgt)))
             for b in two_sided_sample(alignment)]
    n = len(sides)
    if sum(1 for s, t in sides if s or t) < MIN_MARKED_BEADS or n < 2 * MIN_BEADS:
        return None

    def agreement(shift: int) -> float:
        shared = union = 0
        for i in range(n):
            s, t = sides[i][0], sides[(i + shift) % n][1]
            shared += len(s & t)
            union += len(s | t)
        return shared / union if union else 0.0

    step = max(1, (n - 10) // 40)
    random = [agreement(k) for k in range(5, n - 5, step)]
    mean = sum(random) / len(random)
    sd = (sum((x - mean) ** 2 for x in random) / len(random)) ** 0.5
    return float((agreement(0) - mean) / max(sd, 1e-3))


def _unrelated(alignment: Alignment) -> str | None:
    """Why the pair does not look like a translation, or None."""
    counts = None  # few anchors are written alike in two scripts; marks are, in any
    if expected_script(alignment.src_lang) == expected_script(alignment.tgt_lang):
        counts = anchor_counts(alignment)
    z = marks_z(alignment)
    mean = mean_confidence(alignment)
    shorter = min(len(alignment.src_sentences), len(alignment.tgt_sentences))
    if shorter >= MIN_SENTENCES and mean < UNRELATED_CONFIDENCE and not _related(counts, z):
        return (f"mean alignment confidence {mean:.2f}; translations score above "
                f"{UNRELATED_CONFIDENCE:g}")
    if counts is not None and counts[0] < ANCHOR_FACTOR * counts[1] + ANCHOR_SLACK:
        return (f"its beads share {counts[0]} names and numbers, as many as beads paired "
                f"at random ({counts[1]:.0f})")
    if z is not None and z < MARKS_MIN_Z:
        return (f"its beads share punctuation and numbers hardly more than beads paired at "
                f"random (z = {z:.1f}; translations score above {MARKS_MIN_Z:g})")
    return None


def _related(counts: tuple[int, float] | None, z: float | None) -> bool:
    """Whether the beads' anchors and marks both say translation, where they can tell:
    then a low mean confidence comes from material left unaligned (a text that
    translates part of the other), not from unrelated texts."""
    said = [counts[0] >= ANCHOR_FACTOR * counts[1] + ANCHOR_SLACK] if counts else []
    said += [z >= MARKS_MIN_Z] if z is not None else []
    return bool(said) and all(said)


def _unsplit(alignment: Alignment) -> str | None:
    """A warning when one side seems not split into sentences: it has at most half as
    many units as the other has sentences (from :data:`UNSPLIT_MIN` on), its units are
    on average at least :data:`UNSPLIT_LONGER` times as long as the other's sentences (a
    shorter translation has fewer sentences, but not longer ones), and half or more of
    the other's sentences are aligned :data:`UNSPLIT_GROUP` or more to one unit, or to
    none.  A language whose sentences end with no mark the splitter reads (Tibetan;
    docs/segmentation.md) or a text without stops comes so: its units are paragraphs,
    each the translation of several sentences, which the aligner can only group, with
    little confidence, or leave unaligned, and the checks then call sentences
    untranslated."""
    n_src, n_tgt = len(alignment.src_sentences), len(alignment.tgt_sentences)
    src_big = n_src >= n_tgt
    big, few = ("SRC", "TGT") if src_big else ("TGT", "SRC")
    bigs, fews = ((alignment.src_sentences, alignment.tgt_sentences) if src_big
                  else (alignment.tgt_sentences, alignment.src_sentences))
    if len(bigs) < UNSPLIT_MIN or len(bigs) < 2 * len(fews) or len(bigs) >= 10 * len(fews):
        return None  # the size warning says ten times
    if _letters(fews) * len(bigs) < UNSPLIT_LONGER * _letters(bigs) * len(fews):
        return None
    grouped = 0
    for bead in alignment.beads:
        mine, other = (bead.src, bead.tgt) if src_big else (bead.tgt, bead.src)
        if not other or (len(other) == 1 and len(mine) >= UNSPLIT_GROUP):
            grouped += len(mine)
    if grouped * 2 < len(bigs):
        return None
    return (f"{few} has {len(fews)} units for the {len(bigs)} sentences of {big}, each as "
            f"long as several of them, and {grouped} of those are aligned "
            f"{UNSPLIT_GROUP} or more to one unit or left unaligned: {few} seems not split "
            "into sentences (no sentence end the splitter reads, as in Tibetan, or a "
            "text without stops); split both one sentence a line and align with "
            "--presplit, or expect paragraph-sized units")


def _letters(sentences: Sequence[str]) -> int:
    return sum(len(s) - s.count(" ") for s in sentences)


def _partial(alignment: Alignment) -> str | None:
    """A warning when much of a side is left unaligned (a third or more of it, from
    ``MIN_BEADS`` aligned beads on): one text translates only part of the other."""
    n_src, n_tgt = len(alignment.src_sentences), len(alignment.tgt_sentences)
    if (sum(1 for b in alignment.beads if b.src and b.tgt) < MIN_BEADS
            or max(n_src, n_tgt) >= 10 * min(n_src, n_tgt)):  # the size warning says it
        return None
    left_src = sum(len(b.src) for b in alignment.beads if not b.tgt)
    left_tgt = sum(len(b.tgt) for b in alignment.beads if not b.src)
    parts = [f"{left} of {n} {side} sentences"
             for side, left, n in (("SRC", left_src, n_src), ("TGT", left_tgt, n_tgt))
             if left * 3 >= n]
    if not parts:
        return None
    return (f"{' and '.join(parts)} are left unaligned: one text may translate only part "
            "of the other")


def _name(code: str) -> str:
    names = language_names().get(primary(code))
    return names[0] if names else code


def _side_problem(side: str, option: str, declared: str, evidence: SideEvidence,
                  guess: str | None, *, said: str | None = None) -> str:
    """Why a side is not in ``declared``: given by ``option``, or ``said`` to be taken
    for want of it (``"the default"``), the message then saying so."""
    if guess is not None:
        if said is not None:
            return (f"{side} looks like {_name(guess)}, not {_name(declared)}, {said}: give "
                    f"{option} {guess}")
        return (f"{side} looks like {_name(guess)}, not {_name(declared)}: check the file or "
                f"give {option} {guess}")
    if evidence.script != expected_script(declared):
        why = f"most of its letters are {_script(evidence.script)}, not {expected_script(declared)}"
    else:
        why = f"few of its words are {_name(declared)} function words"
    if said is not None:
        return f"{side} does not look like {_name(declared)} ({declared}), {said}: {why}"
    return f"{side} does not look like {_name(declared)} ({option} {declared}): {why}"


def _script(script: str | None) -> str:
    """A script's code, with the languages written in it when it tells them (``Deva``
    is hi, mr, ne and sa), for the user to choose the code to give."""
    codes = script_languages(script) if script is not None else ()
    return f"{script} ({', '.join(codes)})" if codes else str(script)


def text_warning(sentences: Sequence[str], lang: str, *, name: str, option: str) -> str | None:
    """The one-line warning for a single text (``aligner segment``'s) that does not look
    like ``lang``, naming it ``name`` and the option that sets the language; else None."""
    evidence = side_evidence(sentences)
    if looks_like(evidence, lang) is not False:
        return None
    return _side_problem(name, option, lang, evidence, guess_language(evidence))


def assumed_language_problem(sentences: Sequence[str], lang: str, *, side: str, option: str,
                             said: str) -> str | None:
    """Why a side (``SRC``) does not look like ``lang``, a language taken for want of
    ``option`` and of a tag in the file's name (``said``: ``"the default"``); None when
    it may be in it.  A command refuses such a side rather than check it in a language
    it is not in, with lang attributes that say so on the review page."""
    evidence = side_evidence(sentences)
    if looks_like(evidence, lang) is not False:
        return None
    return _side_problem(side, option, lang, evidence, guess_language(evidence), said=said)


def pair_warnings(alignment: Alignment,
                  said: tuple[str | None, str | None] = (None, None)) -> list[str]:
    """One-line warnings when the sides do not look like their declared languages
    (swapped, or one wrong) or like a translation of each other.  ``said``: where each
    side's language came from when no option gave it (``the tag in its name
    (b.en.txt)``), which a warning then names; None: the option."""
    src_lang, tgt_lang = alignment.src_lang, alignment.tgt_lang
    src_ev = side_evidence(alignment.src_sentences)
    tgt_ev = side_evidence(alignment.tgt_sentences)
    src_ok, tgt_ok = looks_like(src_ev, src_lang), looks_like(tgt_ev, tgt_lang)
    src_guess, tgt_guess = guess_language(src_ev), guess_language(tgt_ev)
    swapped = (looks_like(src_ev, tgt_lang), looks_like(tgt_ev, src_lang))
    if (src_ok is False and tgt_ok is False and not same_language(src_lang, tgt_lang)
            and False not in swapped and True in swapped):
        return [f"SRC looks like {_name(tgt_lang)} and TGT like {_name(src_lang)}: swap the "
                f"files or the languages (--src-lang {tgt_lang} --tgt-lang {src_lang})"]
    out = []
    if src_ok is False:
        out.append(_side_problem("SRC", "--src-lang", src_lang, src_ev, src_guess,
                                 said=said[0]))
    if tgt_ok is False:
        out.append(_side_problem("TGT", "--tgt-lang", tgt_lang, tgt_ev, tgt_guess,
                                 said=said[1]))
    if out:
        return out  # a pair in the wrong languages aligns badly anyway: say the cause
    why = _unrelated(alignment)
    if why is not None:
        out.append(f"SRC and TGT do not look like a translation of each other ({why}): "
                   "check that the files belong together")
    elif (unsplit := _unsplit(alignment)) is not None:
        out.append(unsplit)  # its units are paragraphs: the cause of what is unaligned
    elif (part := _partial(alignment)) is not None:
        out.append(part)
    return out
