"""Why ``glossary suggest`` suggests nothing: the stage where the last candidate went
(:func:`aligner.check.suggest.suggest`), said by the CLI as ``no suggestion: ...``.
Before, every such run said ``no phrase pair occurs in 2 units or more``, whatever
took the candidates out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from aligner.check.terms import tokenize
from aligner.textutil import count


@dataclass(frozen=True, slots=True)
class Stages:
    """How many candidates each stage of :func:`aligner.check.suggest.suggest` kept."""
    units: int  # units given
    used: int  # units with a target other than their source, each once
    repeated: int  # source phrases in min_count units or more
    candidates: int  # of those, no glossary term nor a piece of one
    rendered: int  # of those, with a rendering in min_count units or more of theirs
    everyday: int = 0  # single words dropped: rendered by an everyday word
    names: int = 0  # names dropped: carried over as they are
    far: int = 0  # pairs dropped: far apart in meaning


def why_none(stages: Stages, *, min_count: int, min_score: float,
             sources: Iterable[str], targets: Iterable[str]) -> tuple[str, bool]:
    """The reason nothing was suggested, and whether a lower ``min_count`` might find
    something.  A side written without spaces between words that the tool does not
    split (Thai, Lao, Khmer, Burmese: every letter a "word") is said as such, not as
    a phrase that occurs too seldom."""
    if not stages.used:
        return ("no unit read" if not stages.units else
                "no unit has a target other than its source"), False
    unsplit = ("the {} is written without spaces between words, which suggest does not "
               "split (only Chinese and Japanese are read by characters)")
    if not stages.repeated:
        if _unsplit(sources):
            return unsplit.format("source"), False
        return f"no source phrase occurs in {min_count} units or more", True
    if not stages.candidates:
        return (f"every source phrase in {min_count} units or more is a glossary term or "
                "part of one"), False
    if not stages.rendered:
        if _unsplit(targets):
            return unsplit.format("target"), False
        return (f"no rendering occurs with a repeated source phrase in {min_count} units "
                "or more"), True
    left = [f"{count(n, what)} {why}" for n, what, why in (
        (stages.everyday, "single word", "rendered by an everyday word"),
        (stages.names, "name", "kept as it is"),
        (stages.far, "pair", "far apart in meaning")) if n]
    if not left:
        return (f"no rendering follows a repeated source phrase closely enough "
                f"(Dice {min_score:.2f} or more)"), False
    return "every pair found was left out: " + ", ".join(left), False


#: Scripts written without spaces between words that the tokenizer reads a letter at a
#: time: Thai, Lao, Myanmar, Khmer.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def unspaced_letter(word: str) -> bool:
    """Whether ``word`` is one letter of a script the tokenizer does not split into
    words (Thai ``ต``): no word of a phrase, which would otherwise render ``ink
    cartridge`` by ``ห``."""
    return len(word) == 1 and bool(_UNSPACED.match(word))


def _unsplit(texts: Iterable[str]) -> bool:
    """Whether most of the texts' words are such letters (Thai ``เปลี่ยนตลับหมึก``)."""
    words = [t.text for text in texts for t in tokenize(text)
             if t.word and not t.text.isdigit()]
    return sum(map(unspaced_letter, words)) * 2 > len(words)
